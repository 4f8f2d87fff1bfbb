"""The data model: typed records that flow between pipeline stages.

Per-document stages produce a :class:`DocumentResult`; corpus stages turn many of them
into a :class:`newsgraph.graph.Graph`. Every record that points into a text carries the
document id and character offsets into that document's cleaned text.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Mapping


def record_of(item: Any) -> dict[str, Any]:
    """A flat dataclass (fields of plain values, lists and dicts of them) as a dict, lists and
    dicts copied one level down. ``dataclasses.asdict`` gives the same for these records but
    deep-copies every value by recursion, which cost more than some pipeline stages."""
    return {f.name: _copied(getattr(item, f.name)) for f in fields(item)}


def claim_as_written(record: dict[str, Any]) -> dict[str, Any]:
    """A claim record with a label's own words as content ("denied the claims", "echoed X's comments": the
    ``object_span`` / ``object_text`` label, not the statement it answers): for readers that
    pair such a denial with what it answers themselves (contradictions, briefs)."""
    span, label = record.get("object_span"), record.get("object_text")
    if not span or label is None:
        return record
    return {**record, "start": span[0], "end": span[1], "text": label, "pieces": None}


# what stands between the pieces of a content split around its cue when a reader is shown it
# ("The council … could act"): the cue and speaker left out are elsewhere in the record
PIECE_JOINER = " … "


def content_spans(start: int, end: int, pieces: list[list[int]] | None) -> list[tuple[int, int]]:
    """The spans a claim's content is made of: its ``pieces`` when split around its cue, else
    ``start``/``end``."""
    return [(p[0], p[1]) for p in pieces] if pieces else [(start, end)]


def content_of(text: str, start: int, end: int, pieces: list[list[int]] | None) -> str:
    """A claim's content as a reader reads it, from the document's ``text``: the words at
    ``start``/``end``, or for a content in pieces every piece, joined by :data:`PIECE_JOINER`.
    Claims store this as ``text``, so every view and export that shows ``text`` shows it whole."""
    return PIECE_JOINER.join(text[s:e] for s, e in content_spans(start, end, pieces))


def content_extent(record: dict[str, Any]) -> tuple[int, int]:
    """From a claim record's first content word to its last (a content in pieces: across the cue)."""
    spans = content_spans(record["start"], record["end"], record.get("pieces"))
    return min(s for s, _ in spans), max(e for _, e in spans)


# round 33: "a spokesman for Acme said" is Acme's position: speaker = affiliation = Acme, still
# anonymous (see attribution/voices.py); readers show the words with the body
def is_voice(record: Mapping[str, Any]) -> bool:
    """Whether a claim record (graph.json) is a body's unnamed voice: anonymous, with the body it
    speaks for as both speaker and affiliation."""
    return bool(record.get("anonymous") and record.get("speaker")
                and record.get("speaker") == record.get("speaker_affiliation"))


def voice_label(words: str, body: str) -> str:
    """How to show a body's unnamed voice: the words as written when they name a body themselves
    ("an Acme spokesman", "a UKIP spokeswoman": a capitalised word after the first), else the
    words and the body ("a spokesman for Acme"); a pronoun, "a source of Acme"."""
    if len(words.split()) < 2:  # "he" going on with the spokesman: as an unnamed source was shown
        return f"a source of {body}"
    if any(w[:1].isupper() for w in words.split()[1:]):
        return words
    return f"{words} for {body}"


def _copied(value: Any) -> Any:
    if isinstance(value, list):
        return [dict(v) if isinstance(v, dict) else list(v) if isinstance(v, list) else v for v in value]
    if isinstance(value, dict):
        return dict(value)
    return value


