"""Which URLs a message to an agency's contact goes to (config/channels.yaml)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from urllib.parse import quote

from config.directory import Contact, Entry
from notifiers.redact import Secrets

_ENV = re.compile(r"\$\{([A-Z][A-Z0-9_]*)\}")
_FIELD = re.compile(r"\{([a-z_]+)\}")


class RouteError(Exception):
    """A route that cannot be built (unknown route name, missing variable or contact field)."""


@dataclass(frozen=True)
class Target:
    channel: str  # the route name, e.g. "email"
    url: str  # may hold secrets: only for the notifier


class Routes:
    def __init__(self, data: dict, env: dict[str, str] | None = None):
        self.templates: dict[str, str] = dict(data.get("routes") or {})
        self.default: list[str] = list(data.get("default") or [])
        self.per_agency: dict[str, list[str]] = dict(data.get("agencies") or {})
        self.env = os.environ if env is None else env
        self.secrets = Secrets()

    def route_names(self, agency: Entry | None) -> list[str]:
        if agency is not None:
            return self.per_agency.get(agency.code) or list(agency.channels) or self.default
        return self.default

    def targets(self, agency: Entry | None, agency_code: str, recipient: str, contact: Contact) -> list[Target]:
        """The URLs to try, in order. Raises RouteError naming what is missing (never a value)."""
        out = []
        for name in self.route_names(agency):
            template = self.templates.get(name)
            if template is None:
                raise RouteError(f"channel route {name!r} is not defined in the channels file")
            out.append(Target(name, self._fill(template, name, agency_code, recipient, contact)))
        return out

    def _fill(self, template: str, name: str, agency_code: str, recipient: str, contact: Contact) -> str:
        def env(match: re.Match) -> str:
            value = self.env.get(match[1])
            if value is None:
                raise RouteError(f"channel route {name!r} needs the environment variable {match[1]}")
            return quote(self.secrets.add(value), safe="@.")

        fields = {
            "agency": agency_code,
            "recipient": recipient,
            "email": contact.email,
            "phone": contact.phone,
            "zalo": contact.zalo,
            "name": contact.name,
        }

        def field(match: re.Match) -> str:
            if match[1] not in fields:
                raise RouteError(f"channel route {name!r} uses an unknown field {{{match[1]}}}")
            value = fields[match[1]]
            if not value:
                raise RouteError(f"{agency_code} has no {match[1]} for its {recipient} contact (route {name!r})")
            return quote(str(value), safe="@.+-")

        return _FIELD.sub(field, _ENV.sub(env, template))
