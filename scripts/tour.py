"""The README's quick tour, produced by running it: each ``<!-- tour: ARGS -->`` line in
README.md is followed by a fenced block holding ``$ newsgraph ARGS`` and what that prints at
TOUR_COLUMNS columns, on the bundled sample corpus built into out/demo.

    python scripts/tour.py          rewrite the tour blocks of README.md
    python scripts/tour.py --check  exit 1 (showing the difference) when README.md has drifted

tests/test_tour.py runs the check, so the README cannot drift from what the commands print.
The commands run in a scratch folder that sees the repository's examples/, so the paths they
print are the ones a user sees after ``make demo``.
"""

from __future__ import annotations

import difflib
import os
import re
import shlex
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
TOUR_COLUMNS = 80
MARKER = re.compile(r"^<!-- tour: (?P<args>.+?) -->\n```\n.*?^```\n", re.MULTILINE | re.DOTALL)


def run_tour(readme: str) -> str:
    """``readme`` with every tour block replaced by the output of its command."""
    from typer.testing import CliRunner

    from newsgraph import cli

    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "examples").symlink_to(REPO / "examples")
        # rich fixes a width from COLUMNS when the console is made (import time), else reads
        # the terminal at each print: set ours, then put back exactly what was there
        here, fixed = os.getcwd(), (cli.console._width, cli.errors._width)
        os.chdir(scratch)
        cli.console.width = cli.errors.width = TOUR_COLUMNS
        try:
            def block(match: re.Match) -> str:
                args = match["args"]
                result = CliRunner().invoke(cli.app, shlex.split(args))
                if result.exit_code != 0:
                    raise SystemExit(f"tour command failed: newsgraph {args}\n{result.output}")
                lines = [line.rstrip() for line in result.stdout.splitlines()]
                return f"<!-- tour: {args} -->\n```\n$ newsgraph {args}\n" + "\n".join(lines) + "\n```\n"

            return MARKER.sub(block, readme)
        finally:
            os.chdir(here)
            cli.console._width, cli.errors._width = fixed


def main(argv: list[str]) -> int:
    current = README.read_text(encoding="utf-8")
    produced = run_tour(current)
    if "--check" in argv:
        if produced == current:
            return 0
        sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), produced.splitlines(True),
                                                   "README.md", "README.md (tour as run)"))
        print("\nREADME tour drifted: run 'python scripts/tour.py' and commit README.md.")
        return 1
    README.write_text(produced, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
