"""Named, versioned registries: readers, extractors, models, exporters, engines.

Entries are looked up by a versioned name (``"eum.v1"``) or by their short name
(``"eum"``), which resolves to the highest registered version.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
_VERSIONED = re.compile(r"^(?P<base>[a-z0-9_]+)\.v(?P<version>\d+)$")


class Registry(Generic[T]):
    """A mapping from versioned names to factories of one kind."""

    def __init__(self, kind: str):
        self.kind = kind
        self._entries: dict[str, T] = {}

    def register(self, name: str) -> Callable[[T], T]:
        if not _VERSIONED.match(name):
            raise ValueError(f"{self.kind} name {name!r} must look like 'name.v1'")

        def add(entry: T) -> T:
            if name in self._entries:
                raise ValueError(f"{self.kind} {name!r} is registered twice")
            self._entries[name] = entry
            return entry

        return add

    def get(self, name: str) -> T:
        if name in self._entries:
            return self._entries[name]
        versions = [
            (int(m["version"]), full)
            for full in self._entries
            if (m := _VERSIONED.match(full)) and m["base"] == name
        ]
        if not versions:
            known = ", ".join(self.names()) or "none"
            raise KeyError(f"no {self.kind} named {name!r} (known: {known})")
        return self._entries[max(versions)[1]]

    def names(self) -> list[str]:
        """Short names, each once, sorted."""
        return sorted({_VERSIONED.match(n)["base"] for n in self._entries})  # type: ignore[index]

    def __contains__(self, name: str) -> bool:
        try:
            self.get(name)
        except KeyError:
            return False
        return True


models: Registry = Registry("model")
readers: Registry = Registry("reader")
exporters: Registry = Registry("exporter")
engines: Registry = Registry("engine")
