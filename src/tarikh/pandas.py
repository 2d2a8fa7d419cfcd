"""tarikh over pandas columns (and Dask, Spark and Polars through them).

Install the extra: ``pip install "tarikh[pandas]"``.  ``import tarikh`` does not
load this module; ``import tarikh.pandas`` loads pandas.

Each function takes a :class:`pandas.Series` of any dtype and returns a result
with the same index (and, for :func:`to_datetime`, the same name).  A cell that
is not a ``str`` (``None``, ``NaN``, ``pd.NA``, a number) is a row with no
date, never an error.  Each distinct value is parsed once, so a column of a
million rows holding a few thousand distinct strings costs a few thousand
parses.

>>> import pandas as pd
>>> import tarikh.pandas
>>> s = pd.Series(["نشر بتاريخ: ١٢ تموز ٢٠٢٥", "لا تاريخ هنا", None], name="published")
>>> tarikh.pandas.to_datetime(s)
0   2025-07-12
1          NaT
2          NaT
Name: published, dtype: datetime64[us]

Time zones: tarikh gives a ``date`` for a day, a naive ``datetime`` for a time
written without a zone, and an aware ``datetime`` when a zone was written
(``10:30 بتوقيت مكة المكرمة``).  :func:`to_datetime` puts them in one column so:

* ``utc=False`` (the default): a naive column of wall-clock times *as written*.
  A written zone is dropped and the time is not shifted, so the column means
  one thing throughout ("the time the page shows") and its calendar day is
  always the day the text names (``DateMatch.iso()``'s date).
* ``utc=True``: a ``datetime64[us, UTC]`` column.  A time with a zone is
  converted to UTC; a time or day without one is taken as UTC, as
  ``pandas.to_datetime(utc=True)`` does with naive strings.

A day, month or year is the start of that period at midnight (``تموز 2025`` ->
``2025-07-01 00:00``).  The unit is microseconds (``datetime64[us]``), Python's
own, so every date tarikh returns (years 1 to 9999) fits; call
``.astype("datetime64[ns]")`` if another library wants nanoseconds.  The zone
itself stays available in :func:`parse_dates`' ``value`` column.

Dask: the functions run per partition unchanged, e.g.
``ddf["published"].map_partitions(tarikh.pandas.to_datetime, meta=("published",
"datetime64[us]"))``; the exact ``meta`` of any of them is the function applied
to an empty Series (``tarikh.pandas.parse_dates(pd.Series([], dtype=object))``).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

try:
    import numpy as np
    import pandas as pd
except ImportError as error:  # pragma: no cover - only without the extra
    msg = 'tarikh.pandas needs pandas: pip install "tarikh[pandas]"'
    raise ImportError(msg) from error

from ._api import Prefer as _Prefer
from ._api import _options
from ._api import parse_date as _parse_date
from ._api import parse_dateline as _parse_dateline

__all__ = [
    "DATELINE_COLUMNS",
    "DATE_COLUMNS",
    "parse_datelines",
    "parse_dates",
    "to_datetime",
]

DATE_COLUMNS = ("value", "iso", "precision", "calendar", "system", "warnings", "text")
"""The columns of :func:`parse_dates`, in order."""

DATELINE_COLUMNS = ("location", "country", "geonameid", "source", "source_code", "date")
"""The columns of :func:`parse_datelines`, in order."""

_UNIT = "datetime64[us]"
_UTC = timezone.utc
_Reference = date | datetime | None


def _check(series: object, reference: object, prefer: str = "past") -> None:
    """Check the arguments up front: a column may hold no string to parse."""
    if not isinstance(series, pd.Series):
        msg = f"expected a pandas Series, got {type(series).__name__}"
        raise TypeError(msg)
    _options(reference, dayfirst=True, prefer=prefer)  # type: ignore[arg-type]


def _distinct(series: pd.Series[Any]) -> tuple[np.ndarray[Any, Any], list[object]]:
    """Codes into the distinct values of ``series`` (-1 for a missing cell).

    A cell that cannot be hashed (a list) is no ``str``: it counts as missing.
    """
    try:
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
    except TypeError:  # an unhashable cell
        cleaned = series.map(lambda v: v if isinstance(v, str) else None)
        codes, uniques = pd.factorize(cleaned.astype(object), use_na_sentinel=True)
    return np.asarray(codes, dtype=np.intp), list(uniques)


def _wall(value: date | datetime, *, utc: bool) -> date | datetime:
    """``value`` as a naive date or datetime, by the time-zone rule above."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        if utc:
            value = value.astimezone(_UTC)
        return value.replace(tzinfo=None)
    return value


