"""The quick tours are what the commands print: scripts/tour.py runs each tour block's command
on the sample corpus (README.md at 80 columns, docs/guide.md at 100); both files must hold
exactly that output."""

from __future__ import annotations

import importlib.util
import sys

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def load_tour():
    spec = importlib.util.spec_from_file_location("tour", REPO / "scripts" / "tour.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["tour"] = module
    spec.loader.exec_module(module)
    return module


def test_readme_tour_is_what_the_commands_print():
    tour = load_tour()
    readme = tour.README.read_text(encoding="utf-8")
    assert readme.count("<!-- tour: ") == 3
    produced = tour.run_tour(readme)
    assert produced == readme, "README tour drifted: run '.venv/bin/python scripts/tour.py' and commit README.md"


def test_guide_examples_are_what_the_commands_print():
    tour = load_tour()
    guide = tour.GUIDE.read_text(encoding="utf-8")
    assert guide.count("<!-- tour: ") == 7
    produced = tour.run_tour(guide, tour.TOURS[tour.GUIDE])
    assert produced == guide, "guide examples drifted: run '.venv/bin/python scripts/tour.py' and commit docs/guide.md"


def test_tour_blocks_show_a_runnable_next_step_and_no_record_ids():
    readme = load_tour().README.read_text(encoding="utf-8")
    assert "  newsgraph report out/demo  # an HTML page to explore" in readme
    assert ". .venv/bin/activate" in readme
