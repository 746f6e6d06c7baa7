"""``python -m residency ...``: the same command line as the ``residency`` script."""

from residency.cli import main

if __name__ == "__main__":  # pragma: no cover
    main(prog_name="residency")
