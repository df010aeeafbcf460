"""Per-provider rate limits: a token bucket per route, shared by every dispatcher of the
process. Apprise's own throttle (``request_rate_per_sec``, 5.5 s between two sends of one
plugin object) is switched off in our notifiers; this replaces it with the provider's real
limit, so that a burst of reminders does not get a gateway to answer "too many requests"."""
from __future__ import annotations

import threading
import time
from typing import Callable


class TokenBucket:
    """`rate` tokens a second, at most `burst` saved up. ``take()`` waits for a token."""

    def __init__(self, rate: float, burst: int, *, monotonic: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.rate = float(rate)
        self.burst = max(1, int(burst))
        self.tokens = float(self.burst)
        self.monotonic, self.sleep = monotonic, sleep
        self.stamp = monotonic()
        self.lock = threading.Lock()

    def take(self) -> float:
        """Take one token, sleeping until there is one; returns the seconds waited."""
        with self.lock:
            now = self.monotonic()
            self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now
            if self.tokens >= 1:
                self.tokens -= 1
                return 0.0
            wait = (1 - self.tokens) / self.rate
            self.sleep(wait)
            self.tokens = 0.0
            self.stamp = self.monotonic()
            return wait


_buckets: dict[tuple[str, float, int], TokenBucket] = {}
_lock = threading.Lock()


def bucket(name: str, rate: float, burst: int) -> TokenBucket:
    """The process's bucket for provider route `name`."""
    key = (name, float(rate), int(burst))
    with _lock:
        if key not in _buckets:
            _buckets[key] = TokenBucket(rate, burst)
        return _buckets[key]
