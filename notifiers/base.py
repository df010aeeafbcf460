"""The one interface every channel implements, and the errors it raises."""
from __future__ import annotations

from dataclasses import dataclass


class DeliveryError(Exception):
    """A message that did not go out. ``permanent`` errors (a bad address, bad credentials)
    will fail again; the others (a dead server, a timeout) may succeed later."""

    def __init__(self, message: str, *, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class Message:
    subject: str
    body: str
    key: str  # idempotency key: the same key is the same message


class Notifier:
    """Sends one message to one target URL. Subclasses set ``schemas`` and implement send()."""

    schemas: tuple[str, ...] = ()

    def send(self, url: str, message: Message) -> str | None:
        """Deliver `message`; return the provider's message id if it gives one.
        Raise DeliveryError on failure. `url` may hold secrets: never put it in an error."""
        raise NotImplementedError
