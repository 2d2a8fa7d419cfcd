"""docs/data.md must be what scripts/gen_data_doc.py generates from the data."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "gen_data_doc.py"
DATA_DOC = ROOT / "docs" / "data.md"


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
