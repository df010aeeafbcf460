"""Letters per second: read every dev letter N times on one core and print the figure.

    .venv/bin/python benchmarks/reader.py [CORPUS_DIR] [--rounds N]

Machines here differ in speed (the same code has measured 200 to 700 letters/s), so the same
process also times a baseline that only opens, decodes, NFC-normalises and scans each letter
once, and prints the reader's cost as a multiple of it: that ratio follows the reader, not the
machine.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import unicodedata
from pathlib import Path

# Run as a script, this file's folder comes first on sys.path and its own name ("reader")
# would hide the reader package: put the project root there instead.
_ROOT = Path(__file__).resolve().parents[1]
sys.path[:] = [str(_ROOT)] + [p for p in sys.path if Path(p or ".").resolve() != _ROOT / "benchmarks"]

from reader import ReaderError, read_file  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{4}")


def baseline(path: Path) -> int:
    """The least any reader does with a letter: read, decode, normalise, scan once for dates."""
    text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8", "replace"))
    return len(_DATE.findall(text)) + len(text.splitlines())


def timed(read, files: list[Path], rounds: int) -> tuple[int, float]:
    """(letters read, seconds) for `rounds` passes of `read` over `files`, after one warm-up pass
    (imports, compiled patterns, caches of the first read)."""
    for f in files:
        try:
            read(f)
        except ReaderError:
            pass
    count = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for f in files:
            try:
                read(f)
            except ReaderError:
                pass
            count += 1
    return count, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT))
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    files = sorted(Path(args.corpus, "docs").glob("*.txt")) or sorted(Path(args.corpus).glob("*.txt"))
    if not files:
        raise SystemExit(f"no .txt letters under {args.corpus}")
    count, elapsed = timed(read_file, files, args.rounds)
    base_count, base_elapsed = timed(baseline, files, args.rounds)
    ratio = (elapsed / count) / (base_elapsed / base_count)
    print(f"baseline (read, decode, NFC, one scan): {base_count / base_elapsed:.0f} letters/s")
    print(f"reader: {count} letters in {elapsed:.2f} s = {count / elapsed:.0f} letters/s "
          f"({len(files)} letters x {args.rounds} rounds, one core); {ratio:.0f}x the baseline's cost per letter")


if __name__ == "__main__":
    main()
