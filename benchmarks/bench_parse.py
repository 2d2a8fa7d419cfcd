"""Throughput of tarikh against dateparser, on the same distinct strings, in one run.

    python benchmarks/bench_parse.py [--quick] [--json]

Strings: every string of the dev and held-out news-date corpus, plus variants
of them made by changing the day, month, year, weekday, digit system and month
system (month and weekday names come from ``tarikh._lexicon.lexicon()``), until
there are ``--strings`` distinct strings.  Each string is parsed once per pass,
so no result cache can flatter a figure.

* ``parse_date`` cold: the first pass of tarikh over the strings (the lexicon is
  loaded before timing starts).
* ``parse_date`` warm: a second pass over the same strings, reported apart.
* dateparser: ``dateparser.parse(s, languages=['ar'])`` on the first ``--dp``
  strings (default: all); tarikh's cold pass and dateparser take turns over
  the same blocks of ``--chunk`` strings, and the ratio compares the two means.
* ``find_dates`` vs ``dateparser.search.search_dates(text, languages=['ar'])``
  over distinct articles: the seed article with corpus-shaped date lines spliced
  in at different places.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import dateparser
import dateparser.search

import tarikh
from tarikh._lexicon import Lexicon, lexicon

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
ARTICLE = CORPUS / "seed_article.txt"

DIGIT_SYSTEMS: dict[str, str] = {
    "ascii": "0123456789",
    "arabic-indic": "٠١٢٣٤٥٦٧٨٩",
    "extended": "۰۱۲۳۴۵۶۷۸۹",
}
_ANY_DIGIT = "".join(DIGIT_SYSTEMS.values())
_TO_INDEX = {ch: i for digits in DIGIT_SYSTEMS.values() for i, ch in enumerate(digits)}
_LATIN = re.compile(r"[A-Za-z]")
_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"


def corpus_texts() -> list[str]:
    """The ``text`` of every corpus row, dev then held-out, without repeats."""
    texts: dict[str, None] = {}
    for split in ("dev", "heldout"):
        for path in sorted((CORPUS / split).glob("*.jsonl")):
            for line in path.read_text("utf-8").splitlines():
                if line.strip():
                    texts.setdefault(str(json.loads(line)["text"]), None)
    return list(texts)


def _is_latin(name: str) -> bool:
    return _LATIN.search(name) is not None


@dataclass(frozen=True, slots=True)
class _Name:
    """A month or weekday spelling found in a template."""

    group: str  # month system name, or "weekday"
    number: int  # month 1-12, or weekday 0-6
    latin: bool


class Variator:
    """Makes real-shaped variants of corpus strings from the lexicon's names."""

    def __init__(self, lex: Lexicon) -> None:
        self.names: dict[str, _Name] = {}
        # (calendar, latin) -> month system -> month -> spellings
        self.months: dict[tuple[str, bool], dict[str, dict[int, tuple[str, ...]]]] = {}
        self.calendar_of: dict[str, str] = {}
        for system in lex.systems:
            self.calendar_of[system.name] = system.calendar
            for month, spellings in system.months.items():
                for name in spellings:
                    latin = _is_latin(name)
                    self.names.setdefault(
                        name.casefold(), _Name(system.name, month, latin)
                    )
                    slot = self.months.setdefault((system.calendar, latin), {})
                    by_month = slot.setdefault(system.name, {})
                    by_month[month] = (*by_month.get(month, ()), name)
        self.weekdays: dict[bool, dict[int, tuple[str, ...]]] = {True: {}, False: {}}
        for day, spellings in lex.weekdays.items():
            for name in spellings:
                latin = _is_latin(name)
                self.names.setdefault(name.casefold(), _Name("weekday", day, latin))
                self.weekdays[latin][day] = (*self.weekdays[latin].get(day, ()), name)
        words = sorted(self.names, key=len, reverse=True)
        alternation = "|".join(re.escape(w) for w in words)
        self.pattern = re.compile(
            rf"{_LETTER_BEFORE}(?P<name>{alternation}){_LETTER_AFTER}"
            rf"|(?P<num>[{_ANY_DIGIT}]+)",
            re.IGNORECASE,
        )

    def _month(self, name: _Name, month: int, rng: random.Random) -> str:
        """A spelling of ``month``: in the same system half the time."""
        calendar = self.calendar_of[name.group]
        systems = self.months[(calendar, name.latin)]
        system = name.group
        if rng.random() < 0.5 or system not in systems:
            system = rng.choice(sorted(systems))
        return rng.choice(systems[system][month])

    def _weekday(self, name: _Name, rng: random.Random) -> str:
        table = self.weekdays[name.latin]
        return rng.choice(table[rng.choice(sorted(table))])

    def variant(self, text: str, rng: random.Random) -> str:
        """One variant of ``text``: each field changed with some probability."""
        change_month = rng.random() < 0.6
        change_weekday = rng.random() < 0.4
        change_day = rng.random() < 0.7
        year_shift = rng.randint(-15, 10) if rng.random() < 0.6 else 0
        digits = "keep"
        if not _is_latin(text) and rng.random() < 0.5:
            digits = rng.choices(list(DIGIT_SYSTEMS), weights=(4, 5, 1))[0]
        new_month = rng.randint(1, 12) if rng.random() < 0.5 else 0
        matches = list(self.pattern.finditer(text))
        small = [
            i
            for i, m in enumerate(matches)
            if m.group("num")
            and len(m[0]) <= 2
            and ":" not in text[max(0, m.start() - 1) : m.end() + 1]
        ]
        day_at = rng.choice(small) if change_day and small else -1
        out: list[str] = []
        pos = 0
        for i, m in enumerate(matches):
            out.append(text[pos : m.start()])
            pos = m.end()
            piece = m[0]
            if m.group("name"):
                name = self.names[piece.casefold()]
                if name.group == "weekday":
                    if change_weekday:
                        piece = self._weekday(name, rng)
                elif change_month:
                    piece = self._month(name, new_month or name.number, rng)
                    if piece[:1].islower() and m[0][:1].isupper():
                        piece = piece[:1].upper() + piece[1:]
            else:
                near = text[max(0, m.start() - 2) : m.end() + 2]
                # 1-12 inside a numeric date, so that day and month stay valid
                top = 12 if any(c in near for c in "-/.") else 28
                piece = _number(piece, year_shift, rng, day=top if i == day_at else 0)
                if digits != "keep":
                    table = DIGIT_SYSTEMS[digits]
                    piece = "".join(table[_TO_INDEX[c]] for c in piece)
            out.append(piece)
        out.append(text[pos:])
        return "".join(out)


