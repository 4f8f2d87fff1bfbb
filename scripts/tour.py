"""The quick tours, produced by running them: each ``<!-- tour: ARGS -->`` line in README.md
and docs/guide.md is followed by a fenced block holding ``$ newsgraph ARGS`` and what that
prints (README at 80 columns, the guide at 100), on the bundled sample corpus built into
out/demo.

    python scripts/tour.py          rewrite the tour blocks of README.md and docs/guide.md
    python scripts/tour.py --check  exit 1 (showing the difference) when either has drifted

tests/test_tour.py runs the check, so the docs cannot drift from what the commands print.
The commands run in a scratch folder that sees the repository's examples/, so the paths they
print are the ones a user sees after ``make demo``; a file whose tour does not build out/demo
itself gets it built first, silently.
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
GUIDE = REPO / "docs" / "guide.md"
TOUR_COLUMNS = 80
TOURS = {README: TOUR_COLUMNS, GUIDE: 100}  # each file and the columns its blocks are printed at
DEMO_BUILD = ["build", "examples/sample", "-o", "out/demo"]
MARKER = re.compile(r"^<!-- tour: (?P<args>.+?) -->\n```\n.*?^```\n", re.MULTILINE | re.DOTALL)


def run_tour(text: str, columns: int = TOUR_COLUMNS) -> str:
    """``text`` with every tour block replaced by the output of its command."""
    from typer.testing import CliRunner

    from newsgraph import cli

    with tempfile.TemporaryDirectory() as scratch:
        (Path(scratch) / "examples").symlink_to(REPO / "examples")
        # rich fixes a width from COLUMNS when the console is made (import time), else reads
        # the terminal at each print: set ours, then put back exactly what was there
        here, fixed = os.getcwd(), (cli.console._width, cli.errors._width)
        os.chdir(scratch)
        cli.console.width = cli.errors.width = columns
        try:
            def run(args: list[str]) -> str:
                result = CliRunner().invoke(cli.app, args)
                if result.exit_code != 0:
                    raise SystemExit(f"tour command failed: newsgraph {shlex.join(args)}\n{result.output}")
                return result.stdout

            def block(match: re.Match) -> str:
                args = match["args"]
                lines = [line.rstrip() for line in run(shlex.split(args)).splitlines()]
                return f"<!-- tour: {args} -->\n```\n$ newsgraph {args}\n" + "\n".join(lines) + "\n```\n"

            if f"<!-- tour: {shlex.join(DEMO_BUILD)} -->" not in text:
                run(DEMO_BUILD)
            return MARKER.sub(block, text)
        finally:
            os.chdir(here)
            cli.console._width, cli.errors._width = fixed


def main(argv: list[str]) -> int:
    drifted = []
    for path, columns in TOURS.items():
        current = path.read_text(encoding="utf-8")
        produced = run_tour(current, columns)
        if produced == current:
            continue
        name = str(path.relative_to(REPO))
        if "--check" in argv:
            sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), produced.splitlines(True),
                                                       name, f"{name} (tour as run)"))
            drifted.append(name)
        else:
            path.write_text(produced, encoding="utf-8")
    if drifted:
        print(f"\nTour drifted in {', '.join(drifted)}: run 'python scripts/tour.py' and commit.")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
