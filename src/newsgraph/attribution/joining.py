"""Join direct quotes to the attributions the parse found, and nest claims in one another.

Input: a document's text, its :class:`Found` attributions and its :class:`Quote` spans.
Output: the attributions with their content settled — a quote joins the nearest cue of its
sentence, the cue of a "He added:" just before it, or continues the quote before it (same
speaker); cues left without any content are dropped. A content that runs into a reporting
frame of the same words ("A, the FT reports") ends before it (``end_before_reporting_frames``,
round 54).
"""

from __future__ import annotations

import bisect
import re
from typing import Sequence

from newsgraph.attribution.cues import CueLexicon
from newsgraph.attribution.quotes import Quote
from newsgraph.attribution.syntax import Found, Span, paragraph_starts
from newsgraph.model import Claim

_INDIRECT = ("clause", "object", "sentence", "topic", "previous", "title", "label")
_SENTENCE_ENDS = "\n.!?:\u201d\""  # what may come before a quote that opens a sentence
_MAX_SPLIT_GAP = 120  # characters between the pieces of a quote split around its cue
_MAX_SCARE_WORDS = 3
_MAX_TAG_CHARS = 60  # from a quote's closing mark to the cue of the speech tag after it
_MAX_NAMED_THING_WORDS = 4  # "the plans", "his own side's play": a label of what is judged, no more


def join_quotes(text: str, found: Sequence[Found], quotes: Sequence[Quote], lexicon: CueLexicon) -> list[Found]:
    """The attributions with quotes as content; see the module docstring. Cues inside a quote
    are the quoted speaker's own words, not claims of their own."""
    paragraphs = _paragraph_starts(text)
    cited = {id(f) for f in found if _inside_a_quote(f, quotes) and _cites_another_source(text, f, lexicon)}
    labels = [f for f in found if f.content_from == "label"]  # "PENCE: ..." in a transcript
    result = [f for f in found if id(f) in cited or f in labels or not _inside_a_quote(f, quotes)]
    joined: list[Found] = []  # attributions that got a quote, in quote order
    left_out: list[Quote] = []  # quotes that go on with a plural's statement: nobody's claim (round 59)
    signed = _signed_quotes(text, result, quotes)
    for quote in quotes:
        if id(quote) in signed:
            joined.append(signed[id(quote)])
            continue
        if any(quote.start <= label.cue[0] < quote.end for label in labels):
            continue  # a transcript opening each paragraph with a mark: the labels say who speaks
        if _scare_quote(text, quote):
            continue  # 'Antonio "LA" Reid', a “trend”: quoted words inside the reporter's sentence
        holder = _inside_indirect(text, quote, result)
        if holder is not None:
            if holder.content_from == "clause" and holder.content[1] <= quote.end < quote.mark_end \
                    and holder.content[0] < quote.mark_start and quote.end <= holder.sentence[1]:
                # "said they were “loud but in love with melody”": the parse may cut the clause inside
                # the quote; the quoted words are said to their end, closing mark and all (within
                # the sentence: a mark left open runs into the reporter's next ones)
                holder.content = (holder.content[0], quote.mark_end)
            joined.append(holder)  # a free-standing quote after it may go on with its words
            continue  # "said the visit was part of a “trend ...”": a quoted phrase in reported speech
        item = _nearest_cue(text, quote, [f for f in result if not _reporters_forecast(f, lexicon)])
        continued = item is None
        if item is None:
            item = _continued(text, quote, joined, paragraphs, result)
            if item is None:
                continue
            between = _statement_between(text, quote, item, result, quotes, lexicon)
            if between is not None and not (between.speaker_plural or _names_a_speaker(text, between, lexicon)):
                between = None  # "The restoration of the film revealed ...": the join stays as it was
            if between is not None or any(_reach(item) <= q.start and q.end <= quote.mark_start for q in left_out):
                # round 59: the quote goes on with that statement, not the one before it; its
                # own claim when one named person speaks there, none for a plural (nor for the
                # quotes going on after it: they are no more the earlier speaker's)
                item = _own_quote_claim(quote, between, lexicon) if between is not None else None
                if item is None:
                    left_out.append(quote)
                    continue
                result.append(item)
                joined.append(item)
                continue
            if item.content_from != "quote":  # reported speech going on in a quote: one claim,
                item.pieces = (item.pieces or [item.content]) + [(quote.start, quote.end)]  # a piece
                joined.append(item)
                continue
        if item.content_from == "quote":
            words = _quoted_content(text, quote, item, lexicon)
            if words[0] == item.content[0]:  # "called X a “liar” who is “amoral”": one run of words
                item.content = (item.content[0], max(item.content[1], words[1]))
                continue
            if _split_around(text, item, quote) or continued:
                # a split quote ("“...,” he said, “...”"), one going on in the paragraph or in a
                # later one with no tag of its own: one claim (PolNeAR gives one attribution
                # several content spans); its content is the first piece and never holds the
                # cue, the pieces are all listed; a quote going right on extends the piece before it
                _add_piece(text, item, _quoted_content(text, quote, item, lexicon))
                continue
            item = item.copy()  # a second quote the same cue is nearest to: a claim of its own
            result.append(item)
        item.content, item.content_from = _quoted_content(text, quote, item, lexicon), "quote"
        if item.kind in ("indirect", "according_to"):
            item.kind = "direct"
        joined.append(item)
    for item in result:
        if item.content_from == "previous":
            item.content = _previous_paragraph(text, item.sentence[0], paragraphs)
        elif item.content is None and item.colon:
            item.content, item.content_from = _next_paragraph(text, item.sentence[1]), "colon"
            if item.content is not None and _list_item(text, item.content):
                item.content = None  # "he has announced:" and a list of measures: acts listed, no claim
        elif item.content_from == "clause" and id(item) not in cited and _clause_quoted_elsewhere(item, quotes, joined):
            item.content, item.content_from = item.object, "object"  # the quote went to a nearer cue
    # a no-comment on nothing has an empty content where its words end ("declined to comment|")
    kept = [item for item in result if item.content is not None and (
        item.content[1] > item.content[0] or (item.stance == "decline_comment" and item.content_from == "cue"))]
    return _without_duplicates(_sourced_passives(text, _judged_objects(text, kept, lexicon), lexicon))


