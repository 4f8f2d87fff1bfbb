"""Find attributions in the dependency parse of one chunk: cue, speaker phrase, addressee,
content. Everything here is in document character offsets; nothing is resolved to mentions yet.

Input: a spaCy ``Doc`` (one chunk), its offset in the document, the :class:`CueLexicon`.
Output: :class:`Found` records, one per cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterator, Sequence

from newsgraph.attribution.cues import CueLexicon

Span = tuple[int, int]
_CLAUSE_DEPS = ("ccomp",)
_SUBJECTS = ("nsubj",)  # not csubj: "Citing X, Y claims" has Y as the speaker
_TOPIC_PREPS = ("on", "about", "regarding", "over", "whether")
_OBJECT_PREPS = ("of", "for", "as", "about")
_SAID_OF_PREPS = ("of", "about", "against")  # "warned of / about / against X": X is what is said
_COMPLEMENT_PREPS = ("for", "on", "about", "against", "of", "as", "over")  # not "to": "announced to reporters"
_NO_TOPIC = frozenset({"anything", "nothing", "it", "that", "this", "detail", "details", "more", "further"})
_TITLED_STATEMENT_WORDS = 6  # "Arthur Hale: King of the Thrillers" (5) names a topic
_GERUND_PREPS = frozenset({"by", "after", "before", "while", "in", "on", "besides"})  # "by saying that"
_CLIMB_DEPS = ("xcomp", "advcl", "conj", "pcomp", "relcl", "acomp")  # acomp: "was quick to deny"
_PHRASE_CUTS = (",", "—", "–", "(", ";", ":")
_MARKS = ("that", "whether", "if")
_MAX_CLIMB = 3
_MAX_DATELINE = 6  # tokens of a dateline ("PORT VALMER –")
_MAX_INVERTED_SPEAKER = 8  # words between "Stated" and the colon
_MAX_TAG_WORDS = 8  # words between a quote's closing mark and its speech verb
_MAX_HEADLINE_SPEAKER = 6  # words before the colon of "Gingrich: Trump Must Decide ..."
_MIN_HEADLINE_WORDS = 3
_MAX_LABEL_WORDS = 3  # words of a transcript speaker label ("SEN. KAINE:" has two)
_TRANSCRIPT_LABEL = re.compile(r"^[\"\u201c']*([A-Z][A-Z]+(?: [A-Z][A-Z]+){0,2}):", re.MULTILINE)
_SIGNATURE_DASHES = ("\u2015", "\u2014", "\u2013")  # ― — –
_MAX_SIGNATURE_WORDS = 5
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
_NOT_SPEAKERS = ("it", "that", "which", "this", "what")
_PERSONAL = ("i", "he", "she", "we", "you", "they")
_TIME_ENTITIES = ("DATE", "TIME")
_DEMONSTRATIVES = ("that", "this", "these", "those", "what")
_DEFINITES = ("the", "this", "these", "that", "those")
_VIEW_MODALS = ("may", "might", "could", "would", "will")
_NONE_WORDS = ("neither", "no", "none", "nobody", "nothing")  # a subject that negates its verb
_PERSONAL_OBJECTS = ("him", "her", "them", "me", "us", "you")
_QUOTE_MARKS = ("\u201c", "\u201d", '"', "''")
_HEADLINE_QUOTES = "\"'\u2018\u2019\u201c\u201d"  # headlines quote with single marks too
_OPENERS = ("(", "[")
_CLOSERS = (")", "]", "%")


@dataclass
class Found:
    """One attribution as the parse shows it. ``clause`` is the cue's "that ..." clause even
    when ``content`` ends up elsewhere (a quote beside it, its object)."""

    cue: Span
    stance: str
    kind: str  # direct | indirect | according_to | document
    sentence: Span
    speaker: Span | None = None
    speaker_head: Span | None = None
    speaker_proper: bool = False  # the head is a proper noun ("Murphy"), not "Many", "Ministers"
    speaker_plural: bool = False
    speaker_lemma: str = ""
    author: Span | None = None  # for a document: the phrase that names who wrote it
    addressees: list[Span] = field(default_factory=list)
    addressee_heads: list[str] = field(default_factory=list)
    content: Span | None = None
    content_from: str = "none"  # clause | object | topic | quote | colon | sentence | previous | cue | signature | label
    clause: Span | None = None
    object: Span | None = None
    colon: bool = False
    parent_cue: Span | None = None  # explicit nesting: "Citing X, Y claims ..." -> Y's cue
    unsourced: bool = False  # "it was reported that", "reportedly": the text names no source
    cue_lemma: str = ""
    pieces: list[Span] = field(default_factory=list)  # a split quote's pieces (see joining)
    act: str = "statement"  # statement | position | request | question | finding | forecast (acts.py)
    second_act: int | None = None  # where the speaker's next act, cut from the clause, begins
    antecedent: Span | None = None  # "The union leader, who said": the phrase "who" stands for

    def copy(self, **changes) -> "Found":
        return replace(self, addressees=list(self.addressees), addressee_heads=list(self.addressee_heads),
                       pieces=list(self.pieces), **changes)


def find_in_doc(doc, offset: int, lexicon: CueLexicon, *, text: str | None = None) -> list[Found]:
    """All attributions of one parsed chunk, in the order of their cues. ``text`` is
    ``doc.text`` where the caller has it (see ``ParsedDocument.pieces``)."""
    text = doc.text if text is None else text
    found: list[Found] = []
    for sent in doc.sents:
        found.extend(_find_in_sentence(sent, offset, lexicon, text))
    return found


def _find_in_sentence(sent, offset: int, lexicon: CueLexicon, text: str) -> Iterator[Found]:
    stripped = text[sent.start_char:sent.end_char].rstrip()
    sentence = (offset + sent.start_char, offset + sent.start_char + len(stripped))
    consumed: set[int] = set()  # tokens already used as part of another cue ("refused to comment")
    for token in sent:
        if token.i in consumed:
            continue
        item = (_as_put_it(token, sent, sentence, offset, lexicon)
                or _verb_cue(token, sentence, offset, lexicon, consumed)
                or _forecast(token, sentence, offset, lexicon)
                or _held_adjective(token, sentence, offset, lexicon)
                or _inverted_cue(token, sent, sentence, offset, lexicon)
                or _according_to(token, sent, sentence, offset, lexicon)
                or _document_clause(token, sentence, offset, lexicon)
                or _in_document(token, sent, sentence, offset, lexicon)
                or _statement_noun(token, sentence, offset, lexicon)
                or _adverb_cue(token, sentence, offset, lexicon)
                or _titled_document(token, sentence, offset, lexicon)
                or _headline_colon(token, sent, sentence, offset, lexicon, text)
                or _transcript_label(token, sent, sentence, offset, lexicon, text)
                or _signature_dash(token, sentence, offset, lexicon))
        if item is not None:
            _quoted_as(item, token, offset, lexicon)
            _within_one_sentence(item, sent, offset)
            yield item
            cited = _citing(token, item, sentence, offset, lexicon)
            if cited is not None:
                yield cited


_STOPS = (".", "!", "?")
_PARSED_CONTENT = ("clause", "object", "sentence", "topic")  # spans the parse gave, not quote marks


def _within_one_sentence(item: Found, sent, offset: int) -> None:
    """ "X went on to suggest A. That suggests B.": the parser sometimes misses a full stop and
    runs two sentences into one, and a clause taken from its tree then carries the reporter's
    next sentence. Reported speech outside quote marks ends at a full stop; the content keeps
    the sentence the cue stands in (or borders), the clause too."""
    if item.content is None or item.content_from not in _PARSED_CONTENT:
        return
    stops = _sentence_stops(sent, offset, item.content)
    if not stops:
        return
    before = [end for _, end in stops if end <= item.cue[0]]
    after = [start for start, _ in stops if start >= item.cue[1]]
    start = max(before, default=item.content[0])
    end = min(after, default=item.content[1])
    if start >= end:
        return
    item.content = (start, end)
    if item.clause is not None and item.clause[0] < end and start < item.clause[1]:
        item.clause = (max(item.clause[0], start), min(item.clause[1], end))
    # the cue's own sentence: a quote after the stop is no longer "in its sentence" (joining)
    item.sentence = (max(item.sentence[0], max(before, default=item.sentence[0])),
                     min(item.sentence[1], min(after, default=item.sentence[1]) + 1))


def _sentence_stops(sent, offset: int, span: Span) -> list[Span]:
    """The full stops inside ``span`` the parser did not end its sentence at, as (end of the
    words before it, start of the words after it), with a capital after them: a stop token (an
    abbreviation's stop is part of its word; an initial's letter is no sentence's last word), or
    a figure's unit that took the stop into its token ("$50m." is "$ 50 m." to the tokenizer)."""
    stops: list[Span] = []
    for token in sent[:-1]:
        if not span[0] < offset + token.idx < span[1] - 1:
            continue
        after = token.doc[token.i + 1]
        if after.text in _QUOTE_MARKS and after.i + 1 < len(token.doc):
            after = token.doc[after.i + 1]
        if not after.text[:1].isupper() or offset + after.idx >= span[1]:
            continue  # a stop that closes the span is no break inside it
        if _unit_with_a_stop(token):
            stops.append((offset + token.idx + len(token) - 1, offset + after.idx))
        elif token.text in _STOPS and token.i > sent.start and _ends_a_sentence(token.doc[token.i - 1]):
            before = token.doc[token.i - 1]
            stops.append((offset + before.idx + len(before), offset + after.idx))
    return stops


def _unit_with_a_stop(token) -> bool:
    """ "m." of "$50m.", "bn." of "3bn.": a unit glued to the figure before it, and a stop."""
    unit = token.text[:-1]
    return token.text.endswith(".") and unit.isalpha() and unit.islower() and len(unit) <= 2 \
        and token.i > 0 and token.doc[token.i - 1].like_num and not token.doc[token.i - 1].whitespace_


def _ends_a_sentence(word) -> bool:
    """A word a stop after it can end a sentence with: not an initial's letter ("J. Smith")."""
    if len(word.text) == 1 and word.text.isupper():
        return False
    return word.text[-1:].isalnum() or word.text[-1:] in _CLOSERS or word.text in _QUOTE_MARKS


def _quoted_as(item: Found, token, offset: int, lexicon: CueLexicon) -> None:
    """ "the Velnor news agency quoted Mr Dastan as saying": the person quoted speaks, the
    agency that quotes him is the outlet (an addressee), not part of the speaker."""
    verb = token.head.head if token.dep_ == "pcomp" and token.head.lower_ == "as" else None
    if verb is None and token.lemma_.lower() in lexicon.reported_as_verbs and _as_saying(token, lexicon):
        verb = token  # "Y reported X as saying": the cue is "reported" itself, X still speaks
    if verb is None or verb.lemma_.lower() not in lexicon.citing_words | lexicon.reported_as_verbs:
        return
    quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
    subject = _subject(verb)
    if quoted is None or subject is None or item.speaker is None:
        return
    _speaker_from_phrase(item, quoted, offset, lexicon)
    item.addressees.append(_trim(_phrase(subject), offset))
    item.addressee_heads.append(subject.lemma_.lower())


def _as_saying(verb, lexicon: CueLexicon) -> bool:
    """ "reported X as saying": an "as" phrase of the verb whose own verb is one of saying."""
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" and g.lemma_.lower() in lexicon.speech_verbs
                                                             for g in c.children) for c in verb.children)


def _as_put_it(token, sent, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "As one voter put it, the vote is ...", "As the minister noted, the figures are ...",
    "the plan, as X put it, was ...": an "as" clause of "put it", or of a verb of saying with
    nothing said of its own, says the rest of the sentence; its subject speaks. ("as he said
    he would" says its own clause, "as she told the story" has an object: neither is read.)"""
    if token.dep_ != "advcl" or _negated(token) \
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children):
        return None
    cue_end = _as_cue_end(token, lexicon)
    subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
    if cue_end is None or subject is None:
        return None
    inside = {t.i for t in token.subtree}
    rest = [t for t in sent if t.i not in inside]
    if not _has_words(rest):
        return None
    item = Found((offset + token.idx, offset + cue_end), "assert", "indirect", sentence)
    _speaker_from_phrase(item, subject, offset, lexicon)
    item.content, item.content_from = _trim(rest, offset), "sentence"
    item.cue_lemma = token.lemma_.lower()
    if item.cue_lemma in lexicon.exhibit_verbs and _shown_by_deeds(subject, lexicon):
        item.act = "finding"  # "as the elections showed, X": what events show, the reporter's reading (round 52)
    return item


_OWN_CONTENT = ("ccomp", "dobj", "xcomp", "attr", "oprd", "dative")


def _as_cue_end(token, lexicon: CueLexicon) -> int | None:
    """Where the cue of an "as X said" clause ends, or None when the clause is no such cue."""
    lemma = token.lemma_.lower()
    if lemma == "put":
        it = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
        return None if it is None else it.idx + len(it)
    if lexicon.speech_verbs.get(lemma) != "assert" or any(c.dep_ in _OWN_CONTENT for c in token.children):
        return None
    if lemma in lexicon.quote_only_verbs:
        return None  # "as the frost continues": a state going on, no "as X said" (round 39)
    return token.idx + len(token)


# --- verbs of speech -----------------------------------------------------------------------


def _verb_cue(token, sentence: Span, offset: int, lexicon: CueLexicon, consumed: set[int]) -> Found | None:
    if token.pos_ not in ("VERB", "AUX") or token.dep_ in ("amod", "compound"):
        return None
    if _in_a_title(token):
        return None  # "Do They Know It's Christmas held the top spot": a song's title, nobody speaks
    if token.dep_ == "advcl" and _bare_participle(token):
        # "Asked about the comments, the spokesman said ...": the question put, not a claim
        return _asked_participle(token, sentence, offset, lexicon)
    if _purpose(token):
        return None  # "labels so parents can understand what ...": an aim, nobody states anything
    if _explains_a_question(token, lexicon):
        return None  # "Explaining why it failed, X said ...": the topic; the claim is the saying
    if _topic_opener(token, lexicon):
        return None  # "Referring to the detentions, X told reporters: ...": the topic of X's words
    if _caused(token):
        return None  # "tried having a colleague describe the maps": an act arranged
    if _learned(token, lexicon):
        return None  # "said the coach on hearing he had been banned": news received, nobody's claim
    if _hedged_noun(token, lexicon):
        return None  # "money thought to be held abroad": the reporter's hedge on a noun, no source
    if _inside_a_question(token, lexicon):
        return None  # "Asked whether it was fair to assume X, ...": part of what is asked, nobody's claim
    lemma = token.lemma_.lower()
    comment = _declined_comment(token, lexicon)
    refused = None if comment is not None else _refused_act(token, lexicon)
    if comment is not None:
        consumed.add(comment.i)
        item = _declined(token, comment, sentence, offset, lexicon)
    elif refused is not None:
        consumed.add(refused.i)  # the refused verb says nothing of its own ("refused to endorse X")
        item = Found(_span(token, offset), "assert", "indirect", sentence, act="position")
        item.clause = item.content = _trim(list(refused.subtree), offset)
        item.content_from = "clause"
    elif lemma in lexicon.comment_verbs and _negated(token) and not _denies_saying(token, lexicon):
        if _subject(token) is not None and _subject(token).lower_ in _NOT_SPEAKERS:
            return None  # "That is not to say ...": the writer's hedge, nobody declining
        if _omits(token, lexicon):
            return None  # "did not say where the cuts would fall": a detail left out, no refusal
        if _says_a_formula(token):
            return None  # "could not say sorry": an apology withheld, not a comment
        if _promised_silence(token, lexicon):
            return None  # "agreed not to discuss the incident": a pact or an order, no question refused
        item = _declined(token, token, sentence, offset, lexicon)
    elif lemma in lexicon.speech_verbs or _document_reads(token, lexicon) or _rejects_hearsay(token, lexicon):
        # a rejection phrase ("played down reports that ...") is no speech verb: a denial (round 49)
        # a verb of scorn is "assert" in speech_verbs but a denial with a claim as its object
        # ("derided the claims that ...", round 59)
        stance = "deny" if _rejects_hearsay(token, lexicon) else lexicon.speech_verbs.get(lemma) or "assert"
        item = Found(_span(token, offset), stance, "indirect", sentence)
        if _is_question(token):
            return None  # "Why did the spokesman not mention it?": asked, not said
        if _urged(token, lexicon):
            return None  # "urged the club to reject the deal": what someone is asked to say
        if lemma in lexicon.particle_verbs and not _pointed_out(token):
            return None  # "trackers that point users to a file", "pointing the same direction": no claim
        if lemma in lexicon.to_verbs and _points_at_a_place(token, lexicon):
            return None  # "the referee pointed to the centre-circle": a gesture, nothing said
        if _title_participle(token):
            return None  # "Defending champion X rallied": a title before a name, nobody defends anything
        if lemma in lexicon.strike_verbs and _strikes(token, lexicon):
            return None  # "blasted the ball home", "lash a shot past the keeper": a shot, nothing said
        if lemma in lexicon.reply_verbs and _acts_on_a_thing(token):
            return None  # "could have answered these questions": answering them, nothing said
        if _failed_or_bound(token, lexicon):
            return None  # "failed to announce any details", "may have to declare itself bankrupt": not said
        if (lemma in lexicon.question_verbs and _negated(token)) or _generic_you(token):
            return None  # "had not asked about X", "you might ask if ...", "you forgot to mention X": nobody
        if _negated(token) and _open_question(token):
            return None  # "the footage did not show whether he was armed": nothing said either way
        if _writer_judgement(token):
            return None  # "it is hard to deny", "make it impossible to dismiss": the writer's view
        if lemma in lexicon.discern_verbs and _discerns(token, lexicon):
            return None  # "can tell which ads are paid for", "tell the difference": knowing, not telling
        if lemma in lexicon.display_verbs and _depicted(token):
            return None  # "the host is shown stepping out of a car": a picture, nothing said
        if item.stance == "deny" and _withheld(token, lexicon):
            return None  # "refused to deny", "did not deny": no statement either way
        if item.stance == "deny" and _denies_a_person(token, lexicon):
            return None  # "a tackle to deny Ljungberg", "denied them a win": kept from, not denied
        if item.stance == "deny" and _withholds_a_grant(token, lexicon):
            return None  # "denied access", "was denied bail": withheld, nothing said
        _set_content(item, token, offset, lexicon)
        if lemma in lexicon.quote_only_verbs and not _tags_a_quote(token):
            return None  # "junk mail continued to be a nuisance", "as the cold continues": a state goes on
        if item.clause is None and lemma in lexicon.deed_verbs and _shown_by_a_deed(token, lexicon):
            return None  # "confirmed their form by winning a final": a deed, nothing said
        if item.clause is None and _reflexive_only(item, token, offset):
            return None  # "defend themselves", "list itself on the market": protected or listed, nothing said
        if item.clause is not None and _tells_a_topic(token, lexicon):
            return None  # "the panel revealed which films it liked": a topic, nothing held true
        if lemma in lexicon.display_verbs and (_displays(token, item, lexicon) or _aimed_at(token, lexicon)):
            return None  # "showed an interest", "tried to show he was listening": an act or an aim
        if lemma in lexicon.exhibit_verbs and item.clause is None and not _shown_by_a_record(token, lexicon):
            return None  # "GM is showing two concept cars", "refused to show the film": a display, nothing said
        if _yet_to_come(token, lexicon):
            return None  # "release date to be confirmed", "the owners are to ask ...": not said yet
        if (item.clause is None or item.stance == "deny") and not item.colon and _future(token):
            return None  # "Veritas would also announce its policies", "will reject any offer": not said yet
        if item.clause is None and _reported_verdict(token, lexicon):
            return None  # "X said the agency was wrong to dismiss the warnings": X's claim, not the agency's
        if item.clause is None and _announces_a_plan(token, lexicon):
            return None  # "announced a freeze on fuel duty", "unveiled plans": a plan made public
        if _prize_read_as_clause(token, lexicon):
            return None  # "claimed only their second ever win": the parser made the prize a clause
        if item.clause is None and _takes_a_thing(token, lexicon):
            return None  # "claimed a win", "showed the boy pictures": a result or an act, nothing said
        if _prize_after_hung_clause(token, item, offset, lexicon):
            return None  # "A was seventh. B claimed the titles": the parser hung the sentence before on the win
        if item.stance == "deny" and _rejects_a_proposal(token, lexicon):
            if item.clause is not None:
                return None  # "because he rejected the plan, that ...": the clause is not what was said
            item.stance = "assert"  # "rejected the offer": a position, not a denial of a fact
            item.act = "position"  # (nothing held true either: hidden by default, as "opposes")
            noun = _headline_noun(token)
            if noun is not None and item.content is not None and item.content[1] < offset + noun.idx + len(noun):
                item.content = (item.content[0], offset + noun.idx + len(noun))  # "rejects pay offer"
        if item.stance == "deny" and _turns_down_a_thing(token, item, lexicon):
            item.stance, item.act = "assert", "position"  # "rejected the aid": turned down, nothing held true
        if item.stance == "deny" and (_rejects_no_claim(token, item, lexicon) or _rules(token, lexicon)
                                      or _rejects_a_norm(token, lexicon)):
            item.stance = "assert"  # "the court dismissed the claim", "dismissed X as old news": no denial
        if _voices_an_attitude(token, item, lexicon):
            item.act = "position"  # "voiced concern over the plan": a feeling, no proposition (kept for recall)
        if _requests(token, lexicon):
            item.act = "request"  # "urged the club to reject the deal": kept for recall, no statement
        elif lemma in lexicon.question_verbs and _asks(token):
            item.act = "question"  # "asked whether the agency had the money": nothing held true
        elif lemma in lexicon.doubt_verbs and not _negated(token) and _asks(token):
            item.act = "question"  # "questioned whether the court had any say": doubt, nothing held true
        elif lemma in lexicon.question_verbs and item.clause is None and _asked_topic(item, token, offset):
            item.act = "question"  # "asked (the mayor) about the flood": a topic asked, no statement
    elif lemma in lexicon.clause_verbs:  # "believe", "think": a claim only with what is believed
        inner = _subject(token)
        if token.dep_ == "ccomp" and token.head.lemma_.lower() in lexicon.speech_verbs \
                and inner is not None and inner.pos_ == "PRON":
            return None  # "she said she thinks X": one claim, the saying; the belief is its content
        item = Found(_span(token, offset), lexicon.clause_verbs[lemma], "indirect", sentence)
        _set_content(item, token, offset, lexicon)
        clause = _said_clause(token)
        if clause is not None and not _stated_clause(clause):
            item.clause = item.content = None  # "found it hard to", "decide whether": nothing held true
        elif clause is not None and _clause_after_own_infinitive(token, clause):
            item.clause = item.content = None  # "chose to retire and, ..., it is believed ...": an act, then another sentence
        if item.clause is None and lemma in lexicon.infinitive_clause_verbs:
            infinitive = _infinitive(token)  # "hopes to win"; not "decided to retire" (an act)
            if infinitive is not None:
                item.clause = item.content = _trim(list(infinitive.subtree), offset)
                item.content_from = "clause"
        subject = _subject(token)
        if item.clause is None and subject is not None and subject.lemma_.lower() in lexicon.document_nouns:
            # "a poll this month found X even with Y": what a document finds is its object too
            item.clause = item.content = _object_span(token, offset)
        if (item.clause is None or _negated(token) or _is_question(token) or _denied(token, lexicon)
                or _obliged(token) or _aimed_at(token, lexicon) or _only_possible(token)):
            return None
        if lemma in lexicon.forecast_cues and _expletive_passive(token):
            item.act, item.unsourced = "forecast", True  # "it had been expected that ...": the reporter's forecast
    elif lemma in lexicon.regard_verbs and _regarded_as(token, offset) is not None:
        # "sees the deal as a betrayal", "regard him as a liar": an attitude, kept for recall
        item = Found(_span(token, offset), "assert", "indirect", sentence, act="position")
        item.content = item.object = _regarded_as(token, offset)
        item.content_from = "object"
    else:
        return None
    if (item.stance in ("deny", "decline_comment") or lexicon.speech_verbs.get(lemma) == "deny") and _hypothetical(token):
        return None  # "had he denied the charge", "if they deny it": no one denied anything
    if _conditional(token) or (item.stance == "assert" and _imagined(token, lexicon)):
        return None  # "if the minister says ...", "X said parents would wonder why ...": not said
    item.cue_lemma = lemma
    if _not_yet_said(token, lexicon):
        item.act = "forecast"  # "he will tell the conference that ...", "critics could say ...": kept for recall
    elif item.act == "statement" and item.stance == "assert" and (_unsaid(token, lexicon) or _negated_frame(token, lexicon)
                                                                  or _disowned(token, lexicon) or _yet_to_say(token, lexicon)):
        item.act = "unsaid"  # "did not mention the flood", "has never said so": kept for recall, nothing said
    if lemma in lexicon.position_verbs:
        item.act = "position"  # "hopes the talks resume", "opposes the plan": an attitude, no statement
    raised = _raised_subject(token, lexicon)
    if raised is not None:
        # "X is reported to have said that ...": X's words, as unnamed reports tell them
        _speaker_from_phrase(item, raised, offset, lexicon)
    elif _judged_passive(token, lexicon) or (
            not _set_speaker(item, token, offset, lexicon) and not _tag_speaker(item, token, offset, lexicon)
            and not _colon_tag_name(item, token, offset, lexicon) and not _inverted_tag_name(item, token, offset, lexicon)):
        # round 60: "X was criticised for ...": no agent, no speaker; X (or a name before it) is judged
        if not (_unsourced_passive(item, token, offset, lexicon) or _asked_about(item, token, offset, lexicon)):
            return None
        return item
    if _writer_hedge(token, item, lexicon):
        _drop_speaker(item)  # "it seems that ...": the article's own hedge, no one else's
        return item
    if _mute(item, lexicon) or (lemma in lexicon.display_verbs and item.clause is None
                                and item.speaker_lemma in lexicon.not_people and not item.speaker_proper):
        return None  # "heavy rain lashed the city", "the first quarter showed growth of 2%"
    subject = _subject(token)
    if lemma in lexicon.premise_verbs and _reasoning_subject(subject, lexicon):
        return None  # "the model assumes that ...": the premise of a calculation, nobody's claim
    if subject is not None and subject.lower_ in _DEMONSTRATIVES and _relative_antecedent(subject) is None \
            and not _people_pronoun(subject):
        return None  # "That is not to say ...", "This suggests ...": the writer's reasoning
    if lemma in lexicon.clause_verbs and item.speaker_lemma in lexicon.first_person:
        return None  # "we can expect ...", "I think ...": the writer's own voice, no source
    if _extraposed_judgement(token, subject, lexicon) or _empty_it_comment(token, subject, lexicon):
        return None  # "it is too early to say", "it just goes to show that": the writer's view
    if item.clause is None and _infinitive(token) is not None and subject is not None \
            and subject.lower_ in _NOT_SPEAKERS:
        return None  # "a dispute that threatened to spill over", "it promises to be": no one speaks
    _set_addressees(item, token, offset, lexicon)
    if comment is not None and comment.i != token.i:
        _set_addressees(item, comment, offset, lexicon)
    if lemma in lexicon.accusation_verbs and _blames_fabrication(token, lexicon):
        item.stance = "deny"
    if item.stance == "assert" and item.clause is not None and _calls_a_claim_false(token, lexicon):
        item.stance = "deny"  # "said the reports were inaccurate": a claim rejected (round 59)
    _mark_document_channel(item, token, offset, lexicon)
    if item.act == "statement" and _unauthored_evidence(subject, lexicon):
        item.act = "finding"  # "figures show ...", "guidance which suggests ...": the reporter's reading
    elif item.act == "statement" and lemma in lexicon.display_verbs and _pictured(token, lexicon):
        item.act = "finding"  # "the film shows X laughing": what a picture depicts, hidden (PolNeAR marks "video shows")
    elif item.act == "statement" and lemma in lexicon.proof_verbs:
        item.act = "finding"  # "they proved again that they can win": what deeds show, the reporter's word
    elif item.act == "statement" and lemma in lexicon.exhibit_verbs and _shown_by_deeds(subject, lexicon):
        item.act = "finding"  # "she showed she can win", "an album which showed ...": deeds or works, not words
    elif item.act == "statement" and _inferred_from_events(token, subject, lexicon):
        item.act = "finding"  # "markets hit highs, suggesting investors ...": the reporter's inference
    elif item.act == "statement" and _glosses_a_reference(token, lexicon):
        item.act = "finding"  # "..., he said, referring to the sale": the reporter names the topic
    elif item.act == "statement" and _describes_a_practice(token, subject, lexicon):
        item.act = "finding"  # "care plans, where patients say they want ...": what a thing is, no one speaks
    return item


def _held_adjective(token, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "Officials are confident that the deal will hold", "Pundits were shocked that X leads": an
    adjective (or a participle used as one) of belief or feeling after "be" (or "feel", "remain")
    with a finite clause is what its subject holds, as "believes that" is; a feeling is a position
    (hidden by default). Not negated, not asked or supposed, not the writer's "I" / "it is clear
    that", not "she said she was sure that ..." (one claim: the saying, the belief its content)."""
    word = token.lower_
    if word not in lexicon.belief_adjectives and word not in lexicon.feeling_adjectives:
        return None
    copula = _copula_of(token, lexicon)
    if copula is None:
        return None
    clause = _adjective_clause(token, copula)
    if clause is None or not _stated_clause(clause):
        return None
    if any(_negated(t) or _future(t) or _hypothetical(t) for t in (token, copula)) \
            or _is_question(copula) or _conditional(copula) or _purpose(copula):
        return None  # "are not confident that", "if he is sure that", "will be glad that": nothing held
    if copula.dep_ in ("ccomp", "xcomp") and copula.head.lemma_.lower() not in lexicon.speech_verbs \
            and copula.head.lemma_.lower() not in lexicon.clause_verbs:
        return None  # "to ensure customers are aware that ...", "wants them to be sure": an aim, no one holds it
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None) if copula is token else _subject(token)
    if subject is None or subject.lower_ in _NOT_SPEAKERS + ("there",) or subject.lower_ in lexicon.first_person:
        return None  # "it is clear that ...", "I am sure ...": the writer's voice, no source
    if copula.dep_ == "ccomp" and copula.head.lemma_.lower() in lexicon.speech_verbs and subject.pos_ == "PRON":
        return None  # "he said he was sure that ...": the saying's content
    item = Found(_span(token, offset), "assert", "indirect", sentence,
                 act="statement" if word in lexicon.belief_adjectives else "position")
    item.clause = item.content = _trim(_without_mark(list(clause.subtree)), offset)
    item.content_from = "clause"
    item.cue_lemma = word
    if item.content is None:
        return None
    _speaker_from_phrase(item, subject, offset, lexicon)
    return None if _mute(item, lexicon) else item


def _copula_of(token, lexicon: CueLexicon):
    """The verb an adjective of belief is predicated with: its head for "is / feels confident",
    the participle itself for a passive "were convinced" (its "be" an auxiliary), else None."""
    if token.dep_ == "acomp" and token.pos_ in ("ADJ", "VERB") and token.head.lemma_.lower() in lexicon.copula_verbs:
        return token.head
    if token.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lemma_ == "be" for c in token.children) \
            and not any(c.dep_ == "agent" for c in token.children):
        return token  # not "was convinced by the report that ...": someone else convinced
    return None


def _adjective_clause(adjective, copula):
    """The finite clause an adjective of belief holds: its own ("sure that ...") or the one the
    parse hung on its copula right after it ("is confident the deal will hold")."""
    own = next((c for c in adjective.children if c.dep_ in _CLAUSE_DEPS and c.i > adjective.i), None)
    if own is not None or copula is adjective:
        return own
    return next((c for c in copula.children if c.dep_ in _CLAUSE_DEPS and c.i > adjective.i
                 and c.left_edge.i == adjective.right_edge.i + 1), None)


def _regarded_as(token, offset: int) -> Span | None:
    """ "sees the deal as a betrayal": the object with its "as" phrase, the view held (not "see
    whether", "remains to be seen": no object, no "as"). The span, else None."""
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    as_phrase = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "as"
                      and any(g.dep_ == "pobj" for g in c.children)), None)
    if dobj is None or as_phrase is None or as_phrase.i < dobj.i \
            or any(c.dep_ == "aux" and c.lower_ in _VIEW_MODALS for c in token.children):
        return None  # "some may see this as lazy": the writer imagines a view, nobody holds it
    if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in token.children):
        return None  # "would not say whether he sees X as Y": an open question, no view held
    return _trim(list(dobj.subtree) + list(as_phrase.subtree), offset)


def _asked_about(item: Found, token, offset: int, lexicon: CueLexicon) -> bool:
    """ "The minister was asked about the leak": a question put to the passive's subject by
    someone the text does not name; what is asked is the "about" phrase. Nothing held true."""
    if token.lemma_.lower() not in lexicon.question_verbs or not any(c.dep_ == "auxpass" for c in token.children):
        return False
    about = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "about"), None)
    if about is None or not any(c.dep_ == "pobj" for c in about.children) \
            or any(c.dep_ == "agent" for c in token.children):
        return False
    item.content = item.object = _trim([t for t in about.subtree if t.i != about.i], offset)
    item.content_from = "object"
    item.act, item.unsourced = "question", True
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is not None:
        _add_addressee(item, subject, offset)
    return item.content is not None


