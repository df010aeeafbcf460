"""Zalo as Apprise plugins: ZNS template messages to a phone number (``zns://``) and Official
Account messages to a follower's user id (``zalooa://``). Both authenticate with the OA's
access token, which dondoc keeps fresh (notifiers.zalo_tokens).

    zns://APP_ID/PHONE?template=TEMPLATE_ID&secret=APP_SECRET[&refresh=SEED][&base=…][&oauth=…]
    zalooa://APP_ID/USER_ID?secret=APP_SECRET[&refresh=SEED][&base=…][&oauth=…]

``secret`` (the app's secret key) and ``refresh`` (the first refresh token, used once when
dondoc's database holds none) are for the token refresh; ``token=`` gives a fixed access token
instead. ``base`` and ``oauth`` point the plugin at other hosts than Zalo's (tests: 127.0.0.1).
The ZNS body is the template_data as JSON (or plain text, sent as the parameter ``content``);
``tracking_id`` is the message's idempotency key.

Error codes follow Zalo's published tables (ZNS -1xx, OA v3 -2xx); a code not listed here is
taken as transient.
"""
from __future__ import annotations

import json
import re

from notifiers.base import CHANNEL, RECIPIENT, DeliveryError
from notifiers.plugin_base import DondocPlugin

# ZNS error → (what it means, permanent, scope); quota and token errors are handled apart
ZNS_ERRORS = {
    -100: ("unknown error", False, CHANNEL),
    -101: ("application invalid", True, CHANNEL),
    -102: ("application does not exist", True, CHANNEL),
    -103: ("application not activated", True, CHANNEL),
    -104: ("app secret key invalid", True, CHANNEL),
    -105: ("application not linked to an OA", True, CHANNEL),
    -106: ("method unsupported", True, CHANNEL),
    -108: ("phone number invalid", True, RECIPIENT),
    -109: ("template id invalid", True, CHANNEL),
    -110: ("the recipient's Zalo version cannot show ZNS", True, RECIPIENT),
    -111: ("template data empty", True, CHANNEL),
    -112: ("template data invalid", True, CHANNEL),
    -114: ("user inactive or refuses ZNS", True, RECIPIENT),
    -116: ("text invalid", True, CHANNEL),
    -117: ("the OA or app may not use this template", True, CHANNEL),
    -118: ("no Zalo account for this phone number", True, RECIPIENT),
    -119: ("this Zalo account cannot receive ZNS", True, RECIPIENT),
    -131: ("template not approved", True, CHANNEL),
    -133: ("ZNS cannot be sent at night", False, CHANNEL),
    -138: ("the app may not use this API", True, CHANNEL),
    -139: ("the user refused this kind of ZNS", True, RECIPIENT),
}
ZNS_QUOTA = {-115: "out of quota", -144: "daily quota used up"}
ZNS_AUTH = {-124: "access token invalid"}

OA_ERRORS = {
    -201: ("parameters invalid", True, CHANNEL),
    -204: ("the OA was deleted", True, CHANNEL),
    -205: ("the OA does not exist", True, CHANNEL),
    -210: ("a parameter exceeds its limit", True, CHANNEL),
    -212: ("the OA has not registered this API", True, CHANNEL),
    -213: ("the user does not follow the OA", True, RECIPIENT),
    -217: ("the user blocked the OA", True, RECIPIENT),
    -221: ("the OA is not verified", True, CHANNEL),
    -224: ("the OA's package does not allow this", True, CHANNEL),
    -230: ("the user has not talked to the OA recently (cs messages need it)", True, RECIPIENT),
    -32: ("rate limit exceeded", False, CHANNEL),
}
OA_QUOTA = {-211: "out of quota", -218: "the user's daily quota is used up"}
OA_AUTH = {-216: "access token invalid", -220: "access token expired", -124: "access token invalid"}
OA_NO_FLAG = {-230, -218}  # refused today, not for good: no flag on the contact


def _error(service: str, code: int, text: str, table: dict, quota: dict, auth: dict):
    if code in auth:
        err = DeliveryError(f"{service} {code}: {auth[code]}", code=str(code))
        return err, True
    if code in quota:
        return DeliveryError(f"{service} {code}: {quota[code]}", quota=True, scope=CHANNEL, code=str(code)), False
    meaning, permanent, scope = table.get(code, (text or "unlisted error", False, CHANNEL))
    return DeliveryError(f"{service} {code}: {meaning}", permanent=permanent, scope=scope, code=str(code)), False


