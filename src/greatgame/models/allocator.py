"""Keep numpy's large temporaries warm during Monte Carlo runs (glibc only).

A vectorised round allocates and frees dozens of pair tables of a few MB each. glibc
serves blocks above its mmap threshold with fresh mmap'd pages, and trims freed heap
memory back to the system, so every round pays page faults for memory it just released.
Raising the mmap threshold (to glibc's 64-bit maximum, 32 MB), the trim threshold and the
top pad lets freed tables be reused while still warm: on the EUM benchmark (10 actors x
10,000 draws) this cuts the time by about a sixth, with bit-identical results. The cost is
that up to ``TRIM`` bytes of freed memory stay with the process.

The tuning is process-wide, applied once, and skipped off Linux/glibc or when the
environment sets ``GREATGAME_MALLOPT=0``.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys
from functools import cache

M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD = -1, -2, -3
MMAP = 32 << 20
TRIM = 256 << 20
TOP_PAD = 64 << 20


@cache
def keep_temporaries_warm() -> bool:
    """Tune glibc malloc for large short-lived arrays; True when it was applied."""
    if not sys.platform.startswith("linux") or os.environ.get("GREATGAME_MALLOPT") == "0":
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # not glibc (e.g. musl has no mallopt)
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    return all(
        mallopt(option, value) == 1
        for option, value in ((M_MMAP_THRESHOLD, MMAP), (M_TRIM_THRESHOLD, TRIM),
                              (M_TOP_PAD, TOP_PAD))
    )
