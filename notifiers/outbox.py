"""The local outbox: an Apprise schema, ``outbox://AGENCY/RECIPIENT``, that writes each
message as a file under the outbox folder instead of sending it anywhere.

The file is named after the message's idempotency key and created exclusively, so a second
delivery of the same message is visible as a ``.dup`` file instead of silently replacing the
first. Used by the demo and by tests; handy for a dry run of a real installation.
"""
from __future__ import annotations

import os
from pathlib import Path

from apprise.plugins.base import NotifyBase


class NotifyOutbox(NotifyBase):
    service_name = "dondoc outbox"
    service_url = "https://github.com/dondoc"
    protocol = "outbox"
    setup_url = "https://github.com/dondoc"
    request_rate_per_sec = 0  # a file write needs no throttle
    templates = ("{schema}://{agency}/{recipient}",)

    def __init__(self, agency=None, recipient=None, folder=None, key=None, **kwargs):
        super().__init__(**kwargs)
        self.agency = agency or "unknown"
        self.recipient = recipient or "focal"
        self.folder = folder
        self.key = key

    @property
    def url_identifier(self):
        return (self.protocol, self.agency, self.recipient, self.folder)

    def url(self, privacy=False, *args, **kwargs):
        return f"outbox://{self.agency}/{self.recipient}"

    def __len__(self):
        return 1

    def send(self, body, title="", notify_type=None, **kwargs):
        if not self.folder:
            self.logger.warning("outbox: no folder given")
            return False
        folder = Path(self.folder)
        folder.mkdir(parents=True, exist_ok=True)
        stem = self.key or f"{self.agency}-{self.recipient}"
        text = (
            f"To: {self.agency}/{self.recipient}\nSubject: {title}\nKey: {stem}\n\n{body}\n"
        ).encode("utf-8")
        for n in range(1000):
            name = f"{stem}.txt" if n == 0 else f"{stem}.dup{n}.txt"
            try:
                fd = os.open(folder / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o640)
            except FileExistsError:
                continue
            with os.fdopen(fd, "wb") as fh:
                fh.write(text)
            return True
        self.logger.warning("outbox: too many copies of %s", stem)
        return False

    @staticmethod
    def parse_url(url):
        results = NotifyBase.parse_url(url, verify_host=False)
        if not results:
            return results
        results["agency"] = NotifyOutbox.unquote(results["host"])
        path = NotifyOutbox.split_path(results.get("fullpath"))
        results["recipient"] = path[0] if path else "focal"
        qsd = results["qsd"]
        results["folder"] = qsd.get("folder")
        results["key"] = qsd.get("key")
        return results
