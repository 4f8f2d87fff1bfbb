"""The build: ingest, parse and per-document stages for new documents, then the corpus stages.

Input: paths and :class:`BuildSettings`. Output: a :class:`BuildReport` holding the
:class:`~newsgraph.graph.Graph`; with ``out`` set, also ``OUT/graph.db`` and ``OUT/graph.json``.
Documents already in the store with the same pipeline signature are not parsed again.

The per-document stages run over batches of documents, in this process (one worker), in
``workers`` processes, or as Dask tasks (``dask``); see :mod:`newsgraph.scale`. Finished
batches are written to the store as they arrive, one transaction each, so an interrupted build
keeps them and the next build does not redo them.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from functools import partial
from importlib import resources
from itertools import chain
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from newsgraph import __version__
from newsgraph.attribution import ClaimFinder, link_events
from newsgraph.coref import DocumentCoref
from newsgraph.coref.people_words import last_tokens, people_words_taken
from newsgraph.events import EventFinder
from newsgraph.events.confidence import settle_claims
from newsgraph.errors import Errors, NewsgraphError
from newsgraph.graph import Graph
from newsgraph.ingest import SUPPORTED_SUFFIXES, IngestSettings, iter_files, read_file
from newsgraph.ingest.boilerplate import BoilerplateFilter
from newsgraph.ingest.language import EnglishCheck
from newsgraph.ingest.meta import normalize_published
from newsgraph.mentions import MentionFinder
from newsgraph.mentions.rules import EntityRules
from newsgraph.model import DocumentResult, Problem, SourceDocument
from newsgraph.parse import DEFAULT_MODEL, ParsedDocument, load_model, model_description, parse_documents
from newsgraph.resolve import DEFAULT_RESOLVER, get_resolver
from newsgraph.scale import InProcessRunner, Record
from newsgraph.scale.cluster import DaskRunner
from newsgraph.scale.local import ProcessRunner
from newsgraph.scale.auto import AUTO_WORKERS, plan_workers, usable_cores
from newsgraph.scale.shards import existing_shards, read_shard, remove_temporaries, shard_folder, write_shard
from newsgraph.store import Store
from newsgraph.times import TimeFinder


@dataclass(frozen=True)
class BuildSettings:
    """Everything that changes what a build produces. Paths extend the packaged data tables."""

    model: str = DEFAULT_MODEL
    workers: int | str = 1  # worker processes (or, with dask="local", Dask workers); "auto": scale/auto.py
    batch_size: int = 32  # documents per spaCy batch, and per task sent to a worker
    dask: str | None = None  # scheduler address tcp://HOST:PORT, or "local" for a LocalCluster
    resolver: str = DEFAULT_RESOLVER
    aliases: tuple[Path, ...] = ()
    max_file_mb: float = IngestSettings.max_file_mb
    entity_patterns: tuple[Path, ...] = ()
    entity_rules: tuple[Path, ...] = ()
    outlets: tuple[Path, ...] = ()
    boilerplate: tuple[Path, ...] = ()
    time_rules: tuple[Path, ...] = ()
    lexicon: tuple[Path, ...] = ()
    cues: tuple[Path, ...] = ()  # attribution cue tables (YAML, keys as data/attribution_cues.yaml)
    published: str | None = None  # YYYY-MM-DD for documents that carry no date of their own
    english_only: bool = True  # skip articles that are not English (ingest/language.py), with a note
    include_all: bool = False  # read files named like README or LICENSE found in folders too


class BuildListener:
    """Hooks a front end implements to show progress; the default shows nothing."""

    def on_problem(self, problem: Problem) -> None: ...
    def on_files(self, count: int) -> None: ...
    def on_file_done(self) -> None: ...
    def on_document(self, status: str) -> None: ...
    def on_stage(self, name: str) -> None: ...


@dataclass
class BuildReport:
    graph: Graph
    out: Path | None
    problems: list[Problem] = field(default_factory=list)
    parsed: int = 0
    unchanged: int = 0
    duplicates: int = 0
    workers: int = 1  # processes that ran the per-document stages
    workers_reason: str = ""  # why that many, when --workers auto chose


class DocumentAnalyzer:
    """Runs the per-document stages on one parsed document. Pure: sees no other document."""

    def __init__(self, settings: BuildSettings):
        rules = EntityRules.from_data(settings.entity_rules, settings.outlets)
        self.find_mentions = MentionFinder(rules)
        self.find_times = TimeFinder.from_data(settings.time_rules)
        self.find_events = EventFinder.from_data(settings.lexicon, tense=self.find_times.rules.tense)
        self.find_claims = ClaimFinder.from_data(settings.cues)

    def __call__(self, parsed: ParsedDocument) -> DocumentResult:
        sentences, mentions, links, things = self.find_mentions.find_all(parsed)
        times = self.find_times(parsed, sentences)
        events, group_mentions = self.find_events(parsed, sentences, mentions, times)
        mentions = mentions + group_mentions
        # the speakers' names the mention finder missed come back as mentions after the others
        claims, mentions = self.find_claims.claims_and_mentions(parsed, sentences, mentions)
        # rounds 69-70: "the Vaskan won" is one person, never the people: cued for the resolver,
        # which takes it off the people's actor after resolving; indexes kept, so claims and
        # events still point at the same mention
        mentions = people_words_taken(DocumentCoref(parsed.document.text, mentions, self.find_claims.coref),
                                       last_tokens(parsed.pieces(), mentions))
        link_events(events, claims)
        settle_claims(events, self.find_events.lexicon)
        return DocumentResult(parsed.document, sentences=sentences, mentions=mentions, links=links,
                              times=times, events=events, claims=claims, things=things)


class BatchAnalysis:
    """What one worker holds: the spaCy model and the per-document stages, built once. Called
    with a batch of documents, returns their results as plain dicts (no spaCy objects), so
    they can cross process and network boundaries cheaply."""

    def __init__(self, settings: BuildSettings):
        self.nlp = load_model(settings.model, entity_patterns=settings.entity_patterns)
        self.analyze = DocumentAnalyzer(settings)
        self.batch_size = settings.batch_size

    def __call__(self, documents: list[SourceDocument]) -> list[Record]:
        return list(self.stream(documents))

    def stream(self, documents: Iterable[SourceDocument]) -> Iterator[Record]:
        """The records of ``documents`` in order, as they are parsed: one ``nlp.pipe`` over
        the whole stream (a pipe per batch costs some 4% of the parse)."""
        for parsed in parse_documents(self.nlp, documents, batch_size=self.batch_size):
            try:
                yield self.analyze(parsed).to_dict()
            except Exception as error:  # a bug met on one text must not cost the other documents
                yield failed_record(parsed.document, error)


FAILED_KEY = "analysis_failed"


def failed_record(document: SourceDocument, error: Exception) -> Record:
    """The record of a document whose analysis raised: its path and the error, nothing stored."""
    return {FAILED_KEY: {"path": document.path, "reason": f"{type(error).__name__}: {error}"}}


def _keep_analyzed(records: list[Record], listener: BuildListener, report: BuildReport) -> list[Record]:
    """The records of analyzed documents; each failed one is named as a skipped input."""
    for record in records:
        if FAILED_KEY in record:
            failure = record[FAILED_KEY]
            _problem(Problem(failure["path"], Errors.ANALYSIS_FAILED.format(reason=failure["reason"])),
                     listener, report)
    return [record for record in records if FAILED_KEY not in record]


def pipeline_signature(settings: BuildSettings, model_meta: str) -> str:
    """Names what produced a result: newsgraph version, model, and the data tables' content."""
    digest = hashlib.sha256()
    packaged = resources.files("newsgraph.data")
    for name in sorted(p.name for p in packaged.iterdir() if p.name.endswith((".txt", ".yaml", ".jsonl"))):
        digest.update(packaged.joinpath(name).read_bytes())
    for path in chain(settings.entity_patterns, settings.entity_rules, settings.outlets, settings.boilerplate):
        digest.update(Path(path).read_bytes())
    for path in chain(settings.time_rules, settings.lexicon):
        digest.update(Path(path).read_bytes())
    for path in settings.cues:
        digest.update(b"cues:" + Path(path).read_bytes())
    # relative times are read against it: a new default date must re-analyze the documents
    digest.update(f"published={settings.published}".encode())
    return f"newsgraph {__version__}; {model_meta}; data {digest.hexdigest()[:12]}"


