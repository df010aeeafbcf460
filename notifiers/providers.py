"""The notifiers of dondoc's own Apprise plugins: Zalo (ZNS, OA) with its access token and
daily quota, and the SMS gateways."""
from __future__ import annotations

import json

from notifiers.base import CHANNEL, RESEND, DeliveryError, Message
from notifiers.state import QuotaStore, TokenStore
from notifiers.via_apprise import PluginNotifier, instantiate, register_plugins


class ZaloNotifier(PluginNotifier):
    """``zns://`` and ``zalooa://``: fetches the OA access token from the token store, sends,
    and when Zalo says the token is no longer valid, refreshes it once and sends again.
    ZNS answers carry the daily quota: it is recorded, and a used-up quota sends the message
    to the next channel until the next day."""

    schemas = ("zns", "zalooa")

    def __init__(self, tokens: TokenStore | None, quotas: QuotaStore | None):
        self.tokens = tokens
        self.quotas = quotas

    def send(self, url: str, message: Message) -> str | None:
        register_plugins()
        plugin = instantiate(url)
        quota_name = f"{plugin.secure_protocol}:{plugin.zalo_app}"
        if plugin.secure_protocol == "zns" and self.quotas is not None:
            if self.quotas.remaining(quota_name) == 0:
                raise DeliveryError("Zalo ZNS: today's quota is used up", quota=True, scope=CHANNEL)
        version = None
        if not plugin.static_token:
            if self.tokens is None:
                raise DeliveryError("Zalo: no token store", permanent=True)
            plugin.access_token, version = self.tokens.access_token(
                app_id=plugin.zalo_app, secret=plugin.secret, seed=plugin.refresh, oauth_base=plugin.oauth)
        for attempt in (1, 2):
            try:
                return self._once(plugin, message, quota_name)
            except DeliveryError:
                reply = plugin.reply
                if attempt == 1 and reply is not None and reply.auth_expired and version is not None:
                    plugin.access_token, version = self.tokens.refresh(
                        app_id=plugin.zalo_app, secret=plugin.secret, oauth_base=plugin.oauth,
                        stale_version=version)
                    continue
                raise
        raise AssertionError("unreachable")

    def _once(self, plugin, message: Message, quota_name: str) -> str | None:
        plugin.tracking_id = message.key
        if plugin.secure_protocol == "zns":
            if message.template:
                plugin.template = message.template
            body = json.dumps(dict(message.params), ensure_ascii=False) if message.params else message.body
        else:
            body = message.body
        return self.notify(plugin, body)

    def after(self, plugin, reply) -> None:
        if reply is None or self.quotas is None:
            return
        name = f"{plugin.secure_protocol}:{plugin.zalo_app}"
        if reply.quota:
            self.quotas.record(name, daily=reply.quota[0], remaining=reply.quota[1])
        elif reply.error is not None and reply.error.quota:
            self.quotas.record(name, daily=None, remaining=0)


class SmsNotifier(PluginNotifier):
    """``esms://`` and ``speedsms://``. eSMS deduplicates by RequestId (our idempotency key),
    so a message caught in a crash is simply sent again."""

    schemas = ("esms", "speedsms")

    def recover(self, url: str, key: str) -> str:
        return RESEND if url.lower().startswith("esms://") else super().recover(url, key)
