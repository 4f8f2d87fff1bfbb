"""Every message newsgraph shows a user about their own mistake, in one place."""

from __future__ import annotations


class NewsgraphError(Exception):
    """An error caused by the user's input or set-up: shown as one line, never a traceback."""


class Errors:
    MODEL_MISSING = (
        "spaCy model {name!r} is not installed. Run 'make demo' (installs en_core_web_sm), or "
        "pip install the model package and pass --model NAME."
    )
    NOTHING_READ = "no document could be read from {paths}; nothing was built."
    NO_SUCH_PATH = "no such file or folder: {paths}; nothing was built."
    NO_INPUT = "no article files found under {paths} (looked for {suffixes})."
    DATASETTE_MISSING = ("Datasette is not installed: pip install 'newsgraph[serve]' (make demo installs it), "
                         "then run newsgraph serve again.")
    OUT_NOT_A_FOLDER = "{path} is a file: give -o a folder (new or from an earlier build) for graph.json and graph.db."
    NOT_A_GRAPH = "{path} holds no graph.db: build one first with 'newsgraph build PATH -o {path}'."
    SCHEMA_MISMATCH = "{path} was written by store schema {found}, this newsgraph reads {expected}; rebuild into a new folder."
    LOCKED = "another newsgraph build is writing to {path} (lock {lock}); wait for it to finish."
    NEEDS_REBUILD = "{path} was built by an older newsgraph without the {what}: build it again with 'newsgraph build PATH -o {path}'."
    ACTOR_NOT_FOUND = "no actor matches {name!r}; try 'newsgraph actors {out}' to list them."
    ACTOR_NOT_FOUND_LIKE = "no actor matches {name!r}; did you mean {suggestions}? ('newsgraph actors {out}' lists them)"
    ACTOR_AMBIGUOUS = "{name!r} fits {count} actors: {candidates}. Give the full name or the id."
    UNKNOWN_CHOICE = "unknown {what} {value!r}; choose one of: {known}."
    BAD_SEARCH = ("bad search query {query!r} ({reason}): write words, prefix* or \"a phrase\" in double quotes, "
                  "every quote closed; AND, OR, NOT, NEAR and parentheses are operators")
    UNKNOWN_STANCE = "unknown stance {stance!r}; choose one of: {known}."
    UNKNOWN_FORMAT = "unknown export format {name!r}; choose one of: {known}."
    EXPORT_NOT_A_FOLDER = "{path} is a file, but --format {format} writes several files: give a folder with -o."
    NO_GRAPH_JSON = "{path} holds no readable graph.json ({reason}): build one with 'newsgraph build PATH -o {path}'."
    DOCUMENT_NOT_FOUND = "no document matches {query!r} (id, id prefix, path or title words); the build in {out} has {count} documents."
    BAD_DATA_FILE = "cannot read data file {path}: {reason}"
    BAD_PUBLISHED = "--published {value!r} is not a date: write it as YYYY-MM-DD, e.g. 2016-01-05."
    BAD_GRAPH_JSON = "cannot read {path}: {reason}; build the folder again with 'newsgraph build PATH -o FOLDER'."
    REPORT_ASSETS_MISSING = "the report needs vis-network from the pyvis package, not found at {path}: pip install pyvis (run 'make demo')."
    WORKER_FAILED = "a build worker failed: {reason}"
    ANALYSIS_FAILED = "newsgraph failed on this text ({reason}); the other documents were built. Please report it with the file."
    DASK_UNREACHABLE = "cannot reach the Dask scheduler at {address!r} ({reason}); give tcp://HOST:PORT of a running scheduler, or --dask local."
