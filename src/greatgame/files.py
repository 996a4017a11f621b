"""Reading an input file: one guard for every reader, so that no input can hang or exhaust memory.

A path must be a regular file (not a device such as /dev/zero, a FIFO or a socket) and no
larger than the reader's limit; it is read with at most ``limit + 1`` bytes requested, so a
file that grows while it is read is refused too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from greatgame.errors import InputError

MiB = 1024 * 1024


def check_regular(path: str | Path, *, limit: int) -> int:
    """The size of a regular file of at most ``limit`` bytes, or an InputError saying why not."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(path, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(path, "not a regular file (a device, pipe or socket cannot be read)")
    if info.st_size > limit:
        raise InputError(path, f"too large: {_size(info.st_size)}, the limit is {_size(limit)}")
    return info.st_size


def read_limited(path: str | Path, *, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (see :func:`check_regular`)."""
    check_regular(path, limit=limit)
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except PermissionError:
        raise InputError(path, "permission denied: the file cannot be read") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise InputError(path, f"too large: more than {_size(limit)}")
    return data


def _size(n: int) -> str:
    return f"{n / MiB:.1f} MiB" if n >= MiB else f"{n} bytes"
