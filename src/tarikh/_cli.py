"""Command-line front end: ``tarikh date TEXT...``."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from datetime import date, datetime

from ._api import parse_date, parse_dateline
from ._results import Dateline, DateMatch

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
    """``Pyongyang (KP) · Saba News Agency (SABA)``; empty when none."""
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
    return " · ".join(parts)


def _dateline_json(text: str, found: Dateline | None) -> str:
    if found is None:
        return json.dumps({"input": text, "dateline": None}, ensure_ascii=False)
    record = {
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
        "date": None
        if found.date is None
        else json.loads(_as_json("", found.date))["match"],
        "reporter": found.reporter,
    }
    return json.dumps({"input": text, "dateline": record}, ensure_ascii=False)


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
    return parser


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

    Each input gives one output line; the status is 1 only if none had a result.
    """
    args = _parser().parse_args(argv)
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
