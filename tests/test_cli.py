"""The `tarikh date` command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import pytest

from tarikh._cli import main


def run(args: list[str], stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    old_in, old_out = sys.stdin, sys.stdout
    sys.stdin, sys.stdout = io.StringIO(stdin), out
    try:
        code = main(args)
    finally:
        sys.stdin, sys.stdout = old_in, old_out
    return code, out.getvalue()


def test_seed_example() -> None:
    assert run(["date", "نشر بتاريخ: ١٢ تموز ٢٠٢٥"]) == (0, "2025-07-12\n")


def test_one_line_per_input_and_blank_for_none() -> None:
    code, out = run(["date", "12 يوليو 2025", "لا شيء", "تموز 2025"])
    assert code == 0
    assert out == "2025-07-12\n\n2025-07\n"


def test_exit_1_only_when_nothing_found() -> None:
    assert run(["date", "لا شيء", "ولا هذا"]) == (1, "\n\n")


def test_stdin_lines() -> None:
    code, out = run(["date"], stdin="١٢ تموز ٢٠٢٥\r\nلا\n17 محرم 1447 هـ\n")
    assert (code, out) == (0, "2025-07-12\n\n2025-07-12\n")


def test_json_output() -> None:
    code, out = run(
        ["date", "--json", "--reference", "2026-01-01", "نشر بتاريخ: ١٢ تموز ٢٠٢٥", "x"]
    )
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 0
    assert first["match"]["iso"] == "2025-07-12"
    assert first["match"]["text"] == "١٢ تموز ٢٠٢٥"
    assert first["match"]["span"] == [12, 24]
    assert first["match"]["hijri"] == [1447, 1, 17]
    assert second == {"input": "x", "match": None}


def test_monthfirst() -> None:
    assert run(["date", "--monthfirst", "07/12/2025"]) == (0, "2025-07-12\n")


def test_bad_reference_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["date", "--reference", "tomorrow", "x"])
    assert exc.value.code == 2
    assert "not an ISO date" in capsys.readouterr().err


def test_module_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tarikh", "date", "١٢ تموز ٢٠٢٥"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert (proc.returncode, proc.stdout) == (0, "2025-07-12\n")
