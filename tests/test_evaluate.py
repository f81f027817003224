"""Corpus readers and metrics of ``python -m geo bench``, on tiny corpora in tests/data."""

from pathlib import Path

import pytest

from geo.errors import InputError
from geo.evaluate import Scores, evaluate_corpus, read_corpus

CORPORA = Path(__file__).parent / "data" / "corpora"


def test_lgl_reader_keeps_offsets_and_missing_coordinates():
    (doc,) = read_corpus(CORPORA / "tiny-lgl.xml", "lgl")
    assert [doc.text[t.start:t.end] for t in doc.toponyms] == ["Baghdad", "Paris", "Texas"]
    assert doc.toponyms[2].lat is None


def test_geovirus_reader_fixes_one_based_offsets():
    (doc,) = read_corpus(CORPORA / "tiny-geovirus.xml", "geovirus")
    assert [doc.text[t.start:t.end] for t in doc.toponyms] == ["Jakarta", "Surabaya"]


def test_scores_on_a_tiny_corpus():
    report = evaluate_corpus(CORPORA / "tiny-lgl.xml", "lgl", baseline=True)
    ours = report["ours (literal)"]
    assert (ours.true_pos, ours.false_pos, ours.false_neg) == (3, 0, 0)
    assert ours.acc161 == 1.0 and ours.f1 == 1.0  # Paris resolved to Paris, Texas
    assert report["geotext baseline"].acc161 < 1.0  # its Paris is the French one


def test_metric_definitions():
    s = Scores(true_pos=3, false_pos=1, false_neg=2, errors_km=[0.0, 100.0, 20039.0])
    assert s.precision == 0.75 and s.recall == 0.6
    assert s.acc161 == pytest.approx(2 / 3)
    assert s.auc == pytest.approx((0 + 0.4654 + 1.0) / 3, abs=1e-3)


def test_gwn_reader_keeps_literal_and_associative_toponyms_only():
    (doc,) = read_corpus(CORPORA / "tiny-gwn.xml", "gwn")
    # "the street" (a common-noun expression) is no toponym; Baghdad has no coordinates
    assert [doc.text[t.start:t.end] for t in doc.toponyms] == ["Iraqi", "Baghdad", "Mosul"]
    assert doc.toponyms[1].lat is None and doc.toponyms[2].lat == 36.335
    report = evaluate_corpus(CORPORA / "tiny-gwn.xml", "gwn", baseline=False)
    assert report["ours (+associative)"].f1 == 1.0  # Iraqi counts as associative
    assert report["ours (literal)"].false_neg == 1


def test_unreadable_corpus_and_unknown_format_are_clear_errors(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError):
        read_corpus(bad, "lgl")
    with pytest.raises(InputError, match="unknown corpus format"):
        read_corpus(bad, "conll")