def _number(piece: str, year_shift: int, rng: random.Random, *, day: int) -> str:
    """A digit run with its day or year changed, in its own digit system."""
    system = next(d for d in DIGIT_SYSTEMS.values() if piece[0] in d)
    value = int(piece)
    if day:
        value = rng.randint(1, day)
        text = (
            f"{value:02d}" if len(piece) == 2 and piece[0] == system[0] else str(value)
        )
    elif len(piece) == 4 and year_shift and 1343 <= value <= 1500:
        text = str(min(1500, max(1343, value + year_shift)))
    elif len(piece) == 4 and year_shift and 1900 <= value <= 2099:
        text = str(min(2040, max(1930, value + year_shift)))
    else:
        return piece
    return "".join(system[int(c)] for c in text)


def build_strings(count: int, seed: int) -> list[str]:
    """``count`` distinct strings: the corpus texts, then their variants, shuffled."""
    rng = random.Random(seed)
    templates = corpus_texts()
    variator = Variator(lexicon())
    out = dict.fromkeys(templates)
    attempts = 0
    while len(out) < count:
        attempts += 1
        if attempts > 100 * count:
            msg = f"only {len(out)} distinct strings after {attempts} attempts"
            raise RuntimeError(msg)
        out.setdefault(variator.variant(rng.choice(templates), rng), None)
    strings = list(out)[:count]
    rng.shuffle(strings)
    return strings


def build_articles(count: int, seed: int) -> list[str]:
    """Distinct news articles: the seed article with date lines spliced in."""
    rng = random.Random(seed)
    lines = ARTICLE.read_text("utf-8").splitlines()
    dates = build_strings(4 * count + 300, seed + 1)[-4 * count :]
    articles: list[str] = []
    for i in range(count):
        body = list(lines)
        for text in dates[4 * i : 4 * i + 4]:
            body.insert(rng.randint(3, len(body)), f"وفي بيان صدر {text}، قال المتحدث.")
        articles.append("\n".join(body))
    return articles


