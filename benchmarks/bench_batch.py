"""Throughput and memory of ``tarikh batch`` on a large JSON Lines file.

    python benchmarks/bench_batch.py [--rows 1000000] [--distinct 200000] [--json]

The file holds ``--rows`` rows ``{"id": i, "published": s}``, where ``s`` runs
through ``--distinct`` distinct real-shaped date strings (the corpus strings
and their variants, as in ``bench_parse.py``; one row in 50 is broken JSON).
``tarikh batch`` runs on it as a user would, a subprocess, with ``--jobs 1``
and ``--jobs 2``; the figures are wall-clock rows/s and the peak resident
memory of the largest process (the writer or one worker).  dateparser, in the
same run, parses the first ``--dp`` distinct strings in-process: its rows/s
is the ratio's denominator (no file reading or writing counted for it, which
favours it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from bench_parse import build_strings

ROOT = Path(__file__).resolve().parent.parent


def write_file(path: Path, rows: int, distinct: int) -> None:
    strings = build_strings(distinct, seed=7)
    with path.open("w", encoding="utf-8") as f:
        for i in range(rows):
            if i % 50 == 49:
                f.write(f'{{"id": {i}, "published": \n')  # broken JSON
                continue
            row = {"id": i, "published": strings[i % len(strings)]}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def run_batch(path: Path, jobs: int) -> dict[str, float]:
    out = path.with_suffix(f".out{jobs}.jsonl")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "tarikh",
            "batch",
            str(path),
            "-o",
            str(out),
            "--field",
            "published",
            "--jobs",
            str(jobs),
            "--reference",
            "2026-01-01",
        ],
        check=True,
        stderr=subprocess.PIPE,
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with out.open("rb") as f:
        written = sum(1 for _ in f)
    out.unlink()
    return {
        "jobs": jobs,
        "seconds": seconds,
        "rows_written": written,
        "rows_per_s": written / seconds,
        # ru_maxrss is in KiB on Linux; a later run shows only a larger peak
        "peak_rss_mib": max(peak, before) / 1024,
    }


def dateparser_rate(strings: list[str]) -> float:
    import dateparser

    start = time.perf_counter()
    for s in strings:
        dateparser.parse(s, languages=["ar"])
    return len(strings) / (time.perf_counter() - start)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--distinct", type=int, default=200_000)
    parser.add_argument("--dp", type=int, default=3_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rows.jsonl"
        write_file(path, args.rows, args.distinct)
        size = os.path.getsize(path)
        runs = [run_batch(path, jobs) for jobs in (1, 2)]
    dp = dateparser_rate(build_strings(args.dp, seed=7))
    result = {
        "rows": args.rows,
        "distinct": args.distinct,
        "file_mb": size / 1e6,
        "cores": os.cpu_count(),
        "runs": runs,
        "dateparser_rows_per_s": dp,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(
        f"{args.rows:,} rows ({args.distinct:,} distinct strings), "
        f"{size / 1e6:.1f} MB, {os.cpu_count()} cores"
    )
    for r in runs:
        print(
            f"  tarikh batch --jobs {r['jobs']:.0f}: {r['seconds']:.1f} s, "
            f"{r['rows_per_s']:,.0f} rows/s ({r['rows_per_s'] / dp:.0f}x dateparser), "
            f"peak {r['peak_rss_mib']:.0f} MiB, {r['rows_written']:,.0f} rows written"
        )
    speedup = runs[1]["rows_per_s"] / runs[0]["rows_per_s"]
    print(f"  --jobs 2 / --jobs 1: {speedup:.2f}x")
    print(f"  dateparser.parse in-process: {dp:,.0f} rows/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
