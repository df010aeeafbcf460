"""Letters per second: read every dev letter N times on one core and print the figure.

    .venv/bin/python benchmarks/reader.py [CORPUS_DIR] [--rounds N]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and its own name ("reader")
# would hide the reader package: put the project root there instead.
_ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(_ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "benchmarks"]

from reader import ReaderError, read_file  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    files = sorted(Path(args.corpus, "docs").glob("*.txt")) or sorted(Path(args.corpus).glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt letters under {args.corpus}")
    for f in files:  # warm-up: imports, compiled patterns, caches of the first read
        try:
            read_file(f)
        except ReaderError:
            pass
    count = 0
    start = time.perf_counter()
    for _ in range(args.rounds):
        for f in files:
            try:
                read_file(f)
            except ReaderError:
                pass
            count += 1
    elapsed = time.perf_counter() - start
    print(f"reader: {count} letters in {elapsed:.2f} s = {count / elapsed:.0f} letters/s "
          f"({len(files)} letters x {args.rounds} rounds, one core)")


if __name__ == "__main__":
    main()
