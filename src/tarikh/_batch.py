"""``tarikh batch``: a JSON Lines or CSV file in, the same rows with readings out.

Rows stream through in order and in constant memory: the reader hands the
workers chunks of raw rows (JSON lines, or CSV cells), each worker parses,
reads and serialises its chunk, and the writer writes the chunks back in
input order; at most a few chunks per worker are in flight.  Every input row
gives exactly one output row: a row that cannot be read is written with
``tarikh_error`` saying why.
"""

from __future__ import annotations

import csv
import json
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO, Any, Literal, NamedTuple

__all__ = [
    "FIELDS",
    "Batch",
    "guess_format",
    "open_input",
    "open_output",
    "run_batch",
    "summary",
]

Kind = Literal["date", "dateline", "article"]
Format = Literal["jsonl", "csv"]

# The fields each kind adds to a row, in order.
FIELDS: dict[str, tuple[str, ...]] = {
    "date": (
        "tarikh_iso",
        "tarikh_precision",
        "tarikh_calendar",
        "tarikh_warnings",
        "tarikh_error",
    ),
    "dateline": (
        "tarikh_location",
        "tarikh_country",
        "tarikh_geonameid",
        "tarikh_source",
        "tarikh_source_code",
        "tarikh_iso",
        "tarikh_error",
    ),
    "article": (
        "tarikh_published",
        "tarikh_location",
        "tarikh_source",
        "tarikh_findings",
        "tarikh_error",
    ),
}
_CHUNK = 256  # rows a worker reads at a time
_IN_FLIGHT = 4  # chunks per worker queued ahead of the writer
_CACHE = 1 << 16  # readings a worker remembers (columns repeat values)


@dataclass(frozen=True)
class Batch:
    """What one run reads and how."""

    field: str
    kind: Kind = "date"
    reference: date | datetime | None = None
    dayfirst: bool = True
    url_field: str | None = None  # articles: the page's URL, checked against its date


def _reading(batch: Batch, text: str, url: str | None = None) -> dict[str, Any]:
    """The added fields for one string; ``tarikh_error`` when nothing was read."""
    from ._api import parse_date, parse_dateline
    from ._article import parse_article

    out: dict[str, Any] = dict.fromkeys(FIELDS[batch.kind])
    if batch.kind == "date":
        found = parse_date(text, reference=batch.reference, dayfirst=batch.dayfirst)
        if found is None:
            out["tarikh_error"] = "no date found"
            return out
        out["tarikh_iso"] = found.iso()
        out["tarikh_precision"] = found.precision
        out["tarikh_calendar"] = found.calendar
        out["tarikh_warnings"] = list(found.warnings)
    elif batch.kind == "dateline":
        line = parse_dateline(text, reference=batch.reference)
        if line is None:
            out["tarikh_error"] = "no dateline found"
            return out
        if line.location is not None:
            out["tarikh_location"] = line.location.name
            out["tarikh_country"] = line.location.country
            out["tarikh_geonameid"] = line.location.geonameid
        if line.source is not None:
            out["tarikh_source"] = line.source.name
            out["tarikh_source_code"] = line.source.code
        if line.date is not None:
            out["tarikh_iso"] = line.date.iso()
    else:
        article = parse_article(text, reference=batch.reference, url=url)
        if article.published is not None:
            out["tarikh_published"] = article.published.iso()
        if article.dateline is not None:
            if article.dateline.location is not None:
                out["tarikh_location"] = article.dateline.location.name
            if article.dateline.source is not None:
                out["tarikh_source"] = article.dateline.source.name
        out["tarikh_findings"] = [
            {"code": f.code, "severity": f.severity, "message": f.message}
            for f in article.findings
        ]
    return out


