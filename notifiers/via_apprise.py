"""Channels that Apprise sends: the outbox, dondoc's own plugins (Zalo, SMS gateways) and any
other Apprise URL.

Each send instantiates the plugin from its URL and notifies through an ``Apprise`` object
holding only it, with Apprise's throttle (``request_rate_per_sec``, ~5.5 s between two sends
of one plugin object) and its own retries switched off: dondoc rate-limits per provider
(notifiers.limits) and retries through the ledger (notifiers.dispatch).
"""
from __future__ import annotations

import logging
from pathlib import Path

import apprise
from apprise.plugins import N_MGR

from notifiers.base import RESEND, SENT, DeliveryError, Message, Notifier
from notifiers.outbox import NotifyOutbox
from notifiers.redact import scrub_url_secrets

# Apprise logs through the 'apprise' logger, URLs included: keep it out of our logs and read
# what it says from the result objects instead (scrubbed).
logging.getLogger("apprise").addHandler(logging.NullHandler())
logging.getLogger("apprise").propagate = False

if "outbox" not in N_MGR:
    N_MGR.add(NotifyOutbox)


# one message, one service: notify in the calling thread rather than through Apprise's pool
SYNC = apprise.AppriseAsset(async_mode=False, service_timeout=0)


def register_plugins() -> None:
    """Add dondoc's plugins (zns://, zalooa://, esms://, speedsms://) to Apprise."""
    from notifiers.sms import NotifyESMS, NotifySpeedSMS
    from notifiers.zalo import NotifyZaloOA, NotifyZaloZNS

    for cls in (NotifyZaloZNS, NotifyZaloOA, NotifyESMS, NotifySpeedSMS):
        if cls.secure_protocol not in N_MGR:
            N_MGR.add(cls)


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


def instantiate(url: str):
    plugin = apprise.Apprise.instantiate(url, asset=SYNC, suppress_exceptions=True)
    if plugin is None:
        raise DeliveryError(f"not a valid channel URL: {privacy_url(url)}", permanent=True)
    plugin.request_rate_per_sec = 0
    plugin.retry = 0
    return plugin


class AppriseNotifier(Notifier):
    """Any Apprise URL. Apprise says only success or failure: a failure is taken as
    transient, a timeout as unknown."""

    schemas = ("*",)

    def send(self, url: str, message: Message) -> str | None:
        plugin = instantiate(url)
        result = apprise.Apprise(plugin, asset=SYNC).notify(title=message.subject, body=message.body)
        if result:
            return None
        status = getattr(getattr(result, "status", None), "name", "")
        raise DeliveryError(scrub_url_secrets(_failure_text(result)), unknown=status == "TIMEOUT")


class OutboxNotifier(AppriseNotifier):
    """The local outbox (one file per message, named by its key). After a crash it can tell
    whether a message went out: its file exists."""

    schemas = ("outbox",)
    resumable = True

    def __init__(self, folder) -> None:
        self.folder = str(folder)
        self._plugins: dict[str, NotifyOutbox] = {}
        self._apprise: dict[str, apprise.Apprise] = {}

    def send(self, url: str, message: Message) -> str | None:
        # one plugin object per outbox URL, its key set per message: the outbox is written
        # by one thread, and building an Apprise plugin per message costs more than the write
        app = self._apprise.get(url)
        if app is None:
            plugin = instantiate(url)
            plugin.folder = self.folder
            self._plugins[url], app = plugin, apprise.Apprise(plugin, asset=SYNC)
            self._apprise[url] = app
        self._plugins[url].key = message.key
        if not app.notify(title=message.subject, body=message.body):
            raise DeliveryError(f"the outbox could not write {message.key} under {self.folder}")
        return message.key

    def recover(self, url: str, key: str) -> str:
        return SENT if (Path(self.folder) / f"{key}.txt").exists() else RESEND


class PluginNotifier(Notifier):
    """dondoc's HTTP plugins (Zalo, eSMS, SpeedSMS) through Apprise. Each plugin leaves a
    structured ``reply`` (provider message id, error code, permanent or not, quota) that
    Apprise's boolean cannot carry; this reads it."""

    def send(self, url: str, message: Message) -> str | None:
        register_plugins()
        plugin = instantiate(url)
        plugin.tracking_id = message.key
        return self.notify(plugin, message.body)

    def notify(self, plugin, body: str) -> str | None:
        plugin.reply = None
        ok = apprise.Apprise(plugin, asset=SYNC).notify(title="", body=body)  # SMS/ZNS: no title
        reply = plugin.reply
        self.after(plugin, reply)
        if reply is None:
            if ok:
                return None
            raise DeliveryError(f"{plugin.service_name}: the plugin failed without an answer")
        if reply.error is not None:
            raise reply.error
        return reply.provider_id

    def after(self, plugin, reply) -> None:
        """Hook: look at the reply (e.g. quota figures) whatever it says."""
