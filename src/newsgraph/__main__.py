"""``python -m newsgraph``: the same command as the ``newsgraph`` console script."""

from newsgraph.cli import main

main()