def _asked_participle(token, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "Asked whether he would run, X said ...", "When asked about the leak, ...": a question put
    to the main clause's subject (its addressee) by someone the text does not name, or by the
    "by" phrase's asker. PolNeAR counts it; a reader sees X's answer, so it is a hidden
    question act. What is asked is the wh-/if clause or the "about" phrase; "Asked to leave"
    (an order) and a bare "asked" are left out."""
    if token.lemma_.lower() not in lexicon.question_verbs:
        return None
    asked = _asked_words(token)
    if asked is None:
        return None
    item = Found(_span(token, offset), "assert", "indirect", sentence, act="question", unsourced=True)
    item.content = item.object = _trim(asked, offset)
    # "topic", not "object": a quote after it is the answer, which the main verb's claim takes
    item.content_from, item.cue_lemma = "topic", token.lemma_.lower()
    if item.content is None:
        return None
    asker = _asker(token, lexicon)
    if asker is not None:
        item.unsourced = False
        _speaker_from_phrase(item, asker, offset, lexicon)
    addressee = _subject(token.head)
    if addressee is not None and addressee.lower_ not in _NOT_SPEAKERS:
        _add_addressee(item, addressee, offset)
    return item


def _asker(token, lexicon: CueLexicon):
    """Who puts the question of a participle "asked": its "by" phrase ("Asked by the host if
    ..."), else the hearer of the answer ("Asked about X, he told the radio station: ...")."""
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    if agent is not None:
        return next((c for c in agent.children if c.dep_ == "pobj"), None)
    answer = token.head
    if answer.lemma_.lower() not in lexicon.addressee_verbs:
        return None
    return next((c for c in answer.children if c.dep_ in ("dobj", "dative")), None)


def _asked_words(token) -> list | None:
    """What a participle "asked" asks: its clause opened by a wh-word, "if" or "whether", or its
    "about" phrase; None for "asked to leave" or a bare "asked"."""
    for child in token.children:
        if child.dep_ in ("ccomp", "advcl") and child.i > token.i and (
                child.left_edge.tag_ in ("WRB", "WP", "WDT")
                or any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in child.children)):
            return list(child.subtree)
        if child.dep_ == "prep" and child.lower_ == "about" and any(c.dep_ == "pobj" for c in child.children):
            return [t for t in child.subtree if t.i != child.i]
    return None


def _document_reads(token, lexicon: CueLexicon) -> bool:
    """ "“...,” the statement read", "a sign reads: ...": a verb that says something only with a
    document as its subject (``document_speech_verbs``); "she read the letter" is no claim."""
    if token.lemma_.lower() not in lexicon.document_speech_verbs:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in lexicon.document_nouns \
        and not any(c.dep_ == "dobj" for c in token.children)


def _forecast(token, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "The bank is widely expected to raise rates": an agentless passive of a forecast cue with a
    "to" infinitive. PolNeAR counts it as an attribution with no source; a reader takes it for the
    reporter's forecast, so it is a hidden "forecast" act with no speaker. The content is the
    subject with its infinitive, as for "he is believed to be hiding"."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.forecast_cues:
        return None
    if not any(c.dep_ == "auxpass" for c in token.children) or any(c.dep_ == "agent" for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    infinitive = _infinitive(token)
    if subject is None or infinitive is None or _conditional(token):
        return None
    if subject.tag_ in ("WDT", "WP") and token.dep_ == "relcl":
        # "the trial, which is expected to last two months": the noun the clause is about, too
        words = [t for t in token.head.subtree if t.i <= infinitive.right_edge.i]
    else:
        words = list(subject.subtree) + list(infinitive.subtree)
    item = Found(_span(token, offset), "assert", "indirect", sentence, act="forecast", unsourced=True)
    item.content = item.clause = _trim(words, offset)
    item.content_from, item.cue_lemma = "clause", token.lemma_.lower()
    return item if item.content is not None else None


def _writer_hedge(token, item: Found, lexicon: CueLexicon) -> bool:
    """ "It seems that ...", "it appears the talks failed", "X, it seems, likes ...", "it seems to
    be working": "it seems" is the article's hedge — "it" holds no referent, or is a thing or a
    firm that states nothing by seeming (round 53: the actor it was given was wrong in every one
    read). No speaker."""
    subject = _subject(token)
    return item.cue_lemma in lexicon.hedge_verbs and subject is not None and subject.lower_ == "it"


def _drop_speaker(item: Found) -> None:
    item.speaker = item.speaker_head = None
    item.speaker_lemma, item.speaker_proper, item.speaker_plural = "", False, False
    item.unsourced = True


_ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")


def _inferred_from_events(token, subject, lexicon: CueLexicon) -> bool:
    """ "Markets reached record highs, suggesting investors ...", "the minutes came out early,
    indicating the bank ...", "a tone suggesting he ...": a participle of inference
    (``inference_participles``) hung on a clause of events or on a thing's noun tells what the
    reporter reads into them; the markets or the minutes say nothing (docs/judging.md: a claim
    needs one who asserts). Left as they are: a verb of saying or believing above it ("warned ...,
    suggesting ...": the speaker's own hint), and a doer that can speak or is a made record (a
    name, a pronoun, a body's word, "a report ..., suggesting ...")."""
    if token.tag_ != "VBG" or token.dep_ not in ("advcl", "acl") \
            or token.lemma_.lower() not in lexicon.inference_participles:
        return False
    head = token.head
    if head.lemma_.lower() in lexicon.speech_verbs or head.lemma_.lower() in lexicon.clause_verbs:
        return False
    doer = head if token.dep_ == "acl" else subject
    if doer is None or doer.pos_ != "NOUN" or doer.ent_type_ in _ACTOR_LABELS:
        return False  # a name or a pronoun may speak ("he prefers a tone suggesting ..." aside)
    return not _noun_of_a_voice(doer.lemma_.lower(), lexicon)


def _noun_of_a_voice(noun: str, lexicon: CueLexicon) -> bool:
    """Whether a common noun names one who can speak (an analyst, a source, a firm) or something
    made to say things (a report, a claim, figures)."""
    return any(noun in words for words in (
        lexicon.anonymous_nouns, lexicon.unnamed_source_nouns, lexicon.author_body_nouns,
        lexicon.body_speaker_nouns, lexicon.document_nouns, lexicon.claim_nouns, lexicon.evidence_nouns))


def _glosses_a_reference(token, lexicon: CueLexicon) -> bool:
    """ '"...," he said, referring to the sale', "In referring to X's death, the jury ...": the
    participle of a reference verb (``reference_participles``) names what the words were about,
    a topic, and holds nothing true (docs/judging.md: the reporter's "referring to" is no claim).
    Not "referring to him as a liar": a label given is said (an "as" phrase under it)."""
    if token.tag_ != "VBG" or token.lemma_.lower() not in lexicon.reference_participles:
        return False
    referred = [token] + [o for p in token.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    # the label's "as" hangs on the verb or on the one referred to; "titles such as X" is no label
    return not any(c.dep_ == "prep" and c.lower_ == "as" and c.nbor(-1).lower_ != "such"
                   for word in referred for c in word.children)


def _describes_a_practice(token, subject, lexicon: CueLexicon) -> bool:
    """ "advance care plans, where patients say they want ...", "a centre where nurses tell families
    how ...": a cue in the present tense in a "where" clause (``practice_relatives``) whose subject is a
    bare plural common noun (no determiner, number, owner or name) tells what a thing is or how a
    scheme works, a general description; no one has said anything. "the wards where the Green
    Party says ...", "a lunch where the minister told ..." name who spoke: left."""
    if token.dep_ != "relcl" or token.tag_ not in ("VBP", "VBZ") \
            or not any(c.dep_ == "advmod" and c.lower_ in lexicon.practice_relatives for c in token.children):
        return False
    if subject is None or subject.tag_ != "NNS" or subject.head.i != token.i:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") or c.pos_ == "PROPN" for c in subject.children)


def _yet_to_say(token, lexicon: CueLexicon) -> bool:
    """ "X has yet to confirm that ...", "they are yet to say where ...": the "to" infinitive of a
    verb with "yet" (``yet_adverbs``) before the cue tells speech not made so far, as "has not
    confirmed" does: nothing said."""
    if token.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    return any(c.lower_ in lexicon.yet_adverbs and c.i < token.i for v in (token, token.head) for c in v.children)


def _unauthored_evidence(subject, lexicon: CueLexicon) -> bool:
    """The speaker is numbers or a finding with no named body behind it ("figures show",
    "research suggests", "guidance which suggests"): the reporter's account of what they mean.
    "figures from the Treasury", "a Gallup poll", "its survey" name who speaks: a statement."""
    if subject is None:
        return False
    head = _relative_antecedent(subject)
    head = subject if head is None else head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in lexicon.evidence_nouns:
        return False
    if head.lemma_.lower() in lexicon.forecast_nouns and _names_body(head, lexicon):
        return False  # "Treasury Unit (TU) forecasts", "an estimate, set out in a Home Office paper"
    return not _named_author(head, lexicon)


def _shown_by_deeds(subject, lexicon: CueLexicon) -> bool:
    """ "Reed showed that he can still win", "a debut album which showed they could write":
    "show" states something only when a record of findings (or a body putting one out) is what
    shows it ("figures show", "the report showed"); a name other than a person's (a body, a team, a
    named study) is left as it is. A person, a work or an act shows it by being what it is: the
    reporter's reading, a hidden "finding" as for ``proof_verbs``.
    A relative pronoun stands for its noun; a first-person or demonstrative subject is left alone."""
    if subject is None:
        return False
    antecedent = _relative_antecedent(subject)
    head = subject if antecedent is None else antecedent
    if head.tag_ in ("WP", "WDT") or head.lower_ in lexicon.first_person or head.lower_ in _DEMONSTRATIVES:
        return False  # a relative with no noun found, "we showed", "this shows": left as they are
    lemma = head.lemma_.lower()
    records = lexicon.evidence_nouns | lexicon.research_nouns | lexicon.document_nouns | lexicon.picture_nouns \
        | lexicon.finding_nouns | lexicon.state_nouns | lexicon.shown_record_nouns
    # "a team of researchers", "a breakdown of the figures": the group or part of a record
    members = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    if any(n.lemma_.lower() in records or n.lower_ in records for n in [head] + members):
        return False
    if head.pos_ == "PROPN":  # a name: a person shows by deeds; a body, a team or a named study may report
        return head.ent_type_ == "PERSON"
    if head.pos_ == "PRON":  # "he showed": a person; not "it" or "they", which may stand for a survey
        return head.lower_ in ("he", "she")
    return head.pos_ == "NOUN"


def _named_author(noun, lexicon: CueLexicon) -> bool:
    """Someone stands behind the numbers: an owner, a named or state body, an author "by ...", or
    a definite article that points back to a document the story has introduced ("the survey")."""
    for child in noun.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and (
                child.pos_ == "PROPN" or child.lemma_.lower() in lexicon.state_nouns)):
            return True  # "its figures", "Treasury figures", "government data"
        if child.dep_ == "det" and child.lower_ in _DEFINITES and noun.lemma_.lower() in lexicon.research_nouns:
            # "the survey found": the one named before, whose author speaks; not "the figures
            # show", "the results suggest": numbers the reporter reads, no author behind them
            return True
        if child.dep_ == "prep" and (child.lower_ == "by" or (
                child.lower_ in ("from", "of") and _names_body(child, lexicon))):
            return True  # "a study by doctors", "figures from the ONS"
        if child.dep_ == "acl" and any(g.dep_ == "agent" and _names_body(g, lexicon) for g in child.children):
            return True  # "figures released by the ONS"
    return False


def _names_body(phrase, lexicon: CueLexicon) -> bool:
    return any(t.pos_ == "PROPN" or t.lemma_.lower() in lexicon.state_nouns for t in phrase.subtree)


def _reasoning_subject(subject, lexicon: CueLexicon) -> bool:
    """The subject is a model, a plan or a sum ("the model assumes", "the budget presumes"):
    a piece of reasoning, no one who holds a belief (a relative pronoun stands for its noun)."""
    if subject is None:
        return False
    antecedent = _relative_antecedent(subject)
    head = subject if antecedent is None else antecedent
    return head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.reasoning_nouns


def _mute(item: Found, lexicon: CueLexicon) -> bool:
    """The speaker is weather or a period ("the storm, which lashed the coast", "the first
    quarter showed growth"): the verb has another sense; nobody speaks. Not a name ("Storm")."""
    return item.speaker_lemma in lexicon.mute_subjects and not item.speaker_proper


def _shown_by_a_record(token, lexicon: CueLexicon) -> bool:
    """ "show" with a bare object states something only when what shows is a record of
    findings ("the survey showed a rise in prices", "figures show a fall", "it shows ..."): a
    firm, a channel or a person that "shows" cars, a film or a photo displays them. A
    relative pronoun stands for its noun; "of" passes to what a part is of ("a breakdown of
    the figures shows ..."). A shown attitude ("showing support for X") is voiced by anyone."""
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if dobj is not None and dobj.lemma_.lower() in lexicon.attitude_nouns:
        return True  # "showing support for the plan": a stance voiced, as "expressed support"
    subject = _subject(token)
    if subject is None:
        return False  # "refused to show the film": the subject of the verb above is no record
    antecedent = _relative_antecedent(subject)
    head = subject if antecedent is None else antecedent
    if head.lower_ == "it":
        return True  # "it shows a rise": the pronoun may stand for a report
    records = lexicon.document_nouns | lexicon.evidence_nouns | lexicon.research_nouns
    parts = [head] + [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
    # any part of speech: a title-case "New Poll Shows", an "average" the parser calls an adjective
    return any(t.lemma_.lower() in records or t.lower_ in records for t in parts)


def _displays(token, item: Found, lexicon: CueLexicon) -> bool:
    """ "showed an interest in", "displayed signs of strain": with no clause, what is shown is
    a feeling or a quality (``display_nouns``), an act, not a statement."""
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return item.clause is None and dobj is not None and dobj.lemma_.lower() in lexicon.display_nouns


def _voices_an_attitude(token, item: Found, lexicon: CueLexicon) -> bool:
    """ "voiced concern over the plan", "expressed their sympathy": a verb of voicing
    (``attitude_verbs``) whose object is a feeling (``attitude_nouns``) with no clause, neither
    the verb's nor the noun's ("concern that the plan would fail" states something)."""
    if item.clause is not None or token.lemma_.lower() not in lexicon.attitude_verbs:
        return False
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if dobj is None and token.dep_ == "acl":
        dobj = token.head  # "the views expressed by X over the row": the noun the participle describes
    return dobj is not None and dobj.lemma_.lower() in lexicon.attitude_nouns \
        and not any(c.dep_ in ("acl", "ccomp", "relcl") and c.i != token.i for c in dobj.children)


def _conditional(token) -> bool:
    """The cue is under "if" / "unless" ("if the minister says the plan is dead, ..."), itself
    or the verb it is the infinitive or conjunct of: a condition, nothing said."""
    chain = [token]  # "if they do not let consumers know what ...": the condition's verb holds the cue
    while len(chain) < 4 and (chain[-1].dep_ in ("xcomp", "conj") or (
            chain[-1].dep_ == "ccomp" and not _punctuation_between(chain[-1].head, chain[-1]))):
        chain.append(chain[-1].head)  # not "“... if you can find that,” he admitted": a tag after a quote
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS and not (c.i > 0 and c.doc[c.i - 1].lower_ == "even")
               for verb in chain for c in verb.children)  # "even if the coach admitted ...": it was said


def _punctuation_between(a, b) -> bool:
    low, high = sorted((a.i, b.i))
    return any(t.is_punct for t in a.doc[low + 1:high])


def _not_yet_said(token, lexicon: CueLexicon) -> bool:
    """A cue under a modal of the future or of a possibility ("he will tell the conference that
    ...", "critics could say ...", the "and" verb of one: "will stand up and say"), or the "to"
    infinitive of a frame word ("is likely / due / set / going to say"): speech announced or
    imagined, not made. Not negated ("will not comment": a refusal), not with an adverb of what
    was said ("would only say", "would later admit"), not with a first-person subject ("I would
    say": the speaker's own hedge)."""
    shared = token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    verbs = [token] + ([token.head] if shared else [])  # not "X will go, but Y says ...": Y's own verb
    frame = _unsaid_frame(token, lexicon)
    if frame is not None:
        verbs.extend(v for v in (frame, frame.head) if v not in verbs)
    # lower case: "Will Smith told ..." is a name the tagger may take for the modal
    modal = any(c.dep_ == "aux" and c.text in lexicon.unsaid_modals for v in verbs for c in v.children)
    if not (modal or frame is not None):
        return False
    if any(_negated(v) or any(c.dep_ == "advmod" and c.lower_ in lexicon.said_modal_adverbs for c in v.children)
           for v in verbs):
        return False
    subject = next((s for s in (_subject(v) for v in verbs) if s is not None), None)
    if subject is not None and subject.left_edge.lower_ in _NONE_WORDS:
        return False  # "Neither X nor Y would say how ...": a refusal, as "would not say"
    return subject is None or subject.lower_ not in lexicon.first_person


def _unsaid(token, lexicon: CueLexicon) -> bool:
    """ "did not mention the flood", "does not praise the plan", "has never said so": a negated
    speech verb tells what was not said, so nothing is held true (PolNeAR marks many: kept, hidden).
    Not "not only / just said ...": a negation that affirms."""
    negation = next((c for c in token.children if c.dep_ == "neg"), None)
    if negation is None:
        return _none_speaks(token)
    following = token.doc[negation.i + 1] if negation.i + 1 < len(token.doc) else None
    return following is None or following.lower_ not in lexicon.not_only_adverbs


def _disowned(token, lexicon: CueLexicon) -> bool:
    """ "denied telling him the firm was sold", "denies he ever said that ...": a remark the speaker
    denies making. Its content is not the speaker's claim (the denial, a claim of its own, holds
    the remark), so it is unsaid as "never said that ...". The cue is the clause or the gerund of
    a deny verb (``speech_verbs`` value deny); a noun between them ("denied reports he told ...")
    makes it the report's words, left as they are."""
    head = token.head
    through_noun = _reported_remark(token, lexicon)
    if through_noun:
        head = head.head  # "rejects a suggestion that he had told ...": the remark inside what is denied
    if head.i >= token.i or lexicon.speech_verbs.get(head.lemma_.lower()) != "deny":
        return False  # "X suggested ..., something Y denies": a remark before the denial is X's own
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return False  # "refused to deny / challenged him to deny the claim that he told ...": no denial made
    if through_noun:
        return True
    gerund = token.tag_ == "VBG" and token.dep_ in ("xcomp", "ccomp", "dobj", "pcomp")
    clause = token.dep_ == "ccomp" and token.tag_ in ("VBD", "VBN", "VB", "VBP", "VBZ")
    return gerund or clause


def _reported_remark(token, lexicon: CueLexicon) -> bool:
    """ "a suggestion that he had told the board ...": the cue is the clause of a ``claim_nouns``
    noun, the object of its head, with a pronoun subject of its own (the person said to have spoken;
    not "a report claiming ...": the report's own words)."""
    noun = token.head
    if token.dep_ not in ("acl", "ccomp") or noun.lemma_.lower() not in lexicon.claim_nouns or noun.dep_ != "dobj":
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.children)


def _none_speaks(token) -> bool:
    """ "Nobody knows how many ...", "no official said that ...": a subject that negates its verb,
    so no one holds the content. Not "No 10 said" (a number after "no": a name), nor a capital "No"
    inside the sentence ("the No campaign")."""
    subject = _subject(token)
    if subject is None or subject.left_edge.lower_ not in _NONE_WORDS:
        return False
    first = subject.left_edge
    if first.lower_ == "no" and first.text == "No" and not first.is_sent_start:
        return False  # "ran his own No campaign": a side's name inside the sentence
    after = first.nbor(1) if first.i + 1 < len(token.doc) else None
    if first.lower_ != "no" or (after is not None and after.lower_ == "one"):
        return True  # "nobody", "nothing", "no one"
    return after is not None and after.pos_ in ("NOUN", "ADJ") and not after.like_num


def _denies_saying(token, lexicon: CueLexicon) -> bool:
    """ "never said that the money was missing", "did not say so": a negated comment verb with
    what was not said, a stated clause or "so", tells of words not spoken, no comment refused
    (read as speech, then hidden as unsaid). Not "did not say where / whether ...": an omission."""
    if lexicon.speech_verbs.get(token.lemma_.lower()) != "assert":
        return False
    if token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "so":
        return True  # "never said so (publicly)": the parser may hang "so" on the adverb after it
    clause = _said_clause(token)
    if clause is None or clause.i < token.i or clause.left_edge.tag_ in _WH_TAGS:
        return False
    return not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children) \
        and _stated_clause(clause)


def _negated_frame(token, lexicon: CueLexicon) -> bool:
    """ "was not going to reveal what ...", "is not due to say": the frame word of speech not yet
    made (``unsaid_frames``) is negated, so nothing is said, now or later: hidden as "unsaid",
    as a negated speech verb is."""
    frame = _unsaid_frame(token, lexicon)
    return frame is not None and (_negated(frame) or _negated(frame.head))


def _unsaid_frame(token, lexicon: CueLexicon):
    """The frame word ("likely", "due", "set", "going") whose "to" infinitive the cue is, when it
    stands after "be" ("is due to say"; not "set out to show": an aim carried out), else None."""
    head = token.head
    if token.dep_ != "xcomp" or head.lemma_.lower() not in lexicon.unsaid_frames \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    if any(c.dep_ == "prt" for c in head.children):
        return None
    after_be = head.dep_ == "acomp" or any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in head.children)
    return head if after_be else None


def _discerns(token, lexicon: CueLexicon) -> bool:
    """ "Few can tell which ads are paid for", "it is too early to tell whether ...", "could not
    tell the difference", "tell the shirts apart": "tell" as know or distinguish. No hearer (not
    "told reporters whether ..."), and a discern_words object or adverb, or an indirect question
    after "can / could" or an adjective ("hard to tell if ..."); "she told how ..." is telling."""
    objects = [c for c in token.children if c.dep_ in ("dobj", "dative", "advmod", "prt")]
    if any(c.lemma_.lower() in lexicon.discern_words for c in objects):
        return True
    if any(c.dep_ in ("dobj", "dative") for c in objects):
        return False  # a hearer (or what is told): telling someone
    question = any(c.dep_ == "ccomp" and (c.left_edge.tag_ in ("WRB", "WP", "WDT") or any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)) for c in token.children)
    able = any(c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in token.children) or (
        token.dep_ == "xcomp" and (token.head.pos_ == "ADJ" or any(c.dep_ == "acomp" for c in token.head.children)))
    return question and able


def _imagined(token, lexicon: CueLexicon) -> bool:
    """A cue under "would / could / might" inside what another cue says ("X said parents would
    wonder why ..."): the outer speaker imagines it; the claim is the outer one."""
    if token.dep_ != "ccomp" or not any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                                        for c in token.children):
        return False
    head = token.head.lemma_.lower()
    return head in lexicon.speech_verbs or head in lexicon.clause_verbs


def _urged(token, lexicon: CueLexicon) -> bool:
    """The verb is what someone is urged, asked or told to do ("urged the club to reject the
    deal", "asked the minister to confirm"): nobody has said it (the urging is the claim). Any
    verb with an object before the infinitive makes that object its subject ("would prefer Turkey
    to admit that ...", "forced the minister to admit"): the main verb's subject says nothing,
    and whether the object did, the parse does not tell. Not after a verb of aim ("used blunt
    language to denounce X": the subject denounces)."""
    head = token.head
    return token.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and head.lemma_.lower() not in lexicon.aim_verbs \
        and any(c.dep_ in ("dobj", "dative") and c.i < token.i for c in head.children)


def _requests(token, lexicon: CueLexicon) -> bool:
    """ "urged the club to sell", "asked them to leave", "called on X to ...", "called for a
    ban": someone is asked to act, nothing is held true. With a clause ("warned that ...") the
    verb states something."""
    if token.lemma_.lower() not in lexicon.request_verbs or _said_clause(token) is not None:
        return False
    return _infinitive(token) is not None or any(c.dep_ == "prep" and c.lower_ in ("for", "on")
                                                 or (c.dep_ == "advcl" and _for_to_clause(c, token))
                                                 for c in token.children)


def _asks(token) -> bool:
    """ "asked whether ...", "wondered why ...": the verb's clause is a question (the mark is cut
    from the content, so the parse tells it, not the content's words)."""
    clause = _said_clause(token) or _asked_if_clause(token)
    if clause is None:
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children) \
        or clause.left_edge.tag_ in ("WDT", "WP", "WP$", "WRB")


def _inside_a_question(token, lexicon: CueLexicon) -> bool:
    """ "Asked whether it was fair to assume the port would close, ...", "asked how crews were
    expected to read the rules": a verb inside the wh- / "if" / "whether" clause of a
    question verb is a word of the question, and the question puts no one's claim. The asking
    verb gives the question act itself (``_asked_participle``, ``_asks``). Not a verb right
    before a colon or a quote ("Asked whether he minded he said: “...”": the parse hangs the
    answer's cue in the question when no comma ends it), nor one with no clause of its own in a
    sentence whose quote comes after it ("asked how the board proposed to act, began his reply
    with: “...”": the quote needs a cue, and the one the parse gives is kept as it was), nor one
    in a relative clause or a comma-set participle inside the question ("those who believe ..."
    hold that belief; "..., doing what critics called ..." frames the act)."""
    if _introduces_a_quote(token):
        return False
    if not any(c.dep_ == "ccomp" for c in token.children) \
            and any(t.text in _QUOTE_MARKS for t in token.doc[token.i + 1:token.sent.end]):
        return False
    below = token
    while below.head.i != below.i:
        if below.dep_ in ("relcl", "acl"):
            return False  # "wonders whether X will work for those who believe Y": a belief presumed, not asked
        if _comma_participle(below):
            return False  # "wondered whether X, doing what critics called Y": the reporter's framing
        head = below.head
        if head.lemma_.lower() in lexicon.question_verbs and below in _question_clauses(head):
            return True
        below = head
    return False


def _comma_participle(token) -> bool:
    """A subject-less participle set off by a comma ("..., doing what critics called ..."): the
    parser may hang it in a question's clause, but it frames the act, and asks nothing."""
    return token.dep_ == "advcl" and token.tag_ in ("VBG", "VBN") and token.left_edge.i > 0 \
        and token.doc[token.left_edge.i - 1].text == "," \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _introduces_a_quote(token) -> bool:
    """The verb is followed at once by a colon or a quote mark: it tags the words after it."""
    after = token.doc[token.i + 1:token.i + 3]
    return bool(after) and (after[0].text in (":",) + _QUOTE_MARKS
                            or (after[0].text == "," and len(after) > 1 and after[1].text in _QUOTE_MARKS))


def _question_clauses(verb) -> list:
    """The clauses a question verb asks: a wh- / "if" / "whether" clause after it (as
    ``_asked_words`` reads them), or one the parser hung after its object (``_asked_if_clause``)."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.i > verb.i and (
        c.left_edge.tag_ in ("WRB", "WP", "WDT") or any(m.dep_ == "mark" and m.lower_ in ("if", "whether")
                                                        for m in c.children))]
    hung = _asked_if_clause(verb)
    return clauses + ([hung] if hung is not None and hung not in clauses else [])


def _asked_if_clause(token):
    """ "asked the minister if she would resign": the parser often hangs an "if" / "whether"
    clause after a question verb's object as an adverbial clause, a condition. Right after the
    verb or its object it is what is asked (PolNeAR train, 740 articles outside the check sample:
    "ask(ed) <1-4 words> if / whether" inside a cue 25/28); a condition further on ("asked the
    court to step in if the deal fails") is not. The clause, or None. Callers check the verb."""
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    before = dobj.right_edge.i if dobj is not None else token.i
    for child in token.children:
        if child.dep_ == "advcl" and child.left_edge.i == before + 1 \
                and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in child.children):
            return child
    return None


def _asked_topic(item: Found, token, offset: int) -> bool:
    """ "asked the mayor about the flooding", "asked him about the memo", "asked about the
    leak": a question on the "about" phrase's topic (PolNeAR train outside the check sample:
    "ask(ed) <pronoun / name / the noun> about" inside a cue 11/15), put to the object if any
    (an addressee). Not the object and its topic run together as a statement. True when the
    item was set."""
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    # the parser hangs "about" on the verb or on the person asked
    heads = list(token.children) + (list(dobj.children) if dobj is not None else [])
    about = next((c for c in heads if c.dep_ == "prep" and c.lower_ == "about" and c.i > token.i
                  and any(g.dep_ == "pobj" for g in c.children)), None)
    if about is None:
        return False
    topic = _trim([t for t in about.subtree if t.i != about.i], offset)
    if topic is None:
        return False
    item.content = item.object = topic
    item.content_from = "object"
    if dobj is not None and dobj.i < about.i:
        _add_addressee(item, dobj, offset)
    return True


def _acts_on_a_thing(token) -> bool:
    """A thing after the verb as its object ("answered these questions", "answered the phone"):
    the verb acts on it; a quote or clause beside it is not what the verb says. A person
    answered ("answered him", "answered Ms Vale") is no such thing."""
    return any(c.dep_ == "dobj" and c.i > token.i and c.pos_ not in ("PRON", "PROPN") for c in token.children)


def _pointed_out(token) -> bool:
    """ "pointed out that ...", "pointed to the polls": the particle or the "to" phrase makes
    "point" a statement. A "to" phrase after a direct object moves the object ("a map that
    points visitors to the car park"): nothing is said."""
    children = list(token.children)
    if any(c.dep_ == "prt" and c.lower_ == "out" for c in children):
        return True
    to_phrase = next((c for c in children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    if to_phrase is None:
        return False
    # the moved object sits between the verb and "to" ("points visitors to"); not "pointed to X as
    # an example", nor "which critics point to"
    return not any(c.dep_ == "dobj" and token.i < c.i < to_phrase.i for c in children)


_OBLIGATION_HEADS = ("have", "need")


def _failed_or_bound(token, lexicon: CueLexicon) -> bool:
    """The verb is what someone failed to do ("let fans down by failing to reveal any details")
    or may have to do ("said Tarnwell may have to declare itself bankrupt"): nothing
    was said. Not "had to admit": with no modal, what someone had to say was said."""
    if token.dep_ != "xcomp":
        return False
    head = token.head
    if head.lemma_.lower() in lexicon.failure_verbs:
        return True
    return head.lemma_.lower() in _OBLIGATION_HEADS and any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def _generic_you(token) -> bool:
    """ "You might ask if ...": the writer's "you", anyone at all, outside a quote (inside one the
    cue is the quoted speaker's words and is never read as a claim of its own)."""
    subject = _subject(token)
    return subject is not None and subject.lower_ == "you"


def _purpose(token) -> bool:
    """The cue heads a purpose clause: "so (that) parents can understand ...", "in order that
    buyers know ...". What it would let someone know or say is an aim, not a claim. A plain
    "so" marks a purpose only with a modal ("so he said he would go" is a result)."""
    if token.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    if "lest" in marks or ("so" in marks and "that" in marks):
        return True
    if any(c.lower_ == "order" and c.dep_ in ("mark", "prep", "advmod") for c in token.children):
        return True  # "in order that ..."
    return "so" in marks and any(c.dep_ == "aux" and c.tag_ == "MD" for c in token.children)


def _explains_a_question(token, lexicon: CueLexicon) -> bool:
    """ "Explaining why the robot used wheels, X said ...": a participle with no subject of its
    own, opening a clause that hangs on another cue, whose clause is a question (why, how ...):
    the question is the topic, and what is said is the other cue's. After the cue too ("“...,”
    he wrote, explaining how the game took over his life"): the quote says it."""
    if token.dep_ != "advcl" or token.tag_ != "VBG":
        return False
    if token.i > token.head.i and (token.head.lemma_.lower() not in lexicon.speech_verbs
                                   or token.lemma_.lower() not in lexicon.explanation_verbs):
        return False  # "..., she said, emphasizing why the past matters": that it matters is said
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children):
        return False
    return any(c.dep_ in _CLAUSE_DEPS and c.left_edge.tag_ in ("WRB", "WP", "WDT") for c in token.children)


def _topic_opener(token, lexicon: CueLexicon) -> bool:
    """ "Referring to the detentions, the archbishop told reporters: ...": a participle of a
    ``to_verbs`` verb opening a sentence whose verb is a cue names what the cue speaks about."""
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.i < token.head.i \
        and token.lemma_.lower() in lexicon.to_verbs and token.head.lemma_.lower() in lexicon.speech_verbs \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children)


_CAUSATIVES = ("have", "make", "let")


def _caused(token) -> bool:
    """ "tried having a colleague describe the maps", "made him admit": a bare verb someone is
    made or had to do, no tense and no "to" of its own: an act arranged; whether it was said,
    the parse does not tell."""
    return token.dep_ in ("ccomp", "xcomp") and token.tag_ == "VB" and token.head.lemma_.lower() in _CAUSATIVES \
        and not any(c.dep_ == "aux" for c in token.children)


_LEARNING_PREPS = ("on", "upon", "after")


def _learned(token, lexicon: CueLexicon) -> bool:
    """ "on hearing he had been fined", "after learning that the plant would close": a gerund of
    hearing or learning under "on" / "upon" / "after" tells what the subject was told, the news
    the subject reacts to, not something the subject (or anyone the text names) claims."""
    return (token.lemma_.lower() in lexicon.learning_verbs and token.tag_ == "VBG" and token.dep_ == "pcomp"
            and token.head.lower_ in _LEARNING_PREPS)


# "what" and "how" are left out: "confirmed what I knew", "shows how firms shelter profits" state it
_TOPIC_WORDS = ("which", "who", "whom", "whose", "where", "when", "whether")
_DEGREE_POS = ("ADJ", "ADV")  # "how quickly", "how much": a degree asked, not a manner stated


def _degree_question(first) -> bool:
    """ "revealed how quickly the printers worked", "shows how many firms pay": "how" before the
    adjective or adverb it grades asks for a degree; it states none (round 39)."""
    return first.lower_ == "how" and first.head.i == first.i + 1 and first.head.pos_ in _DEGREE_POS


_REFLEXIVES = ("itself", "himself", "herself", "themselves", "ourselves", "myself", "yourself",
               "yourselves", "oneself")


def _reflexive_only(item: Found, token, offset: int) -> bool:
    """ "so firms can defend themselves", "to list itself on the exchange": a bare reflexive object
    that is all the content says nothing; the verb's other sense (protect, list a share) is the act.
    A phrase that completes it ("described himself as a liberal") makes the content longer."""
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lower_ in _REFLEXIVES and item.content is not None \
        and item.content == (offset + obj.idx, offset + obj.idx + len(obj))


_GOING_ON_DEPS = ("xcomp", "dobj", "prep", "advmod")  # not advcl: "he continued, adding that ..." is a tag


def _tags_a_quote(token) -> bool:
    """ "“...,” he continued", "The statement continued: “...”": a verb that is speech only as a
    quote's tag (``quote_only_verbs``) needs a colon after it or a quote in its sentence, and no
    infinitive, object or phrase after it that tells what went on ("continued to be a nuisance",
    "continued outside", "continues with its reform"); "he continued, adding that ..." is a tag."""
    if any(c.text == ":" and c.i > token.i for c in token.children):
        return True
    if any(c.dep_ in _GOING_ON_DEPS and c.i > token.i for c in token.children):
        return False
    return any(mark in token.sent.text for mark in _QUOTE_MARKS)


def _shown_by_a_deed(token, lexicon: CueLexicon) -> bool:
    """ "confirmed their form by winning a final", "proved his worth by scoring twice": a
    ``deed_verbs`` verb whose "by" takes the gerund of a verb that is no speech or belief shows a
    thing by an act; nothing is said ("confirmed it by saying ..." stays a claim)."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "by":
            continue
        for gerund in prep.children:
            lemma = gerund.lemma_.lower()
            if gerund.dep_ in ("pcomp", "pobj") and gerund.tag_ == "VBG" and lemma not in lexicon.speech_verbs \
                    and lemma not in lexicon.clause_verbs:
                return True
    return False


def _points_at_a_place(token, lexicon: CueLexicon) -> bool:
    """ "pointed to the spot", "pointed to the centre-circle": a "to" phrase whose noun is a place a
    hand points at (``gesture_nouns``) is a gesture, no point made (round 39)."""
    return any(prep.dep_ == "prep" and prep.lower_ == "to" and any(
        noun.dep_ == "pobj" and noun.lemma_.lower() in lexicon.gesture_nouns for noun in prep.children)
        for prep in token.children)


_TITLE_SKIP_TAGS = ("CD",)  # "world number one Roger Federer"


def _title_participle(token) -> bool:
    """ "Defending champion and top seed X rallied", "while defending champion Y faces Z": a
    participle before a bare singular noun (no article, no owner) that runs straight on into a
    name is that name's title, no act of speech (round 39); "Defending the plans, he said" has
    its article and its comma."""
    if token.tag_ != "VBG":
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.tag_ != "NN" or obj.i != token.i + 1 \
            or any(c.dep_ in ("det", "poss", "nummod") for c in obj.children):
        return False
    after = obj.right_edge.i + 1
    doc = token.doc
    while after < len(doc) and doc[after].tag_ in _TITLE_SKIP_TAGS:
        after += 1
    return after < len(doc) and doc[after].tag_ == "NNP"


def _hedged_noun(token, lexicon: CueLexicon) -> bool:
    """ "4bn dollars thought to be held in a fund", "others believed to be in the race": a bare
    passive participle of ``passive_infinitive_cues`` with its infinitive and no "be" of its own
    is the reporter's hedge on the noun before it, no source's claim (round 39). "He is thought
    to be ..." (with its "is") stays an unsourced claim."""
    if token.tag_ not in ("VBN", "VBD") or token.lemma_.lower() not in lexicon.passive_infinitive_cues:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    lemma = token.lemma_.lower()
    if token.tag_ == "VBD" and (lemma not in lexicon.clause_verbs or lemma in lexicon.infinitive_clause_verbs
                                or any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in token.children)):
        # the tagger may read "money thought to be held" as a past tense with the money as its
        # subject; a verb of belief holds nothing with a bare "to" ("thought to be" is a passive
        # then), unlike "claimed to be" (speech) or "pledged to" (infinitive_clause_verbs)
        return False
    return any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in token.children)


def _tells_a_topic(token, lexicon: CueLexicon) -> bool:
    """ "revealed which nominees they would prefer", "announced who will coach the side": after a
    verb of making known (``topic_verbs``), a clause that is an indirect question names what was
    made known, not what it is; no proposition is attributed. Not a quote ("announced: “Who
    ...?”"), nor a free relative subject ("revealed where it was hidden was a cellar")."""
    clause = _said_clause(token)
    if clause is None or clause.i < token.i or token.lemma_.lower() not in lexicon.topic_verbs:
        return False
    if any(c.dep_ in ("csubj", "csubjpass") for c in clause.children):
        return False
    first = next((t for t in clause.subtree if not t.is_space), None)
    return first is not None and (first.lower_ in _TOPIC_WORDS or _degree_question(first)) \
        and not any(t.is_punct for t in token.doc[token.i + 1:first.i])


def _bare_participle(token) -> bool:
    """A participle opening an adverbial clause with no subject or auxiliary of its own ("Asked
    what it meant, she said ...", "When asked whether ..."). The tagger sometimes reads a
    sentence-initial "Asked" as a past tense; a finite past verb always has its own subject."""
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "expl") for c in token.children):
        return False
    return token.tag_ == "VBN" or (token.tag_ == "VBD" and token.i < token.head.i)


