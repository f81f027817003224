"""Corpus readers and metrics of ``python -m geo bench``, on tiny corpora in tests/data."""

import json
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


def _article(**layers) -> dict:
    base = {"id": "t", "text": "", "places": [], "announced_centers": [],
            "proposed_centers": [], "centers_any": [], "disputed_areas": [], "not_places": []}
    return {**base, **layers}


def test_article_scores_count_centres_status_disputed_and_places():
    from geo.evaluate import ArticleScores, score_article

    scores = ArticleScores()
    score_article(_article(
        text="The two armies opened a joint coordination centre in Erbil. They discussed "
             "opening a joint centre in Mosul. Kirkuk is a disputed province. Rudaw said.",
        places=[{"name": "Erbil"}, {"name": "Mosul"}, {"name": "Kirkuk"}, {"name": "Zummar"}],
        announced_centers=["Erbil", "Mosul"], disputed_areas=["Kirkuk", "Sinjar"],
        not_places=["Rudaw"]), scores)
    assert (scores.centres.true_pos, scores.centres.false_pos, scores.centres.false_neg) \
        == (2, 0, 0)
    assert (scores.status_right, scores.status_judged) == (1, 2)  # Mosul is proposed
    assert scores.disputed.recall == 0.5 and scores.disputed.precision == 1.0
    assert scores.places.recall == 0.75  # Zummar is not found
    assert scores.not_place_hits == 0
    assert "t: disputed missed: Sinjar" in scores.misses


def test_article_scores_count_a_spurious_centre_and_a_mapped_non_place():
    from geo.evaluate import ArticleScores, score_article

    scores = ArticleScores()
    score_article(_article(text="A joint operations centre opened in Baghdad on Monday.",
                           not_places=["Baghdad"]), scores)
    assert scores.centres.false_pos == 1 and scores.centres.precision == 0.0
    assert scores.not_place_hits == 1


def test_bench_articles_prints_a_row_per_folder(tmp_path, capsys):
    from geo.cli import main

    folder = tmp_path / "set" / "dev"
    folder.mkdir(parents=True)
    (folder / "a.json").write_text(json.dumps(_article(
        text="Both sides agreed to open a joint centre in Erbil.",
        announced_centers=["Erbil"])), encoding="utf-8")
    assert main(["bench", str(tmp_path / "set"), "--format", "articles"]) == 0
    row = [line for line in capsys.readouterr().out.splitlines() if "set/dev" in line]
    assert row and "| 1 | 1.00 | 1.00 | 1.00 | 1.00 (1/1) |" in row[0]


def test_bench_articles_refuses_a_file_that_is_not_an_article(tmp_path):
    (tmp_path / "x.json").write_text("[1, 2]", encoding="utf-8")
    from geo.evaluate import score_articles

    with pytest.raises(InputError, match=r"x\.json"):
        score_articles([tmp_path])


def test_a_trailing_kind_word_does_not_make_another_place():
    from geo.evaluate import ArticleScores, score_article

    scores = ArticleScores()
    score_article(_article(text="Both sides agreed to open a joint centre in Erbil.",
                           announced_centers=["Erbil city"]), scores)
    assert scores.centres.true_pos == 1 and scores.centres.false_pos == 0
    other = ArticleScores()  # a different name is still a miss and a spurious centre
    score_article(_article(text="Both sides agreed to open a joint centre in Erbil.",
                           announced_centers=["Erbil camp north"]), other)
    assert other.centres.false_neg == 1 and other.centres.false_pos == 1


def test_a_feature_word_recognition_joins_does_not_make_another_place():
    from geo.evaluate import ArticleScores, score_article

    # the system reads "the Kempir-Abad reservoir"; the annotator wrote "Kempir-Abad"
    text = "Talks went on over the disputed Kempir-Abad reservoir near Andijan."
    scores = ArticleScores()
    score_article(_article(text=text, disputed_areas=["Kempir-Abad"],
                           places=[{"name": "Kempir-Abad", "lat": 40.8, "lon": 73.1}]),
                  scores)
    assert scores.disputed.false_neg == 0 and scores.places.false_neg == 0


def test_every_feature_noun_recognition_joins_is_kind_free():
    from geo.evaluate import ArticleScores, score_article

    # the system reads "the Zorbakan peninsula"; the annotator wrote "Zorbakan"
    text = "Croatia and Montenegro have a row over the Zorbakan peninsula near Kotor."
    scores = ArticleScores()
    score_article(_article(text=text, disputed_areas=["Zorbakan"],
                           places=[{"name": "Zorbakan", "lat": 42.4, "lon": 18.5}]), scores)
    assert scores.disputed.false_neg == 0 and scores.places.false_neg == 0


@pytest.mark.parametrize("name", ["zorbakan peninsula", "zorbakan river", "zorbakan mountains",
                                  "zorbakan islands", "zorbakan lake"])
def test_the_feature_nouns_are_kind_words(name):
    from geo.evaluate import _kind_free

    assert _kind_free(name) == "zorbakan"


def test_a_leading_direction_adjective_does_not_make_another_place_but_south_does():
    from geo.evaluate import ArticleScores, score_article

    text = "Shelling hit southern Lebanon, and South Sudan closed its border."
    scores = ArticleScores()
    score_article(_article(text=text, places=[{"name": "southern Lebanon", "lat": 33.3,
                                               "lon": 35.4}]), scores)
    assert scores.places.false_neg == 0
    other = ArticleScores()  # "South Sudan" is not "Sudan"
    score_article(_article(text="Sudan closed its border.",
                           places=[{"name": "South Sudan", "lat": 7.0, "lon": 30.0}]), other)
    assert other.places.false_neg == 1
