"""Briefings: a cited, written account of one actor or of a pair, from a built store.

Input: a build folder (or an open :class:`~newsgraph.store.Store`), an actor name (resolved
like every query command) and optionally a second one. Output: a
:class:`~newsgraph.brief.model.Briefing` (sections of statements, each citing the corpus
sentences it rests on, and the numbered sources), rendered as Markdown, HTML or JSON.
Wording lives in ``data/brief_templates.yaml``; :func:`check_briefing` verifies a briefing
against the store it was written from.

    from newsgraph.brief import write_briefing
    briefing = write_briefing("out/seeds", "Hamas", "Sinai Province")
    print(briefing.markdown)
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Sequence

from newsgraph.brief.check import check_briefing
from newsgraph.brief.compose import DEFAULT_MIN_CONFIDENCE, BriefSettings, Composer
from newsgraph.brief.model import Briefing, Citation, Fact, Section, Statement
from newsgraph.brief.reader import Reader
from newsgraph.brief.render import FORMATS, render
from newsgraph.brief.templates import Templates
from newsgraph.model import Actor
from newsgraph.store import Store

__all__ = ["Briefing", "BriefSettings", "Citation", "DEFAULT_MIN_CONFIDENCE", "FORMATS", "Fact", "Section",
           "Statement", "Templates", "brief_actors", "check_briefing", "render", "write_briefing"]


def write_briefing(store: Store | str | Path, actor: str | Actor, other: str | Actor | None = None, *,
                   min_confidence: float = DEFAULT_MIN_CONFIDENCE, settings: BriefSettings | None = None,
                   templates: Templates | None = None, template_files: Sequence[Path] = ()) -> Briefing:
    """The briefing on ``actor`` (with ``other``: on the pair), from a store or build folder.
    Names resolve as in the query commands (name, alias, id, part of a name)."""
    if not isinstance(store, Store):
        with Store(store) as opened:
            return write_briefing(opened, actor, other, min_confidence=min_confidence, settings=settings,
                                  templates=templates, template_files=template_files)
    first, second = brief_actors(store, actor, other)
    settings = settings or BriefSettings()
    if settings.min_confidence != min_confidence:
        settings = replace(settings, min_confidence=min_confidence)
    templates = templates or Templates.from_data(template_files)
    return Composer(Reader(store), templates, settings)(first, second)


def brief_actors(store: Store, actor: str | Actor, other: str | Actor | None) -> tuple[Actor, Actor | None]:
    from newsgraph.store.queries import require_actor

    first = actor if isinstance(actor, Actor) else require_actor(store, actor)
    second = other if (other is None or isinstance(other, Actor)) else require_actor(store, other)
    return first, second