@dataclass(frozen=True)
class SourceDocument:
    """One article as read from disk: cleaned text plus what the file told us about it."""

    id: str
    sha256: str
    path: str
    text: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A name in a document that refers to an actor.

    ``key`` is the normalized name the mention resolves through; inside one document a short
    form ("Haniyeh") takes the key of the full name it stands for ("ismail haniyeh").
    """

    doc: str
    start: int
    end: int
    text: str
    label: str
    key: str
    full_name: str
    sentence: int
    cue: str = ""  # the kind the sentence states ("shares in X": ORG), a stronger vote than the model's label


@dataclass(frozen=True)
class ThingName:
    """A name the model tagged a work, a product, an event or a law (or the sentence called a
    work): no actor in its document, kept so that the resolver can pool the model's labels over
    the corpus ("Kessel Nights" tagged a film in five stories is no person in a sixth)."""

    doc: str
    start: int
    end: int
    text: str
    label: str
    key: str


@dataclass(frozen=True)
class Link:
    """A relation between two mentions of one document that the text itself states.

    ``relation`` is "alias" ("X, also known as Y"), "member_of" ("Hamas spokesman X": X is
    a member of Hamas) or "part_of" ("X, a local offshoot of Y"). ``source`` and ``target``
    index the document's mentions; ``start``/``end`` span the words that state it.
    """

    doc: str
    relation: str
    source: int
    target: int
    role: str | None
    rule: str
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    doc: str
    index: int
    start: int
    end: int


# Views that show the graph to a person (events, relations, timeline, claims) hide events and
# claims whose confidence is below this; graph.json keeps them all.
DEFAULT_MIN_CONFIDENCE = 0.5


def record_confidence(record: dict) -> float:
    """An event's, relation's, claim's or contradiction's confidence as a graph.json record holds it;
    records written before confidences existed count as sure."""
    value = record.get("confidence")
    return 1.0 if value is None else float(value)


@dataclass
class Event:
    """Who did what to whom, as one sentence of one document tells it.

    ``source`` and ``target`` index the document's mentions (None when the argument is not an
    actor, or absent); ``source_text``/``target_text`` keep the argument's words either way.
    ``start``/``end`` span the sentence; ``trigger_span`` the verb or noun that names the event.
    ``mode``: asserted | ongoing | planned | hypothetical | historical | denied.
    ``claim`` is the id of the innermost claim whose content holds the event, if any.
    ``confidence`` (0-1) is how far to trust the event (``events/confidence.py``).
    """

    id: str
    doc: str
    start: int
    end: int
    text: str
    type: str | None
    subtype: str | None
    trigger: str
    trigger_span: list[int]
    source: int | None
    target: int | None
    source_text: str | None
    target_text: str | None
    source_span: list[int] | None
    target_span: list[int] | None
    negated: bool
    mode: str
    time: dict[str, Any] | None
    sentence: int
    rule: str
    claim: str | None = None
    confidence: float = 1.0


@dataclass
class Claim:
    """Who says so: one attributed statement of one document.

    ``start``/``end``/``text`` are the content span (what is said). ``speaker`` indexes the
    document's mentions (None for an unnamed or undetected speaker); ``speaker_affiliation``
    indexes the mention of the body an anonymous speaker is tied to ("sources in Hamas").
    ``stance``: assert | deny | decline_comment. ``parent`` is the id of the claim this one
    is nested in ("X cited a report that ...").
    ``speakers``: when several named actors speak as one, all of them (``speaker`` is the first).
    ``pieces``: for a quote split around its cue ("“A,” she said, “B.”") the spans of all its
    quoted pieces, or of a reported sentence the cue interrupts ("The council, he said, could act");
    ``start``/``end`` is then the first piece (the content never holds the cue).
    """

    id: str
    doc: str
    start: int
    end: int
    text: str
    speaker: int | None
    speaker_text: str | None
    speaker_span: list[int] | None
    anonymous: bool
    cue: str | None
    cue_span: list[int] | None
    stance: str
    outlet: str | None
    sentence: int
    kind: str  # direct | indirect | according_to | document
    speaker_affiliation: int | None = None
    outlet_span: list[int] | None = None
    parent: str | None = None
    pieces: list[list[int]] | None = None  # a quote split around its cue: every quoted piece
    # several named people or bodies speaking as one ("X and Y said", "the pair", "A, B and C,
    # who"): all their mentions in text order; ``speaker`` is the first of them
    speakers: list[int] | None = None
    # what the speaker does (issue 19): "statement" (holds something true), "position" (an attitude:
    # "hopes", "wants", "opposes"), "request" ("urged X to ..."), "question" ("asked whether ..."),
    # "finding" ("figures show ...": numbers or research that no named body stands behind; "the
    # BBC has learnt ...": the press's own reporting; since round 40 "she knew / realised that ..."
    # told outside a quote, and an agentless "it is estimated that ..."), "forecast" ("X is expected to ...": an
    # agentless passive, the reporter's forecast; "he will tell the conference that ...": speech
    # not made yet or only imagined), "unsaid" ("did not mention X", "has never said that ...": a
    # negated speech verb, words the text says were not spoken).
    # Readers take only statements for claims; the others are kept for recall with a lower
    # ``confidence`` (0-1, ``claim_acts`` in data/attribution_cues.yaml) that views filter on, as
    # they filter events. Records written before these fields read as a statement, confidence 1.
    act: str = "statement"
    confidence: float = 1.0
    # a denial that only points back ("Y denied the claims", "rejected this"): its own words for
    # what it denies, while ``start``/``end`` hold the statement they stand for, which may lie in
    # the sentence before the cue (``attribution/referents.py``); None for every other claim
    object_span: list[int] | None = None
    object_text: str | None = None  # the words at ``object_span`` ("the claims")


@dataclass
class DocumentResult:
    """Everything the per-document stages found in one document."""

    document: SourceDocument
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    things: list[ThingName] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": record_of(self.document),
            "sentences": [record_of(s) for s in self.sentences],
            "mentions": [record_of(m) for m in self.mentions],
            "events": [record_of(e) for e in self.events],
            "claims": [record_of(c) for c in self.claims],
            "times": [_copied_record(t) for t in self.times],
            "links": [record_of(link) for link in self.links],
            "things": [record_of(thing) for thing in self.things],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocumentResult":
        return cls(
            document=SourceDocument(**data["document"]),
            sentences=[Sentence(**s) for s in data["sentences"]],
            mentions=[Mention(**m) for m in data["mentions"]],
            events=[Event(**e) for e in data.get("events", [])],
            claims=[Claim(**c) for c in data.get("claims", [])],
            times=list(data.get("times", [])),
            links=[Link(**link) for link in data.get("links", [])],
            things=[ThingName(**thing) for thing in data.get("things", [])],
        )


def _copied_record(record: dict[str, Any]) -> dict[str, Any]:
    return {key: _copied(value) for key, value in record.items()}


@dataclass
class Actor:
    """One real-world actor: a person, group, state, place or outlet, under all its names."""

    id: str
    name: str
    kind: str
    aliases: list[str]
    mention_count: int
    documents: list[str]
    # {actor, relation ("member_of" | "part_of"), role, evidence: [{doc, start, end}]}
    affiliations: list[dict[str, Any]] = field(default_factory=list)
    # why each name joined: {a, b, rule, detail, evidence: {doc, start, end}}
    merges: list[dict[str, Any]] = field(default_factory=list)
    # look-alikes a rule proposed and a constraint refused: {actor, name, rule, reason}
    kept_apart: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    """An input that could not be (fully) used, reported to the user in one line."""

    path: str
    reason: str
    skipped: bool = True

    def __str__(self) -> str:
        verb = "skipped" if self.skipped else "note"
        return f"{self.path}: {verb}: {self.reason}"
