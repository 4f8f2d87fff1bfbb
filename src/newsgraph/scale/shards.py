"""Shards: per-document results of one batch as a Parquet file, ``OUT/shards/part-NNNNN.parquet``.

A shard has one row per document: ``doc`` (id), ``pipeline`` (the signature that produced it)
and ``result`` (the ``DocumentResult`` as JSON). Shards are written atomically (a temporary
name, then a rename), imported into the store in one transaction each, then removed; a shard
left behind by an interrupted build is imported by the next one, so no finished batch is lost.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator

from newsgraph.scale import Record

SHARD_FOLDER = "shards"
SHARD_COLUMNS = ("doc", "pipeline", "result")  # all strings
READ_ROWS = 64  # rows decoded at a time when a shard is read back: memory stays small


def shard_folder(out: Path) -> Path:
    return Path(out) / SHARD_FOLDER


def write_shard(folder: Path, number: int, records: list[Record], pipeline: str) -> Path:
    """Write one batch's records; returns the shard's path."""
    import pyarrow as pa  # here, not at the top: only Dask builds pay for importing it
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    columns = {
        "doc": [r["document"]["id"] for r in records],
        "pipeline": [pipeline] * len(records),
        "result": [json.dumps(r, ensure_ascii=False) for r in records],
    }
    table = pa.table(columns, schema=pa.schema([(name, pa.string()) for name in SHARD_COLUMNS]))
    path = folder / f"part-{number:05d}.parquet"
    temporary = folder / f".{path.name}.tmp"
    pq.write_table(table, temporary)
    os.replace(temporary, path)
    return path


def read_shard(path: Path, pipeline: str | None = None) -> Iterator[Record]:
    """The records of a shard, streamed; only those of ``pipeline`` when it is given."""
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=READ_ROWS):
        for row in batch.to_pylist():
            if pipeline is None or row["pipeline"] == pipeline:
                yield json.loads(row["result"])


def existing_shards(folder: Path) -> list[Path]:
    """Finished shards in ``folder``, in order (half-written temporaries are not shards)."""
    return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []


def remove_temporaries(folder: Path) -> None:
    for leftover in folder.glob(".part-*.tmp") if folder.is_dir() else ():
        leftover.unlink(missing_ok=True)
