"""Pieces of one claim share one speaker: a quote that another voice takes is no piece of it.

Input: a document's claims (after speakers are resolved), each claim's resolved speaker mention,
and the document's mentions. Output: the same claims, a claim's later pieces dropped from the
first one that another speaker's words take.

A free-standing quote after a speaker's words is joined to them as a piece (the speaker "goes
on"). That guess fails when the words between give the floor to someone else: a sentence with
its own speaker and cue ("“A,” said X. Y repeated his calls. “B.”": B is Y's), a colon tag the
parse did not read as a cue ("When asked, Y said: “B”"), or a tag right after the quote that
names another person ("“B?” Y pressed."), or a colon tag of its own sentence giving a quote
through a paper or a document, or a sign's words ("X was quoted in the paper saying: “B”", "a
poster reading: “B”"; round 48), or since round 54 any colon tag that is a sentence of its own
with a finite speech verb ("But Y countered: “B”", "He added: “B”": the quote's own cue, whoever
speaks). Such a piece is cut, with every piece after it: a content cut at a clear boundary beats
one that runs into another speaker's words.

The other way round (round 42), one speaker's statement the tag splits in one sentence gets both
halves as pieces: "A, X argued, if B" / "A, said X, because B", where the clause after the tag
cannot stand without the one before (``join_split_halves``); since round 62 also when the clause
after the tag goes on with the report: "A, he said, but there was B" (a coordinated clause with its
own subject, no person's pronoun, no word of saying), "A, the survey said, with 40% B" (a "with"
phrase holding a figure).
"""

from __future__ import annotations

import re
from typing import Sequence

from newsgraph.attribution.cues import CueLexicon
from newsgraph.model import Claim, Mention, Sentence

Span = tuple[int, int]

# what may stand between a colon tag and the quote it opens: the colon, spaces, an opening mark
_COLON_TAG = re.compile(r"\s+(\w+)\s*:[\s\"'\u201c\u2018]*$")
# a closing mark, then a name, then one lower-case verb ending its clause: "“...?” Y pressed."
_CLOSING = re.compile(r"[\"'\u201d\u2019]\s+(?:[A-Z][a-z]*\.?\s+)?")  # a title may stand outside the name
_TAG_VERB = re.compile(r"\s+[a-z]+\s*[.,]")
_TAG_ENDS = ",?!"  # a quote closing on these is followed by its own tag


def cut_other_voices(text: str, claims: Sequence[Claim], speakers: Sequence[int | None],
                     mentions: Sequence[Mention], lexicon: CueLexicon) -> None:
    """Drop each claim's pieces from the first one another speaker's words take; ``speakers``
    holds each claim's resolved speaker mention (a claim with none is only checked for a quote
    given through a citing word or a written thing's words: its voice cannot be compared)."""
    keyed = [_keys(claim, speaker, mentions) for claim, speaker in zip(claims, speakers)]
    for claim, keys in zip(claims, keyed):
        if not claim.pieces or len(claim.pieces) < 2:
            continue
        for index in range(1, len(claim.pieces)):
            gap = (claim.pieces[index - 1][1], claim.pieces[index][0])
            piece = tuple(claim.pieces[index])
            # a quote split around its own cue: the words between are this speaker's tag
            split = claim.cue_span is not None and gap[0] <= claim.cue_span[0] < gap[1]
            # a quoted or written thing's words need no voice to compare; after this claim's own tag
            tag_gap = (claim.cue_span[1], gap[1]) if split else gap
            if _quoted_colon_tag(text, keys, piece, tag_gap, mentions, lexicon) \
                    or _own_colon_tag(text, piece, tag_gap, lexicon):
                cut = True
            elif split:
                cut = bool(keys) and _tag_after(text, keys, piece, mentions)
            else:
                cut = bool(keys) and (
                    _tag_after(text, keys, piece, mentions)
                    or _other_claim_between(claim, keys, gap, claims, keyed)
                    or _colon_tag(text, keys, piece, mentions, lexicon))
            if cut:
                _keep_pieces(claim, index)
                break