_CHARGE = re.compile(r"\b(?:for|of)\s+(?:\w+ly\s+)?\w+ing\b")  # "for failing to ...", "of misleading ..."
_ELABORATION_GAP = re.compile(r"[\s,\-\u2013\u2014]*")  # "praised the film, saying", "the plan - which ... - saying"


def _judged_objects(text: str, found: list[Found], lexicon: CueLexicon) -> list[Found]:
    """ "X derided the photo call, saying: “...”": the photo call is what X judges, not what X
    says; the participle, its own claim, gives the words. The judging verb with only its object
    is X's position on the thing (kept for recall, as PolNeAR counts it; hidden by default, as
    "opposes"). Denials keep their object and act ("denied the charges, saying ..."), and so
    does a charge in the object ("criticised X for failing to ...": the failure is said). Since
    round 50 the words may also open the next sentence ("X criticised the plans. “...”")."""
    for item in found:
        if item.content_from != "object" or item.stance != "assert" or item.cue_lemma not in lexicon.appraisal_verbs:
            continue
        if _CHARGE.search(text, item.content[0], item.content[1]):
            continue
        if _elaboration(text, item, found, lexicon) is not None or _words_next(text, item, found, lexicon):
            item.act = "position"
    return found


# round 50 (clm70): the object ends its sentence and the next one, in the same paragraph, opens
_SENTENCE_THEN = re.compile(r"\.[ \t]+")
# round 59 (clm79): or the object ends its paragraph and the next paragraph opens with a quote
_PARAGRAPH_THEN = re.compile(r"\.[ \t]*\n\s*")
_TAIL_TO_STOP = re.compile(r"[^.,;:!?\n\"\u201c\u201d\u2018()\u2013\u2014]*(?=\.)")  # no clause marks or quotes
_OPENING_MARKS = "\"\u201c"
_QUOTE_MARKS = "\"\u201c\u201d"
_MAX_LABEL_WITH_TAIL_WORDS = 12  # "the plans against attacks from one of her own party's MPs"
_PARTICIPLE_THEN_SPEAKER = re.compile(r",[ \t]*")  # "Defending the plans, he told ..."


def _words_next(text: str, item: Found, found: list[Found], lexicon: CueLexicon) -> bool:
    """ "X criticised the plans. “If you want ...”" / "... defended the proposals. He said: ...":
    the object, a short label with no quote in it, names what is judged, and the next sentence
    gives the judge's words as the "saying" participle does: a quote opens it, or a personal
    pronoun's tag with an elaboration verb (whose own claim holds the words). Since round 59 the
    label may go on with prepositional phrases to its sentence's end ("criticised the plans | on
    Europe."), the quote may open the next paragraph, and a judging participle may open the
    sentence whose speaker then gives the words ("Defending the plans, he told X: “...”")."""
    if _participle_before_tag(text, item, found, lexicon):
        return True
    label_end = _judged_label_end(text, item, lexicon)
    if label_end is None:
        return False
    end = _SENTENCE_THEN.match(text, label_end)
    if end is None:
        end = _PARAGRAPH_THEN.match(text, label_end)
        return end is not None and text[end.end():end.end() + 1] in _OPENING_MARKS
    if text[end.end():end.end() + 1] in _OPENING_MARKS:
        return True
    return any(other.speaker is not None and other.speaker[0] == end.end() and other.content is not None
               and other.cue_lemma in lexicon.elaboration_verbs
               and lexicon.pronouns.get(text[other.speaker[0]:other.speaker[1]].lower()) == "person"
               for other in found)


def _judged_label_end(text: str, item: Found, lexicon: CueLexicon) -> int | None:
    """Where the judged label ends before its sentence's stop: the object itself when the stop
    follows it, or the end of a tail of prepositional phrases the parse left outside it ("the
    Tories' stance | on Europe."). None when the object says something of its own: a quote in it
    ("praised X as the “best yet”"), more than a few words before its first preposition, a
    clause word or an -ing form in it or its tail, or a charge ("for failing to ...")."""
    tail = _TAIL_TO_STOP.match(text, item.content[1])
    if tail is None:
        return None
    label = text[item.content[0]:tail.end()]
    words = label.split()
    if any(m in label for m in _QUOTE_MARKS) or _CHARGE.search(label) or not _bare_label(words, lexicon):
        return None
    tail_words = text[item.content[1]:tail.end()].split()
    if tail_words and tail_words[0].lower() not in lexicon.label_tail_preps:
        return None  # "criticised X and Y": the object runs on, not a phrase hung on the label
    return tail.end()


