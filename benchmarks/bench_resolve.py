"""Speed and scaling of cross-document actor resolution on synthetic mentions with known truth.

Generates ``Mention`` records deterministically (seeded ``random.Random``): actors whose names
are built from Arabic-style name parts (given names, kunyas "Abu X", nisbas "al-X"), armed
groups ("Kataib X", "Wilayat X" / "X Province", "X Liberation Front" / acronym), the places
the groups are named after, look-alike distractors (different actors with near-identical
names) and a few exact homonyms. Each actor is written under transliteration variants
(al-/el-/Al /no article, e/i and o/u swaps, doubled consonants, -ah/-a, apostrophes) and its
mentions are spread over many synthetic documents grouped by topic.

It then times ``newsgraph.resolve.get_resolver(NAME)(mentions)`` at N mentions and at 4N
(generation of both happens before any clock starts), and reports the two times, mentions per
second, the ratio time(4N)/time(N) (goal ≤ 4.4: close to linear), the number of actors, and, since
the truth is known, pairwise and B³ precision/recall of the resolution (scored by
``eval_resolution.score``). The two sizes are run in turn (N, 4N, N, 4N, ...) and timed in CPU
seconds of this process as well as in wall seconds; the ratio is the median over the repeats
(``--repeat``, default 5) of each repeat's CPU time at 4N over its CPU time at N, two runs back to
back under one load, with the range of those pairs, the best 4N time over the best N time and the
wall-clock ratio beside it: on a shared machine, other programs' load inflates times unevenly.

Run::

    .venv/bin/python benchmarks/bench_resolve.py                # N = 200,000 and 800,000
    .venv/bin/python benchmarks/bench_resolve.py --quick        # N = 20,000: smoke run
    .venv/bin/python benchmarks/bench_resolve.py --resolver exact-name.v1

Full runs merge their figures into ``benchmarks/results.json`` under the key "resolve"
(other keys are kept); ``--quick`` runs do not write.
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import random
import statistics
import sys
import time
from bisect import bisect
from dataclasses import dataclass
from itertools import accumulate
from pathlib import Path
from typing import Any, Callable, Sequence

from rich.console import Console
from rich.table import Table

from results_file import RESULTS, merge_results

from newsgraph.model import Mention
from newsgraph.names import name_key
from newsgraph.resolve import RESOLVERS, get_resolver

try:
    from benchmarks.eval_resolution import score
except ImportError:  # run as a script: this folder is on sys.path
    from eval_resolution import score

HERE = Path(__file__).resolve().parent
BASELINE = "exact-name.v1"
DEFAULT_MENTIONS = 200_000
QUICK_MENTIONS = 20_000
RATIO_GOAL = 4.4
MENTIONS_PER_ACTOR = 20
ACTORS_PER_TOPIC = 50
SEED = 20240215

GIVEN = (
    "Omar Yusuf Khalid Ahmad Mahmoud Mohammed Hassan Hussein Ibrahim Ismail Mustafa Salim Karim "
    "Tariq Walid Ziad Nabil Jamal Faisal Hamza Bilal Anas Osama Sami Adel Fadi Rami Amin Bashir "
    "Jalal Kamal Majid Nasser Qasim Rashid Saad Talal Yahya Hisham Imad Marwan Munir Raed Saleh "
    "Shadi Suleiman Abdallah Ayman Ayoub Idris Kareem Luqman Mousa Nour Radwan Sharif Younis "
    "Haitham Ghassan Aziz Bakr Hakim Jafar Khattab Mansour Qutaiba Sufyan Usama Zakariya"
).split()
ONSETS = ("b", "d", "f", "gh", "h", "j", "k", "kh", "l", "m", "n", "q", "r", "s", "sh", "t", "w", "z")
VOWELS = ("a", "a", "i", "u", "e", "o")
NISBA_ENDINGS = ("i", "awi", "ani", "ari", "ashi")
GROUP_WORDS = ("Haqq", "Nasr", "Fath", "Jihad", "Tawhid", "Ansar", "Furqan", "Ghuraba", "Imam", "Shuhada")


@dataclass(frozen=True)
class SyntheticActor:
    label: str
    spellings: tuple[str, ...]  # canonical first, then transliteration variants and aliases


@dataclass
class Corpus:
    mentions: list[Mention]
    truth: list[int]  # index of the true actor of each mention
    actors: int
    documents: int


# ---------------------------------------------------------------- name parts and variants

def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables))


def _family(rng: random.Random) -> str:
    """A family name, sometimes with a doubled consonant ("Haddad") to undouble later."""
    stem = _word(rng, rng.randint(1, 2))
    if rng.random() < 0.4:
        consonant = rng.choice("bdklmnrst")
        return (stem + consonant * 2 + rng.choice(VOWELS) + rng.choice("bdlmnrs")).capitalize()
    return (stem + rng.choice("bdlmnrs") + rng.choice(NISBA_ENDINGS)).capitalize()


def _place(rng: random.Random) -> str:
    return (_word(rng, rng.randint(2, 3)) + rng.choice(("", "n", "r", "h"))).capitalize()


ENGLISH = frozenset("Liberation Front Resistance Movement Popular Army Province IS Abu Abou".split())
SWAP = {"e": "i", "i": "e", "o": "u", "u": "o"}


def _swap_vowel(word: str, rng: random.Random) -> str:
    spots = [i for i, c in enumerate(word) if i and c in SWAP]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + SWAP[word[i]] + word[i + 1:]


def _double(word: str, rng: random.Random) -> str:
    """Undouble a doubled consonant ("Haddad" -> "Hadad") or double one between vowels."""
    doubled = [i for i in range(1, len(word)) if word[i] == word[i - 1] and word[i] not in "aeiou"]
    if doubled:
        i = rng.choice(doubled)
        return word[:i] + word[i + 1:]
    spots = [i for i in range(1, len(word) - 1)
             if word[i] in "bdklmnrst" and word[i - 1] in "aeiou" and word[i + 1] in "aeiou"]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + word[i] + word[i:]


def _ending(word: str, rng: random.Random) -> str:
    if word.endswith("ah"):
        return word[:-1]
    if word.endswith("a"):
        return word + "h"
    return _swap_vowel(word, rng)


def _apostrophe(word: str, rng: random.Random) -> str:
    """Drop an apostrophe, or put one between two vowels ("Ismail" -> "Isma’il")."""
    if "'" in word or "’" in word:
        return word.replace("'", "").replace("’", "")
    spots = [i for i in range(2, len(word)) if word[i - 1] in "aeiou" and word[i] in "aeiou"]
    if not spots:
        return word
    i = rng.choice(spots)
    return word[:i] + rng.choice(("'", "’")) + word[i:]


WORD_TRANSFORMS: tuple[Callable[[str, random.Random], str], ...] = (_swap_vowel, _double, _ending, _apostrophe)


def _respell_word(name: str, rng: random.Random) -> str:
    """Apply one spelling change to one transliterated word (not "Front", "Province", ...)."""
    words = name.split(" ")
    eligible = [i for i, w in enumerate(words) if w not in ENGLISH and len(w) > 2]
    if not eligible:
        return name
    i = rng.choice(eligible)
    prefix, _, stem = words[i].rpartition("-")  # keep "al-" out of the change
    stem = rng.choice(WORD_TRANSFORMS)(stem, rng)
    words[i] = f"{prefix}-{stem}" if prefix else stem
    return " ".join(words)


def _article(name: str, rng: random.Random) -> str:
    """Rewrite the article: al-X, el-X, Al X, Al-X, X, or joined as in "Almuhajer"."""
    for article in ("al-", "Al-", "el-", "Al "):
        if article in name:
            head, tail = name.split(article, 1)
            new = rng.choice(("al-", "el-", "Al ", "Al-", "", "Al"))
            return head + new + (tail[:1].lower() + tail[1:] if new == "Al" else tail)
    return _respell_word(name, rng)


def _kunya(name: str, rng: random.Random) -> str:
    return name.replace("Abu ", "Abou ", 1) if name.startswith("Abu ") else _respell_word(name, rng)


TRANSFORMS: tuple[Callable[[str, random.Random], str], ...] = (
    _article, _article, _respell_word, _respell_word, _respell_word, _kunya,
)


def _variant(name: str, rng: random.Random, steps: int) -> str:
    for _ in range(steps):
        name = rng.choice(TRANSFORMS)(name, rng)
    return name


def _with_variants(canonical: str, rng: random.Random, extra: Sequence[str] = ()) -> tuple[str, ...]:
    count = rng.choices((0, 1, 2, 3), weights=(3, 3, 2.5, 1.5))[0]
    spellings = [canonical, *extra] + [_variant(canonical, rng, rng.randint(1, 2)) for _ in range(count)]
    return tuple(dict.fromkeys(s for s in spellings if s.strip()))


# ---------------------------------------------------------------- actors

def _person(rng: random.Random) -> SyntheticActor:
    given, family = rng.choice(GIVEN), _family(rng)
    form = rng.random()
    if form < 0.35:
        name = f"Abu {rng.choice(GIVEN)} al-{family}"
    elif form < 0.8:
        name = f"{given} al-{family}"
    else:
        name = f"{given} {family}"
    return SyntheticActor("PERSON", _with_variants(name, rng))


def _groups(rng: random.Random) -> list[SyntheticActor]:
    """One armed group, plus the place it is named after when that place is a separate actor."""
    form, place = rng.random(), _place(rng)
    if form < 0.35:
        name = f"Kataib {rng.choice(GROUP_WORDS)} al-{_family(rng)}"
        return [SyntheticActor("ORG", _with_variants(name, rng, [name.replace("Kataib", rng.choice(("Kata'ib", "Kataeb")))]))]
    if form < 0.7:
        aliases = [f"{place} Province", f"Welayat {place}", f"IS {place}"]
        group = SyntheticActor("ORG", _with_variants(f"Wilayat {place}", rng, rng.sample(aliases, 2)))
        return [group, SyntheticActor("GPE", _with_variants(place, rng))]
    kind = rng.choice(("Liberation Front", "Resistance Movement", "Popular Army"))
    name = f"{place} {kind}"
    aliases = [f"{place} {kind.split()[-1]}"]
    if rng.random() < 0.4:  # acronyms are few and collide now and then, as in real news
        skeleton = [c for c in place.upper() if c not in "AEIOU"]
        aliases.append("".join(skeleton[:2]) + "".join(w[0] for w in kind.split()))
    group = SyntheticActor("ORG", _with_variants(name, rng, aliases))
    return [group, SyntheticActor("GPE", _with_variants(place, rng))]


def _lookalike(actor: SyntheticActor, rng: random.Random) -> SyntheticActor:
    """A different actor whose name is one small edit away from ``actor``'s."""
    name, taken = actor.spellings[0], set(actor.spellings)
    changed = next((c for c in (_respell_word(name, rng) for _ in range(5)) if c not in taken), name + "i")
    return SyntheticActor(actor.label, tuple(s for s in _with_variants(changed, rng) if s not in taken))