class _Worker:
    """Reads chunks of rows; one per process (made by the pool's initializer)."""

    def __init__(self, batch: Batch, fmt: Format, header: list[str] | None) -> None:
        self.batch = batch
        self.fmt = fmt
        self.header = header
        self.column = (
            header.index(batch.field) if header and batch.field in header else -1
        )
        url_field = batch.url_field if batch.kind == "article" else None
        self.url_column = (
            header.index(url_field) if header and url_field in header else -1
        )
        self.cache: dict[tuple[str, str | None], dict[str, Any]] = {}

    def read(self, text: str, url: object = None) -> dict[str, Any]:
        """The reading of ``text`` (an article's with its ``url``, if a str)."""
        page = url if isinstance(url, str) and url else None
        found = self.cache.get((text, page))
        if found is None:
            found = _reading(self.batch, text, page)
            if len(self.cache) >= _CACHE:
                self.cache.clear()
            self.cache[text, page] = found
        return dict(found)

    def url_in(self, cells: list[str]) -> str | None:
        """The URL cell of a CSV row, if the run names one."""
        return cells[self.url_column] if 0 <= self.url_column < len(cells) else None

    def failed(self, why: str) -> dict[str, Any]:
        out: dict[str, Any] = dict.fromkeys(FIELDS[self.batch.kind])
        out["tarikh_error"] = why
        return out

    def row(self, line: str) -> tuple[dict[str, Any] | None, dict[str, Any]]:
        """One JSON line: the object (``None`` if it is none) and its fields."""
        if not line.strip():
            return None, self.failed("empty line")
        try:
            row = json.loads(line)
        except ValueError as exc:
            return None, self.failed(f"invalid JSON: {exc}")
        except RecursionError:  # [[[[... nested past what the parser allows
            return None, self.failed("invalid JSON: nested too deeply")
        if not isinstance(row, dict):
            return None, self.failed(f"not a JSON object: {type(row).__name__}")
        return row, self.field_of(row)

    def field_of(self, row: dict[str, Any]) -> dict[str, Any]:
        """The added fields for a JSON object: its field's reading, or why not."""
        field = self.batch.field
        if field not in row:
            return self.failed(f"no field {field!r}")
        if not isinstance(row[field], str):
            kind = type(row[field]).__name__
            return self.failed(f"field {field!r} is not a string: {kind}")
        url_field = self.batch.url_field
        url = row.get(url_field) if url_field and self.batch.kind == "article" else None
        return self.read(row[field], url)

    def jsonl(self, lines: list[str]) -> tuple[list[str], int, int]:
        """Output lines, and how many rows were read and how many failed.

        A line that holds no JSON object is written as ``tarikh_input``.
        """
        out = []
        read = failed = 0
        for line in lines:
            row, added = self.row(line)
            if row is None:
                row = {"tarikh_input": line}
            if added["tarikh_error"] is None:
                read += 1
            else:
                failed += 1
            row.update(added)
            out.append(json.dumps(row, ensure_ascii=False) + "\n")
        return out, read, failed

    def csv(self, rows: list[list[str] | _Unread]) -> tuple[list[list[str]], int, int]:
        """Output rows (the input's cells, the added fields, any extra cells)."""
        assert self.header is not None
        width = len(self.header)
        out = []
        read = failed = 0
        for item in rows:
            cells = [] if isinstance(item, _Unread) else item
            if isinstance(item, _Unread):  # the csv module gave up on the row
                added = self.failed(f"unreadable CSV row: {item.why}")
            elif self.column < 0:
                added = self.failed(f"no column {self.batch.field!r} in the header")
            elif len(cells) != width:
                added = self.failed(
                    f"row has {len(cells)} fields, the header {width}"
                    + ("" if len(cells) > self.column else "; the field is missing")
                )
                if len(cells) > self.column:
                    reading = self.read(cells[self.column], self.url_in(cells))
                    reading["tarikh_error"] = added["tarikh_error"]
                    added = reading
            else:
                added = self.read(cells[self.column], self.url_in(cells))
            if added["tarikh_error"] is None:
                read += 1
            else:
                failed += 1
            padded = (cells + [""] * width)[:width]
            written = [_cell(name, v) for name, v in added.items()]
            out.append(padded + written + cells[width:])
        return out, read, failed


def _cell(name: str, value: object) -> str:
    """A CSV cell: warnings joined with ``;``, findings as a JSON list."""
    if value is None:
        return ""
    if name == "tarikh_findings":
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


_WORKER: _Worker | None = None


def _init(batch: Batch, fmt: Format, header: list[str] | None) -> None:
    global _WORKER  # noqa: PLW0603 - one worker object per process
    _WORKER = _Worker(batch, fmt, header)


def _work(chunk: list[Any]) -> tuple[list[Any], int, int]:
    assert _WORKER is not None
    if _WORKER.fmt == "jsonl":
        return _WORKER.jsonl(chunk)
    return _WORKER.csv(chunk)


def _chunks(
    rows: Iterable[Any], gate: threading.Semaphore | None
) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == _CHUNK:
            if gate is not None:
                gate.acquire()
            yield chunk
            chunk = []
    if chunk:
        if gate is not None:
            gate.acquire()
        yield chunk


