"""What dondoc's Apprise plugins share: a ``base`` URL parameter (tests point it at
127.0.0.1), no Apprise throttle, HTTP errors sorted into transient, permanent and unknown,
and a structured ``reply`` left on the plugin for dondoc to read."""
from __future__ import annotations

from dataclasses import dataclass

import requests
from apprise.plugins.base import NotifyBase

from notifiers.base import CHANNEL, DeliveryError


@dataclass
class Reply:
    """What the provider answered, beyond Apprise's True/False."""

    provider_id: str | None = None
    error: DeliveryError | None = None
    quota: tuple[int | None, int | None] | None = None  # (daily quota, remaining today)
    auth_expired: bool = False  # the access token was refused: refresh it and send again


class DondocPlugin(NotifyBase):
    """Subclasses implement ``deliver(body, title) -> provider message id`` and raise
    DeliveryError; send() turns that into Apprise's boolean and ``self.reply``."""

    service_url = "https://github.com/dondoc"
    setup_url = "https://github.com/dondoc"
    request_rate_per_sec = 0  # dondoc rate-limits per provider itself
    # a gateway that takes longer than this to answer leaves the message's fate unknown;
    # URLs can say otherwise with ?cto= and ?rto=
    socket_connect_timeout = 5.0
    socket_read_timeout = 15.0
    title_maxlen = 0  # the title is merged into the body by Apprise when given
    default_base = ""

    def __init__(self, base=None, **kwargs):
        super().__init__(**kwargs)
        self.base = (base or self.default_base).rstrip("/")
        self.reply: Reply | None = None
        self.tracking_id: str | None = None

    def __len__(self):
        return 1

    def deliver(self, body: str, title: str) -> str | None:  # pragma: no cover - abstract
        raise NotImplementedError

    def send(self, body, title="", notify_type=None, **kwargs):
        self.reply = Reply()
        try:
            self.reply.provider_id = self.deliver(body, title)
        except DeliveryError as exc:
            self.reply.error = exc
            self.logger.warning("%s: %s", self.service_name, exc)
            return False
        return True

    # --- HTTP --------------------------------------------------------------------------------

    def post(self, path: str, **kwargs) -> dict:
        """POST to ``base + path``; the JSON answer. Raises DeliveryError: a refused or timed-out
        connection is transient (nothing was sent), a read timeout or a connection dropped
        after the request went out is unknown, HTTP 429 and 5xx are transient, 401/403 are
        permanent (credentials)."""
        url = self.base + path
        try:
            r = requests.post(url, timeout=self.request_timeout, verify=self.verify_certificate, **kwargs)
        except requests.ConnectTimeout:
            raise DeliveryError(f"{self.service_name}: connection timed out") from None
        except requests.ReadTimeout:
            raise DeliveryError(f"{self.service_name}: no answer in time; the message may have gone out",
                                unknown=True) from None
        except requests.ConnectionError as exc:
            text = str(exc)
            if "Connection refused" in text or "NewConnectionError" in text or "Name or service" in text:
                raise DeliveryError(f"{self.service_name}: cannot connect") from None
            raise DeliveryError(f"{self.service_name}: connection lost after sending; the message may have gone out",
                                unknown=True) from None
        if r.status_code == 429 or r.status_code >= 500:
            raise DeliveryError(f"{self.service_name}: HTTP {r.status_code}", code=str(r.status_code))
        if r.status_code in (401, 403):
            raise DeliveryError(f"{self.service_name}: HTTP {r.status_code} (credentials refused)",
                                permanent=True, scope=CHANNEL, code=str(r.status_code))
        try:
            return r.json()
        except ValueError:
            if r.status_code >= 400:
                raise DeliveryError(f"{self.service_name}: HTTP {r.status_code}", permanent=True,
                                    code=str(r.status_code)) from None
            raise DeliveryError(f"{self.service_name}: an answer that is not JSON (HTTP {r.status_code})",
                                unknown=True) from None

    # --- URLs ----------------------------------------------------------------------------------

    def base_param(self, params: dict) -> dict:
        if self.base != self.default_base.rstrip("/"):
            params["base"] = self.base
        return params

    @classmethod
    def parse_common(cls, url):
        results = NotifyBase.parse_url(url, verify_host=False)
        if not results:
            return results
        qsd = results["qsd"]
        if qsd.get("base"):
            results["base"] = cls.unquote(qsd["base"])
        results["path_parts"] = cls.split_path(results.get("fullpath"))
        return results
