"""Command-line front end: ``tarikh date|dateline|article|validate|batch``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import IO

from ._api import parse_date, parse_dateline
from ._article import parse_article
from ._results import Article, Dateline, DateMatch, Finding

__all__ = ["main"]


def _reference(value: str) -> date | datetime:
    try:
        if "T" in value or " " in value:
            return datetime.fromisoformat(value)
        return date.fromisoformat(value)
    except ValueError as exc:
        msg = f"not an ISO date or datetime: {value!r}"
        raise argparse.ArgumentTypeError(msg) from exc


def _as_json(text: str, found: DateMatch | None) -> str:
    if found is None:
        return json.dumps({"input": text, "match": None}, ensure_ascii=False)
    match = {
        "iso": found.iso(),
        "value": found.value.isoformat(),
        "precision": found.precision,
        "text": found.text,
        "span": list(found.span),
        "calendar": found.calendar,
        "system": found.system,
        "hijri": list(found.hijri) if found.hijri else None,
        "relative": found.relative,
        "warnings": list(found.warnings),
    }
    return json.dumps({"input": text, "match": match}, ensure_ascii=False)


def _dateline_line(found: Dateline | None) -> str:
    """``Pyongyang (KP) · Saba News Agency (SABA)``, then the date and reporter.

    Empty when there is no dateline.
    """
    if found is None:
        return ""
    parts = []
    if found.location is not None:
        where = found.location
        parts.append(f"{where.name} ({where.country})" if where.country else where.name)
    if found.source is not None:
        parts.append(f"{found.source.name} ({found.source.code})")
    if found.date is not None:
        parts.append(found.date.iso())
    if found.reporter is not None:
        parts.append(found.reporter)
    return " · ".join(parts)


def _dateline_json(text: str, found: Dateline | None) -> str:
    record = None if found is None else _dateline_record(found)
    return json.dumps({"input": text, "dateline": record}, ensure_ascii=False)


def _dateline_record(found: Dateline) -> dict[str, object]:
    return {
        "text": found.text,
        "span": list(found.span),
        "location": None
        if found.location is None
        else {
            "name": found.location.name,
            "name_ar": found.location.name_ar,
            "country": found.location.country,
            "geonameid": found.location.geonameid,
            "kind": found.location.kind,
        },
        "source": None
        if found.source is None
        else {
            "code": found.source.code,
            "name": found.source.name,
            "name_ar": found.source.name_ar,
            "kind": found.source.kind,
            "country": found.source.country,
        },
        "date": _match_record(found.date),
        "reporter": found.reporter,
    }


def _match_record(found: DateMatch | None) -> object:
    return None if found is None else json.loads(_as_json("", found))["match"]


def _article_record(path: str, article: Article) -> dict[str, object]:
    return {
        "file": path,
        "published": _match_record(article.published),
        "site": article.site,
        "credit": None
        if article.credit is None
        else {"code": article.credit.code, "name": article.credit.name},
        "dateline": None
        if article.dateline is None
        else _dateline_record(article.dateline),
        "dates": [_match_record(m) for m in article.dates],
        "findings": [_finding_record(f) for f in article.findings],
    }


def _finding_record(finding: Finding) -> dict[str, object]:
    return {
        "code": finding.code,
        "severity": finding.severity,
        "message": finding.message,
        "span": None if finding.span is None else list(finding.span),
    }


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tarikh", description="Read Arabic dates as ISO 8601."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    date_cmd = sub.add_parser(
        "date",
        help="print the ISO date of each argument (or of each stdin line)",
        description=(
            "Print the ISO date of each TEXT, one line per input, or an empty "
            "line where no date was found. With no TEXT, read lines from stdin. "
            "Exit status 1 only if no input had a date."
        ),
    )
    date_cmd.add_argument("text", nargs="*", help="text holding a date")
    date_cmd.add_argument("--json", action="store_true", help="print whole matches")
    date_cmd.add_argument(
        "--reference", type=_reference, help="ISO date that 'now' means"
    )
    date_cmd.add_argument(
        "--monthfirst",
        action="store_true",
        help="read numeric dates as month/day/year",
    )
    line_cmd = sub.add_parser(
        "dateline",
        help="print the place and source of each story opening (or stdin line)",
        description=(
            "Print the dateline of each TEXT as 'Place (CC) · Source (CODE)', "
            "one line per input, or an empty line where there is none. With no "
            "TEXT, read lines from stdin. Exit status 1 only if none had one."
        ),
    )
    line_cmd.add_argument("text", nargs="*", help="the opening of a story")
    line_cmd.add_argument("--json", action="store_true", help="print whole datelines")
    line_cmd.add_argument(
        "--reference", type=_reference, help="ISO date that completes day-month dates"
    )
    for name, what in (
        ("article", "print each article's reading as JSON, one line per file"),
        ("validate", "print the findings of each article; exit 1 on any error"),
    ):
        cmd = sub.add_parser(
            name,
            help=what,
            description=(
                f"{what[0].upper()}{what[1:]}. FILE is a text file holding one "
                "scraped article (a block per line); - reads stdin."
            ),
        )
        cmd.add_argument("files", nargs="+", metavar="FILE", help="article text file")
        cmd.add_argument(
            "--reference", type=_reference, help="ISO date or datetime of the crawl"
        )
        cmd.add_argument("--url", help="the page's URL (checked against its date)")
    batch = sub.add_parser(
        "batch",
        help="read a field of every row of a JSON Lines or CSV file",
        description=(
            "Read the field NAME of every row of INPUT (JSON Lines or CSV, by "
            "extension or --format; - is stdin) and write every row, in order, "
            "with tarikh_* fields added (to OUTPUT or stdout). A row that cannot "
            "be read is written with tarikh_error saying why. A summary goes to "
            "stderr."
        ),
    )
    batch.add_argument("input", metavar="INPUT", help="a .jsonl or .csv file, or -")
    batch.add_argument("-o", "--output", default="-", help="output file (default -)")
    batch.add_argument("--field", required=True, metavar="NAME", help="field to read")
    batch.add_argument(
        "--kind",
        choices=("date", "dateline", "article"),
        default="date",
        help="what the field holds (default: date)",
    )
    batch.add_argument("--format", choices=("jsonl", "csv"), help="input format")
    batch.add_argument(
        "--url-field",
        metavar="NAME",
        help="with --kind article: the field holding the page's URL, checked",
    )
    batch.add_argument(
        "--reference", type=_reference, help="ISO date or datetime that 'now' means"
    )
    batch.add_argument(
        "--monthfirst", action="store_true", help="read numeric dates as month/day"
    )
    batch.add_argument(
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1; 0: one per core); order is kept",
    )
    batch.add_argument(
        "--no-progress", action="store_true", help="no progress bar on a terminal"
    )
    return parser


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        jobs = -1
    if jobs < 0:
        msg = f"not a number of processes: {value!r}"
        raise argparse.ArgumentTypeError(msg)
    if jobs == 0:
        import os

        jobs = os.cpu_count() or 1
    return jobs


def _read_file(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8-sig") as f:
        return f.read()


def _articles(args: argparse.Namespace) -> int:
    """``tarikh article`` and ``tarikh validate``."""
    status = 0
    for path in args.files:
        try:
            text = _read_file(path)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"tarikh {args.command}: {path}: {exc}", file=sys.stderr)
            status = 2
            continue
        article = parse_article(text, reference=args.reference, url=args.url)
        if args.command == "article":
            record = _article_record(path, article)
            print(json.dumps(record, ensure_ascii=False))
            continue
        for f in article.findings:
            print(f"{path}: {f.severity}: {f.code}: {f.message}")
            if f.severity == "error" and status == 0:
                status = 1
    return status


def _batch(args: argparse.Namespace) -> int:
    import time

    from ._batch import Batch, guess_format, open_input, open_output, run_batch
    from ._batch import summary as summary_line

    fmt = guess_format(args.input, args.format)
    batch = Batch(
        args.field,
        args.kind,
        args.reference,
        dayfirst=not args.monthfirst,
        url_field=args.url_field,
    )
    try:
        source = open_input(args.input, fmt)
    except OSError as exc:
        print(f"tarikh batch: {exc}", file=sys.stderr)
        return 2
    try:
        sink = open_output(args.output)
    except OSError as exc:
        _close(source)
        print(f"tarikh batch: {exc}", file=sys.stderr)
        return 2
    bar = None
    if not args.no_progress and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit=" rows", unit_scale=True, file=sys.stderr)
    start = time.perf_counter()
    try:
        total, read, failed = run_batch(
            batch,
            source,
            sink,
            fmt=fmt,
            jobs=args.jobs,
            progress=None if bar is None else bar.update,
        )
    finally:
        if bar is not None:
            bar.close()
        _close(source, sink)
    seconds = time.perf_counter() - start
    print(summary_line(total, read, failed, seconds), file=sys.stderr)
    return 0


def _close(*streams: IO[str]) -> None:
    """Close the files a command opened; stdin and stdout stay open."""
    for stream in streams:
        if stream is sys.stdout:
            stream.flush()
        elif stream is not sys.stdin:
            stream.close()


def _inputs(texts: Sequence[str]) -> Iterable[str]:
    if texts:
        yield from texts
        return
    for line in sys.stdin:
        yield line.rstrip("\r\n")


def _line_for_date(args: argparse.Namespace, text: str) -> tuple[bool, str]:
    found = parse_date(text, reference=args.reference, dayfirst=not args.monthfirst)
    if args.json:
        return found is not None, _as_json(text, found)
    return found is not None, found.iso() if found else ""


def _line_for_dateline(args: argparse.Namespace, text: str) -> tuple[bool, str]:
    found = parse_dateline(text, reference=args.reference)
    line = _dateline_json(text, found) if args.json else _dateline_line(found)
    return found is not None, line


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    ``date`` and ``dateline``: one output line per input; the status is 1 only
    if none had a result.  ``validate``: 1 if any article has an error
    finding.  Any command: 2 when a file cannot be read.
    """
    args = _parser().parse_args(argv)
    if args.command in ("article", "validate"):
        return _articles(args)
    if args.command == "batch":
        return _batch(args)
    read = _line_for_dateline if args.command == "dateline" else _line_for_date
    any_found = False
    out = sys.stdout
    for text in _inputs(args.text):
        found, line = read(args, text)
        any_found = any_found or found
        out.write(line + "\n")
    out.flush()
    return 0 if any_found else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
