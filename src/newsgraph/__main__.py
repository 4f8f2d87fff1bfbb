"""``python -m newsgraph``: the same CLI as the ``newsgraph`` console script."""

from newsgraph.cli import app

app(prog_name="newsgraph")
