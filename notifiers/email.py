"""E-mail (``mailto://``, ``mailtos://``): Apprise's URLs and message formatting, sent over
SMTP connections that stay open from one message to the next.

Apprise parses the URL (server, port, security mode, login, sender name and address, provider
defaults) and builds each message (``NotifyEmail.prepare_emails``: an HTML part and its plain
text, the Vietnamese subject and sender name RFC 2047-encoded). What it does per message that
dondoc does not: build a new SSL context (~20 ms) and open, log into and close an SMTP
connection. Here one SSL context serves the process and each server keeps one connection for
a batch. The Message-ID carries the idempotency key, so a message sent twice is recognisably
the same message.
"""
from __future__ import annotations

import re
import smtplib
import socket
import ssl
from functools import lru_cache

import apprise
from apprise.common import NotifyFormat
from apprise.plugins.email.base import NotifyEmail
from apprise.utils.parse import parse_emails
from urllib.parse import unquote

from notifiers.base import CHANNEL, RECIPIENT, DeliveryError, Message, Notifier

MAX_PER_CONNECTION = 200  # some servers refuse more messages on one connection
_MESSAGE_ID = re.compile(r"^Message-ID: <[^>\n]*>$", re.M)


@lru_cache(maxsize=2)
def _ssl_context(verify: bool) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


_TO = re.compile(r"([?&])to=([^&]*)")


@lru_cache(maxsize=256)
def _plugin(url: str) -> NotifyEmail:
    plugin = apprise.Apprise.instantiate(url, suppress_exceptions=True)
    if plugin is None or not isinstance(plugin, NotifyEmail):
        raise DeliveryError("not a valid e-mail URL", permanent=True)
    return plugin


def _parsed(url: str) -> tuple[NotifyEmail, list]:
    """The Apprise e-mail plugin of `url` and its recipients. The URL is parsed once per
    server and sender; only the ``to=`` part changes from one contact to the next."""
    match = _TO.search(url)
    if match is None:
        plugin = _plugin(url)
        return plugin, plugin.targets
    rest = url[: match.start()] + (match[1] if match[1] == "?" else "") + url[match.end():]
    rest = rest.replace("?&", "?").rstrip("?&")
    plugin = _plugin(rest + ("&" if "?" in rest else "?") + "to=" + _PLACEHOLDER)
    targets = [(False, addr) for addr in parse_emails(unquote(match[2]))]
    return plugin, targets


_PLACEHOLDER = "dondoc%40placeholder.invalid"


def message_id(key: str, from_address: str) -> str:
    domain = from_address.rsplit("@", 1)[-1] or "dondoc.invalid"
    return f"<dondoc.{re.sub(r'[^A-Za-z0-9._-]', '_', key)}@{domain}>"


class _Connection:
    def __init__(self, smtp: smtplib.SMTP):
        self.smtp = smtp
        self.sent = 0