def _bare_label(words: list[str], lexicon: CueLexicon) -> bool:
    """A few words naming a thing ("the existing system"), then only prepositional phrases: no
    clause word or -ing form after the first preposition ("achievement | in using ...")."""
    if not words or len(words) > _MAX_LABEL_WITH_TAIL_WORDS:
        return False
    lowered = [w.lower().strip(",'") for w in words]
    head = next((i for i, w in enumerate(lowered) if i and w in lexicon.label_tail_preps), len(words))
    return head <= _MAX_NAMED_THING_WORDS and not any(
        w in lexicon.label_tail_stops or (w.endswith("ing") and len(w) > 5) for w in lowered[head:])


def _participle_before_tag(text: str, item: Found, found: list[Found], lexicon: CueLexicon) -> bool:
    """ "Defending the plans, he told the paper: “...”": a judging participle opens the sentence,
    its object a bare label closed by a comma, and the sentence's speaker right after the comma
    gives the words in a claim of his own."""
    cue_word = text[item.cue[0]:item.cue[1]].lower()
    if not cue_word.endswith("ing") or text[item.sentence[0]:item.cue[0]].strip(" \t\n\"\u201c"):
        return False
    label = text[item.content[0]:item.content[1]]
    comma = _PARTICIPLE_THEN_SPEAKER.match(text, item.content[1])
    if comma is None or any(m in label for m in _QUOTE_MARKS) or not _bare_label(label.split(), lexicon):
        return False
    return any(other is not item and other.speaker is not None and other.speaker[0] == comma.end()
               and other.content is not None and other.content[0] >= other.cue[1]
               and other.sentence == item.sentence for other in found)


def _elaboration(text: str, item: Found, found: list[Found], lexicon: CueLexicon) -> Found | None:
    """The "saying" / "adding" participle right after ``item``'s object, with content after it."""
    for other in found:
        if other is item or other.content is None or other.content[0] < other.cue[1]:
            continue
        if other.cue_lemma in lexicon.elaboration_verbs and text[other.cue[0]:other.cue[1]].lower().endswith("ing") \
                and item.content[1] <= other.cue[0] and _ELABORATION_GAP.fullmatch(text, item.content[1], other.cue[0]):
            return other
    return None


def _sourced_passives(text: str, found: list[Found], lexicon: CueLexicon) -> list[Found]:
    """An agentless passive whose source an "according to X" of its sentence names ("It is
    estimated that most own one, according to X"): one attribution, X's. The passive's cue and
    the start of its content lie inside the according-to content, which the passive's narrower
    content replaces (the reporter's "it is estimated that" is no part of what X says); the
    passive goes."""
    dropped: set[int] = set()
    for item in found:
        words = tuple(text[item.cue[0]:item.cue[1]].lower().split())
        if words not in lexicon.according_to or item.content_from == "previous" or item.content is None:
            continue  # (a source that is a document, "according to X Research", is read as one)
        passive = next((f for f in found if f.unsourced and f.act == "statement" and id(f) not in dropped
                        and f.sentence == item.sentence and f.content is not None
                        and _within(f.cue, item.content) and item.content[0] <= f.content[0] < item.content[1]), None)
        if passive is not None:  # its content may run on over ", according to X": cut there
            item.content = (passive.content[0], min(passive.content[1], item.content[1]))
            dropped.add(id(passive))
    return [item for item in found if id(item) not in dropped]


_SAME_CONTENT = 0.9  # share of both contents two readings of one attribution have in common
_PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "this", "that"})


def _signed_quotes(text: str, found: Sequence[Found], quotes: Sequence[Quote]) -> dict[int, Found]:
    """Quotes signed with a dash and a name ("“...” ― Ana Ruiz"), by id: the signature's
    content is the quote that closes right before its dash."""
    signed: dict[int, Found] = {}
    for item in found:
        if item.content_from != "signature":
            continue
        quote = next((q for q in quotes if q.mark_end <= item.cue[0] and not text[q.mark_end:item.cue[0]].strip()), None)
        if quote is not None:
            item.content, item.content_from = (quote.start, quote.end), "quote"
            signed[id(quote)] = item
    return signed


def _without_duplicates(found: list[Found]) -> list[Found]:
    """One claim per attribution read twice: where two items hold the same words, the one that
    names no source ("was said to ...") gives way to the one that does ("..., according to
    Channel 2"), and the one whose speaker span swallows the other's cue ("Stated Clinton:")
    gives way to the finer reading (cue "Stated", speaker "Clinton")."""
    dropped: set[int] = set()
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if not _same_content(a.content, b.content):
                continue
            loser = _coarser(a, b)
            if loser is not None:
                dropped.add(id(loser))
    return [item for item in found if id(item) not in dropped]


def _same_content(a: Span, b: Span) -> bool:
    common = min(a[1], b[1]) - max(a[0], b[0])
    return common > 0 and common >= _SAME_CONTENT * max(a[1] - a[0], b[1] - b[0])


def _coarser(a: Found, b: Found) -> Found | None:
    if a.unsourced != b.unsourced:
        return a if a.unsourced else b
    if a.speaker is not None and _within(b.cue, a.speaker):
        return a
    if b.speaker is not None and _within(a.cue, b.speaker):
        return b
    return None


