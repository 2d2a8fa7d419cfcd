"""Linear time: ``find_dates`` on 1 MB of adversarial input against 1 MB of news.

    python benchmarks/bench_adversarial.py [--quick] [--json] [--mb 1.0] [--func F]

``--func`` (``find_dates``, ``parse_article`` or ``parse_dateline``) times
another reader on the same inputs (``parse_article`` reads
the whole text as one page: its header, dateline and every date of its body).

Sizes are UTF-8 bytes (1 MB = 2**20 bytes): Arabic letters take two bytes, so a
1 MB ASCII input has about twice as many characters as 1 MB of Arabic news.
Each case runs in a fresh child process (with a timeout), which first times
``find_dates`` on 1 MB of ordinary text (the seed article repeated) and then on
the case, so both figures of a ratio are taken under the same load.  The case
with the highest ratio is then timed at 0.25, 0.5, 1 and 2 MB to show that its
time grows linearly (µs per KB stays flat).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "corpus" / "seed_article.txt"
MB = 2**20
TIMEOUT = 60.0


def _article() -> str:
    return ARTICLE.read_text("utf-8")


def _months(system: str) -> list[str]:
    from tarikh._lexicon import lexicon

    return [names[0] for names in lexicon().system(system).months.values()]


def _july() -> str:
    return _months("levantine")[6]


def _all_months() -> str:
    from tarikh._lexicon import lexicon

    return "".join(n for s in lexicon().systems for v in s.months.values() for n in v)


# name -> (what it is, a function giving one repeating unit)
CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "ordinary": ("the seed article, repeated", lambda: _article() + "\n"),
    "slash": ("'1/' * N", lambda: "1/"),
    "indic-day": ("'١٢ ' * N", lambda: "١٢ "),
    "month": ("'تموز ' * N", lambda: _july() + " "),
    "day-month": ("'12 تموز ' * N: a date every 8 chars", lambda: f"12 {_july()} "),
    "day-month-year": ("'12 تموز 2025 ' * N", lambda: f"12 {_july()} 2025 "),
    "numeric": ("'12/07/2025 ' * N", lambda: "12/07/2025 "),
    "dual": (
        "'17 محرم 1447 هـ الموافق 12 يوليو 2025 م ' * N",
        lambda: (
            f"17 {_months('hijri')[0]} 1447 هـ الموافق 12 {_months('egyptian')[6]}"
            " 2025 م "
        ),
    ),
    "digits": ("one digit run", lambda: "1234567890"),
    "indic-digits": ("one Arabic-Indic digit run", lambda: "١٢٣٤٥٦٧٨٩٠"),
    "separators": ("'-/.-/.' * N", lambda: "-/.-/."),
    "digit-separators": ("'1-2/3.4-5/6.' * N", lambda: "1-2/3.4-5/6."),
    "glued-months": ("every month name, no spaces", _all_months),
    "tatweel": ("tatweel only", lambda: "ـ"),
    "bidi": ("RLM after every char", lambda: "١\u200f٢\u200f \u200fت\u200fم\u200f"),
    "diacritics": ("'تَمُّوزَ ١٢ ' * N", lambda: "تَمُّوزَ ١٢ "),
    "whitespace": ("' \\t\\n\\u00a0' * N", lambda: " \t\n\u00a0"),
    "brackets": ("'(12 (' * N", lambda: "(12 ("),
    "weekdays": ("'الأحد ' * N: a weekday alone, again and again", lambda: "الأحد "),
    "hour-word": ("'الساعة ' * N", lambda: "الساعة "),
    "since": ("'منذ ' * N", lambda: "منذ "),
    "day-parts": ("'صباح الغد ' * N", lambda: "صباح الغد "),
    "ranges": ("'13 الى ' * N", lambda: "13 الى "),
    "marks-run": (
        "runs of 100,000 dashes between two letters",
        lambda: "\u0627" + "-" * 100_000 + "\u0628 ",
    ),
    "no-spaces": (
        "the article with no white space",
        lambda: "".join(_article().split()),
    ),
    "emoji": ("'محمد ✍️🏽 ' * N: names signed with emoji", lambda: "محمد ✍️🏽 "),
    "addresses": ("'موقع.نت.' * N: names glued by full stops", lambda: "موقع.نت."),
}


def make(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` UTF-8 bytes (cut at a character)."""
    per = len(unit.encode("utf-8"))
    text = unit * (size // per + 1)
    # cut to the byte budget: find the character count that fits
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(text[:mid].encode("utf-8")) <= size:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo]