def _keys(claim: Claim, speaker: int | None, mentions: Sequence[Mention]) -> frozenset[str]:
    """The names the claim's speaker goes by: the resolved mention's key, and those of joint
    speakers."""
    indexes = [speaker] + list(claim.speakers or [])
    return frozenset(mentions[i].key for i in indexes if i is not None and 0 <= i < len(mentions))


def _other_claim_between(claim: Claim, keys: frozenset[str], gap: Span, claims: Sequence[Claim],
                         keyed: Sequence[frozenset[str]]) -> bool:
    """A claim of another named speaker has its cue between the pieces ("Y repeated his calls"),
    unless it reports the same words (an outlet's "as reported by" on this tag)."""
    for other, other_keys in zip(claims, keyed):
        if other is claim or not other.cue_span or not other_keys or other_keys & keys:
            continue
        if gap[0] <= other.cue_span[0] < gap[1] and not _shares_words(claim, other):
            return True
    return False


def _shares_words(a: Claim, b: Claim) -> bool:
    spans_a = a.pieces or [(a.start, a.end)]
    spans_b = b.pieces or [(b.start, b.end)]
    return any(x[0] < y[1] and y[0] < x[1] for x in spans_a for y in spans_b)


def _colon_tag(text: str, keys: frozenset[str], piece: Span, mentions: Sequence[Mention],
               lexicon: CueLexicon) -> bool:
    """The quote opens after a colon tag of another name ("..., Y said: “...”"): a tag of its own,
    even where the parse read no cue there."""
    window = text[max(0, piece[0] - 80):piece[0]]
    match = _COLON_TAG.search(window)
    if match is None or match.group(1).lower() not in lexicon.inverted_cues:
        return False
    name_end = piece[0] - len(window) + match.start()
    return any(m.end == name_end and m.key not in keys for m in mentions)


# round 48 (clm66): a colon tag ending on an -ing word ("... saying:"), and a sentence end before it
_PARTICIPLE_TAG = re.compile(r"\s(\w+)\s*:[\s\"'\u201c\u2018]*$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+|\n")
_TAG_LEAD_WORDS = 3  # "But Mr X was quoted ...": the name opens the tag within its first words


def _quoted_colon_tag(text: str, keys: frozenset[str], piece: Span, gap: Span, mentions: Sequence[Mention],
                      lexicon: CueLexicon) -> bool:
    """The quote opens after a colon tag in a sentence of its own that ends on an -ing word
    (``colon_tag_participles``): 'X was quoted in a paper saying: "..."', 'Y quoted the plan as
    saying: "..."', 'Z, the rival, issued a statement saying: "..."'. It is a quote given through
    a citing word (a paper's or a document's, not the speaker going on, even when X is the
    speaker), or one whose tag another name opens; a written thing's words ('a poster reading:')
    are nobody's going on. 'He went on, saying: "..."' keeps the piece."""
    match = _PARTICIPLE_TAG.search(text, gap[0], piece[0])
    participle = match.group(1).lower() if match else ""
    if participle not in lexicon.colon_tag_participles:
        return False
    # from the piece's own last mark: a quote closing on its full stop ends a sentence too
    ends = list(_SENTENCE_END.finditer(text, max(0, gap[0] - 1), match.start()))
    if not ends:
        return False  # the tag goes on in the sentence of the piece before: its own words
    if participle in lexicon.written_text_participles:
        return True
    opening = ends[-1].end()
    tag = text[opening:match.start()]
    if any(_citing_form(word, lexicon) for word in re.findall(r"[a-z]+", tag.lower())):
        return True
    first = next((m for m in mentions if opening <= m.start < match.start()), None)
    return bool(keys) and first is not None and first.key not in keys \
        and len(text[opening:first.start].split()) < _TAG_LEAD_WORDS


