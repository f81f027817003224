"""The corpus store: ingest once, replace on change, timeline order, crash safety, exports."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from browser_support import free_port

from geo.corpus_layers import corpus_collection, csv_rows, write_geopackage
from geo.ingest import ingest
from geo.store import connect

ROOT = Path(__file__).resolve().parent.parent


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _layers(db: Path, as_of: str) -> dict[str, tuple[str, str | None]]:
    """name -> (layer, status) of the corpus's role features on ``as_of``."""
    return {f["properties"]["name"]: (f["properties"]["layer"], f["properties"]["status"])
            for f in corpus_collection(connect(db), as_of)["features"]
            if f["properties"]["layer"] != "place"}


def _counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        return (conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
                conn.execute("SELECT COUNT(*) FROM features").fetchone()[0])


PROPOSED = {"id": "oct", "date": "2020-10-01",
            "text": "The two armies discussed opening a joint coordination centre in Erbil."}
OPENED = {"id": "dec", "date": "2020-12-01",
          "text": "The joint coordination centre in Erbil was opened on Monday."}
AGREED_LATER = {"id": "jan", "date": "2021-01-10",
                "text": "Both sides agreed to set up a joint coordination centre in Erbil."}
CANCELLED = {"id": "mar", "date": "2021-03-01",
             "text": "The joint coordination centre in Erbil was cancelled after the attack."}


def test_reingesting_changes_nothing_and_a_new_text_replaces_the_old(tmp_path):
    db = tmp_path / "c.sqlite"
    src = _jsonl(tmp_path / "a.jsonl", [PROPOSED, OPENED])
    first = ingest([src], db)
    assert (first.added, first.unchanged) == (2, 0)
    before = _counts(db)
    again = ingest([src], db)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 2)
    assert _counts(db) == before
    # the same text under another id is the same article
    assert ingest([_jsonl(tmp_path / "b.jsonl", [{**OPENED, "id": "copy"}])], db).duplicate == 1
    # a changed text under the same id replaces its results
    changed = {**PROPOSED, "text": "A joint operations room opened in Kirkuk on Sunday."}
    report = ingest([_jsonl(tmp_path / "c.jsonl", [changed])], db)
    assert report.replaced == 1
    with sqlite3.connect(db) as conn:
        places = {json.loads(p)["name"] for (p,) in conn.execute(
            "SELECT properties FROM features f JOIN articles a ON a.id = f.article_id "
            "WHERE a.key = 'oct'")}
    assert places == {"Kirkuk"}


def test_status_follows_the_article_dates_not_the_ingest_order(tmp_path):
    db = tmp_path / "c.sqlite"
    ingest([_jsonl(tmp_path / "late.jsonl", [CANCELLED, AGREED_LATER, OPENED])], db)
    ingest([_jsonl(tmp_path / "early.jsonl", [PROPOSED])], db)
    assert _layers(db, "2020-09-30") == {}
    assert _layers(db, "2020-10-15") == {"Erbil": ("proposed_center", "proposed")}
    assert _layers(db, "2020-12-01") == {"Erbil": ("announced_center", "operating")}
    # a later "agreed to set up" does not undo "opened"; a cancellation does
    assert _layers(db, "2021-02-01") == {"Erbil": ("announced_center", "operating")}
    assert _layers(db, "2021-03-01") == {"Erbil": ("proposed_center", "cancelled")}
    (erbil,) = [f for f in corpus_collection(connect(db), "2021-12-31")["features"]
                if f["properties"]["name"] == "Erbil"]
    history = erbil["properties"]["history"]
    assert [h["date"] for h in history] == ["2020-10-01", "2020-12-01", "2021-01-10",
                                            "2021-03-01"]
    assert [h["status"] for h in history] == ["proposed", "operating", "announced",
                                              "cancelled"]
    assert "cancelled" in history[-1]["sentence"]
    assert erbil["properties"]["since"] == "2021-03-01"
    assert {status: (m["date"], m["article"]) for status, m in
            erbil["properties"]["milestones"].items()} == {
        "proposed": ("2020-10-01", "oct"), "operating": ("2020-12-01", "dec"),
        "announced": ("2021-01-10", "jan"), "cancelled": ("2021-03-01", "mar")}
    (row,) = [r for r in csv_rows(corpus_collection(connect(db), "2021-12-31"))
              if r["name"] == "Erbil"]
    assert (row["proposed_on"], row["operating_on"], row["cancelled_on"],
            row["disputed_on"]) == ("2020-10-01", "2020-12-01", "2021-03-01", None)


