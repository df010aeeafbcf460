"""The agency directory: who the agencies are, how letters name them, how to reach them.

`Directory.resolve(name)` maps a name as a letter writes it ("Sở KH&ĐT", "Uỷ ban nhân dân
huyện Krông Nô", "Giám đốc Sở Nội vụ") to a directory entry, ignoring accents, case,
punctuation and the old/new tone-mark placement (uỷ/ủy, hoà/hòa). `Directory.members(name)`
expands a collective addressee ("UBND các huyện, thị xã") to its member agencies.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

_TITLES = (
    "giam doc", "pho giam doc", "thu truong", "chu tich", "pho chu tich", "truong ban",
    "pho truong ban", "chanh van phong", "chanh thanh tra", "chi huy truong", "tong bien tap",
)
_DROP_SUFFIXES = (" tinh dak nong", " dak nong", " tinh")


def fold(text: str) -> str:
    """Lowercase ASCII words: accents, đ, punctuation and the 'uy ban nhan dan' spelling folded.

    Folding removes the difference between uỷ/ủy and hoà/hòa as well, since both lose their
    tone marks.
    """
    text = unicodedata.normalize("NFD", text or "").replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in text if unicodedata.category(c) != "Mn").lower()
    text = text.replace("&", " va ")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    text = re.sub(r"\buy ban nhan dan\b", "ubnd", text)
    return " ".join(text.split())


def _key(text: str) -> str:
    """The matching key of a name: folded, without 'va' and without leading titles."""
    words = fold(text)
    for title in _TITLES:
        if words.startswith(title + " "):
            words = words[len(title) + 1 :]
            break
    return " ".join(w for w in words.split() if w != "va")


@dataclass(frozen=True)
class Contact:
    name: str | None = None
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    zalo: str | None = None  # Zalo user id (a follower of the OA)
    channels: tuple[str, ...] = ()  # route names in fallback order; empty = the agency's or default


@dataclass(frozen=True)
class Entry:
    code: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    focal: Contact = field(default_factory=Contact)
    head: Contact = field(default_factory=Contact)
    channels: tuple[str, ...] = ()  # route names (see config/channels.yaml); empty = default


@dataclass(frozen=True)
class Group:
    code: str
    name: str
    kinds: tuple[str, ...]
    words: tuple[str, ...]


class Directory:
    def __init__(self, province: str, office: str, entries: list[Entry], groups: list[Group],
                 escalation: dict[str, list[Contact]] | None = None):
        self.province = province
        # who receives follow-ups addressed to "office" (or another named recipient)
        self.escalation = dict(escalation or {})
        self.entries = {e.code: e for e in entries}
        self.office = self.entries[office]
        self.groups = groups
        self._index: dict[str, str] = {}
        for e in entries:
            for name in (e.name, *e.aliases):
                for variant in self._variants(_key(name)):
                    self._index.setdefault(variant, e.code)
        self._keys = list(self._index)

    @staticmethod
    def _variants(key: str):
        yield key
        for suffix in _DROP_SUFFIXES:
            if key.endswith(suffix):
                yield key[: -len(suffix)]

    def resolve(self, name: str) -> Entry | None:
        """The directory entry `name` refers to, or None."""
        key = _key(name)
        if not key:
            return None
        for variant in self._variants(key):
            code = self._index.get(variant)
            if code:
                return self.entries[code]
        if fold(name).startswith("cac "):
            return None  # a collective addressee, never a single agency
        # spelling variants, but never across kinds of body: "Bộ Xây dựng" is not "Sở Xây dựng"
        head = key.split()[0]
        same_kind = [k for k in self._keys if k.split()[0] == head]
        close = difflib.get_close_matches(key, same_kind, n=1, cutoff=0.9)
        return self.entries[self._index[close[0]]] if close else None

    def members(self, name: str) -> list[Entry] | None:
        """The agencies a collective addressee stands for, or None if `name` is not one."""
        words = f" {_key(name)} "
        if not fold(name).startswith("cac ") and " cac " not in words:
            return None
        kinds: list[str] = []
        for group in self.groups:
            if any(f" {w} " in words for w in group.words):
                kinds.extend(k for k in group.kinds if k not in kinds)
        if not kinds:
            return None
        return [e for e in self.entries.values() if e.kind in kinds]

    def __iter__(self):
        return iter(self.entries.values())


def load_directory(data: dict) -> Directory:
    def contact(d: dict | None) -> Contact:
        d = dict(d or {})
        channels = tuple(d.pop("channels", None) or ())
        return Contact(channels=channels, **{k: (str(v) if v is not None else None) for k, v in d.items()})

    entries = [
        Entry(
            code=a["code"],
            name=a["name"],
            kind=a.get("kind", "other"),
            aliases=tuple(a.get("aliases") or ()),
            focal=contact(a.get("focal")),
            head=contact(a.get("head")),
            channels=tuple(a.get("channels") or ()),
        )
        for a in data["agencies"]
    ]
    groups = [
        Group(g["code"], g["name"], tuple(g["kinds"]), tuple(fold(w) for w in g["words"]))
        for g in data.get("groups") or []
    ]
    escalation = {name: [contact(c) for c in (items or [])]
                  for name, items in (data.get("escalation") or {}).items()}
    return Directory(data.get("province", ""), data["office"], entries, groups, escalation)


@lru_cache(maxsize=4)
def _directory_at(path: Path) -> Directory:
    from config import load_yaml

    return load_directory(load_yaml(path))


def directory() -> Directory:
    """The configured agency directory (DONDOC_AGENCIES)."""
    from config import settings

    return _directory_at(settings().agencies_file)