class _Unread(NamedTuple):
    """A CSV row the csv module could not read, and why."""

    why: str


_FIELD_LIMIT = 1 << 30  # characters in one CSV cell (the module's default: 131,072)


def _csv_rows(reader: Iterator[list[str]]) -> Iterator[list[str] | _Unread]:
    """The rows of a CSV reader; one that raises is passed on as ``_Unread``."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield _Unread(str(exc))


def _jsonl_lines(stream: IO[str]) -> Iterator[str]:
    for line in stream:
        yield line.rstrip("\r\n")


def guess_format(path: str, given: str | None) -> Format:
    """The format ``--format`` names, else the one the file's extension names."""
    if given is not None:
        return "csv" if given == "csv" else "jsonl"
    return "csv" if path.lower().endswith(".csv") else "jsonl"


def run_batch(  # noqa: PLR0913 - the rows, where they go, and how
    batch: Batch,
    source: IO[str],
    sink: IO[str],
    *,
    fmt: Format,
    jobs: int = 1,
    progress: Callable[[int], object] | None = None,
) -> tuple[int, int, int]:
    """Read every row of ``source``, write it with its reading to ``sink``.

    The output is in the input's format: JSON objects gain the added fields,
    CSV rows gain the added columns after the header's.

    Returns:
        The rows written, those read without error, and those with an error.
    """
    header: list[str] | None = None
    rows: Iterable[Any]
    writer = None
    if fmt == "csv":
        csv.field_size_limit(_FIELD_LIMIT)  # a whole article may sit in a cell
        reader = csv.reader(source)
        first = next(_csv_rows(reader), [])
        header = [] if isinstance(first, _Unread) else first
        rows = _csv_rows(reader)
        writer = csv.writer(sink, lineterminator="\n")
        writer.writerow([*header, *FIELDS[batch.kind]])
    else:
        rows = _jsonl_lines(source)
    total = read = failed = 0

    def emit(result: tuple[list[Any], int, int]) -> None:
        nonlocal total, read, failed
        out, ok, bad = result
        total += len(out)
        read += ok
        failed += bad
        if writer is None:
            sink.writelines(out)
        else:
            writer.writerows(out)
        if progress is not None:
            progress(len(out))

    if jobs <= 1:
        _init(batch, fmt, header)
        for chunk in _chunks(rows, None):
            emit(_work(chunk))
        return total, read, failed

    import multiprocessing

    # Spawned workers import tarikh afresh: no fork of a threaded process.
    ctx = multiprocessing.get_context("spawn")
    gate = threading.Semaphore(jobs * _IN_FLIGHT)
    with ctx.Pool(jobs, initializer=_init, initargs=(batch, fmt, header)) as pool:
        try:
            for result in pool.imap(_work, _chunks(rows, gate)):
                gate.release()
                emit(result)
        finally:  # let the feeding thread finish if the writer failed
            for _ in range(jobs * _IN_FLIGHT + 1):
                gate.release()
    return total, read, failed


def open_input(path: str, fmt: Format) -> IO[str]:
    r"""The input stream (``-`` is stdin), UTF-8 with or without a BOM.

    JSON Lines split at ``\n`` only (a stray ``\r`` stays in its row); CSV
    keeps line breaks inside quoted cells.  Bytes that are not UTF-8 are kept
    as they are (``surrogateescape``) and written back unchanged.
    """
    newline = "" if fmt == "csv" else "\n"
    if path == "-":
        _escape_bytes(sys.stdin)
        return sys.stdin
    return open(path, encoding="utf-8-sig", errors="surrogateescape", newline=newline)


def open_output(path: str) -> IO[str]:
    """The output stream (``-`` is stdout), UTF-8, input bytes written back as read."""
    if path == "-":
        _escape_bytes(sys.stdout)
        return sys.stdout
    return open(path, "w", encoding="utf-8", errors="surrogateescape", newline="")


def _escape_bytes(stream: IO[str]) -> None:
    """Let a standard stream carry bytes that are not UTF-8 through unchanged."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="surrogateescape")


def summary(total: int, read: int, failed: int, seconds: float) -> str:
    """The line printed on stderr at the end of a run."""
    rate = total / seconds if seconds > 0 else float(total)
    return (
        f"tarikh batch: {total:,} rows, {read:,} parsed, {failed:,} errors, "
        f"{rate:,.0f} rows/s"
    )
