"""Vietnamese SMS brandname gateways as Apprise plugins.

    esms://API_KEY:SECRET_KEY@PHONE?brandname=NAME[&type=2][&sandbox=yes][&callback=URL][&base=…]
    speedsms://ACCESS_TOKEN@PHONE?sender=NAME[&type=2][&base=…]

PHONE is ``84`` + 9 digits. eSMS takes the message's idempotency key as ``RequestId`` and
answers 124 to a second request with the same one, so a message whose fate is unknown can be
sent again safely. SpeedSMS takes no such key.
"""
from __future__ import annotations

from notifiers.base import CHANNEL, RECIPIENT, DeliveryError
from notifiers.messages import sms_length
from notifiers.plugin_base import DondocPlugin

ESMS_ERRORS = {
    "99": ("phone number blocked", True, RECIPIENT),
    "101": ("ApiKey or SecretKey wrong", True, CHANNEL),
    "102": ("no price list for this account", True, CHANNEL),
    "104": ("brandname not registered", True, CHANNEL),
    "108": ("phone number format", True, RECIPIENT),
    "118": ("message type not supported", True, CHANNEL),
    "140": ("this server's IP address is not whitelisted", True, CHANNEL),
    "146": ("text does not match a registered customer-care template", True, CHANNEL),
    "177": ("the recipient's network is not registered for this brandname", True, RECIPIENT),
}
ESMS_QUOTA = {"103": "balance too low"}
ESMS_DUPLICATE = "124"  # RequestId already used: that message was already accepted

SPEEDSMS_ERRORS = {
    "007": ("IP address locked", True, CHANNEL),
    "008": ("account locked", True, CHANNEL),
    "009": ("account may not call the API", True, CHANNEL),
    "101": ("parameters invalid", True, CHANNEL),
    "105": ("phone number invalid", True, RECIPIENT),
    "110": ("content encoding not supported", True, CHANNEL),
    "113": ("content too long", True, CHANNEL),
    "500": ("gateway internal error", False, CHANNEL),
}
SPEEDSMS_QUOTA = {"300": "balance too low"}


def _classify(service: str, code: str, text: str, table: dict, quota: dict) -> DeliveryError:
    if code in quota:
        return DeliveryError(f"{service} {code}: {quota[code]}", quota=True, scope=CHANNEL, code=code)
    meaning, permanent, scope = table.get(code, (text or "unlisted error", False, CHANNEL))
    return DeliveryError(f"{service} {code}: {meaning}", permanent=permanent, scope=scope, code=code)


class SmsPlugin(DondocPlugin):
    def __init__(self, phone=None, sender=None, sms_type=None, **kwargs):
        super().__init__(**kwargs)
        self.phone = str(phone or "")
        self.sender = sender
        self.sms_type = str(sms_type or "2")

    @property
    def url_identifier(self):
        return (self.secure_protocol, self.sender, self.phone, self.base)


class NotifyESMS(SmsPlugin):
    service_name = "eSMS"
    secure_protocol = "esms"
    default_base = "https://rest.esms.vn"
    templates = ("{schema}://{apikey}:{secretkey}@{phone}",)

    def __init__(self, apikey=None, secretkey=None, sandbox=False, callback=None, **kwargs):
        super().__init__(**kwargs)
        self.apikey, self.secretkey = apikey, secretkey
        self.sandbox = bool(sandbox)
        self.callback = callback

    def url(self, privacy=False, *args, **kwargs):
        params = self.base_param({"brandname": self.sender or "", "type": self.sms_type})
        if self.sandbox:
            params["sandbox"] = "yes"
        if self.callback:
            params["callback"] = self.callback
        query = "&".join(f"{k}={self.quote(str(v), safe='')}" for k, v in params.items())
        return "esms://{}:{}@{}?{}".format(
            self.pprint(self.apikey, privacy, safe=""), self.pprint(self.secretkey, privacy, safe=""),
            self.quote(self.phone, safe=""), query)

    @classmethod
    def parse_url(cls, url):
        results = cls.parse_common(url)
        if not results:
            return results
        results.pop("path_parts", None)
        qsd = results["qsd"]
        results["apikey"] = cls.unquote(results.get("user") or "")
        results["secretkey"] = cls.unquote(results.get("password") or "")
        results["phone"] = cls.unquote(results["host"])
        results["sender"] = cls.unquote(qsd.get("brandname") or "")
        results["sms_type"] = qsd.get("type") or "2"
        results["sandbox"] = (qsd.get("sandbox") or "").lower() in ("1", "yes", "true")
        if qsd.get("callback"):
            results["callback"] = cls.unquote(qsd["callback"])
        return results

    def deliver(self, body: str, title: str) -> str | None:
        payload = {
            "ApiKey": self.apikey, "SecretKey": self.secretkey, "Phone": self.phone, "Content": body,
            "Brandname": self.sender, "SmsType": self.sms_type,
            "IsUnicode": "1" if sms_length(body)[0] == "ucs2" else "0",
            "Sandbox": "1" if self.sandbox else "0",
        }
        if self.tracking_id:
            payload["RequestId"] = self.tracking_id
        if self.callback:
            payload["CallbackUrl"] = self.callback
        answer = self.post("/MainService.svc/json/SendMultipleMessage_V4_post_json/", json=payload)
        code = str(answer.get("CodeResult", ""))
        if code == "100":
            return str(answer.get("SMSID") or "") or None
        if code == ESMS_DUPLICATE:
            return str(answer.get("SMSID") or "") or "accepted earlier (same RequestId)"
        raise _classify("eSMS", code, answer.get("ErrorMessage", ""), ESMS_ERRORS, ESMS_QUOTA)


class NotifySpeedSMS(SmsPlugin):
    service_name = "SpeedSMS"
    secure_protocol = "speedsms"
    default_base = "https://api.speedsms.vn"
    templates = ("{schema}://{token}@{phone}",)

    def __init__(self, token=None, **kwargs):
        super().__init__(**kwargs)
        self.token = token

    def url(self, privacy=False, *args, **kwargs):
        params = self.base_param({"sender": self.sender or "", "type": self.sms_type})
        query = "&".join(f"{k}={self.quote(str(v), safe='')}" for k, v in params.items())
        return "speedsms://{}@{}?{}".format(self.pprint(self.token, privacy, safe=""),
                                            self.quote(self.phone, safe=""), query)

    @classmethod
    def parse_url(cls, url):
        results = cls.parse_common(url)
        if not results:
            return results
        results.pop("path_parts", None)
        qsd = results["qsd"]
        results["token"] = cls.unquote(results.get("user") or "")
        results["phone"] = cls.unquote(results["host"])
        results["sender"] = cls.unquote(qsd.get("sender") or "")
        results["sms_type"] = qsd.get("type") or "2"
        return results

    def deliver(self, body: str, title: str) -> str | None:
        payload = {"to": [self.phone], "content": body, "sms_type": int(self.sms_type), "sender": self.sender}
        answer = self.post("/index.php/sms/send", json=payload, auth=(self.token or "", "x"))
        if answer.get("status") == "success":
            data = answer.get("data") or {}
            if self.phone in (data.get("invalidPhone") or []):
                raise DeliveryError("SpeedSMS: phone number invalid", permanent=True, scope=RECIPIENT, code="105")
            return str(data.get("tranId") or "") or None
        code = str(answer.get("code", ""))
        raise _classify("SpeedSMS", code, answer.get("message", ""), SPEEDSMS_ERRORS, SPEEDSMS_QUOTA)
