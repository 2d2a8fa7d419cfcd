"""tarikh.pandas: columns in, the same answers as parse_date / parse_dateline out."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from typing import Any
from zoneinfo import ZoneInfo

import dask
import dask.dataframe as dd
import numpy as np
import pandas as pd
import pytest
from conftest import CORPUS, REF
from hypothesis import given, settings
from hypothesis import strategies as st
from strategies import Case, date_cases

import tarikh
import tarikh.pandas as tpd

UTC = dt.timezone.utc
NOON = dt.datetime(2025, 7, 12, 12, 0)

# Real shapes: every month system, digit system, Hijri, dual, times and zones.
WRITTEN = [
    "نشر بتاريخ: ١٢ تموز ٢٠٢٥",
    "12 يوليو 2025",
    "الثلاثاء 15 جويلية 2025",
    "الإثنين ٠٤ دجنبر ٢٠٢٣",
    "3 غشت 2024",
    "۲۱ أفريل ۲۰۲۴",
    "كانون الثاني 2024",
    "السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م",
    "12 تموز (يوليو) 2025",
    "رمضان 1446",
    "2025/07/12",
    "03/04/2025",
    "10:30 ص بتوقيت مكة المكرمة 12 يوليو 2025",
    "الساعة 10:30 بتوقيت غرينتش 12 يوليو 2025",
    "12/07/2025 23:30 GMT+3",
    "12/07/2025 01:15 GMT+3",
    "12 يوليو 2025 الساعة 9:05 مساءً",
    "منذ ساعتين",
    "أمس",
    "15 شباط",
    "31 شباط 2025",
    "لا تاريخ في هذا السطر",
    "",
    "إكــس",
]
JUNK: list[object] = [None, float("nan"), pd.NA, 0, 2025, 12.5, True, b"2025", ["x"]]


def corpus_texts() -> list[str]:
    texts: dict[str, None] = {}
    for path in sorted(CORPUS.glob("*/news_dates.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                texts.setdefault(json.loads(line)["text"], None)
    return list(texts)


def dateline_texts() -> list[str]:
    path = CORPUS / "datelines" / "dev.jsonl"
    return [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines()]


CORPUS_TEXTS = corpus_texts()
STRINGS = WRITTEN + CORPUS_TEXTS


def expected_stamp(cell: object, *, utc: bool, **kw: Any) -> pd.Timestamp | None:
    """What to_datetime must hold for ``cell``, from parse_date, via pandas."""
    if not isinstance(cell, str):
        return None
    found = tarikh.parse_date(cell, **kw)
    if found is None:
        return None
    stamp = pd.Timestamp(found.value)
    if stamp.tzinfo is None:
        return stamp.tz_localize("UTC") if utc else stamp
    return stamp.tz_convert("UTC") if utc else stamp.tz_localize(None)


def assert_stamps(got: pd.Series[Any], cells: list[object], **kw: Any) -> None:
    utc = bool(kw.pop("utc", False))
    assert len(got) == len(cells)
    for value, cell in zip(got.tolist(), cells, strict=True):
        want = expected_stamp(cell, utc=utc, **kw)
        if want is None:
            assert value is pd.NaT, cell
        else:
            assert value == want, cell
            assert value.tzinfo == (UTC if utc else None), cell


# to_datetime -----------------------------------------------------------------


@settings(deadline=None, max_examples=60)
@given(
    cells=st.lists(
        st.one_of(
            st.sampled_from(STRINGS),
            st.sampled_from(JUNK),
            st.text(max_size=12),
            st.integers(),
        ),
        max_size=40,
    ),
    utc=st.booleans(),
    name=st.one_of(st.none(), st.text(max_size=5), st.integers()),
)
def test_to_datetime_is_parse_date_row_by_row(
    cells: list[object], *, utc: bool, name: object
) -> None:
    index = pd.Index([f"row{i * 7}" for i in range(len(cells))])
    series = pd.Series(cells, index=index, name=name, dtype=object)
    got = tpd.to_datetime(series, reference=NOON, utc=utc)
    assert got.index.equals(index)
    assert got.name == name
    assert str(got.dtype) == ("datetime64[us, UTC]" if utc else "datetime64[us]")
    assert_stamps(got, cells, reference=NOON, utc=utc)


@settings(deadline=None, max_examples=40)
@given(st.lists(date_cases(), min_size=1, max_size=20))
def test_to_datetime_gives_the_written_day(cases: list[Case]) -> None:
    # Case.value is what the text says, independent of tarikh.
    for dayfirst in (True, False):
        chosen = [c for c in cases if c.dayfirst == dayfirst]
        series = pd.Series([c.text for c in chosen], dtype=object)
        got = tpd.to_datetime(series, reference=REF, dayfirst=dayfirst)
        want = [pd.Timestamp(c.value) for c in chosen]
        assert got.tolist() == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("نشر بتاريخ: ١٢ تموز ٢٠٢٥", "2025-07-12"),
        ("الثلاثاء 15 جويلية 2025", "2025-07-15"),
        ("3 غشت 2024", "2024-08-03"),
        ("۲۱ أفريل ۲۰۲۴", "2024-04-21"),
        ("كانون الثاني 2024", "2024-01-01"),
        ("رمضان 1446", "2025-03-01"),
        ("السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م", "2025-07-12"),
        ("12 يوليو 2025 الساعة 9:05 مساءً", "2025-07-12 21:05"),
    ],
)
def test_to_datetime_values(text: str, want: str) -> None:
    got = tpd.to_datetime(pd.Series([text]), reference=REF)
    assert got[0] == pd.Timestamp(want)


def test_no_date_and_non_strings_are_nat() -> None:
    cells: list[object] = ["لا تاريخ هنا", "", "31 شباط 2025", *JUNK, {"a": 1}]
    got = tpd.to_datetime(pd.Series(cells, dtype=object), reference=REF)
    assert got.isna().all()
    assert len(got) == len(cells)


@pytest.mark.parametrize(
    "dtype", ["object", "string[python]", "string[pyarrow]", "str", "category"]
)
def test_string_dtypes(dtype: str) -> None:
    cells = ["12 تموز 2025", None, "كلام", "12 تموز 2025", "2025/01/02"]
    got = tpd.to_datetime(pd.Series(cells, dtype=dtype), reference=REF)
    want = [pd.Timestamp("2025-07-12"), pd.NaT, pd.NaT]
    assert got.tolist() == [
        *want,
        pd.Timestamp("2025-07-12"),
        pd.Timestamp("2025-01-02"),
    ]


def test_numeric_column_is_all_nat() -> None:
    got = tpd.to_datetime(pd.Series([2025, 7, 12], name="n"))
    assert got.isna().all()
    assert got.name == "n"
    assert str(got.dtype) == "datetime64[us]"


def test_index_and_name_are_kept() -> None:
    index = pd.MultiIndex.from_tuples([("a", 1), ("a", 1), ("b", 2)])
    series = pd.Series(["12 تموز 2025", "أمس", None], index=index, name="published")
    got = tpd.to_datetime(series, reference=dt.date(2025, 7, 13))
    assert got.index.equals(index)
    assert got.name == "published"
    assert got.tolist() == [pd.Timestamp("2025-07-12")] * 2 + [pd.NaT]


# Time zones -------------------------------------------------------------------

ZONED = pd.Series(
    [
        "10:30 ص بتوقيت مكة المكرمة 12 يوليو 2025",  # Asia/Riyadh, UTC+3
        "12/07/2025 01:15 GMT+3",  # the UTC day is the day before
        "12 يوليو 2025 الساعة 9:05 مساءً",  # no zone
        "12 يوليو 2025",  # a day
    ]
)


def test_utc_false_keeps_the_wall_time_as_written() -> None:
    got = tpd.to_datetime(ZONED, reference=REF)
    assert str(got.dtype) == "datetime64[us]"
    assert got.tolist() == [
        pd.Timestamp("2025-07-12 10:30"),
        pd.Timestamp("2025-07-12 01:15"),
        pd.Timestamp("2025-07-12 21:05"),
        pd.Timestamp("2025-07-12 00:00"),
    ]
    # The calendar day is always the day the text names.
    days = [m.iso()[:10] for m in map(tarikh.parse_date, ZONED)]  # type: ignore[union-attr]
    assert got.dt.strftime("%Y-%m-%d").tolist() == days


def test_utc_true_converts_zoned_and_takes_naive_as_utc() -> None:
    got = tpd.to_datetime(ZONED, reference=REF, utc=True)
    assert str(got.dtype) == "datetime64[us, UTC]"
    assert got.tolist() == [
        pd.Timestamp("2025-07-12 07:30", tz="UTC"),
        pd.Timestamp("2025-07-11 22:15", tz="UTC"),
        pd.Timestamp("2025-07-12 21:05", tz="UTC"),
        pd.Timestamp("2025-07-12 00:00", tz="UTC"),
    ]


def test_utc_true_agrees_with_pandas_on_iso_offsets() -> None:
    # pandas.to_datetime(utc=True) on the same instants, written as ISO.
    got = tpd.to_datetime(ZONED[:2], reference=REF, utc=True)
    want = pd.to_datetime(
        pd.Series(["2025-07-12T10:30+03:00", "2025-07-12T01:15+03:00"]), utc=True
    )
    assert (got.to_numpy() == want.to_numpy()).all()


# reference, dayfirst, prefer ---------------------------------------------------


def test_reference_anchors_relative_dates() -> None:
    series = pd.Series(["منذ ساعتين", "نشر منذ ساعتين", "أمس"])
    got = tpd.to_datetime(series, reference=NOON)
    assert got.tolist() == [
        pd.Timestamp("2025-07-12 10:00"),
        pd.Timestamp("2025-07-12 10:00"),
        pd.Timestamp("2025-07-11"),
    ]
    later = tpd.to_datetime(series, reference=dt.datetime(2024, 2, 29, 1, 0))
    assert later.tolist() == [
        pd.Timestamp("2024-02-28 23:00"),
        pd.Timestamp("2024-02-28 23:00"),
        pd.Timestamp("2024-02-28"),
    ]


def test_aware_reference_with_utc() -> None:
    ref = dt.datetime(2025, 7, 12, 12, 0, tzinfo=ZoneInfo("Asia/Damascus"))
    got = tpd.to_datetime(pd.Series(["منذ ساعتين"]), reference=ref, utc=True)
    assert got[0] == pd.Timestamp("2025-07-12 07:00", tz="UTC")
    wall = tpd.to_datetime(pd.Series(["منذ ساعتين"]), reference=ref)
    assert wall[0] == pd.Timestamp("2025-07-12 10:00")


def test_dayfirst_and_prefer_are_passed_on() -> None:
    series = pd.Series(["03/04/2025", "15 شباط"])
    ref = dt.date(2025, 1, 1)
    assert tpd.to_datetime(series, reference=ref).tolist() == [
        pd.Timestamp("2025-04-03"),
        pd.Timestamp("2024-02-15"),
    ]
    flipped = tpd.to_datetime(series, reference=ref, dayfirst=False, prefer="future")
    assert flipped.tolist() == [pd.Timestamp("2025-03-04"), pd.Timestamp("2025-02-15")]


def test_bad_arguments_raise_even_on_an_empty_column() -> None:
    empty = pd.Series([], dtype=object)
    with pytest.raises(ValueError, match="prefer"):
        tpd.to_datetime(empty, prefer="soon")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="prefer"):
        tpd.parse_dates(empty, prefer="soon")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference"):
        tpd.to_datetime(empty, reference="2025-07-12")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="reference"):
        tpd.parse_datelines(empty, reference=20250712)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Series"):
        tpd.to_datetime(["12 تموز 2025"])  # type: ignore[arg-type]


# Each distinct value parsed once ------------------------------------------------


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def counting(real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(text: str, **kw: Any) -> Any:
            calls.append(text)
            return real(text, **kw)

        return wrapper

    monkeypatch.setattr(tpd, "_parse_date", counting(tarikh.parse_date))
    monkeypatch.setattr(tpd, "_parse_dateline", counting(tarikh.parse_dateline))
    return calls


REPEATED = pd.Series(
    ["12 تموز 2025", "منذ ساعتين", None, "كلام", 7, "12 تموز 2025", float("nan")] * 500
)


def test_to_datetime_parses_each_distinct_value_once(counted: list[str]) -> None:
    got = tpd.to_datetime(REPEATED, reference=NOON)
    assert sorted(counted) == sorted(["12 تموز 2025", "منذ ساعتين", "كلام"])
    assert got.iloc[5] == pd.Timestamp("2025-07-12")
    assert got.iloc[-6] == pd.Timestamp("2025-07-12 10:00")
    assert got.notna().sum() == 1500  # 3 dated cells in each 7


def test_frames_parse_each_distinct_value_once(counted: list[str]) -> None:
    dates = tpd.parse_dates(REPEATED, reference=NOON)
    assert len(counted) == 3
    assert dates["iso"].notna().sum() == 1500
    counted.clear()
    lines = tpd.parse_datelines(REPEATED)
    assert len(counted) == 3
    assert len(lines) == len(REPEATED)


# parse_dates ---------------------------------------------------------------------


def test_parse_dates_is_parse_date_row_by_row() -> None:
    cells: list[object] = [*STRINGS, *JUNK]
    index = pd.RangeIndex(100, 100 + 3 * len(cells), 3)
    got = tpd.parse_dates(pd.Series(cells, index=index), reference=NOON)
    assert list(got.columns) == list(tpd.DATE_COLUMNS)
    assert got.index.equals(index)
    assert all(got[c].dtype == object for c in got.columns)
    found = 0
    for cell, row in zip(cells, got.itertuples(index=False), strict=True):
        m = tarikh.parse_date(cell, reference=NOON) if isinstance(cell, str) else None
        if m is None:
            assert all(v is None for v in row), cell
            continue
        found += 1
        assert type(row.value) is type(m.value)
        assert row.value == m.value
        assert getattr(row.value, "tzinfo", None) == getattr(m.value, "tzinfo", None)
        assert (row.iso, row.precision, row.calendar, row.system, row.text) == (
            m.iso(),
            m.precision,
            m.calendar,
            m.system,
            m.text,
        )
        assert isinstance(row.warnings, tuple)
        assert row.warnings == m.warnings
    assert found > len(CORPUS_TEXTS)


def test_parse_dates_fields() -> None:
    series = pd.Series(
        ["السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م", "03/04/2025", "تموز 2025"]
    )
    got = tpd.parse_dates(series, reference=REF)
    assert got["iso"].tolist() == ["2025-07-12", "2025-04-03", "2025-07"]
    assert got["calendar"].tolist() == ["both", "gregorian", "gregorian"]
    assert got["system"].tolist() == ["hijri+egyptian", "numeric", "levantine"]
    assert got["precision"].tolist() == ["day", "day", "month"]
    assert got["warnings"].tolist() == [(), ("ambiguous-day-month",), ()]
    assert got["value"].tolist() == [
        dt.date(2025, 7, 12),
        dt.date(2025, 4, 3),
        dt.date(2025, 7, 1),
    ]


# parse_datelines ------------------------------------------------------------------


def test_parse_datelines_is_parse_dateline_row_by_row() -> None:
    cells: list[object] = [*dateline_texts(), *JUNK, "لا سطر افتتاحي هنا"]
    got = tpd.parse_datelines(pd.Series(cells), reference=REF)
    assert list(got.columns) == list(tpd.DATELINE_COLUMNS)
    assert str(got["geonameid"].dtype) == "Int64"
    located = 0
    for cell, row in zip(cells, got.itertuples(index=False), strict=True):
        d = (
            tarikh.parse_dateline(cell, reference=REF)
            if isinstance(cell, str)
            else None
        )
        place = d.location if d else None
        source = d.source if d else None
        want = (
            place.name if place else None,
            place.country if place else None,
            place.geonameid if place else None,
            source.name if source else None,
            source.code if source else None,
            d.date.iso() if d and d.date else None,
        )
        have = tuple(None if v is pd.NA else v for v in row)
        assert have == want, cell
        located += place is not None and place.geonameid is not None
    assert located > 100


def test_parse_datelines_fields() -> None:
    series = pd.Series(
        [
            "بيونغ يانغ-سبأ: صرح وزير الخارجية الروسي",
            "الرياض 15 محرم 1447 هـ الموافق 10 يوليو 2025 م واس - أعلن",
            None,
        ],
        index=["x", "y", "z"],
    )
    got = tpd.parse_datelines(series, reference=REF)
    assert got.index.tolist() == ["x", "y", "z"]
    assert got.loc["x", "location"] == "Pyongyang"
    assert got.loc["x", "country"] == "KP"
    assert got.loc["x", "source"] == "Saba News Agency"
    assert got.loc["x", "source_code"] == "SABA"
    assert got.loc["x", "date"] is None
    assert got.loc["y", "source_code"] == "SPA"
    assert got.loc["y", "date"] == "2025-07-10"
    assert got.loc["y", "geonameid"] == 108410  # Riyadh
    assert got.loc["z"].isna().all()


# Empty input, Dask ------------------------------------------------------------------


def test_empty_series_give_the_dask_meta() -> None:
    empty = pd.Series([], dtype=object, name="d")
    assert str(tpd.to_datetime(empty).dtype) == "datetime64[us]"
    assert tpd.to_datetime(empty).name == "d"
    assert str(tpd.to_datetime(empty, utc=True).dtype) == "datetime64[us, UTC]"
    assert list(tpd.parse_dates(empty).columns) == list(tpd.DATE_COLUMNS)
    assert list(tpd.parse_datelines(empty).columns) == list(tpd.DATELINE_COLUMNS)


@pytest.fixture(params=["threads", "synchronous"])
def scheduler(request: pytest.FixtureRequest) -> Iterator[str]:
    with dask.config.set(scheduler=request.param):
        yield str(request.param)


def frame() -> pd.DataFrame:
    cells: list[object] = [*WRITTEN, *CORPUS_TEXTS[:40], None, 5, float("nan")]
    cells = cells * 3
    return pd.DataFrame(
        {"d": cells, "n": range(len(cells))}, index=range(10, 10 + len(cells))
    )


@pytest.mark.usefixtures("scheduler")
@pytest.mark.parametrize("utc", [False, True])
@pytest.mark.parametrize("with_meta", [False, True])
def test_dask_to_datetime_equals_pandas(*, utc: bool, with_meta: bool) -> None:
    pdf = frame()
    ddf = dd.from_pandas(pdf, npartitions=4)
    kw: dict[str, Any] = {"reference": NOON, "utc": utc}
    if with_meta:
        kw["meta"] = ("d", "datetime64[us, UTC]" if utc else "datetime64[us]")
    got = ddf["d"].map_partitions(tpd.to_datetime, **kw).compute()
    want = tpd.to_datetime(pdf["d"], reference=NOON, utc=utc)
    pd.testing.assert_series_equal(got, want)
    assert got.notna().sum() > 40


@pytest.mark.usefixtures("scheduler")
def test_dask_frames_equal_pandas() -> None:
    pdf = frame()
    ddf = dd.from_pandas(pdf, npartitions=3)
    empty = pd.Series([], dtype=object)
    dates = ddf["d"].map_partitions(
        tpd.parse_dates, reference=NOON, meta=tpd.parse_dates(empty)
    )
    want = tpd.parse_dates(pdf["d"], reference=NOON)
    pd.testing.assert_frame_equal(dates.compute(), want)
    lines = ddf["d"].map_partitions(
        tpd.parse_datelines, reference=REF, meta=tpd.parse_datelines(empty)
    )
    pd.testing.assert_frame_equal(
        lines.compute(), tpd.parse_datelines(pdf["d"], reference=REF)
    )


def test_dask_assign_column() -> None:
    pdf = frame()
    ddf = dd.from_pandas(pdf, npartitions=2)
    with dask.config.set(scheduler="threads"):
        out = ddf.assign(
            published=ddf["d"].map_partitions(
                tpd.to_datetime, reference=NOON, meta=("published", "datetime64[us]")
            )
        ).compute()
    want = tpd.to_datetime(pdf["d"], reference=NOON)
    assert (out["published"].isna() == want.isna()).all()
    assert (out["published"].dropna() == want.dropna()).all()
    assert out["n"].tolist() == pdf["n"].tolist()


# Import cost ---------------------------------------------------------------------


def test_import_tarikh_does_not_load_pandas() -> None:
    code = (
        "import sys, tarikh; tarikh.parse_date('12 تموز 2025');"
        "assert 'pandas' not in sys.modules and 'tarikh.pandas' not in sys.modules;"
        "import tarikh.pandas; assert 'pandas' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_numpy_nat_slot_is_not_shared() -> None:
    # Two calls on the same strings give equal, independent arrays.
    series = pd.Series(["12 تموز 2025", None])
    first = tpd.to_datetime(series)
    second = tpd.to_datetime(series)
    first.iloc[1] = pd.Timestamp("2000-01-01")
    assert second.iloc[1] is pd.NaT
    assert np.isnat(second.to_numpy()[1])
