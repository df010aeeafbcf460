"""Provider state kept in dondoc's database: OAuth tokens (Zalo OA) and daily quotas (ZNS).

Tokens: Zalo's refresh token works once. A refresh must therefore (1) be done by one process
at a time and (2) store the new refresh token together with the new access token, in one
statement. The row's ``lock_owner``/``lock_until`` is a lease taken with a compare-and-swap
update; others wait for ``version`` to change and read the new access token. Tokens are
encrypted with a key derived from the app's secret key, which is never stored.
"""
from __future__ import annotations

import base64
import hashlib
import time
import uuid
from datetime import date, datetime, timedelta
from typing import Callable

import requests
from cryptography.fernet import Fernet, InvalidToken
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from config.clock import local, now as clock_now
from models.tables import OAuthToken, ProviderQuota
from notifiers.base import CHANNEL, DeliveryError
from notifiers.redact import scrubbed_logger

log = scrubbed_logger("dondoc.notifiers.tokens")

LEASE = timedelta(seconds=60)  # longer than one call to the token endpoint
EARLY = timedelta(minutes=5)  # refresh this long before the access token expires
WAIT = 30.0  # seconds to wait for another process's refresh


def _fernet(secret: str) -> Fernet:
    digest = hashlib.sha256(b"dondoc oauth token\0" + secret.encode("utf-8")).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TokenStore:
    """Zalo OA access tokens, refreshed through the OAuth refresh flow."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = clock_now,
                 sleep: Callable[[float], None] = time.sleep, wait: float = WAIT):
        self.engine = engine
        self.clock = clock
        self.sleep = sleep
        self.wait = wait
        self.me = uuid.uuid4().hex

    # --- reading -----------------------------------------------------------------------------

    def _row(self, name: str):
        with self.engine.connect() as conn:
            return conn.execute(select(OAuthToken.__table__).where(OAuthToken.__table__.c.name == name)).first()

    def _seed(self, name: str, secret: str, seed: str | None):
        """Store `seed` as the refresh token when the database has none, or when the operator
        gave a new seed (its hash differs from the last one used)."""
        row = self._row(name)
        if not seed or (row is not None and row.seed_sha256 == _sha(seed)):
            return row
        t = OAuthToken.__table__
        values = {"refresh_token": _fernet(secret).encrypt(seed.encode()).decode(), "access_token": None,
                  "expires_at": None, "seed_sha256": _sha(seed), "updated_at": self.clock(), "last_error": None}
        if row is None:
            try:
                with self.engine.begin() as conn:
                    conn.execute(insert(t).values(name=name, version=1, **values))
            except IntegrityError:
                pass  # another process seeded it first
        else:
            with self.engine.begin() as conn:
                conn.execute(update(t).where(t.c.name == name, t.c.version == row.version)
                             .values(version=t.c.version + 1, **values))
        return self._row(name)

    def access_token(self, *, app_id: str, secret: str, seed: str | None, oauth_base: str) -> tuple[str, int]:
        """A valid access token and the version it belongs to; refreshes it if it is about to
        expire. Raises DeliveryError when there is none to be had."""
        if not secret:
            raise DeliveryError("Zalo: no app secret key (secret=) to refresh the access token", permanent=True)
        name = f"zalo:{app_id}"
        row = self._seed(name, secret, seed)
        if row is None:
            raise DeliveryError("Zalo: no token yet; set the refresh token of the OA (refresh=${…}) once",
                                permanent=True)
        token = self._decrypt(secret, row.access_token)
        if token and row.expires_at and row.expires_at - EARLY > self.clock():
            return token, row.version
        return self.refresh(app_id=app_id, secret=secret, oauth_base=oauth_base, stale_version=row.version)

    def _decrypt(self, secret: str, value: str | None) -> str | None:
        if not value:
            return None
        try:
            return _fernet(secret).decrypt(value.encode()).decode()
        except InvalidToken:
            return None

    # --- refreshing --------------------------------------------------------------------------

    def refresh(self, *, app_id: str, secret: str, oauth_base: str, stale_version: int) -> tuple[str, int]:
        """Replace the access token of version `stale_version` (expired, or refused by Zalo).
        If another process already did, use its new token."""
        name = f"zalo:{app_id}"
        t = OAuthToken.__table__
        deadline = time.monotonic() + self.wait
        while True:
            now = self.clock()
            with self.engine.begin() as conn:
                took = conn.execute(
                    update(t).where(t.c.name == name, t.c.version == stale_version,
                                    (t.c.lock_until.is_(None)) | (t.c.lock_until < now))
                    .values(lock_owner=self.me, lock_until=now + LEASE)
                ).rowcount == 1
            if took:
                break
            row = self._row(name)
            if row is not None and row.version != stale_version:
                token = self._decrypt(secret, row.access_token)
                if token:
                    return token, row.version
                stale_version = row.version  # a new seed without an access token: refresh it
                continue
            if time.monotonic() > deadline:
                raise DeliveryError("Zalo: another process is refreshing the access token; try later")
            self.sleep(0.1)

        row = self._row(name)
        refresh_token = self._decrypt(secret, row.refresh_token)
        try:
            if not refresh_token:
                raise DeliveryError("Zalo: the stored refresh token cannot be read with this app secret; "
                                    "give a new one (refresh=${…})", permanent=True)
            answer = self._call(oauth_base, app_id, secret, refresh_token)
        except DeliveryError as exc:
            with self.engine.begin() as conn:
                conn.execute(update(t).where(t.c.name == name, t.c.lock_owner == self.me)
                             .values(lock_owner=None, lock_until=None, last_error=str(exc)[:500]))
            raise
        access, new_refresh = answer["access_token"], answer["refresh_token"]
        expires = self.clock() + timedelta(seconds=int(answer.get("expires_in") or 3600))
        f = _fernet(secret)
        with self.engine.begin() as conn:
            # the single-use refresh token and the new access token, together, in one statement
            stored = conn.execute(
                update(t).where(t.c.name == name, t.c.lock_owner == self.me)
                .values(access_token=f.encrypt(access.encode()).decode(),
                        refresh_token=f.encrypt(new_refresh.encode()).decode(),
                        expires_at=expires, version=t.c.version + 1, lock_owner=None, lock_until=None,
                        updated_at=self.clock(), last_error=None)
            ).rowcount == 1
        if not stored:
            log.error("Zalo token refresh for app %s finished after its lease ran out", app_id)
        log.info("Zalo access token of app %s refreshed", app_id)
        row = self._row(name)
        return access, row.version

    def _call(self, oauth_base: str, app_id: str, secret: str, refresh_token: str) -> dict:
        try:
            r = requests.post(f"{oauth_base.rstrip('/')}/v4/oa/access_token",
                              headers={"secret_key": secret},
                              data={"app_id": app_id, "grant_type": "refresh_token", "refresh_token": refresh_token},
                              timeout=(4, 10))
        except requests.ConnectTimeout:
            raise DeliveryError("Zalo token endpoint: connection timed out") from None
        except requests.RequestException:
            # the refresh token may have been used up by a request that got no answer
            raise DeliveryError("Zalo token endpoint: no answer; if the refresh token was used, "
                                "give a new one (refresh=${…})") from None
        if r.status_code >= 500 or r.status_code == 429:
            raise DeliveryError(f"Zalo token endpoint: HTTP {r.status_code}")
        try:
            answer = r.json()
        except ValueError:
            raise DeliveryError(f"Zalo token endpoint: an answer that is not JSON (HTTP {r.status_code})") from None
        if answer.get("access_token") and answer.get("refresh_token"):
            return answer
        code = answer.get("error")
        name = answer.get("error_name") or answer.get("message") or "refused"
        raise DeliveryError(f"Zalo token endpoint {code}: {name}; the OA must be authorised again "
                            "(a new refresh token, refresh=${…})", permanent=True, scope=CHANNEL, code=str(code))


class QuotaStore:
    """Daily quotas as providers report them, per local (Asia/Ho_Chi_Minh) day."""

    def __init__(self, engine: Engine, *, clock: Callable[[], datetime] = clock_now):
        self.engine = engine
        self.clock = clock

    def today(self) -> date:
        return local(self.clock()).date()

    def remaining(self, provider: str) -> int | None:
        """What is left today (None: not known, e.g. no answer yet today)."""
        t = ProviderQuota.__table__
        with self.engine.connect() as conn:
            row = conn.execute(select(t).where(t.c.provider == provider)).first()
        if row is None or row.day != self.today():
            return None
        return row.remaining

    def record(self, provider: str, *, daily: int | None, remaining: int | None) -> None:
        t = ProviderQuota.__table__
        values = {"day": self.today(), "daily_quota": daily, "remaining": remaining, "updated_at": self.clock()}
        with self.engine.begin() as conn:
            if conn.execute(update(t).where(t.c.provider == provider).values(**values)).rowcount == 1:
                return
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(t).values(provider=provider, **values))
        except IntegrityError:
            with self.engine.begin() as conn:
                conn.execute(update(t).where(t.c.provider == provider).values(**values))
