"""Shared fixtures. Tests that need ../shared skip with a reason when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GREATGAME_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seeds" / "000_a140b6fa069e0c74.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, or skip: a clone outside this workplace has no ../shared."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"../shared/data not found at {data} (set GREATGAME_SHARED to point at it)")
    return data


@pytest.fixture(scope="session")
def seed_path() -> Path:
    """The founding op-ed, or skip when ../shared is absent."""
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    return SEED