# round 54 (clm73): the last sentence of a gap, from a stop or a closing mark to the colon that opens
# the piece ("... the world. Parry countered: “B”")
_GAP_SENTENCE_END = re.compile(r"(?:[.!?][\"'\u201d\u2019]?|[\"\u201d])\s+|\n")
_OPENING_COLON = re.compile(r":[\s\"'\u201c\u2018]*$")
_MAX_TAG_WORDS = 25  # "In response to X's comments, Y, leader of the Z group in the assembly, said:"


def _own_colon_tag(text: str, piece: Span, gap: Span, lexicon: CueLexicon) -> bool:
    """The quote opens after a colon tag that is a sentence of its own and holds a finite speech
    verb (``colon_tag_verbs``): "..., but Y countered: “B”", "X added: “B”", "In a speech, Y said
    of Z: “B”". The tag gives the quote a cue of its own, whoever speaks: it is no piece of the
    claim before it, even when the parse read no cue there or the speaker is the same (the reader
    counts a second quote with its own cue joined into one claim as content running on)."""
    colon = _OPENING_COLON.search(text, gap[0], piece[0])
    if colon is None or colon.end() != piece[0]:
        return False
    ends = list(_GAP_SENTENCE_END.finditer(text, gap[0], colon.start()))
    if not ends:
        return False  # the tag goes on in the sentence of the piece before: this claim's own words
    words = re.findall(r"[A-Za-z']+", text[ends[-1].end():colon.start()])
    return len(words) <= _MAX_TAG_WORDS and any(word.lower() in lexicon.colon_tag_verbs for word in words)


def _citing_form(word: str, lexicon: CueLexicon) -> bool:
    """ "quoted", "quotes", "cited": a form of a ``citing_words`` lemma."""
    return any(word in (lemma, lemma + "s", lemma + "d", lemma + "ed", lemma.rstrip("e") + "ing")
               for lemma in lexicon.citing_words)


def _tag_after(text: str, keys: frozenset[str], piece: Span, mentions: Sequence[Mention]) -> bool:
    """The quote closes on a comma, question or exclamation mark and a tag of another name
    follows it ("“...?” Y pressed."): whatever the verb, the quote is Y's."""
    if text[piece[1] - 1:piece[1]] not in _TAG_ENDS:
        return False
    closing = _CLOSING.match(text, piece[1])
    if closing is None:
        return False
    name = next((m for m in mentions if m.start == closing.end()), None)
    return name is not None and name.key not in keys and _TAG_VERB.match(text, name.end) is not None


def _keep_pieces(claim: Claim, count: int) -> None:
    """Keep the first ``count`` pieces (one piece is a plain content)."""
    kept = [tuple(p) for p in claim.pieces[:count]]
    claim.start, claim.end = kept[0]
    claim.pieces = [list(p) for p in kept] if len(kept) > 1 else None


# round 42 (clm57): a tag set between commas inside one sentence, its words a condition or a
# reason hung on the words before it ("A, X argued, if B"): one statement in two pieces
_BEFORE_TAG = re.compile(r",\s+$")  # a comma right after words: no closing mark (a quote's own tag)
_AFTER_TAG = re.compile(r"\s*,\s+")
_HALF_TRIM = " \t\n\"'\u201c\u201d\u2018\u2019"
_END_TRIM = " \t\n.!?;:"
_MIN_HALF_WORDS = 3


