"""The one interface every channel implements, and the errors it raises."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

# What a DeliveryError is about: the recipient's address (flag that contact for an operator)
# or the channel itself (credentials, template, balance: every recipient would fail alike).
RECIPIENT, CHANNEL = "recipient", "channel"


class DeliveryError(Exception):
    """A message that did not go out.

    - ``permanent``: it will fail again (a bad address, bad credentials, a rejected template);
      the dispatcher moves on to the next channel at once.
    - otherwise transient (a dead server, a rate limit): the same channel is tried again later.
    - ``unknown``: the request may have reached the provider (a timeout after sending); it is
      recorded as unknown and not resent blindly.
    - ``scope``: ``recipient`` when the address is at fault, ``channel`` when the channel is.
    - ``quota``: the channel has no quota left for today.
    - ``code``: the provider's error code, if it gave one.
    - ``flag``: override whether the contact gets flagged (default: permanent and recipient).
    """

    def __init__(self, message: str, *, permanent: bool = False, unknown: bool = False,
                 scope: str = CHANNEL, quota: bool = False, code: str | None = None,
                 flag: bool | None = None):
        super().__init__(message)
        self.permanent = permanent
        self.unknown = unknown
        self.scope = scope
        self.quota = quota
        self.code = code
        self.flag = flag

    @property
    def flags_contact(self) -> bool:
        """Whether the contact's address should be flagged for an operator (a permanent
        refusal of the address itself, unless the plugin says it is only for now)."""
        return self.flag if self.flag is not None else (self.permanent and self.scope == RECIPIENT)


@dataclass(frozen=True)
class Message:
    """One message, rendered for the style of the channel it goes to (see notifiers.messages)."""

    subject: str
    body: str  # plain text
    key: str  # idempotency key: the same key is the same message
    html: str | None = None  # e-mail: the HTML part
    params: Mapping[str, str] = field(default_factory=dict)  # ZNS: template_data
    template: str | None = None  # ZNS: the template id for this kind, if the route names one
    kind: str = ""


# Answers of Notifier.recover() about a message whose sweep died while sending it.
SENT, RESEND, UNKNOWN = "sent", "resend", "unknown"


class Notifier:
    """Sends one message to one target URL. Subclasses set ``schemas`` and implement send()."""

    schemas: tuple[str, ...] = ()
    # True when recover() can tell whether a message went out (or a resend with the same key
    # is harmless): the dispatcher may then record a whole batch with one commit.
    resumable: bool = False

    def send(self, url: str, message: Message) -> str | None:
        """Deliver `message`; return the provider's message id if it gives one.
        Raise DeliveryError on failure. `url` may hold secrets: never put it in an error."""
        raise NotImplementedError

    def recover(self, url: str, key: str) -> str:
        """Whether the message with idempotency key `key`, in flight when a sweep died, went
        out: SENT, RESEND (sending again with the same key is harmless) or UNKNOWN."""
        return UNKNOWN

    def close(self) -> None:
        """Release connections kept between sends."""