def _cites_another_source(text: str, item: Found, lexicon: CueLexicon) -> bool:
    """A named source reported inside a quote is a claim of its own, nested in the quote's:
    the quoted speaker cites someone else ("“... and the Tessel Herald reported on Monday that the
    convoy was stopped,” the minister said"). A pronoun ("I think", "they said") is the
    speaker's own voice, and stays part of the quote."""
    if item.speaker is None or item.clause is None or item.unsourced:
        return False
    if item.cue_lemma not in lexicon.citing_inside_quotes:
        return False  # "“Lleyton's proving how good he is,” he said": the quoted speaker's view
    words = text[item.speaker[0]:item.speaker[1]].split()
    named = any(word[:1].isupper() for word in words[1:]) or (words and words[0][:1].isupper())
    return bool(words) and named and words[0].lower() not in _PERSONAL_PRONOUNS


def _split_around(text: str, item: Found, quote: Quote) -> bool:
    """True when ``quote`` goes on with ``item``'s quoted words across its cue only: "“X,” he
    said, “Y.”" or "“X,” he said. “Y.”" — the words between hold the cue and little else, in
    one paragraph. Anything longer between is the reporter's own words."""
    content = item.pieces[-1] if item.pieces else item.content
    if content is None or content[1] > quote.mark_start:
        return False
    gap = text[content[1]:quote.mark_start]
    if "\n" in gap:
        return False
    if not any(c.isalnum() for c in gap):
        return True  # "X." "Y.": the quote goes right on
    return (content[1] <= item.cue[0] and item.cue[1] <= quote.mark_start
            and len(gap) <= _MAX_SPLIT_GAP and sum(gap.count(c) for c in ".!?") <= 2)


def _reach(item: Found) -> int:
    """Where the words of ``item`` end: its last quoted piece, else its content."""
    return item.pieces[-1][1] if item.pieces else item.content[1]


def _add_piece(text: str, item: Found, piece: Span) -> None:
    """Join ``piece`` to ``item``'s quote: right after the last piece (nothing but marks and
    spaces between) it extends it; across words (the cue) it is a piece of its own."""
    pieces = item.pieces or [item.content]
    if any(c.isalnum() for c in text[pieces[-1][1]:piece[0]]):
        pieces.append(piece)
    else:
        pieces[-1] = (pieces[-1][0], piece[1])
    item.content = pieces[0]
    item.pieces = pieces if len(pieces) > 1 else []


def _scare_quote(text: str, quote: Quote) -> bool:
    """A few quoted words that run on into the sentence (a nickname, a term) rather than
    speech: no punctuation closes them and a word follows the closing mark."""
    words = text[quote.start:quote.end].split()
    after = text[quote.mark_end:quote.mark_end + 2]
    closed = text[quote.start:quote.mark_end].rstrip("\u201d\"' ")[-1:] in ",.!?;:"
    return len(words) <= _MAX_SCARE_WORDS and not closed and after[:1] == " " and after[1:2].isalnum()


def _inside_a_quote(item: Found, quotes: Sequence[Quote]) -> bool:
    """A cue inside a direct quote is the quoted speaker's own words ("“We reject these remarks,
    and I think the media made them up”"): the quote's claim carries them; PolNeAR's annotators
    mark 3 of 150 such cues in a train sample."""
    return any(q.start <= item.cue[0] and item.cue[1] <= q.end for q in quotes)


def _inside_indirect(text: str, quote: Quote, found: Sequence[Found]) -> Found | None:
    """The attribution whose reported words hold this quote ("a “trend ...”"), or a title. A
    clause that opens with the quote holds it when it goes on past it ("“deep reforms” are
    needed, the fund said": the quoted phrase is only part of what was said)."""
    for f in found:
        if (f.content is not None and f.content_from in _INDIRECT and f.content[0] < quote.end
                and quote.start < f.content[1] and not _within(f.cue, (quote.mark_start, quote.mark_end))
                and (f.content[0] < quote.mark_start or f.content_from == "title"
                     or (_words_after(text, quote, f.content) and not _cue_between(f, quote, found)))):
            return f
    return None


def _cue_between(item: Found, quote: Quote, found: Sequence[Found]) -> bool:
    """Another cue stands between this one and the quote ("The spot ends with footage of X
    saying, “...”"): the quote is that cue's, whatever clause the parse gave the first."""
    low, high = sorted((item.cue[1], quote.mark_start if item.cue[1] <= quote.mark_start else quote.mark_end))
    return any(g is not item and low <= g.cue[0] and g.cue[1] <= high for g in found)


_MIN_WORDS_AFTER = 2


def _words_after(text: str, quote: Quote, content: Span) -> bool:
    """The content goes on with words of its own after a quoted phrase closes (“deep reforms”
    are needed ...). Not after a quoted sentence or a quote closing on a comma: what follows is
    its tag or the reporter's next sentence, whatever clause the parse made of them."""
    closing = text[quote.start:quote.mark_end].rstrip("\u201d\"' ")[-1:]
    if closing in ".,!?;:":
        return False
    return len([w for w in text[quote.mark_end:content[1]].split() if any(c.isalnum() for c in w)]) >= _MIN_WORDS_AFTER


def _reporters_forecast(item: Found, lexicon: CueLexicon) -> bool:
    """ "The election is widely expected next May": an agentless forecast cue is the reporter's
    expectation; it tags no quote, even where the parser runs a quote ending in "?'”" into
    its sentence (the quote is the last speaker's, or nobody's here)."""
    return item.unsourced and item.cue_lemma in lexicon.forecast_cues