def _inverted_cue(token, sent, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "Stated Clinton: “...”" — a sentence that opens with the verb, which the tagger often
    reads as part of the name; the words said follow the colon."""
    first = next((t for t in sent if not t.is_space), None)
    if first is None or token.i != first.i or token.lower_ not in lexicon.inverted_cues:
        return None
    words = []
    for following in sent[token.i - sent.start + 1:]:
        if following.text == ":":
            break
        if following.is_punct or len(words) >= _MAX_INVERTED_SPEAKER:
            return None
        words.append(following)
    else:
        return None
    if not words:
        return None
    item = Found(_span(token, offset), lexicon.speech_verbs.get(lexicon.inverted_cues[token.lower_], "assert"),
                 "indirect", sentence, colon=True)
    _speaker_from_phrase(item, words[-1], offset, lexicon)
    item.speaker = _trim(words, offset)
    return item


def _clause_after_own_infinitive(token, clause) -> bool:
    """The parser hung a clause on the cue past the cue's own infinitive and a coordinator
    ("has chosen to retire and, though ..., it is believed that ..."): the clause is the
    next conjunct of the sentence, not what the verb holds true."""
    infinitive = _infinitive(token)
    if infinitive is None or not infinitive.i < clause.i:
        return False
    return any(c.dep_ == "cc" and infinitive.i < c.i < clause.i for c in token.children)


def _stated_clause(clause) -> bool:
    """A clause a belief can hold true: finite ("believes he was right") or opened by "that";
    not an open question ("decide whether ...") nor a small clause ("found it hard to ...")."""
    marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
    if marks & {"whether", "if"}:
        return False
    if clause.left_edge.tag_ in ("WP", "WP$", "WRB", "WDT") and clause.left_edge.i > clause.head.i \
            and any(c.dep_ == "prt" and c.lower_ == "out" for c in clause.head.children):
        return False  # "to find out what it knew": a question asked, nothing held true
    if clause.left_edge.tag_ == "WP" and clause.left_edge.i > clause.head.i and "that" not in marks:
        return False  # "usually find what they were looking for": a thing found, no proposition
    opener = _opener_past_adverbs(clause)
    if opener is not None and opener.tag_ == "WP" and opener.i > clause.head.i and "that" not in marks:
        return False  # "knew exactly what they were doing": the rule above past an adverb, no proposition
    if "that" not in marks and _object_read_as_subject(clause):
        return False  # "found five other people who were keen and the band was born": people found
    if "that" in marks or clause.tag_ in _FINITE_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in clause.children):
        return True
    # "expects the vote to pass": an infinitive with a subject of its own
    return clause.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


def _opener_past_adverbs(clause):
    """The clause's first word after any adverbs that open it ("exactly what", "just where")."""
    return next((t for t in clause.subtree if not t.is_space and t.tag_ != "RB"), None)


_SINGULAR_FINITES = ("VBZ",)
_COUNTING_WORDS = ("other", "several", "many", "some", "few", "more")  # "found five other people"
_SINGULAR_AUX = ("was", "is", "has", "does", "'s")


def _object_read_as_subject(clause) -> bool:
    """A clause with no "that" whose first subject is a plural noun but whose verb is singular:
    the parser has made the verb's object ("found five other people who were keen") the subject
    of a later clause ("... and the band was born"). What was found is a thing or people, no
    proposition. (Two subjects alone are no sign: a sentence run on after "A$431m." gives two.)"""
    subjects = sorted((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), key=lambda c: c.i)
    if not subjects or subjects[0].tag_ not in ("NNS", "NNPS"):
        return False
    if not any(c.dep_ == "nummod" or c.lower_ in _COUNTING_WORDS for c in subjects[0].children):
        return False  # "believes the data is wrong": a plural word a singular verb may agree with
    finite = [clause] + [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    return any(t.tag_ in _SINGULAR_FINITES or t.lower_ in _SINGULAR_AUX for t in finite)


def _open_question(token) -> bool:
    """The verb's clause asks rather than states: "whether ...", "if ..."."""
    return any(c.dep_ in _CLAUSE_DEPS and any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
               for c in token.children)


_POSSIBILITY_MODALS = ("can", "could", "may", "might")


def _only_possible(token) -> bool:
    """ "Victims can find that their account has been emptied", "some may think that ...": a
    belief or finding someone could come to, in the writer's words; nobody holds it."""
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBILITY_MODALS for c in token.children)


def _obliged(token) -> bool:
    """ "need to recognise that", "should accept that", "must understand": what someone ought to
    believe, in the writer's view; not what they believe."""
    return (token.dep_ == "xcomp" and token.head.lemma_.lower() in ("need", "have", "ought")) or any(
        c.dep_ == "aux" and c.lower_ in ("should", "must") for c in token.children)


def _aimed_at(token, lexicon: CueLexicon) -> bool:
    """A belief someone is to bring about, not one held: an infinitive of purpose ("used the
    figures to prove that ...", ``aim_verbs``) or a bare verb in what someone demands ("demanded
    that every trader prove that ...", ``mandate_verbs``: no tense of its own, no auxiliary)."""
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    head = token.head.lemma_.lower()
    if token.dep_ in ("advcl", "xcomp") and head in lexicon.aim_verbs and any(a.lower_ == "to" for a in auxiliaries) \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return True
    return token.dep_ == "ccomp" and head in lexicon.mandate_verbs and token.tag_ in ("VB", "VBP") and not auxiliaries


def _denied(token, lexicon: CueLexicon) -> bool:
    """ "denied she planned to retire": a belief inside what is denied is not held."""
    head = token.head
    return token.dep_ in _CLAUSE_DEPS and head.lemma_.lower() in lexicon.speech_verbs and \
        lexicon.speech_verbs[head.lemma_.lower()] == "deny"


def _omits(token, lexicon: CueLexicon) -> bool:
    """ "did not say where / how much / whether ...": the report notes a detail the source left out; only
    "would not say" or "declined to say" is a refusal. A negated comment verb with "do" and no
    modal, whose clause opens with a wh-word; or an omission verb with "do" or "have" and no
    modal ("has not confirmed a date", "did not disclose that ..."): not confirming is no
    refusal unless someone was asked, and "would not confirm" says so."""
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if any(c.tag_ == "MD" for c in token.children):
        return False
    if token.lemma_.lower() in lexicon.omission_verbs and auxiliaries & {"did", "does", "do", "has", "have", "had"}:
        return True
    if not auxiliaries & {"did", "does", "do", "has", "have", "had"}:
        return False
    # "did not say where ...", "has not said if / whether ...": an open question left unanswered
    # (round 27: "has not said" too; "does not say just how many" past the adverb)
    return any(c.dep_ in _CLAUSE_DEPS and _asks_with_a_wh_word(c) for c in token.children) \
        or _open_question(token)


def _asks_with_a_wh_word(clause) -> bool:
    """The clause opens with a wh-word, after any adverb: "where ...", "just how many ..."."""
    first = next((t for t in clause.subtree if t.pos_ != "ADV" or t.tag_ == "WRB"), None)
    return first is not None and first.tag_ in ("WRB", "WP", "WDT")


def _promised_silence(token, lexicon: CueLexicon) -> bool:
    """ "had agreed not to discuss it", "were told not to comment": a silence someone undertakes
    or is ordered to keep (``commitment_verbs``), not a question put and refused."""
    return token.dep_ in ("xcomp", "ccomp") and token.head.lemma_.lower() in lexicon.commitment_verbs \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _says_a_formula(token) -> bool:
    """ "could not say sorry", "did not say goodbye": what is not said is a set phrase (an
    adjective or an interjection), not a comment on anything."""
    return any(c.dep_ in ("acomp", "intj", "oprd") or (c.dep_ == "dobj" and c.pos_ in ("ADJ", "INTJ"))
               for c in token.children)


_CONDITIONS = ("if", "unless")
_MODALS = ("would", "could", "might", "should")


def _hypothetical(token) -> bool:
    """A denial or refusal that was not made: under "if" / "unless" ("if they deny the report"),
    in an inverted condition ("had he denied the charge", "should she refuse to comment"), or
    under a past modal ("would have denied", "it would have been better to have rejected")."""
    chain = [token]
    while chain[-1].dep_ in ("xcomp", "conj", "acomp") and len(chain) < 4:
        chain.append(chain[-1].head)
    for verb in chain:
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
            return True
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if auxiliaries & set(_MODALS) and "have" in auxiliaries:
            return True
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i == 0:
        return False
    before = token.doc[subject.left_edge.i - 1]
    # the tagger often reads an inverted "had he denied" as a past tense (VBD)
    return (before.lower_ == "had" and token.tag_ in ("VBN", "VBD")) or (before.lower_ == "should" and token.tag_ == "VB")


def _writer_judgement(token) -> bool:
    """A speech verb with no subject of its own under "it" + an adjective ("it is hard to deny
    that ...", "this makes it impossible to dismiss X as ..."): the writer weighs what could be
    said; nobody says it. "He was quick to deny" has a speaker, not "it"."""
    if token.dep_ not in ("xcomp", "advcl", "ccomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    head = token.head
    adjective = head.pos_ == "ADJ" or any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in head.children)
    return adjective and any(c.lower_ == "it" and c.dep_ in ("nsubj", "expl", "nsubjpass") for c in head.children)


def _extraposed_judgement(token, subject, lexicon: CueLexicon) -> bool:
    """A cue verb with no subject of its own hung on a word of judgement (``judgement_words``)
    that an empty "it" + "be" holds, or on that "be": "it is too early to say how ...", "it is
    worth remembering that ...", "it's a myth to think ...". The writer weighs what could be
    said; the "it" (the cue's found subject) is no firm that says anything. _writer_judgement
    sees only speech verbs on "be" with an adjective, not the verb the parser hangs on the word
    itself nor verbs of thinking or remembering. Words a subject can be ("it was keen / quick /
    reluctant to say": the firm was) are not in the table."""
    if subject is None or subject.lower_ != "it" or token.dep_ not in ("xcomp", "advcl") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children):
        return False
    word = token.head
    if word.lemma_.lower() == "be":  # "it's a myth to think": the verb on "is", the noun its attr
        word = next((c for c in word.children if c.dep_ in ("attr", "acomp")), word)
    if word.lemma_.lower() not in lexicon.judgement_words or word.dep_ not in ("acomp", "attr", "advmod"):
        return False
    copula = word.head
    return copula.lemma_.lower() == "be" and subject.head.i == copula.i


def _empty_it_comment(token, subject, lexicon: CueLexicon) -> bool:
    """ "It just goes to show that ...": the cue is the "to" infinitive after a verb whose "it"
    subject is empty (``empty_it_verbs``), with no subject of its own — the article's comment
    on what came before; the "it" is no firm or person that shows anything, so no claim."""
    verb = token.head
    return subject is not None and subject.lower_ == "it" and token.dep_ in ("xcomp", "advcl") \
        and verb.lemma_.lower() in lexicon.empty_it_verbs and verb.i < token.i and subject.head.i == verb.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _reported_verdict(token, lexicon: CueLexicon) -> bool:
    """The cue is the infinitive of a verdict adjective ("was wrong to dismiss", "right to
    reject") inside what another cue reports: the reporter's speaker judges an act; the one who
    dismissed is not quoted. Only with no clause: "said X was wrong to say that ..." still
    reports what X said. Alone ("He was right to deny it") the writer may still record a denial."""
    if token.dep_ != "xcomp" or any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    head = token.head
    adjective = head if head.pos_ == "ADJ" else next(
        (c for c in head.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
    if adjective is None or adjective.lemma_.lower() not in lexicon.verdict_adjectives:
        return False
    verb = adjective.head if adjective is head else head
    return verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX")


def _pictured(token, lexicon: CueLexicon) -> bool:
    """ "The film shows the leader laughing", "footage showed him being led away": a picture
    (``picture_nouns``; a relative pronoun stands for its noun) that shows an object or a
    participle depicts it; a reader sees no one's claim, PolNeAR marks some ("video shows him
    with his hands in the air"), so it is a hidden "finding". With "that" ("the footage shows
    that he was armed") or a tensed clause it stays a statement."""
    subject = _subject(token)
    if subject is None:
        return False
    antecedent = _relative_antecedent(subject)
    head = subject if antecedent is None else antecedent
    if head.lemma_.lower() not in lexicon.picture_nouns and head.lower_ not in lexicon.picture_nouns:
        return False
    if _unmade_recording(head, lexicon):
        return True  # "television pictures showed that he dived": a machine's record, no speaker (round 49)
    if any(c.dep_ == "mark" or _is_that_clause(c) for c in token.children):
        return False
    clauses = [c for c in token.children if c.dep_ in _CLAUSE_DEPS]
    # "shows Mr X laughing at ...": the parser makes the participle a clause with X as its subject
    return all(c.tag_ in ("VBG", "VBN") for c in clauses)


def _unmade_recording(picture, lexicon: CueLexicon) -> bool:
    """ "Television pictures", "CCTV footage", "security camera images": a picture a machine
    recorded (``recording_sources`` before its noun) with no maker named beside it ("BBC
    television pictures", "its CCTV footage", "footage released by the police") states nothing
    of anyone's: what it shows is the reporter's reading, as numbers with no body behind them."""
    before = [t for t in picture.subtree if t.i < picture.i]
    sources = [t for t in before if t.lower_ in lexicon.recording_sources or t.lemma_.lower() in lexicon.recording_sources]
    if not sources:
        return False
    if any(t.dep_ == "poss" or (t.pos_ == "PROPN" and t not in sources) for t in before):
        return False  # "BBC television pictures", "its CCTV footage": the maker is named
    for child in picture.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of") and _names_body(child, lexicon):
            return False  # "footage from the Kemari army"
        if child.dep_ == "acl" and any(g.dep_ == "agent" for g in child.children):
            return False  # "footage released by the police"
    return True


def _rejects_hearsay(token, lexicon: CueLexicon) -> bool:
    """ "played down reports that ...", "brushed aside claims", "rubbished suggestions": a verb
    and its particle (``rejection_phrases``) that turn down something said, with one of
    ``hearsay_nouns`` as its object. "played down his injury", "brushed aside Clyde": no claim."""
    lemma = token.lemma_.lower()
    particles = [c.lower_ for c in token.children if c.dep_ in ("prt", "advmod") and c.i > token.i]
    if not any(phrase in lexicon.rejection_phrases for phrase in [lemma] + [f"{lemma} {p}" for p in particles]):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False  # "moved / tried to play down reports": an attempt told, the words not given
    if _not_yet_said(token, lexicon):
        return False  # "hoped X would sign and played down ...": the parse hangs it under another's modal
    noun = _denial_object(token) or _claims_read_as_a_verb(token, lexicon)
    return noun is not None and noun.lemma_.lower() in lexicon.hearsay_nouns


def _claims_read_as_a_verb(token, lexicon: CueLexicon):
    """ "derided Tory claims they could ...": the parser reads the plural noun as a verb ("Tory"
    its subject) and makes it the clause of the rejecting verb, which takes no clause. The word
    is the object when it is a present "-s" form of a ``hearsay_nouns`` word right after its own
    subject's words, which follow the verb (round 59)."""
    for clause in token.children:
        if clause.dep_ != "ccomp" or clause.i < token.i or clause.tag_ != "VBZ" \
                or clause.lemma_.lower() not in lexicon.hearsay_nouns:
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subject is not None and subject.left_edge.i == token.i + 1 and subject.i == clause.i - 1 \
                and subject.pos_ in ("PROPN", "ADJ", "NOUN"):
            return clause
    return None


def _in_a_title(token) -> bool:
    """ "Do They Know It's Christmas, featuring ..., held on", "the song Say It Loud": a verb
    written with a capital inside running prose, after or before another capitalized word, is a
    word of a title (a song, a film, a book), nobody's speech. Not in a sentence whose long words
    are all capitalized (a title-case headline, where "Minister Says ..." is speech); after a quote
    mark or a colon, which open speech ("“Tell them,” she said"), only before a capitalized
    word that is not a name ("“Tell Tony ...”" is speech)."""
    if token.i == token.sent.start or not token.text[:1].isupper() or token.text.isupper():
        return False
    if not any(t.is_alpha and t.is_lower and len(t) > 3 for t in token.sent):
        return False
    doc = token.doc
    before = doc[token.i - 1]
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    title_after = after is not None and after.is_alpha and after.text[:1].isupper() and after.pos_ != "PROPN"
    if before.is_punct or before.is_space:
        return before.text in _QUOTE_MARKS + ("‘", "'") and title_after
    return before.text[:1].isupper() or title_after


def _depicted(token) -> bool:
    """ "show" / "display" passive with a participle ("is shown jumping out of a car", "the
    actor shown leaving"): what a picture depicts, no statement. With an object ("a poll shows
    her leading") it is a finding."""
    if any(c.dep_ in ("mark", "dobj") or _is_that_clause(c) for c in token.children):
        return False  # "showed that ...", "a poll shows her leading": a finding stated
    return any(c.tag_ == "VBG" and c.dep_ in ("xcomp", "advcl", "oprd") and not any(
        g.dep_ in ("nsubj", "mark") for g in c.children) for c in token.children)


def _withheld(token, lexicon: CueLexicon) -> bool:
    """ "did not deny", "refused to deny", "failed to deny", "would not reject": the verb is
    negated, or is what someone declined or failed to do."""
    if token.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in token.head.children):
        return True  # "confirm or deny", "neither confirm nor deny"
    if _negated(token) or _not_yet(token) or (token.dep_ in ("xcomp", "conj") and _not_yet(token.head)):
        return True
    head = token.head
    return token.dep_ == "xcomp" and (head.lemma_.lower() in lexicon.decline_verbs | lexicon.failure_verbs
                                      or _negated(head))


def _denies_a_person(token, lexicon: CueLexicon) -> bool:
    """A denial verb whose object is a name, a personal pronoun or a player or side ("the keeper
    denied the striker") and that has no clause."""
    if any(c.dep_ in _CLAUSE_DEPS for c in token.children):
        return False
    return any(c.dep_ in ("dobj", "dative") and (c.pos_ == "PROPN" or c.lower_ in _PERSONAL_OBJECTS
                                                 or c.lemma_.lower() in lexicon.kept_from_nouns)
               for c in token.children)


def _not_yet(token) -> bool:
    """ "have yet to deny", "never denied" """
    return any(c.lower_ in ("yet", "never") and c.dep_ in ("advmod", "neg") for c in token.children)


def _yet_to_come(token, lexicon: CueLexicon) -> bool:
    """ "(date) to be confirmed", "the owners are to ask the buyer to pay": an infinitive of what
    is still to be said, passive with no subject of its own, or after "be" whose subject is
    someone ("the minister is to announce"; not "his best response was to say": what he said)."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    if not to:
        return False
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon.forecast_cues \
            and any(c.dep_ == "auxpass" for c in token.head.children):
        return True  # "X is expected to be told / to announce": a forecast of speech (``_forecast``)
    if any(c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ in ("nsubj", "nsubjpass")
                                                                    for c in token.children):
        return token.dep_ not in ("xcomp",) or token.head.lemma_.lower() in ("be",)
    if token.dep_ != "xcomp" or token.head.lemma_.lower() != "be" \
            or any(c.dep_ in ("acomp", "attr") for c in token.head.children):
        return False  # "had been wrong to dismiss concerns": it was dismissed
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.pos_ == "PROPN" or subject.tag_ == "NNS"
                                    or subject.lemma_.lower() in lexicon.anonymous_nouns)


def _expletive_passive(token) -> bool:
    """ "It is expected that ...", "it had been expected the bank would ...": an agentless passive
    whose subject is the empty "it"; nobody is named for the expectation."""
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    return subject is not None and subject.lower_ == "it" and any(c.dep_ == "auxpass" for c in token.children) \
        and not any(c.dep_ == "agent" for c in token.children)


def _future(token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in token.children)


def _takes_a_thing(token, lexicon: CueLexicon) -> bool:
    """The verb's object is a prize ("claimed the title"), a security a market lists ("lists
    stocks": ``listing_verbs`` with ``listed_nouns``), a deed done again ("repeated their
    success": ``repeating_verbs`` with ``deed_nouns``), an act received ("acknowledged the
    apology": ``_receives_an_act``), or the verb has a person to whom a thing is shown or given
    ("showed the boy pictures"): no statement."""
    if _prize_object(token, lexicon):
        return True
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if dobj is not None and token.lemma_.lower() in lexicon.listing_verbs and dobj.lemma_.lower() in lexicon.listed_nouns:
        return True  # "a market which lists stocks": shares put up for trading, nothing said (round 52)
    if dobj is not None and token.lemma_.lower() in lexicon.repeating_verbs and dobj.lemma_.lower() in lexicon.deed_nouns:
        return True  # "repeated their success", "repeat the feat": a deed done again, nothing said (round 67)
    if dobj is not None and _receives_an_act(token, dobj, lexicon):
        return True  # "acknowledged the apology", "acknowledged the applause": an act received (round 69)
    return dobj is not None and any(c.dep_ == "dative" for c in token.children) and \
        token.lemma_.lower() not in ("tell", "ask", "assure", "inform", "promise", "warn", "remind", "teach")


def _receives_an_act(token, dobj, lexicon: CueLexicon) -> bool:
    """ "acknowledged the apology / the applause / the crowd": a verb of ``receiving_verbs`` whose
    object is an act done to the subject or those who did it (``received_act_nouns``) takes that
    act in, as a nod or a reply; nothing is held true. Read on the word ("thanks", "cheers")
    and its lemma ("apologies")."""
    if token.lemma_.lower() not in lexicon.receiving_verbs:
        return False
    return dobj.lower_ in lexicon.received_act_nouns or dobj.lemma_.lower() in lexicon.received_act_nouns


def _strikes(token, lexicon: CueLexicon) -> bool:
    """ "blasted the ball home", "slammed well over the bar", "slammed his racket onto the
    ground", "blasts an ace": a verb of hitting hard (``strike_verbs``) speaks of words only
    with a target of criticism; with a stroke as its object (``stroke_nouns``) or a word of
    motion after it (``motion_words``: over, past, into, home ...) it is the blow itself.
    "lashed out at the ruling" keeps its "out" and "at"."""
    for child in token.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in lexicon.stroke_nouns:
            return True
        if child.dep_ in ("prt", "advmod", "prep") and child.lower_ in lexicon.motion_words:
            return True
        if child.dep_ == "advmod" and any(c.dep_ == "prep" and c.lower_ in lexicon.motion_words for c in child.children):
            return True  # "slammed well over the bar"
    return False


def _prize_object(token, lexicon: CueLexicon) -> bool:
    """The verb's object (or the object's apposition) is one of ``prize_nouns`` ("claimed the
    titles"), with no second object or predicate after it ("calls her record a blueprint")."""
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if dobj is None:
        return False
    # "defend her indoor ABC 800m title": the parser may make the name the object, the prize its apposition
    named = [dobj] + [c for c in dobj.children if c.dep_ == "appos"]
    return any(n.lemma_.lower() in lexicon.prize_nouns for n in named) \
        and not any(c.dep_ in ("oprd", "dobj") and c.i > dobj.i for c in token.children)


def _prize_after_hung_clause(token, item: "Found", offset: int, lexicon: CueLexicon) -> bool:
    """ "A was fifth in the 400m. They claimed the relay trophies.": when the model runs two sentences
    into one, it may hang the first on the second's verb as its clause. A verb whose object is a
    prize names a result; a clause that ends before the verb, outside quotes, is the sentence
    before, nobody's claim. A quote before the cue ("'We deserved it,' they claimed the title
    ...") is left to the quote joining."""
    if item.clause is None or item.clause[1] > offset + token.idx or not _prize_object(token, lexicon):
        return False
    words = token.doc.text[item.clause[0] - offset:item.clause[1] - offset].strip()
    return not any(q in words[:1] + words[-2:] for q in _QUOTE_MARKS)


def _prize_read_as_clause(token, lexicon: CueLexicon) -> bool:
    """ "claimed only their second ever win": the parser may read the prize as a clause whose
    verb is "win" and whose subject is the ordinal ("second"). A clause verb among
    ``prize_nouns`` with an adjective or a number as its only subject is that noun phrase: a
    result, nothing said ("claimed Smith won" has a name as its subject and stays)."""
    for verb in token.children:
        if verb.dep_ != "ccomp" or verb.lemma_.lower() not in lexicon.prize_nouns:
            continue
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) == 1 and subjects[0].pos_ in ("ADJ", "NUM"):
            return True
    return False


def _announces_a_plan(token, lexicon: CueLexicon) -> bool:
    """ "announced a study / a freeze / the date": the object is a plan or an act, not a claim."""
    if token.lemma_.lower() not in lexicon.plan_verbs:
        return False
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return dobj is not None and (dobj.lemma_.lower() in lexicon.plan_nouns or dobj.lemma_.lower() in lexicon.proposal_nouns
                                 or dobj.lower_ in lexicon.plan_nouns)


def _rejects_a_proposal(token, lexicon: CueLexicon) -> bool:
    """ "rejected the offer / the bid / the plan": what is rejected is a proposal, not a claim;
    "rejected suggestions that X was slow" holds a claim (a "that" clause) all the same, and so
    does "dismissed a suggestion the move was a ploy" (a clause with no "that", round 52). Only
    a verb that can turn a thing down (``claim_object_verbs``: reject, dismiss) rejects a
    proposal: "denied suggestions he would quit", "denied any such agreement" say it is not so."""
    if token.lemma_.lower() not in lexicon.claim_object_verbs:
        return False
    nouns = [n for n in (_headline_noun(token), _denial_object(token)) if n is not None]
    return any(n.lemma_.lower() in lexicon.proposal_nouns and not _holds_a_that_clause(n)
               and not _holds_a_bare_clause(n, lexicon) for n in nouns[:1])


_NORM_MODALS = ("should", "ought", "must")


def _rejects_a_norm(token, lexicon: CueLexicon) -> bool:
    """ "rejected the claim that there should be a presumption of access", "dismissed calls that
    he must resign": what is rejected says what ought to be, a proposal by another name; turning
    it down is a position, not a denial of a fact. Only "reject" / "dismiss"."""
    if token.lemma_.lower() not in lexicon.claim_object_verbs:
        return False
    noun = _denial_object(token)
    # the parse may hang the noun's clause on a word of the noun phrase ("the claim made by X that ...")
    holders = [c for c in (noun.subtree if noun is not None else ()) if c.dep_ in ("acl", "ccomp", "advcl")]
    holders += [c for c in token.children if c.dep_ in _CLAUSE_DEPS or _is_that_clause(c)]
    return any(any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and any(a.dep_ == "aux" and a.lower_ in _NORM_MODALS for a in c.children) for c in holders)


def _headline_noun(token):
    """ "Mayor rejects toll rise calls": a headline's bare noun phrase the parser read as a clause
    whose verb is its last word ("calls"); that word is the object, not a verb of a claim."""
    bare = next((c for c in token.children if c.dep_ == "xcomp" and c.tag_ in ("VBP", "VBZ", "VB")
                 and c.i == token.i + 1 and not any(g.dep_ in ("aux", "nsubj", "mark") for g in c.children)), None)
    if bare is not None:
        return bare  # "Rebels reject rethink on X": a bare noun right after the cue read as its verb
    clause = next((c for c in token.children if c.dep_ in _CLAUSE_DEPS), None)
    if clause is None:
        # "Mayor rejects union pay offer": the last noun read as a verb hung on the cue ("dep")
        last = max((t for t in token.subtree if not (t.is_space or t.is_punct)), key=lambda t: t.i)
        loose = last.dep_ == "dep" and last.head.i == token.i and last.tag_ in ("VBZ", "VBP") \
            and not any(True for _ in last.children)
        return last if loose and any(c.dep_ == "dobj" and c.i == last.i - 1 for c in token.children) else None
    if clause.tag_ not in ("VBZ", "VBP") or clause.i != max(t.i for t in clause.subtree if not t.is_space):
        return None
    if clause.tag_ == "VBP" and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children):
        return None  # "denies they cheat": a pronoun's verb is a clause; "Tory terror offer" is a noun
    if any(c.dep_ not in ("nsubj", "compound", "amod", "det", "dep") for c in clause.children):
        return None  # an auxiliary, an object, a "that": a real clause
    return clause


def _denial_object(token):
    """What a denial verb denies as a noun: its object, or its passive subject ("the claims
    were rejected")."""
    return next((c for c in token.children if c.dep_ == "dobj"), None) or \
        next((c for c in token.children if c.dep_ == "nsubjpass"), None)


