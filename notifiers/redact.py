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
            for v in (value, quote(value, safe="")):
                self._values.add(v)
                if self is not KNOWN:
                    KNOWN.add(v)
        return value

    def scrub(self, text: str) -> str:
        """`text` with every known secret and any URL password or token parameter masked."""
        for value in sorted(self._values, key=len, reverse=True):
            text = text.replace(value, MASK)
        return scrub_url_secrets(text)


def scrub_url_secrets(text: str) -> str:
    text = _USERINFO.sub(lambda m: f"{m['scheme']}{m['user']}:{MASK}@", text)
    return _SECRET_PARAMS.sub(lambda m: f"{m['key']}{MASK}", text)


KNOWN = Secrets()  # every secret any route of this process substituted


class SecretsFilter:
    """A logging filter that masks every known secret (and URL passwords and tokens) in each
    record that passes it, arguments included."""

    def __init__(self, secrets: Secrets | None = None):
        self.secrets = secrets or KNOWN

    def filter(self, record) -> bool:
        message = record.getMessage()
        record.msg, record.args = self.secrets.scrub(message), None
        return True


def scrubbed_logger(name: str):
    """A logger whose records are scrubbed of every known secret before any handler sees them.
    (A filter on a logger applies to the records logged on it, not to its children's.)"""
    import logging

    logger = logging.getLogger(name)
    if not any(isinstance(f, SecretsFilter) for f in logger.filters):
        logger.addFilter(SecretsFilter())
    return logger
