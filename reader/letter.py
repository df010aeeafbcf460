"""What the reader finds in a directive letter.

Vocabulary: a *clause* is a numbered item of the letter; each clause gives one or more
*tasks* (the labelling word of the corpus) to agencies: ``lead`` agencies (chủ trì) must act,
``support`` agencies (phối hợp) help. dondoc stores each (task, agency, role) as an Assignment.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


class ReaderError(Exception):
    """A letter that cannot be read; the message says what and, where it can, where."""


@dataclass
class Task:
    clause: str
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    deadline: date | None = None
    deadline_text: str | None = None
    deadline_time: str | None = None  # "HH:MM", local time, when the letter gives an hour
    deadline_relative: dict | None = None  # {"amount": 5, "unit": "working_day", "anchor": "issued_on"}
    recurrence: str | None = None  # LABELING.md grammar: "ongoing", "on_event", "monthly:day=20", ...
    action: str = ""
    review: list[str] = field(default_factory=list)  # why an operator should look at it
    summary: bool = field(default=False, repr=False, compare=False)  # a digest's sum of the letter (reader only)
    details: bool = field(default=False, repr=False, compare=False)  # "Theo đó, …" after that sum (reader only)

    def to_json(self) -> dict:
        return {
            "clause": self.clause,
            "lead": list(self.lead),
            "support": list(self.support),
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "deadline_text": self.deadline_text,
            "deadline_time": self.deadline_time,
            "deadline_relative": self.deadline_relative,
            "recurrence": self.recurrence,
            "action": self.action,
            "review": list(self.review),
        }


@dataclass
class Letter:
    number: str | None = None
    issuer: str | None = None
    issuer_authority: str | None = None
    parent_issuer: str | None = None  # the UBND above a Sở that issues in its own name
    place: str | None = None
    issued_on: date | None = None
    doc_type: str | None = None
    subject: str | None = None
    recipients: list[str] = field(default_factory=list)
    noi_nhan: list[str] = field(default_factory=list)
    signer_title: str | None = None
    signer: str | None = None
    tasks: list[Task] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        """The `dondoc parse --json` contract (gold.jsonl's schema); keep it stable."""
        return {
            "number": self.number,
            "issuer": self.issuer,
            "issuer_authority": self.issuer_authority,
            "parent_issuer": self.parent_issuer,
            "place": self.place,
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
            "doc_type": self.doc_type,
            "subject": self.subject,
            "recipients": list(self.recipients),
            "noi_nhan": list(self.noi_nhan),
            "signer_title": self.signer_title,
            "signer": self.signer,
            "tasks": [t.to_json() for t in self.tasks],
            "warnings": list(self.warnings),
        }