def _holds_a_that_clause(noun) -> bool:
    """ "the suggestion that X was slow": the noun carries what is held false."""
    return any(c.dep_ in ("acl", "ccomp", "advcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               for c in noun.children)


# what a full clause needs after its verb to say something: an object, a predicate, a clause
_CLAUSE_COMPLEMENTS = ("dobj", "attr", "acomp", "oprd", "xcomp", "ccomp")


def _holds_a_bare_clause(noun, lexicon: CueLexicon) -> bool:
    """ "suggestions there will be a giveaway", "a suggestion the move was a ploy": a claim noun
    (``claim_nouns``) whose "that" is left out carries what is held false in a clause with its
    own subject and its verb's complement (or a passive). "the suggestion he made" is a relative
    clause with its object gone: no such clause (round 52)."""
    if noun.lemma_.lower() not in lexicon.claim_nouns:
        return False
    for clause in noun.children:
        if clause.dep_ not in ("acl", "ccomp", "relcl") or clause.i < noun.i:
            continue
        children = list(clause.children)
        if any(g.tag_ in ("WDT", "WP", "WRB") or g.dep_ == "mark" for g in children):
            continue  # "the suggestion which he made", "questions about whether ..."
        subject = next((g for g in children if g.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subject is None or subject.i > clause.i:
            continue
        if subject.dep_ in ("nsubjpass", "expl") or any(g.dep_ in _CLAUSE_COMPLEMENTS for g in children):
            return True
    return False


def _rejects_no_claim(token, item: Found, lexicon: CueLexicon) -> bool:
    """ "rejected the aid": "reject" and "dismiss" deny only something said (a claim noun, a
    "that" clause) or a challenge that stands for it ("dismissed questions about X", "its
    influence": ``challenge_nouns``, round 52); a thing or an act is turned down."""
    if token.lemma_.lower() not in lexicon.claim_object_verbs or item.clause is not None:
        return False
    if _called_irrelevant(token, lexicon):
        return True  # "dismissed the claim as old news": set aside, not said to be false
    noun = _denial_object(token)
    if noun is None or noun.pos_ == "PRON":
        return False  # "dismissed it as nonsense": what "it" is, the parse does not say
    if noun.lemma_.lower() in lexicon.claim_nouns or noun.lemma_.lower() in lexicon.challenge_nouns \
            or _holds_a_that_clause(noun) or _called_false(token, lexicon):
        return False
    # "rejected Ana's contention the team dominated": a finite clause on the noun says what is held
    return not any(c.dep_ in ("acl", "ccomp", "relcl") and c.tag_ in ("VBD", "VBZ", "VBP") and c.i > noun.i
                   and not any(g.tag_ in ("WDT", "WP") for g in c.children) for c in noun.children)


def _turns_down_a_thing(token, item: Found, lexicon: CueLexicon) -> bool:
    """ "rejected the aid", "rejected any tariff increases", "rejected the chance to coach": a
    thing turned down as "rejected the offer" is (``_rejects_a_proposal``), a position with
    nothing held true (round 52). Not a ruling ("the court rejected ...") and not "dismissed X
    as Y", which calls X something: a statement of its own."""
    if not _rejects_no_claim(token, item, lexicon) or _rules(token, lexicon) or _rejects_a_norm(token, lexicon):
        return False
    return not any(word.dep_ == "prep" and word.lower_ == "as" and word.i > token.i for word in token.subtree)


def _called_false(token, lexicon: CueLexicon) -> bool:
    """ "dismissed the research as rubbish": an "as" phrase that calls the object false."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            words = " ".join(t.lower_ for t in child.subtree).strip(" \"'“”")
            if any(w in words.split() or (" " in w and w in words) for w in lexicon.falsity_words):
                return True
    return False


def _called_irrelevant(token, lexicon: CueLexicon) -> bool:
    """ "dismissed the claim as old news", "... as a distraction": an "as" phrase anywhere in the
    verb's words (the parser may hang it inside the object) that calls the object beside the
    point, not false."""
    for word in token.subtree:
        if word.dep_ == "prep" and word.lower_ == "as" and word.i > token.i:
            words = " ".join(t.lower_ for t in word.subtree).strip(" \"'“”")
            if any(w in words.split() or (" " in w and w in words) for w in lexicon.irrelevance_words):
                return True
    return False


def _rules(token, lexicon: CueLexicon) -> bool:
    """ "the court rejected the claim", "a tribunal dismissed ...": a body that judges rules on
    a case; it does not deny a fact."""
    if token.lemma_.lower() not in lexicon.claim_object_verbs:
        return False
    subject = _subject(token)
    return subject is not None and subject.lemma_.lower() in lexicon.ruling_bodies


def _withholds_a_grant(token, lexicon: CueLexicon) -> bool:
    """ "denied access", "was denied bail", "denied them the space": "deny" with a thing one
    gives and no clause withholds it; no statement is made."""
    if token.lemma_.lower() != "deny" or any(c.dep_ in _CLAUSE_DEPS or _is_that_clause(c) for c in token.children):
        return False
    noun = next((c for c in token.children if c.dep_ == "dobj"), None)
    return noun is not None and noun.lemma_.lower() in lexicon.grant_nouns and not _holds_a_that_clause(noun)


def _is_question(token) -> bool:
    """ "Do you think that ...?": a question asks for a belief; it states none."""
    return any(t.text == "?" for t in token.sent if t.i > token.i) and any(
        c.dep_ == "aux" and c.i < token.i and c.lemma_ == "do" for c in token.children)


def _declined_comment(token, lexicon: CueLexicon):
    """The comment verb of "declined to comment" / "refused to respond", or None."""
    if token.lemma_.lower() not in lexicon.decline_verbs:
        return None
    return next((c for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.comment_verbs), None)


def _refused_act(token, lexicon: CueLexicon):
    """The verb of "refused to endorse X" / "declined to rule out X", or None: a refusal to say or
    back something is the speaker's position. Not a comment verb (a no-comment, read above), not
    a denial ("refused to deny": nothing either way), not when the refusal is negated or asked."""
    if token.lemma_.lower() not in lexicon.decline_verbs or _negated(token) or _is_question(token):
        return None
    verb = _infinitive(token)
    if verb is None or _negated(verb):
        return None
    lemma = verb.lemma_.lower()
    said = lemma in lexicon.speech_verbs and lexicon.speech_verbs[lemma] == "assert"
    return verb if said or lemma in lexicon.appraisal_verbs or lemma in lexicon.refusal_verbs else None


def _negated(token) -> bool:
    return any(child.dep_ == "neg" for child in token.children)


def _declined(token, comment, sentence: Span, offset: int, lexicon: CueLexicon) -> Found:
    """A no-comment: content is its topic ("on the casualties"), or the question put ("Asked
    about the merger, a spokesman declined to comment"), or, without either, the cue itself."""
    item = Found(_span(token, offset), "decline_comment", "indirect", sentence)
    topic = _topic(comment)
    if topic is None:
        asked = next((c for c in token.children if c.dep_ == "advcl" and c.i < token.i
                      and c.lemma_.lower() in lexicon.questioning_verbs), None)
        topic = _topic(asked) if asked is not None else None
    if topic is not None:
        item.content, item.content_from = _trim(topic, offset), "topic"
    else:  # "did not respond to requests for comment", "refused to comment": nothing said, on nothing
        end = _silence_end(comment)
        item.content, item.content_from = (offset + end, offset + end), "cue"
    return item


def _around_cue(outside: list, token, offset: int, lexicon: CueLexicon) -> list[Span]:
    """The pieces of a sentence its cue interrupts ("The council, he said, could act sooner"):
    the words before the cue and those after it, two pieces as of a quote split around its cue,
    so the content holds the subject and never the cue. A lone connective before the cue ("But,
    he said, ..."; "However, ...") ties the sentence to the story: nobody said it."""
    if not _between_commas(token) or any(t.text in _QUOTE_MARKS for t in outside):
        # a cue whose words reach past its commas ("But if measured at 65, the PPI said, ..."),
        # or quoted words (the quote joining's, which sets the content again): one span, as before
        whole = _trim(outside, offset)
        return [whole] if whole is not None else []
    before = [t for t in outside if t.i < token.left_edge.i]
    after = [t for t in outside if t.i > token.right_edge.i]
    if _lone_connective(before, lexicon) or _lone_relative(before):
        before = []  # "which, critics say, will add": what follows the cue is what is said
    spans = [_trim(part, offset) for part in (before, after) if _has_words(part)]
    return [span for span in spans if span is not None]


def _between_commas(token) -> bool:
    """The cue's own words (speaker and verb) stand between two commas: "X, he said, Y"."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    if doc[left].text == ",":  # the parser may hang the commas on the cue
        left += 1
    if doc[right].text == ",":
        right -= 1
    return left > 0 and doc[left - 1].text == "," and right + 1 < len(doc) and doc[right + 1].text == ","


def _lone_relative(tokens: list) -> bool:
    """Words before a cue that are only a relative pronoun ("which, critics say, ...")."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    return len(words) == 1 and words[0].lower_ in ("which", "who", "that")


def _lone_connective(tokens: list, lexicon: CueLexicon) -> bool:
    """Words before a cue that are only a connective or a coordinator ("But,", "However,", "And so,")."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    return bool(words) and all(t.dep_ == "cc" or t.lower_ in lexicon.lead_connectives for t in words)


def _silence_end(comment) -> int:
    """Where the words of a silence end ("declined to comment|", "did not respond to requests
    for comment|"): the comment verb with its prepositions, not a reason given after a comma.
    A no-comment with no topic has an empty content there, so no words of the cue are content."""
    words = [comment] + [t for c in comment.children if c.dep_ == "prep" and c.i > comment.i for t in c.subtree]
    last = max(words, key=lambda t: t.i)
    return last.idx + len(last)


def _up_to(token, top) -> list:
    """``token`` and its ancestors below ``top``."""
    chain = [token]
    while token.i != top.i and token.head.i != token.i:
        token = token.head
        if token.i != top.i:
            chain.append(token)
    return chain


_WH_TAGS = ("WDT", "WP", "WRB")  # "which", "what", "how": a question word


def _topic(comment):
    for child in comment.children:
        if child.dep_ == "prep" and child.lower_ in _TOPIC_PREPS:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return list(objects[0].subtree)
        if child.dep_ in _CLAUSE_DEPS:
            return _without_mark(list(child.subtree))
        if child.dep_ == "dobj" and _wh_led(child):
            # "would not say which or how", "what share of its users": the question left open
            return list(child.subtree)
        if child.dep_ == "prep" and child.i > comment.i and _wh_phrase(child):
            return list(child.subtree)  # "would not say by how much": the question left open
        if child.dep_ == "dobj" and comment.lemma_.lower() not in ("comment", "say") \
                and child.lemma_.lower() not in _NO_TOPIC:
            return list(child.subtree)  # "refused to discuss the reports": what was not discussed
    return None


def _wh_phrase(prep) -> bool:
    """A preposition whose object is a question ("by how much", "for how long")."""
    objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    return bool(objects) and _wh_led(objects[0])


def _wh_led(word) -> bool:
    """A phrase led by a question word: "which", "what proportion", "how much"."""
    return any(t.tag_ in _WH_TAGS for t in word.subtree if t.i <= word.i)


def _set_content(item: Found, token, offset: int, lexicon: CueLexicon) -> None:
    """The clause of a speech verb, its object, or the whole sentence it interrupts
    ("The shipment was seized, he said")."""
    clause = _said_clause(token)
    if clause is not None and _rebuttal_after_object(token, clause, lexicon):
        clause = None  # "denied all that, repeating his view that ...": the object is what is denied
    if clause is None and token.lemma_.lower() in lexicon.question_verbs:
        clause = _asked_if_clause(token)  # "asked the minister if she would resign"
    says_object = token.lemma_.lower() in lexicon.object_verbs and any(c.dep_ == "dobj" for c in token.children)
    report = _tag_report(token) if clause is None else None
    if report is not None and _has_words(report):
        item.clause = _trim(report, offset)  # "The closure signals “a decline”, said Ms X"
    if clause is None and report is None and token.lemma_.lower() not in lexicon.question_verbs:
        misplaced = _misplaced_that_clause(token) or _occasion_that_clause(token, lexicon)
        if misplaced is not None:
            words = _without_mark(list(misplaced.subtree))
            if words and words[0].lower_ == "that":  # (parsed as a relative pronoun, not a mark)
                words = words[1:]
            item.clause = _trim(words, offset)
    if clause is None and token.dep_ == "parataxis" and not says_object:
        # (a cue whose object is what it says says that: "... - the Commission urged an increase";
        # "told me" is only the addressee)
        # "The shipment was seized, he said" / "Many of the closures, he said, were ...": the
        # sentence the cue interrupts (its words on both sides, when it sits inside)
        inside = {t.i for t in token.subtree}
        outside = [t for t in token.head.subtree if t.i not in inside
                   and (token.i < token.head.i or t.i < token.left_edge.i)]
        if _has_words(outside):
            pieces = _around_cue(outside, token, offset, lexicon)
            item.clause = pieces[0] if pieces else None
            going_on = _speech_going_on(token, lexicon)
            if item.clause is not None and going_on is not None:
                # "X would get more, she said, but she would not hesitate to ...": the same speech
                # goes on past the tag; a second piece, as a quote split around its cue
                further = _trim(list(going_on.subtree), offset)
                pieces = pieces + [further] if further is not None else pieces
            stolen = _stolen_subject(token)
            if stolen is not None and pieces and _trim(list(stolen.subtree), offset) is not None:
                # "The mood, said Mr X, would be calm": the parser hung the sentence's subject on
                # the cue, so the words outside it are only the predicate; the subject is the
                # first piece of what is said, as of a quote split around its cue
                pieces = [_trim(list(stolen.subtree), offset)] + pieces
                item.clause = pieces[0]
            gapped = _gapped_conjunct(token, token.head) if item.clause is not None else None
            if gapped is not None and going_on is None:
                pieces = pieces + [_trim(list(gapped.subtree), offset)]  # "..., it said, and 77% Y"
            item.pieces = pieces if len(pieces) > 1 else []
    elif clause is not None:
        words = _with_antecedent(_without_mark(_clause_words(token, clause, lexicon)))
        if words and token.dep_ == "relcl" and words[0].lower_ in ("which", "who", "that") and words[0].i < token.i:
            # "AAC, which it says helps thwart piracy": the clause's relative subject stands before
            # the speaker and the cue; what is said is what follows the cue
            antecedent = _said_relative_noun(token, words[0], clause, offset)
            words = [t for t in words if t.i > token.i]
        else:
            antecedent = _said_contact_noun(token, clause, offset)
        if not _relative_left(words, token):
            item.clause = _trim(_without_connective(_from_quote(words), lexicon), offset)
            item.clause = _with_lost_subject(item.clause, token, clause, offset, lexicon)
            if antecedent is not None and item.clause is not None:
                # "the levy, which she says is unfair": what follows the cue has no subject of its
                # own; the noun the relative pronoun stands for is the first piece of what is said
                item.clause, item.pieces = antecedent, [antecedent, item.clause]
        inserted = _inside_inverted(token)
        if inserted is not None and item.clause is not None:
            # "Sales, said the firm, rose 5%": the reported sentence's subject stands before the
            # cue; it and the clause after the speaker are the two pieces of what is said
            subject, speaker = inserted
            rest = _trim([t for t in words if t.i > speaker.right_edge.i], offset)
            first = _trim(list(subject.subtree), offset)
            if rest is not None and first is not None:
                item.clause, item.pieces = first, [first, rest]
        going_on = _speech_going_on(token, lexicon) if clause.i < token.i else None
        if item.clause is not None and going_on is not None:
            item.pieces = [item.clause, _trim(list(going_on.subtree), offset)]  # "..., he said, but he would"
        gapped = _gapped_conjunct(token, token) if clause.i < token.i and not item.pieces else None
        if item.clause is not None and gapped is not None:
            item.pieces = [item.clause, _trim(list(gapped.subtree), offset)]  # "X rose 5%, it said, and Y 2%"
        if item.clause is not None and not item.pieces and clause.i < token.i:
            item.clause = _up_to_the_tag(item.clause, token, clause, offset, lexicon)
        second = _second_report(clause, lexicon)
        if second is not None:  # a quote in "... and dismissed the reports as “...”" is not this cue's
            item.second_act = offset + second.left_edge.idx
    rejects = _rejects_hearsay(token, lexicon)  # "played down reports that ...": the object is denied
    if (token.lemma_.lower() in lexicon.object_verbs or rejects) and not (
            token.lemma_.lower() in lexicon.charge_verbs and _accuses_of_nothing(token)):
        item.object = _object_span(token, offset, bare=token.lemma_.lower() not in lexicon.complement_verbs,
                                   to_phrase=token.lemma_.lower() in lexicon.to_verbs,
                                   denial=rejects or lexicon.speech_verbs.get(token.lemma_.lower()) == "deny")
        item.object = _before_saying(item.object, token, offset, lexicon)
        item.object = _pronoun_object_phrase(item.object, token, offset, lexicon)
        item.object = _object_with_charge(item.object, token, offset, lexicon)
        item.object = _object_with_placing_phrase(item.object, token, offset, lexicon)
        item.object = _charge_with_second_gerund(item.object, token, offset, lexicon)
        item.object = _charge_with_purpose(item.object, token, offset, lexicon)
    item.colon = _ends_with_colon(token)
    if item.clause is None and item.object is None and _tells_a_record(token, lexicon):
        # "the firm reported a profit of $2 a share", "she recalled her days as a teacher",
        # "reported raising $9m": figures made known, a memory told (the object, or the gerund)
        item.object = _object_span(token, offset) or _trim(list(_gerund(token).subtree), offset)
    if (item.clause is None and item.object is None and token.lemma_.lower() in lexicon.infinitive_verbs
            and _infinitive(token) is not None):
        item.object = _trim(list(_infinitive(token).subtree), offset)  # "vowed to fight on"
    if item.clause is None and item.object is None and token.lemma_.lower() in lexicon.about_verbs \
            and not _aimed_at(token, lexicon):  # not "tried to complain about X": an attempt
        item.object = _said_of(token, offset)  # "warned of job losses", "complained about the noise"
    answer = _poll_answer(token, lexicon) if item.clause is None and item.object is None else None
    if answer is not None:  # "46 percent said yes", "26 percent said the same of X": a poll's answer
        item.object = _trim(answer, offset)
        item.act = "finding"  # the share of those asked, the poll's reading: hidden by default
    after = _hearer_that(token, lexicon)
    if after is not None:  # "warned fans that ...": the hearer is no part of what was said
        item.clause, item.object = _after_hearer(item.clause, after, offset), _after_hearer(item.object, after, offset)
        if item.clause is None and item.object is None:  # the clause the parser hung on the hearer
            item.clause = _trim(list(token.doc[after.i:token.doc[after.i - 2].right_edge.i + 1]), offset)
    item.clause = _without_occasion(item.clause, token, offset, lexicon)
    item.object = _without_occasion(item.object, token, offset, lexicon)
    _drop_speaking_time(item, token, offset, lexicon)
    if item.clause is None:
        item.object = _with_object_period(item.object, token, offset, lexicon)
        item.object = _with_object_since(item.object, token, offset, lexicon)
    if item.clause is not None:
        item.content, item.content_from = item.clause, "clause"
    elif item.object is not None:
        item.content, item.content_from = item.object, "object"


def _up_to_the_tag(span: Span, token, clause, offset: int, lexicon: CueLexicon) -> Span:
    """ "The deficit will hit $3bn this year, officials said", "Prices are weak and Tamsk has its
    own problems, she said", "Sales fell, thus hurting profits, analysts said": a said sentence
    standing before its tag ends at the tag's comma. The parser may hang its last words on the cue
    (a date, a participle, an adverbial clause, a second clause of the cue), so the said clause's
    subtree stopped short of them; they are still what was said, not the reporter's. The span runs
    on to the comma before the tag ("officials said", "the BBC has learned") when the words
    between hang outside the clause (the clause's own words were judged by ``_clause_words``),
    stay in the sentence, hold no verb of saying or source phrase, no occasion of speaking and
    no open quote."""
    doc = token.doc
    hearer = token.lemma_.lower() in lexicon.addressee_verbs  # "..., he told the BBC": the object is who heard it
    if any(c.dep_ in _TAG_OBJECTS and c.i > token.i and not (hearer and c.dep_ == "dobj") for c in token.children):
        return span  # "..., parents want a choice": a verb with its own object after it is no tag
    tag = _tag_start(token)
    if tag is None or tag.i < 2 or doc[tag.i - 1].text != ",":
        return span
    words = doc.char_span(span[0] - offset, span[1] - offset, alignment_mode="expand")
    if words is None or words.end >= tag.i - 1:
        return span
    gap = list(doc[words.end:tag.i - 1])
    if not any(t.is_alpha for t in gap) or len(gap) > _TAG_GAP_WORDS:
        return span
    own = {t.i for t in clause.subtree}
    if any(t.i in own and not (t.is_punct or t.dep_ == "cc") for t in gap):
        return span  # a word of the clause the clause's rules left out on purpose
    if any(t.is_sent_start or t.text in _GAP_STOPS or "\n" in t.text_with_ws for t in gap) \
            or sum(t.text in _QUOTE_MARKS for t in gap) % 2:
        return span
    if any((t.pos_ == "VERB" and (t.lemma_.lower() in lexicon.speech_verbs or t.lemma_.lower() in lexicon.clause_verbs))
           or (t.dep_ == "pobj" and _names_occasion(t, lexicon)) for t in gap) \
            or _cites_a_source(gap, lexicon):
        return span  # another cue, a source or where it was said: the reporter's
    return _trim(list(doc[words.start:tag.i - 1]), offset) or span


_TAG_GAP_WORDS = 30  # the rest of one said sentence; more is likely a second one
_GAP_STOPS = (".", "!", "?", ";", ":")
_TAG_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "acomp")  # what a cue says, when it follows the cue


def _tag_start(token):
    """The first word of a tag after its said words: the cue's subject ("officials said") and the
    auxiliaries and adverbs right before the cue ("the BBC has learned", "she also said"); the cue
    itself when its subject follows it ("..., said the firm"). None when the cue has a subject
    before it that is not right before it."""
    doc = token.doc
    start = token.i
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
    while start > 0:
        before = doc[start - 1]
        if before.head == token and before.dep_ in ("aux", "auxpass", "neg", "advmod") and not before.is_punct:
            start -= 1
        elif subjects and before.i == subjects[0].right_edge.i:
            start = subjects[0].left_edge.i
        else:
            break
    if subjects and start > subjects[0].left_edge.i:
        return None
    return doc[start]


def _cites_a_source(words: list, lexicon: CueLexicon) -> bool:
    """``words`` hold a source phrase ("according to analysts")."""
    lowered = [t.lower_ for t in words]
    return any(tuple(lowered[n:n + len(phrase)]) == phrase
               for phrase in lexicon.according_to for n in range(len(lowered)))


_LATER_WORDS = ("next", "coming", "upcoming", "forthcoming", "future", "later")


def _with_lost_subject(span: Span | None, token, clause, offset: int, lexicon: CueLexicon) -> Span | None:
    """ "said around six other members were planning to leave", "said evidence gathered abroad
    was useless": the parser hung the said clause's subject on the cue (as its object or in a
    phrase of its own), so the clause starts at its verb. When a tensed clause after the cue has
    no subject and the words between the cue and the clause hold a noun (no punctuation, no
    hearer of "told"), those words are its subject: the content starts right after the cue."""
    if span is None or clause.i < token.i or span[0] != offset + clause.left_edge.idx:
        return span
    if token.lemma_.lower() in lexicon.addressee_verbs or token.lemma_.lower() in lexicon.hearer_that_verbs:
        return span
    if any(t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass") and t.i < clause.i
           for t in clause.subtree) or not _finite_statement(clause):  # (a subject hung on an auxiliary counts)
        return span
    gap = list(token.doc[token.i + 1:clause.left_edge.i])
    if not gap or len(gap) > _LOST_SUBJECT_WORDS or any(t.is_punct or t.is_space for t in gap) \
            or not any(t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") for t in gap) \
            or gap[0].lower_ == "that" or any(t.ent_type_ == "DATE" for t in gap) \
            or any(t.lemma_.lower() in lexicon.speech_verbs for t in gap) \
            or any(t.dep_ == "pobj" and _names_occasion(t, lexicon) for t in gap):
        return span  # (a date there is the saying's: "told MPs on Tuesday ..."; a verb of saying
        # there has the clause: "will say before arguing the answer was ..."; an occasion is
        # where it was said: "said in a statement they would ...")
    return (offset + gap[0].idx, span[1])


_LOST_SUBJECT_WORDS = 15  # a subject longer than this is rarely what the gap holds


def _drop_speaking_time(item: Found, token, offset: int, lexicon: CueLexicon) -> None:
    """The clause and the object without a date of the saying they open with (see
    ``_without_speaking_time``); a first piece that was the clause follows it."""
    clause = item.clause
    item.clause = _without_speaking_time(item.clause, token, offset, lexicon)
    item.object = _without_speaking_time(item.object, token, offset, lexicon)
    if item.pieces and clause is not None and item.pieces[0] == clause:
        item.pieces = [item.clause] + list(item.pieces[1:])


def _without_speaking_time(span: Span | None, token, offset: int, lexicon: CueLexicon) -> Span | None:
    """ "said on Thursday it had signed a deal", "said earlier this month it would cut jobs", "told
    MPs last week that ...": the parser hangs a date standing between the cue (or its hearer) and
    the said clause on that clause's verb, so the content opened inside the tag. The date says when
    the words were said, not what: the content starts at the clause's subject (or past "that").
    Only a date led by "on" or naming the day of speaking (``speaking_time_words``; a month or a
    year may be the clause's own period), and only when a subject or "that" follows at once
    ("said last week was the worst", "said Monday's vote ...": the date is what is said)."""
    if span is None:
        return None
    doc = token.doc
    words = doc.char_span(span[0] - offset, span[1] - offset, alignment_mode="expand")
    if words is None or words.start not in _right_after_cue(token):
        return span
    end = _speaking_time_end(words, lexicon)
    if end is None:
        return span
    first = doc[end]
    if first.lower_ == "that" and first.dep_ not in ("det", "nsubj", "nsubjpass", "dobj"):
        end += 1  # "said last week that the plans ...": the mark goes with the date
    elif not _opens_subject(first, words):
        return span
    return _trim(list(doc[end:words.end]), offset) or span


def _with_object_period(span: Span | None, token, offset: int, lexicon: CueLexicon) -> Span | None:
    """ "forecast a fall in prices during 2005", "have confirmed a slowdown in late 2004": the
    parser hangs a date phrase closing the clause on the cue, so the object stopped before it. For
    a forecast or a finding the date is the period forecast or found, part of what is said; the
    object runs on over it. Only a phrase right after the object, led by a period preposition,
    whose noun is a date that does not name the day of speaking, and that ends the clause. A past
    cue that is no forecast or display ("confirmed the deal in March") may be dated itself: left."""
    lemma = token.lemma_.lower()
    if span is None or lemma not in lexicon.period_object_verbs:
        return span
    if token.tag_ == "VBD" and lemma not in lexicon.forecast_cues and lemma not in lexicon.display_verbs:
        return span
    doc = token.doc
    period = next((c for c in token.children if c.dep_ == "prep" and c.idx >= span[1] - offset), None)
    if period is None or period.lower_ not in lexicon.period_preps \
            or doc.text[span[1] - offset:period.idx].strip():
        return span
    noun = next((c for c in period.children if c.dep_ == "pobj"), None)
    if noun is None or noun.ent_type_ != "DATE" \
            or any(t.lower_ in lexicon.speaking_time_words for t in period.subtree):
        return span
    end = period.right_edge.i + 1
    if end < len(doc) and not (doc[end].is_punct and doc[end].lower_ in (".", ";", "!", "?")) \
            and not doc[end].is_sent_start:
        return span  # the clause goes on: the date may be the saying's ("in 2004, when ...")
    return (span[0], offset + period.right_edge.idx + len(period.right_edge.text))


def _with_object_since(span: Span | None, token, offset: int, lexicon: CueLexicon) -> Span | None:
    """ "hailed his part in the first win since 1993", "praised the lowest rates since the 1960s":
    the parser hangs a ``perfect_preps`` phrase right after the object on the cue, but a cue in a
    simple tense cannot take it ("hailed since ..."), so it belongs to the object (round 57's rule
    for a said clause, here for an object). Only a phrase with no comma before it that runs to
    the sentence's stop (closing quote marks allowed) and no open quote past it."""
    if span is None or _perfect(token):
        return span
    doc = token.doc
    since = next((c for c in token.children if c.dep_ == "prep" and c.idx >= span[1] - offset), None)
    if since is None or since.lower_ not in lexicon.perfect_preps or doc.text[span[1] - offset:since.idx].strip():
        return span
    end = since.right_edge.i + 1
    while end < len(doc) and doc[end].text in _QUOTE_MARKS:
        end += 1
    if end < len(doc) and not (doc[end].lower_ in (".", ";", "!", "?") or doc[end].is_sent_start):
        return span  # the sentence goes on past the phrase: it may be the saying's
    last = since.right_edge
    words = doc.text[span[0] - offset:last.idx]
    if end - 1 > last.i and sum(words.count(mark) for mark in ("\u201c", "\u201d", '"')) % 2:
        last = doc[last.i + 1]  # the closing mark of the quote the object opened
    return (span[0], offset + last.idx + len(last.text))


def _right_after_cue(token) -> set[int]:
    """Where the cue's own words end: right after the verb, or after its hearer ("told MPs")."""
    ends = {token.i + 1}
    ends.update(c.right_edge.i + 1 for c in token.children if c.dep_ in ("dobj", "dative") and c.i > token.i)
    return ends


def _speaking_time_end(words, lexicon: CueLexicon) -> int | None:
    """The index past a date opening ``words`` ("on Friday", "earlier this month", "yesterday"),
    or None: the date must stand apart (no subject, possessive or punctuation at its end) and
    leave words after it."""
    doc = words.doc
    start = words.start + 1 if words[0].lower_ == "on" and words[0].dep_ == "prep" else words.start
    end = start
    while end < words.end and doc[end].ent_type_ == "DATE" and (end == start or doc[end].ent_iob_ == "I"):
        end += 1
    if end == start and doc[start].lower_ in lexicon.speaking_time_words and doc[start].pos_ == "ADV":
        end = start + 1  # a lone "earlier" the model does not tag as a date
    phrase = doc[words.start:end]
    if end == start or end + 1 >= words.end:
        return None
    if start == words.start and not any(t.lower_ in lexicon.speaking_time_words for t in phrase):
        return None
    if any(t.dep_ in ("nsubj", "nsubjpass", "poss", "dobj") for t in phrase) or doc[end].tag_ == "POS" \
            or doc[end].is_punct:
        return None
    return end


def _opens_subject(first, words) -> bool:
    """``first`` opens the subject of a verb inside ``words`` ("it had signed", "the talks had")."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.left_edge.i == first.i and t.head.i > t.i
               for t in words)


def _without_occasion(span: Span | None, token, offset: int, lexicon: CueLexicon) -> Span | None:
    """ "claimed the rule would hurt farmers, in an interview on local radio", "said the plan was a
    mistake at a press conference on Tuesday": a phrase closing the said words that names a
    speech occasion is where the cue was said; the parser hangs it on the said verb. It stays
    when that verb is itself one of speaking ("had admitted the errors in a letter") or looks
    ahead ("would outline it in a speech", "at the next briefing"): then it is what was said."""
    if span is None:
        return None
    doc = token.doc
    words = doc.char_span(span[0] - offset, span[1] - offset, alignment_mode="expand")
    if words is None:
        return span
    last = max((t.i for t in words if not t.is_punct), default=None)
    opening = _opening_occasion(words, lexicon)
    if opening is not None:  # "said, in a statement, the firm must ...": what follows the comma
        return _trim(list(doc[opening:words.end]), offset)
    for prep in words:
        if prep.dep_ != "prep" or prep.lower_ not in lexicon.occasion_preps or prep.right_edge.i < (last or 0) \
                or prep.i == words.start:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or not _names_occasion(noun, lexicon):
            continue
        # ", speaking at a briefing": the speaker's participle and its phrase, all of it
        speaking = prep.head if prep.head.i == prep.i - 1 and prep.head.lemma_.lower() in lexicon.speaking_verbs else None
        if speaking is None and (_said_later(prep, noun, lexicon) or not _tops(_verb_of(prep), words)):
            continue  # a phrase of a verb deeper in the said words ("when they ramble during speeches") is theirs
        return _trim(list(doc[words.start:(speaking or prep).i]), offset)
    return span


def _opening_occasion(words, lexicon: CueLexicon) -> int | None:
    """The index of the first word after an occasion phrase opening the said words and closed by
    a comma ("in a statement, the firm ..."), or None."""
    prep = words[0]
    if prep.dep_ != "prep" or prep.lower_ not in lexicon.occasion_preps:
        return None
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    after = prep.right_edge.i + 1
    if noun is None or not _names_occasion(noun, lexicon) or after + 1 >= words.end or words.doc[after].text != ",":
        return None
    return after + 1


def _names_occasion(noun, lexicon: CueLexicon) -> bool:
    compound = " ".join(c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i)
    return noun.lemma_.lower() in lexicon.occasion_nouns or f"{compound} {noun.lemma_.lower()}" in lexicon.occasion_nouns


def _verb_of(token):
    """The nearest verb at or above ``token``."""
    verb = token.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _tops(verb, words) -> bool:
    """``verb`` heads the words: its own head lies outside them."""
    return verb.head.i == verb.i or not words.start <= verb.head.i < words.end


def _said_later(prep, noun, lexicon: CueLexicon) -> bool:
    """The occasion belongs to the said words: its verb speaks or is to come, or it is a later one."""
    if any(c.lower_ in _LATER_WORDS for c in noun.children):
        return True
    verb = _verb_of(prep)
    if verb.lemma_.lower() in lexicon.speech_verbs or verb.lemma_.lower() in lexicon.clause_verbs:
        return True
    set_off = prep.i > 0 and prep.doc[prep.i - 1].text == ","  # "..., in an interview": the cue's, whatever the tense
    return not set_off and any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


def _hearer_that(token, lexicon: CueLexicon):
    """ "told a court that ...", "warned anxious fans that ...": an object right after a verb
    that takes a hearer, followed at once by "that" opening a clause with a subject of its own, is
    who was told; the parser may hang the clause on the hearer as a relative one ("fans that she
    wants to ..."). The first word after "that", or None."""
    if token.lemma_.lower() not in lexicon.hearer_that_verbs:
        return None
    hearer = next((c for c in token.children if c.dep_ in ("dobj", "dative") and c.i > token.i
                   and c.i + 2 < len(token.doc) and token.doc[c.i + 1].lower_ == "that"), None)
    if hearer is None:  # (the parse may make two objects of one name: "told Radio 4's PM programme that")
        return None
    that, first = token.doc[hearer.i + 1], token.doc[hearer.i + 2]
    if that.lower_ != "that" or that.dep_ in ("nsubj", "nsubjpass") or first.pos_ in ("VERB", "AUX"):
        return None  # "warned firms that fail to pay": a relative clause of who was warned
    return first


def _after_hearer(span: Span | None, first, offset: int) -> Span | None:
    """``span`` started at ``first`` when it ran over the hearer and its "that"."""
    start = offset + first.idx
    if span is None or not span[0] < start < span[1]:
        return span
    return start, span[1]


def _speech_going_on(token, lexicon: CueLexicon):
    """ "More cash would go to the best, he said, but he would not shirk from ...": a tag after the
    said words whose subject pronoun comes back, after "and" / "but", as the subject of a second
    verb under a modal: the reported speech goes on. The conjunct, or None."""
    subject = _subject(token)
    if subject is None:
        return None
    said = token.head if token.dep_ == "parataxis" and token.i > token.head.i else token
    if subject.tag_ == "PRP":
        going_on = _backshifted_conjunct(said, subject, token.i, lexicon)
        if going_on is not None:
            return going_on
    going_on = _modal_without_subject(said, token, lexicon)
    return going_on if going_on is not None else _backshifted_other_subject(said, token, subject, lexicon)


def _backshifted_other_subject(head, token, speaker, lexicon: CueLexicon):
    """ "Farm policy had caused trouble, he said, and they had also opposed the plan" / "Prices
    rose, it said, and if this goes on, prices would rise 6%": after a tag inside the sentence,
    a verb joined by "and" / "but" to the said clause's verb, with a subject of its own (not the
    speaker's word again: ``_backshifted_conjunct`` reads those), in the backshift — under a past
    modal (``backshift_modals``) or in the past perfect. The reporter narrating after a tag keeps
    the simple past; the backshifted tense is the reported speech going on (round 60). Not a verb
    of saying or refusing (an act of its own), nor inside a quote. The conjunct, or None."""
    if token.i < head.i or _opened_quote(token) or not _tag_between_commas(token, speaker):
        return None  # the tag must sit inside the sentence: "X said A" has no second half to find
    end = max(t.i for t in token.subtree if not (t.is_punct or t.is_space or t.dep_ == "cc"))
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i <= end or conj.pos_ not in ("VERB", "AUX") or _says_or_refuses_to(conj, lexicon):
            continue
        own = [c for c in conj.children if c.i < conj.i]
        subject = next((c for c in own if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
        if subject is None or subject.lower_ == speaker.lower_ or any(c.dep_ == "mark" for c in own):
            continue
        joined = any(c.dep_ == "cc" and c.lower_ in lexicon.tag_going_on_links and end < c.i < conj.i
                     for c in list(head.children) + list(token.children))
        if joined and _backshifted_verb(conj, own, lexicon):
            return conj
    return None


def _tag_between_commas(token, speaker) -> bool:
    """The speaker and the cue alone stand between two commas ("A, he said, and B")."""
    doc = token.doc
    first = min(speaker.left_edge.i, token.i)
    last = max(speaker.right_edge.i, token.i)
    return first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","


def _backshifted_verb(conj, own: list, lexicon: CueLexicon) -> bool:
    """The verb's own auxiliaries put it in the backshift: a past modal ("would rise") or the past
    perfect ("had provided")."""
    modals = [c for c in own if c.dep_ == "aux" and c.tag_ == "MD"]
    if modals:
        return modals[0].lower_ in lexicon.backshift_modals
    return conj.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in own)


def _modal_without_subject(head, token, lexicon: CueLexicon):
    """ "The figure is a first guess, the director said, and could rise next year": after the tag,
    a verb under a modal with no subject of its own, joined by "and" / "but" (to the cue or to the
    said clause's verb, as parsed), goes on with the said clause's subject: the same speech. Not a
    verb of saying or a refusal ("but would not say how much") nor a negated one ("but could not
    give details"): the reporter telling what the speaker did next. The conjunct, or None."""
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i < token.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        own = [c for c in conj.children if c.i < conj.i]
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "neg", "mark") for c in own) \
                or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in own) or _says_or_refuses_to(conj, lexicon):
            continue
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "but") and token.i < c.i < conj.i for c in head.children)
        if joined and not _opened_quote(token):
            return conj
    return None


def _gapped_conjunct(token, head):
    """ "Half have a landline, the report said, and 77% a mobile": a conjunct after the tag, joined
    by "and" / "but" to the reported clause's verb (or, as parsed, to the cue), with no verb of its
    own. A verbless conjunct shares the reported verb, so it is the same speech, not the reporter's
    narration (which needs a verb: "..., he said, and wages fell" stays out). The cue's subject
    stands before it (not "said X, and Y": a second speaker). The conjunct, or None."""
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > token.i:
        return None
    # the tag's last word (the parse may hang the comma and the "and" after it on the cue)
    end = max(t.i for t in token.subtree if not (t.is_punct or t.is_space or t.dep_ == "cc"))
    links = list(head.children) + list(token.children)
    tag_end = max(subject.right_edge.i, token.i)  # (a root cue's subtree holds the conjunct too)
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i <= tag_end:
            continue
        words = [t for t in conj.subtree if not (t.is_punct or t.is_space)]
        if conj.i > end:
            joined = any(c.dep_ == "cc" and c.lower_ in ("and", "but") and end < c.i < conj.i for c in links)
            verbless = not any(t.pos_ in ("VERB", "AUX") for t in words)
            remnants = any(c.dep_ in _GAP_REMNANTS for c in conj.children)  # "77%" + "a mobile"
            if joined and verbless and remnants and len(words) >= 2:
                return conj
        # round 60: "There were many new names, he added, and some that had won before"
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "but") and tag_end < c.i < conj.i for c in links)
        if joined and _noun_phrase_with_relative(conj) and len(words) >= 2 and _right_after_tag(token, tag_end):
            return conj
    return None


_GAP_REMNANTS = ("appos", "npadvmod", "dobj", "attr", "prep")  # a gapped clause's second part


def _right_after_tag(token, tag_end: int) -> bool:
    """A comma closes the tag ("A, he added, and B"): the tag sits inside the sentence."""
    return tag_end + 1 < len(token.doc) and token.doc[tag_end + 1].text == ","


def _noun_phrase_with_relative(conj) -> bool:
    """A conjunct that is a noun phrase whose only verbs are in its relative clauses ("a few that
    had won before", "but a desire that is a form of ..."): a verbless second half sharing the said
    clause's verb (the relative clause's verb is the noun's, not a clause of the reporter's)."""
    if conj.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM", "PRON") or conj.tag_ == "PRP":
        return False
    relatives = [c for c in conj.children if c.dep_ in ("relcl", "acl")]  # "a desire to have ..."
    inside = {t.i for r in relatives for t in r.subtree}
    outside = [t for t in conj.subtree if t.i not in inside]
    return bool(relatives) and not any(t.pos_ in ("VERB", "AUX") for t in outside)


def _backshifted_conjunct(head, subject, after: int, lexicon: CueLexicon):
    """A verb joined to ``head`` by "and" / "but" after position ``after`` whose subject is the
    pronoun ``subject`` again, under a modal ("would", "could"): the backshifted modal is the
    speaker's, not the reporter's narration ("but he left early"). Not a verb of saying ("and he
    added ..."): an act of its own. The conjunct, or None."""
    for conj in head.children:
        if conj.dep_ != "conj" or conj.i < after or conj.pos_ not in ("VERB", "AUX"):
            continue
        lemma = conj.lemma_.lower()
        if lemma in lexicon.speech_verbs or lemma in lexicon.clause_verbs:
            continue
        same = any(c.dep_ == "nsubj" and c.lower_ == subject.lower_ for c in conj.children)
        modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.children)
        joined = any(c.dep_ == "cc" and c.lower_ in ("and", "but") and after < c.i < conj.i for c in head.children)
        if same and modal and joined:
            return conj
    return None


def _clause_going_on(token, clause, lexicon: CueLexicon) -> list:
    """ "said prices rose 15% over the year, but by only 3% in the second half", "said he had
    backed it and he would back it again": the parse hangs the clause's second half on the cue;
    a verbless "but by ..." shares the clause's verb, a second "but that ..." clause is the cue's
    too, and a backshifted conjunct whose subject is
    the clause's pronoun subject is the same speech (see ``_backshifted_conjunct``). A clause the
    parse makes a second complement of the cue after "and" / "but" may go on as well
    (``_second_complement_clause``). The words from the clause's end to the conjunct's, or none."""
    last = clause.right_edge.i
    # the parse may hang the "and" on the clause's last noun: the clause then ends on it
    end = last - 1 if clause.right_edge.dep_ == "cc" and clause.right_edge.lower_ in ("and", "but") else last
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    for conj in token.children:
        if conj.dep_ not in ("conj", "ccomp") or conj.i <= last:
            continue
        between = [t for t in token.doc[end + 1:conj.left_edge.i]]
        if not between or any(not (t.is_punct or t.lower_ in ("and", "but")) for t in between) \
                or not any(t.lower_ in ("and", "but") and _joins_to_the_cue(t, token, clause, conj) for t in between):
            continue
        if conj.dep_ == "ccomp":  # "said there would be no cuts and the rule would be met": two complements
            contrast = any(t.lower_ == "but" for t in between)
            if _second_complement_clause(token, clause, conj, lexicon, contrast=contrast):
                return list(token.doc[last + 1:conj.right_edge.i + 1])
            continue
        elliptic = conj.pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in conj.subtree)
        second_that = conj.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children)
        if elliptic or second_that or (subject is not None and subject.tag_ == "PRP"
                        and _backshifted_conjunct(token, subject, end, lexicon) is conj) \
                or _reported_state(token, clause, conj, lexicon) or _same_pronouns_state(token, clause, conj, lexicon) \
                or _backshifted_modal(token, clause, conj, lexicon):
            return list(token.doc[last + 1:conj.right_edge.i + 1])
    return []


def _joins_to_the_cue(joiner, token, clause, conj) -> bool:
    """The "and" / "but" right between the said clause and a second clause of the cue joins the
    two: the parse hangs it on the cue, on the second clause's verb, or on a word of the said
    clause ("said growth was slow for now and the rest would ...": the "and" under "now")."""
    return joiner.head.i in (token.i, conj.i) or clause.left_edge.i <= joiner.head.i <= clause.right_edge.i


def _second_complement_clause(token, clause, second, lexicon: CueLexicon, *, contrast: bool = False) -> bool:
    """ "said there would be no cuts and the rule would be met", "says he is getting fitter and
    his aim is to play again": the parse makes the clause after "and" / "but" a second complement
    of the cue, so what is said goes on in it. As ``_reported_state`` for a conjunct: a tensed
    statement after a tensed statement, under a modal or a state (an auxiliary or a
    ``stative_verbs`` verb) in the cue's tense; not a verb of saying, believing or commenting
    (another speaker's act: "and Y says ..."), nor a cue inside it, nor a person's pronoun or the
    speaker's own word as its subject ("and she wants ...": the speaker's act, told), nor after
    "but" (``contrast``) a name ("but Kessel had other plans": another actor's side), nor from
    inside a quote."""
    lemma = second.lemma_.lower()
    if _an_act_of_saying(lemma, lexicon, believed=False) or lemma in lexicon.comment_verbs \
            or _inserted_cue(second, lexicon):
        return False
    if not _finite_statement(clause) or not _finite_statement(second) or _opened_quote(token) \
            or any(c.dep_ == "mark" and c.lower_ != "that" for c in second.children):
        return False
    subjects = [c for c in second.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < second.i]
    speaker = _subject(token)
    if len(subjects) != 1 or subjects[0].lower_ in _PERSONAL \
            or (speaker is not None and subjects[0].lower_ == speaker.lower_) \
            or (contrast and subjects[0].pos_ == "PROPN"):
        return False
    auxiliaries = [c for c in second.children if c.dep_ in ("aux", "auxpass") and c.i < second.i]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return True
    if not auxiliaries and lemma not in lexicon.stative_verbs:
        return False  # "and the mayor left": an event, the reporter's
    finite = auxiliaries[0] if auxiliaries else second
    past = token.tag_ in ("VBD", "VBN")
    return finite.tag_ == "VBD" if past else finite.tag_ in ("VBZ", "VBP")


def _reason_going_on(token, clause, lexicon: CueLexicon) -> list:
    """ "argues there should be rules so every party can act alike", "said it was pleased with the
    verdict, because it showed fraud would not pay": the parse hangs a reason or purpose clause
    (``reason_marks``) right after the said clause on the cue; it is the speaker's reason for what
    is said. Not with the speaker (or any person's pronoun) as its subject ("knows it risks a
    backlash, so he has tried to act first": why the speaker acts, the reporter's), not after an
    untensed clause or an indirect question, not from inside a quote; not after what a record
    shows ("research showed A because B": whose reasoning is unsaid), nor holding a cue of its own
    ("because, said X, ..."). The words, or none."""
    lemma = token.lemma_.lower()
    if not _finite_statement(clause) or _opened_quote(token) or lemma in lexicon.display_verbs \
            or lemma in lexicon.proof_verbs:
        return []
    end = clause.right_edge.i
    speaker = _subject(token)
    for reason in token.children:
        if reason.dep_ != "advcl" or reason.i <= end \
                or any(not t.is_punct for t in token.doc[end + 1:reason.left_edge.i]):
            continue
        marks = [c for c in reason.children if c.dep_ == "mark" and c.i == reason.left_edge.i]
        if not marks or marks[0].lower_ not in lexicon.reason_marks:
            continue
        subjects = [c for c in reason.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if any(s.lower_ in _PERSONAL or (speaker is not None and s.lower_ == speaker.lower_) for s in subjects) \
                or _inserted_cue(reason, lexicon):
            continue
        return list(token.doc[end + 1:reason.right_edge.i + 1])
    return []


def _inserted_cue(verb, lexicon: CueLexicon) -> bool:
    """ "because, said X, they are ...": a verb of saying with no subject before it, or one the
    parse sets beside the clause (parataxis), inside ``verb``'s words: another speaker's tag."""
    if verb.lemma_.lower() in lexicon.speech_verbs and not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
        return True
    return any(t.dep_ == "parataxis" and t.lemma_.lower() in lexicon.speech_verbs for t in verb.subtree)


def _reported_state(token, clause, conj, lexicon: CueLexicon) -> bool:
    """ "said nothing had changed and it was a matter for the partners", "says it would expect
    fairness but it has clear advice": the parse hangs a second clause with its own subject on
    the cue. It goes on with what was said when it is in the tense of reported speech — under a
    modal, or a state (``stative_verbs``, or a verb with an auxiliary) in the cue's tense (past
    after "said", present after "says") — and is no act of its own: not a verb of saying,
    believing or refusing ("and the Tories say"), not the cue's own subject again nor a person's
    pronoun without a modal ("and he was ..."), not a named subject (another actor's doing), not
    a passive ("but the target was soon reached") nor "this" (what followed). Only after a tensed
    statement, not from inside a quote. A simple past of an event ("and the premier named a successor") is
    the reporter's story."""
    if conj.pos_ not in ("VERB", "AUX") or _an_act_of_saying(conj.lemma_.lower(), lexicon, believed=False) \
            or conj.lemma_.lower() in lexicon.comment_verbs:
        return False
    subjects = [c for c in conj.children if c.dep_ in ("nsubj", "expl") and c.i < conj.i]
    if len(subjects) != 1 or subjects[0].pos_ == "PROPN" or subjects[0].lower_ in ("this", "that") \
            or any(c.dep_ in ("agent", "mark", "nsubjpass", "auxpass") for c in conj.children):
        return False  # "but the target was quickly reached", "but this has caused debate": what followed
    if not _finite_statement(clause) or _opened_quote(token):
        return False
    speaker = _subject(token)
    if speaker is not None and speaker.lower_ == subjects[0].lower_:
        return False
    auxiliaries = [c for c in conj.children if c.dep_ in ("aux", "auxpass") and c.i < conj.i]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return True
    if subjects[0].lower_ in _PERSONAL:  # "..., but he was happy": the speaker (or another) now, told
        return False
    if not auxiliaries and conj.lemma_.lower() not in lexicon.stative_verbs:
        return False
    finite = auxiliaries[0] if auxiliaries else conj
    past = token.tag_ in ("VBD", "VBN")
    return finite.tag_ == "VBD" if past else finite.tag_ in ("VBZ", "VBP")


def _same_pronouns_state(token, clause, conj, lexicon: CueLexicon) -> bool:
    """ "said he did not expect trouble but he wanted to settle the point": the said clause's
    subject is a person's pronoun, and the second clause the parse hangs on the cue has that same
    pronoun as its only subject, with a verb of state or attitude (``own_state_verbs``) in the
    cue's tense (past after "said"): the same person's state, told in the reported speech's
    backshift, goes on with what was said. ``_reported_state`` leaves a person's pronoun out
    ("..., but he was happy": the reporter's, when nothing ties it to the said words); the
    repeated subject of the said clause ties it. Not an event ("but he left early": the table
    holds no verb of doing, saying or believing), a passive, a modal (``_backshifted_conjunct``),
    nor from inside a quote."""
    said_subject = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if said_subject is None or said_subject.lower_ not in _PERSONAL or conj.lemma_.lower() not in lexicon.own_state_verbs:
        return False
    subjects = [c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < conj.i]
    if len(subjects) != 1 or subjects[0].lower_ != said_subject.lower_ \
            or any(c.dep_ in ("agent", "mark", "nsubjpass", "auxpass") for c in conj.children):
        return False
    if not _finite_statement(clause) or _opened_quote(token):
        return False
    auxiliaries = [c for c in conj.children if c.dep_ == "aux" and c.i < conj.i]
    if any(a.tag_ == "MD" for a in auxiliaries):
        return False  # (a modal's conjunct is ``_backshifted_conjunct``'s)
    finite = auxiliaries[0] if auxiliaries else conj
    past = token.tag_ in ("VBD", "VBN")
    return finite.tag_ == "VBD" if past else finite.tag_ in ("VBZ", "VBP")


def _backshifted_modal(token, clause, conj, lexicon: CueLexicon) -> bool:
    """ "said the club was not selling him, but would listen to any offer": after
    a past cue and its said clause, a verb the parse hangs on the cue with no subject of its own,
    under a past modal (``backshift_modals``: "would", "could"), is the speaker's future told in
    the reported speech's backshift: what was said goes on. Not a negated one ("but could not give
    details"), nor a passive, nor with an adverb of the telling ("would later admit":
    ``said_modal_adverbs``), nor a verb of saying, believing or refusing ("but would not say how
    many"): the reporter's account of the speaker's next acts. Only after a tensed statement, not
    from inside a quote."""
    if token.tag_ != "VBD" or conj.pos_ not in ("VERB", "AUX") or _says_or_refuses_to(conj, lexicon) \
            or conj.lemma_.lower() in lexicon.clause_verbs:
        return False
    own = [c for c in conj.children if c.i < conj.i]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "neg", "mark", "auxpass") for c in own) \
            or any(c.dep_ == "advmod" and c.lower_ in lexicon.said_modal_adverbs for c in conj.children):
        return False  # (a passive, "and would be sentenced", is done to the speaker: the reporter's)
    modals = [c for c in own if c.dep_ == "aux" and c.tag_ == "MD"]
    if not modals or modals[0].lower_ not in lexicon.backshift_modals:
        return False
    return _finite_statement(clause) and not _opened_quote(token)


