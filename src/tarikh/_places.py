"""Places and news sources: the data behind datelines, loaded on first use.

Three tables in ``tarikh/data``: ``sources.tsv`` (reviewed agencies and
outlets), ``places.tsv`` (reviewed dateline spellings of places) and
``gazetteer.tsv`` (generated from GeoNames and CLDR by
``scripts/build_gazetteer.py``), plus the Arab-world country list of
``regions.toml``.  Keys go through the same normalisation as the input.
"""

from __future__ import annotations

import itertools
import os
from functools import cache
from typing import NamedTuple

from ._lexicon import DATA_DIR, LexiconError, key, read_toml

__all__ = ["PlaceRow", "Places", "SourceRow", "compact", "key", "places"]

_NET = " نت"  # "net", the last word of a site's name written as its address


class PlaceRow(NamedTuple):
    """One place a key may name."""

    name: str
    country: str | None
    geonameid: int | None
    kind: str  # city | country | region
    population: int
    reviewed: bool  # from places.tsv: preferred over GeoNames' ranking


class SourceRow(NamedTuple):
    """One agency or outlet of ``sources.tsv``."""

    code: str
    kind: str  # agency | newspaper | broadcaster | unknown
    name: str
    name_ar: str
    country: str | None


class Places(NamedTuple):
    """Look-ups for datelines: normalised keys to places and sources."""

    places: dict[str, tuple[PlaceRow, ...]]
    sources: dict[str, SourceRow]
    compact_sources: dict[str, SourceRow]  # abbreviations: أ ف ب, أ.ف.ب -> افب
    arab_world: frozenset[str]
    outlet_words: frozenset[str]  # words that make an unknown run an outlet
    byline_words: frozenset[str]  # كتب "wrote": a reporter's or agency's name follows
    story_verbs: frozenset[str]  # قال "said": the story has begun
    date_prefixes: frozenset[str]  # في "on" before a dateline's date
    exclusive: frozenset[str]  # خاص "exclusive": the outlet before it wrote it
    source_labels: frozenset[str]  # المصدر "source:": the outlet follows
    label_notes: frozenset[str]  # ملحوظة "note:" before a source label
    editor_labels: frozenset[str]  # تحرير "edited by:" at the end: a name follows
    region_names: frozenset[str]  # الشام "the Levant": a name with it is an outlet's
    says: frozenset[str]  # تقول "saying": closes a press review's byline
    writer_titles: frozenset[str]  # رئيس التحرير "editor-in-chief" before a name
    photo_words: frozenset[str]  # تصوير "photos": a photographer's credit follows
    titles: frozenset[str]  # صحيفة "newspaper": opens the names of many outlets
    renaming: frozenset[str]  # نيوز "news" after a paper's name: another outlet
    nisba: dict[str, str]  # الكويتية "Kuwaiti" -> KW: an outlet's country
    bureau: frozenset[str]  # مكتب "bureau" before a place
    place_titles: frozenset[str]  # مدينة "city of" before a place
    state_titles: frozenset[str]  # دولة "State of" before a country
    honorifics: frozenset[str]  # د, الأب: a title before a writer's given name
    settlement: frozenset[str]  # قرية "village": an unknown run is still a place
    subjects: frozenset[str]  # وزير "minister": a sentence's subject, no name
    function_words: frozenset[str]  # في "in": a clause, no name
    domains: frozenset[str]  # com, نت: a web address's last label
    date_words: frozenset[str]  # weekdays, months, نشر في: a date line, no name
    month_words: frozenset[str]  # of date_words, the months (ناصر, رمضان are names too)
    siblings: dict[str, tuple[SourceRow, ...]]  # الجزيرة -> الجزيرة السعودية, ...
    titled: dict[str, SourceRow]  # السوداني -> the row of صحيفة السوداني
    staff: SourceRow | None  # the row of STAFF: a reporter writes for the site
    place_words: int  # the most words in one place key
    source_words: int
    given_names: frozenset[str]  # حمدي, عبد القادر: a reporter's name opens so
    hamza_names: frozenset[str]  # إلياس, إلهام: given names whose key opens as ال
    word_names: frozenset[str]  # of given_names, those that are words too (أمل "hope")
    kunya: frozenset[str]  # أبو "father of": with a given name, a person's name
    name_links: frozenset[str]  # عبد, بن: joined to the next word of a name
    date_labels: frozenset[str]  # نشر في "published on": a date follows
    sections: frozenset[str]  # تقرير "report": with a mark after it, a byline
    latin: dict[str, SourceRow]  # okaz, aljazeera: a code or English name, as written
    page_labels: frozenset[str]  # اقرأ أيضا "read also": a page's label, no outlet
    title_kinds: dict[str, str]  # صحيفة -> newspaper: the one kind it titles
    shared_names: frozenset[str]  # الوطن: papers of many countries, alone no one's


