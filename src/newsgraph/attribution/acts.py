"""What a claim's speaker does (issue 19): states something, takes a position ("hopes", "opposes"),
requests ("urged X to ..."), or asks ("asked whether ..."). PolNeAR annotators count all four as
attributions; a reader takes only statements for claims. So every one is kept in graph.json (for
recall) and the others get a lower confidence (``claim_acts`` in ``data/attribution_cues.yaml``)
that the views filter on, as they filter events.

The parse walk marks positions and requests (``syntax.py``: they need the verb's dependants);
questions are read here from what is asked, after quotes are joined to their cues.
"""

from __future__ import annotations

from typing import Any, Sequence

from newsgraph.attribution.cues import CueLexicon
from newsgraph.attribution.quotes import Quote
from newsgraph.attribution.syntax import Found

# a reported question opens with one of these ("asked whether ...", "wondered why ...")
_QUESTION_OPENERS = frozenset(("whether", "if", "why", "how", "what", "when", "where", "who", "which"))
_QUOTES = " \"'“”‘’"
# on the way from the question word up to the clause's head these dependencies make the wh-clause a
# subject or a condition of a clause that does hold something ("how it began remains unclear",
# "whether X or Y wins, the result is the same"), not the object asked about
_NOT_OBJECT_DEPS = frozenset(("csubj", "csubjpass", "advcl", "nsubj", "nsubjpass"))
# the openers that make a cue's object a question whatever the cue ("explained how", "show why"):
# "what", "who", "which", "when", "if" open free relatives, relative and conditional clauses as often
# ("what he says are needs", "who reportedly wants", "if elected, he would ...")
_OBJECT_QUESTION_OPENERS = frozenset(("whether", "why", "how"))
# cues that tell a story: "she told how the soldiers had burned the village", "recalled how he was
# dropped" narrate what happened, a proposition the speaker tells (no question)
_STORY_CUES = frozenset(("tell", "recount", "recall", "relate", "describe", "detail"))
_REPORTING_LABELS = ("ORG",)  # bodies whose "has learnt that ..." is their own news (narrated_knowledge)


def act_of(item: Found, text: str, lexicon: CueLexicon, speaker_label: str | None = None,
           quotes: Sequence[Quote] = ()) -> str:
    """The act of ``item``: the parse's mark, else "forecast" for a forecast cue with no source,
    "finding" for the press's own reporting, an estimate with no source or what someone knows
    told outside ``quotes``, "question" for a question verb whose content is a question, else
    "statement". ``speaker_label``: the label of the speaker's mention, if any."""
    if item.act != "statement":
        return item.act
    if item.unsourced and item.cue_lemma in lexicon.forecast_cues:
        return "forecast"  # "X, which ..., is expected to be opposed": the reporter's forecast, however parsed
    if item.unsourced and item.cue_lemma in lexicon.estimate_cues:
        return "finding"  # "it is estimated that ...": numbers no one is named for, as "figures show"
    if newsroom_reporting(item, speaker_label, lexicon) or narrated_knowledge(item, lexicon, quotes, speaker_label):
        return "finding"
    if item.cue_lemma in lexicon.question_verbs and item.content is not None:
        words = text[item.content[0]:item.content[1]].strip(_QUOTES)
        first = words.split(maxsplit=1)[0].lower() if words else ""
        if words.endswith("?") or first in _QUESTION_OPENERS:
            return "question"
    return "statement"


def narrated_knowledge(item: Found, lexicon: CueLexicon, quotes: Sequence[Quote],
                       speaker_label: str | None = None) -> bool:
    """ "She knew the film would flop", "he realised the dates fitted", "the firm is aware that ...":
    the reporter (or the speaker whose words hold it) tells what someone knows; the knower says
    nothing. Inside a quote ("he knows it was an off-day") it is the quoted speaker's view, left
    as it is."""
    if item.cue_lemma not in lexicon.knowledge_words:
        return False
    if item.cue_lemma in lexicon.newsroom_verbs and speaker_label in _REPORTING_LABELS:
        return False  # "the union has learnt that ...": a body tells its own finding, as the press does
    if item.pieces:
        return False  # "before Sean knew ... “My leg was broken ...”": a quote joined to it is his speech
    if item.speaker is not None and item.speaker[0] > item.cue[0]:
        return False  # "Instead, said X, reading ... may help ...": X is a tag's speaker, not a knower
    start = item.cue[0]
    return not any(quote.mark_start <= start < quote.mark_end for quote in quotes)


def newsroom_reporting(item: Found, speaker_label: str | None, lexicon: CueLexicon) -> bool:
    """ "The BBC has learnt that ...", "BBC Sport understands ...": the outlet tells what its own
    reporting found, naming no source; a reader takes it for the story's own words, not a claim."""
    if item.cue_lemma not in lexicon.newsroom_verbs:
        return False
    return speaker_label in lexicon.outlet_labels or item.speaker_lemma in lexicon.outlet_nouns


def indirect_question(item: Found, doc: Any, offset: int) -> bool:
    """ "explained how the votes will be counted", "must show why the bid is good", "refused to say
    whether ...": a reported clause that is the cue's wh-object asks, it tells no proposition
    (docs/judging.md: "revealed how quickly ..." is no claim). ``doc`` is the parsed chunk that
    starts at ``offset``. Quotes and their pieces are the speaker's own words: left as they are."""
    if item.kind == "direct" or item.content is None or item.pieces or item.act != "statement":
        return False
    if item.content_from not in ("clause", "object") or item.cue_lemma in _STORY_CUES:
        return False
    start, end = item.content[0] - offset, item.content[1] - offset
    first = next((t for t in doc if t.idx >= start and not t.is_punct and not t.is_space), None)
    if first is None or first.idx >= end or first.lower_ not in _OBJECT_QUESTION_OPENERS:
        return False
    tops = [t for t in doc if start <= t.idx < end and not (start <= t.head.idx < end and t.head is not t)]
    if len(tops) != 1:
        return False  # two clauses under the cue ("how it began | remained unclear" misparsed): not one question
    return _heads_the_clause(first, start, end)


def _heads_the_clause(word: Any, start: int, end: int) -> bool:
    """Whether the wh-``word`` belongs to the content's top clause: no subject or adverbial clause
    lies between it and the head of the span [start, end)."""
    token = word
    while start <= token.head.idx < end and token.head is not token:
        if token is not word and token.dep_ in _NOT_OBJECT_DEPS:
            return False
        token = token.head
    return token.dep_ not in _NOT_OBJECT_DEPS