def to_datetime(
    series: pd.Series[Any],
    *,
    reference: _Reference = None,
    dayfirst: bool = True,
    prefer: _Prefer = "past",
    utc: bool = False,
) -> pd.Series[Any]:
    """The first date of each cell as ``datetime64``, ``NaT`` where none is found.

    The pandas counterpart of ``tarikh.parse_date(text).value``, shaped like
    ``pandas.to_datetime(series, errors="coerce")``: same index, same name.

    >>> import datetime as dt, pandas as pd, tarikh.pandas
    >>> s = pd.Series(["12 يوليو 2025 الساعة 10:30 بتوقيت مكة المكرمة",
    ...                "منذ ساعتين", "17 محرم 1447 هـ", 42], index=[7, 8, 9, 10])
    >>> ref = dt.datetime(2025, 7, 12, 18, 0)
    >>> tarikh.pandas.to_datetime(s, reference=ref)
    7    2025-07-12 10:30:00
    8    2025-07-12 16:00:00
    9    2025-07-12 00:00:00
    10                   NaT
    dtype: datetime64[us]
    >>> tarikh.pandas.to_datetime(s, reference=ref, utc=True)[7]
    Timestamp('2025-07-12 07:30:00+0000', tz='UTC')

    Args:
        series: Any Series; cells that are not ``str`` give ``NaT``.
        reference: The date or datetime that "now" means, as in
            :func:`tarikh.parse_date`.
        dayfirst: Read numeric dates as day/month (the default) or month/day.
        prefer: For dates with no year: "past", "future" or "nearest".
        utc: ``False``: naive wall-clock times as written (a written zone is
            dropped, the time not shifted).  ``True``: ``datetime64[us, UTC]``,
            times with a zone converted to UTC, the others taken as UTC.

    Returns:
        A ``datetime64[us]`` (or ``datetime64[us, UTC]``) Series.

    Raises:
        TypeError: If ``series`` is not a Series, or ``reference`` is not a date.
        ValueError: If ``prefer`` is not one of the three choices.
    """
    _check(series, reference, prefer)
    codes, uniques = _distinct(series)
    stamps = np.full(len(uniques) + 1, np.datetime64("NaT"), dtype=_UNIT)
    for i, cell in enumerate(uniques):
        if isinstance(cell, str):
            found = _parse_date(
                cell, reference=reference, dayfirst=dayfirst, prefer=prefer
            )
            if found is not None:
                stamps[i] = _wall(found.value, utc=utc)
    # The last slot is NaT: code -1 (a missing cell) picks it.
    out = pd.Series(stamps[codes], index=series.index, name=series.name, copy=False)
    return out.dt.tz_localize(_UTC) if utc else out


def _frame(
    series: pd.Series[Any],
    codes: np.ndarray[Any, Any],
    columns: dict[str, list[Any]],
    integers: frozenset[str] = frozenset(),
) -> pd.DataFrame:
    """Spread per-distinct-value columns (each one ``None`` longer) to the rows.

    Every column is ``object`` but those named in ``integers`` (``Int64``).
    """
    data: dict[str, pd.Series[Any]] = {}
    for name, values in columns.items():
        table = np.empty(len(values), dtype=object)
        for i, value in enumerate(values):  # one by one: a tuple stays one cell
            table[i] = value
        column = pd.Series(table[codes], index=series.index, dtype=object, copy=False)
        data[name] = column.astype("Int64") if name in integers else column
    return pd.DataFrame(data, index=series.index)