class ZaloBase(DondocPlugin):
    oauth_default = "https://oauth.zaloapp.com"

    def __init__(self, zalo_app=None, target=None, secret=None, refresh=None, token=None, oauth=None, **kwargs):
        super().__init__(**kwargs)
        self.zalo_app = str(zalo_app or "")
        self.target = str(target or "")
        self.secret = secret
        self.refresh = refresh
        self.access_token = token
        self.static_token = bool(token)
        self.oauth = (oauth or self.oauth_default).rstrip("/")

    @property
    def url_identifier(self):
        return (self.secure_protocol, self.zalo_app, self.target, self.base)

    def _params(self) -> dict:
        params = self.base_param({})
        if self.oauth != self.oauth_default:
            params["oauth"] = self.oauth
        return params

    def url(self, privacy=False, *args, **kwargs):
        params = self._params()
        if self.secret:
            params["secret"] = self.pprint(self.secret, privacy, safe="")
        if self.refresh:
            params["refresh"] = self.pprint(self.refresh, privacy, safe="")
        if self.static_token:
            params["token"] = self.pprint(self.access_token, privacy, safe="")
        query = "&".join(f"{k}={self.quote(str(v), safe='*')}" for k, v in params.items())
        return f"{self.secure_protocol}://{self.quote(self.zalo_app, safe='')}/{self.quote(self.target, safe='')}" + (
            f"?{query}" if query else "")

    @classmethod
    def parse_url(cls, url):
        results = cls.parse_common(url)
        if not results:
            return results
        results["zalo_app"] = cls.unquote(results["host"])
        parts = results.pop("path_parts")
        results["target"] = parts[0] if parts else None
        qsd = results["qsd"]
        for name in ("secret", "refresh", "token", "oauth", "template"):
            if qsd.get(name):
                results[name] = cls.unquote(qsd[name])
        return results


class NotifyZaloZNS(ZaloBase):
    """ZNS: an approved template message to a phone number."""

    service_name = "Zalo ZNS"
    secure_protocol = "zns"
    default_base = "https://business.openapi.zalo.me"
    templates = ("{schema}://{app_id}/{phone}",)

    def __init__(self, template=None, **kwargs):
        super().__init__(**kwargs)
        self.template = template

    def _params(self) -> dict:
        params = super()._params()
        if self.template:
            params["template"] = self.template
        return params

    def deliver(self, body: str, title: str) -> str | None:
        if not self.access_token:
            raise DeliveryError("Zalo ZNS: no access token", permanent=True)
        if not self.template:
            raise DeliveryError("Zalo ZNS: no template id (template=)", permanent=True)
        try:
            data = json.loads(body)
            if not isinstance(data, dict):
                raise ValueError
        except ValueError:
            data = {"content": body}
        payload = {"phone": self.target, "template_id": str(self.template),
                   "template_data": {k: str(v) for k, v in data.items()}}
        if self.tracking_id:
            payload["tracking_id"] = tracking_id(self.tracking_id)
        answer = self.post("/message/template", json=payload,
                           headers={"access_token": self.access_token, "Content-Type": "application/json"})
        code = int(answer.get("error", -100) or 0)
        quota = (answer.get("data") or {}).get("quota") if isinstance(answer.get("data"), dict) else None
        if quota:
            self.reply.quota = (_int(quota.get("dailyQuota")), _int(quota.get("remainingQuota")))
        if code == 0:
            return str((answer.get("data") or {}).get("msg_id") or "") or None
        err, auth = _error("Zalo ZNS", code, answer.get("message", ""), ZNS_ERRORS, ZNS_QUOTA, ZNS_AUTH)
        self.reply.auth_expired = auth
        raise err


class NotifyZaloOA(ZaloBase):
    """An Official Account message (consultation, ``cs``) to a follower's user id."""

    service_name = "Zalo OA"
    secure_protocol = "zalooa"
    default_base = "https://openapi.zalo.me"
    templates = ("{schema}://{app_id}/{user_id}",)

    def deliver(self, body: str, title: str) -> str | None:
        if not self.access_token:
            raise DeliveryError("Zalo OA: no access token", permanent=True)
        payload = {"recipient": {"user_id": self.target}, "message": {"text": body[:2000]}}
        answer = self.post("/v3.0/oa/message/cs", json=payload,
                           headers={"access_token": self.access_token, "Content-Type": "application/json"})
        code = int(answer.get("error", -1) or 0)
        if code == 0:
            return str((answer.get("data") or {}).get("message_id") or "") or None
        err, auth = _error("Zalo OA", code, answer.get("message", ""), OA_ERRORS, OA_QUOTA, OA_AUTH)
        if code in OA_NO_FLAG:
            err.flag = False
        self.reply.auth_expired = auth
        raise err


def tracking_id(key: str) -> str:
    """ZNS takes up to 48 characters without special characters."""
    return re.sub(r"[^A-Za-z0-9_]", "_", key)[:48]


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
