"""``python -m generator`` and the ``clientgen`` command (its entry point): the command line of
generator/cli.py, begun by generator/early.py (a set's slow start-up, started before the rest of
clientgen is imported)."""

import sys


def main() -> None:
    from generator import early

    stop = early.begin(sys.argv[1:])
    from generator import cli

    cli.main(on_exit=stop)


if __name__ == "__main__":
    main()
