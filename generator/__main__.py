"""``python -m generator``: the same command line as ``clientgen``."""

from generator.cli import main

main()
