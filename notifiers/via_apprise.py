"""Channels that Apprise sends: the outbox, e-mail (mailto://, mailtos://) and any other
Apprise URL. A fresh Apprise object per message: a reused one sleeps ~5.5 s between sends
to the same service (``request_rate_per_sec``)."""
from __future__ import annotations

import logging
from urllib.parse import urlencode

import apprise
from apprise.plugins import N_MGR

from notifiers.base import DeliveryError, Message, Notifier
from notifiers.outbox import NotifyOutbox
from notifiers.redact import scrub_url_secrets

# Apprise logs through the 'apprise' logger, URLs included: keep it out of our logs and read
# what it says from the result objects instead (scrubbed).
logging.getLogger("apprise").addHandler(logging.NullHandler())
logging.getLogger("apprise").propagate = False

if "outbox" not in N_MGR:
    N_MGR.add(NotifyOutbox)


def privacy_url(url: str) -> str:
    """`url` as Apprise shows it with privacy on (passwords and tokens masked)."""
    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    shown = plugin.url(privacy=True) if plugin else url.split("?", 1)[0]
    return scrub_url_secrets(shown)


def _failure_text(result) -> str:
    lines = []
    for service in result:
        for attempt in service:
            lines.extend(str(entry.message if hasattr(entry, "message") else entry) for entry in attempt.logs)
    text = "; ".join(line for line in lines if line) or f"Apprise status {result.status.name}"
    return text[-500:]


class AppriseNotifier(Notifier):
    schemas = ("*",)

    def send(self, url: str, message: Message) -> str | None:
        plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
        if plugin is None:
            raise DeliveryError(f"not a valid channel URL: {privacy_url(url)}", permanent=True)
        plugin.request_rate_per_sec = 0
        result = apprise.Apprise(plugin).notify(title=message.subject, body=message.body)
        if result:
            return None
        raise DeliveryError(scrub_url_secrets(_failure_text(result)))


class OutboxNotifier(AppriseNotifier):
    """The outbox needs its folder and the message key in the URL."""

    schemas = ("outbox",)

    def __init__(self, folder) -> None:
        self.folder = str(folder)

    def send(self, url: str, message: Message) -> str | None:
        sep = "&" if "?" in url else "?"
        url = f"{url}{sep}{urlencode({'folder': self.folder, 'key': message.key})}"
        super().send(url, message)
        return message.key