def join_split_halves(text: str, claims: Sequence[Claim], sentences: Sequence[Sentence],
                      mentions: Sequence[Mention], lexicon: CueLexicon) -> None:
    """ "Deficits should rise, Mr X argued, if countries meet criteria": a claim whose tag stands
    between commas inside its sentence, the words after it opening with a clause that cannot
    stand alone (``split_tag_clauses``: "if", "because" ...), holds both halves as pieces —
    whichever one the parse or the quote joining kept; so does "If A, the note said, B" whose
    content is only B. Halves another voice's cue or content touches, or with an unclosed
    quotation mark, are left as they are. Since round 62 a half after the tag that goes on with the
    report ("but B", "and B", "with B up 25%"; ``_continuation``) joins too, unless any claim's cue
    stands in it."""
    for claim in claims:
        split = _split_halves(text, claim, sentences, lexicon)
        others = [o for o in claims if o is not claim and not _same_voice(claim, o, mentions)]
        if split is None or _taken(claim, split[:2], others):
            continue
        left, right, dependent_after = split
        if _continuation(text, claim, right, lexicon) and _cue_inside(right, claims, claim):
            continue  # "A, he said, but he warned B": a telling of its own
        pieces = [tuple(p) for p in (claim.pieces or [(claim.start, claim.end)])]
        if dependent_after and _ends_at(text, pieces[-1], left):  # "A" kept: "if B" goes on
            pieces.append(right)
        elif _starts_at(text, pieces[0], right):  # ", if B" or the main clause B kept: A goes first
            pieces = [left, (right[0], pieces[0][1])] + pieces[1:]
        else:
            continue
        claim.start, claim.end = pieces[0]
        claim.pieces = [list(p) for p in pieces]


def _split_halves(text: str, claim: Claim, sentences: Sequence[Sentence],
                  lexicon: CueLexicon) -> tuple[Span, Span, bool] | None:
    """The words before and after the claim's tag ("Mr X argued", "said the report") when the
    tag stands between commas in one sentence and one half opens with a dependent clause, and
    whether it is the half after. After the tag a relative clause counts only when the tag ends
    on its cue ("said Acme, which ..." may gloss Acme); before it, a condition or reason counts
    only with a speech tag: "according to X" may source the clause before it alone ("Although
    A, according to X, B")."""
    if not claim.cue_span or not claim.speaker_span:
        return None
    first, second = sorted((tuple(claim.cue_span), tuple(claim.speaker_span)))
    if text[first[1]:second[0]].strip():
        return None  # "he will argue": only a speaker and a cue side by side
    sentence = next((s for s in sentences if s.start <= first[0] < s.end), None)
    before = _BEFORE_TAG.search(text, max(0, first[0] - 4), first[0])
    after = _AFTER_TAG.match(text, second[1])
    if sentence is None or before is None or after is None:
        return None
    left = _trimmed(text, sentence.start, before.start(), _HALF_TRIM, " \t")
    right = _trimmed(text, after.end(), sentence.end, " \t", _END_TRIM)
    if not _whole_half(text, left) or not _whole_half(text, right):
        return None
    ends_on_cue = first == tuple(claim.speaker_span)
    marks = lexicon.split_tag_clauses | (lexicon.split_tag_relatives if ends_on_cue else frozenset())
    if _opens_with(text[right[0]:right[1]], marks) or _continuation(text, claim, right, lexicon):
        return left, right, True
    according = tuple(text[claim.cue_span[0]:claim.cue_span[1]].lower().split()) in lexicon.according_to
    if not according and _opens_with(_without_lead(text[left[0]:left[1]], lexicon), lexicon.split_tag_clauses):
        return left, right, False
    return None


def _continuation(text: str, claim: Claim, right: Span, lexicon: CueLexicon) -> bool:
    """The words after the tag go on with the reported clause (round 62): "A, he said, but B" /
    "and B" with B's own subject (no bare verb) and no word of saying, thinking or wanting, after a
    speech tag (not "according to X"); or "A, said X, with B up 25%", a "with" phrase that holds a
    figure. Neither with a person's pronoun in it: the reporter's telling of someone."""
    words = text[right[0]:right[1]].split()
    if len(words) < 2:
        return False
    head, subject = words[0].lower(), words[1].lower().strip(",;")
    if any(w.strip(".,;:") in lexicon.split_tag_person_words for w in words[1:]):
        return False  # "but the council disagreed with him": the reporter tells of people
    if head in lexicon.split_tag_figure_preps:
        return any(ch.isdigit() for ch in text[right[0]:right[1]])
    if head not in lexicon.split_tag_coordinations or subject in lexicon.split_tag_non_subjects:
        return False
    according = tuple(text[claim.cue_span[0]:claim.cue_span[1]].lower().split()) in lexicon.according_to
    bare_verb = subject.endswith(("ed", "ing"))  # "but warned ...", "but failing ...": no subject of its own
    return not according and not bare_verb and not any(_saying_word(w, lexicon) for w in words[1:])