def _finite_statement(clause) -> bool:
    """A said clause with a tense of its own that is no indirect question: "expects the merger to
    boost earnings" and "knows how many are out of work" hold no statement that a second clause
    could go on with."""
    tensed = clause.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS
                                                 for c in clause.children)
    opening = clause.doc[clause.left_edge.i:min(clause.left_edge.i + 2, clause.i)]
    return tensed and not any(t.tag_.startswith("W") for t in opening)  # "(exactly) how many ..."


def _opened_quote(token) -> bool:
    """ "“Miss X says she is willing, but it has gone beyond that,” he said": a cue inside a quote
    (an odd number of quote marks before it in its sentence) reports someone the quoted speaker
    names; what follows its clause is the quoted speaker's own."""
    return sum(t.text in _QUOTE_MARKS for t in token.doc[token.sent.start:token.i]) % 2 == 1


def _from_quote(words: list) -> list:
    """ "X has a GDP of $660m. “It won't be surprising ...,” he said": where the parser ran the
    reporter's sentence into the quote (a full stop it read as an abbreviation's), what is said
    starts at the quote: the words before its opening mark end a sentence of the reporter's."""
    words = sorted(words, key=lambda t: t.i)
    for before, mark in zip(words, words[1:]):
        if mark.tag_ == "``" and mark.i == before.i + 1 and before.text.endswith((".", "!", "?")) \
                and any(t.tag_ == "''" for t in mark.doc[mark.i + 1:mark.sent.end]):
            return [t for t in words if t.i >= mark.i]
    return words


def _said_relative_noun(token, pronoun, clause, offset: int) -> Span | None:
    """ "the levy, which she says is unfair", "Ann Vaal, who he believes was right": the noun a
    relative subject stands for, when the cue heads the relative clause and the pronoun follows
    that noun at once (a comma or a dash between at most). Only a noun or a name (not a figure:
    "14%, which it says could reach 15%" may stand for the thing measured), and only the noun with
    the words before it: its phrase ends where the relative clause begins."""
    noun = token.head
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or noun.i >= pronoun.i \
            or noun.pos_ not in ("NOUN", "PROPN") or not noun.text[:1].isalpha():
        return None
    if any(c.dep_ in _OWN_SUBJECT_DEPS and c.i > token.i for c in clause.children):
        return None  # "the levy, which she says the town will drop": the pronoun is its object
    between = token.doc[noun.i + 1:pronoun.i]
    if len(between) > 1 or any(t.text not in _RELATIVE_PUNCTUATION for t in between):
        return None
    return _antecedent_phrase(noun, offset)


def _said_contact_noun(token, clause, offset: int) -> Span | None:
    """ "the choices he says face the town", "a move it hopes will cut prices": a relative clause
    with no pronoun, the cue its verb and the speaker right after the noun; the said clause after
    the cue has no subject of its own, so the noun is the first piece of what is said."""
    noun = token.head
    if token.dep_ != "relcl" or clause.i < token.i or noun.i >= token.i or noun.pos_ not in ("NOUN", "PROPN") \
            or not noun.text[:1].isalpha() or token.left_edge.i != noun.i + 1:
        return None
    if token.left_edge.tag_ in ("WP", "WDT", "WRB", "IN") or token.left_edge.dep_ not in ("nsubj", "det", "compound", "poss", "amod"):
        return None  # (a pronoun, a mark or a phrase of its own opens it: not a contact clause)
    if any(c.dep_ in _OWN_SUBJECT_DEPS for c in clause.children) or not _finite_statement(clause):
        return None
    return _antecedent_phrase(noun, offset)


_OWN_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl", "csubj", "csubjpass")


def _antecedent_phrase(noun, offset: int) -> Span | None:
    """The noun with the words before it that hang on it; its phrase ends where the relative
    clause begins."""
    if _under_a_participle(noun):
        return None
    phrase = list(noun.doc[noun.left_edge.i:noun.i + 1])
    if len(phrase) > _ANTECEDENT_WORDS or any(t.is_punct and t.text not in ("-", "'", "&") for t in phrase):
        return None  # (a long or broken phrase: a list or an aside the parse took in)
    return _trim(phrase, offset)


def _under_a_participle(noun) -> bool:
    """ "a bridge built over the river, which he said was ...", "posters showing Ms X, which
    critics said were ...": a noun inside a participle phrase on another noun; the relative
    clause may be that other noun's, and the parse cannot tell which. True when the first verb
    above the noun is such a participle (``acl``)."""
    head = noun
    while head.head.i != head.i:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            return head.dep_ == "acl"
    return False


_RELATIVE_PUNCTUATION = (",", "-", "–", "—")  # what may stand between a noun and its relative pronoun
_ANTECEDENT_WORDS = 8  # a noun phrase longer than this before the pronoun is rarely one noun's


def _relative_left(words: list, token) -> bool:
    """ "anyone visiting the website it mentions who then downloads the file": a "clause" after
    the cue that still opens with "who" / "which" (no noun before it to hang on) is a relative
    clause of a noun further back that the parser hung on the cue: nothing the cue says."""
    return bool(words) and words[0].tag_ in ("WP", "WDT") and words[0].dep_ in ("nsubj", "nsubjpass") \
        and words[0].i > token.i and words[0].lower_ in ("who", "which")


def _before_saying(span: Span | None, token, offset: int, lexicon: CueLexicon) -> Span | None:
    """ "defended the move saying it would help", "criticised the plan - which may cost jobs -
    saying the firm was profitable": the parse hangs the speaker's "saying" on the object (or on
    a clause inside it); what is said is the participle's own claim, the object ends before it."""
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if span is None or dobj is None:
        return span
    saying = next((t for t in dobj.subtree if t.i > dobj.i and t.dep_ in ("acl", "advcl")
                   and _saying_participle(t, lexicon)), None)
    if saying is None:
        return span
    kept = [t for t in dobj.subtree if t.i < saying.left_edge.i]
    return _trim(kept, offset) if kept else span


_BARE_PRONOUNS = frozenset({"it", "this", "that", "them", "these", "those"})


def _pronoun_object_phrase(span: Span | None, token, offset: int, lexicon: CueLexicon) -> Span | None:
    """ "described it as a mistake", "blamed this on the weather", "likened them to toys",
    "referred to it as a test": a bare pronoun object says nothing by itself; the phrase the
    verb places it with (``pronoun_object_preps``) says what is said, so the content runs from
    the pronoun to that phrase's end. The parser may hang "as" on a clause or an adverb of its
    own ("describing it as important as X"): a dependent of the verb opening with the preposition
    counts. A
    comma before the phrase ends the object ("denied it, as expected")."""
    preps = lexicon.pronoun_object_preps.get(token.lemma_.lower())
    if span is None or not preps or token.doc.text[span[0] - offset:span[1] - offset].lower() not in _BARE_PRONOUNS:
        return span
    pronoun = next((t for t in token.doc[token.i + 1:token.right_edge.i + 1]
                    if t.idx + offset == span[0] and t.lower_ in _BARE_PRONOUNS), None)
    if pronoun is None:
        return span
    phrase = next((c for c in token.children if c.i > pronoun.i and (
        (c.dep_ == "prep" and c.lower_ in preps) or
        (c.dep_ in ("advcl", "advmod", "xcomp", "oprd") and c.left_edge.i > pronoun.i
         and c.left_edge.lower_ in preps))), None)
    if phrase is None or any(t.is_punct for t in token.doc[pronoun.i + 1:phrase.left_edge.i]):
        return span
    return _trim([t for t in token.doc[pronoun.i:phrase.right_edge.i + 1]], offset) or span


def _with_antecedent(tokens: list) -> list:
    """A "clause" that opens with a relative pronoun is a relative clause the parser hung on
    the verb ("warning about e-mails that are circulating"): what is said is the noun with it."""
    if not tokens or tokens[0].lower_ not in ("that", "which", "who") or tokens[0].dep_ != "nsubj" \
            or tokens[0].i == 0:
        return tokens
    noun = tokens[0].doc[tokens[0].i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "dobj"):
        return tokens
    start = min(t.i for t in noun.subtree)
    while start > 0 and not noun.doc[start - 1].whitespace_ and (noun.doc[start - 1].is_alpha
                                                                 or noun.doc[start - 1].text == "-"):
        start -= 1  # "e-mails": the tokenizer's pieces of one word
    return list(noun.doc[start:noun.i + 1]) + tokens


def _object_with_charge(span: Span | None, token, offset: int, lexicon: CueLexicon) -> Span | None:
    """ "accused the league during the final of bias", "cautioned members against using phones":
    the object of a charge verb, or the hearer of a verb of advice, is only whom it is about; the
    charge ("of bias") or the advice ("against ...") is what is said. The parse may hang the "of"
    on a phrase between (a time), or the "against" on the verb: the object runs on to that
    phrase's end, within its clause (no comma between)."""
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if span is None or dobj is None or span[1] != offset + dobj.right_edge.idx + len(dobj.right_edge):
        return span
    lemma = token.lemma_.lower()
    if lemma in lexicon.charge_verbs:
        found = [t for t in token.subtree if t.dep_ == "prep" and t.lower_ in _CHARGE_PREPS
                 and t.i > dobj.right_edge.i and _through_phrases(t, token)]
    elif lemma in lexicon.hearer_that_verbs:
        found = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "against" and c.i > dobj.right_edge.i]
    else:
        return span
    if not found or any(t.is_punct for t in token.doc[dobj.right_edge.i + 1:found[0].i]):
        return span
    last = found[0].right_edge
    return (span[0], offset + last.idx + len(last))


def _object_with_placing_phrase(span: Span | None, token, offset: int, lexicon: CueLexicon) -> Span | None:
    """ "likened grid power to the coming of electricity", "blamed the closures on cheap imports",
    "credit him with ending the strike": what the thing is likened to, blamed on or credited with
    is what is said; the object alone is only a label. The parser hangs that phrase on the cue,
    so the object stopped before it. A phrase led by one of the cue's own prepositions
    (``pronoun_object_preps``, the table the bare-pronoun rule reads), right after the object
    with nothing between, joins it. "as" and "for" already join in ``_object_span``."""
    preps = lexicon.pronoun_object_preps.get(token.lemma_.lower())
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if span is None or not preps or dobj is None or dobj.i < token.i \
            or span[1] != offset + dobj.right_edge.idx + len(dobj.right_edge):
        return span
    phrase = next((c for c in token.children if c.dep_ == "prep" and c.i == dobj.right_edge.i + 1), None)
    if phrase is None or phrase.lower_ not in preps or not any(c.dep_ in ("pobj", "pcomp") for c in phrase.children):
        return span
    if any(t.ent_type_ in ("DATE", "TIME") for t in phrase.subtree):
        return span  # "blamed the delays on the storm on Tuesday": the time of the saying, or a date
    doc = token.doc
    end = phrase.right_edge.i + 1
    if end < len(doc) and doc[end].text == '"':
        end += 1  # 'likened X to a "camp guard"': the mark the parser hung on the cue closes the phrase
    return _trim(list(doc[dobj.left_edge.i:end]), offset) or span


def _charge_gerund_content(span: Span | None, token, offset: int, lexicon: CueLexicon):
    """The content of a finite charge verb ("accused X of doing A") as tokens, when it runs on to
    an "of" gerund; else None. The two charge continuations below start from it."""
    if span is None or token.lemma_.lower() not in lexicon.charge_verbs or token.tag_ == "VBG":
        return None
    last = token.doc.char_span(span[0] - offset, span[1] - offset, alignment_mode="expand")
    if last is None or not any(t.tag_ == "VBG" and t.head.lower_ in _CHARGE_PREPS for t in last):
        return None
    return last


def _charge_with_second_gerund(span: Span | None, token, offset: int, lexicon: CueLexicon) -> Span | None:
    """ "accused the mayor of telling lies and then attacking them": the parser joins the second
    gerund to the finite cue, though a gerund cannot go on from "accused": it is the charge's
    second act, part of what is said. Only a charge verb whose content runs on to an "of" gerund,
    a gerund conjunct of the cue right after that content, joined by "and" (with no comma), with no
    subject of its own."""
    last = _charge_gerund_content(span, token, offset, lexicon)
    if last is None:
        return span
    doc = token.doc
    second = next((c for c in token.children if c.dep_ == "conj" and c.tag_ == "VBG" and c.i > last.end), None)
    if second is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
        return span
    between = [t for t in doc[last.end:second.i]]
    if not between or between[0].lower_ != "and" or any(t.lower_ not in ("and", "then", "later") for t in between):
        return span
    end = second.right_edge
    return (span[0], offset + end.idx + len(end))


def _charge_with_purpose(span: Span | None, token, offset: int, lexicon: CueLexicon) -> Span | None:
    """ "accused the mayor of hiding the costs to meet the target": the parser may hang the
    infinitive of purpose on the finite cue, though it says why the charged act was done: it is
    the end of the charge. Only a charge verb whose content runs on to an "of" gerund, and an
    infinitive of the cue with no subject of its own starting right after that content (no mark
    between); it runs to its first punctuation ("..., a charge which X denies" stays out)."""
    last = _charge_gerund_content(span, token, offset, lexicon)
    if last is None:
        return span
    doc = token.doc
    purpose = next((c for c in token.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB"
                    and c.left_edge.i == last.end and c.left_edge.lower_ == "to"
                    and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)), None)
    if purpose is None:
        return span
    words = []
    for word in doc[purpose.left_edge.i:purpose.right_edge.i + 1]:
        if word.is_punct:
            break
        words.append(word)
    end = words[-1]
    return (span[0], offset + end.idx + len(end))


def _rebuttal_after_object(token, clause, lexicon: CueLexicon) -> bool:
    """ "She denied all that, insisting the books were sound": a denial with its own object before
    a comma, and the clause the parser gave the cue opening with a gerund right after that comma:
    the gerund is the speaker's next act (a rebuttal, said in its own words), not what is denied."""
    if lexicon.speech_verbs.get(token.lemma_.lower()) != "deny" or clause.i < token.i:
        return False
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    opening = clause.left_edge
    if dobj is None or dobj.i > opening.i or opening.tag_ != "VBG" or opening.i == 0:
        return False
    return token.doc[opening.i - 1].text == ","


def _through_phrases(word, top) -> bool:
    """``word`` hangs on ``top`` through prepositional phrases only ("during the final of"), not
    inside a clause of its own ("in a suit filed by the state of ..."): the phrase is the verb's."""
    head = word.head
    while head.i != top.i:
        if head.dep_ not in ("prep", "pobj") or head.head.i == head.i:
            return False
        head = head.head
    return True


_CHARGE_PREPS = ("of", "for", "over")  # "accused X of / for / over Y": the charge (see _accuses_of_nothing)


def _accuses_of_nothing(token) -> bool:
    """ "X accuses British sprinters": whom, with no "of" / "for" saying what of (anywhere after
    the verb: "accused the minister and his deputy of squabbling")."""
    if not any(c.dep_ == "dobj" for c in token.children):
        return False
    return not any(t.dep_ == "prep" and t.lower_ in ("of", "for", "over") and t.i > token.i for t in token.subtree)


def _said_clause(token):
    """The verb's clause: the one after it where it has two ("It is no secret, for example, that
    the palace believes the minister is sulking": the parser hangs the sentence before on the
    cue too); the one before it only when there is none after ("The dam held, he said")."""
    clauses = [c for c in token.children if c.dep_ in _CLAUSE_DEPS or _is_that_clause(c)]
    after = [c for c in clauses if c.i > token.i]
    before = [c for c in clauses if c.i < token.i and not _consequence_between(c, token)]
    return (after or before or [None])[0]


_CONSEQUENCE_WORDS = ("so", "therefore", "thus", "hence", "then")


def _consequence_between(clause, token) -> bool:
    """ "He is no programmer, so he asked others to ...": a sentence before the cue joined to it
    by "so" / "then" is the reason for what follows, not what the cue says."""
    return any(c.dep_ in ("advmod", "cc", "mark") and c.lower_ in _CONSEQUENCE_WORDS
               and clause.right_edge.i < c.i < token.i for c in token.children)


_CONTRAST_MARKS = ("although", "though", "while", "whereas")


def _hyphen_rest(clause) -> list:
    """ "said he would co-operate fully", "said she would re-enter the race": the parser may
    split a hyphened verb into three clauses of the cue ("co", "-", "operate fully"); the
    dash glued to the clause's last word, hung on the same head, and the word glued to the dash
    (hung on that head or on the dash: "should re-submit the plan") finish the clause's verb:
    their words belong to it."""
    doc, extra = clause.doc, []
    last = clause.right_edge
    while last.i + 2 < len(doc) and not last.whitespace_:
        dash, word = doc[last.i + 1], doc[last.i + 2]
        if dash.text != "-" or dash.whitespace_ or dash.head != clause.head or word.head not in (clause.head, dash) \
                or not word.is_alpha or word.left_edge.i != word.i or dash.left_edge.i != dash.i:
            break
        extra += sorted(set(dash.subtree) | set(word.subtree), key=lambda t: t.i)
        last = max(dash.right_edge, word.right_edge, key=lambda t: t.i)
    return extra


def _clause_words(token, clause, lexicon: CueLexicon) -> list:
    """The words of the verb's clause, with its subject where the parser made it the verb's
    object ("added underlying lending rose by 4%"), and without a contrast that reports another
    source ("rates will drop, although others feel ..."): that is the reporter's, and a claim of
    its own."""
    words = list(clause.subtree) + _hyphen_rest(clause)
    dobj = next((c for c in token.children if c.dep_ == "dobj" and c.i < clause.i), None)
    if dobj is not None and clause.i > token.i and dobj.right_edge.i + 1 == clause.left_edge.i \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") or (c.dep_ == "mark" and c.lower_ == "that")
                        for c in clause.children):
        words = _subject_words(token, dobj, lexicon) + words
    else:
        words = _split_subject(token, clause, lexicon) + words
    for contrast in clause.children:
        if contrast.dep_ == "advcl" and contrast.i > clause.i \
                and any(m.dep_ == "mark" and m.lower_ in _CONTRAST_MARKS for m in contrast.children) \
                and (contrast.lemma_.lower() in lexicon.speech_verbs or contrast.lemma_.lower() in lexicon.clause_verbs):
            cut = contrast.left_edge.i
            words = [t for t in words if t.i < cut]
    asked = _when_questioned(clause, lexicon)
    if asked is not None:
        words = [t for t in words if t.i < asked.left_edge.i]
    contrast = _reporters_despite(token, clause, lexicon)
    if contrast is not None:
        words = [t for t in words if t.i < contrast.i]
    withheld = _reporters_without(clause, lexicon)
    if withheld is not None:  # "said sales rose, without giving figures": what the speaker left out
        words = [t for t in words if t.i < withheld.i]
    tensed = _tensed_conjunct(clause, lexicon)
    if tensed is None and clause.i > token.i:  # "said tests had found nothing, but was upbeat": the speaker's
        tensed = _speakers_own_conjunct(clause)
    if tensed is not None:  # its "but" and comma are trimmed with the span's edge
        words = [t for t in words if t.i < tensed.left_edge.i or t.i > tensed.right_edge.i]
    second = _second_report(clause, lexicon)
    kept = _agreeing_conjunct(clause) if second is None else None
    if kept is not None:  # "said X may have been rude but were not racist, and said ...": its next act
        second = _second_report(kept, lexicon)
    if second is not None:  # "said X had no plans to quit and added that ...": a cue of its own
        words = [t for t in words if t.i < second.left_edge.i or t.i > second.right_edge.i]
    aside = _speakers_aside(clause, lexicon)
    if aside is not None:  # "..., but it did not specify how many": the reporter's words on the speaker
        words = [t for t in words if t.i < aside.left_edge.i or t.i > aside.right_edge.i]
    label = _reporters_label(words, lexicon) if clause.i > token.i else None
    if label is not None:  # "say there is a gap, a claim denied by X": the reporter's label on the words
        words = [t for t in words if t.i < label.left_edge.i]
    source = _reporters_source(words, lexicon) if clause.i > token.i else None
    if source is not None:  # "say X would suffer little, according to analysts": who the reporter heard it from
        words = [t for t in words if t.i < source.i]
    answer = _another_share_answers(token, clause, lexicon)
    if answer is not None:  # "41% said X and 35% disagreed": another share of those asked
        words = [t for t in words if t.i < answer.left_edge.i or t.i > answer.right_edge.i]
    effect = _reporters_consequence(clause, lexicon) if clause.i > token.i else None
    if effect is not None:  # "said it had found a way to X, raising hopes of Y": what it led to, told
        words = [t for t in words if t.i < effect.left_edge.i or t.i > effect.right_edge.i]
    parallel = _cue_form_conjunct(token, clause) if clause.i > token.i else None
    if parallel is not None:  # "with X stressing A and attacking B": X's next act, not what X stressed
        words = [t for t in words if t.i < parallel.left_edge.i or t.i > parallel.right_edge.i]
    act = _speakers_trailing_participle(token, clause, lexicon) if clause.i > token.i else None
    if act is not None:  # "said it would oppose the plan, calling it Y": the speaker's next act, a claim of its own
        words = [t for t in words if t.i < act.left_edge.i]
    shared = _shared_object_conjunct(token, clause, lexicon)
    if shared is not None and words and max(t.i for t in words) == clause.i:  # "claimed he drugged and raped her"
        words = words + list(token.doc[clause.i + 1:shared.right_edge.i + 1])
    joined = _second_that_clause(token, clause, lexicon)
    if joined is not None and words and max(t.i for t in words) >= clause.right_edge.i - 1:  # "A and (that) B"
        words = sorted(set(words) | set(token.doc[clause.right_edge.i:joined.right_edge.i + 1]), key=lambda t: t.i)
    other = _other_source(words, lexicon)
    if other is not None:  # "... and the Liberals claim ...": another source's claim
        words = [t for t in words if t.i < other.i]
    if words and max(t.i for t in words) == clause.right_edge.i and clause.i > token.i:
        words = words + _clause_going_on(token, clause, lexicon)  # "..., but by only 3% in ..."
    if words and max(t.i for t in words) == clause.right_edge.i and clause.i > token.i:
        words = words + _reason_going_on(token, clause, lexicon)  # "... rules so all parties can act"
    if words and max(t.i for t in words) == clause.right_edge.i and clause.i > token.i:
        words = words + _hung_on_the_cue(token, clause, lexicon)  # "..., at last, winning", "... since joining"
    return words + _run_on(words, lexicon)


def _hung_on_the_cue(token, clause, lexicon: CueLexicon) -> list:
    """The said clause's last words that the parse hung on the cue after the clause, running to
    the sentence's stop:
    - "believe they are, at long last, winning the argument": the clause's verb is a bare "be"
      with nothing to say, so the participle after the comma is its progressive verb;
    - "claims she is at her fittest since joining": a ``perfect_preps`` phrase cannot hang on a
      cue in a simple tense ("claims since ..."); it closes the said clause.
    Nothing when another word of the sentence stands between or after, or a quote is open."""
    doc = token.doc
    start = clause.right_edge.i + 1
    if start >= len(doc):
        return []
    first = doc[start + 1] if doc[start].text == "," and start + 1 < len(doc) else doc[start]
    comma = doc[first.i - 1].text == ","  # (the parse may keep the comma in the clause)
    if first.head != token or first.right_edge.i + 1 >= len(doc) \
            or doc[first.right_edge.i + 1].text not in _GAP_STOPS[:3] \
            or len([t for t in doc[token.sent.start:first.i] if t.text in _QUOTE_MARKS]) % 2:
        return []
    if comma and _progressive_of(first, clause):
        return list(doc[start:first.right_edge.i + 1])
    if not comma and first.dep_ == "prep" and first.lower_ in lexicon.perfect_preps \
            and not _perfect(token):
        return list(doc[start:first.right_edge.i + 1])
    return []


def _progressive_of(participle, clause) -> bool:
    """ "they are, at last, | beginning to ...": a present participle with no subject of its own
    after a said clause whose verb is a bare form of "be" (no complement, no object, no participle)."""
    if participle.tag_ != "VBG" or participle.dep_ not in ("advcl", "xcomp", "conj") \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark", "aux") for c in participle.children):
        return False
    return clause.lemma_.lower() == "be" and not any(
        c.dep_ in ("attr", "acomp", "dobj", "xcomp", "ccomp", "prep", "oprd", "advcl") for c in clause.children)


def _perfect(verb) -> bool:
    """ "has said since", "had claimed since": a cue in a perfect tense can take a "since" phrase."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children) or verb.tag_ == "VBN"


def _other_source(words: list, lexicon: CueLexicon):
    """The "and" / "but" inside (or right after) the clause's words that opens another source's
    claim ("the men are behaving like schoolboys and the Liberals claim ..."), else None."""
    if not words:
        return None
    inside = {t.i for t in words}
    last = max(inside)
    doc = words[0].doc
    for token in doc[min(inside):min(last + 2, len(doc))]:
        joiner = _joining_word(token, lexicon)
        if joiner is not None and joiner.i in inside:
            return joiner
    return None


def _second_report(clause, lexicon: CueLexicon):
    """ "said the councillors had no plans to quit and added that ...", "said the clinic had lost
    its funding but urged ...", "... and called for an inquiry": a verb of saying joined by
    "and" / "but" to the said clause's verb, with no subject of its own, is the speaker's next
    act, which the parse hung inside the clause: what it says is a claim (or request) of its own.
    Not when the clause's verb says something too ("said the firm had denied it and promised
    ..."), nor a participle that shares the clause's auxiliary ("had failed to act and shown a
    lack of ..."): the subject's two acts, both reported; nor inside a quote. A belief does not
    hold an act the parse joins to it or to what is believed ("said members did not want a
    strike and called for talks", "said it did not believe the risk was high and recommended
    ..."), only another belief ("said voters felt ignored and wanted a change"). A said verb of
    saying keeps its conjunct unless the tense shifts to the past (``_shifts_to_the_past``); a
    past the tagger read as a participle and a verb of saying read as an adjective are the act
    too (``_active_past_read_as_participle``, ``_act_read_as_adjective``). The conjunct, or None."""
    says_too = clause.lemma_.lower() in lexicon.speech_verbs
    believed = clause.lemma_.lower() in lexicon.clause_verbs
    heads = [clause] + ([c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i] if believed else [])
    for head in heads:
        misread = _act_read_as_adjective(head, clause, lexicon)
        if misread is not None and not says_too:  # "said X was too high and warned growth would ...": the
            return misread  # parse made "warned" an adjective on the next clause's subject
        for conj in head.children:
            if conj.i < head.i or conj.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
                continue
            if says_too and not _shifts_to_the_past(clause, conj):
                continue  # "said the firm had denied it and promised ...": the said subject's two acts
            marks = [t for t in clause.doc[min(clause.head.i, clause.left_edge.i):conj.i] if t.text in _QUOTE_MARKS]
            if len(marks) % 2 or (head is clause and _shares_the_modal(conj, clause)):
                continue  # said: “I had a message from him, saying ...”: the quoted speaker's words
            if conj.dep_ == "conj" and (conj.tag_ in _FINITE_TAGS or _active_past_read_as_participle(conj, head, lexicon)) \
                    and _an_act_of_saying(conj.lemma_.lower(), lexicon, believed) \
                    and any(c.dep_ == "cc" and c.lower_ in ("and", "but") and head.i < c.i < conj.i for c in head.children):
                return conj  # "... and added that", "... and instead thinks"
            if head is clause and _saying_participle(conj, lexicon) and conj.left_edge.i > 0 \
                    and conj.doc[conj.left_edge.i - 1].text == ",":
                return conj  # "said it was delaying the sale, adding it would raise prices"
    if says_too:
        return None
    hoped = _participle_with_that_clause(clause, lexicon)
    if hoped is not None:  # "said it was too soon to judge, hoping only that ...": a cue of its own
        return hoped
    return _deep_second_report(clause, lexicon, believed)


def _active_past_read_as_participle(conj, head, lexicon: CueLexicon) -> bool:
    """ "said the terms would not be scrapped and argued judges already had leeway", "said the
    fault was common and recommended users to wait": the tagger may read a past tense after
    "and" as a past participle (the two share one form). It is the past tense, the speaker's next
    act, when it takes what only an active verb takes, with no auxiliary of its own, and the said
    clause has no "have" it could share ("had denied it and argued that ...": the said subject's
    perfect):
    - a clause with its own subject or "that" ("argued courts had ..."): a passive of saying takes
      one only after an "it" ("it was argued that");
    - under a "be" that a passive could share ("would be held and told he could go"), a verb of
      telling (``addressee_verbs``) never, and a verb of asking (``request_verbs``) only with
      its hearer and what they are asked to do ("recommended users to use").
    Not when the clause's verb is itself the past participle under "have": see above."""
    if conj.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in conj.children):
        return False
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lemma_.lower() == "have" for a in auxiliaries):
        return False
    lemma = conj.lemma_.lower()
    under_be = head.lemma_.lower() == "be" or any(a.lemma_.lower() == "be" for a in auxiliaries)
    hearer = any(c.dep_ == "dobj" for c in conj.children)
    if under_be and lemma in lexicon.addressee_verbs:
        return False
    if under_be and lemma in lexicon.request_verbs:
        return hearer and any(c.dep_ == "xcomp" for c in conj.children)
    return any(c.dep_ == "ccomp" and any(s.dep_ in ("nsubj", "nsubjpass", "expl") or (s.dep_ == "mark" and s.lower_ == "that")
                                         for s in c.children) for c in conj.children)


def _shifts_to_the_past(clause, conj) -> bool:
    """ "say they oppose house arrest and questioned its legality": the said clause's verb is a
    simple present with no auxiliary and the joined verb a simple past with none: one subject's two
    verbs do not change tense between them unprompted, so the past one is the reporter's, telling
    what the speaker did next (even when the said verb is itself one of saying or taking a side).
    Only when the said subject is a pronoun that may stand for the speaker ("they"): after another
    subject ("its members reject ... and questioned") the past verb may still be theirs."""
    said_subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return said_subject is not None and said_subject.lower_ in _ASIDE_SUBJECTS \
        and clause.tag_ in ("VBP", "VBZ") and conj.tag_ == "VBD" \
        and not any(c.dep_ in ("aux", "auxpass") for c in list(clause.children) + list(conj.children))


def _act_read_as_adjective(head, clause, lexicon: CueLexicon):
    """ "said the outlook was too rosy and warned output would rise 1%", "suggested it could
    happen less often but argued efforts were needed": the parse may read the speaker's next verb
    of saying, right after "and" / "but", as an adjective on the bare noun after it, that noun
    being the subject of a clause joined to the said clause's verb. A verb of ``act_participles``
    (attribution_cues.yaml: verbs whose past participle is no adjective before a noun, unlike
    "reported sales", "expected gains") is the speaker's act: what follows is its clause. Not
    inside a quote. The joined clause's verb (its words start at the act), or None."""
    doc = head.doc
    for verb in head.children:
        if verb.dep_ != "conj" or verb.i < head.i or verb.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if subject is None or any(c.dep_ in ("det", "poss") for c in subject.children):
            continue
        act = doc[subject.left_edge.i]
        if act.dep_ != "amod" or act.head.i != subject.i or act.tag_ not in ("VBN", "VBD") \
                or act.lemma_.lower() not in lexicon.act_participles:
            continue
        joiner = doc[act.i - 1] if act.i > 0 else None
        if joiner is None or joiner.lower_ not in ("and", "but") or joiner.head.i != head.i:
            continue
        marks = [t for t in doc[min(clause.head.i, clause.left_edge.i):act.i] if t.text in _QUOTE_MARKS]
        if len(marks) % 2 == 0:
            return verb
    return None


def _participle_with_that_clause(clause, lexicon: CueLexicon):
    """ "said it was too soon to judge the crash, hoping only that the crew would be found": a
    subject-less "-ing" form of a verb of saying or believing, opening a phrase after a comma
    inside the said clause's predicate and taking a clause opened by its own "that", is the
    speaker's next act (its own claim), however deep the parse hangs it. Not a display verb
    ("showing them that ..."), not inside a quote. The participle, or None."""
    doc = clause.doc
    for word in clause.subtree:
        if word.i <= clause.i or word.tag_ != "VBG" or word.left_edge.i != word.i or word.i == 0 \
                or doc[word.i - 1].text != "," or word.dep_ not in ("advcl", "conj", "xcomp"):
            continue
        lemma = word.lemma_.lower()
        if (lemma not in lexicon.speech_verbs and lemma not in lexicon.clause_verbs) or lemma in lexicon.display_verbs \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in word.children):
            continue  # "wanted to win buyers back, showing them that ...": the said aim's means
        if not any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   for c in word.children):
            continue  # "..., hoping to sell it": the said subject's aim may be said too
        marks = [t for t in doc[min(clause.head.i, clause.left_edge.i):word.i] if t.text in _QUOTE_MARKS]
        if len(marks) % 2 == 0:
            return word
    return None


_LABEL_DETERMINERS = frozenset({"a", "an"})


def _reporters_label(words: list, lexicon: CueLexicon):
    """ "say there is a gap in the budget, a claim denied by the minister", "..., a charge the
    firm rejects": a noun of ``claim_nouns`` after a comma, opened by "a" / "an", with a
    participle or relative clause of its own, closing the said words, is the reporter's label
    on what was said, not part of it. Not inside a quote. The noun, or None."""
    if not words:
        return None
    doc = words[0].doc
    inside = {t.i for t in words}
    last = max((t.i for t in words if not t.is_punct), default=None)  # the said words' last word
    for noun in words:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.claim_nouns or noun.right_edge.i != last:
            continue
        start = noun.left_edge.i
        if doc[start].lower_ not in _LABEL_DETERMINERS or start == 0 or doc[start - 1].text != "," \
                or start - 1 not in inside:
            continue
        if not any(c.dep_ in ("acl", "relcl") and c.i > noun.i for c in noun.children):
            continue
        marks = [t for t in doc[min(inside):start] if t.text in _QUOTE_MARKS]
        if len(marks) % 2 == 0:
            return noun
    return None


def _reporters_source(words: list, lexicon: CueLexicon):
    """ "Investors seemed to feel the damage would be slight, according to analysts": a source
    phrase (``according_to``) right after a comma that closes the said words, naming a source (not
    "according to plan": ``_source_like``), is the reporter's citing of who told the whole
    sentence, not what the cue's speaker said (it is a claim of its own). Not inside a quote. The
    comma to cut from, or None."""
    if not words:
        return None
    doc = words[0].doc
    last = max(t.i for t in words if not (t.is_punct or t.is_space)) if _has_words(words) else None
    inside = {t.i for t in words}
    for comma in sorted(words, key=lambda t: t.i):
        if comma.text != "," or comma.i + 1 not in inside:
            continue
        phrase = next((p for p in lexicon.according_to if _starts_phrase(doc[comma.i + 1], p)), None)
        if phrase is None:
            continue
        head = doc[comma.i + len(phrase)]
        source = next((c for c in head.children if c.dep_ == "pobj"), None)
        if source is None or not _source_like(source, lexicon) or source.right_edge.i < (last or 0) \
                or sum(t.text in _QUOTE_MARKS for t in doc[doc[comma.i].sent.start:comma.i]) % 2:
            continue
        return comma
    return None