def test_bad_articles_are_reported_and_the_rest_goes_on(tmp_path):
    db = tmp_path / "c.sqlite"
    src = tmp_path / "mixed.jsonl"
    src.write_text("\n".join([json.dumps(PROPOSED), "{not json", json.dumps({"id": "x"}),
                              json.dumps({"id": "d", "text": "t", "date": "May 2020"}),
                              json.dumps(OPENED)]) + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    errors: list[str] = []
    report = ingest([src, tmp_path / "empty.txt", tmp_path / "missing.txt"], db,
                    on_error=errors.append)
    assert report.added == 2 and len(report.failed) == 5
    assert any("mixed.jsonl:2: not JSON" in e for e in errors)
    assert any("date must be YYYY-MM-DD" in e for e in errors)
    assert any("missing.txt" in e and "cannot read" in e for e in errors)


def test_an_interrupted_ingest_loses_and_duplicates_nothing(tmp_path):
    db = tmp_path / "c.sqlite"
    towns = ["Erbil", "Kirkuk", "Mosul", "Baghdad", "Duhok", "Basra", "Najaf", "Karbala"]
    records = [{"id": f"n{i}", "date": f"2021-{1 + i % 12:02d}-01",
                "text": f"Report {i}: a joint security centre opened in {towns[i % 8]}."}
               for i in range(600)]  # enough that the kill cannot miss the ingest
    src = _jsonl(tmp_path / "many.jsonl", records)
    command = [sys.executable, "-m", "geo", "ingest", str(src), "--db", str(db)]
    proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists() and 10 <= _counts_safely(db) < len(records):
                break
            time.sleep(0.01)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)  # as hard as a crash or a lost machine
    finally:
        proc.wait()
    stored, _ = _counts(db)
    assert 0 < stored < len(records), "the kill should land mid-ingest"
    with sqlite3.connect(db) as conn:  # every stored article is whole
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                            "(SELECT 1 FROM features f WHERE f.article_id = a.id)"
                            ).fetchone()[0] == 0
    report = ingest([src], db)
    assert report.unchanged == stored and report.added == len(records) - stored
    fresh = tmp_path / "fresh.sqlite"
    ingest([src], fresh)
    assert _counts(db) == _counts(fresh)


def _counts_safely(db: Path) -> int:
    try:
        return _counts(db)[0]
    except sqlite3.Error:
        return 0


def test_exports_round_trip(tmp_path):
    import geopandas as gpd

    db = tmp_path / "c.sqlite"
    article = json.loads((ROOT / "tests" / "data" / "articles" /
                          "khanaqin-centre-opens.json").read_text(encoding="utf-8"))
    ingest([_jsonl(tmp_path / "k.jsonl", [article, PROPOSED])], db)
    collection = corpus_collection(connect(db), "2022-01-01")
    layers = {(f["properties"]["name"], f["properties"]["layer"])
              for f in collection["features"]}
    assert ("Khanaqin", "announced_center") in layers and ("Nineveh", "disputed_area") in layers
    path = tmp_path / "corpus.gpkg"
    write_geopackage(collection, path)
    frame = gpd.read_file(path, layer="corpus")
    assert len(frame) == len(collection["features"]) and frame.crs.to_epsg() == 4326
    assert set(zip(frame["name"], frame["layer"], strict=True)) == layers
    row = frame[frame["name"] == "Khanaqin"].iloc[0]
    assert row["status"] == "operating" and json.loads(row["history"])[0]["date"] == "2021-05-18"
    assert {g.geom_type for g in frame.geometry} >= {"Point", "Polygon"}
    rows = csv_rows(collection)
    (khanaqin,) = [r for r in rows if r["name"] == "Khanaqin"]
    assert khanaqin["status"] == "operating" and khanaqin["n_articles"] == 1
    assert abs(khanaqin["lat"] - 34.35) < 0.1


