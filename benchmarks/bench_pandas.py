"""``tarikh.pandas.to_datetime`` on a million-row column of repeated Arabic dates.

    python benchmarks/bench_pandas.py [--quick] [--json] [--rows N] [--distinct N]

The column: ``--distinct`` (default 5,000) distinct real-shaped strings (the
news-date corpus and its variants, made as in ``bench_parse.py``; one in
twenty is a line with no date) drawn ``--rows`` times (default
1,000,000) with skewed weights, as in a scraped table where a few dates are
common; one cell in fifty is ``None``.

* ``tarikh.pandas.to_datetime``: the whole column, object dtype and pandas'
  string dtype, each timed on a fresh column (tarikh keeps no result cache
  between calls: every distinct value is parsed once per call).  The lexicon
  is loaded before timing, on strings outside the column.
* ``pandas.to_datetime(errors="coerce", utc=True)`` on the same column, for
  reference (without ``utc=True`` it raises "Mixed timezones detected" on the
  few ISO-like cells it can read): it reads no Arabic month name, so the column
  comes back almost all ``NaT``.
* dateparser, if installed: ``dateparser.parse(s, languages=['ar'])`` on the
  distinct values only (what a careful user would do), against tarikh's time
  for the whole column.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd
from bench_parse import build_strings

import tarikh
import tarikh.pandas

NO_DATE = (
    "موقع كل يوم -سبأ نت",
    "إكــس",
    "شارك عبر واتساب",
    "آخر الأخبار",
    "اقرأ أيضاً: تقرير {n}",
)


def distinct_strings(count: int, seed: int) -> list[str]:
    """``count`` distinct strings: corpus variants, 1 in 20 a line with no date."""
    rng = random.Random(seed)
    blanks = count // 20
    out = dict.fromkeys(build_strings(count - blanks, seed))
    while len(out) < count:
        out.setdefault(rng.choice(NO_DATE).format(n=rng.randint(1, 10**6)), None)
    strings = list(out)
    rng.shuffle(strings)
    return strings


def column(distinct: Sequence[str], rows: int, seed: int) -> pd.Series[Any]:
    """``rows`` cells drawn from ``distinct`` (Zipf-like weights), 2% ``None``."""
    rng = np.random.default_rng(seed)
    weights = 1.0 / np.arange(1, len(distinct) + 1) ** 0.8
    picks = rng.choice(len(distinct), size=rows, p=weights / weights.sum())
    cells = np.asarray(distinct, dtype=object)[picks]
    cells[rng.random(rows) < 0.02] = None
    return pd.Series(cells, name="published", dtype=object)


def timed(func: Callable[[], Any]) -> tuple[float, Any]:
    """Seconds one call of ``func`` takes, and its result."""
    gc.collect()
    start = time.perf_counter()
    result = func()
    return time.perf_counter() - start, result


@dataclass
class Results:
    rows: int
    distinct: int
    tarikh_s: float
    tarikh_rows_per_s: float
    tarikh_found: int
    tarikh_str_dtype_s: float  # same column as pandas' "string" dtype
    factorize_s: float  # the part of the work that is not parsing
    parse_distinct_s: float  # parse_date over the distinct values, plain loop
    pandas_s: float
    pandas_found: int
    dateparser_distinct_s: float | None
    dateparser_found: int | None
    ratio_vs_dateparser: float | None  # dateparser on distinct / tarikh on column


def run(rows: int, distinct: int, seed: int) -> Results:
    strings = distinct_strings(distinct, seed)
    series = column(strings, rows, seed)
    for s in distinct_strings(distinct + 50, seed + 1)[:50]:  # loads the lexicon
        if s not in strings:
            tarikh.parse_date(s)

    t_tarikh, got = timed(lambda: tarikh.pandas.to_datetime(series.copy()))
    as_str = series.astype("string")
    t_str, _ = timed(lambda: tarikh.pandas.to_datetime(as_str))
    t_factorize, _ = timed(lambda: pd.factorize(series))
    t_parse, _ = timed(lambda: [tarikh.parse_date(s) for s in strings])
    with warnings.catch_warnings():  # "could not infer format": the point
        warnings.simplefilter("ignore")
        # utc=True: without it pandas raises on the few cells it reads whose
        # zones differ, errors="coerce" or not.
        t_pandas, ref = timed(lambda: pd.to_datetime(series, errors="coerce", utc=True))

    t_dp: float | None = None
    dp_found: int | None = None
    try:
        import dateparser
    except ImportError:
        pass
    else:
        dateparser.parse("12 يوليو 2025", languages=["ar"])  # loads its data
        t_dp, parsed = timed(
            lambda: [dateparser.parse(s, languages=["ar"]) for s in strings]
        )
        dp_found = sum(p is not None for p in parsed)
    return Results(
        rows=rows,
        distinct=len(strings),
        tarikh_s=t_tarikh,
        tarikh_rows_per_s=rows / t_tarikh,
        tarikh_found=int(got.notna().sum()),
        tarikh_str_dtype_s=t_str,
        factorize_s=t_factorize,
        parse_distinct_s=t_parse,
        pandas_s=t_pandas,
        pandas_found=int(ref.notna().sum()),
        dateparser_distinct_s=t_dp,
        dateparser_found=dp_found,
        ratio_vs_dateparser=None if t_dp is None else t_dp / t_tarikh,
    )


def table(r: Results) -> str:
    lines = [
        f"{r.rows:,} rows, {r.distinct:,} distinct strings",
        f"tarikh.pandas.to_datetime (object)   {r.tarikh_s:7.3f} s  "
        f"{r.tarikh_rows_per_s:12,.0f} rows/s  {r.tarikh_found:,} dated",
        f"tarikh.pandas.to_datetime (string)   {r.tarikh_str_dtype_s:7.3f} s  "
        f"{r.rows / r.tarikh_str_dtype_s:12,.0f} rows/s",
        f"  of which pandas.factorize          {r.factorize_s:7.3f} s",
        f"  of which parse_date x {r.distinct:<,}        {r.parse_distinct_s:7.3f} s",
        f'pandas.to_datetime(errors="coerce")  {r.pandas_s:7.3f} s  '
        f"{r.rows / r.pandas_s:12,.0f} rows/s  {r.pandas_found:,} dated",
    ]
    if r.dateparser_distinct_s is not None:
        lines.append(
            f"dateparser.parse, distinct values     {r.dateparser_distinct_s:7.3f} s  "
            f"{'':>12}         {r.dateparser_found:,} of {r.distinct:,} dated"
        )
        lines.append(
            "  tarikh's whole column is "
            f"{r.ratio_vs_dateparser:.1f}x faster than dateparser's distinct values"
        )
    else:
        lines.append("dateparser: not installed")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100,000 rows, 1,000")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--rows", type=int, help="rows (default 1,000,000)")
    parser.add_argument("--distinct", type=int, help="distinct strings (5,000)")
    parser.add_argument("--seed", type=int, default=20250712)
    args = parser.parse_args(argv)
    rows = args.rows or (100_000 if args.quick else 1_000_000)
    distinct = args.distinct or (1_000 if args.quick else 5_000)
    results = run(rows, distinct, args.seed)
    if args.json:
        info = {
            "python": sys.version.split()[0],
            "tarikh": tarikh.__version__,
            "pandas": pd.__version__,
        }
        print(json.dumps({**info, **asdict(results)}, indent=2))
    else:
        print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
