"""exp and log over whole arrays in compiled loops that the CPU runs several lanes at a time.

numba compiles ``math.exp`` and ``math.log`` to calls of the C library, one element at a
time (4-6 ns each here); numpy's own loops use SIMD (about 1 ns). The expected-utility
kernel (:mod:`greatgame.models.eum_kernel`) spends most of its time on such powers, so it
evaluates them with these loops, which contain no calls and no branches and so vectorise.

Method (textbook range reduction, Taylor polynomials):

* ``exp(x) = 2^k exp(r)`` with ``k = round(x / ln 2)`` and ``|r| <= ln(2) / 2``;
  ``exp(r)`` by its Taylor series to degree 13 (truncation below 1e-17); ``2^k`` built
  from its bits. Arguments beyond [-746, 710] give 0 or inf, as they do in numpy.
* ``log(x) = k ln 2 + log(m)`` with ``x = m 2^k`` and ``m`` in (sqrt(2)/2, sqrt(2)];
  ``log(m) = 2 atanh(s)``, ``s = (m - 1) / (m + 1)``, by its series to degree 23 in s.
  Subnormal arguments are scaled by 2^54 first; 0 gives -inf, negatives NaN.

Both agree with numpy's ``np.exp`` and ``np.log`` to one unit in the last place
(tests/models/test_vecmath.py), which is what the model's 1e-9 agreement with the numpy
reference needs.
"""

from __future__ import annotations

import math
from decimal import Decimal, localcontext

import numpy as np
from numba import njit


def _split_ln2() -> tuple[float, float]:
    """ln 2 as hi + lo, hi with 21 significant bits so that k * hi is exact."""
    hi = float.fromhex(math.log(2.0).hex()[:9] + "p-1")  # 0x1.62e42 p-1: the first 21 bits
    with localcontext() as ctx:
        ctx.prec = 50
        lo = float(Decimal(2).ln() - Decimal(hi))
    return hi, lo


LN2_HI, LN2_LO = _split_ln2()
LOG2E = 1.0 / math.log(2.0)
SQRT2 = math.sqrt(2.0)
# exp(r) = sum r^k / k!, k = 0..13
_EXP = tuple(1.0 / math.factorial(k) for k in range(14))
# log(1 + f) = f - f^2/2 + s (f^2/2 + R), R = sum_{k >= 1} 2 s^(2k) / (2k + 1), k = 1..11
_ATANH = tuple(2.0 / (2 * k + 1) for k in range(1, 12))
_TINY = 2.0**-1022  # the smallest normal double
_SCALE = 2.0**54
_MANTISSA = (1 << 52) - 1
_ONE = 1023 << 52  # the bits of 1.0


@njit(cache=True, nogil=True, error_model="numpy")
def exp_into(x, out, bits):
    """``out[i] = exp(x[i])`` over 1-d arrays; ``bits`` is int64 scratch of the same size.

    The scale ``2^k`` is written as bits into ``bits`` and read back as a float; far ends
    borrow a factor (2^-64 or 2) so that ``2^k`` stays a normal number. ``out`` may be
    ``x``, but the loop then runs one element at a time (the compiler cannot rule out
    overlap), about six times slower.
    """
    scale = bits.view(np.float64)
    for i in range(x.size):
        v = min(max(x[i], -746.0), 710.0)
        k = math.floor(v * LOG2E + 0.5)
        r = (v - k * LN2_HI) - k * LN2_LO
        p = _EXP[13]
        for c in range(12, -1, -1):
            p = p * r + _EXP[c]
        low, high = v < -700.0, v > 700.0
        out[i] = p * (5.421010862427522e-20 if low else (2.0 if high else 1.0))  # 2^-64
        shift = 64 if low else (-1 if high else 0)
        bits[i] = (np.int64(k) + shift + 1023) << 52
    for i in range(x.size):
        out[i] *= scale[i]


@njit(cache=True, nogil=True, error_model="numpy")
def log_into(x, out, bits):
    """``out[i] = log(x[i])`` over 1-d arrays; ``bits`` is int64 scratch of the same size.

    ``out`` must not be ``x``: the first pass keeps the scaled argument in ``out``.
    """
    n = x.size
    for i in range(n):
        out[i] = x[i] * (_SCALE if x[i] < _TINY else 1.0)
    exponent = out.view(np.int64)
    for i in range(n):
        b = exponent[i]
        bits[i] = (b & _MANTISSA) | _ONE  # the significand m as a float in [1, 2)
        exponent[i] = ((b >> 52) & 0x7FF) - (1077 if x[i] < _TINY else 1023)
    mantissa = bits.view(np.float64)
    for i in range(n):
        m = mantissa[i]
        big = m > SQRT2
        k = float(exponent[i] + 1 if big else exponent[i])
        f = (0.5 * m if big else m) - 1.0
        s = f / (2.0 + f)
        z = s * s
        tail = _ATANH[10]
        for c in range(9, -1, -1):
            tail = tail * z + _ATANH[c]
        tail *= z
        half = 0.5 * f * f
        value = k * LN2_HI - ((half - (s * (half + tail) + k * LN2_LO)) - f)
        v = x[i]
        value = -np.inf if v == 0.0 else value
        value = np.nan if v < 0.0 or v != v else value
        out[i] = np.inf if v == np.inf else value