def _another_share_answers(token, clause, lexicon: CueLexicon):
    """ "41% said the mayor was doing well and 35% disagreed": when the speaker is a share of
    those asked, a verb joined to the said clause's verb whose own subject is another share is
    that share's answer, not what the first share said. The conjunct, or None."""
    speaker = _subject(token)
    if clause.i < token.i or speaker is None or not _a_share(speaker, lexicon):
        return None
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        # (the parser may hang a share's "%" on the verb as a compound: "and 35% disagreed")
        subjects = [c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass", "compound") and c.i < conj.i]
        if len(subjects) == 1 and _a_share(subjects[0], lexicon) and subjects[0].i > clause.i:
            return conj
    return None


# Links from a word to its head that stay inside one clause's predicate: a verb's infinitive, a
# noun's relative or phrase, a preposition's object. A "that" clause, an adverbial clause or a
# clause set beside the verb (ccomp, advcl, parataxis) brings a subject of its own, whose act a
# verb joined inside it may be ("said the agent told him X and suggested Y").
_PREDICATE_LINKS = ("xcomp", "relcl", "acl", "prep", "pobj", "pcomp", "acomp", "attr", "dobj", "advmod", "npadvmod")


def _deep_second_report(clause, lexicon: CueLexicon, believed: bool):
    """ "said workers did not wish to walk out and called for talks", "said he was delighted
    with the way things were going and dismissed criticism": the parse hangs the speaker's next
    act deep inside the said clause's predicate (on its infinitive, on a relative clause), not on
    the clause's verb. A tensed verb of saying joined there by "and" / "but", with no subject of
    its own, on an untensed word it cannot share a tense with (an infinitive, a participle),
    reached from the clause's verb through predicate links only, is the speaker's next act.
    The conjunct, or None."""
    doc = clause.doc
    for conj in clause.subtree:
        if conj.dep_ != "conj" or conj.head.i == clause.i or conj.i < clause.i or conj.tag_ not in ("VBD", "VBZ") \
                or not _an_act_of_saying(conj.lemma_.lower(), lexicon, believed) \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            continue
        head = conj.head
        if head.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i == conj.i - 1 for c in head.children):
            continue  # (the coordinator right before the verb: "... and called for talks")
        if head.tag_ not in ("VB", "VBG") and not (head.tag_ == "VBN" and head.dep_ == "xcomp"):
            continue  # a tensed verb on a tensed one may be its subject's: "who saw it and told police"
        if not _predicate_path(head, clause):
            continue
        marks = [t for t in doc[min(clause.head.i, clause.left_edge.i):conj.i] if t.text in _QUOTE_MARKS]
        if len(marks) % 2:
            continue  # inside a quote: the quoted speaker's words
        return conj
    return None


def _deep_conj_teller(token):
    """The verb whose said clause holds ``token`` as the speaker's next act hung deep inside it
    (see ``_deep_second_report``): that verb's subject, not the clause's, goes on to speak. None
    when ``token`` is no such conjunct."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ not in ("VBD", "VBZ") or token.i < head.i \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children) \
            or not (head.tag_ in ("VB", "VBG") or (head.tag_ == "VBN" and head.dep_ == "xcomp")) \
            or not any(c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i == token.i - 1 for c in head.children):
        return None
    clause = head
    while clause.dep_ in _PREDICATE_LINKS and clause.head.i != clause.i:
        clause = clause.head
    if clause.i == head.i or clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX") \
            or not _predicate_path(head, clause):
        return None
    marks = [t for t in token.doc[min(clause.head.i, clause.left_edge.i):token.i] if t.text in _QUOTE_MARKS]
    return None if len(marks) % 2 else clause.head


def _predicate_path(word, clause) -> bool:
    """``word`` hangs on ``clause``'s verb through predicate links only (``_PREDICATE_LINKS``)."""
    while word.i != clause.i:
        if word.dep_ not in _PREDICATE_LINKS or word.head.i == word.i:
            return False
        if word.dep_ in ("relcl", "acl") and any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")
                                                 for c in word.children):
            return False  # "the man who was walking home and told": the relative's subject acts
        word = word.head
    return True


_ASIDE_SUBJECTS = frozenset({"it", "he", "she", "they"})


def _speakers_aside(clause, lexicon: CueLexicon):
    """ "said the new bins will work in almost all streets, but it did not specify how many homes
    would miss out": a verb of saying or commenting joined to the said clause's verb by ", but" /
    ", and", whose subject is a pronoun standing for the speaker, is the reporter telling what the
    speaker did (or did not) say next, not part of the report. Not inside a quote. The conjunct,
    or None."""
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.pos_ not in ("VERB", "AUX"):
            continue
        if not _says_or_refuses_to(conj, lexicon) or _second_complement(conj):
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in _ASIDE_SUBJECTS for c in conj.children):
            continue
        joiner = next((c for c in clause.children
                       if c.dep_ == "cc" and c.lower_ in ("but", "and") and c.i < conj.i), None)
        if joiner is None or joiner.i == 0 or clause.doc[joiner.i - 1].text != ",":
            continue
        marks = [t for t in clause.doc[clause.sent.start:conj.i] if t.text in _QUOTE_MARKS]
        if len(marks) % 2 == 0:
            return conj
    return None


def _second_complement(conj) -> bool:
    """ "added that it was raising its dividend, and that it would continue with buybacks": a
    conjunct opened by its own "that" is a second clause of the same report, not the reporter's
    aside on the speaker."""
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i == conj.left_edge.i for c in conj.children)


_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "you"})


def _second_that_clause(token, clause, lexicon: CueLexicon):
    """ "believe that locking content down is a bad idea, and that copyright law should be
    embraced", "feels that the market has risen on solid growth and its current level rests on
    sound foundations": the parser hangs the second clause of one report on the cue. Right after
    the said clause and "and", a conjunct of the cue opened by its own "that" is reported too. One
    with no "that" only under the first clause's "that", with a bare "and" (no comma), a finite
    verb that is no act of saying or believing, and a common noun as subject: a pronoun or a
    name may be the speaker or someone else acting next ("said that A and he left"). The
    conjunct, or None."""
    if clause.i < token.i:
        return None
    doc = token.doc
    # the parser may hang the "and" on the clause's last noun: it is then the clause's last word
    after = clause.right_edge.i if clause.right_edge.lower_ == "and" else clause.right_edge.i + 1
    comma = after < len(doc) and doc[after].text == ","
    after += 1 if comma else 0
    if after + 1 >= len(doc) or doc[after].lower_ != "and":
        return None
    # "his efforts failed after he revealed A, and that B": the parser may hang "that B" higher up
    for conj in [c for head in (token, *token.ancestors) for c in head.children]:
        if conj.dep_ != "conj" or conj.i <= after or conj.pos_ not in ("VERB", "AUX") or conj.left_edge.i != after + 1:
            continue
        if any(c.dep_ == "mark" and c.lower_ == "that" and c.i == after + 1 for c in conj.children):
            return conj  # "..., and that B": a second complement of the cue
        if conj.head.i != token.i or conj.tag_ not in _FINITE_TAGS:
            continue
        if comma or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            continue
        subjects = [c for c in conj.children if c.dep_ in ("nsubj", "nsubjpass")]
        if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].lower_ in _SPEAKER_PRONOUNS \
                or _an_act_of_saying(conj.lemma_.lower(), lexicon, believed=False):
            continue
        return conj
    return None


def _says_or_refuses_to(verb, lexicon: CueLexicon) -> bool:
    """A verb of saying or commenting ("did not specify"), or a refusal of one ("refused to
    comment"); a bare refusal ("but he refused") is an act in the story, not the reporter's aside."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.speech_verbs or lemma in lexicon.comment_verbs:
        return True
    return lemma in lexicon.decline_verbs and any(
        c.dep_ == "xcomp" and (c.lemma_.lower() in lexicon.comment_verbs or c.lemma_.lower() in lexicon.speech_verbs)
        for c in verb.children)


def _shared_object_conjunct(token, clause, lexicon: CueLexicon):
    """ "claimed he and his friends robbed and beat him": the parser hangs the second verb,
    which shares the said clause's subject and takes the object both verbs share, on the cue.
    A said clause that ends on its bare verb (nothing after it), followed by "and" / "or" and a
    verb of the same tense with an object and no subject of its own, is one act of the clause.
    Not a verb of saying, asking or believing: "claimed he lied and demanded an apology" is the
    speaker's next act. The conjunct, or None."""
    if clause.i < token.i or clause.right_edge.i != clause.i or clause.tag_ not in _FINITE_TAGS:
        return None
    doc = token.doc
    for conj in token.children:
        if conj.dep_ != "conj" or conj.i != clause.i + 2 or doc[clause.i + 1].lower_ not in ("and", "or"):
            continue
        if conj.tag_ != clause.tag_ or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children) \
                or _an_act_of_saying(conj.lemma_.lower(), lexicon, believed=False):
            continue
        if any(c.dep_ == "dobj" for c in conj.children):
            return conj
    return None


def _an_act_of_saying(lemma: str, lexicon: CueLexicon, believed: bool) -> bool:
    """A verb the speaker goes on with after a said clause: saying, refusing to say, asking
    ("... but refused to comment", "... and recommended users to wait"), or believing when
    the said clause holds no belief of its own."""
    acts = lemma in lexicon.speech_verbs or lemma in lexicon.decline_verbs or lemma in lexicon.request_verbs
    return acts or (lemma in lexicon.clause_verbs and not believed)


def _saying_participle(token, lexicon: CueLexicon) -> bool:
    """A subject-less "-ing" form of a verb of saying ("adding ...", "saying ...")."""
    return token.tag_ == "VBG" and token.lemma_.lower() in lexicon.speech_verbs \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _run_on(words: list, lexicon: CueLexicon) -> list:
    """ "says he will not let “rumours” distract him from ...", "dismissed claims plans to get X
    into university would devalue degrees": the parse may hang the clause's own verb on a verb
    far up, a conjunct with no "and", no comma and no subject right after the clause's words;
    those words go on with the clause. The words to add, or none."""
    if not words:
        return []
    last = max(words, key=lambda t: t.i)
    if last.i + 1 >= len(last.doc):
        return []
    after = last.doc[last.i + 1]
    verb = after.head if after.dep_ in ("aux", "neg") else after
    inside = {t.i for t in words}
    if after.is_punct or after.is_space or verb.dep_ not in ("conj", "dep", "ccomp") or verb.head.i in inside \
            or verb.pos_ not in ("VERB", "AUX") or verb.left_edge.i != after.i or verb.sent.start != last.sent.start \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "cc") for c in verb.children):
        return []
    if last.lower_ in ("and", "but") and _an_act_of_saying(verb.lemma_.lower(), lexicon, believed=False):
        return []  # "said that A and | warned that B" (the "and" hung on A, "warned" on the cue): the next act
    return list(last.doc[after.i:verb.right_edge.i + 1])


_CONCESSIONS = ("despite", "after")  # "denied X after facing criticism for ...": the reporter's framing


def _reporters_despite(token, clause, lexicon: CueLexicon):
    """ "denied he was ruling it out despite saying there would be no test", "denied there was a
    plot after facing criticism": a "despite" / "after" phrase closing the clause whose gerund
    has no subject of its own sets the speaker's words against what the speaker did or said; the
    reporter's framing, not what was said. Only after a denial, or with a gerund of saying
    ("despite claiming ..."). The preposition, or None."""
    denial = lexicon.speech_verbs.get(token.lemma_.lower()) == "deny"
    for word in clause.subtree:
        if word.dep_ != "prep" or word.lower_ not in _CONCESSIONS or word.right_edge.i < clause.right_edge.i - 1:
            continue
        gerund = next((c for c in word.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if gerund is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
            continue
        lemma = gerund.lemma_.lower()
        if not denial and lemma not in lexicon.addressee_verbs and any(c.dep_ == "dative" for c in gerund.children) \
                and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in gerund.children):
            continue  # "after denying him a drink": a thing withheld from someone, no saying
        if denial or lemma in lexicon.speech_verbs or lemma in lexicon.clause_verbs:
            return word
    return None


def _reporters_without(clause, lexicon: CueLexicon):
    """ "says bookings have beaten forecasts, without giving figures", "said the bridge would
    reopen, without saying what the repairs cost": a "without" phrase set off by a comma and
    closing the said clause, whose gerund has no subject of its own and is a verb of saying,
    commenting, explaining or giving a detail (``detail_giving_verbs``), tells what the speaker
    left out: the reporter's aside. "would act without consulting anyone" (no comma) and
    "without realising" (no verb of telling) stay the speaker's; not inside a quote. The
    preposition, or None."""
    doc = clause.doc
    for word in clause.subtree:
        if word.dep_ != "prep" or word.lower_ != "without" or word.i == 0 or doc[word.i - 1].text != "," \
                or word.right_edge.i < clause.right_edge.i - 1:
            continue
        gerund = next((c for c in word.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if gerund is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
            continue
        if len([t for t in doc[clause.sent.start:word.i] if t.text in _QUOTE_MARKS]) % 2:
            continue  # an open quote: the speaker's own words
        lemma = gerund.lemma_.lower()
        if lemma in lexicon.speech_verbs or lemma in lexicon.comment_verbs \
                or lemma in lexicon.explanation_verbs or lemma in lexicon.detail_giving_verbs:
            return word
    return None


def _reporters_consequence(clause, lexicon: CueLexicon):
    """ "said output fell 2%, confounding forecasts of a rise", "said the partner would pull out,
    prompting analysts to question its cash": a participle with no subject of its own closing the
    said clause after a comma, of a verb telling how others took the news (``consequence_verbs``,
    or ``reaction_verbs`` with a ``reaction_nouns`` object: "raising hopes"), is the reporter's
    account of what followed. Not after a modal in the clause ("may harden, prompting an
    auction": the speaker's forecast), nor inside a quote; only for a clause after the cue ("Sales
    tripled, outstripping its rival, said analysts": the words before the tag are all theirs).
    The participle, or None."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return None
    doc = clause.doc
    for word in clause.subtree:
        if word.tag_ != "VBG" or word.dep_ not in ("advcl", "xcomp", "conj") or word.left_edge.i == 0 \
                or doc[word.left_edge.i - 1].text != "," or word.right_edge.i < clause.right_edge.i - 1 \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "mark") for c in word.children):
            continue
        if any(t.text in _QUOTE_MARKS for t in doc[clause.left_edge.i:word.i]):
            continue
        lemma = word.lemma_.lower()
        if lemma in lexicon.consequence_verbs or (lemma in lexicon.reaction_verbs and any(
                c.dep_ == "dobj" and c.lemma_.lower() in lexicon.reaction_nouns for c in word.children)):
            return word
    return None


def _speakers_trailing_participle(token, clause, lexicon: CueLexicon):
    """ "X said he blamed A, saying B", "X said it was hopeful it could save jobs by selling the unit,
    saying B", "X said it would fight the plan, calling it Y": a subject-less "-ing" form of a verb of
    saying after a comma, with something said of its own (a clause, a complement), closing the said
    clause however deep the parse hangs it, is the speaker's next act when every subject on the way
    from it up to the said clause is a pronoun standing for the speaker (``speaker_echo_pronouns``;
    "I" / "we" only under a speaker of the same word). ``_second_report`` takes such a participle hung
    right on a said verb that does not say; this one reaches the rest. Not a display verb, not inside
    a quote, not a named said subject ("said the chairman quit, saying ..." may be his words). The
    participle, or None."""
    doc = clause.doc
    for word in clause.subtree:
        if word.i <= clause.i or word.tag_ != "VBG" or word.left_edge.i != word.i or doc[word.i - 1].text != "," \
                or word.dep_ not in ("advcl", "conj", "xcomp") or word.right_edge.i < clause.right_edge.i - 1:
            continue
        lemma = word.lemma_.lower()
        if lemma not in lexicon.speech_verbs or lemma in lexicon.display_verbs \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "mark") for c in word.children) \
                or not any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in word.children):
            continue  # "..., saying so" / "..., adding to the cost": nothing said of its own
        if sum(t.text in _QUOTE_MARKS for t in doc[min(token.i, clause.left_edge.i):word.i]) % 2 \
                or not _subjects_echo_speaker(token, word, clause, lexicon):
            continue
        return word
    return None


def _cue_form_conjunct(token, clause):
    """ "with X stressing that A should not happen and attacking B", "X, arguing the plan had failed
    and urging ...": an "-ing" verb joined by "and" / "but" to the said clause's verb, with no subject
    or auxiliary of its own, cannot share that verb's form when the verb is a modal's bare verb, a
    past or a participle: it has the form of the cue, an "-ing" cue, and is the speaker's next act
    that the parse hung inside the clause. Only under an "-ing" cue ("said A and going B" is no
    sentence to read); not after a present ("means A and ensuring B" may list the verb's objects),
    nor in a "both ... and" list. The conjunct, or None."""
    if token.tag_ != "VBG" or clause.tag_ not in ("VB", "VBN", "VBD") \
            or any(t.dep_ == "preconj" for t in clause.subtree):
        return None  # "means both A and ensuring B": a list of the verb's objects
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or conj.tag_ != "VBG" \
                or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in conj.children):
            continue
        if any(c.dep_ == "cc" and c.lower_ in ("and", "but") and clause.i < c.i < conj.i for c in clause.children):
            return conj
    return None


def _subjects_echo_speaker(token, word, clause, lexicon: CueLexicon) -> bool:
    """Whether every subject of the verbs from ``word``'s head up to ``clause`` is a pronoun that
    may stand for the cue's speaker, and the clause has one."""
    speaker = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if speaker is None:
        return False
    found = False
    verb = word.head
    while True:
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
            said = subject.lower_
            if said not in lexicon.speaker_echo_pronouns or (said in ("i", "we") and speaker.lower_ != said):
                return False
            if speaker.pos_ == "PRON" and speaker.lower_ != said:
                return False  # "she said he ...": another person
            found = True
        if verb.i == clause.i or verb.head.i == verb.i:
            break
        verb = verb.head
    return found and verb.i == clause.i


def _tensed_conjunct(clause, lexicon: CueLexicon):
    """ "announced they would retire in June, but gave no reason": a verb joined to the
    clause's verb with no subject of its own but a tense of its own ("did", "gave") where the
    clause's verb stands under a modal ("would quit") cannot share that modal: it is the
    reporter's second verb for the speaker, parsed into the clause. Not a past perfect after a
    backshifted modal (``_backshifted_perfect``). The conjunct, or None."""
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return None
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or conj.i < clause.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "mark" and c.lower_ == "that")
               for c in conj.children):
            continue  # "might soon be real and that for the web X is likely": a second complement
        auxiliaries = [c for c in conj.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" for a in auxiliaries) or _shares_the_modal(conj, clause) \
                or _agrees_with_said_subject(conj, auxiliaries, clause) \
                or _backshifted_perfect(conj, auxiliaries, clause, lexicon):
            continue
        if conj.tag_ in ("VBD", "VBZ") or any(a.tag_ in ("VBD", "VBZ") for a in auxiliaries):
            return conj
    return None


def _backshifted_perfect(conj, auxiliaries, clause, lexicon: CueLexicon) -> bool:
    """ "argued the two could work as a team and had built a strong economy", "said the
    devices could be misused but had, on balance, been a boon": after a said clause under a
    backshifted modal (``backshift_modals``), a subject-less conjunct in the past perfect ("had"
    and a participle) is the same backshift of reported speech: what is said goes on, of the said
    clause's subject. Not a verb of saying, believing, commenting or refusing ("and had
    refused to comment": the reporter's account of the speaker)."""
    modals = [c for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if not modals or modals[0].lower_ not in lexicon.backshift_modals or conj.tag_ != "VBN":
        return False
    if not auxiliaries or auxiliaries[0].lemma_.lower() != "have" or auxiliaries[0].tag_ != "VBD":
        return False
    return not (_says_or_refuses_to(conj, lexicon) or _an_act_of_saying(conj.lemma_.lower(), lexicon, believed=False))


def _speakers_own_conjunct(clause):
    """ "said tests had shown no finds, but was upbeat about other areas", "said the plan had
    failed but were confident of a deal": a verb joined to the said clause's verb with no subject
    of its own, whose tensed form agrees in number with the speaker and not with the said
    clause's subject, cannot go on with what is said (its subject would have to be the clause's):
    it is the reporter's next verb for the speaker, parsed into the clause. The mirror of
    ``_agrees_with_said_subject``; only when both subjects show a number and they differ, and
    not inside a quote. The said subject's number is the one its own verb shows ("the pair were
    ... and are keen": no cut), and a joined subject ("the studio and offices ... and was where")
    shows none: the writer may take it as one thing. The conjunct, or None."""
    said_subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if said_subject is None or any(c.dep_ == "conj" for c in said_subject.children):
        return None
    own_finite = next((c for c in clause.children if c.dep_ in ("aux", "auxpass")), clause)
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.pos_ not in ("VERB", "AUX") or conj.i < clause.i:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") or (c.dep_ == "mark" and c.lower_ == "that")
               for c in conj.children):
            continue
        auxiliaries = [c for c in conj.children if c.dep_ in ("aux", "auxpass")]
        if not _right_after_coordinator(clause, conj, auxiliaries):
            continue
        numbers = _conjunct_numbers(conj, auxiliaries, clause)
        if numbers is None or numbers[0] != numbers[2] or numbers[1] == numbers[2] \
                or _finite_number(own_finite) not in (None, numbers[1]):
            continue
        marks = [t for t in clause.doc[clause.sent.start:conj.i] if t.text in _QUOTE_MARKS]
        if len(marks) % 2 == 0:
            return conj
    return None


def _right_after_coordinator(clause, conj, auxiliaries) -> bool:
    """The conjunct's tensed word follows the clause's "and" / "but" with only adverbs or
    commas between (", but was upbeat", "and are already planning"): words between may be a
    subject the parse lost ("and endless columns ... have been devoted") or a second "that"."""
    first = min([conj] + auxiliaries, key=lambda t: t.i)
    joiner = next((c for c in clause.children if c.dep_ == "cc" and c.lower_ in ("and", "but") and c.i < first.i), None)
    if joiner is None:
        return False
    return all(t.pos_ in ("ADV", "PUNCT") for t in clause.doc[joiner.i + 1:first.i])


def _conjunct_numbers(conj, auxiliaries, clause) -> tuple[str, str, str] | None:
    """The numbers of the conjunct's tensed form, of the said clause's subject and of the
    speaker (the cue's subject), or None when any of them shows none."""
    finite = auxiliaries[0] if auxiliaries else conj
    form = _finite_number(finite)
    cue = clause.head
    said_subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    speaker = next((c for c in cue.children if c.dep_ == "nsubj"), None) if clause.dep_ == "ccomp" else None
    if form is None or said_subject is None or speaker is None:
        return None
    said_number, speaker_number = _subject_number(said_subject), _subject_number(speaker)
    if said_number is None or speaker_number is None:
        return None
    return form, said_number, speaker_number


def _agrees_with_said_subject(conj, auxiliaries, clause) -> bool:
    """ "said his remarks may have been rude but were not racist": the conjunct's tensed form
    ("were") agrees in number with the said clause's subject ("remarks") and not with the
    speaker ("he"), so it cannot be the reporter's verb for the speaker: it goes on with what is
    said. Only when both subjects show a number and the two numbers differ."""
    numbers = _conjunct_numbers(conj, auxiliaries, clause)
    if numbers is None:
        return False
    form, said_number, speaker_number = numbers
    return said_number == form and speaker_number != form


def _agreeing_conjunct(clause):
    """The subject-less conjunct of the said clause's verb kept by ``_agrees_with_said_subject``,
    or None: a verb of saying joined to it is still the speaker's next act. Only under a modal,
    where ``_tensed_conjunct`` would have cut it."""
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return None
    for conj in clause.children:
        if conj.dep_ != "conj" or conj.i < clause.i or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
            continue
        auxiliaries = [c for c in conj.children if c.dep_ in ("aux", "auxpass")]
        if _agrees_with_said_subject(conj, auxiliaries, clause):
            return conj
    return None


def _finite_number(word) -> str | None:
    """ "is", "was", "has" and any -s form are singular; "are", "were" and a bare present plural."""
    if word.tag_ == "VBZ" or word.lower_ == "was":
        return "Sing"
    if word.tag_ == "VBP" or word.lower_ == "were":
        return "Plur"
    return None


def _subject_number(subject) -> str | None:
    """The number of a third-person subject ("X and Y" plural), None for "I", "you" or no number."""
    if subject.lower_ in ("i", "you", "we") or subject.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None if subject.lower_ != "we" else "Plur"
    if any(c.dep_ == "conj" for c in subject.children):
        return "Plur"
    number = subject.morph.get("Number")
    return number[0] if number else None


def _shares_the_modal(conj, clause) -> bool:
    """ "says the plans could save £100 a year and cut deaths", "said they would ignore the ban
    and continue to march": a verb joined to the said clause's verb under a modal, in the bare
    form (the form of "cut", "put", "set" is a past as well, so the tagger may call it one), with
    no auxiliary of its own, shares the modal: what is said goes on. Not when the cue is itself in
    the bare form ("Critics say it would fail and call for ..."): the verb may then be the
    speaker's next act."""
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    if conj.lower_ != conj.lemma_.lower() or any(c.dep_ in ("aux", "auxpass") for c in conj.children):
        return False
    cue = clause.head
    return clause.dep_ in _CLAUSE_DEPS and cue.pos_ in ("VERB", "AUX") and cue.lower_ != cue.lemma_.lower()


_SUBJECT_OPENERS = ("DET", "ADJ", "NOUN", "PROPN", "NUM")


def _split_subject(token, clause, lexicon: CueLexicon) -> list:
    """ "admitted poor passing from X and Y, who lost the ball, had been decisive": a said clause
    after the cue with a tensed verb and no subject, the parser having hung the words before it
    on the cue. Those words, a noun phrase right after the cue, are its subject. Not after a
    verb taking a hearer ("told the BBC ..."), whose object the rule above reads."""
    if clause.i < token.i or clause.dep_ != "ccomp" or token.lemma_.lower() in lexicon.addressee_verbs \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "mark") for c in clause.children) \
            or not any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return []
    gap = list(token.doc[token.i + 1:clause.left_edge.i])
    while gap and gap[-1].is_punct:
        gap.pop()
    if len(gap) < 2 or gap[0].pos_ not in _SUBJECT_OPENERS or any(t.lower_ == "that" or t.text in _QUOTE_MARKS for t in gap) \
            or any(t.head.i != token.i and not gap[0].i <= t.head.i <= gap[-1].i for t in gap):
        return []
    return gap


def _subject_words(token, dobj, lexicon: CueLexicon) -> list:
    """The words of an object the parser took from the clause's subject. After a verb that takes
    its hearer as object ("told the BBC lessons were learned") a leading name is the hearer: the
    subject is what follows it; a name alone is only the hearer."""
    tokens = list(dobj.subtree)
    if token.lemma_.lower() not in lexicon.addressee_verbs:
        return tokens
    if dobj.pos_ in ("PROPN", "PRON"):
        return []
    names = [t for t in tokens if t.i < dobj.i and t.pos_ == "PROPN"]
    return [t for t in tokens if t.i > names[-1].i] if names else tokens


_SAYING_TIMES = ("when", "while", "after", "as")


def _when_questioned(clause, lexicon: CueLexicon):
    """A participle closing the clause that tells when it was said ("denied he met him when
    questioned by the prosecution", "when asked about it"): the reporter's framing, not what
    was said. The participle's clause, or None."""
    for token in clause.subtree:
        if token.dep_ == "advcl" and token.tag_ == "VBN" and token.lemma_.lower() in lexicon.questioning_verbs \
                and token.right_edge.i >= clause.right_edge.i - 1 \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children) \
                and any(c.lower_ in _SAYING_TIMES and c.i < token.i for c in token.children):
            return token
    return None


def _without_connective(tokens: list, lexicon: CueLexicon) -> list:
    """A clause without the reporter's connective at its end ("Many believe passwords are not
    enough though."): "though", "however" tie the sentence to the story, nobody said them."""
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    last = words[-1] if words else None
    if last is None or last.lower_ not in lexicon.connectives or last.dep_ != "advmod" or len(words) < 3:
        return tokens
    return [t for t in tokens if t.i < last.i]


_QUOTED_CONTENTS = ("quote", "colon")  # contents a quote's marks set: their words are the speaker's


def without_lead_connective(item: Found, doc, offset: int, text: str, lexicon: CueLexicon,
                            told: Sequence[Found] = ()) -> None:
    """Start the item's content after the reporter's words that open it: a connective with its
    comma ("However, sales rose, the firm said"; "According to X, however, it is ..."), a
    conjunction after the reporter's own sentence ("But the plan failed, the firm said") or the
    time of the telling ("said in November they would ..."). Nobody said these words
    (``content_lead_connectives``, ``content_lead_conjunctions``, ``telling_time_nouns``). Kept
    inside a quote (the speaker's own word) and when the word is no adverb of the clause
    ("however hard they try"). ``told``: the document's attributions (a said sentence before
    keeps its "But": the speaker's own contrast)."""
    if item.content is None or item.content_from in _QUOTED_CONTENTS or _inside_quote(text, item):
        return
    start, end = item.content
    first = next((t for t in doc if t.idx + offset >= start and not (t.is_space or t.is_punct)), None)
    if first is None or first.idx + offset != start:
        return
    after = _after_lead_connective(first, lexicon) or _after_reporter_conjunction(first, item, offset, text, lexicon, told) \
        or _after_telling_time(first, item, offset, lexicon)
    if after is None:
        return
    rest = [t for t in doc[after:] if t.idx + offset < end and not (t.is_space or t.is_punct)]
    if len(rest) < 3:
        return
    new_start = rest[0].idx + offset
    item.content = (new_start, end)
    if item.pieces and item.pieces[0][0] == start:
        item.pieces[0] = (new_start, item.pieces[0][1])
    if item.clause is not None and item.clause[0] == start:
        item.clause = (new_start, item.clause[1])


def _after_lead_connective(first, lexicon: CueLexicon) -> int | None:
    """The token index after "However," opening the content, or None."""
    doc = first.doc
    comma = doc[first.i + 1] if first.i + 1 < len(doc) else None
    if first.lower_ not in lexicon.content_lead_connectives or first.dep_ != "advmod" \
            or comma is None or comma.text != ",":
        return None
    return comma.i + 1


def _after_reporter_conjunction(first, item: Found, offset: int, text: str, lexicon: CueLexicon,
                                told: Sequence[Found]) -> int | None:
    """The token index after a "But" / "And" opening a said sentence before its tag ("But the
    plan failed, the firm said") when the sentence before is the reporter's own: no attribution
    and no quote mark in it. After a said sentence the contrast may be the speaker's: kept."""
    if first.lower_ not in lexicon.content_lead_conjunctions or first.dep_ != "cc" or item.cue[0] < item.content[1]:
        return None
    sentence = first.sent
    if first.i != sentence.start or sentence.start == 0:
        return None  # not the sentence's first word, or no sentence before it in this piece
    if any(mark in text[item.content[1]:item.cue[0]] for mark in ("\u201c", "\u201d", '"')):
        return None  # a quote closes before the tag: opened earlier, the "and" is the speaker's own
    before = first.doc[sentence.start - 1].sent
    before_span = (before.start_char + offset, before.end_char + offset)
    if any(mark in text[before_span[0]:before_span[1]] for mark in ("\u201c", "\u201d", '"')):
        return None
    if any(_overlaps(other.cue, before_span) or (other.content and _overlaps(other.content, before_span))
           for other in told):
        return None
    after = first.i + 1
    if after < len(first.doc) and first.doc[after].text == ",":
        after += 1
    if after >= len(first.doc) or first.doc[after].dep_ == "mark":
        return None  # "But if measured ...": only a subordinate clause left, no better
    return after


def _overlaps(span, other) -> bool:
    return span[0] < other[1] and other[0] < span[1]


def _after_telling_time(first, item: Found, offset: int, lexicon: CueLexicon) -> int | None:
    """The token index after a time phrase right after the cue, no "that" between ("said in
    November they would ...", "told reporters last week the talks ..."): it says when the
    speaker spoke. A possessive ("said last year's sales ...") is the clause's subject: kept."""
    doc = first.doc
    if item.content_from != "clause" or item.cue[1] > item.content[0] or first.i == 0:
        return None
    before = doc[first.i - 1]
    cue = before if before.idx + offset == item.cue[0] else before.head if before.dep_ in ("dobj", "dative") else None
    if cue is None or cue.idx + offset != item.cue[0] or cue.tag_ != "VBD":
        return None  # "the book says on 13 March X met ...": a present cue's date is the content's
    top = first.head if first.dep_ in ("amod", "det", "advmod") and first.head.i > first.i else first
    noun = next((c for c in top.children if c.dep_ == "pobj"), None) if top.dep_ == "prep" else top
    if noun is None or noun.lower_ not in lexicon.telling_time_nouns or top.dep_ not in ("prep", "npadvmod"):
        return None
    phrase = list(top.subtree)
    if phrase[0].i != first.i or any(t.dep_ in ("poss", "case") for t in phrase):
        return None
    after = phrase[-1].i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if after >= len(doc) or doc[after].lower_ == "that":
        return None
    if doc[after].tag_.startswith(("VB", "MD")):
        return None  # "said last week was the worst": the time phrase is the clause's subject
    verb = next((t for t in doc[after:] if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and verb.lower_ == "had" and verb.i + 1 < len(doc) and doc[verb.i + 1].tag_ == "VBN":
        return None  # "said last year its fees had been too low": the year may be the clause's own period
    return after


def _inside_quote(text: str, item: Found) -> bool:
    """The content starts inside an open quote of its sentence (an odd count of marks before it)."""
    before = text[item.sentence[0]:item.content[0]]
    return sum(before.count(mark) for mark in ("\u201c", "\u201d", '"')) % 2 == 1


def _is_that_clause(token) -> bool:
    """An adverbial clause the parser made of a "that" clause ("charged ... that there is"); not a
    purpose ("have written emulators so that old games can run": an aim, not what is said)."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children) \
        and not _purpose(token)


def _object_span(token, offset: int, *, bare: bool = True, to_phrase: bool = False,
                 denial: bool = False) -> Span | None:
    """ "denied the report", "accused Hamas of sliding ...", "described the deal as ...",
    "called him a liar", "urged Congress to act"; without an object, what the verb's
    preposition or infinitive takes: "called for a ban", "pointed to the polls", "vowed to fight"."""
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if dobj is None:
        span = _complement_span(token, offset, to_phrase=to_phrase)
        return _denied_manner(token, span, offset) if denial else span
    tokens = list(dobj.subtree)
    if denial:
        tokens += _denied_predicate(token, dobj)
    # "called him a liar"; the parser may make the second noun another object ("calls X “a mistake”")
    more = [t for child in token.children if child.i > dobj.i and (
        (child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS) or child.dep_ in ("oprd", "xcomp", "dobj"))
        for t in child.subtree]
    if dobj.tag_ in ("WDT", "WP") and dobj.i < token.i:
        return _relative_object(token, dobj, offset, denial=denial)
    if not more and not bare:
        return None  # "called the police"
    return _trim(tokens + more, offset)


def _denied_predicate(token, dobj) -> list:
    """ "denied his memo to the board was written by aides", "rejected Ana's contention the team
    dominated": with no "that", the parser may read the denied clause's verb as a second verb of
    the denial, and its subject as the object. A finite verb joined to the cue with no "and" /
    "but" before it, right after the object, is what is denied: the words from the object to
    its end. Nothing when a conjunction joins it ("denied the charge and said ...")."""
    after = [c for c in token.children if c.i > dobj.i]
    verb = next((c for c in after if c.dep_ == "conj"), None)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("cc", "punct") and c.i < verb.i for c in after):
        return []
    if verb.tag_ not in ("VBD", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return []  # "denied the charge, saying ...": a gerund is the denier's own act
    return [t for t in token.doc[dobj.right_edge.i + 1:verb.right_edge.i + 1]]


def _denied_manner(token, span: Span | None, offset: int) -> Span | None:
    """ "deny selling tickets illegally": the parser hangs the closing "-ly" adverb on the
    denial, but it says how the denied act was done, the point denied. An adverb right after the
    gerund, closing the sentence, joins the content."""
    gerund = next((c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), None)
    if span is None or gerund is None:
        return span
    adverb = next((c for c in token.children if c.dep_ == "advmod" and c.i == gerund.right_edge.i + 1
                   and c.lower_.endswith("ly")), None)
    if adverb is None or (adverb.i + 1 < len(token.doc) and not token.doc[adverb.i + 1].is_punct):
        return span
    return _trim(list(gerund.subtree) + [adverb], offset)


def _relative_object(token, pronoun, offset: int, *, denial: bool = False) -> Span | None:
    """The object of a cue is a relative pronoun before it: the pronoun, the speaker and the cue
    are not what is said. "the car, which Ana Ruiz described as “our best”": what follows the cue
    ("our best"); "a charge which the ministry denies", "the rate that economists had forecast":
    the noun the clause hangs on ("a charge"). A denial's "as" phrase is its label for what it
    rejects ("an image which she rejected as a cliche"): what is denied is the noun."""
    preps = _OBJECT_PREPS + ("to",)  # not "which he denied on Tuesday": a time, not what is said
    if denial:
        preps = tuple(p for p in preps if p != "as")
    after = sorted((t for child in token.children if child.i > token.i and (
        child.dep_ in ("oprd", "xcomp", "dobj", "attr") or (child.dep_ == "prep" and child.lower_ in preps))
        for t in child.subtree), key=lambda t: t.i)
    if after:  # to the end of the verb's words: "likened to a bridge over a river"
        after = [t for t in token.doc[after[0].i:token.right_edge.i + 1]]
    if after and after[0].lower_ in preps:
        after = after[1:]  # "described as X", "likened to X": X
    if _has_words(after):
        return _trim(after, offset)
    clause = token.head if token.dep_ == "conj" else token  # "which he denies and ...": the first verb's
    if clause.dep_ not in ("relcl", "acl"):
        return None
    noun = clause.head
    while denial and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        # "faced charges in court, which he denies", "£50bn of cuts by 2011, which they deny": the
        # parse hangs the clause on the last noun; what is denied is the noun the phrase belongs to,
        # or the object of the verb it belongs to
        owner = noun.head.head
        if owner.pos_ in ("VERB", "AUX"):
            owner = next((c for c in owner.children if c.dep_ == "dobj" and c.i < noun.head.i), None)
        if owner is None or owner.pos_ not in ("NOUN", "PROPN"):
            break
        noun = owner
    return _trim([t for t in noun.subtree if t.i < pronoun.i and t.i >= noun.left_edge.i], offset)


def _complement_span(token, offset: int, *, to_phrase: bool = False) -> Span | None:
    """What the verb's preposition takes; "to" only for ``to_verbs`` ("referring to the
    convention"), not "announced to reporters"."""
    for child in token.children:
        if child.i < token.i:
            continue
        preps = _COMPLEMENT_PREPS + ("to",) if to_phrase else _COMPLEMENT_PREPS
        if child.dep_ == "prep" and child.lower_ in preps and any(c.dep_ in ("pobj", "pcomp")
                                                                             for c in child.children):
            words = [t for t in child.subtree if t.i > child.i]
            # "called on X to quit": the infinitive hangs on the verb, after the preposition
            words += [t for c in token.children if c.dep_ == "xcomp" and c.i > child.i for t in c.subtree]
            # "called for the fee to be cut": the parse may make the infinitive a clause of the verb
            words += [t for c in token.children if c.dep_ == "advcl" and c.left_edge.i == child.right_edge.i + 1
                      and _to_infinitive(c) for t in c.subtree]
            return _trim(words, offset)
        if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
            return _trim(list(child.subtree), offset)
        if child.dep_ == "advcl" and _for_to_clause(child, token):
            # "called for the mayor to resign": what is called for is the whole for-to clause
            return _trim([t for t in child.subtree if t.i > child.left_edge.i], offset)
    return None


def _said_of(token, offset: int) -> Span | None:
    """What an "of / about / against" phrase right after the verb takes ("warned of a long
    strike", "boasted about record sales"), when the verb has no object: with one, the object is
    the hearer ("warned residents about ...") or the thing, and this reading is not sure. Not
    negated: "did not warn of any danger" states none."""
    if _negated(token) or any(c.dep_ in ("dobj", "dative") for c in token.children):
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.i > token.i
                 and c.lower_ in _SAID_OF_PREPS and any(g.dep_ in ("pobj", "pcomp") for g in c.children)), None)
    return _trim([t for t in prep.subtree if t.i > prep.i], offset) if prep is not None else None