FUNCS = ("find_dates", "parse_article", "parse_dateline")


def _count(func: str, text: str) -> int:
    """Run ``func`` on ``text``; how many dates (or datelines) it gave."""
    import tarikh

    if func == "parse_article":
        article = tarikh.parse_article(text)
        return len(article.dates) + (article.published is not None)
    if func == "parse_dateline":
        return int(tarikh.parse_dateline(text) is not None)
    return len(tarikh.find_dates(text))


def _time_find(text: str, func: str = "find_dates") -> tuple[float, int]:
    start = time.perf_counter()
    found = _count(func, text)
    return time.perf_counter() - start, found


def child(case: str, size: int, func: str = "find_dates") -> dict[str, float]:
    """Time ordinary text, then ``case``, at ``size`` bytes; in this process."""
    _count(func, _article())  # load the tables and the lazy modules
    ordinary = make(CASES["ordinary"][1](), MB)
    text = make(CASES[case][1](), size)
    base, _ = _time_find(ordinary, func)
    secs, found = _time_find(text, func)
    return {
        "ordinary_s": base,
        "seconds": secs,
        "chars": float(len(text)),
        "found": float(found),
    }


@dataclass
class Result:
    case: str
    what: str
    mb: float
    chars: int
    found: int
    seconds: float
    ordinary_s: float  # 1 MB of ordinary text, same child
    ratio: float  # seconds / ordinary_s (scaled to 1 MB)
    us_per_kb: float
    timed_out: bool = False


def spawn(case: str, size: int, func: str = "find_dates") -> Result:
    what = CASES[case][0]
    cmd = [sys.executable, __file__, "--child", case, "--bytes", str(size)]
    cmd += ["--func", func]
    try:
        done = subprocess.run(
            cmd, capture_output=True, text=True, check=True, timeout=TIMEOUT
        )
    except subprocess.TimeoutExpired:
        return Result(
            case, what, size / MB, 0, 0, TIMEOUT, 0.0, 0.0, 0.0, timed_out=True
        )
    data = json.loads(done.stdout)
    secs, base = data["seconds"], data["ordinary_s"]
    return Result(
        case=case,
        what=what,
        mb=size / MB,
        chars=int(data["chars"]),
        found=int(data["found"]),
        seconds=secs,
        ordinary_s=base,
        ratio=secs / base * (MB / size),
        us_per_kb=secs / (size / 1024) * 1e6,
    )


def _line(r: Result) -> str:
    if r.timed_out:
        return f"{r.case:17} {r.mb:5.2f}  timed out after {TIMEOUT:.0f} s  {r.what}"
    return (
        f"{r.case:17} {r.mb:5.2f} {r.chars:9d} {r.found:7d} {r.seconds:8.3f}"
        f" {r.ordinary_s:8.3f} {r.ratio:6.2f} {r.us_per_kb:8.1f}  {r.what}"
    )


HEAD = (
    f"{'case':17} {'MB':>5} {'chars':>9} {'found':>7} {'secs':>8}"
    f" {'ord 1MB':>8} {'ratio':>6} {'µs/KB':>8}  input"
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="0.25 MB, no scaling")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--mb", type=float, default=1.0, help="size of each case")
    parser.add_argument("--func", choices=FUNCS, default="find_dates")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--bytes", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.bytes, args.func)))
        return 0
    started = time.perf_counter()
    size = int((0.25 if args.quick else args.mb) * MB)
    results = [spawn(case, size, args.func) for case in CASES]
    worst = max(
        (r for r in results if r.case != "ordinary"),
        key=lambda r: float("inf") if r.timed_out else r.ratio,
    )
    scaling: list[Result] = []
    if not args.quick:
        sizes = (0.25, 0.5, 1.0, 2.0)
        scaling = [spawn(worst.case, int(f * MB), args.func) for f in sizes]
    total = time.perf_counter() - started
    if args.json:
        print(
            json.dumps(
                {
                    "cases": [asdict(r) for r in results],
                    "worst": worst.case,
                    "scaling": [asdict(r) for r in scaling],
                    "total_s": total,
                },
                indent=2,
            )
        )
        return 0
    print(f"{args.func} on each input\n{HEAD}")
    for r in results:
        print(_line(r))
    if scaling:
        print(f"\nscaling of the worst case, {worst.case}:")
        print(HEAD)
        for r in scaling:
            print(_line(r))
    print(
        f"\n(ratio: time per MB over time per MB of ordinary text; total {total:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
