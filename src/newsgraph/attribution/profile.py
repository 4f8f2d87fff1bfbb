"""The sourcing profile of a document: how much of what it reports rests on whom.

Input: the claims of one document (graph.json records or :class:`~newsgraph.model.Claim`).
Output: ``{claims, named, anonymous, documents, unattributed, denials, no_comments}``.
A claim counts once per source kind — named (a named actor speaks), anonymous ("sources in
Hamas"), documents (a report, letter, video ...), unattributed (none of these: "the group
said") — and once more if it is a denial or a no-comment.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

from newsgraph.model import Claim

PROFILE_KEYS = ("claims", "named", "anonymous", "documents", "unattributed", "denials", "no_comments")


def sourcing_profile(claims: Iterable[Claim | Mapping[str, Any]]) -> dict[str, int]:
    """Counts of the claims of one document by source kind and stance; see the module docstring."""
    profile = dict.fromkeys(PROFILE_KEYS, 0)
    for claim in claims:
        record = claim if isinstance(claim, Mapping) else vars(claim)
        profile["claims"] += 1
        profile[_source_kind(record)] += 1
        if record["stance"] == "deny":
            profile["denials"] += 1
        elif record["stance"] == "decline_comment":
            profile["no_comments"] += 1
    return profile


def _source_kind(record: Mapping[str, Any]) -> str:
    if record.get("kind") == "document":
        return "documents"
    if record["anonymous"]:
        return "anonymous"
    return "named" if record["speaker"] is not None else "unattributed"