def _to_infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i for c in verb.children)


def _for_to_clause(clause, verb) -> bool:
    """ "called for all members to vote": the parse reads "for X to vote" as a clause of the
    verb with "for" as its mark. It is what is called for only right after the verb (adverbs
    between: "called again for"), not a purpose further on ("called a meeting for them to ...")."""
    mark = clause.left_edge
    if mark.lower_ != "for" or mark.dep_ != "mark" or mark.head.i != clause.i or mark.i <= verb.i:
        return False
    between = verb.doc[verb.i + 1:mark.i]
    return _to_infinitive(clause) and all(t.pos_ in ("ADV", "PART") for t in between)


def _poll_answer(token, lexicon: CueLexicon) -> list | None:
    """ "Asked if ..., 46 percent said yes", "Last month 26 percent said the same (of X)": a verb of
    ``answer_verbs`` with no clause whose subject is a share of people (a number, "percent",
    "half", "a majority") and whose next word is an ``answer_words`` reply: the reply's words and
    the "of / about / for" phrase after it, else None. Not negated ("did not say so")."""
    if token.lemma_.lower() not in lexicon.answer_verbs or _negated(token):
        return None
    subject = _subject(token)
    if subject is None or not _a_share(subject, lexicon):
        return None
    reply = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if reply is not None and reply.lower_ == "the" and reply.i + 1 < len(token.doc):
        reply = token.doc[reply.i + 1]  # "the same"
    if reply is None or reply.lower_ not in lexicon.answer_words or reply.head.i not in (token.i, reply.i):
        return None
    words = [t for t in token.doc[token.i + 1:reply.i + 1]]
    for phrase in (c for c in list(reply.children) + list(token.children) if c.dep_ == "prep" and c.i > reply.i):
        words += list(phrase.subtree)  # "the same about the mayor"
    return sorted(words, key=lambda t: t.i)


def _a_share(noun, lexicon: CueLexicon) -> bool:
    """ "46 percent (of voters)", "half", "a majority", "43", "six in 10": a share of those asked."""
    return noun.pos_ == "NUM" or noun.lemma_.lower() in lexicon.share_words \
        or any(c.dep_ == "nummod" and c.head.lemma_.lower() in lexicon.share_words for c in noun.children)


def _tells_a_record(token, lexicon: CueLexicon) -> bool:
    """ "reported a profit", "recalled a visit to the school": a verb of ``record_verbs`` (or of
    ``memory_verbs``, said by a person: not "the maker recalled a million cars") whose object or
    gerund is what it makes known. Not a report passed on or classed ("reported the theft to
    police", "reported it as spam"), not passive or negated ("could not recall the talk")."""
    lemma = token.lemma_.lower()
    if lemma not in lexicon.record_verbs and not (lemma in lexicon.memory_verbs and _personal_subject(token)):
        return False
    if _negated(token) or any(c.dep_ in ("auxpass", "nsubjpass", "dative") for c in token.children):
        return False
    if lemma in lexicon.record_verbs and _passed_on(token):
        return False  # (a memory's "as" is how it is told: "recalled her as a kind woman")
    dobj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if dobj is not None:  # (a memory's words may hang on the verb: "recalled her years | as a nurse")
        return not (_bare_object(dobj) if lemma in lexicon.record_verbs else dobj.pos_ == "PRON")
    return _gerund(token) is not None


def _bare_object(noun) -> bool:
    """ "reported the results", "reported it": a pronoun or a noun with no more than a determiner
    names what was made known but says nothing of it ("reported no arrests" does)."""
    return all(t.i == noun.i or (t.dep_ in ("det", "poss") and t.lower_ != "no") for t in noun.subtree)


def _passed_on(token) -> bool:
    """ "reported the break-in to the police", "reported the post as spam": an "as" phrase, or a
    "to" phrase in the verb's words naming no amount (not "a rise to $5m")."""
    # anywhere in the verb's own words: "reports its data and address back to the sender"
    clauses = {t.i for c in token.children if c.dep_ in _CLAUSE_DEPS + ("advcl", "relcl") for t in c.subtree}
    for prep in (t for t in token.subtree if t.dep_ == "prep" and t.i > token.i and t.i not in clauses):
        if prep.lower_ == "as":
            return True
        if prep.lower_ == "to" and not any(t.like_num or t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY")
                                           for t in prep.subtree):
            return True
    return False


def _personal_subject(token) -> bool:
    """The verb's subject is a person: a personal pronoun or a name the model tags PERSON."""
    subject = _subject(token)
    return subject is not None and (subject.lower_ in _PERSONAL or subject.ent_type_ == "PERSON")


def _gerund(token):
    """The "-ing" clause a verb takes as its object ("reported raising $9m"), or None."""
    return next((c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.i > token.i
                 and c.tag_ == "VBG"), None)