def parse_dates(
    series: pd.Series[Any],
    *,
    reference: _Reference = None,
    dayfirst: bool = True,
    prefer: _Prefer = "past",
) -> pd.DataFrame:
    """The first date of each cell, field by field, one row per input row.

    Columns (all ``object``; ``None`` in every column of a row with no date):

    * ``value``: ``DateMatch.value``, a ``date`` or ``datetime`` (aware when a
      zone was written);
    * ``iso``: ``DateMatch.iso()``, cut to the precision (``"2025-07"``);
    * ``precision``, ``calendar``, ``system``: as in :class:`tarikh.DateMatch`;
    * ``warnings``: a tuple of warning codes;
    * ``text``: the date expression as written.

    >>> import pandas as pd, tarikh.pandas
    >>> s = pd.Series(["السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م",
    ...                "تموز 2025", None])
    >>> df = tarikh.pandas.parse_dates(s)
    >>> df[["iso", "precision", "calendar", "system"]]
              iso precision   calendar          system
    0  2025-07-12       day       both  hijri+egyptian
    1     2025-07     month  gregorian       levantine
    2        None      None       None            None

    Args:
        series: Any Series; cells that are not ``str`` give a row of ``None``.
        reference: The date or datetime that "now" means.
        dayfirst: Read numeric dates as day/month (the default) or month/day.
        prefer: For dates with no year: "past", "future" or "nearest".

    Returns:
        A DataFrame with the columns of :data:`DATE_COLUMNS` and the index of
        ``series``.

    Raises:
        TypeError: If ``series`` is not a Series, or ``reference`` is not a date.
        ValueError: If ``prefer`` is not one of the three choices.
    """
    _check(series, reference, prefer)
    codes, uniques = _distinct(series)
    columns: dict[str, list[Any]] = {name: [] for name in DATE_COLUMNS}
    for cell in [*uniques, None]:  # the last row serves the missing cells
        found = None
        if isinstance(cell, str):
            found = _parse_date(
                cell, reference=reference, dayfirst=dayfirst, prefer=prefer
            )
        if found is None:
            for values in columns.values():
                values.append(None)
            continue
        columns["value"].append(found.value)
        columns["iso"].append(found.iso())
        columns["precision"].append(found.precision)
        columns["calendar"].append(found.calendar)
        columns["system"].append(found.system)
        columns["warnings"].append(found.warnings)
        columns["text"].append(found.text)
    return _frame(series, codes, columns)


def parse_datelines(
    series: pd.Series[Any], *, reference: _Reference = None
) -> pd.DataFrame:
    """The dateline opening each cell (a story's first lines), one row per row.

    Columns: ``location`` (the English name), ``country`` (ISO 3166-1
    alpha-2), ``geonameid`` (nullable ``Int64``), ``source`` (the English name),
    ``source_code`` (``"SABA"``, ``"AFP"``), ``date`` (the ISO form of the
    dateline's date).  All but ``geonameid`` are ``object``, with ``None`` where
    the dateline lacks the part (or there is no dateline; ``<NA>`` for
    ``geonameid``).

    >>> import pandas as pd, tarikh.pandas
    >>> s = pd.Series(["بيونغ يانغ-سبأ: صرح وزير الخارجية", "نص بلا سطر افتتاحي"])
    >>> tarikh.pandas.parse_datelines(s)[["location", "country", "source_code"]]
        location country source_code
    0  Pyongyang      KP        SABA
    1       None    None        None

    Args:
        series: Any Series; cells that are not ``str`` give an empty row.
        reference: The date that completes a day and month written without a
            year.

    Returns:
        A DataFrame with the columns of :data:`DATELINE_COLUMNS` and the index
        of ``series``.

    Raises:
        TypeError: If ``series`` is not a Series, or ``reference`` is not a date.
    """
    _check(series, reference)
    codes, uniques = _distinct(series)
    columns: dict[str, list[Any]] = {name: [] for name in DATELINE_COLUMNS}
    for cell in [*uniques, None]:  # the last row serves the missing cells
        found = (
            _parse_dateline(cell, reference=reference)
            if isinstance(cell, str)
            else None
        )
        place = None if found is None else found.location
        source = None if found is None else found.source
        when = None if found is None else found.date
        columns["location"].append(None if place is None else place.name)
        columns["country"].append(None if place is None else place.country)
        columns["geonameid"].append(None if place is None else place.geonameid)
        columns["source"].append(None if source is None else source.name)
        columns["source_code"].append(None if source is None else source.code)
        columns["date"].append(None if when is None else when.iso())
    return _frame(series, codes, columns, integers=frozenset({"geonameid"}))