# Timing ---------------------------------------------------------------------


def _tarikh_parse(s: str) -> bool:
    return tarikh.parse_date(s) is not None


def _dateparser_parse(s: str) -> bool:
    return dateparser.parse(s, languages=["ar"]) is not None


def _tarikh_find(s: str) -> int:
    return len(tarikh.find_dates(s))


def _dateparser_search(s: str) -> int:
    found = dateparser.search.search_dates(s, languages=["ar"])
    return 0 if found is None else len(found)


def timed(func: Callable[[str], int], items: Sequence[str]) -> tuple[float, int]:
    """Seconds to call ``func`` on each item once, and the sum of its results."""
    gc.collect()
    hits = 0
    start = time.perf_counter()
    for item in items:
        hits += func(item)
    return time.perf_counter() - start, hits


def interleaved(
    items: Sequence[str],
    chunk: int,
    first: Callable[[str], int],
    second: Callable[[str], int],
) -> tuple[tuple[float, int], tuple[float, int]]:
    """Time two functions on the same items, block by block, order alternating.

    Blocks keep a drift in machine load from favouring either function, and
    are long enough that each runs with its own code and data in the CPU caches.
    Returns (seconds, results) for each function, summed over the blocks.
    """
    totals = [[0.0, 0], [0.0, 0]]
    funcs = (first, second)
    for k, lo in enumerate(range(0, len(items), chunk)):
        block = items[lo : lo + chunk]
        for which in (0, 1) if k % 2 == 0 else (1, 0):
            secs, hits = timed(funcs[which], block)
            totals[which][0] += secs
            totals[which][1] += hits
    return (totals[0][0], int(totals[0][1])), (totals[1][0], int(totals[1][1]))


@dataclass
class Results:
    strings: int
    dp_strings: int
    tarikh_cold_us: float  # first pass, all strings
    tarikh_warm_us: float  # second pass, all strings
    tarikh_found: int
    subset_tarikh_cold_us: float  # first pass, the dateparser subset
    subset_tarikh_warm_us: float
    subset_dateparser_us: float
    subset_tarikh_found: int
    subset_dateparser_found: int
    parse_ratio: float  # dateparser / tarikh cold, same subset
    parse_ratio_warm: float
    articles: int
    article_chars: float  # mean
    find_dates_us: float  # per article
    search_dates_us: float
    find_dates_found: int
    search_dates_found: int
    find_ratio: float
    find_dates_us_per_kchar: float
    search_dates_us_per_kchar: float
    find_dates_mb_s: float  # UTF-8 megabytes of text a second
    search_dates_mb_s: float


