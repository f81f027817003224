"""Shared fixtures: the real gazetteer (cached once per session) and the article set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXT = ROOT / "seeds" / "000_5fe70ab38a61ff6b.txt"
SEED_EXPECTED = ROOT / "seeds" / "000_5fe70ab38a61ff6b.expected.json"
SEED_SAMPLE_GEOJSON = ROOT / "tests" / "data" / "seed_sample.geojson"  # a CLI output
SHARED_ARTICLES = ROOT.parent / "shared" / "articles"


def article_files() -> list[Path]:
    """The bundled articles (copies of the shared ones, and ``own-*`` ones written for
    this project's tests), plus any newer ones in ../shared."""
    files = {p.name: p for p in sorted((ROOT / "tests" / "data" / "articles").glob("*.json"))}
    if SHARED_ARTICLES.is_dir():
        files.update({p.name: p for p in sorted(SHARED_ARTICLES.glob("*.json"))})
    return [SEED_EXPECTED, *files.values()]


@pytest.fixture(autouse=True, scope="session")
def _no_pins(tmp_path_factory):
    """The tests see no analyst's pins but their own: GEO_PINS points at an empty place
    (a pins.csv left in the project folder must not change what the tests find)."""
    import os

    os.environ["GEO_PINS"] = str(tmp_path_factory.mktemp("pins") / "pins.csv")


@pytest.fixture(scope="session")
def gazetteer():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def lexicon():
    from geo.lexicon import load_lexicon

    return load_lexicon()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))


@pytest.fixture()
def small_corpus(tmp_path) -> Path:
    """A corpus database of two reports on one centre: discussed in October 2020, opened
    in December."""
    from geo.ingest import ingest

    src = tmp_path / "corpus.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in [
        {"id": "oct", "date": "2020-10-01", "title": "Talks on a centre",
         "text": "The two armies discussed opening a joint coordination centre in Erbil."},
        {"id": "dec", "date": "2020-12-01", "title": "Erbil centre opens",
         "text": "The joint coordination centre in Erbil was opened on Monday."}]),
        encoding="utf-8")
    db = tmp_path / "corpus.sqlite"
    ingest([src], db)
    return db