def run_build(paths: Sequence[str | Path], out: str | Path | None = None,
              settings: BuildSettings | None = None, listener: BuildListener | None = None) -> BuildReport:
    """Build the graph of the articles under ``paths``; see the module docstring."""
    settings = settings or BuildSettings()
    settings = _with_published_checked(settings)
    listener = listener or BuildListener()
    report = BuildReport(graph=Graph(), out=Path(out) if out else None)
    files = _collect_files(paths, settings, listener, report)  # before the store: no input, no empty store
    model = model_description(settings.model)  # likewise: a missing model leaves no empty store behind
    store = Store(out, writable=True) if out else None
    try:
        fresh_results = _run_document_stages(files, settings, model, listener, report, store)
        listener.on_stage("resolving actors and writing the graph")
        all_results = list(store.results()) if store else fresh_results
        if not all_results:
            raise NewsgraphError(Errors.NOTHING_READ.format(paths=", ".join(map(str, paths))))
        report.graph = Graph.assemble(all_results, get_resolver(settings.resolver, settings.aliases))
        if store:
            store.write_graph(report.graph)
            report.graph.write_json(store.out / "graph.json")
    finally:
        if store:
            store.close()
    return report


def _run_document_stages(files: list[Path], settings: BuildSettings, model: str, listener: BuildListener,
                         report: BuildReport, store: Store | None) -> list[DocumentResult]:
    """Analyze the documents not yet in the store with ``model`` (its 'NAME VERSION'); returns
    their results only without a store (with one, they are written as they finish)."""
    listener.on_files(len(files))
    pipeline = pipeline_signature(settings, model)
    shards = shard_folder(store.out) if store and settings.dask else None
    if shards:
        _import_shards(store, shards, pipeline)  # batches an interrupted build finished
    done = store.current_documents(pipeline) if store else {}
    new_documents = _new_documents(files, settings, listener, report, done)
    settings, new_documents = _settle_workers(settings, new_documents, report)
    fresh: dict[int, list[Record]] = {}
    with _runner(settings, pipeline) as runner:
        for number, records in runner.run(new_documents):
            records = _keep_analyzed(records, listener, report)
            report.parsed += len(records)
            for _ in records:
                listener.on_document("parsed")
            if store is None:
                fresh[number] = records
            elif shards:
                _import_shard(store, write_shard(shards, number, records, pipeline), pipeline)
            else:
                store.add_records(records, pipeline)
    if shards and not existing_shards(shards):
        remove_temporaries(shards)
        shards.rmdir()  # every shard is in the store now
    # batches finish out of order; results in stream order keep a store-less build repeatable
    return [DocumentResult.from_dict(r) for number in sorted(fresh) for r in fresh[number]]