def test_cli_ingest_and_export(tmp_path):
    db = tmp_path / "c.sqlite"
    src = _jsonl(tmp_path / "a.jsonl", [PROPOSED, OPENED])

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "geo", *args], cwd=ROOT,
                              capture_output=True, text=True, timeout=120)

    done = run("ingest", str(src), "--db", str(db))
    assert done.returncode == 0 and "2 added" in done.stderr
    out = run("export", "--db", str(db), "--as-of", "2020-11-01")
    (feature,) = [f for f in json.loads(out.stdout)["features"]
                  if f["properties"]["name"] == "Erbil"]
    assert feature["properties"]["status"] == "proposed"
    csv = run("export", "--db", str(db), "--format", "csv")
    assert csv.stdout.startswith("name,layer,status,since")
    for args, message in [(("export", "--db", str(tmp_path / "none.sqlite")), "no corpus"),
                          (("export", "--db", str(db), "--as-of", "soon"), "YYYY-MM-DD"),
                          (("export", "--db", str(db), "--format", "gpkg"), "needs -o")]:
        bad = run(*args)
        assert bad.returncode == 2 and message in bad.stderr and "Traceback" not in bad.stderr
    not_db = tmp_path / "text.sqlite"
    not_db.write_text("hello")
    bad = run("ingest", str(src), "--db", str(not_db))
    assert bad.returncode == 2 and "not a corpus database" in bad.stderr


@pytest.mark.timeout(300)
def test_workers_and_dask_store_the_same_as_one_process(tmp_path):
    records = [PROPOSED, OPENED, AGREED_LATER, CANCELLED,
               {"id": "k", "date": "2021-04-01",
                "text": "Kirkuk, one of the disputed territories, got a joint centre."}]
    src = _jsonl(tmp_path / "a.jsonl", records)
    one, two, dask = (tmp_path / f"{n}.sqlite" for n in ("one", "two", "dask"))
    ingest([src], one)
    assert ingest([src], two, workers=2).added == len(records)
    assert ingest([src], dask, workers=2, dask="local").added == len(records)
    expected = corpus_collection(connect(one), "2022-01-01")
    for db in (two, dask):
        assert corpus_collection(connect(db), "2022-01-01") == expected


