"""Independence: which evidence comes from recycled text, and how many distinct origins a set
of evidence has.

Input: event and claim records (``graph.json`` dicts: ``id``, ``doc``, ``start``, ``end``;
events also ``claim``; claims also ``speaker``, ``anonymous``, ``parent``) and the reuse
records of :func:`newsgraph.reuse.find_reuse`. Output: :class:`ReuseMarks` (record id ->
reused passage and copy group), the additive keys ``reused`` and ``reuse_group`` on each
record, :func:`source_groups`, evidence grouped by origin, and :func:`independent_sources`, the
count of those origins.

A *copy group* is every copy of one recycled text: reuse passages are joined when their spans
overlap in some document, and all passages between the same two documents are joined (one
document copied from the other, in however many pieces).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from newsgraph.model import content_extent, is_voice

Record = Mapping[str, Any]

MIN_COVER = 0.5  # share of a record's span that must lie in a passage for it to count as reused


@dataclass(frozen=True)
class ReuseMarks:
    """Where evidence sits in recycled text. ``passage``: record id -> index (into the reuse
    array) of the first passage holding it. ``group``: record id -> its copy group (the
    smallest passage index of the group). Records outside every passage are absent."""

    passage: dict[str, int] = field(default_factory=dict)
    group: dict[str, int] = field(default_factory=dict)


def copy_groups(reuse: Sequence[Record]) -> list[int]:
    """The copy group of each reuse passage: the smallest passage index it is joined to."""
    parent = list(range(len(reuse)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(i: int, j: int) -> None:
        ri, rj = root(i), root(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    by_pair: dict[tuple[str, str], int] = {}
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for index, passage in enumerate(reuse):
        pair = (passage["a"]["doc"], passage["b"]["doc"])
        join(index, by_pair.setdefault(pair, index))
        for side in (passage["a"], passage["b"]):
            spans.setdefault(side["doc"], []).append((side["start"], side["end"], index))
    for doc_spans in spans.values():
        doc_spans.sort()
        reach_end, reach_index = -1, -1
        for start, end, index in doc_spans:  # sweep: join each span to an open one it overlaps
            if start < reach_end:
                join(index, reach_index)
            if end > reach_end:
                reach_end, reach_index = end, index
    return [root(i) for i in range(len(reuse))]


def mark_reused(events: Iterable[dict[str, Any]], claims: Iterable[dict[str, Any]],
                reuse: Sequence[Record]) -> ReuseMarks:
    """Set ``reused`` (passage index or None) and ``reuse_group`` (copy group or None) on
    every event and claim record, and return the same as :class:`ReuseMarks`. A record is in
    a passage when at least half of its span (an event's sentence, a claim's content) is."""
    groups = copy_groups(reuse)
    sides: dict[str, list[tuple[int, int, int]]] = {}
    for index, passage in enumerate(reuse):
        for side in (passage["a"], passage["b"]):
            sides.setdefault(side["doc"], []).append((side["start"], side["end"], index))
    marks = ReuseMarks()
    for record in [*events, *claims]:
        index = _passage_holding(record, sides.get(record["doc"], ()))
        record["reused"] = index
        record["reuse_group"] = None if index is None else groups[index]
        if index is not None:
            marks.passage[record["id"]] = index
            marks.group[record["id"]] = groups[index]
    return marks


def _passage_holding(record: Record, spans: Iterable[tuple[int, int, int]]) -> int | None:
    start, end = content_extent(record)  # a content in pieces: all of them, the cue between
    length = max(end - start, 1)
    for span_start, span_end, index in spans:
        if min(end, span_end) - max(start, span_start) >= MIN_COVER * length:
            return index
    return None


def independent_sources(event_ids: Iterable[str], events_by_id: Mapping[str, Record],
                        claims_by_id: Mapping[str, Record], reuse_marks: ReuseMarks) -> int:
    """How many distinct origins the evidence ``event_ids`` has (for ``relations[]``): the
    number of :func:`source_groups`."""
    return len(source_groups(event_ids, events_by_id, claims_by_id, reuse_marks))


def source_groups(event_ids: Iterable[str], events_by_id: Mapping[str, Record],
                  claims_by_id: Mapping[str, Record], reuse_marks: ReuseMarks) -> list[list[str]]:
    """The evidence ``event_ids`` grouped by origin, in order of first appearance.

    Args:
        event_ids: ids of events (or claims) that support one relation.
        events_by_id: event records by id (``graph.json`` form: ``claim`` is a claim id).
        claims_by_id: claim records by id (``speaker`` an actor id, ``parent`` a claim id).
        reuse_marks: from :func:`mark_reused` over the same records.

    Returns:
        Groups of ids that share an origin, where two pieces of evidence share one when they
        lie in copies of the same recycled text (same copy group), or are said by the same
        named speaker (a person, or a report's author, quoted in several articles); evidence
        with neither shares its document's, and joins a named speaker the same document
        quotes on it (one article is never two voices by itself). Unknown ids are left out.
    """
    parent: dict[tuple, tuple] = {}

    def root(key: tuple) -> tuple:
        parent.setdefault(key, key)
        while parent[key] != key:
            key = parent[key]
        return key

    first_key: dict[str, tuple] = {}
    spoken_in: dict[str, tuple] = {}  # document -> a named speaker's key of evidence there
    for item in dict.fromkeys(event_ids):
        keys = origin_keys(item, events_by_id, claims_by_id, reuse_marks)
        if not keys:
            continue
        first_key[item] = keys[0]
        first = root(keys[0])
        for key in keys[1:]:
            other = root(key)
            if other != first:
                parent[other] = first
        speaker = next((k for k in keys if k[0] == "speaker"), None)
        if speaker is not None:
            spoken_in.setdefault((events_by_id.get(item) or claims_by_id[item])["doc"], speaker)
    # the reporter's own telling and a source quoted on it in the same article are one voice:
    # the article's words come from its source ("an agreement", headline and quote alike)
    for doc, speaker in spoken_in.items():
        if ("doc", doc) in parent:
            own, named = root(("doc", doc)), root(speaker)
            if own != named:
                parent[own] = named
    groups: dict[tuple, list[str]] = {}
    for item, key in first_key.items():
        groups.setdefault(root(key), []).append(item)
    return list(groups.values())


def origin_keys(item: str, events_by_id: Mapping[str, Record], claims_by_id: Mapping[str, Record],
                reuse_marks: ReuseMarks) -> list[tuple]:
    """What an evidence record's origin is known by: its copy group, the named speaker it is
    attributed to (the innermost claim that has one, with that claim's copy group), and
    failing both its document. Empty for an unknown id."""
    record = events_by_id.get(item) or claims_by_id.get(item)
    if record is None:
        return []
    keys: list[tuple] = []
    if item in reuse_marks.group:
        keys.append(("copy", reuse_marks.group[item]))
    claim_id = item if item in claims_by_id and item not in events_by_id else record.get("claim")
    seen: set[str] = set()
    while claim_id and claim_id not in seen and claim_id in claims_by_id:
        seen.add(claim_id)
        claim = claims_by_id[claim_id]
        if claim_id in reuse_marks.group:
            keys.append(("copy", reuse_marks.group[claim_id]))
        # a named speaker, or the body an unnamed spokesman speaks for ("an Acme spokesman"): its
        # statements in two stories are one source, the body's
        if claim.get("speaker") and (not claim.get("anonymous") or is_voice(claim)):
            keys.append(("speaker", claim["speaker"]))
            break
        claim_id = claim.get("parent")
    return keys or [("doc", record["doc"])]


def distinct_evidence(records: Iterable[Record]) -> list[list[Record]]:
    """Evidence with the copies of one recycled statement joined, in order of first
    appearance: a sentence repeated in near-identical articles is one piece of evidence,
    however many documents carry it (the counts a reader sees; ``graph.json`` keeps the raw
    ones). Records outside recycled text stand alone."""
    groups: dict[tuple, list[Record]] = {}
    for record in records:
        groups.setdefault(copy_key(record), []).append(record)
    return list(groups.values())


def copy_key(record: Record) -> tuple:
    """What copies of one statement share: their copy group (``reuse_group``, set by
    :func:`mark_reused`) and the words that name it (an event's trigger, a claim's content),
    so that two different events inside one recycled passage stay two."""
    group = record.get("reuse_group")
    if group is None:
        return ("own", record["id"])
    words = record.get("trigger") if record.get("trigger") is not None else record.get("text")
    return ("copy", group, " ".join((words or "").casefold().split()))


def distinct_counts(records: Sequence[Record]) -> tuple[int, int]:
    """(distinct pieces of evidence, documents holding a first copy of one): the counts of
    :func:`distinct_evidence` a relation shows."""
    groups = distinct_evidence(records)
    return len(groups), len({group[0]["doc"] for group in groups})