def _settle_workers(settings: BuildSettings, documents: Iterator[SourceDocument],
                    report: BuildReport) -> tuple[BuildSettings, Iterator[SourceDocument]]:
    """Settings with a number of workers: ``auto`` looks at the machine and the new documents."""
    if settings.workers != AUTO_WORKERS:
        report.workers = int(settings.workers)
        return settings, documents
    if settings.dask:
        report.workers, report.workers_reason = usable_cores(), "auto: one Dask worker per core"
        return replace(settings, workers=report.workers), documents
    plan, documents = plan_workers(documents, settings.batch_size)
    report.workers, report.workers_reason = plan.workers, plan.reason
    return replace(settings, workers=plan.workers, batch_size=plan.batch_size), documents


def _runner(settings: BuildSettings, pipeline: str):
    """Where the per-document stages run: Dask, worker processes, or this process."""
    make_analyzer = partial(BatchAnalysis, settings)
    if settings.dask:
        return DaskRunner(settings.dask, make_analyzer, pipeline, workers=settings.workers,
                          batch_docs=settings.batch_size)
    if settings.workers > 1:
        return ProcessRunner(make_analyzer, settings.workers, settings.batch_size)
    return InProcessRunner(make_analyzer, settings.batch_size)


def _import_shards(store: Store, folder: Path, pipeline: str) -> None:
    remove_temporaries(folder)
    for path in existing_shards(folder):
        _import_shard(store, path, pipeline)


