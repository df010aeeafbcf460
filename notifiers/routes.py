"""Which channels a message to a contact goes through, in fallback order (config/channels.yaml
and the contacts of config/agencies.yaml).

A *route* is a named Apprise URL template (``zalo``, ``sms``, ``email``, ``outbox`` …) with the
style its messages are rendered in. A contact's *chain* is the list of routes tried in turn:
the channels file's ``agencies: {CODE: [...]}`` if it names the agency, else the contact's own
``channels``, else the agency's ``channels``, else ``default``. Routes that need a contact
field the contact does not have (no Zalo id, no phone) are left out of that contact's chain.

Secrets reach dondoc only from the environment, as ``${VAR}`` (or ``${VAR:-default}``) in a
template; every value substituted is remembered so that it can be masked anywhere.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from config.directory import Contact, Directory, Entry
from notifiers.messages import STYLES, SmsOptions, Style
from notifiers.phones import PhoneError, normalize_phone
from notifiers.redact import Secrets

_ENV = re.compile(r"\$\{([A-Z][A-Z0-9_]*)(?::-([^}]*))?\}")
_FIELD = re.compile(r"\{([a-z_]+)\}")
_CONTACT_FIELDS = ("email", "phone", "zalo", "name")

# the style a schema's messages take unless the route says otherwise
SCHEMA_STYLES = {
    "mailto": "email", "mailtos": "email", "outbox": "text", "zns": "zns", "zalooa": "chat",
    "esms": "sms", "speedsms": "sms", "smpp": "sms", "twilio": "sms", "vonage": "sms",
    "nexmo": "sms", "plivo": "sms", "sinch": "sms", "clicksend": "sms", "bulksms": "sms",
    "d7sms": "sms", "msg91": "sms", "messagebird": "sms", "smseagle": "sms", "httpsms": "sms",
    "telnyx": "sms", "seven": "sms", "africastalking": "sms", "burstsms": "sms",
    "tgram": "chat", "slack": "chat", "discord": "chat", "matrix": "chat", "signal": "sms",
}
# requests a second per provider unless the channels file's ``limits`` says otherwise
SCHEMA_LIMITS = {"zns": (10.0, 10), "zalooa": (10.0, 10), "esms": (10.0, 10), "speedsms": (10.0, 10)}


class RouteError(Exception):
    """A route that cannot be built (unknown route name, missing variable or contact field)."""


@dataclass(frozen=True)
class Route:
    name: str
    template: str
    style: Style
    limit: tuple[float, int] | None  # (requests per second, burst)

    @property
    def schema(self) -> str:
        return self.template.split("://", 1)[0].lower()


@dataclass(frozen=True)
class Target:
    channel: str  # the route name, e.g. "email"
    url: str  # may hold secrets: only for the notifier
    style: Style = field(default_factory=Style)
    address: str = ""  # the contact's address this route uses (no secret): for flags
    problem: str | None = None  # why this address cannot work (e.g. not a phone number)


@dataclass(frozen=True)
class Recipient:
    label: str  # focal | head | office | office2 | … (part of the ledger key)
    entry: Entry  # the agency the contact belongs to
    contact: Contact


@dataclass(frozen=True)
class Retry:
    attempts: int = 3  # per channel, before the next channel takes over
    first_minutes: float = 15
    max_minutes: float = 240
    jitter: float = 0.25  # ± this fraction of each delay


class Routes:
    def __init__(self, data: dict, env: dict[str, str] | None = None):
        self.env = os.environ if env is None else env
        self.secrets = Secrets()
        self.include_action = bool(data.get("include_action", False))
        limits = data.get("limits") or {}
        self.routes: dict[str, Route] = {}
        for name, spec in (data.get("routes") or {}).items():
            spec = {"url": spec} if isinstance(spec, str) else dict(spec)
            template = spec["url"]
            schema = template.split("://", 1)[0].lower()
            style_name = spec.get("style") or SCHEMA_STYLES.get(schema, "text")
            if style_name not in STYLES:
                raise RouteError(f"route {name!r}: unknown style {style_name!r} (one of {', '.join(STYLES)})")
            sms = spec.get("sms") or {}
            style = Style(
                name=style_name,
                include_action=bool(spec.get("include_action", self.include_action)),
                sms=SmsOptions(unicode=bool(sms.get("unicode", False)), max_segments=int(sms.get("max_segments", 1))),
                params=dict(spec["params"]) if spec.get("params") else None,
                templates={str(k): str(v) for k, v in (spec.get("templates") or {}).items()},
            )
            lim = limits.get(name) or spec.get("limit")
            limit = ((float(lim.get("per_second", 1)), int(lim.get("burst", 1))) if lim
                     else SCHEMA_LIMITS.get(schema))
            self.routes[name] = Route(name, template, style, limit)
        self.templates = {name: r.template for name, r in self.routes.items()}
        self.default: list[str] = list(data.get("default") or [])
        self.per_agency: dict[str, list[str]] = dict(data.get("agencies") or {})
        r = data.get("retry") or {}
        self.retry = Retry(attempts=int(r.get("attempts", 3)), first_minutes=float(r.get("first_minutes", 15)),
                           max_minutes=float(r.get("max_minutes", 240)), jitter=float(r.get("jitter", 0.25)))

    def route_names(self, agency: Entry | None, contact: Contact | None = None) -> list[str]:
        if agency is not None and self.per_agency.get(agency.code):
            return list(self.per_agency[agency.code])
        if contact is not None and contact.channels:
            return list(contact.channels)
        if agency is not None and agency.channels:
            return list(agency.channels)
        return list(self.default)

    def chain(self, recipient: Recipient) -> list[Target]:
        """The targets to try for `recipient`, in order. Routes needing a field the contact
        lacks are left out; RouteError if nothing is left, or a route is not defined."""
        out, missing = [], []
        for name in self.route_names(recipient.entry, recipient.contact):
            route = self.routes.get(name)
            if route is None:
                raise RouteError(f"channel route {name!r} is not defined in the channels file")
            needs = [f for f in _FIELD.findall(route.template) if f in _CONTACT_FIELDS]
            lacking = [f for f in needs if not getattr(recipient.contact, f)]
            if lacking:
                missing.append(f"{name} (no {', '.join(lacking)})")
                continue
            out.append(self._target(route, recipient))
        if not out:
            detail = "; ".join(missing) or "no channel configured"
            raise RouteError(f"{recipient.entry.code} has no usable channel for its {recipient.label} contact: {detail}")
        return out

    def targets(self, agency: Entry | None, agency_code: str, recipient: str, contact: Contact) -> list[Target]:
        """The URLs to try, in order (the chain of one contact)."""
        entry = agency or Entry(code=agency_code, name=agency_code, kind="other")
        return self.chain(Recipient(recipient, entry, contact))

    def _target(self, route: Route, recipient: Recipient) -> Target:
        contact = recipient.contact
        address, problem = "", None
        fields = {
            "agency": recipient.entry.code,
            "recipient": recipient.label,
            "email": contact.email,
            "zalo": contact.zalo,
            "name": contact.name,
            "phone": contact.phone,
        }
        used = _FIELD.findall(route.template)
        if "phone" in used:
            address = str(contact.phone)
            try:
                fields["phone"] = normalize_phone(contact.phone)
                address = fields["phone"]
            except PhoneError as exc:
                problem = str(exc)
        elif "zalo" in used:
            address = str(contact.zalo)
        elif "email" in used:
            address = str(contact.email)

        def env(match: re.Match) -> str:
            value = self.env.get(match[1])
            if value is None:
                if match[2] is None:
                    raise RouteError(f"channel route {route.name!r} needs the environment variable {match[1]}")
                value = match[2]
            return quote(self.secrets.add(value), safe="@.")

        def fill(match: re.Match) -> str:
            if match[1] not in fields:
                raise RouteError(f"channel route {route.name!r} uses an unknown field {{{match[1]}}}")
            return quote(str(fields[match[1]] or ""), safe="@.+-")

        url = _FIELD.sub(fill, _ENV.sub(env, route.template))
        return Target(route.name, url, route.style, address, problem)


def recipients(directory: Directory, entry: Entry | None, recipient: str) -> list[Recipient]:
    """Who a follow-up addressed to `recipient` (focal, head, office, …) goes to.

    ``focal`` and ``head`` are the agency's contacts (a head with no address falls back to
    the focal point); any other name is looked up in the directory's ``escalation`` lists,
    and ``office`` defaults to the province office's focal contact."""
    if recipient in ("focal", "head") and entry is not None:
        contact = entry.head if recipient == "head" else entry.focal
        if recipient == "head" and not any(getattr(contact, f) for f in ("email", "phone", "zalo")):
            contact = entry.focal
        return [Recipient(recipient, entry, contact)]
    contacts = directory.escalation.get(recipient)
    if not contacts and recipient == "office":
        contacts = [directory.office.focal]
    if not contacts:
        raise RouteError(f"no contact for recipient {recipient!r}: add it under 'escalation' in the agency directory")
    return [Recipient(recipient if i == 0 else f"{recipient}{i + 1}", directory.office, c)
            for i, c in enumerate(contacts)]
