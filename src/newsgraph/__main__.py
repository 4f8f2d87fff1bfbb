"""``python -m newsgraph``: the same CLI as the ``newsgraph`` console script."""

from newsgraph.cli import main

main()