def holds_outlet_word(words: list[str], tables: Places) -> bool:
    """Whether normalised words hold a word of news sites' names.

    A word or a pair of words of the list (نيوز, اون لاين), or a word that ends
    with one of four letters or more glued on (سيريانيوز "SyriaNews"), after
    a name: one letter before it is a preposition (لوكالة "to the agency").
    """
    outlet = tables.outlet_words
    if any(w in outlet for w in words):
        return True
    if any(f"{a} {b}" in outlet for a, b in itertools.pairwise(words)):
        return True
    long_ones = _glued_words(outlet)
    return any(
        w.endswith(long_ones)  # one C-level test a word, then the length check
        and any(len(w) > len(o) + 1 and w.endswith(o) for o in long_ones)
        for w in words
    )


@cache
def _glued_words(outlet: frozenset[str]) -> tuple[str, ...]:
    """The outlet words that count glued on: one word, four letters or more."""
    return tuple(o for o in outlet if len(o) >= 4 and " " not in o)  # noqa: PLR2004


def compact(text: str) -> str:
    """An abbreviation's letters alone: ``أ ف ب`` and ``أ.ف.ب`` give ``افب``.

    >>> compact("د.ب.أ")
    'دبا'
    """
    return "".join(ch for ch in key(text) if ch not in " .")


ARTICLE = "ال"  # the definite article, which datelines write or leave out
CONJUNCTION = "و"  # "and", glued to the next word: وأضاف "and he added"
_MIN_AFTER_ARTICLE = 3  # letters: الخليل -> خليل, but not الرس -> رس


def article_keys(name_key: str) -> list[str]:
    """A normalised place name, and the same without a leading ``ال``.

    Both the gazetteer's build and the reviewed table index a place so.

    >>> article_keys("الخرطوم"), article_keys("الرس"), article_keys("غزه")
    (['الخرطوم', 'خرطوم'], ['الرس'], ['غزه'])
    """
    rest = name_key[len(ARTICLE) :]
    if (
        name_key.startswith(ARTICLE)
        and rest[:1].isalpha()
        and sum(ch.isalpha() for ch in rest) >= _MIN_AFTER_ARTICLE
    ):
        return [name_key, rest]
    return [name_key]


def _rows(name: str, columns: tuple[str, ...], data_dir: str) -> list[dict[str, str]]:
    path = os.path.join(data_dir, name)
    try:
        with open(path, encoding="utf-8") as f:
            lines = [line.rstrip("\n") for line in f if line.strip()]
    except OSError as exc:
        msg = f"cannot read {name}: {exc}"
        raise LexiconError(msg) from exc
    # The header is the first line that is not a comment, or a comment line
    # "# columns: ..." (generated files keep all their prose in comments).
    header = "\t".join(columns)
    body = [line for line in lines if not line.startswith("#")]
    if f"# columns: {header}" in lines:
        rows = body
    elif body and body[0] == header:
        rows = body[1:]
    else:
        msg = f"{name}: the header must be {' '.join(columns)!r}"
        raise LexiconError(msg)
    out = []
    for number, line in enumerate(rows, start=2):
        cells = line.split("\t")
        if len(cells) != len(columns):
            msg = f"{name}: row {number} has {len(cells)} cells, not {len(columns)}"
            raise LexiconError(msg)
        out.append(dict(zip(columns, cells, strict=True)))
    return out


def _is_abbreviation(form: str) -> bool:
    parts = key(form).replace(".", " ").split()
    return len(parts) > 1 and all(len(p) == 1 for p in parts)


_SIBLINGS = 6  # the most outlets one bare name is shared by (الوطن: five)
_FOREIGN_TOWN = 50_000  # people: a smaller town abroad is no dateline place


def _foreign_town(row: dict[str, str], arab_world: frozenset[str]) -> bool:
    """A town outside the Arab world too small to head an Arab dateline.

    GeoNames gives Arabic names to villages whose names are Arabs' given
    names (فاروق, Fārūq in Iran, 5,860 people): "فاروق حركات-" is a reporter.
    The places Arab datelines name abroad are cities, or in places.tsv.
    """
    small = int(row["population"] or 0) < _FOREIGN_TOWN
    return row["kind"] == "city" and row["country"] not in arab_world and small


