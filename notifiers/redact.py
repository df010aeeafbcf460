"""Keep secrets out of logs, errors and the database.

Secrets reach dondoc only from the environment, through ``${VAR}`` placeholders in channel
templates; a `Secrets` object remembers every value it substituted and blanks it out of any
text. URLs are also shown in Apprise's privacy form (passwords and tokens masked).
"""
from __future__ import annotations

import re
from urllib.parse import quote

MASK = "****"
_USERINFO = re.compile(r"(?P<scheme>[a-z][a-z0-9+.-]*://)(?P<user>[^:/@\s]*):(?P<password>[^@/\s]*)@", re.I)
_SECRET_PARAMS = re.compile(
    r"(?P<key>[?&](?:pass(?:word)?|pwd|secret|secret_?key|token|access_?token|api_?key|apikey|key|auth)=)[^&\s]*",
    re.I,
)


class Secrets:
    def __init__(self) -> None:
        self._values: set[str] = set()

    def add(self, value: str) -> str:
        if value and len(value) >= 3:
            self._values.add(value)
            self._values.add(quote(value, safe=""))
        return value

    def scrub(self, text: str) -> str:
        """`text` with every known secret and any URL password or token parameter masked."""
        for value in sorted(self._values, key=len, reverse=True):
            text = text.replace(value, MASK)
        return scrub_url_secrets(text)


def scrub_url_secrets(text: str) -> str:
    text = _USERINFO.sub(lambda m: f"{m['scheme']}{m['user']}:{MASK}@", text)
    return _SECRET_PARAMS.sub(lambda m: f"{m['key']}{MASK}", text)
