"""The directive reader: pure functions from a letter's text to a `Letter`.

`read_file(path)` decodes and reads a file; `read_text(text)` reads text already decoded.
Both raise `ReaderError` with a clear message for input they cannot read.
"""
from reader.letter import Letter, ReaderError, Task
from reader.parse import read_file, read_text

__all__ = ["Letter", "ReaderError", "Task", "read_file", "read_text"]