def _siblings(
    sources: dict[str, SourceRow], renamed: frozenset[str]
) -> dict[str, tuple[SourceRow, ...]]:
    """Outlets named by a bare name and a qualifier: الجزيرة السعودية, اليوم السعودية.

    The table gives a bare name (الجزيرة) to one row, or to none when the
    name is also a place or a date word (اليوم), and the others only in
    qualified forms: every row with a form that opens with the bare name and
    a space is listed under it.  The place of the dateline then says which
    one is meant.  A word that opens the names of many outlets (صحيفة
    "newspaper", وكالة "agency") names none alone; nor does a letter of an
    abbreviation; nor is a name renamed (الصباح الجديد, "the new Sabah", is
    another paper, no Sabah of its country).
    """
    found: dict[str, dict[str, SourceRow]] = {}
    for form, row in sources.items():
        head, _, rest = form.partition(" ")
        if len(head) < 2 or rest.partition(" ")[0] in renamed:  # noqa: PLR2004
            continue
        bare = sources.get(head)
        other = bare is None or (bare.code != row.code and row.country != bare.country)
        if " " in form and row.country is not None and other:
            found.setdefault(head, {})[row.code] = row
    return {
        bare: tuple(rows.values())
        for bare, rows in found.items()
        if len(rows) <= _SIBLINGS
    }


def _heads(sources: dict[str, SourceRow]) -> dict[str, int]:
    """How many of the table's names of two words or more each word opens."""
    heads: dict[str, int] = {}
    for form in sources:
        head = form.split(" ", 1)[0]
        heads[head] = heads.get(head, 0) + (" " in form)
    return heads


def _title_kinds(
    sources: dict[str, SourceRow], outlet_words: frozenset[str]
) -> dict[str, str]:
    """Title words (صحيفة "newspaper", إذاعة "radio") and the one kind they title.

    An outlet word opening many names of the table, all of one kind: before a
    source's bare form it names that source when the kinds agree (صحيفة
    الجريدة); شبكة "network" titles papers and channels alike, and is left out.
    """
    kinds: dict[str, set[str]] = {}
    for form, row in sources.items():
        head, _, name = form.partition(" ")
        if name and head in outlet_words:
            kinds.setdefault(head, set()).add(row.kind)
    heads = _heads(sources)
    return {
        head: next(iter(found))
        for head, found in kinds.items()
        if len(found) == 1 and heads[head] > _SIBLINGS
    }


def _latin(sources: dict[str, SourceRow]) -> dict[str, SourceRow]:
    """Outlets by their code or English name, lower-cased and run together.

    ``okaz``, ``aljazeera``: a handle (``@okaz_online``) or a Latin credit
    names them so.  A name two outlets share is neither's.
    """
    found: dict[str, set[str]] = {}
    rows: dict[str, SourceRow] = {}
    for row in sources.values():
        for name in (row.code, row.name):
            compact = "".join(c for c in name.lower() if "a" <= c <= "z")
            if len(compact) > 2 and row.code not in ("STAFF", "AGENCIES"):  # noqa: PLR2004
                found.setdefault(compact, set()).add(row.code)
                rows[compact] = row
    return {name: rows[name] for name, codes in found.items() if len(codes) == 1}


def _titles(sources: dict[str, SourceRow]) -> frozenset[str]:
    """Words that open the names of many outlets: صحيفة, موقع, وكالة."""
    return frozenset(head for head, n in _heads(sources).items() if n > _SIBLINGS)


def _titled(
    sources: dict[str, SourceRow], renaming: frozenset[str]
) -> dict[str, SourceRow]:
    """Names the table lists only after a title word: صحيفة السوداني.

    A title opens the names of many outlets (صحيفة "newspaper", موقع "site");
    the name after it, when one outlet alone has it, is that outlet's: a
    credit line writing just السوداني is the paper صحيفة السوداني.
    """
    heads = _heads(sources)
    found: dict[str, set[str]] = {}
    rows: dict[str, SourceRow] = {}
    for form, row in sources.items():
        head, _, name = form.partition(" ")
        # نيوز "news" after الوطن names no paper of its own
        if name in renaming:
            continue
        if name and heads[head] > _SIBLINGS and name not in sources:
            found.setdefault(name, set()).add(row.code)
            rows[name] = row
    return {name: rows[name] for name, codes in found.items() if len(codes) == 1}