def _nearest_cue(text: str, quote: Quote, found: Sequence[Found]) -> Found | None:
    """The cue this quote belongs to: its clause is in the quote, or it shares the quote's
    sentence, or it ends the sentence just before with a colon. Cues with content of their
    own (an object) come after free ones; then the nearest wins."""
    marks = (quote.mark_start, quote.mark_end)
    candidates = []
    for item in found:
        if _within(item.cue, marks) or item.content_from not in ("none", "clause", "object", "quote"):
            continue
        clause_in_quote = item.clause is not None and marks[0] <= item.clause[0] < marks[1]
        shares_sentence = item.sentence[0] < marks[1] and marks[0] < item.sentence[1]
        colon_before = item.colon and item.sentence[1] <= marks[0] and not text[item.sentence[1]:marks[0]].strip()
        # "“Why now?” she asked.": the parser may end the sentence at the quote's question mark
        if not (clause_in_quote or shares_sentence or colon_before or _tag_after(text, quote, item)):
            continue
        if item.second_act is not None and item.second_act <= marks[0] < item.sentence[1]:
            continue  # "said X was wrong and dismissed the reports as “...”": the second act's words
        busy = item.content_from == "object" or (item.content_from == "clause" and not clause_in_quote)
        if busy and item.content_from == "clause" and _term_before_cue(text, quote, item):
            continue  # "after a remark about “noisy boats”, claiming that ...": a term, not its speech
        distance = marks[0] - item.cue[1] if item.cue[1] <= marks[0] else item.cue[0] - marks[1]
        # "“A,” he said. “B,” he added.": a quote closing on a comma belongs to the tag after it
        untagged = not _tag_after(text, quote, item)
        candidates.append((busy, untagged, distance, item.cue[0], item))
    if not candidates:
        return None
    return min(candidates, key=lambda c: c[:4])[4]


def _term_before_cue(text: str, quote: Quote, item: Found) -> bool:
    """A quote inside the reporter's sentence before a cue that has a clause of its own after it
    ("after a remark about “noisy boats”, claiming the fees were too high"): the quote opens after a
    word, not at a sentence's or clause's start, and does not close on a tag's comma, so it is a
    quoted term of the sentence (often someone else's), and the cue's words are its clause."""
    if quote.mark_end > item.cue[0] or item.clause is None or item.clause[0] < item.cue[1]:
        return False
    before = text[max(0, quote.mark_start - 8):quote.mark_start].rstrip()
    return bool(before) and before[-1].isalnum() and not _tag_after(text, quote, item)


def _tag_after(text: str, quote: Quote, item: Found) -> bool:
    """The cue follows the quote at once ("“...,” the minister said", "“Why now?” she asked"),
    the quote closing on a comma, a question or an exclamation mark, and nothing but the speaker
    between."""
    if item.cue[0] < quote.mark_end or item.cue[0] - quote.mark_end > _MAX_TAG_CHARS:
        return False
    closing = text[quote.start:quote.mark_end].rstrip("\u201d\"' ")[-1:]
    between = text[quote.mark_end:item.cue[0]]
    if closing in ("?", "!") and (text[item.cue[0]:item.cue[0] + 1].isupper() or item.colon or "," in between):
        return False  # "“... Valley?” Responding to her, X said: “...”": a new sentence, not a tag
    return closing in (",", "?", "!") and not any(c in between for c in ".!?\n\u201c\"")


def _quoted_content(text: str, quote: Quote, item: Found, lexicon: CueLexicon) -> Span:
    """The quote's words; for a quote that opens mid-clause after its cue ("what he claimed was
    an attempt to “make up ...”"), the words from the cue to the quote's end."""
    before = text[max(0, quote.mark_start - 8):quote.mark_start].rstrip()
    embedded = before and before[-1].isalnum() and item.cue[1] <= quote.mark_start
    if not embedded:
        return (quote.start, quote.end)
    start, end = _stripped(text, _after_that(text, item, lexicon), quote.mark_end)
    if text.startswith("that ", start):  # "adding that “...”": the complementizer is the cue's
        start, end = _stripped(text, start + len("that"), end)
    return (quote.start, quote.end) if start >= quote.mark_start else (start, end)


def _after_that(text: str, item: Found, lexicon: CueLexicon) -> int:
    """Where an embedded quote's words start: after the cue, after a "that" the found clause
    follows ("told the panel that “...”", "warned fans that she ... “...”": the hearer and the
    complementizer are the cue's, not what was said), or after the hearer itself when the quote
    opens right after it ("telling the paper “...”")."""
    if item.content is not None and item.content_from in ("clause", "object") \
            and item.cue[1] < item.content[0] and text[item.cue[1]:item.content[0]].rstrip().endswith(" that"):
        return item.content[0]
    return _hearer_end(text, item, lexicon) or _agent_end(text, item, lexicon) or item.cue[1]


# round 55 (clm76): "by" and a name, then at most the verb's preposition, right before the mark
_AGENT_TO_QUOTE = re.compile(r"\s*(?:(\w+)\s+)?[\"\u201c]")


