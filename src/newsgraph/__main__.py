"""``python -m newsgraph``: the same CLI as the ``newsgraph`` command."""

from newsgraph.cli import main

main()