def _saying_word(word: str, lexicon: CueLexicon) -> bool:
    """A form of a verb of saying, thinking, doubting or wanting ("warned", "expects", "think",
    "wants"): the words after the tag tell of a saying or stance of their own."""
    lowered = word.lower().strip(".,;:\"'\u201c\u201d")
    verbs = (lexicon.speech_verbs.keys() | lexicon.clause_verbs.keys() | lexicon.doubt_verbs
             | lexicon.position_verbs)
    stems = {lowered, lowered[:-1], lowered[:-2], lowered[:-3]}  # "expects", "warned", "revealed", "thinking"
    return bool(stems & verbs)


def _cue_inside(half: Span, claims: Sequence[Claim], claim: Claim) -> bool:
    """Any claim's cue, the speaker's own too, inside the half: it is a report of its own."""
    return any(o is not claim and o.cue_span and half[0] <= o.cue_span[0] < half[1] for o in claims)


def _without_lead(words: str, lexicon: CueLexicon) -> str:
    """The words after a lone connective that ties the sentence to the story ("And if A")."""
    head, _, rest = words.partition(" ")
    return rest if head.lower() in lexicon.lead_connectives else words


def _trimmed(text: str, start: int, end: int, head: str, tail: str) -> Span:
    while start < end and text[start] in head:
        start += 1
    while end > start and text[end - 1] in tail:
        end -= 1
    return (start, end)


def _opens_with(words: str, marks: frozenset[str]) -> bool:
    lowered = words.lower()
    return any(lowered.startswith(mark + " ") for mark in marks)


def _whole_half(text: str, half: Span) -> bool:
    """Enough words, and every quotation mark it opens closed in it (else the sentence bounds
    run through a quote and the half is not the speaker's run of words)."""
    words = text[half[0]:half[1]]
    balanced = words.count('"') % 2 == 0 and words.count("\u201c") == words.count("\u201d")
    return balanced and len(re.findall(r"\w+", words)) >= _MIN_HALF_WORDS


def _same_voice(claim: Claim, other: Claim, mentions: Sequence[Mention]) -> bool:
    """Both speakers resolved to one name ("He quit, he says, because he realised ..."): the
    speaker's own cue inside a half takes it from nobody."""
    indexes = (claim.speaker, other.speaker)
    if any(i is None or not 0 <= i < len(mentions) for i in indexes):
        return False
    return mentions[indexes[0]].key == mentions[indexes[1]].key


def _taken(claim: Claim, halves: tuple[Span, Span], others: Sequence[Claim]) -> bool:
    """Another voice's cue in either half, or its words in the half this claim lacks: the half
    is another voice's, or already said."""
    own = [tuple(p) for p in (claim.pieces or [(claim.start, claim.end)])]
    for other in others:
        spans = [tuple(p) for p in (other.pieces or [(other.start, other.end)])]
        for half in halves:
            if other.cue_span and half[0] <= other.cue_span[0] < half[1]:
                return True
            lacking = not any(p[0] < half[1] and half[0] < p[1] for p in own)
            if lacking and any(p[0] < half[1] and half[0] < p[1] for p in spans):
                return True
    return False


def _ends_at(text: str, piece: Span, left: Span) -> bool:
    """The piece ends the words before the tag (only marks between)."""
    return left[0] <= piece[1] <= left[1] + 1 and not text[piece[1]:left[1]].strip(_HALF_TRIM + ",")


def _starts_at(text: str, piece: Span, right: Span) -> bool:
    """The piece opens the words after the tag, or at the comma before them."""
    return piece[0] <= right[0] and not text[piece[0]:right[0]].strip(" ,") and piece[1] > right[0]