def _agent_end(text: str, item: Found, lexicon: CueLexicon) -> int | None:
    """Round 55: "was described by X as “...”": the agent of a passive cue, between the cue and
    the quote, is the speaker, and the preposition the verb places the quote with
    (``pronoun_object_preps``: "as") is the cue's; what is said starts at the quote. Where the
    agent ends (after the preposition), or None."""
    speaker = item.speaker
    if speaker is None or speaker[0] < item.cue[1] or text[item.cue[1]:speaker[0]].strip() != "by":
        return None
    after = _AGENT_TO_QUOTE.match(text, speaker[1])
    if after is None:
        return None
    preposition = after.group(1)
    if preposition is not None and preposition.lower() not in lexicon.pronoun_object_preps.get(item.cue_lemma, ()):
        return None
    return after.start(1) + len(preposition) if preposition is not None else speaker[1]


# round 50 (clm70): only spaces, or a comma or colon, between the hearer and the quote's mark
_HEARER_TO_QUOTE = re.compile(r"[\s,:]*[\"\u201c]")


def _hearer_end(text: str, item: Found, lexicon: CueLexicon) -> int | None:
    """The end of the hearer of a verb that takes its hearer as object (``addressee_verbs``:
    "told the paper") when the hearer follows the cue with only spaces between and the quote's
    opening mark follows the hearer at once: "telling the paper “...”" says the quote to the
    paper; the hearer is no word of it. ("called it “a farce”": "it" is what is judged.)"""
    if item.cue_lemma not in lexicon.addressee_verbs:
        return None
    for hearer in item.addressees:
        if hearer is not None and hearer[0] >= item.cue[1] and not text[item.cue[1]:hearer[0]].strip(" ") \
                and _HEARER_TO_QUOTE.match(text, hearer[1]):
            return hearer[1]
    return None


def _continued(text: str, quote: Quote, joined: Sequence[Found], paragraphs: list[int],
               found: Sequence[Found] = ()) -> Found | None:
    """The attribution a free-standing quote continues: the last quote of the same or the
    previous paragraph, when this quote opens a sentence; or a one speaker's reported speech
    after that quote ("“...,” A said. B warned that ... “<this quote>”": B's words go on)."""
    before = text[max(0, quote.mark_start - 8):quote.mark_start].rstrip(" \t")
    if before and before[-1] not in _SENTENCE_ENDS:
        return None
    reported = [f for f in found if f.content_from == "clause" and f.kind == "indirect" and f.speaker
                and not f.speaker_plural and not f.unsourced and f.sentence[1] <= quote.mark_start
                and not _double_tagged(text, f, joined)]
    previous = [f for f in list(joined) + reported if f.content and _reach(f) <= quote.mark_end]
    if not previous:
        return None
    last = max(previous, key=_reach)
    gap = _paragraph(paragraphs, quote.mark_start) - _paragraph(paragraphs, _reach(last))
    return last if gap <= 1 else None


_OPENING_GAP = " \t\"\u201c\u2018'"  # what may stand between a colon tag's clause start and its quote


def _double_tagged(text: str, reported: Found, joined: Sequence[Found]) -> bool:
    """Round 66: "X told the paper: “A,” he said." — the colon tag's clause is the quote and the
    quote's own tag after it, a second reading of words another cue took. A quote going on after
    that tag ("... he said. “B.”") is that claim's, whose words end before the tag; the clause,
    reaching past the tag, would take it and drop it with itself (it gives way to the claim)."""
    start, end = reported.content
    if not text[max(0, start - 8):start].rstrip(_OPENING_GAP).endswith(":"):
        return False  # the parse reads the colon tag's quote as its clause: the colon says so
    return any(other is not reported and other.content_from == "quote" and other.content is not None
               and start <= other.content[0] and other.cue[1] <= end
               and not text[start:other.content[0]].strip(_OPENING_GAP)
               and other.content[1] <= other.cue[0]
               for other in joined)


def _statement_between(text: str, quote: Quote, last: Found, found: Sequence[Found], quotes: Sequence[Quote],
                       lexicon: CueLexicon) -> Found | None:
    """Round 59: the reporter's own sentence between the words of ``last`` and a free-standing
    quote, the sentence right before the quote, whose main statement has a speaker and a cue of
    its own ("“A,” he said. But Kessel warned his side of X. “B.”"): the quote goes on with that
    statement, not with ``last``'s words. That attribution, or None. With another sentence of
    the reporter's after it, whose the quote is stays open: the join is left as it was. A tag of
    ``last``'s own sentence ("“A,” he said, referring to X, “B”") is none (that sentence opens
    before ``last``'s words end), nor is a cue the sentence only holds in a clause ("... although
    the Republic look set after claiming two draws."), nor one in the reporter's question (the
    quote after it answers it)."""
    reach = _reach(last)
    between = [f for f in found if f is not last and f.speaker is not None and not _inside_a_quote(f, quotes)
               and reach <= f.sentence[0] < quote.mark_start and f.cue[1] <= quote.mark_start
               and not any(c.isalnum() for c in text[f.sentence[1]:quote.mark_start])
               and _opens_its_sentence(text, f, lexicon)
               and not text[f.sentence[0]:f.sentence[1]].rstrip(_CLOSING_MARKS).endswith("?")]
    return max(between, key=lambda f: f.cue[0]) if between else None


_CLOSING_MARKS = " \t\n\u201d\"'"
_STATEMENT_ENDS = "\n.!?\u201d\"'"  # what closes the sentence before a statement's own
_MAX_WORDS_SPEAKER_TO_CUE = 3  # "X also defended", "X went on to list", "X has since urged"


