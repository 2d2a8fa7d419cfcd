"""The generated pages must be what scripts/gen_data_doc.py makes of the data.

docs/data.md comes from the lexicon's TOML files, docs/sources.md from
sources.tsv; both go stale when a data file changes and the script is not rerun.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "gen_data_doc.py"
DATA_DOC = ROOT / "docs" / "data.md"
SOURCES_DOC = ROOT / "docs" / "sources.md"


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_data_doc", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_data_doc_is_up_to_date() -> None:
    render: Callable[[], str] = _load_generator().render
    expected = render()
    current = DATA_DOC.read_text(encoding="utf-8")
    assert current == expected, (
        "docs/data.md is stale: run `python scripts/gen_data_doc.py`"
    )


def test_data_doc_lists_every_spelling() -> None:
    from tarikh._lexicon import lexicon

    text = DATA_DOC.read_text(encoding="utf-8")
    lex = lexicon()
    for system in lex.systems:
        assert f"### `{system.name}` months" in text
        for names in system.months.values():
            for name in names:
                assert f"`{name}`" in text, (system.name, name)


def test_sources_doc_is_up_to_date() -> None:
    render_sources: Callable[[], str] = _load_generator().render_sources
    expected = render_sources()
    current = SOURCES_DOC.read_text(encoding="utf-8")
    assert current == expected, (
        "docs/sources.md is stale: run `python scripts/gen_data_doc.py`"
    )


def test_sources_doc_lists_every_source() -> None:
    from tarikh._places import places

    text = SOURCES_DOC.read_text(encoding="utf-8")
    for row in set(places().sources.values()):
        assert f"`{row.code}`" in text, row.code
        assert row.name in text, row.code


@pytest.mark.parametrize(
    "code", ["SABA", "SANA", "AFP", "KCNA"], ids=["SABA", "SANA", "AFP", "KCNA"]
)
def test_sources_doc_marks_fixed_codes(code: str) -> None:
    text = SOURCES_DOC.read_text(encoding="utf-8")
    assert f"| **`{code}`** |" in text


def test_check_mode_passes_on_fresh_pages(capsys: pytest.CaptureFixture[str]) -> None:
    main: Callable[[list[str]], int] = _load_generator().main
    assert main(["--check"]) == 0
    out = capsys.readouterr().out
    assert "docs/data.md is up to date" in out
    assert "docs/sources.md is up to date" in out


def test_check_mode_fails_on_a_stale_page(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gen = _load_generator()
    docs = tmp_path / "docs"
    docs.mkdir()
    monkeypatch.setattr(gen, "ROOT", tmp_path)
    monkeypatch.setattr(gen, "OUTPUT", docs / "data.md")
    monkeypatch.setattr(gen, "SOURCES_OUTPUT", docs / "sources.md")
    (docs / "data.md").write_text(gen.render(), encoding="utf-8")
    (docs / "sources.md").write_text("# stale\n", encoding="utf-8")
    assert gen.main(["--check"]) == 1
    out = capsys.readouterr().out
    assert "docs/data.md is up to date" in out
    assert "docs/sources.md is stale" in out
    assert gen.main([]) == 0  # writes both pages
    assert gen.main(["--check"]) == 0