def _import_shard(store: Store, path: Path, pipeline: str) -> None:
    """One shard into the store in one transaction, then the shard goes: the store holds it now.
    A crash between the two re-imports the shard next time, which changes nothing."""
    store.add_records(read_shard(path, pipeline), pipeline)
    path.unlink()


def _collect_files(paths, settings: BuildSettings, listener: BuildListener, report: BuildReport) -> list[Path]:
    missing = [str(path) for path in paths if not Path(path).exists()]
    if len(missing) == len(paths):  # one message, not a skip note for each and "no files" after
        raise NewsgraphError(Errors.NO_SUCH_PATH.format(paths=", ".join(missing)))
    files = []
    for item in iter_files(paths, include_all=settings.include_all):
        if isinstance(item, Problem):
            _problem(item, listener, report)
        else:
            files.append(item)
    if not files:
        raise NewsgraphError(Errors.NO_INPUT.format(
            paths=", ".join(map(str, paths)), suffixes=" ".join(sorted(SUPPORTED_SUFFIXES))))
    return files


def _new_documents(files: Iterable[Path], settings: BuildSettings, listener: BuildListener,
                   report: BuildReport, done: dict[str, str | None]) -> Iterator[SourceDocument]:
    """Documents not yet in the store, each text once, streamed file by file."""
    cleaner = BoilerplateFilter.from_data(settings.boilerplate)
    english = EnglishCheck.from_data() if settings.english_only else None
    seen: set[str] = set()
    for path in files:
        for item in read_file(path, settings.max_file_mb, cleaner, english):
            if isinstance(item, SourceDocument) and item.published is None and settings.published:
                item = replace(item, published=settings.published)
            if isinstance(item, Problem):
                _problem(item, listener, report)
            elif item.id in seen:
                report.duplicates += 1
                listener.on_document("duplicate")
            elif item.id in done and done[item.id] == item.published:
                seen.add(item.id)
                report.unchanged += 1
                listener.on_document("unchanged")
            else:
                seen.add(item.id)
                yield item
        listener.on_file_done()


def _with_published_checked(settings: BuildSettings) -> BuildSettings:
    """Settings with the default publication date checked: ISO YYYY-MM-DD only, since "05/02/2005"
    reads as May in one country and February in another, and "yesterday" would change with the
    day of the build; a user error otherwise."""
    if settings.published is None:
        return settings
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", settings.published.strip()):
        raise NewsgraphError(Errors.BAD_PUBLISHED.format(value=settings.published))
    try:
        return replace(settings, published=normalize_published(settings.published))
    except ValueError:
        raise NewsgraphError(Errors.BAD_PUBLISHED.format(value=settings.published)) from None


def _problem(problem: Problem, listener: BuildListener, report: BuildReport) -> None:
    report.problems.append(problem)
    listener.on_problem(problem)