def make_actors(count: int, rng: random.Random) -> list[SyntheticActor]:
    """``count`` actors: about 65% people, the rest groups and the places they are named after;
    8% are look-alikes of an earlier actor (one spelling change away) and 2% exact homonyms."""
    actors: list[SyntheticActor] = []
    while len(actors) < count:
        roll = rng.random()
        if roll < 0.08 and actors:
            actors.append(_lookalike(rng.choice(actors), rng))
        elif roll < 0.10 and actors:
            original = rng.choice(actors)
            actors.append(SyntheticActor(original.label, (original.spellings[0],)))
        elif roll < 0.75:
            actors.append(_person(rng))
        else:
            actors.extend(_groups(rng))
    return actors[:count]


# ---------------------------------------------------------------- documents and mentions

def _cumulative_zipf(size: int) -> list[float]:
    return list(accumulate(1.0 / (rank + 1) for rank in range(size)))


def _pick(pool: Sequence[int], cumulative: Sequence[float], rng: random.Random) -> int:
    return pool[bisect(cumulative, rng.random() * cumulative[-1])]


def generate(total: int, seed: int = SEED) -> Corpus:
    """``total`` mentions of ``total / MENTIONS_PER_ACTOR`` actors over topic-grouped documents."""
    rng = random.Random(seed)
    actors = make_actors(max(50, total // MENTIONS_PER_ACTOR), rng)
    order = list(range(len(actors)))
    rng.shuffle(order)
    topic_count = max(1, len(actors) // ACTORS_PER_TOPIC)
    topics = [order[i::topic_count] for i in range(topic_count)]
    topic_weights = [_cumulative_zipf(len(t)) for t in topics]
    prominent = order[: max(5, len(actors) // 50)]
    prominent_weights = _cumulative_zipf(len(prominent))
    keys: dict[str, str] = {}
    mentions: list[Mention] = []
    truth: list[int] = []
    documents = 0
    while len(mentions) < total:
        doc = f"synthetic-{documents:07d}"
        documents += 1
        topic = rng.randrange(len(topics))
        position = sentence = 0
        for _ in range(rng.randint(4, 12)):
            if rng.random() < 0.25:
                actor = _pick(prominent, prominent_weights, rng)
            else:
                actor = _pick(topics[topic], topic_weights[topic], rng)
            spellings = actors[actor].spellings
            usual = spellings[0] if rng.random() < 0.6 else rng.choice(spellings)
            for _ in range(min(1 + int(rng.expovariate(0.5)), total - len(mentions))):
                text = usual if rng.random() < 0.85 else rng.choice(spellings)
                key = keys.get(text)
                if key is None:
                    key = keys[text] = name_key(text)
                mentions.append(Mention(doc, position, position + len(text), text, actors[actor].label, key, text, sentence))
                truth.append(actor)
                position += len(text) + 40
                sentence += int(rng.random() < 0.5)
    return Corpus(mentions, truth, len(set(truth)), documents)


# ---------------------------------------------------------------- timing

def default_resolver() -> str:
    """The last registered resolver that is not the exact-name baseline, else the baseline."""
    better = [name for name in RESOLVERS if name != BASELINE]
    return better[-1] if better else BASELINE


def measure(resolver_name: str, sizes: Sequence[int], repeat: int) -> list[dict[str, Any]]:
    """Generate a corpus of each size, time the resolver on them, score it.

    The sizes take turns (N, 4N, N, 4N, ...) so that a load that comes and goes on a shared
    machine falls on both alike, and each run is timed in CPU seconds of this process
    (``time.process_time``) as well as wall seconds: other programs' work does not count in
    the first. The best of ``repeat`` runs of each size is kept, and every pair's ratio too."""
    corpora, generation = [], []
    for total in sizes:
        started = time.perf_counter()
        corpora.append(generate(total))
        generation.append(time.perf_counter() - started)
    # one resolver per size: a resolver's word caches filled by the other size's names would
    # make the first pair's runs unequal
    resolvers = [get_resolver(resolver_name) for _ in sizes]
    cpu: list[list[float]] = [[] for _ in sizes]
    wall: list[list[float]] = [[] for _ in sizes]
    results: list[Any] = [None] * len(sizes)
    for _ in range(repeat):
        for i, (corpus, resolver) in enumerate(zip(corpora, resolvers)):
            results[i] = None  # the previous run's result would double the heap the collector walks
            gc.collect()
            wall_start, cpu_start = time.perf_counter(), time.process_time()
            results[i] = resolver(corpus.mentions)
            cpu[i].append(time.process_time() - cpu_start)
            wall[i].append(time.perf_counter() - wall_start)
    runs = []
    for total, corpus, resolution, cpu_s, wall_s, gen_s in zip(sizes, corpora, results, cpu, wall, generation):
        quality = score(zip(resolution.actor_of_mention, corpus.truth))
        best = min(cpu_s)
        runs.append({
            "mentions": total, "documents": corpus.documents, "true_actors": corpus.actors,
            "actors": len(resolution.actors), "generate_s": round(gen_s, 3), "resolve_s": round(best, 3),
            "resolve_wall_s": round(min(wall_s), 3), "cpu_s": [round(t, 3) for t in cpu_s],
            "wall_s": [round(t, 3) for t in wall_s], "mentions_per_s": round(total / best) if best else None,
            **{k: round(float(v), 4) for k, v in quality.items() if "precision" in k or "recall" in k or "f1" in k},
        })
    return runs


def _ratio(later: float, first: float) -> float | None:
    return round(later / first, 3) if first else None


def write_results(figures: dict[str, Any]) -> None:
    merge_results("resolve", figures)


ROWS: tuple[tuple[str, str, str], ...] = (
    ("documents", "documents", "{:,}"), ("true actors", "true_actors", "{:,}"),
    ("predicted actors", "actors", "{:,}"), ("resolve CPU time (s)", "resolve_s", "{:.3f}"),
    ("resolve wall time (s)", "resolve_wall_s", "{:.3f}"),
    ("mentions / s", "mentions_per_s", "{:,}"), ("pairwise precision", "pairwise_precision", "{:.3f}"),
    ("pairwise recall", "pairwise_recall", "{:.3f}"), ("pairwise F1", "pairwise_f1", "{:.3f}"),
    ("B³ precision", "b3_precision", "{:.3f}"), ("B³ recall", "b3_recall", "{:.3f}"), ("B³ F1", "b3_f1", "{:.3f}"),
)


def print_table(figures: dict[str, Any], console: Console) -> None:
    runs = figures["runs"]
    table = Table(title=f"Resolver {figures['resolver']} on synthetic mentions (best of {figures['repeat']}, "
                        "sizes in turn)")
    table.add_column("")
    for label, run in zip(("N", "4N"), runs):
        table.add_column(f"{label} = {run['mentions']:,}", justify="right")
    for title, key, fmt in ROWS:
        table.add_row(title, *(fmt.format(run[key]) for run in runs))
    console.print(table)
    ratio = figures["ratio_4n_over_n"]
    colour = "green" if ratio <= RATIO_GOAL else "red"
    pairs = figures["ratio_per_repeat"]
    console.print(f"time(4N)/time(N) = [{colour}]{ratio:.2f}[/{colour}] in CPU time, median of the repeats' pairs "
                  f"(goal ≤ {RATIO_GOAL}; pairs {min(pairs):.2f}–{max(pairs):.2f}; best over best "
                  f"{figures['ratio_best_over_best']:.2f}; wall clock {figures['wall_ratio']:.2f}) · "
                  f"generation {sum(r['generate_s'] for r in figures['runs']):.1f} s, not timed")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolver", default=default_resolver(),
                        help=f"registered resolver (default: {default_resolver()}; known: {', '.join(RESOLVERS)})")
    parser.add_argument("--mentions", type=int, default=DEFAULT_MENTIONS, help="N (default 200000); 4N is run too")
    parser.add_argument("--quick", action="store_true", help=f"N = {QUICK_MENTIONS}: a smoke run, results.json untouched")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per size, taken in turn; the best is kept "
                        "(default 5)")
    args = parser.parse_args(argv)
    if args.resolver not in RESOLVERS:
        raise SystemExit(f"unknown resolver {args.resolver!r}; known: {', '.join(RESOLVERS)}")
    n = QUICK_MENTIONS if args.quick else args.mentions
    runs = measure(args.resolver, (n, 4 * n), max(1, args.repeat))
    pairs = [_ratio(b, a) for a, b in zip(runs[0]["cpu_s"], runs[1]["cpu_s"])]
    figures = {
        "resolver": args.resolver, "n": n, "repeat": max(1, args.repeat), "seed": SEED, "clock": "process_time",
        "time_n_s": runs[0]["resolve_s"], "time_4n_s": runs[1]["resolve_s"],
        # the median of the repeats' pairs: a pair runs back to back under one load, while the
        # best of each size may come from two different moments of a shared machine
        "ratio_4n_over_n": statistics.median(pairs),
        "ratio_best_over_best": _ratio(runs[1]["resolve_s"], runs[0]["resolve_s"]),
        "ratio_per_repeat": pairs,
        "wall_ratio": _ratio(runs[1]["resolve_wall_s"], runs[0]["resolve_wall_s"]),
        "ratio_goal": RATIO_GOAL, "runs": runs,
        "machine": {"python": sys.version.split()[0], "platform": platform.platform()},
    }
    console = Console()
    print_table(figures, console)
    if args.quick:
        console.print("[dim]--quick: results.json not written[/dim]")
    else:
        write_results(figures)
        console.print(f"results merged into {RESULTS} under \"resolve\"")


if __name__ == "__main__":
    main()