def run(n_strings: int, n_dp: int, n_articles: int, seed: int, chunk: int) -> Results:
    strings = build_strings(n_strings, seed)
    subset, rest = strings[:n_dp], strings[n_dp:]
    # Warm-up on strings outside the measured set: loads the lexicon, the
    # regex module, hijridate and dateparser's Arabic data.
    measured = set(strings)
    warm = [s for s in build_strings(n_strings + 60, seed + 99) if s not in measured]
    for s in warm[:40]:
        _tarikh_parse(s)
        _dateparser_parse(s)

    (t_sub, hits_sub), (t_dp, hits_dp) = interleaved(
        subset, chunk, _tarikh_parse, _dateparser_parse
    )
    t_rest, hits_rest = timed(_tarikh_parse, rest)
    t_warm_sub, _ = timed(_tarikh_parse, subset)
    t_warm_rest, _ = timed(_tarikh_parse, rest)

    articles = build_articles(n_articles, seed)
    for s in build_articles(2, seed + 99):
        _tarikh_find(s)
        _dateparser_search(s)
    (t_find, found_find), (t_search, found_search) = interleaved(
        articles, max(1, chunk // 80), _tarikh_find, _dateparser_search
    )
    chars = sum(len(a) for a in articles)
    size_mb = sum(len(a.encode("utf-8")) for a in articles) / 1e6

    us = 1e6
    return Results(
        strings=len(strings),
        dp_strings=len(subset),
        tarikh_cold_us=(t_sub + t_rest) / len(strings) * us,
        tarikh_warm_us=(t_warm_sub + t_warm_rest) / len(strings) * us,
        tarikh_found=hits_sub + hits_rest,
        subset_tarikh_cold_us=t_sub / len(subset) * us,
        subset_tarikh_warm_us=t_warm_sub / len(subset) * us,
        subset_dateparser_us=t_dp / len(subset) * us,
        subset_tarikh_found=hits_sub,
        subset_dateparser_found=hits_dp,
        parse_ratio=t_dp / t_sub,
        parse_ratio_warm=t_dp / t_warm_sub,
        articles=len(articles),
        article_chars=chars / len(articles),
        find_dates_us=t_find / len(articles) * us,
        search_dates_us=t_search / len(articles) * us,
        find_dates_found=found_find,
        search_dates_found=found_search,
        find_ratio=t_search / t_find,
        find_dates_us_per_kchar=t_find / chars * 1000 * us,
        search_dates_us_per_kchar=t_search / chars * 1000 * us,
        find_dates_mb_s=size_mb / t_find,
        search_dates_mb_s=size_mb / t_search,
    )


def table(r: Results) -> str:
    rows = [("measure", "tarikh", "dateparser", "ratio")]
    if r.dp_strings < r.strings:
        rows += [
            (
                f"parse, cold, all {r.strings} strings (µs/str)",
                f"{r.tarikh_cold_us:.1f}",
                "",
                "",
            ),
            (
                f"parse, warm 2nd pass, all {r.strings} (µs/str)",
                f"{r.tarikh_warm_us:.1f}",
                "",
                "",
            ),
        ]
    rows += [
        (
            f"parse, cold 1st pass, {r.dp_strings} strings (µs/str)",
            f"{r.subset_tarikh_cold_us:.1f}",
            f"{r.subset_dateparser_us:.1f}",
            f"{r.parse_ratio:.1f}x",
        ),
        (
            f"parse, tarikh warm 2nd pass, same {r.dp_strings} (µs/str)",
            f"{r.subset_tarikh_warm_us:.1f}",
            f"{r.subset_dateparser_us:.1f}",
            f"{r.parse_ratio_warm:.1f}x",
        ),
        (
            f"  strings with a result (of {r.dp_strings})",
            str(r.subset_tarikh_found),
            str(r.subset_dateparser_found),
            "",
        ),
        (
            f"find vs search_dates, {r.articles} articles (µs/art)",
            f"{r.find_dates_us:.0f}",
            f"{r.search_dates_us:.0f}",
            f"{r.find_ratio:.1f}x",
        ),
        (
            f"  per 1000 chars (mean {r.article_chars:.0f} chars/art, µs)",
            f"{r.find_dates_us_per_kchar:.0f}",
            f"{r.search_dates_us_per_kchar:.0f}",
            f"{r.find_ratio:.1f}x",
        ),
        (
            "  throughput (MB/s of UTF-8 text)",
            f"{r.find_dates_mb_s:.2f}",
            f"{r.search_dates_mb_s:.3f}",
            f"{r.find_ratio:.1f}x",
        ),
        (
            "  dates found in all articles",
            str(r.find_dates_found),
            str(r.search_dates_found),
            "",
        ),
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = []
    for row in rows:
        cells = [row[0].ljust(widths[0])] + [
            row[i].rjust(widths[i]) for i in range(1, 4)
        ]
        lines.append("  ".join(cells))
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short run")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--strings", type=int, help="distinct strings (default 2400)")
    parser.add_argument("--dp", type=int, help="strings also given to dateparser (all)")
    parser.add_argument("--articles", type=int, help="articles (default 60)")
    parser.add_argument("--seed", type=int, default=20250712)
    parser.add_argument("--chunk", type=int, default=400, help="block size")
    args = parser.parse_args(argv)
    n_strings = args.strings or (600 if args.quick else 2400)
    n_dp = min(n_strings, args.dp or n_strings)
    n_articles = args.articles or (4 if args.quick else 60)
    results = run(n_strings, n_dp, n_articles, args.seed, args.chunk)
    if args.json:
        info = {
            "python": sys.version.split()[0],
            "tarikh": tarikh.__version__,
            "dateparser": str(getattr(dateparser, "__version__", "?")),
        }
        print(json.dumps({**info, **asdict(results)}, indent=2))
    else:
        print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
