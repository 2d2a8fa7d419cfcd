"""`tarikh batch`, `tarikh article` and `tarikh validate`."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest
from conftest import CORPUS

import tarikh
from tarikh._cli import main

DATES = [
    "نشر بتاريخ: ١٢ تموز ٢٠٢٥",
    "12 جويلية 2025",
    "السبت 17 محرم 1447 هـ الموافق 12 يوليو 2025 م",
    "لا تاريخ هنا",
    "05/06/2025",
    "الإثنين ٠٤ دجنبر ٢٠٢٣",
    "منذ ساعتين",
]
BROKEN = [
    '{"id": "x", "text": ',
    "[1, 2]",
    "",
    '{"id": "y"}',
    '{"id": "z", "text": 17}',
]


def run(args: list[str], stdin: str = "") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin), out, err
    try:
        code = main(args)
    finally:
        sys.stdin, sys.stdout, sys.stderr = old
    return code, out.getvalue(), err.getvalue()


def jsonl_rows(n: int) -> list[str]:
    """``n`` rows: dates, no-date strings and broken rows, each with its number."""
    rows = []
    for i in range(n):
        if i % 7 == 3:
            rows.append(BROKEN[i % len(BROKEN)])
        else:
            record = {"id": i, "text": DATES[i % len(DATES)]}
            rows.append(json.dumps(record, ensure_ascii=False))
    return rows


def expected_iso(text: str) -> str | None:
    return tarikh.to_iso(text, reference=tarikh.parse_date("2025-07-12").value)  # type: ignore[union-attr]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_jsonl_with_broken_rows_keeps_every_row_in_order(
    tmp_path: Path, jobs: str
) -> None:
    rows = jsonl_rows(1500)  # several chunks, so order across workers is tested
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    dst = tmp_path / "out.jsonl"
    code, _, err = run(
        [
            "batch",
            str(src),
            "-o",
            str(dst),
            "--field",
            "text",
            "--jobs",
            jobs,
            "--reference",
            "2025-07-12",
        ]
    )
    assert code == 0
    out = [json.loads(line) for line in dst.read_text("utf-8").splitlines()]
    assert len(out) == len(rows)
    errors = 0
    for line, got in zip(rows, out, strict=True):
        try:
            sent = json.loads(line)
        except ValueError:
            sent = None
        if not isinstance(sent, dict):
            assert got["tarikh_input"] == line
            assert got["tarikh_error"]
            errors += 1
            continue
        assert got["id"] == sent["id"]  # the row itself is kept
        text = sent.get("text")
        if not isinstance(text, str):
            assert "text" in got["tarikh_error"]
            errors += 1
            continue
        iso = expected_iso(text)
        assert got["tarikh_iso"] == iso
        assert (got["tarikh_error"] is None) == (iso is not None)
        errors += iso is None
    assert f"{len(rows):,} rows" in err
    assert f"{errors:,} errors" in err


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_csv_with_broken_rows(tmp_path: Path, jobs: str) -> None:
    src = tmp_path / "in.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "published", "title"])
        for i in range(600):
            if i % 50 == 7:
                w.writerow([str(i)])  # too short: the field is missing
            elif i % 50 == 9:
                w.writerow([str(i), DATES[0], "t", "extra cell"])
            else:
                w.writerow([str(i), DATES[i % len(DATES)], "title, with comma"])
    dst = tmp_path / "out.csv"
    code, _, err = run(
        ["batch", str(src), "-o", str(dst), "--field", "published", "--jobs", jobs]
    )
    assert code == 0
    with dst.open(encoding="utf-8", newline="") as f:
        out = list(csv.reader(f))
    header, body = out[0], out[1:]
    assert header[:3] == ["id", "published", "title"]
    assert header[3:] == [
        "tarikh_iso",
        "tarikh_precision",
        "tarikh_calendar",
        "tarikh_warnings",
        "tarikh_error",
    ]
    assert [row[0] for row in body] == [str(i) for i in range(600)]
    for i, row in enumerate(body):
        if i % 50 == 7:
            assert "missing" in row[7]
        elif i % 50 == 9:
            assert row[3] == "2025-07-12"
            assert "4 fields" in row[7]
            assert row[8:] == ["extra cell"]  # nothing is lost
        else:
            assert row[2] == "title, with comma"
            assert row[3] == (tarikh.to_iso(DATES[i % len(DATES)]) or "")[:13]
    assert "600 rows" in err


def test_stdin_to_stdout_and_no_column(tmp_path: Path) -> None:
    code, out, err = run(
        ["batch", "-", "--field", "d"], stdin='{"d": "12 يوليو 2025"}\n{"d": 5}\n'
    )
    assert code == 0
    first, second = (json.loads(line) for line in out.splitlines())
    assert first["tarikh_iso"] == "2025-07-12"
    assert second["tarikh_error"] == "field 'd' is not a string: int"
    assert "2 rows, 1 parsed, 1 errors" in err
    src = tmp_path / "in.csv"
    src.write_text("a,b\n1,2\n", encoding="utf-8")
    code, out, _ = run(["batch", str(src), "--field", "d"])
    assert code == 0
    assert "no column 'd' in the header" in out.splitlines()[1]


def test_dateline_and_article_kinds(tmp_path: Path) -> None:
    seed = (CORPUS / "seed_article.txt").read_text("utf-8")
    src = tmp_path / "in.jsonl"
    rows = [{"t": "بيونغ يانغ-سبأ: صرح وزير الخارجية"}, {"t": "لا شيء"}]
    src.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    _, out, _ = run(["batch", str(src), "--field", "t", "--kind", "dateline"])
    first, second = (json.loads(line) for line in out.splitlines())
    assert (first["tarikh_location"], first["tarikh_country"]) == ("Pyongyang", "KP")
    assert first["tarikh_source_code"] == "SABA"
    assert first["tarikh_geonameid"] == 1871859
    assert second["tarikh_error"] == "no dateline found"
    src.write_text(json.dumps({"t": seed}), encoding="utf-8")
    _, out, _ = run(["batch", str(src), "--field", "t", "--kind", "article"])
    got = json.loads(out)
    assert got["tarikh_published"] == "2025-07-12"
    assert got["tarikh_location"] == "Pyongyang"
    assert got["tarikh_source"] == "Saba News Agency"
    assert got["tarikh_findings"] == []


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    code, _, err = run(["batch", str(tmp_path / "nope.jsonl"), "--field", "d"])
    assert code == 2
    assert "nope.jsonl" in err


def test_article_command(tmp_path: Path) -> None:
    code, out, _ = run(["article", str(CORPUS / "seed_article.txt")])
    assert code == 0
    got = json.loads(out)
    assert got["published"]["iso"] == "2025-07-12"
    assert got["dateline"]["location"]["name"] == "Pyongyang"
    assert got["dateline"]["source"]["code"] == "SABA"
    assert got["site"] == "كل يوم"
    assert got["findings"] == []


def test_validate_exits_1_on_an_error_finding(tmp_path: Path) -> None:
    seed = (CORPUS / "seed_article.txt").read_text("utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(seed.replace("اليوم السبت", "اليوم الأحد"), encoding="utf-8")
    code, out, _ = run(["validate", str(CORPUS / "seed_article.txt")])
    assert (code, out) == (0, "")
    code, out, _ = run(["validate", str(bad)])
    assert code == 1
    assert out.startswith(f"{bad}: error: weekday-mismatch:")
    code, out, _ = run(
        [
            "validate",
            "--url",
            "https://x.org/2025/07/11/a",
            str(CORPUS / "seed_article.txt"),
        ]
    )
    assert code == 0  # a warning is not an error
    assert ": warning: url-date-mismatch:" in out


def test_article_url_field(tmp_path: Path) -> None:
    seed = (CORPUS / "seed_article.txt").read_text("utf-8")
    src = tmp_path / "pages.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["url", "body"])
        w.writerow(["https://www.saba.ye/ar/2025/07/11/1", seed])
        w.writerow(["https://www.saba.ye/ar/2025/07/12/2", seed])
    args = ["--field", "body", "--kind", "article", "--url-field", "url"]
    _, out, _ = run(["batch", str(src), *args])
    rows = list(csv.DictReader(io.StringIO(out)))
    first, second = (json.loads(r["tarikh_findings"]) for r in rows)
    assert [f["code"] for f in first] == ["url-date-mismatch"]
    assert second == []


def test_progress_counts_every_row() -> None:
    from tarikh._batch import Batch, run_batch

    lines = [json.dumps({"d": DATES[i % len(DATES)]}) for i in range(700)]
    seen: list[int] = []
    sink = io.StringIO()
    total, read, failed = run_batch(
        Batch("d"),
        io.StringIO("\n".join(lines) + "\n"),
        sink,
        fmt="jsonl",
        progress=seen.append,
    )
    assert total == sum(seen) == 700
    assert read + failed == 700
    assert len(seen) == 3  # chunks of 256
    assert len(sink.getvalue().splitlines()) == 700


def test_csv_from_stdin() -> None:
    code, out, _ = run(
        ["batch", "-", "--format", "csv", "--field", "d"],
        stdin='d,n\n"12 يوليو 2025",1\nلا شيء,2\n',
    )
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["n"], r["tarikh_iso"], r["tarikh_error"]) for r in rows] == [
        ("1", "2025-07-12", ""),
        ("2", "", "no date found"),
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    import os
    import pty
    import subprocess

    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(jsonl_rows(600)) + "\n", encoding="utf-8")
    out = str(tmp_path / "out.jsonl")
    command = [sys.executable, "-m", "tarikh", "batch", str(src), "--field", "text"]
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [*command, "-o", out],
            stderr=follower,
            check=True,
            timeout=60,
        )
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed: all was read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert done.returncode == 0
    text = shown.decode("utf-8", "replace")
    assert "600 rows" in text  # tqdm's bar, drawn on the terminal
    assert "tarikh batch: 600 rows" in text  # the summary line


def test_rows_that_break_parsers_and_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    """Deep nesting, a lone NUL, bytes that are not UTF-8: one row each, kept."""
    src = tmp_path / "odd.jsonl"
    rows = [
        b"[" * 100_000,
        b'{"d": "12 \xff\xfe \xd9\x8a\xd9\x88\xd9\x84\xd9\x8a\xd9\x88 2025"}',
        b'{"d": "\\u0000"}',
        b'{"d": "12 \xd9\x8a\xd9\x88\xd9\x84\xd9\x8a\xd9\x88 2025"}',
    ]
    src.write_bytes(b"\n".join(rows) + b"\n")
    for jobs in ("1", "2"):
        dst = tmp_path / f"out{jobs}.jsonl"
        code, _, err = run(
            ["batch", str(src), "-o", str(dst), "--field", "d", "--jobs", jobs]
        )
        assert code == 0
        lines = dst.read_bytes().splitlines()
        assert len(lines) == len(rows)
        assert b"nested too deeply" in lines[0]
        assert b"\xff\xfe" in lines[1]  # the bytes come back as they were read
        assert json.loads(lines[3])["tarikh_iso"] == "2025-07-12"
        assert "4 rows" in err


def test_csv_cells_of_a_whole_article_and_rows_the_csv_module_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # ~150,000 characters on one line (a cell with line breaks cannot be
    # skipped alone once the csv module refuses it: its lines read as rows)
    seed = (CORPUS / "seed_article.txt").read_text("utf-8").replace("\n", " ") * 60
    src = tmp_path / "pages.csv"
    with src.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["id", "body"], ["1", seed], ["2", "12 يوليو 2025"]])
    code, out, _ = run(["batch", str(src), "--field", "body"])
    assert code == 0
    csv.field_size_limit(1 << 30)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["id"], r["tarikh_iso"]) for r in rows] == [
        ("1", "2025-07-12"),
        ("2", "2025-07-12"),
    ]
    # a cell past the csv module's limit: that row is written with the reason
    import tarikh._batch

    monkeypatch.setattr(tarikh._batch, "_FIELD_LIMIT", 1000)
    try:
        code, out, _ = run(["batch", str(src), "--field", "body"])
    finally:
        csv.field_size_limit(1 << 30)
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 2
    assert rows[0]["tarikh_error"].startswith("unreadable CSV row: field larger")
    assert rows[1]["tarikh_iso"] == "2025-07-12"
