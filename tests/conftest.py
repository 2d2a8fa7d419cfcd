"""Shared test fixtures: the reference date every test passes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

REF = dt.date(2026, 1, 1)
TESTS = Path(__file__).parent
CORPUS = TESTS / "corpus"
