"""Cost of ``import tarikh`` and of a fresh process's first parse, against dateparser.

    python benchmarks/bench_import.py [--quick] [--json] [--runs N] [--detail]

Every figure is the median of ``--runs`` fresh interpreters (default 21), run
in rounds that interleave the cases so that load on the machine hits them alike.

* wall: the parent times ``python -c CODE`` with ``time.perf_counter`` around
  ``subprocess.run``; the median of ``python -c pass`` (the bare interpreter,
  same venv, same ``site``) is subtracted.
* in-child: the child times its own ``import`` and first call with
  ``time.perf_counter``; nothing to subtract.

``--detail`` adds the slowest modules of ``python -X importtime -c 'import tarikh'``.

The children may write and read ``.pyc`` files (``PYTHONDONTWRITEBYTECODE`` is
removed from their environment), as an installed package does: pip compiles
them at install time.  Without them every import compiles from source.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass

# The children's environment: bytecode caching on, as for an installed package.
_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

# A string that both libraries read as a date.
TEXT = "الجمعة 24 مايو 2024"

_CHILD = """
import time
t0 = time.perf_counter()
{imports}
t1 = time.perf_counter()
{call}
t2 = time.perf_counter()
print(t1 - t0, t2 - t1)
"""

CASES: dict[str, tuple[str, str]] = {
    "bare": ("", ""),
    "tarikh import": ("import tarikh", ""),
    "tarikh import + first parse": (
        "import tarikh",
        f"assert tarikh.parse_date({TEXT!r}) is not None",
    ),
    "dateparser import": ("import dateparser", ""),
    "dateparser import + first parse": (
        "import dateparser",
        f"assert dateparser.parse({TEXT!r}, languages=['ar']) is not None",
    ),
}


@dataclass
class Figure:
    case: str
    wall_ms: float  # median wall time of the process
    over_bare_ms: float  # wall_ms minus the bare interpreter's median
    child_import_ms: float  # median, timed inside the child
    child_call_ms: float
    runs: int


def _run_once(code: str) -> tuple[float, float, float]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),
        env=_ENV,
    )
    wall = time.perf_counter() - start
    imported, called = (float(x) for x in done.stdout.split())
    return wall, imported, called


def measure(runs: int) -> list[Figure]:
    codes = {
        name: _CHILD.format(imports=imports or "pass", call=call or "pass")
        for name, (imports, call) in CASES.items()
    }
    for code in codes.values():  # compile the .pyc files, fill the OS cache
        _run_once(code)
    samples: dict[str, list[tuple[float, float, float]]] = {n: [] for n in codes}
    for i in range(runs):
        names = list(codes) if i % 2 == 0 else list(reversed(codes))
        for name in names:
            samples[name].append(_run_once(codes[name]))
    bare = statistics.median(w for w, _, _ in samples["bare"])
    figures = []
    for name, rows in samples.items():
        wall = statistics.median(w for w, _, _ in rows)
        figures.append(
            Figure(
                case=name,
                wall_ms=wall * 1e3,
                over_bare_ms=(wall - bare) * 1e3,
                child_import_ms=statistics.median(i for _, i, _ in rows) * 1e3,
                child_call_ms=statistics.median(c for _, _, c in rows) * 1e3,
                runs=len(rows),
            )
        )
    return figures


def importtime(module: str, top: int) -> list[tuple[str, int, int]]:
    """The ``top`` slowest imports (self, cumulative µs) from ``-X importtime``."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tempfile.gettempdir(),
        env=_ENV,
    )
    rows: list[tuple[str, int, int]] = []
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own, cumulative, name = line.removeprefix("import time:").split("|")
        rows.append((name.rstrip(), int(own), int(cumulative)))
    return sorted(rows, key=lambda r: r[1], reverse=True)[:top]


def table(figures: Sequence[Figure]) -> str:
    head = ("case", "wall ms", "over bare ms", "in-child import ms", "in-child call ms")
    rows = [head] + [
        (
            f.case,
            f"{f.wall_ms:.1f}",
            "" if f.case == "bare" else f"{f.over_bare_ms:.1f}",
            f"{f.child_import_ms:.1f}",
            f"{f.child_call_ms:.1f}",
        )
        for f in figures
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [
        "  ".join(
            [r[0].ljust(widths[0])] + [r[i].rjust(widths[i]) for i in (1, 2, 3, 4)]
        )
        for r in rows
    ]
    lines.append(f"(median of {figures[0].runs} fresh processes each)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="15 runs instead of 21")
    parser.add_argument("--runs", type=int, help="fresh processes per case")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument(
        "--detail", action="store_true", help="slowest imports of tarikh"
    )
    args = parser.parse_args(argv)
    runs = max(15, args.runs or (15 if args.quick else 21))
    figures = measure(runs)
    detail = importtime("tarikh", 12) if args.detail else []
    if args.json:
        out: dict[str, object] = {
            "python": sys.version.split()[0],
            "figures": [asdict(f) for f in figures],
        }
        if detail:
            out["importtime"] = [
                {"module": m, "self_us": s, "cumulative_us": c} for m, s, c in detail
            ]
        print(json.dumps(out, indent=2))
        return 0
    print(table(figures))
    if detail:
        print("\nslowest modules under `import tarikh` (-X importtime, one run):")
        for name, own, cumulative in detail:
            print(f"  {own / 1e3:6.1f} ms self  {cumulative / 1e3:6.1f} ms cum  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
