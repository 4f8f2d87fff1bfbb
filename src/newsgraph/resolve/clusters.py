"""Constrained clustering of name nodes: union-find that remembers why each union happened
and refuses unions a constraint forbids.

Input: node count, a conflict test over two clusters. Output: cluster ids and, per cluster,
the merge edges (rule, detail, evidence) that ``newsgraph explain`` prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Merge:
    """Why two name nodes are one actor."""

    a: int
    b: int
    rule: str
    detail: str
    evidence: tuple[str, int, int] | None = None  # (doc, start, end)


class Clusters:
    """Union-find over node indices with merge reasons and a veto.

    ``conflict(members_a, members_b, merge)`` returns a reason string when the two clusters must
    stay apart (different people, a "distinct" pair), or None.
    """

    def __init__(self, size: int, conflict: Callable[[list[int], list[int], Merge], str | None]):
        self.parent = list(range(size))
        self.members: dict[int, list[int]] = {i: [i] for i in range(size)}
        self.merges: list[Merge] = []
        self.refused: list[tuple[Merge, str]] = []
        self.conflict = conflict

    def find(self, node: int) -> int:
        root = node
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[node] != root:  # path compression keeps later finds O(1)
            self.parent[node], node = root, self.parent[node]
        return root

    def union(self, merge: Merge) -> bool:
        """Join the clusters of ``merge.a`` and ``merge.b``; False when refused or already one."""
        root_a, root_b = self.find(merge.a), self.find(merge.b)
        if root_a == root_b:
            return False
        reason = self.conflict(self.members[root_a], self.members[root_b], merge)
        if reason:
            self.refused.append((merge, reason))
            return False
        if len(self.members[root_a]) < len(self.members[root_b]):
            root_a, root_b = root_b, root_a
        self.parent[root_b] = root_a
        self.members[root_a].extend(self.members.pop(root_b))
        self.merges.append(merge)
        return True

    def groups(self) -> list[list[int]]:
        """Clusters as sorted member lists, in order of their smallest member."""
        # one pass in node order lists each cluster's members ascending and meets the clusters in
        # order of their smallest member: no sort, whose n log n outgrew the rest on large corpora
        by_root: dict[int, list[int]] = {}
        for node in range(len(self.parent)):
            root = self.find(node)
            members = by_root.get(root)
            if members is None:
                by_root[root] = [node]
            else:
                members.append(node)
        return list(by_root.values())