def _opens_its_sentence(text: str, item: Found, lexicon: CueLexicon) -> bool:
    """The speaker and cue make the sentence's main statement: nothing but connectives and time
    words before them ("But X warned", "Then, says X"), or an opening phrase closed by a comma
    ("Writing in a paper, X outlined", "A, according to X"); and a speaker before its cue is
    followed by a few words at most ("X also hailed"), none of a clause of its own."""
    previous = text[:item.sentence[0]].rstrip(" \t")
    if previous and previous[-1] not in _STATEMENT_ENDS:
        return False  # "X is right-back but | he seemed calm": the parse cut a sentence at "but"
    first = min(item.speaker[0], item.cue[0])
    before = text[item.sentence[0]:first].strip()
    allowed = lexicon.lead_connectives | lexicon.time_adverbs
    opening = not before or before.endswith(",") or all(w.strip(",").lower() in allowed for w in before.split())
    if not opening:
        return False
    if item.speaker[1] > item.cue[0]:
        return True  # "says X", "according to X"
    gap = text[item.speaker[1]:item.cue[0]]
    return len(gap.split()) <= _MAX_WORDS_SPEAKER_TO_CUE and not any(c in gap for c in ",;:.!?-\u2013\u2014")


def _own_quote_claim(quote: Quote, between: Found, lexicon: CueLexicon) -> Found | None:
    """The free-standing quote after ``between``'s sentence as a claim of its own, when that
    sentence's one speaker is a name or a person's pronoun ("Kessel warned", "He also urged").
    None when the speaker is a plural (which of them speaks?) or the text names no source."""
    if between.unsourced or between.speaker_plural or _reporters_forecast(between, lexicon):
        return None
    own = between.copy(content=(quote.start, quote.end), content_from="quote")
    own.pieces = []
    if own.kind in ("indirect", "according_to"):
        own.kind = "direct"
    return own


def _names_a_speaker(text: str, item: Found, lexicon: CueLexicon) -> bool:
    """The speaker is a name or "he" / "she": a description ("the restoration of the film",
    "the minutes") may be a thing the reporter writes of, not a voice the quote goes on with."""
    words = text[item.speaker[0]:item.speaker[1]].split()
    return item.speaker_proper or (len(words) == 1 and lexicon.pronouns.get(words[0].lower()) == "person")


def _clause_quoted_elsewhere(item: Found, quotes: Sequence[Quote], joined: Sequence[Found]) -> bool:
    """The cue's clause lies in a quote that was joined to another cue ("Hamas denied the
    report, with X telling reporters, “...”" — the quote is X's)."""
    for quote in quotes:
        if _within(item.cue, (quote.mark_start, quote.mark_end)):
            return False  # a cue inside the quote is the quoted speaker's report ("media reported that")
        if item.clause and quote.mark_start <= item.clause[0] < quote.mark_end:
            return any(f is not item and f.content == (quote.start, quote.end) for f in joined)
    return False


def _paragraph_starts(text: str) -> list[int]:
    """Where each non-blank line starts: blank lines between paragraphs make no paragraph."""
    return paragraph_starts(text)


def _paragraph(starts: list[int], offset: int) -> int:
    """The number of the paragraph holding ``offset``; blank lines do not count."""
    return bisect.bisect_right(starts, offset)


def _previous_paragraph(text: str, offset: int, starts: list[int]) -> Span | None:
    """The last non-blank paragraph ending before ``offset``: what "This according to X" points at."""
    end = text.rfind("\n", 0, offset)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            return _stripped(text, start, end)
        end = start - 1
    return None


def _next_paragraph(text: str, offset: int) -> Span | None:
    """The first non-blank paragraph after ``offset``: what "The report continues:" introduces."""
    start = text.find("\n", offset)
    while 0 <= start < len(text):
        end = text.find("\n", start + 1)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            return _stripped(text, start, end)
        start = end
    return None


_LIST_MARKS = ("-", "\u2022", "*", "\u2013", "\u2014")  # - • * – —


def _list_item(text: str, span: Span) -> bool:
    """The paragraph is an item of a list ("- Duty cuts on raw materials"): what a colon before it
    introduces is a list of measures or names, not something said."""
    words = text[span[0]:span[1]].split(maxsplit=1)
    return bool(words) and words[0] in _LIST_MARKS


