"""One results file for all benchmarks: each writes its figures under its own key."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results.json"


def merge_results(key: str, figures: dict[str, Any], path: Path = RESULTS) -> None:
    """Store ``figures`` under ``key`` in results.json, keeping the other keys; atomic."""
    data: dict[str, Any] = {}
    if path.is_file():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            data = {}
    data[key] = figures
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".results.", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
