"""``python -m generator`` and the ``clientgen`` command (its entry point): the command line of
generator/cli.py, begun by generator/early.py (a set's slow start-up, started before the rest of
clientgen is imported), with the code dataclasses and typing compile kept across runs
(generator/codecache.py)."""

import sys


def main() -> None:
    from generator import codecache, early

    stop = early.begin(sys.argv[1:])
    # after the early start (installing it imports dataclasses and typing); only for a cold run:
    # a run that finds its output up to date imports too little for the cache to pay
    cold = early.cold(sys.argv[1:])
    codes = codecache.CodeCache(codecache.cache_file("clientgen-imports") if cold else None)
    if cold:
        codes.install()

    def on_exit() -> None:
        if stop is not None:
            stop()
        codes.save()

    from generator import cli

    cli.main(on_exit=on_exit)


if __name__ == "__main__":
    main()
