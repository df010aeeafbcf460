"""`python -m reader [--json] FILE...`: read letters and print what the reader found.

With --json, one JSON object per line per file: {"file": path, **letter.to_json()}, or
{"file": path, "error": "..."} for a file that cannot be read. Exit code 1 if any file failed.
"""
from __future__ import annotations

import argparse
import json
import sys

from reader.letter import ReaderError
from reader.parse import read_file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reader", description="Read Vietnamese directive letters.")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--json", action="store_true", help="one JSON object per line per file")
    args = parser.parse_args(argv)
    failed = False
    for path in args.files:
        try:
            letter = read_file(path)
        except ReaderError as exc:
            failed = True
            if args.json:
                print(json.dumps({"file": path, "error": str(exc)}, ensure_ascii=False))
            else:
                print(f"{path}: error: {exc}", file=sys.stderr)
            continue
        if args.json:
            print(json.dumps({"file": path, **letter.to_json()}, ensure_ascii=False))
        else:
            _show(path, letter)
    return 1 if failed else 0


def _show(path: str, letter) -> None:
    print(f"== {path}")
    print(f"   {letter.doc_type or '?'} {letter.number or '(no number)'} of {letter.issuer or '?'}, "
          f"{letter.place or '?'} {letter.issued_on or '?'}")
    if letter.subject:
        print(f"   {letter.subject}")
    for t in letter.tasks:
        when = t.deadline or t.recurrence or (t.deadline_relative and "relative") or "-"
        print(f"   [{t.clause}] {', '.join(t.lead) or '?'} | support: {', '.join(t.support) or '-'} | {when}")
        for why in t.review:
            print(f"        review: {why}")
    for w in letter.warnings:
        print(f"   warning: {w}")


if __name__ == "__main__":
    sys.exit(main())