def _infinitive(token):
    """The "to" infinitive a verb takes ("plans to run"), or None."""
    return next((c for c in token.children if c.dep_ == "xcomp" and c.i > token.i and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _ends_with_colon(token) -> bool:
    """ "He added:" / "Stated Clinton:" — the words said follow the colon."""
    last = token.sent[-1]
    while last.i > token.i and (last.is_space or last.text in ("“", '"')):
        last = last.doc[last.i - 1]
    return last.text == ":" and last.i > token.i


def _blames_fabrication(token, lexicon: CueLexicon) -> bool:
    """ "blamed the media for making up the story" is a denial of what the media said: the
    fabrication has an object, the thing held false. "accused X of lying" with none charges X
    (an accusation, stance assert), and denies nothing in particular."""
    return any(t.pos_ == "VERB" and _phrasal_lemma(t) & lexicon.fabrication_words
               and any(c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ == "about")
                       for c in t.children)
               for child in token.children if child.dep_ == "prep" for t in child.subtree)


_OPEN_MARKS = ("if", "whether", "unless")


def _calls_a_claim_false(token, lexicon: CueLexicon) -> bool:
    """ "said the reports were inaccurate", "says suggestions that X is to blame are wrong",
    "the comments are partial, inaccurate and ...": the said clause's subject is a claim noun
    (``refuted_nouns``) and its predicate after ``falsity_copulas`` a falsity word
    (``falsity_words``): the speaker rejects what was said. Not when the clause is negated, hedged
    by a modal ("may have been wrong": an admission at most) or open ("whether the claims are
    true"); not a plan or an idea called wrong (a criticism, no claim denied)."""
    clause = _said_clause(token)
    if clause is None or clause.lemma_.lower() not in lexicon.falsity_copulas:
        return False
    if _negated(clause) or any(c.tag_ == "MD" or (c.dep_ == "mark" and c.lower_ in _OPEN_MARKS)
                               for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in lexicon.refuted_nouns:
        return False
    return any(_falsity_predicate(c, lexicon) for c in clause.children if c.dep_ in ("acomp", "attr", "oprd"))


def _falsity_predicate(predicate, lexicon: CueLexicon) -> bool:
    """A predicate word or one of its conjuncts ("partial, inaccurate and biased") that calls its
    subject false, not negated ("were not wrong"); "wide of the mark" as its words."""
    words = [predicate] + [c for c in predicate.subtree if c.dep_ == "conj" and c.head.i >= predicate.i]
    if any(_negated(word) for word in words):
        return False
    phrase = " ".join(t.lower_ for t in predicate.subtree if not t.is_punct)
    return any(w.lower_ in lexicon.falsity_words or w.lemma_.lower() in lexicon.falsity_words for w in words) \
        or any(" " in entry and phrase.startswith(entry) for entry in lexicon.falsity_words)


def _phrasal_lemma(token) -> set[str]:
    """The verb's lemma alone and with its particle: {"make", "make up"}."""
    lemma = token.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in token.children if c.dep_ == "prt"}


def _mark_document_channel(item: Found, token, offset: int, lexicon: CueLexicon) -> None:
    """ "X said in a report that ..." — X speaks through a document."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in lexicon.document_nouns:
                    item.kind = "document"


# --- speakers and addressees ------------------------------------------------------------------


def _raised_subject(token, lexicon: CueLexicon):
    """The subject of "X is reported/alleged/said to have told ..." for the inner verb of speech:
    the passive report raises the speaker into its own subject, so X says what the inner verb
    tells, whoever reports it ("by Y" is the reporter, not the speaker). None when the verb is
    no such infinitive."""
    head = token.head
    if token.dep_ != "xcomp" or head is token or head.lemma_.lower() not in lexicon.passive_infinitive_cues:
        return None
    if not any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children):
        return None
    if not any(c.dep_ == "auxpass" for c in head.children):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.lower_ in _NOT_SPEAKERS:
        return None  # "it is said to have ...": no one raised
    return subject


def _reports_speech(token, lexicon: CueLexicon) -> bool:
    """ "X is reported to have said that ...": the passive report only carries X's own words,
    which the inner verb's claim gives with X as speaker."""
    infinitive = _infinitive(token)
    return infinitive is not None and _raised_subject(infinitive, lexicon) is not None \
        and infinitive.lemma_.lower() in lexicon.speech_verbs and _said_clause(infinitive) is not None


def _judged_passive(token, lexicon: CueLexicon) -> bool:
    """ "Kemaria have been criticised for ...", "the songs were credited with ...": a passive of
    judging, accusing, telling or urging (``judged_passive_cues``) with no "by" agent. Its subject
    is the one judged or told, so neither it nor a name the parse reaches before it (a tag of the
    sentence before, a title's words) speaks; "was criticised by X" keeps X through the agent."""
    if token.lemma_.lower() not in lexicon.judged_passive_cues or token.tag_ != "VBN":
        return False
    return any(c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children)


def _unsourced_passive(item: Found, token, offset: int, lexicon: CueLexicon) -> bool:
    """ "It was reported that ...", "He is said to have ...", "She is expected to win": a
    claim whose source the text does not name. The content is the clause, else the passive's
    subject with its infinitive."""
    if token.lemma_.lower() not in lexicon.passive_cues or item.stance != "assert":
        return False
    if not any(c.dep_ == "auxpass" for c in token.children) or any(c.dep_ == "agent" for c in token.children):
        return False
    if _reports_speech(token, lexicon):
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    infinitive = _infinitive(token)
    if (subject is not None and infinitive is not None and subject.lower_ not in _NOT_SPEAKERS
            and token.lemma_.lower() in lexicon.passive_infinitive_cues):
        # "He is believed to be hiding": who and what together
        item.content = _trim(list(subject.subtree) + list(infinitive.subtree), offset)
        # round 55: around the hedge "is believed to", which is the cue and no word of the claim
        infinitive_words = [t for t in infinitive.subtree if not (t.head.i == infinitive.i and t.dep_ == "aux"
                                                                   and t.lower_ == "to")]
        if subject.i < token.i:
            _set_hedge_pieces(item, _words_before_hedge(token, subject), infinitive_words, token, offset)
    elif item.clause is not None and token.lemma_.lower() in lexicon.forecast_cues and subject is not None \
            and subject.lower_ != "it":
        return False  # "The vote is widely expected next May and parties are ...": no clause is expected
    elif item.clause is not None and (infinitive is None or item.clause != _trim(list(infinitive.subtree), offset)):
        item.content = item.clause  # "It was reported that ..."
    else:
        return False
    item.content_from = "clause"
    item.unsourced = True
    return item.content is not None


def _adverb_cue(token, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "The minister reportedly resigned": a claim whose source the text does not name; what
    it says is the clause the adverb modifies, without the adverb."""
    if token.lower_ not in lexicon.adverb_cues or token.dep_ != "advmod" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    clause = token.head
    if _hedged_charge(clause, token.lower_ in lexicon.charge_adverbs):
        return None  # "face trial for allegedly hiding ...": the reporter's hedge on a charge, no one's claim
    words = [t for t in clause.subtree if t.i != token.i and not (t.dep_ in ("cc", "mark") and t.head.i == clause.i
                                                                  and t.i < clause.i)]
    for contrast in clause.children:  # "..., though the name was later changed": the reporter's
        if contrast.dep_ == "advcl" and contrast.i > clause.i \
                and any(m.dep_ == "mark" and m.lower_ in _CONTRAST_MARKS for m in contrast.children):
            words = [t for t in words if t.i < contrast.left_edge.i]
    item = Found(_span(token, offset), "assert", "indirect", sentence, unsourced=True)
    item.content = item.clause = _trim(words, offset)
    item.content_from = "clause"
    # round 55: the adverb is the cue, no word of the claim: the clause around it, in pieces;
    # not on a speech verb ("X has reportedly said"): its own claim and frame settle the words
    if clause.lemma_.lower() not in lexicon.speech_verbs:
        _set_hedge_pieces(item, [t for t in words if t.i < token.i], [t for t in words if t.i > token.i], clause,
                          offset)
    return item if item.content is not None else None


def _set_hedge_pieces(item: Found, before: list, after: list, clause, offset: int) -> None:
    """Round 55: the reporter's hedge ("reportedly", "is said to") inside an unsourced claim's
    clause is its cue, not what is said: the words before it and those after it are two pieces,
    as of a sentence its cue interrupts, so the content never holds the cue ("The bank … held
    talks", "The chip … be faster"). A relative pronoun before it stands for the noun the clause
    describes ("X, who reportedly wants ...": "X … wants ..."); a lone connective goes. Left
    whole when the words hold a quote (the quote joining settles them) or when only auxiliaries
    stand before the hedge ("have reportedly not toured": no subject to show)."""
    if item.content is None or any(t.text in _QUOTE_MARKS for t in before + after):
        return
    if _lone_relative(before[:1]) and all(t.pos_ in ("AUX", "PART", "ADV") for t in before[1:]):
        before = _antecedent_words(clause)  # "spammers who have reportedly redirected": "spammers … redirected"
    elif all(t.is_punct or t.dep_ in ("cc", "mark") for t in before):
        before = []  # "But reportedly, ...": nothing of the claim before the hedge
    if before and not any(t.pos_ not in ("AUX", "PART", "PUNCT", "CCONJ", "ADV") for t in before):
        return
    spans = [_trim(part, offset) for part in (before, after) if _has_words(part)]
    spans = [span for span in spans if span is not None]
    if not spans or (len(spans) == 1 and not after):
        return
    item.content, item.pieces = spans[0], (spans if len(spans) > 1 else [])
    if item.content_from == "clause":
        item.clause = item.content


def _words_before_hedge(token, subject) -> list:
    """The words from the raised subject up to the passive's own words ("is also said"): the
    parse may hang a name in apposition on the verb ("Late film star X is said ..."), so the
    run of words, not the subject's subtree alone."""
    hedge = [c.i for c in token.children if c.dep_ in ("aux", "auxpass", "advmod", "neg")
             and subject.right_edge.i < c.i < token.i] + [token.i]
    return [t for t in token.doc[subject.left_edge.i:min(hedge)]]


def _antecedent_words(clause) -> list:
    """The noun a relative clause describes with the words before it ("the three-hour epic" of
    "the three-hour epic, which ..."), or nothing when the clause hangs on no noun."""
    verb = clause
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ != "relcl" or verb.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    noun = verb.head
    return [t for t in noun.doc[noun.left_edge.i:noun.i + 1]]


def _hedged_charge(clause, charge: bool) -> bool:
    """The clause an adverb cue hedges is a charge the reporter names, not a claim someone makes:
    a gerund under a preposition ("fined for allegedly hiding ..."), also the second of two joined
    by "and" ("fined for cutting supplies and allegedly failing to ..."), or, for an adverb of a
    charge (``charge_adverbs``: "allegedly", not "reportedly", which tells of a report), a relative
    clause on a noun ("the men, who allegedly hid ...": the reporter's hedge on what describes them)."""
    while clause.dep_ == "conj" and clause.tag_ == "VBG" and clause.head.tag_ == "VBG":
        clause = clause.head
    return (clause.tag_ == "VBG" and clause.dep_ == "pcomp") or (charge and clause.dep_ == "relcl")


def _tag_speaker(item: Found, token, offset: int, lexicon: CueLexicon) -> bool:
    """ "“..., ” the agency's Ivo Dent said.": a speech tag the parser left without a subject
    (it hung the name on the quote); the words between the closing mark and the verb speak."""
    if token.lemma_.lower() not in lexicon.speech_verbs or any(c.dep_ in ("dobj", "ccomp") and c.i > token.i
                                                                  for c in token.children):
        return False
    words = []
    for index in range(token.i - 1, max(-1, token.i - _MAX_TAG_WORDS - 2), -1):
        previous = token.doc[index]
        if previous.text in _QUOTE_MARKS:
            if index == 0 or token.doc[index - 1].text != "," or not words:
                return False
            names = [t for t in words if t.pos_ in ("PROPN", "NOUN", "PRON")]
            if not names:
                return False
            words.reverse()
            item.speaker = _trim(words, offset)
            head = names[0]  # the last noun before the verb: "the EPA's Ivo Dent" -> Dent
            item.speaker_head, item.speaker_lemma = _span(head, offset), head.lemma_.lower()
            item.speaker_proper = head.pos_ == "PROPN"
            item.speaker_plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in ("they", "we")
            return True
        if previous.is_punct and previous.text not in ("'s", "’s", "-", "."):
            return False
        words.append(previous)
    return False


def _colon_tag_name(item: Found, token, offset: int, lexicon: CueLexicon) -> bool:
    """ 'Speaking in Tamsk Mr Brann said: "..."', 'When asked if she would stay Vaal replied: "..."',
    'Welcoming the ruling, Ann Vaal, head of X, said: "..."': a colon tag opening a quote whose
    verb the parser left without a subject, having hung the name before it on the opener (a
    preposition's object, a participle's object, an apposition). The name (a person or a body,
    ``colon_tag_name_labels``) that ends right before the verb, or before the comma closing its
    apposition or relative clause, speaks."""
    if token.lemma_.lower() not in lexicon.speech_verbs or not _opens_a_quote_with_a_colon(token):
        return False
    if any(c.dep_ in _SUBJECTS + ("nsubjpass", "expl") or (c.dep_ == "csubj" and c.tag_ != "VBG")
           for c in token.children):
        return False  # (a participle opener the parser made the subject is no speaker: "Welcoming X, ...")
    name = _name_closing_before(token, lexicon)
    if name is None:
        return False
    head, words = name
    item.speaker = _trim(words, offset)
    item.speaker_head, item.speaker_lemma = _span(head, offset), head.lemma_.lower()
    item.speaker_proper = True
    item.speaker_plural = head.tag_ == "NNPS"
    return True


def _inverted_tag_name(item: Found, token, offset: int, lexicon: CueLexicon) -> bool:
    """ '"...," said Tamsk coach Jo Brann.', '"...," admitted Vaal.': an inverted tag right after a
    quote whose name the parser hung on a clause it made of the tag's words ("coach" as a verb)
    or as an adverb. The words after the verb, up to a comma or the stop, speak when they end on
    the name of a person or a body (``colon_tag_name_labels``) and hold no other finite verb; the
    clause the parser made of them is no content (the quote before is)."""
    doc = token.doc
    if token.lemma_.lower() not in lexicon.speech_verbs or token.i < 2 or doc[token.i - 1].text not in _QUOTE_MARKS \
            or doc[token.i - 2].text not in (",", "!", "?"):
        return False
    if any(c.dep_ in _SUBJECTS + ("nsubjpass", "expl") and c.i < token.i for c in token.children):
        return False
    words = []
    for word in doc[token.i + 1:token.sent.end]:
        if word.is_punct and word.text not in ("-", "'s", "\u2019s"):
            break
        words.append(word)
    if not words or len(words) > _MAX_TAG_WORDS:
        return False
    name = words[-1]
    if name.pos_ != "PROPN" or name.ent_type_.lower() not in lexicon.colon_tag_name_labels \
            or any(w.tag_ in ("VBD", "VBZ", "VBP", "MD") for w in words):
        return False
    if any(w.lemma_.lower() in lexicon.speech_verbs and w.pos_ == "VERB" for w in doc[words[-1].i + 1:token.sent.end]):
        return False  # '"...," said Jo Brann, a farmer, told the agency': the later verb tags the quote
    item.speaker = _trim(words, offset)
    item.speaker_head, item.speaker_lemma = _span(name, offset), name.lemma_.lower()
    item.speaker_proper = True
    item.speaker_plural = name.tag_ == "NNPS"
    if item.content is not None and item.content[0] > offset + token.idx:
        item.clause = item.content = None  # the tag's own words, misread as what is said
        item.content_from = "none"
    return True


def _opens_a_quote_with_a_colon(token) -> bool:
    """Whether a colon hangs on ``token`` after it, at most three words on ("said of the leader:"),
    with a quote mark right after it."""
    doc = token.doc
    colon = next((c for c in token.children if c.text == ":" and token.i < c.i <= token.i + 4), None)
    return colon is not None and colon.i + 1 < len(doc) and doc[colon.i + 1].text in _QUOTE_MARKS


def _name_closing_before(token, lexicon: CueLexicon) -> tuple | None:
    """(head, words) of the named person or body whose phrase ends right before ``token`` (the
    name itself, or its apposition or relative clause closed by a comma), else None. The words
    are the name with the title words of its phrase before it ("the firm's chief Jo Brann",
    "Mr Brann"), not a place or a date the parser compounded onto it ("Tamsk Mr Brann")."""
    doc, sentence_start = token.doc, token.sent.start
    before = token.i - 1
    if before <= sentence_start:
        return None
    if doc[before].text == ",":
        heads = [t for t in doc[sentence_start:before] if t.right_edge.i in (before - 1, before)
                 and t.left_edge.i > sentence_start and doc[t.left_edge.i - 1].text == ","
                 and t.ent_type_.lower() in lexicon.colon_tag_name_labels
                 and t.pos_ == "PROPN" and t.dep_ != "compound"]
        head = heads[0] if len(heads) == 1 else None
    else:
        head = doc[before] if doc[before].pos_ == "PROPN" and doc[before].dep_ != "compound" else None
        if head is not None and head.ent_type_.lower() not in lexicon.colon_tag_name_labels:
            head = None
    if head is None:
        return None
    start = head.i
    while start > sentence_start and doc[start].ent_iob_ == "I":
        start -= 1  # the whole name: "Ann Vaal"
    if doc[start].pos_ == "DET":
        return None  # "For the Kessel Party Jo Brann said:": the tagger ran a body and a person into one name
    while start > max(sentence_start, head.left_edge.i) and not doc[start - 1].ent_type_ \
            and not doc[start - 1].is_punct:
        start -= 1  # its title: "the firm's chief", "Mr"
    return head, list(doc[start:head.i + 1])


def _set_speaker(item: Found, token, offset: int, lexicon: CueLexicon) -> bool:
    reporter = _reporter_of_second_act(token, lexicon)
    subject = _subject(reporter if reporter is not None else token)
    if reporter is None and not any(c.dep_ in _SUBJECTS for c in token.children):
        subject = _subject_before(token, lexicon) or subject
    if subject is None:
        subject = _subject_of_a_title(token)
    if subject is None:
        return False
    _speaker_from_phrase(item, subject, offset, lexicon)
    return True


def _subject_of_a_title(token):
    """ "X, spokesman for Westshire Says No, said ...": the parser may give X to the title's verb
    and hang that verb on the cue; a title word (``_in_a_title``) speaks for nobody, so its
    subject before the cue is the cue's."""
    for child in token.children:
        if child.i < token.i and child.pos_ in ("VERB", "AUX") and _in_a_title(child):
            subject = next((c for c in child.children if c.dep_ in _SUBJECTS and c.i < child.i), None)
            if subject is not None:
                return subject
    return None


def _reporter_of_second_act(token, lexicon: CueLexicon):
    """The verb of saying whose clause the parse hung ``token`` (or the verb it depends on, with
    no subject between) in when it is that speaker's next act ("He said X had no plans to quit and
    added that ...", "... but urged people not to rush to call it ...": He adds, urges), else None."""
    current = token
    for _ in range(_MAX_CLIMB + 1):
        if any(c.dep_ in _SUBJECTS + ("nsubjpass",) for c in current.children):
            return None
        reporter = _reporter_of_conjunct(current, lexicon)
        if reporter is not None or current.dep_ not in _CLIMB_DEPS or current.head is current:
            return reporter
        current = current.head
    return None


def _reporter_of_conjunct(token, lexicon: CueLexicon):
    # only under a cue: in "had a message from him saying ..." the message says it
    if token.dep_ == "acl" and token.head.dep_ == "dobj" and _saying_participle(token, lexicon) \
            and token.head.head.lemma_.lower() in lexicon.speech_verbs:
        return token.head.head  # "defended the move saying it would ...": who defended says it
    if token.dep_ == "advcl" and token.head.dep_ == "relcl" and token.head.head.dep_ == "dobj" \
            and _saying_participle(token, lexicon) and token.head.head.head.lemma_.lower() in lexicon.speech_verbs:
        return token.head.head.head  # "criticised the move - which may cost jobs - saying ..."
    clause = token.head
    second = _second_report(clause, lexicon) if token.dep_ in ("conj", "advcl") and clause.dep_ in _CLAUSE_DEPS else None
    if second is None or second.i != token.i:
        return None
    outer = clause.head.lemma_.lower()
    return clause.head if outer in lexicon.speech_verbs or outer in lexicon.clause_verbs else None


_NOUN_PHRASE_POS = ("DET", "ADJ", "PROPN", "NOUN", "NUM", "PART")


def _subject_before(token, lexicon: CueLexicon):
    """ "X say the men are behaving like schoolboys and the Liberals claim greed is ...": a verb
    of saying with a clause and no subject, right after "and" / "but" and a noun phrase the parse
    joined to the words before: that phrase is its subject, a second source. Its head, or None."""
    joiner = _joining_word(token, lexicon)
    if joiner is None:
        return None
    phrase = list(token.doc[joiner.i + 1:token.i])
    heads = [t for t in phrase if t.pos_ in ("PROPN", "NOUN") and not (t.head.i in {p.i for p in phrase})]
    return heads[-1] if len(heads) == 1 else None


def _joining_word(token, lexicon: CueLexicon):
    """The "and" / "but" before a subject-less verb of saying with a clause of its own when only
    a noun phrase stands between them ("... and the Liberals claim ..."), else None."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in lexicon.speech_verbs \
            or any(c.dep_ in _SUBJECTS + ("nsubjpass", "expl") for c in token.children) \
            or not any(c.dep_ in _CLAUSE_DEPS for c in token.children):
        return None
    start = token.i - 1
    while start > token.sent.start and token.doc[start].pos_ in _NOUN_PHRASE_POS:
        start -= 1
    word = token.doc[start]
    if start == token.i - 1 or word.dep_ != "cc" or word.lower_ not in ("and", "but"):
        return None
    return word


def _inside_inverted(token) -> tuple | None:
    """(the reported sentence's subject, the speaker) for an inverted cue set between commas inside
    the sentence ("Sales, said the firm, rose 5%"; "The council, suggests Mr Davies, could act"):
    the parser gives the cue both noun phrases as subjects and the rest as its clause. None
    otherwise."""
    pair = _two_subjects(token)
    if pair is None or not any(c.dep_ in _CLAUSE_DEPS and c.i > pair[1].i for c in token.children):
        return None
    return pair


def _stolen_subject(token):
    """The reported sentence's subject the parser hung on an inverted cue that it made a
    parataxis of the sentence's verb ("The mood, said Mr X, would be calm": "mood" and "X" both
    subjects of "said", "would be calm" the sentence): only when the subject opens the sentence
    and the verb has no subject of its own. None otherwise."""
    pair = _two_subjects(token)
    if pair is None or token.dep_ != "parataxis" or token.head.i < token.i:
        return None
    subject = pair[0]
    if subject.left_edge.i != token.sent.start or any(c.dep_ in _SUBJECTS for c in token.head.children):
        return None
    return subject


def _two_subjects(token) -> tuple | None:
    """(the subject before, the subject after) of a cue set between commas with a noun phrase
    right before it and one right after it ("Sales, said the firm, ..."); None otherwise."""
    subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
    before = [s for s in subjects if s.i < token.i]
    after = [s for s in subjects if s.i > token.i]
    if len(before) != 1 or len(after) != 1:
        return None
    subject, speaker = before[0], after[0]
    doc = token.doc
    if subject.right_edge.i not in (token.i - 2, token.i - 1) or doc[token.i - 1].text != "," \
            or speaker.left_edge.i != token.i + 1:  # (the parser may hang the comma on the subject)
        return None
    if speaker.right_edge.i + 1 >= len(doc) or doc[speaker.right_edge.i + 1].text != ",":
        return None
    return subject, speaker


def _subject(token):
    """The speaker: the verb's subject, the agent of a passive, the object of an inverted verb
    ("“...,” stated a report by X"), the noun a misparsed verb hangs on ("A think tank charged
    that ..."), or the subject of the verb it depends on ("refused to comment", "adding that")."""
    inserted = _inside_inverted(token)
    if inserted is not None:  # "Sales, said the firm, rose 5%": the subject after the cue speaks
        return inserted[1]
    inverted = _inverted_subject(token)
    if inverted is not None:
        return inverted
    tagged = _tag_subject(token)
    if tagged is not None:
        return tagged
    stranded = _stranded_subject(token)
    if stranded is not None:
        return stranded
    described = _participle_subject(token)
    if described is not None:
        return described
    if token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    teller = _deep_conj_teller(token)
    if teller is not None:  # "said workers did not wish to walk out and called for talks"
        return _subject(teller)
    current = token
    for _ in range(_MAX_CLIMB + 1):
        subjects = [child for child in current.children if child.dep_ in _SUBJECTS]
        if subjects:
            # "“A qualified population,” insisted Mr X, “will ...”": the quoted words the parser
            # made a second subject are what is said; the name speaks
            unquoted = [s for s in subjects if s.left_edge.text not in _QUOTE_MARKS and not any(
                t.text in _QUOTE_MARKS for t in s.doc[s.right_edge.i + 1:current.i])]
            chosen = (unquoted or subjects)[0]
            named = _named_after(chosen, subjects)
            return named if named is not None else chosen
        shared = _shared_passive_subject(token, current)
        if shared is not None:
            # "X was upset by Y's tactics and praised ...": the verbs share X; Y is only the agent
            # of the first
            return shared
        for child in current.children:
            if child.dep_ == "agent":
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    return objects[0]
        if any(child.dep_ in ("nsubjpass", "auxpass") for child in current.children):
            return None  # "was said to have ...": no speaker in the text
        doer = _gerund_doer(current)
        if doer is not None:  # "replied by saying that ...": the one who replied says it
            current = doer
            continue
        if current.dep_ not in _CLIMB_DEPS or current.head is current:
            return None
        current = current.head
    return None


def _tag_subject(token):
    """ "The closure signals “a decline” for the town, said Ms X": a tag after a comma whose
    subject follows the verb; the parser may also make the reported sentence's head a subject
    (two subjects), and the one after the verb speaks."""
    if token.i == 0 or token.doc[token.i - 1].text != ",":
        return None
    subjects = [child for child in token.children if child.dep_ in _SUBJECTS]
    before = [s for s in subjects if s.i < token.i and s.right_edge.i == token.i - 2]
    after = [s for s in subjects if s.i > token.i]
    return after[0] if before and after else None


def _tag_report(token) -> list | None:
    """The reported sentence ``_tag_subject`` found before the tag: the words of the subject the
    parser gave the verb there, else None."""
    if _tag_subject(token) is None:
        return None
    before = next(s for s in token.children if s.dep_ in _SUBJECTS and s.i < token.i)
    return list(before.subtree)


_RELATIVE_WORDS = ("who", "whose", "whom", "which")


def _stranded_subject(token):
    """ "X, whose firm helps shops, said the minister ...": a relative clause inside the
    subject makes the parser hang the subject's words on the verb as a clause before it; with
    a clause after the verb too, that clause is what is said and the stranded subject speaks
    (only when a relative word opens an aside right after it)."""
    if any(child.dep_ in _SUBJECTS for child in token.children):
        return None
    clauses = [c for c in token.children if c.dep_ in _CLAUSE_DEPS]
    before = [c for c in clauses if c.i < token.i]
    after = [c for c in clauses if c.i > token.i]
    if not before or not after or token.doc[token.i - 1].text != ",":
        return None
    subjects = [c for c in before[0].children if c.dep_ in _SUBJECTS and c.pos_ in ("PROPN", "NOUN")]
    if not subjects:
        return None
    head = subjects[0]
    following = head.doc[head.i + 1:head.i + 3]
    if not any(t.text == "," for t in following[:1]) or not any(t.lower_ in _RELATIVE_WORDS for t in following):
        return None
    return head


def _misplaced_that_clause(token):
    """ "X said on radio, where he works, that the leader should resign": the parser hangs the
    "that" clause on a noun of the aside; a verb marked by "that" after a comma inside the cue's
    own phrases is what the cue says."""
    for word in token.subtree:
        if word.i <= token.i or word.dep_ not in ("relcl", "acl") or word.pos_ not in ("VERB", "AUX"):
            continue
        marks = [c for c in word.children if c.dep_ == "mark" and c.lower_ == "that"]
        if not marks or marks[0].i == 0 or word.doc[marks[0].i - 1].text != ",":
            continue
        if any(t.dep_ in _CLAUSE_DEPS or t.pos_ == "VERB" and t.head.i == token.i
               for t in word.doc[token.i + 1:marks[0].i]):
            return None  # a clause of the cue's own lies between: the "that" is not the cue's
        return word
    return None


def _occasion_that_clause(token, lexicon: CueLexicon):
    """ "X told reporters during a briefing that taxes would rise": the parser hangs the "that"
    clause on the occasion noun as a relative clause. A clause led by "that" with a subject of
    its own, on an occasion noun in a phrase of the cue itself, is what the cue says, unless its
    verb is one an occasion is the object of ("the speech that he gave": a real relative)."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.i < token.i or prep.lower_ not in lexicon.occasion_preps:
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or not _names_occasion(noun, lexicon) or noun.lemma_.lower() in lexicon.document_nouns:
            continue  # (a letter's or a statement's clause is read as the document's, elsewhere)
        for word in noun.children:
            if word.dep_ not in ("relcl", "acl") or word.pos_ not in ("VERB", "AUX") or word.i < noun.i:
                continue
            that = word.doc[word.left_edge.i]
            if that.lower_ != "that" or that.head.i != word.i or that.dep_ in _SUBJECTS:
                continue
            subjects = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > that.i]
            if subjects and word.lemma_.lower() not in lexicon.occasion_verbs:
                return word
    return None


def _participle_subject(token):
    """ "Voters going to the polls on Tuesday said they ...": the parser makes the participle
    the cue's clausal subject and the noun before it that participle's subject; the noun and
    its participle phrase are the speaker (only a cue with no subject of its own)."""
    if any(child.dep_ in _SUBJECTS for child in token.children):
        return None
    for clause in token.children:
        if clause.dep_ != "csubj" or clause.i > token.i or clause.tag_ not in ("VBG", "VBN"):
            continue
        if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
            return None  # "that he was going" / "being ...": a clause, not a described noun
        nouns = [c for c in clause.children if c.dep_ in _SUBJECTS and c.i < clause.i
                 and c.pos_ in ("NOUN", "PROPN") and c.right_edge.i + 1 == clause.i]
        if nouns:
            return nouns[0]
    return None


def _shared_passive_subject(token, current):
    """The subject a verb joined to a passive main verb shares ("X was upset by Y and praised
    ..." -> X): only a name or a pronoun, only with "and"/"but" between, nothing of a clause of
    its own before the verb ("... and Keegan has stated": the parse lost Keegan), and not a bare
    participle that shares the passive ("was given a curfew and told to": told, not telling; a
    verb without an auxiliary of its own needs an object or a clause)."""
    if current.i == token.i or token.dep_ != "conj" or token.head.i != current.i or current.dep_ != "ROOT":
        return None
    passive = [child for child in current.children if child.dep_ == "nsubjpass"]
    if not passive or (passive[0].pos_ not in ("PRON", "PROPN") and not passive[0].ent_type_):
        return None
    if not any(child.dep_ == "aux" for child in token.children) and (
            token.tag_ == "VBN" or not any(child.dep_ in ("dobj", "ccomp") for child in token.children)):
        return None  # "was given a curfew and told to leave": nothing said, the participle is passive too
    joins = [child for child in current.children if child.dep_ == "cc" and child.i < token.i]
    if not joins or any(t.pos_ not in ("AUX", "ADV", "PART", "PUNCT") for t in token.doc[joins[-1].i + 1:token.i]):
        return None
    return passive[0]


def _named_after(subject, subjects: list):
    """ "Kenteris' lawyer Gregory Ioannidis described ...": the parser may make the title and the
    name two subjects side by side; the name is the speaker (the title is its description)."""
    if subject.pos_ != "NOUN":
        return None
    return next((s for s in subjects if s.pos_ == "PROPN" and s.left_edge.i == subject.right_edge.i + 1), None)


def _title_before(head):
    """The subject made of a title right before the name ``_named_after`` chose, or None."""
    if head.dep_ not in _SUBJECTS or head.pos_ != "PROPN":
        return None
    return next((s for s in head.head.children if s.dep_ in _SUBJECTS and s.pos_ == "NOUN"
                 and s.right_edge.i + 1 == head.left_edge.i), None)


def _gerund_doer(token):
    """The verb whose subject says a gerund under a preposition: "replied by saying", "after
    saying", "aside from saying". Not "refrained from saying", "without saying", "accused of
    saying": the saying is held back or is someone else's charge."""
    if token.dep_ != "pcomp" or token.tag_ != "VBG" or token.head.dep_ != "prep":
        return None
    prep, head = token.head.lower_, token.head.head
    if prep in ("from",) and head.lower_ in ("aside", "apart"):
        return head.head
    return head if prep in _GERUND_PREPS and head.pos_ in ("VERB", "AUX") else None


def _inverted_subject(token):
    """ "“...,” stated a report by X" / "..., said the minister": the parser makes the speaker
    the object when the verb comes first; the clause or quote before the verb tells."""
    if any(child.dep_ in _SUBJECTS for child in token.children):
        return None
    after = [c for c in token.children if c.dep_ in ("dobj", "attr") and c.i > token.i]
    before = [c for c in token.children if (c.dep_ in _CLAUSE_DEPS or c.text in _QUOTE_MARKS) and c.i < token.i]
    return after[0] if after and before else None


def _speaker_from_phrase(item: Found, head, offset: int, lexicon: CueLexicon) -> None:
    tokens = _without_time(_phrase(head), head, lexicon)
    whole = _hyphen_word(head)
    if whole:  # "its co-chairman": the parser made "co" the subject; the word is all three
        tokens = sorted({t.i: t for t in [*tokens, *whole]}.values(), key=lambda t: t.i)
        subject, head = head, whole[-1]
        named = _name_the_title_describes(subject, head)
        if named is not None:  # "Tamsk vice-chairman Jo Brann said": the name is who speaks
            tokens = sorted({t.i: t for t in [*tokens, *named.subtree]}.values(), key=lambda t: t.i)
            head = named
    title = _title_before(head)
    if title is not None:  # "Kenteris' lawyer Gregory Ioannidis": the whole phrase is the speaker's
        tokens = list(title.subtree) + tokens
    tokens = _without_moment(tokens, head, lexicon)
    tokens = _without_relative_on_name(tokens, head)
    item.speaker = _trim(tokens, offset)
    antecedent = _relative_antecedent(head)
    if antecedent is not None:  # "the minister, who said ...": "who" is the minister
        item.antecedent = _trim([t for t in _phrase(antecedent) if t.i < head.i], offset)
        head = antecedent
    head = _counted_people(head, lexicon)
    item.speaker_head = _span(head, offset)
    item.speaker_proper = head.pos_ == "PROPN"
    # "the couple", "the pair": two people, whom a later "they" means
    item.speaker_plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in ("they", "we") \
        or head.lemma_.lower() in lexicon.pair_nouns
    item.speaker_lemma = head.lemma_.lower()
    if head.lemma_.lower() in lexicon.document_nouns:
        item.kind = "document"
        item.author = _author(head, offset)
    elif _made_record(head, lexicon):
        item.kind = "document"
        item.author = _author(head, offset)
        item.speaker_lemma = head.lower_


_RELATIVE_TAGS = ("WP", "WDT")  # "who", "which" opening a relative clause


def _without_relative_on_name(tokens: list, head) -> list:
    """ "Jo Brann who runs the firm said ...": a relative clause the writer set on a name with no
    comma before it says more about the speaker, it does not pick him out (a name already does),
    so the speaker's words stop before its pronoun. Not on a noun ("the surgeon who operated on
    him said"): there the clause is what tells who speaks."""
    if head.pos_ != "PROPN":
        return tokens
    for clause in head.children:
        pronoun = clause.left_edge
        if clause.dep_ == "relcl" and clause.i > head.i and pronoun.tag_ in _RELATIVE_TAGS \
                and pronoun.i > head.i and pronoun.text[:1].islower():
            return [t for t in tokens if t.i < pronoun.i] or tokens
    return tokens


def _counted_people(head, lexicon: CueLexicon):
    """ "a number of investors", "large numbers of backbench MPs", "lots of people": a noun of
    quantity (``quantity_nouns``) heading the phrase only counts the plural its "of" names; that
    plural tells who speaks (people the story does not name), so it is the head. Else ``head``:
    "the number of connections" is a figure, and "a lot of the big players" a part of a set the
    story may name, so neither is re-headed."""
    if head.lemma_.lower() not in lexicon.quantity_nouns or _definite(head):
        return head
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    return counted if counted is not None and _plural_noun(counted, lexicon) and not _definite(counted) else head


def _definite(noun) -> bool:
    """Whether a noun has "the", a demonstrative or a possessive before it."""
    return any((c.dep_ == "det" and c.lower_ in ("the", "these", "those", "this", "that")) or c.dep_ == "poss"
               for c in noun.children)


def _plural_noun(token, lexicon: CueLexicon) -> bool:
    """A plural noun by its tag, or a title's initials with a plural "s" the tagger takes for a
    singular name ("MPs", "MEPs": ``headline_person_initials``)."""
    word = token.lower_
    return token.tag_ in ("NNS", "NNPS") or (word.endswith("s") and word[:-1] in lexicon.headline_person_initials)


def _made_record(head, lexicon: CueLexicon) -> bool:
    """ "new data from X", "statistics compiled by X", "the minutes of X's meeting": a record
    noun (``made_record_nouns``, as written: the lemmatizer makes "data" "datum" and "minutes"
    "minute") whose maker the phrase names — a name in its possessive, its "by"/"from"/"of"
    phrase or the agent of a participle on it."""
    if head.lower_ not in lexicon.made_record_nouns or head.tag_ not in ("NNS", "NNPS"):
        return False
    for child in head.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("by", "from", "of")):
            return _holds_name(child)
        if child.dep_ == "acl":
            if any(g.dep_ == "agent" or (g.dep_ == "prep" and g.lower_ == "by") for g in child.children):
                return _holds_name(child)
    return False


def _holds_name(token) -> bool:
    """A proper noun tagged as a name among the words under ``token``."""
    return any(t.pos_ == "PROPN" and t.ent_type_ in ("ORG", "PERSON", "GPE") for t in token.subtree)


def _without_moment(tokens: list, head, lexicon: CueLexicon) -> list:
    """ "Wallabies coach X on arrival back in Sydney": a preposition on the speaker's head whose
    object is a moment of a journey (``moment_nouns``) says when he spoke, not who he is; the
    words stop before it. So does an occasion ("said X in a statement", "said X after the draw":
    ``_occasion_on_speaker``)."""
    for token in tokens:
        if token.i > head.i and token.dep_ == "prep" and any(
                child.dep_ == "pobj" and child.lemma_.lower() in lexicon.moment_nouns for child in token.children):
            return [t for t in tokens if t.i < token.i]
        if token.i > head.i and token.head.i == head.i and _occasion_on_speaker(token, tokens, lexicon):
            return [t for t in tokens if t.i < token.i]
    return tokens


def _occasion_on_speaker(prep, tokens: list, lexicon: CueLexicon) -> bool:
    """ "said X in a statement", "said X at a press conference", "said X after the draw": a
    preposition the parser hung on the speaker's phrase whose object names where or when X spoke
    (an occasion noun after ``occasion_preps``, any noun after ``speaker_occasion_preps``) is the
    saying's, not X's; only on the head itself ("X who spoke at the summit" keeps its clause). Not a name's own words: the object is a common noun with "a"/"an"/"the"
    before it ("X at the Bank", "X at Vaal Capital" stay), and a phrase opening the words is not one."""
    if prep.dep_ != "prep" or prep.i == tokens[0].i:
        return False
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an", "the")
                                                     for c in noun.children):
        return False
    word = prep.lower_
    if word in lexicon.speaker_occasion_preps:
        return True
    return word in lexicon.occasion_preps and _speaking_occasion(noun, lexicon)


def _speaking_occasion(noun, lexicon: CueLexicon) -> bool:
    """An occasion noun as ``_names_occasion`` reads it, or with only its last compound counted
    ("a Vaal press conference"), or a gathering where people speak (``speaker_occasion_nouns``)."""
    lemma = noun.lemma_.lower()
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    pair = f"{before.lower_} {lemma}" if before is not None and before.dep_ == "compound" else ""
    return _names_occasion(noun, lexicon) or pair in lexicon.occasion_nouns \
        or lemma in lexicon.speaker_occasion_nouns


def _hyphen_word(head) -> list:
    """ "co-chairman", "vice-chairman" split by the tokenizer with the subject put on the prefix:
    the tokens after the head joined to it by a hyphen with no space on either side (the head
    ends the word otherwise: "X-based firm" has its head last). Empty when none."""
    doc, end = head.doc, head.i
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ \
            and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha:
        end += 2
    return list(doc[head.i + 1:end + 1]) if end > head.i else []


def _name_the_title_describes(subject, title):
    """ "Tamsk vice-chairman Jo Brann has said": the parser made the hyphen's prefix (``subject``)
    one subject of the verb and the name a second one, with the title's last word a compound of
    the name; the name right after the title is its holder and who speaks, so the words run on to
    it. The name token, or None (a name the title does not run into, or not the verb's subject)."""
    name = title.head
    if title.dep_ != "compound" or name.i <= title.i or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    if any(t.pos_ != "PROPN" or t.dep_ != "compound" for t in name.doc[title.i + 1:name.i]):
        return None
    return name if subject.dep_ in ("nsubj", "nsubjpass") and name.dep_ == subject.dep_ \
        and name.head.i == subject.head.i else None


def _without_time(tokens: list, head, lexicon: CueLexicon) -> list:
    """ "Earlier Tony Blair", "on Wednesday Prime Minister X": the parse may hang a word of when
    on the subject; it says when, not who. Not a date that owns the head ("Friday's lawsuit")."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if head.ent_type_ in _TIME_ENTITIES:
        return tokens  # "nearly a quarter", which the model may read as a date: the head itself
    cut = 0
    while cut < len(tokens) and tokens[cut] is not head:
        token = tokens[cut]
        following = tokens[cut + 1] if cut + 1 < len(tokens) else None
        dated = token.ent_type_ in _TIME_ENTITIES
        if dated or (token.lower_ in lexicon.time_adverbs and not token.ent_type_) \
                or (token.pos_ == "ADP" and following is not None and following.ent_type_ in _TIME_ENTITIES) \
                or (cut > 0 and token.text == ","):
            cut += 1
            continue
        break
    if cut == 0 or cut >= len(tokens) or any(t.tag_ == "POS" or t.lower_ in ("'s", "’s") for t in tokens[:cut + 1]):
        return tokens
    if not tokens[cut - 1].whitespace_ or any(t.lower_ == "old" for t in tokens[:cut]):
        return tokens  # "Three-quarters", "19-year-old Simpson": one word, or an age, not a time
    return tokens[cut:]


def _people_pronoun(head) -> bool:
    """ "Those close to him", "those who know him": a plural demonstrative with words of its
    own that describe people, so a group of sources, not the writer's "this" or "that"."""
    return head.lower_ in ("those", "these") and any(c.dep_ in ("amod", "relcl", "acl", "prep") for c in head.children)


def _relative_antecedent(head):
    """The noun a relative pronoun subject stands for ("Mayor X, who said ..." -> X), or None."""
    if head.tag_ not in ("WP", "WDT") or head.lower_ not in ("who", "which", "that"):
        return None
    verb = head.head
    while verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") else None


def _first_cut(head) -> int:
    """The index of the first comma or dash after ``head`` in its subtree (else past its end)."""
    return next((t.i for t in head.subtree if t.i > head.i and _cuts_phrase(t)), head.right_edge.i + 1)


def _cuts_phrase(token) -> bool:
    """A comma, dash or bracket ends a speaker phrase; so does a hyphen typed as a dash, with a
    space on each side ("X - which has a fifth of the market - said": X, not a country inside
    the clause). A hyphen inside a word ("Coca-Cola", split by the tokenizer) does not, nor one
    before a preposition or a name ("two airlines - Valdor and Kessel - said": the names are who speaks)."""
    if token.text in _PHRASE_CUTS:
        return True
    spaced = token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.nbor(-1).whitespace_)
    # a lower-case word opens the aside; a preposition goes on with the phrase ("two thirds - 65% -
    # of those asked")
    return spaced and token.i + 1 < len(token.doc) and token.nbor(1).text[:1].islower() and token.nbor(1).pos_ != "ADP"


def _phrase(head) -> list:
    """The speaker's words: the head's subtree, cut at the first comma or dash after the head
    (an apposition: "Abu Ayna Al-Ansari, a senior Salafist militant, ...")."""
    tokens = []
    for token in head.subtree:
        if token.i > head.i and (_cuts_phrase(token) or _time_after_name(token, head)):
            break
        tokens.append(token)
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space) and tokens[-1].text not in ("”", '"') \
            and not _percent_sign(tokens[-1]):
        tokens.pop()
    return tokens or [head]


def _percent_sign(token) -> bool:
    """ "47%": the sign (tagged punctuation) is part of the number it closes, so a share that
    speaks keeps it ("47% said", not "47")."""
    return token.text == "%" and token.i > 0 and token.nbor(-1).like_num and not token.nbor(-1).whitespace_


def _time_after_name(token, head) -> bool:
    """ "Mr Blair on Sunday dismissed ...": a time the parser hung on the speaker's phrase says
    when, not who; the speaker's words stop before it."""
    if token.i <= head.i or token.dep_ != "prep":
        return False
    if not any(child.dep_ == "pobj" and child.ent_type_ in ("DATE", "TIME") for child in token.children):
        return False
    # "A survey carried out in 2000 by X": the maker named after the date is still the speaker's
    # (before any comma: "A survey in 1998, which a charity paid for," ends at the date)
    for later in head.subtree:
        if later.i <= token.right_edge.i:
            continue
        if _cuts_phrase(later):
            return True
        if later.dep_ == "agent" or (later.dep_ == "prep" and later.lower_ == "by"):
            return False
    return True


def _author(noun, offset: int) -> Span | None:
    """Who wrote a document: "a report by X", "a statement from X", "X's letter"; the one it
    was made for ("a poll for X") only when no maker is named: the maker is the source."""
    commissioner = None
    for child in noun.children:
        if child.dep_ == "poss":
            return _trim(list(child.subtree), offset)
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            return _trim(list(child.subtree), offset)
        if child.dep_ == "prep" and child.lower_ == "for" and commissioner is None and _named_object(child):
            commissioner = child
        if child.dep_ == "acl":  # "a letter posted to social media by X", "a poll carried out by X"
            for grandchild in child.children:
                if grandchild.dep_ == "agent" or (grandchild.dep_ == "prep" and grandchild.lower_ == "by"):
                    return _trim(list(grandchild.subtree), offset)
    if commissioner is not None:  # "a survey for X": X had it made and put it out
        # "a poll for X by Y": the parse may hang the maker on X; Y made it
        maker = next((t for t in commissioner.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent")), None)
        return _trim(list((maker or commissioner).subtree), offset)
    dated = _maker_after_time(noun)
    if dated is not None:
        return _trim(list(dated.subtree), offset)
    compounds = [c for c in noun.children if c.dep_ in ("compound", "amod") and c.pos_ in ("PROPN", "ADJ")]
    return _trim(compounds, offset) if compounds else None


def _maker_after_time(noun):
    """ "according to a study last month from X": a time phrase between the document and
    its "from"/"by" makes the parser hang the maker elsewhere; the preposition right after the
    time words, or None."""
    doc, at = noun.doc, noun.right_edge.i + 1
    while at < len(doc) and doc[at].ent_type_ in _TIME_ENTITIES:
        at += 1
    if at == noun.right_edge.i + 1 or at >= len(doc):
        return None
    prep = doc[at]
    return prep if prep.lower_ in ("by", "from") and prep.dep_ in ("prep", "agent") and _named_object(prep) else None


def _named_object(prep) -> bool:
    """The preposition's object is a name ("for the BBC", not "for the first time")."""
    return any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in prep.children)


def _set_addressees(item: Found, token, offset: int, lexicon: CueLexicon) -> None:
    """Who was told: "told X", "confirmed to X", "Speaking to X, ..."."""
    for child in token.children:
        if child.dep_ in ("dative",) or (child.dep_ == "dobj" and token.lemma_.lower() in ("tell", "inform")):
            _add_addressee(item, child, offset)
        elif child.dep_ in ("prep", "dative") and child.lower_ in lexicon.reporting_preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    _add_addressee(item, obj, offset)
        elif child.dep_ == "advcl" and child.lemma_.lower() in lexicon.speaking_verbs:
            _set_addressees(item, child, offset, lexicon)


def _add_addressee(item: Found, head, offset: int) -> None:
    # the words up to the head: a "that" clause the parser hung on the name is not the outlet
    item.addressees.append(_trim([t for t in head.subtree if t.i <= head.i], offset))
    item.addressee_heads.append(head.lemma_.lower())


# --- other constructions -------------------------------------------------------------------


def _according_to(token, sent, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "according to X": the rest of the sentence is what X says."""
    words = next((p for p in lexicon.according_to if _starts_phrase(token, p)), None)
    if words is None:
        return None
    last = token.doc[token.i + len(words) - 1]
    source = next((c for c in last.children if c.dep_ == "pobj"), None)
    if source is None:  # "according to show insiders": the tagger read "show" as a verb
        verb = next((c for c in last.children if c.dep_ == "pcomp"), None)
        if verb is not None and _criterion_clause(verb, lexicon):
            return None  # "paid according to how much they sell": how they are paid, no source
        source = next((c for c in verb.children if c.dep_ == "dobj"), None) if verb is not None else None
    if source is None or not _source_like(source, lexicon):
        return None
    item = Found((offset + token.idx, offset + last.idx + len(last)), "assert", "according_to", sentence)
    _speaker_from_phrase(item, source, offset, lexicon)
    phrase_end = max(t.i for t in source.subtree)
    before = [t for t in sent if t.i < token.i]
    after = [t for t in sent if t.i > phrase_end]
    if not _has_words(before) and not _has_words(after):
        # a parse that hangs the rest of the sentence on the name ("According to X, the move
        # reeks of fear"): the source's words end at the first comma after it
        after = [t for t in sent if t.i > _first_cut(source)]
    root_before = sent.root.i < token.i
    chosen = before if (before and _has_words(before) and (root_before or not _has_words(after))) else after
    if not _has_words(chosen):
        return None
    item.content, item.content_from = _trim(chosen, offset), "sentence"
    subject_before = _subject_piece(token, phrase_end, before, sent, offset) if chosen is after else None
    if subject_before is not None and item.content is not None:
        # "The real trouble, according to X, is the timing": the phrase sits inside the sentence
        # X's words are; its subject before the phrase is a piece of them, as of a split quote
        item.content, item.pieces = subject_before, [subject_before, item.content]
    if len([t for t in chosen if not t.is_punct]) == 1 and chosen[0].lower_ in ("this", "that"):
        item.content_from = "previous"  # "This according to sources in Hamas": the sentence before
    relative_rest = _relative_clause_after(token, phrase_end, offset) if chosen is before else None
    if relative_rest is not None and item.content is not None:
        # "a ferry that, according to X, never left the dock": the words before stop at the
        # relative pronoun; the relative clause after the phrase is the second half of X's words
        item.pieces = [item.content, relative_rest]
    return item


_RELATIVE_PRONOUNS = ("that", "which", "who")


def _relative_clause_after(token, phrase_end: int, offset: int) -> Span | None:
    """The rest of a relative clause that "according to X" interrupts just after its pronoun
    ("a season that, according to X, is rarely quiet"), or None."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "," or doc[token.i - 2].lower_ not in _RELATIVE_PRONOUNS:
        return None
    pronoun = doc[token.i - 2]
    clause = pronoun.head  # (the tagger often reads the relative "that" as a mark: its clause still hangs on the noun)
    if clause.dep_ not in ("relcl", "acl") or clause.i <= phrase_end:
        return None
    rest = [t for t in clause.subtree if t.i > phrase_end]
    return _trim(rest, offset) if _has_words(rest) else None


_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


def _subject_piece(token, phrase_end: int, before: list, sent, offset: int) -> Span | None:
    """The words before an "according to X" set between commas inside its sentence, when they
    hold the subject of the sentence's verb after it ("IBM, according to X, has 30%"): a piece of
    what X says. None for a lead-in without the subject ("In 2004, according to X, ..."): the
    reporter's framing or an adverbial stays out, as before."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].text != "," or phrase_end + 1 >= len(doc) or doc[phrase_end + 1].text != ",":
        return None
    root = sent.root
    if root.i < token.i or not any(t.dep_ in _SUBJECT_DEPS and t.head.i == root.i for t in before):
        return None
    return _trim(before, offset)


def _in_document(token, sent, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "In a poll released Monday, half of the voters chose X": a sentence that opens with "in"
    and a document says what the document says; the rest of the sentence is its content. Not
    when the sentence has a speech verb of its own ("In a statement, the ministry said ...")."""
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if first is None or token.i != first.i or token.lower_ != "in" or token.dep_ != "prep":
        return None
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or source.lemma_.lower() not in lexicon.document_nouns:
        return None
    if source.lemma_.lower() not in lexicon.poll_nouns and any(  # a poll's answers are its respondents' words
            t.lemma_.lower() in lexicon.speech_verbs or t.lemma_.lower() in lexicon.clause_verbs
            for t in sent if t.pos_ in ("VERB", "AUX")):
        return None
    phrase_end = max(t.i for t in token.subtree)
    rest = [t for t in sent if t.i > phrase_end]
    if not rest or rest[0].text != "," or not _has_words(rest):
        return None
    if _poll_method(sent.root, lexicon):
        return None  # "In the survey, the critics were asked for tips": how the poll was made, no finding
    item = Found(_span(token, offset), "assert", "document", sentence)
    item.speaker = _trim([t for t in token.subtree if t.i > token.i], offset)
    item.speaker_head = _span(source, offset)
    item.speaker_lemma = source.lemma_.lower()
    item.author = _author(source, offset)
    item.content, item.content_from = _trim(rest, offset), "sentence"
    return item


def _poll_method(root, lexicon: CueLexicon) -> bool:
    """The sentence's verb is a passive of asking ("were asked", "were given a list",
    ``poll_method_verbs``): the reporter tells how a poll was made; what its respondents said
    comes in a sentence of its own."""
    return root.lemma_.lower() in lexicon.poll_method_verbs and any(c.dep_ == "auxpass" for c in root.children)


def _source_like(head, lexicon: CueLexicon) -> bool:
    """A head that can be a source: a name, a pronoun or a noun, but no rule or plan ("according
    to the plan" gives no source: ``not_sources``)."""
    lemma = head.lemma_.lower()
    if lemma in lexicon.not_sources or head.lower_ in lexicon.not_sources:
        return False
    if (lemma in lexicon.criterion_nouns or head.lower_ in lexicon.criterion_nouns) and not _named_owner(head):
        return False  # "grouped according to their age": how they are sorted (round 65)
    # any other noun is a source too: "according to one global index / Axelrod's memoir"
    return head.pos_ in ("PROPN", "NOUN") or head.lower_ in lexicon.pronouns


def _named_owner(head) -> bool:
    """The noun names whose it is, a name or a noun, not a pronoun ("the ministry's timetable",
    "the timetable set by X"): the owner is the source; "their age" names none."""
    for child in head.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return True
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            return True
    return False


def _criterion_clause(verb, lexicon: CueLexicon) -> bool:
    """The clause after "according to" opens with a word of ``criterion_clause_words`` ("according
    to how much business they brought", "according to whether ..."): a criterion, no source."""
    first = min(verb.subtree, key=lambda t: t.i)
    return first.lower_ in lexicon.criterion_clause_words


def _starts_phrase(token, words: tuple[str, ...]) -> bool:
    doc = token.doc
    if token.i + len(words) > len(doc):
        return False
    return all(doc[token.i + n].lower_ == word for n, word in enumerate(words))


def _document_clause(token, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "a report that an ISIS leader held a meeting": the report says so."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() not in lexicon.document_nouns:
        return None
    clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if clause is None:
        return None
    item = Found(_span(token, offset), "assert", "document", sentence)
    channel = _channel_verb(token, lexicon)
    if channel is not None and _subject(channel) is not None:  # "X said in a report that ..."
        item.cue = _span(channel, offset)
        _speaker_from_phrase(item, _subject(channel), offset, lexicon)
        item.kind = "document"
    else:
        item.speaker = _trim([t for t in token.subtree if t.i <= token.i], offset)
        item.speaker_head = _span(token, offset)
        item.speaker_lemma = token.lemma_.lower()
        # "denied reports that ...": the noun's number, as for a subject, so that bare plural
        # press reports with no outlet named read as an unnamed source (round 55)
        item.speaker_proper = token.pos_ == "PROPN"
        item.speaker_plural = token.tag_ in ("NNS", "NNPS")
        item.author = _author(token, offset)
    item.content = item.clause = _trim(_without_mark(list(clause.subtree)), offset)
    item.content_from = "clause"
    return item


def _statement_noun(token, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "Trump's claim that ...", "the assertion by the ministry that ...": a noun of saying
    with its "that" clause and whose it is (a possessor or a by/from phrase)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.statement_nouns:
        return None
    clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl")
                   and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    clause = clause if clause is not None else _copular_clause(token)
    if clause is None:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is None:
        prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "from") and c.i < clause.i), None)
        owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if owner is None:
        return None
    item = Found(_span(token, offset), lexicon.statement_nouns[token.lemma_.lower()], "indirect", sentence)
    _speaker_from_phrase(item, owner, offset, lexicon)
    if owner.dep_ == "poss":  # "Trump's": the name without the possessive ending
        item.speaker = _trim([t for t in owner.subtree if t.dep_ != "case"], offset)
    item.content = item.clause = _trim(_without_mark(list(clause.subtree)), offset)
    item.content_from = "clause"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon.gloss_verbs and _unnamed_holder(owner):
        item.act = "finding"  # "reflecting the market's view that ...": the reporter's reading, kept for recall
    return item


def _unnamed_holder(owner) -> bool:
    """The holder of a view is a common noun ("the market", "investors"), no name nor pronoun:
    a view the reporter reads into events ("reflected Mr X's belief that ..." stays X's claim)."""
    return owner.pos_ == "NOUN" and not any(t.pos_ == "PROPN" for t in owner.subtree)


def _copular_clause(noun):
    """ "Their fear is that ...", "His message has long been that ...": the "that" clause a noun
    of saying is equated with, when the noun is the subject of "be" (not negated: "His view is
    not that ..." says what it is not)."""
    copula = noun.head
    if noun.dep_ != "nsubj" or copula.lemma_ != "be" or _negated(copula):
        return None
    return next((c for c in copula.children if c.dep_ in _CLAUSE_DEPS and c.i > copula.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _channel_verb(noun, lexicon: CueLexicon):
    """The speech verb a document is the channel of: "said in a report", or None."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in lexicon.speech_verbs:
        return prep.head
    return None


def _titled_document(token, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "X released a video entitled ...": a document by X; its title is what it says."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.document_nouns:
        return None
    title = next((c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in lexicon.title_words), None)
    if title is None:
        return None
    words = [t for t in title.subtree if t.i > title.i and t.dep_ != "relcl"]
    words = [t for t in words if not any(a.dep_ == "relcl" for a in t.ancestors if a.i > title.i)]
    if not _has_words(words):
        return None
    item = Found(_span(token, offset), "assert", "document", sentence)
    verb = token.head
    if token.dep_ == "dobj" and verb.lemma_.lower() in lexicon.release_verbs and _subject(verb) is not None:
        _speaker_from_phrase(item, _subject(verb), offset, lexicon)
        item.kind = "document"
        item.cue = _span(verb, offset)
    else:
        item.speaker = _trim([t for t in token.subtree if t.i <= token.i], offset)
        item.speaker_head = _span(token, offset)
        item.speaker_lemma = token.lemma_.lower()
        item.author = _author(token, offset)
    item.content, item.content_from = _trim(words, offset, strip_quotes=True), "title"
    return item


def _headline_colon(token, sent, sentence: Span, offset: int, lexicon: CueLexicon, text: str) -> Found | None:
    """ "Gingrich: Trump Must Decide ...", "Poll: Sanders Leads": a line that opens with a short
    name (or a document) and a colon; the rest of the line is what it says."""
    if token.text != ":" or token.i - sent.start > _MAX_HEADLINE_SPEAKER or not _opens_line(sent[0], text):
        return None
    words = [t for t in sent if t.i < token.i]
    if not words or any(t.pos_ in ("VERB", "AUX") or t.is_punct or t.like_num for t in words):
        return None
    head = words[-1]
    # a headline's capitals make the tagger read names as nouns ("Sanders: ...")
    if not (head.pos_ == "PROPN" or head.lemma_.lower() in lexicon.document_nouns
            or (head.pos_ == "NOUN" and head.is_title and all(t.is_title or not t.is_alpha for t in words))):
        return None
    after = _rest_of_line(text, token)
    if len(after.split()) < _MIN_HEADLINE_WORDS:
        return None
    # the sentence splitter may end the sentence at the colon: the verb is looked for to the line's end
    if not any(t.tag_ in _FINITE_TAGS for t in sent if t.i > token.i) and not _titled_statement(words, head, after, lexicon):
        line = [t for t in token.doc[token.i + 1:] if t.idx < token.idx + 1 + len(after)]
        if not (any(t.tag_ in _FINITE_TAGS for t in line) and len(head.text) > 1) and not _quoted_line(after):
            return None  # "Johnny Depp: The acting outlaw" names a topic; a lone "A:" marks an interview's answer
    item = Found(_span(token, offset), "assert", "indirect", sentence)
    _speaker_from_phrase(item, head, offset, lexicon)
    item.speaker = _trim(words, offset)
    # a capitalized label before a headline's colon names someone, whatever the tagger made of it
    item.speaker_proper = item.speaker_proper or all(t.text[:1].isupper() for t in words if not t.is_punct)
    start = token.idx + 1 + (len(after) - len(after.lstrip()))
    item.content = (offset + start, offset + token.idx + 1 + len(after.rstrip()))
    item.content_from = "sentence"
    return item


def _quoted_line(line: str) -> bool:
    """ "Ana Ruiz: 'The mayor is fair game.'": the whole line after the colon in quote marks is
    the name's own words, with or without a verb."""
    words = line.strip().rstrip(".")
    return len(words) > 2 and words[0] in _HEADLINE_QUOTES and words[-1] in _HEADLINE_QUOTES


def _rest_of_line(text: str, token) -> str:
    """The words after ``token`` (a colon) up to the end of its line."""
    line_end = text.find("\n", token.idx)
    return text[token.idx + 1:len(text) if line_end < 0 else line_end]


def _titled_statement(words: list, head, after: str, lexicon: CueLexicon) -> bool:
    """ "Ana Ruiz: Rural Voters Worried About Taxes", "Poll: Voters Abandon Party": in a
    headline's capitals the tagger reads the verbs as names, so no finite verb is seen. A full
    name (two words or more) or a poll before the colon and a long line after it that does not
    open with an article ("Profile: The ...") is taken as said."""
    speaker_is_source = (len(words) >= 2 and all(t.pos_ == "PROPN" for t in words)) \
        or head.lemma_.lower() in lexicon.finding_nouns
    line = after.split()
    return speaker_is_source and len(line) >= _TITLED_STATEMENT_WORDS and line[0].lower() not in ("the", "a", "an")


def _transcript_label(token, sent, sentence: Span, offset: int, lexicon: CueLexicon, text: str) -> Found | None:
    """ "PENCE: Well, look ..." in a transcript: a paragraph that opens with a speaker's name in
    capitals and a colon (after a quote mark that some papers open each paragraph with); the
    rest of the paragraph is what the speaker says. Only in a dialogue: two or more labels in
    the text, so a lone "BREAKING:" or "UPDATE:" is no speaker."""
    if token.text != ":" or token.i - sent.start > _MAX_LABEL_WORDS + 1:
        return None
    words = [t for t in sent if t.i < token.i and t.text not in _QUOTE_MARKS]
    if not words or len(words) > _MAX_LABEL_WORDS or not all(t.is_alpha and t.is_upper and len(t) > 1 for t in words):
        return None
    label_start = words[0].idx
    if not _opens_line(words[0], text) and text[:label_start].rstrip(" \t")[-1:] not in _QUOTE_MARKS:
        return None
    if len(set(_TRANSCRIPT_LABEL.findall(text))) < 2:
        return None
    after = _rest_of_line(text, token)
    if len(after.split()) < _MIN_HEADLINE_WORDS:
        return None
    item = Found(_span(token, offset), "assert", "direct", sentence)
    _speaker_from_phrase(item, words[-1], offset, lexicon)
    item.speaker = _trim(words, offset)
    item.cue_lemma = "say"
    start = token.idx + 1 + (len(after) - len(after.lstrip()))
    item.content = (offset + start, offset + token.idx + 1 + len(after.rstrip().rstrip('"\u201d')))
    item.content_from = "label"
    return item


def _signature_dash(token, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "“... in my life.” ― Ana Ruiz": a quote signed with a dash and a name after its closing
    mark (letters, testimonials, epigraphs). The name speaks; joining gives it the quote."""
    if token.text[-1:] not in _SIGNATURE_DASHES or not _closes_quote(token):
        return None
    words = []
    for following in token.doc[token.i + 1:]:
        if following.is_space and not words:
            continue  # "―\u00a0Ana Ruiz"
        if following.is_space or following.text in (".", ",") or following.text in _QUOTE_MARKS:
            break
        initial = len(following) == 2 and following.text[0].isupper() and following.text[1] == "."  # "G."
        if not (following.is_title and following.is_alpha or initial) or len(words) >= _MAX_SIGNATURE_WORDS:
            return None
        words.append(following)
    if not any(t.pos_ == "PROPN" for t in words):
        return None
    dash = offset + token.idx + len(token) - 1  # the tokenizer may glue the closing mark to the dash: "”―"
    item = Found((dash, dash + 1), "assert", "direct", sentence, content_from="signature")
    _speaker_from_phrase(item, words[-1], offset, lexicon)
    item.speaker = _trim(words, offset)
    item.cue_lemma = "say"
    return item


def _closes_quote(dash) -> bool:
    """The dash follows a closing quote mark, glued to it ("”―") or after it."""
    if dash.text[:-1] in _QUOTE_MARKS:
        return True
    previous = dash.nbor(-1) if dash.i > 0 else None
    while previous is not None and previous.is_space:
        previous = previous.nbor(-1) if previous.i > 0 else None
    return dash.text in _SIGNATURE_DASHES and previous is not None and previous.text in _QUOTE_MARKS


def _opens_line(token, text: str) -> bool:
    return token.idx == 0 or text[:token.idx].rstrip(" \t").endswith("\n") or not text[:token.idx].strip()


def _citing(token, cited_by: Found, sentence: Span, offset: int, lexicon: CueLexicon) -> Found | None:
    """ "Citing X, Y claims ...": X's claim, nested in Y's; same content."""
    for child in token.children:
        # the parser makes an opening "Citing X," an adverbial clause or, often, a clausal subject
        if child.dep_ in ("advcl", "csubj") and child.i < token.i and child.lemma_.lower() in lexicon.citing_words:
            source = next((c for c in child.children if c.dep_ == "dobj"), None)
            if source is None:
                return None
            item = Found(_span(child, offset), "assert", "indirect", sentence, parent_cue=cited_by.cue,
                         content=cited_by.content, content_from=cited_by.content_from, clause=cited_by.clause)
            _speaker_from_phrase(item, source, offset, lexicon)
            return item
    return None


def paragraph_starts(text: str) -> list[int]:
    """Where each non-blank line of ``text`` starts: news paragraphs are lines; blank lines
    between them make no paragraph."""
    starts, position = [], 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(position)
        position += len(line) + 1
    return starts or [0]


# --- spans -----------------------------------------------------------------------------------


def _span(token, offset: int) -> Span:
    return (offset + token.idx, offset + token.idx + len(token))


def _has_words(tokens: list) -> bool:
    return any(not (t.is_punct or t.is_space) for t in tokens)


def _without_mark(tokens: list) -> list:
    """A clause without its complementizer: "that the talks are ongoing" -> "the talks ...". Only
    the clause's own mark: in "that if spammers use it, it could fail" the "if" opens a condition
    inside what is said and stays."""
    inside = {t.i for t in tokens}
    # "added that claims X was ... were not true": the parse may give "that" another role; as a
    # preposition-tagged first word it is still the complementizer
    while tokens and (tokens[0].lower_ in _MARKS and (tokens[0].dep_ == "mark" or (
            tokens[0].lower_ == "that" and tokens[0].tag_ == "IN")) or tokens[0].is_space):
        if not tokens[0].is_space and tokens[0].lower_ != "that" and tokens[0].head.head.i in inside \
                and tokens[0].head.head.i != tokens[0].head.i:
            break  # the mark of a clause inside the clause
        tokens = tokens[1:]
    return tokens


def _trim(tokens: list, offset: int, *, strip_quotes: bool = False) -> Span | None:
    """The character span from the first to the last token, without edge punctuation (quote
    marks and brackets stay where they open or close what is kept, unless ``strip_quotes``)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and _edge(tokens[0], leading=True, strip_quotes=strip_quotes):
        tokens = tokens[1:]
    tokens = _without_dateline(tokens)
    while tokens and (_edge(tokens[-1], leading=False, strip_quotes=strip_quotes) or _dangling(tokens[-1])):
        if tokens[-1].text == '"' and not strip_quotes and sum(t.text == '"' for t in tokens) % 2 == 0:
            break  # it closes a straight quote the span opened
        tokens = tokens[:-1]
    if not tokens:
        return None
    return (offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1]))


def _without_dateline(tokens: list) -> list:
    """ "DRANOVO – Police arrested ...": the dateline is where the story was filed, not what
    anyone said. It is upper-case words and a dash at the start of a paragraph."""
    for n, token in enumerate(tokens[:_MAX_DATELINE]):
        if token.text in ("–", "—", "-") and n > 0:
            words = [t for t in tokens[:n] if not t.is_punct]
            starts_paragraph = tokens[0].i == 0 or "\n" in tokens[0].doc[tokens[0].i - 1].text_with_ws
            if words and starts_paragraph and all(t.text.isupper() for t in words):
                return tokens[n + 1:]
            break
    return tokens


def _dangling(token) -> bool:
    """A coordinator closing a span ("accused X of lying and"): what it joins lies outside the
    span (another verb of the reporter's sentence), so it is no word of what was said."""
    return token.dep_ == "cc" and token.pos_ == "CCONJ"


def _edge(token, *, leading: bool, strip_quotes: bool) -> bool:
    if token.is_space:
        return True
    if token.text in _QUOTE_MARKS:
        return strip_quotes or (token.text == "”") == leading
    if token.text in (_OPENERS if leading else _CLOSERS):
        return False
    return token.is_punct
