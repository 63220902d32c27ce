"""`python -m polybius` runs the CLI, e.g. from a checkout with PYTHONPATH=src and no install."""

from polybius.cli import main

main()