class EmailNotifier(Notifier):
    schemas = ("mailto", "mailtos")

    def __init__(self) -> None:
        self._connections: dict[tuple, _Connection] = {}

    # --- connections -------------------------------------------------------------------------

    def _key(self, p: NotifyEmail) -> tuple:
        return (p.smtp_host, p.port, p.secure_mode, p.user, p.password, p.verify_certificate)

    def _connect(self, p: NotifyEmail) -> _Connection:
        try:
            if p.secure_mode == "ssl":
                smtp = smtplib.SMTP_SSL(p.smtp_host, p.port, timeout=p.socket_connect_timeout,
                                        context=_ssl_context(p.verify_certificate))
            else:
                smtp = smtplib.SMTP(p.smtp_host, p.port, timeout=p.socket_connect_timeout)
                if p.secure_mode == "starttls":
                    smtp.starttls(context=_ssl_context(p.verify_certificate))
            if p.user and p.password:
                smtp.login(p.user, p.password)
        except smtplib.SMTPAuthenticationError as exc:
            raise DeliveryError(f"SMTP login refused ({exc.smtp_code})", permanent=True, scope=CHANNEL,
                                code=str(exc.smtp_code)) from None
        except smtplib.SMTPNotSupportedError:
            raise DeliveryError("the SMTP server does not offer STARTTLS or login", permanent=True) from None
        except ssl.SSLCertVerificationError:
            raise DeliveryError("the SMTP server's certificate does not verify", permanent=True) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"cannot reach the SMTP server ({type(exc).__name__})") from None
        return _Connection(smtp)

    def _drop(self, key: tuple) -> None:
        conn = self._connections.pop(key, None)
        if conn is not None:
            try:
                conn.smtp.quit()
            except (OSError, smtplib.SMTPException):
                conn.smtp.close()

    def close(self) -> None:
        for key in list(self._connections):
            self._drop(key)

    # --- sending -----------------------------------------------------------------------------

    def send(self, url: str, message: Message) -> str | None:
        p, targets = _parsed(url)
        if not targets:
            raise DeliveryError("no e-mail recipient", permanent=True, scope=RECIPIENT)
        headers = {"X-Application": p.app_id, **p.headers}
        mid = message_id(message.key, p.from_addr[1])
        fmt = NotifyFormat.HTML if message.html else NotifyFormat.TEXT
        prepared = list(NotifyEmail.prepare_emails(
            subject=message.subject, body=message.html or message.body, notify_format=fmt,
            from_addr=p.from_addr, to=targets, cc=p.cc, bcc=p.bcc, reply_to=p.reply_to,
            smtp_host=p.smtp_host, headers=headers, names=p.names, tzinfo=p.tzinfo,
        ))
        key = self._key(p)
        for email in prepared:
            head, sep, rest = email.body.partition("\n\n")
            body = _MESSAGE_ID.sub(f"Message-ID: {mid}", head, count=1) + sep + rest
            self._transact(p, key, email.to_addrs, body)
        return mid

    def _transact(self, p: NotifyEmail, key: tuple, to_addrs: list[str], body: str) -> None:
        for fresh in (False, True):
            conn = self._connections.get(key)
            reused = conn is not None
            if conn is None or conn.sent >= MAX_PER_CONNECTION:
                if conn is not None:
                    self._drop(key)
                conn = self._connections[key] = self._connect(p)
                reused = False
            smtp = conn.smtp
            # MAIL and RCPT: nothing is delivered yet, so a dropped connection can be retried
            try:
                smtp.ehlo_or_helo_if_needed()
                code, resp = smtp.mail(p.from_addr[1])
                if code != 250:
                    smtp.rset()
                    raise _refused("sender", code, resp, scope=CHANNEL)
                for addr in to_addrs:
                    code, resp = smtp.rcpt(addr)
                    if code not in (250, 251):
                        smtp.rset()
                        raise _refused("recipient", code, resp, scope=RECIPIENT)
            except (smtplib.SMTPServerDisconnected, ConnectionError, socket.timeout, OSError) as exc:
                self._connections.pop(key, None)
                if reused and not fresh:
                    continue  # an idle connection the server closed: open a new one
                raise DeliveryError(f"SMTP connection lost before sending ({type(exc).__name__})") from None
            # DATA: once the message is on the wire, a lost answer leaves its fate unknown
            try:
                code, resp = smtp.data(body.encode("utf-8") if not body.isascii() else body)
            except (smtplib.SMTPServerDisconnected, ConnectionError, socket.timeout, OSError) as exc:
                self._connections.pop(key, None)
                raise DeliveryError(f"SMTP connection lost while sending ({type(exc).__name__}); "
                                    "the message may have gone out", unknown=True) from None
            except smtplib.SMTPDataError as exc:
                raise _refused("message", exc.smtp_code, exc.smtp_error, scope=CHANNEL) from None
            if code != 250:
                raise _refused("message", code, resp, scope=CHANNEL)
            conn.sent += 1
            return


def _refused(what: str, code: int, resp, *, scope: str) -> DeliveryError:
    text = resp.decode("utf-8", "replace") if isinstance(resp, bytes) else str(resp)
    permanent = 500 <= int(code) < 600
    return DeliveryError(f"SMTP {code}: {what} refused: {text[:200]}", permanent=permanent,
                         scope=scope, code=str(code))
