"""tarikh: Arabic dates and news datelines to ISO dates.

The public names load their modules on first use, so ``import tarikh`` stays
cheap for programs that import it and parse later (or never).

>>> import tarikh
>>> tarikh.to_iso("نشر بتاريخ: ١٢ تموز ٢٠٢٥")
'2025-07-12'
"""

from __future__ import annotations

from importlib import import_module

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs ~8 ms
if TYPE_CHECKING:
    from ._api import find_dates, parse_date, parse_dateline, to_iso
    from ._article import parse_article
    from ._errors import DateNotFoundError, InvalidDateError, TarikhError
    from ._normalize import normalize
    from ._results import Article, Dateline, DateMatch, Finding, Location, Source

__all__ = [
    "Article",
    "DateMatch",
    "DateNotFoundError",
    "Dateline",
    "Finding",
    "InvalidDateError",
    "Location",
    "Source",
    "TarikhError",
    "find_dates",
    "normalize",
    "parse_article",
    "parse_date",
    "parse_dateline",
    "to_iso",
]
__version__ = "0.1.0"

_WHERE = {
    "Article": "._results",
    "Finding": "._results",
    "parse_article": "._article",
    "DateMatch": "._results",
    "Dateline": "._results",
    "Location": "._results",
    "Source": "._results",
    "parse_dateline": "._api",
    "DateNotFoundError": "._errors",
    "InvalidDateError": "._errors",
    "TarikhError": "._errors",
    "find_dates": "._api",
    "normalize": "._normalize",
    "parse_date": "._api",
    "to_iso": "._api",
}


def __getattr__(name: str) -> object:
    where = _WHERE.get(name)
    if where is None:
        msg = f"module 'tarikh' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(import_module(where, __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