@cache
def load_places(data_dir: str = DATA_DIR) -> Places:
    """Read the dateline tables of ``data_dir`` (cached per directory).

    Raises:
        LexiconError: If a table breaks its schema.
    """
    sources: dict[str, SourceRow] = {}
    compact_sources: dict[str, SourceRow] = {}
    source_columns = ("code", "kind", "name", "name_ar", "forms", "country", "source")
    for row in _rows("sources.tsv", source_columns, data_dir):
        source = SourceRow(
            row["code"],
            row["kind"],
            row["name"],
            row["name_ar"],
            row["country"] or None,
        )
        # Only the listed forms: a name_ar such as الرياض (the newspaper) is
        # also a place, and the table lists it qualified (جريدة الرياض).
        for form in row["forms"].split("|"):
            if not form:
                continue
            # The first row to claim a form keeps it: the table lists the most
            # common outlet of an ambiguous name first.
            sources.setdefault(key(form), source)
            if form.endswith(_NET):  # البلاد نت, as its address: البلاد.نت
                sources.setdefault(key(form[: -len(_NET)] + "." + _NET[1:]), source)
            if _is_abbreviation(form):
                compact_sources.setdefault(compact(form), source)
    found: dict[str, list[PlaceRow]] = {}
    place_columns = ("name_ar", "name", "country", "geonameid", "kind", "source")
    for row in _rows("places.tsv", place_columns, data_dir):
        place = PlaceRow(
            row["name"],
            row["country"] or None,
            int(row["geonameid"]) if row["geonameid"] else None,
            row["kind"],
            0,
            reviewed=True,
        )
        for variant in article_keys(key(row["name_ar"])):
            found.setdefault(variant, []).append(place)
    regions = read_toml(data_dir, "regions.toml")
    arab_world = frozenset(regions["arab_world"]["countries"])
    gazetteer_columns = ("key", "geonameid", "name", "country", "kind", "population")
    for row in _rows("gazetteer.tsv", gazetteer_columns, data_dir):
        if _foreign_town(row, arab_world):
            continue
        place = PlaceRow(
            row["name"],
            row["country"] or None,
            int(row["geonameid"]) if row["geonameid"] else None,
            row["kind"],
            int(row["population"] or 0),
            reviewed=False,
        )
        found.setdefault(row["key"], []).append(place)
    dateline = read_toml(data_dir, "dateline.toml")

    def listed(group: str, field: str = "words") -> frozenset[str]:
        """A word list of ``dateline.toml``, its words keyed as the reader keys."""
        return frozenset(key(w) for w in dateline[group][field])

    renamed = listed("renaming", "new")
    renaming = listed("renaming")
    siblings, titled = _siblings(sources, renamed), _titled(sources, renaming)
    particles = {key(w) for w in dateline["not_places"]["words"]}
    # A weekday opens date lines (الخميس 2 مايو 2024): never a town of that name.
    weekdays = read_toml(data_dir, "weekdays.toml")["weekdays"].values()
    weekday_keys = {key(w) for words in weekdays for w in words}
    particles |= weekday_keys
    months = read_toml(data_dir, "months.toml")["systems"].values()
    month_keys = {
        key(w)
        for system in months
        for names in system["months"].values()
        for w in names
    }
    labels = {key(w) for w in dateline["date_labels"]["words"]}
    date_words = frozenset(weekday_keys | month_keys | labels)
    places = {k: tuple(v) for k, v in found.items() if k not in particles}
    words = dateline["outlet_words"]["words"]
    sections = dateline["byline"]["sections"]
    staff = [row for row in sources.values() if row.code == "STAFF"]
    name_columns = ("name_ar", "gender", "common_word", "source")
    names = _rows("given_names.tsv", name_columns, data_dir)
    return Places(
        places,
        sources,
        compact_sources,
        arab_world,
        frozenset(key(w) for w in words),
        frozenset(key(w) for w in dateline["byline"]["words"] + sections),
        listed("story_verbs"),
        listed("date_prefix"),
        listed("exclusive"),
        listed("source_label"),
        listed("source_label", "notes"),
        listed("editor_label"),
        listed("region_names"),
        listed("byline", "says"),
        listed("byline", "titles"),
        listed("byline", "photos"),
        _titles(sources),
        renaming,
        {key(w): country for country, words in regions["nisba"].items() for w in words},
        listed("bureau"),
        listed("place_title") | listed("place_title", "states"),
        listed("place_title", "states"),
        listed("byline", "honorifics"),
        listed("settlement"),
        listed("subjects"),
        listed("function_words"),
        listed("domains"),
        date_words,
        frozenset(month_keys),
        siblings,
        titled,
        staff[0] if staff else None,
        max(len(k.split()) for k in places),
        max(len(k.split()) for k in sources),
        frozenset(key(row["name_ar"]) for row in names),
        frozenset(
            key(row["name_ar"]) for row in names if row["name_ar"][:2] in ("إل", "أل")
        ),
        frozenset(key(row["name_ar"]) for row in names if row["common_word"] == "yes"),
        listed("kunya"),
        listed("name_links"),
        frozenset(labels),
        frozenset(key(w) for w in sections),
        _latin(sources),
        listed("page_labels"),
        _title_kinds(sources, frozenset(key(w) for w in words)),
        listed("shared_names"),
    )


_production: list[Places] = []


def places() -> Places:
    """The production tables (loaded once, on first use)."""
    if not _production:
        _production.append(load_places(DATA_DIR))
    return _production[0]