@contextlib.contextmanager
def _dask(tmp_path: Path, *args: str, ready: str, pythonpath: bool = True
          ) -> Iterator[None]:
    """A ``dask`` command-line process (scheduler or worker) run from a folder outside the
    repository, as on another machine, until its log says ``ready``."""
    log = tmp_path / f"dask-{args[0]}-{time.monotonic_ns()}.log"
    home = tmp_path / "elsewhere"
    home.mkdir(exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT) if pythonpath else ""}
    proc = subprocess.Popen([str(Path(sys.executable).parent / "dask"), *args,
                             "--no-dashboard"], cwd=home, env=env,
                            stdout=subprocess.DEVNULL, stderr=log.open("w"))
    try:
        deadline = time.monotonic() + 90
        while ready not in log.read_text():
            assert proc.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        yield
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.mark.timeout(300)
def test_ingest_on_a_cluster_started_as_the_readme_says(tmp_path):
    """``dask scheduler`` and ``dask worker`` processes as ``make dask-scheduler`` and
    ``make dask-worker`` start them on other machines (finding ``geo`` through
    PYTHONPATH), then the ``ingest --dask tcp://...`` command; a scheduler that cannot
    import ``geo`` gets a message, not a traceback."""
    from geo.ingest import BATCH

    records = [{"id": f"r{i}", "date": f"2021-01-{i % 28 + 1:02d}",
                "text": f"Report {i}: a joint centre was opened in Erbil and talks on one "
                        f"in Kirkuk went on."} for i in range(BATCH + 10)]
    src = _jsonl(tmp_path / "a.jsonl", records)
    db = tmp_path / "cluster.sqlite"

    def ingest_on(port: int) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "geo", "ingest", str(src), "--db",
                               str(db), "--dask", f"tcp://127.0.0.1:{port}"], cwd=ROOT,
                              capture_output=True, text=True, timeout=240)

    port = free_port()
    with _dask(tmp_path, "scheduler", "--port", str(port), ready="Scheduler at:",
               pythonpath=False):
        failed = ingest_on(port)
    assert failed.returncode == 2 and "Traceback" not in failed.stderr
    (message,) = failed.stderr.splitlines()
    assert message.startswith("error: the Dask cluster failed (RuntimeError: Error during "
                              "deserialization of the task graph"), message
    port = free_port()
    with _dask(tmp_path, "scheduler", "--port", str(port), ready="Scheduler at:"), \
            _dask(tmp_path, "worker", f"tcp://127.0.0.1:{port}", "--nworkers", "1",
                  "--nthreads", "1", ready="Registered to:"):
        done = ingest_on(port)
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"{len(records)} added" in done.stderr
    ingest([src], tmp_path / "one.sqlite")
    assert corpus_collection(connect(db), "2022-01-01") == \
        corpus_collection(connect(tmp_path / "one.sqlite"), "2022-01-01")


def _feature(db: Path, name: str, as_of: str = "2022-01-01") -> dict:
    (found,) = [f for f in corpus_collection(connect(db), as_of)["features"]
                if f["properties"]["name"] == name and f["properties"]["layer"] != "place"]
    return found


def test_corrections_apply_survive_reingest_and_are_exported(tmp_path):
    from geo.errors import InputError
    from geo.store import add_correction

    db = tmp_path / "c.sqlite"
    src = _jsonl(tmp_path / "a.jsonl", [PROPOSED, OPENED])
    ingest([src], db)
    conn = connect(db)
    place_id = _feature(db, "Erbil")["properties"]["id"]
    add_correction(conn, place_id, "centre", "status", status="announced",
                   reason="opening not confirmed", author="ana")
    props = _feature(db, "Erbil")["properties"]
    assert (props["status"], props["extracted_status"]) == ("announced", "operating")
    # the corrected status holds since the correction was made, not since the last report
    assert props["since"] == props["corrections"][0]["at"][:10] != props["extracted_since"]
    assert props["corrections"][0]["author"] == "ana"
    add_correction(conn, place_id, "centre", "move", lon=44.05, lat=36.2,
                   reason="the base is east of the city", author="bo")
    moved = _feature(db, "Erbil")
    assert moved["geometry"] == {"type": "Point", "coordinates": [44.05, 36.2]}
    assert len(moved["properties"]["corrections"]) == 2  # the history stays
    # a re-ingest with a changed text keeps every correction
    ingest([_jsonl(tmp_path / "b.jsonl", [{**OPENED, "text": OPENED["text"] + " Again."}])],
           db)
    assert _feature(db, "Erbil")["geometry"]["coordinates"] == [44.05, 36.2]
    add_correction(conn, place_id, "centre", "wrong", reason="not a joint centre",
                   author="ana")
    assert _feature(db, "Erbil")["properties"]["rejected"] is True
    for bad in [dict(action="status", status="rumoured"), dict(action="move", lon=200, lat=0),
                dict(action="delete"), dict(action="wrong", reason=" ")]:
        args = {"reason": "r", "author": "a", **bad}
        with pytest.raises(InputError):
            add_correction(conn, place_id, "centre", **args)


