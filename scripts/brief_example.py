"""Write docs/briefing-example.md: the briefing on the bundled sample's most connected actor
pair (most events between them), the example a newcomer reads.

    .venv/bin/newsgraph build examples/sample -o out/demo
    .venv/bin/python scripts/brief_example.py out/demo            # rewrite docs/briefing-example.md
    .venv/bin/python scripts/brief_example.py out/demo -o FILE    # write elsewhere (make demo)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsgraph.brief import render, write_briefing
from newsgraph.store import Store

DOC = Path(__file__).resolve().parent.parent / "docs" / "briefing-example.md"


def most_connected_pair(store: Store) -> tuple[str, str]:
    row = store.db.execute("SELECT a, b FROM actor_pairs ORDER BY json_array_length(record, '$.events') DESC, "
                           "a, b LIMIT 1").fetchone()
    if row is None:
        raise SystemExit("no actor pair with events in this build")
    return row[0], row[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="build folder of examples/sample")
    parser.add_argument("-o", "--output", type=Path, default=DOC)
    args = parser.parse_args()
    with Store(args.out) as store:
        a, b = most_connected_pair(store)
        text = render(write_briefing(store, a, b), "md")
    args.output.write_text(text, encoding="utf-8")
    print(f"Wrote {args.output}: briefing on {a} and {b}")


if __name__ == "__main__":
    main()
