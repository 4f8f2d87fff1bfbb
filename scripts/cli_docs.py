"""Write docs/cli.md from the real ``--help`` of every newsgraph command, so it cannot drift.

    .venv/bin/python scripts/cli_docs.py           # rewrite docs/cli.md
    .venv/bin/python scripts/cli_docs.py --check   # exit 1 when docs/cli.md is stale (a test runs this)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from typer.main import get_command
from typer.testing import CliRunner

from newsgraph.cli import app

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
WIDTH = "100"  # columns the help is rendered at: wide enough for the option tables


def help_text(arguments: list[str]) -> str:
    env = {"COLUMNS": WIDTH, "NO_COLOR": "1", "TERM": "dumb"}
    result = CliRunner().invoke(app, [*arguments, "--help"], env=env, prog_name="newsgraph")
    if result.exit_code != 0:
        raise SystemExit(f"newsgraph {' '.join(arguments)} --help failed:\n{result.output}")
    return "\n".join(line.rstrip() for line in result.output.strip("\n").splitlines())


def render() -> str:
    commands = sorted(get_command(app).commands)
    parts = ["# Command reference",
             "",
             "Generated from the program by `scripts/cli_docs.py`; a test fails when this page is stale.",
             "Run any command with `--help` for the same text.",
             "",
             "```", help_text([]), "```"]
    for name in commands:
        parts += ["", f"## newsgraph {name}", "", "```", help_text([name]), "```"]
    return "\n".join(parts) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check that docs/cli.md is up to date")
    options = parser.parse_args()
    text = render()
    if options.check:
        if not DOC.is_file() or DOC.read_text(encoding="utf-8") != text:
            print(f"{DOC} is stale: run .venv/bin/python scripts/cli_docs.py", file=sys.stderr)
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    os.environ.pop("FORCE_COLOR", None)
    sys.exit(main())