def test_corrections_saved_at_once_by_two_sessions_are_all_kept(tmp_path):
    import threading

    from geo.store import add_correction, corrections

    db = tmp_path / "c.sqlite"
    connect(db).close()
    start = threading.Barrier(2)

    def session(author: str) -> None:
        conn = connect(db)  # each browser session has its own connection
        start.wait()
        for i in range(40):
            add_correction(conn, f"gn:{i % 5}", "centre", "wrong", reason=f"{author} {i}",
                           author=author)
        conn.close()

    threads = [threading.Thread(target=session, args=(who,)) for who in ("ana", "bo")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    saved = [c for made in corrections(connect(db)).values() for c in made]
    assert len(saved) == 80
    assert {c.reason for c in saved} == {f"{who} {i}" for who in ("ana", "bo")
                                         for i in range(40)}


def test_what_changed_between_two_dates(tmp_path):
    from geo.corpus_layers import changes

    db = tmp_path / "c.sqlite"
    kirkuk = {"id": "k", "date": "2020-11-20",
              "text": "Kirkuk is one of the disputed territories claimed by both sides."}
    ingest([_jsonl(tmp_path / "a.jsonl", [PROPOSED, OPENED, kirkuk])], db)
    found = changes(connect(db), "2020-10-15", "2020-12-31")
    assert [(c.name, c.role, c.before, c.after, c.date) for c in found] == [
        ("Kirkuk", "disputed", None, "disputed", "2020-11-20"),
        ("Erbil", "centre", "proposed", "operating", "2020-12-01")]
    assert found[1].article == "dec" and "opened" in found[1].sentence
    assert found[1].correction is None
    assert changes(connect(db), "2020-12-31", "2021-06-01") == []


def test_an_undated_report_is_undated_and_out_of_a_date_range_unless_asked(tmp_path):
    from geo.corpus_layers import changes
    from geo.mapview import evidence_rows, popup_html
    from geo.store import date_range, undated_count

    db = tmp_path / "c.sqlite"
    kirkuk = {"id": "k", "text": "Kirkuk is one of the disputed territories claimed by both "
                                 "sides."}  # no date: stored as it always was (NULL)
    ingest([_jsonl(tmp_path / "a.jsonl", [PROPOSED, OPENED, kirkuk])], db)
    conn = connect(db)
    assert date_range(conn) == ("2020-10-01", "2020-12-01")  # not the day of the ingest
    assert undated_count(conn) == 1
    dated = corpus_collection(conn, "2020-12-31", undated=False)
    assert "Kirkuk" not in {f["properties"]["name"] for f in dated["features"]}
    (kirkuk_area,) = [f for f in corpus_collection(conn, "2020-12-31")["features"]
                      if f["properties"]["layer"] == "disputed_area"]
    props = kirkuk_area["properties"]
    assert (props["since"], props["first_seen"], props["history"][0]["date"]) == (
        None, None, None)
    popup = popup_html(props)
    assert "status: disputed (undated report)" in popup and "since" not in popup
    assert "disputed undated" in popup and "None" not in popup  # timeline and reports
    assert {r["date"] for r in evidence_rows({"features": [kirkuk_area]}, ["disputed_area"])
            } == {"undated"}
    assert [c.name for c in changes(conn, "2020-10-15", "2020-12-31")] == ["Erbil"]
    found = changes(conn, "2020-10-15", "2020-12-31", undated=True)
    assert [(c.name, c.date) for c in found] == [("Kirkuk", None), ("Erbil", "2020-12-01")]
    # an undated report comes before the dated ones: a dated report decides over it
    undated_cancel = {"id": "u", "text": CANCELLED["text"]}
    ingest([_jsonl(tmp_path / "b.jsonl", [undated_cancel])], db)
    assert _layers(db, "2020-12-31") == {"Erbil": ("announced_center", "operating"),
                                         "Kirkuk": ("disputed_area", "disputed")}


def test_a_corrected_status_keeps_the_reported_change_and_is_logged(tmp_path):
    from geo.corpus_layers import changes, correction_log
    from geo.store import add_correction

    db = tmp_path / "c.sqlite"
    ingest([_jsonl(tmp_path / "a.jsonl", [PROPOSED, OPENED])], db)
    conn = connect(db)
    (erbil,) = corpus_collection(conn)["features"]
    place = erbil["properties"]["id"]
    add_correction(conn, place, "centre", "status", status="announced", reason="not open",
                   author="ana", now=dt.datetime(2026, 1, 2, 9, 30))
    add_correction(conn, place, "centre", "move", lon=44.0, lat=36.2, reason="gate",
                   author="bo", now=dt.datetime(2026, 1, 3, 10, 0))
    (change,) = changes(conn, "2020-10-15", "2020-12-31")
    assert (change.before, change.after) == ("proposed", "operating")  # as reported
    moved = "moved to lat 36.2, lon 44.0 by bo on 2026-01-03 10:00: gate"
    assert change.correction == moved
    log = correction_log(conn, {place: "Erbil"})
    assert [(r["saved"], r["name"], r["correction"]) for r in log] == [
        ("2026-01-03 10:00", "Erbil", moved),
        ("2026-01-02 09:30", "Erbil",
         "status set to announced by ana on 2026-01-02 09:30: not open")]


def test_a_copy_in_a_later_batch_is_a_duplicate_while_the_first_is_in_flight(tmp_path):
    from geo.ingest import BATCH

    records = [{"id": f"r{i}", "date": "2021-01-01",
                "text": f"Item {i}: a joint centre opened in Erbil."} for i in range(BATCH + 6)]
    records[-1] = {**records[0], "id": "copy-of-r0"}  # next batch, same text and date
    report = ingest([_jsonl(tmp_path / "a.jsonl", records)], tmp_path / "c.sqlite",
                    workers=2)
    assert (report.added, report.duplicate) == (BATCH + 5, 1)


def test_reading_a_corpus_writes_nothing_and_its_revision_follows_changes(small_corpus):
    from geo.store import add_correction, revision

    conn = connect(small_corpus)
    first = revision(conn)
    conn.close()
    before = small_corpus.stat().st_mtime_ns, small_corpus.read_bytes()
    reader = connect(small_corpus)
    corpus_collection(reader, "2021-01-01")
    assert revision(reader) == first
    reader.close()
    assert (small_corpus.stat().st_mtime_ns, small_corpus.read_bytes()) == before
    writer = connect(small_corpus)
    add_correction(writer, "gn:95446", "centre", "wrong", reason="r", author="a")
    assert revision(writer) != first  # a cache keyed by it is read again


def test_the_progress_bar_counts_against_the_records_to_come(tmp_path, capsys):
    from geo.corpus import count_records

    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder / "a.jsonl", [PROPOSED, OPENED, {"id": "bad"}])
    (folder / "b.jsonl").write_text("\n" + json.dumps(CANCELLED) + "\n\n", encoding="utf-8")
    (folder / "note.txt").write_text("A joint centre opened in Erbil.", encoding="utf-8")
    (folder / "skip.csv").write_text("not an article")
    assert count_records([folder]) == 5
    report = ingest([folder], tmp_path / "c.sqlite", progress=True)
    assert report.seen == 5
    last = capsys.readouterr().err.split("\r")[-1]
    assert last.startswith("[" + "#" * 24 + "] 100% 5/5: 4 added, 1 failed (")
    assert "left" not in last


def test_a_closure_ends_a_centres_course_and_a_later_opening_starts_it_again():
    from geo.store import Event, History

    def event(date: str, status: str) -> Event:
        return Event(date=date, article=date, title="", layer="announced_center",
                     status=status, cue="", sentence="")

    history = History("px:1", "Aghdam", {}, {}, [event("2021-01-30", "operating"),
                                                  event("2024-04-26", "closed")])
    assert history.centre_status()[0] == "closed"
    history.events.append(event("2025-01-01", "operating"))
    assert history.centre_status()[0] == "operating"