def _stripped(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


def _within(inner: Span, outer: Span) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


# "A but Y says B", "A, while Y declined to comment": a connective right before a second speaker
# ", with": "said 55% had sympathy, with 40% saying they did not", "defended the decision, with a
# spokesperson saying: ..." (after a comma only: "with" inside a clause may belong to it)
_SECOND_REPORT = re.compile(r"(?:(?:\s*[,;]|\s+[-\u2013\u2014])?\s+(?:but|and|while|whereas|yet)|\s*,\s+with)\s+$",
                            re.IGNORECASE)
# "said staff were in despair as figures showed 300,000 waiting": "as" before a finding is the
# reporter's context; before a statement it may be the speaker's reason ("as the council had rejected it")
_FINDING_AS = re.compile(r",?\s+(?<!such\s)(?<!well\s)as\s+$", re.IGNORECASE)
_LOOSE_END = " ,;:-\u2013\u2014"


def end_before_second_reports(text: str, claims: Sequence[Claim]) -> None:
    """ "Critics say A but its members reject such claims", "X said A while Y declined to comment",
    "X said A as figures showed B", "X announced A, with Y announcing that B":
    a reported clause joined by a connective to a second report with its own speaker and cue
    (in that order) is the reporter's coordination; the first content ends before the connective.
    Quotes keep their marks' bounds."""
    for claim in claims:
        if claim.kind == "direct" or claim.pieces:
            continue
        seconds = [(o.speaker_span[0], o.act) for o in claims if o is not claim and o.speaker_span and o.cue_span
                   and claim.start < o.speaker_span[0] < o.cue_span[0] and o.cue_span[1] <= claim.end]
        for start, act in sorted(seconds):
            joined = _SECOND_REPORT.search(text, claim.start, start) or \
                (_FINDING_AS.search(text, claim.start, start) if act == "finding" else None)
            if joined is None or joined.end() != start:
                continue
            end = joined.start()
            while end > claim.start and text[end - 1] in _LOOSE_END:
                end -= 1
            if len(text[claim.start:end].split()) >= 2:  # "while he believes A, he does not B": no first clause
                claim.end, claim.text = end, text[claim.start:end]
                break


# round 54 (clm73): a reporting frame closing the content ("A, the FT reports", "A," Mr X insisted)
_FRAME_OPENING = re.compile(r"^[\s\"'\u201d\u2019]*,[\s\"'\u201d\u2019]*$")
_MAX_FRAME_TAIL_WORDS = 3  # after the frame's cue: the hearer ("told activists", "told the Guardian newspaper")


def end_before_reporting_frames(text: str, claims: Sequence[Claim]) -> None:
    """ "X says A, the FT reports", "the chancellor said A, he told activists", "A, Mr X has
    reportedly said": a claim whose first content runs into another claim's speaker and cue
    after a comma, at the end of the content, where that claim reports the same words (its
    content starts with or before this one and ends at the comma), holds the reporter's frame:
    the content ends where the frame's content ends. Later pieces go too: the words after a
    frame are that frame's speaker going on, or another voice ("the newspaper quotes a source")."""
    for claim in claims:
        first = (claim.pieces or [(claim.start, claim.end)])[0]
        frame = next((other for other in claims if other is not claim and _frames(text, first, other)), None)
        if frame is None or len(text[first[0]:frame.end].split()) < 2:
            continue
        claim.start, claim.end, claim.pieces = first[0], frame.end, None
        claim.text = text[claim.start:claim.end]


def _frames(text: str, content: Span, other: Claim) -> bool:
    """``other``'s speaker and cue close ``content`` after a comma (a few words of hearer at
    most), and ``other``'s own content is the words before that comma."""
    if not other.speaker_span or not other.cue_span or other.cue_span[1] - other.cue_span[0] < 2:
        return False
    frame_start = min(other.speaker_span[0], other.cue_span[0])
    frame_end = max(other.speaker_span[1], other.cue_span[1])
    if not (content[0] < frame_start and frame_end <= content[1]):
        return False
    if not (other.start <= content[0] < other.end <= frame_start) or other.pieces:
        return False
    cue_word = text[other.cue_span[0]:other.cue_span[1]].split()[-1]
    if cue_word.lower().endswith("ing"):  # "..., the government is promising X": a clause, no tag
        return False
    tail = text[frame_end:content[1]]
    return _FRAME_OPENING.match(text[other.end:frame_start]) is not None \
        and "," not in tail and len(tail.split()) <= _MAX_FRAME_TAIL_WORDS


def nest(claims: list[Claim], parent_cues: Sequence[Span | None]) -> None:
    """Set ``parent``: the claim named by an explicit parent cue ("Citing X, Y claims"), else
    the innermost other claim whose content holds this claim's cue ("X referenced a report
    that ..."). Claims sharing one content are not nested in each other by containment."""
    by_cue = {}
    for claim in claims:
        by_cue.setdefault(tuple(claim.cue_span or ()), claim)
    for claim, parent_cue in zip(claims, parent_cues):
        if parent_cue is not None and tuple(parent_cue) in by_cue:
            claim.parent = by_cue[tuple(parent_cue)].id
            continue
        cue = claim.cue_span or [claim.start, claim.end]
        holders = [other for other in claims if other is not claim and other.start <= cue[0]
                   and cue[1] <= other.end and (other.start, other.end) != (claim.start, claim.end)]
        if holders:
            claim.parent = min(holders, key=lambda other: (other.end - other.start, other.start)).id


def fold_reported_declines(claims: list[Claim], speakers: Sequence[int | None]) -> list[Claim]:
    """ "X told the paper that he declined to comment on Y": one no-comment by X, given to the
    paper. A claim whose content is a no-comment by the same speaker (``speakers``: each
    claim's resolved mention) takes its stance and topic; the inner claim goes."""
    dropped: set[int] = set()
    for outer, outer_speaker in zip(claims, speakers):
        if outer.stance != "assert" or outer_speaker is None or outer.kind == "direct":
            continue
        for index, (inner, inner_speaker) in enumerate(zip(claims, speakers)):
            if (inner is not outer and inner.stance == "decline_comment" and inner_speaker == outer_speaker
                    and inner.cue_span and outer.start <= inner.cue_span[0] < outer.end):
                outer.stance = "decline_comment"
                outer.start, outer.end, outer.text = inner.start, inner.end, inner.text
                dropped.add(index)
                break
    return [claim for index, claim in enumerate(claims) if index not in dropped]
