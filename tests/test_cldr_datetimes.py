"""Every CLDR Arabic datetime format parses back to its instant."""

from __future__ import annotations

import datetime as dt

import pytest

import tarikh

babel = pytest.importorskip("babel")
from babel.dates import format_datetime  # noqa: E402

UTC = dt.timezone.utc
LOCALES = sorted(
    loc for loc in babel.localedata.locale_identifiers() if loc.split("_")[0] == "ar"
)
INSTANTS = [
    dt.datetime(1955, 3, 16, 9, 30, 0, tzinfo=UTC),
    dt.datetime(2025, 7, 12, 22, 45, 15, tzinfo=UTC),
    dt.datetime(2025, 1, 5, 0, 5, 0, tzinfo=UTC),
    dt.datetime(2030, 12, 31, 12, 30, 0, tzinfo=UTC),
]
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _expected(instant: dt.datetime, fmt: str) -> dt.datetime:
    """Full and long formats name the zone (UTC); medium keeps seconds; short not."""
    if fmt in ("full", "long"):
        return instant
    naive = instant.replace(tzinfo=None)
    return naive if fmt == "medium" else naive.replace(second=0)


@pytest.mark.parametrize("locale", LOCALES)
def test_every_datetime_format_parses_back(locale: str) -> None:
    wrong = []
    for fmt in ("full", "long", "medium", "short"):
        for instant in INSTANTS:
            written = format_datetime(instant, fmt, tzinfo=UTC, locale=locale)
            for text in (written, written.translate(INDIC)):
                found = tarikh.parse_date(text, reference=dt.date(2026, 1, 1))
                if found is None or found.value != _expected(instant, fmt):
                    wrong.append((fmt, text, None if found is None else found.value))
    assert not wrong, wrong
