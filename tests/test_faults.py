"""Bad records and faults: every bad record is that record's error, dates are real dates,
re-ingest is idempotent, and faults (a full disk, a read-only or damaged database, closed
streams, Ctrl-C) end in one line and a clear exit code, never a traceback."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geo import cli, records
from geo.errors import InputError
from geo.ingest import ingest
from geo.pipeline import validate_date
from geo.store import connect

ROOT = Path(__file__).resolve().parent.parent
GOOD = {"id": "a", "text": "A joint centre opened in Erbil.", "date": "2021-01-02"}
# one record of each kind that used to stop a stream, with what its error says
BAD_LINES = {
    '{"id": "deep", "text": ' + "[" * 1000 + "]" * 1000 + "}": "nested more than",
    '{"id": ' + "9" * 5000 + ', "text": "Talks in Erbil."}': "4300 digits",
    '{"id": "s", "text": "Talks in Erbil \\ud800."}': "lone surrogate",
    '{"id": "\\udc00", "text": "Talks in Erbil."}': "lone surrogate",
    '{"id": "t", "title": "\\ud800", "text": "Talks in Erbil."}': "lone surrogate",
    '{"id": NaN, "text": "Talks in Erbil."}': "NaN is not JSON",
    '{"id": "d", "text": "Talks in Erbil.", "date": "2020-02-30"}': "not a calendar date",
    '{"id": "n", "text": "Talks in Erbil.", "date": "2020-01-01\\n"}': "YYYY-MM-DD",
}


def geo(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True,
                          cwd=ROOT, timeout=120, **kwargs)


def one_line_error(result: subprocess.CompletedProcess, code: int = 2) -> str:
    err = result.stderr.decode()
    assert result.returncode == code, err
    assert "Traceback" not in err and err.startswith("error: ") and err.count("\n") == 1
    return err


@pytest.mark.parametrize("date", ["2020-02-30", "2020-13-01", "0000-00-00", "2021-02-29",
                                  "2020-01-01\n", "٢٠٢٠-٠١-٠١", "２０２０-０１-０１", " 2020-01-01",
                                  "2020-1-1", 20200101])
def test_a_date_must_be_a_calendar_date_in_ascii_digits(date):
    with pytest.raises(InputError):
        validate_date(date)  # type: ignore[arg-type]


@pytest.mark.parametrize("date", ["2020-02-29", "0001-01-01", "2021-12-31"])
def test_real_dates_pass(date):
    assert validate_date(date) == date


def test_extract_refuses_an_impossible_date():
    one_line_error(geo("extract", "-", "--date", "2020-02-30", input=b"Talks in Erbil."))


@pytest.mark.parametrize("line", BAD_LINES)
def test_a_bad_json_record_is_that_records_error(line):
    with pytest.raises(InputError, match=BAD_LINES[line]):
        from geo.corpus import read_record

        read_record(line.encode(), "x:1")


def test_ids_that_cannot_be_echoed_as_json_are_not_echoed():
    assert records.record_id({"id": float("nan")}) is None
    assert records.record_id({"id": "\ud800"}) is None
    assert records.record_id({"id": [1]}) is None
    assert records.record_id({"id": 7}) == 7


def test_batch_goes_on_after_every_kind_of_bad_line(tmp_path):
    src = tmp_path / "in.jsonl"
    # a BOM before the first record, CRLF in a text, and every bad line between good ones
    crlf = {"id": "crlf", "text": "Talks were held.\r\nA joint centre opened in Erbil."}
    src.write_bytes(b"\xef\xbb\xbf" + "\n".join(
        [json.dumps(GOOD), *BAD_LINES, json.dumps(crlf)]).encode() + b"\n")
    result = geo("batch", str(src))
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]  # strict JSON
    assert len(out) == len(BAD_LINES) + 2
    assert out[0]["id"] == "a" and out[0]["features"]
    for got, why in zip(out[1:-1], BAD_LINES.values(), strict=True):
        assert why in got["error"]
    assert out[-1]["id"] == "crlf"
    # offsets index the text as extract reads it (CRLF normalised there too)
    extracted = json.loads(geo("extract", "-", input=crlf["text"].encode()).stdout)
    assert out[-1]["features"] == extracted["features"]


def test_ingest_skips_each_bad_record_and_stores_the_good(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\xef\xbb\xbf" + "\n".join(
        [json.dumps(GOOD), *BAD_LINES, json.dumps({**GOOD, "id": "b", "text": "Mosul."})]
    ).encode() + b"\n")
    errors: list[str] = []
    report = ingest([src], tmp_path / "c.sqlite", on_error=errors.append)
    assert (report.added, len(report.failed)) == (2, len(BAD_LINES))
    assert all(e.startswith(f"{src}:") for e in errors)


def test_an_id_given_twice_keeps_its_last_version_and_a_rerun_changes_nothing(tmp_path):
    db = tmp_path / "c.sqlite"
    first = {"id": "x", "text": "A joint centre was proposed in Erbil."}
    update = {"id": "x", "text": "A joint centre opened in Kirkuk."}
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [first, GOOD, update]) + "\n")
    report = ingest([src], db)
    assert (report.added, report.superseded) == (2, 1)
    for _ in range(2):
        again = ingest([src], db)
        assert (again.unchanged, again.superseded, again.added, again.replaced) == (2, 1, 0, 0)
        with sqlite3.connect(db) as conn:
            (text,) = conn.execute("SELECT text FROM articles WHERE key = 'x'").fetchone()
        assert text == update["text"]


def test_a_text_stored_by_another_ingest_meanwhile_is_a_duplicate(tmp_path):
    from geo.corpus import Article
    from geo.pipeline import extract_feature_collection
    from geo.store import content_hash, ingest_article

    db = tmp_path / "c.sqlite"
    one, two = connect(db), connect(db)
    a, b = Article("a", GOOD["text"]), Article("b", GOOD["text"])
    collection = extract_feature_collection(GOOD["text"])
    # both checked the store before either wrote: the second write is the duplicate
    assert ingest_article(one, a, collection, content_hash(a)) == "added"
    assert ingest_article(two, b, collection, content_hash(b)) == "duplicate"
    assert ingest_article(two, a, collection, content_hash(a)) == "unchanged"
    assert one.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def _open_many(db: str, times: int) -> int:
    failures = 0
    for _ in range(times):
        try:
            connect(db).close()
        except InputError:
            failures += 1
    return failures


def test_a_new_database_opened_by_four_processes_at_once(tmp_path):
    for round_ in range(5):
        db = str(tmp_path / f"new{round_}.sqlite")
        with multiprocessing.get_context("spawn").Pool(4) as pool:
            assert sum(pool.starmap(_open_many, [(db, 6)] * 4)) == 0
        conn = connect(db)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"articles", "features", "corrections"} <= tables


def test_a_database_left_empty_by_a_crash_mid_schema_is_usable(tmp_path):
    db = tmp_path / "c.sqlite"
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("CREATE TABLE articles (id INTEGER)")
    conn.close()  # never committed: as a crash would leave it
    assert ingest([_good_jsonl(tmp_path)], db).added == 1


def _good_jsonl(tmp_path: Path) -> Path:
    src = tmp_path / "good.jsonl"
    src.write_text(json.dumps(GOOD) + "\n")
    return src


def _damage(db: Path, how: str) -> None:
    if how == "pages":
        with db.open("r+b") as f:
            f.seek(4096 * 2)
            f.write(b"\xff" * 4096 * 2)
    else:
        with sqlite3.connect(db) as conn:
            conn.execute({"table": "DROP TABLE corrections",
                          "json": "UPDATE features SET properties = '{bad'"}[how])
        with sqlite3.connect(db) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.mark.parametrize("how", ["pages", "table", "json"])
def test_a_damaged_database_is_refused_and_never_written(tmp_path, how):
    db = tmp_path / "c.sqlite"
    src = _good_jsonl(tmp_path)
    assert geo("ingest", str(src), "--db", str(db)).returncode == 0
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(db, how)
    before = db.read_bytes()
    err = one_line_error(geo("export", "--db", str(db)))
    assert str(tmp_path) not in err  # the file's name, not the server's folders
    other = {**GOOD, "id": "other", "text": "Talks in Mosul."}
    src.write_text(json.dumps(other) + "\n")
    if how != "json":  # a bad row is found only where it is read; the file is sound
        one_line_error(geo("ingest", str(src), "--db", str(db)))
        assert db.read_bytes() == before


def _limited_connect(pragma: str):
    from geo import store

    def opened(path):
        conn = store.connect(path)
        conn.execute(pragma)
        return conn
    return opened


@pytest.mark.parametrize(("pragma", "said"), [
    ("PRAGMA max_page_count = 12", "database or disk is full"),  # a full disk
    ("PRAGMA query_only = 1", "readonly"),  # a read-only database (tests may run as root)
])
def test_a_full_or_read_only_database_is_a_one_line_error(tmp_path, monkeypatch, capsys,
                                                          pragma, said):
    import geo.ingest

    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps({"id": str(i), "text": f"Report {i} from Erbil. "
                                       + "Talks in Mosul. " * 200}) + "\n"
                           for i in range(20)))
    db = tmp_path / "c.sqlite"
    connect(db).close()
    monkeypatch.setattr(geo.ingest, "connect", _limited_connect(pragma))
    assert cli.main(["ingest", str(src), "--db", str(db)]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert err.startswith("error: corpus database:") and said in err
    assert "rollback" not in err


def test_unwritable_outputs_and_closed_streams_are_one_line_errors(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("Talks in Erbil.")
    if Path("/dev/full").exists():
        one_line_error(geo("extract", str(src), "-o", "/dev/full"))
        with open("/dev/full", "wb") as full:
            one_line_error(subprocess.run([sys.executable, "-m", "geo", "extract", str(src)],
                                          cwd=ROOT, stdout=full, stderr=subprocess.PIPE,
                                          timeout=120))
    one_line_error(geo("extract", str(src), "-o", str(tmp_path / "no" / "such" / "x")))
    closed = subprocess.run([sys.executable, "-m", "geo", "extract", str(src)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=lambda: os.close(1), timeout=120)
    assert "stdout is closed" in one_line_error(closed)
    closed = subprocess.run([sys.executable, "-m", "geo", "batch", "-"], cwd=ROOT,
                            stdin=subprocess.DEVNULL, capture_output=True,
                            preexec_fn=lambda: os.close(0),
                            timeout=120)
    assert "stdin is closed" in one_line_error(closed)


@pytest.mark.parametrize("workers", [1, 2, "dask"])
def test_ctrl_c_during_ingest_ends_promptly_and_quietly(tmp_path, workers):
    db = tmp_path / "c.sqlite"
    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps({"id": f"n{i}", "text": f"Report {i}: a joint "
                                       "security centre opened in Erbil. " * 20}) + "\n"
                           for i in range(3000)))
    how = ["--workers", "2", "--dask", "local"] if workers == "dask" \
        else ["--workers", str(workers)]
    proc = subprocess.Popen([sys.executable, "-m", "geo", "ingest", str(src), "--db",
                             str(db), *how], cwd=ROOT,
                            stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and _stored(db) < 5:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal's Ctrl-C: the whole group
    try:
        _, err = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        raise
    assert proc.returncode == 130, err
    said = err.decode()
    assert "Traceback" not in said and said.strip().splitlines()[-1] == "error: interrupted"
    if workers != "dask":  # Dask's own log lines aside, that line is all
        assert said.strip() == "error: interrupted"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_an_impossible_stored_date_counts_as_undated(small_corpus):
    from geo.corpus_layers import corpus_collection
    from geo.store import date_range, undated_count

    with sqlite3.connect(small_corpus) as conn:
        conn.execute("UPDATE articles SET date = '2020-02-30' WHERE key = 'oct'")
    conn = connect(small_corpus)
    assert date_range(conn) == ("2020-12-01", "2020-12-01")  # the one real date
    assert undated_count(conn) == 1  # undated, like an article with no date
    assert corpus_collection(conn, "2030-01-01")["features"]


# (the in-process ingest's timer may land in a garbage-collector callback, where Python
# reports the lost exception itself; the record is still over budget: see
# test_a_budget_whose_signal_was_swallowed_still_stops_the_record)
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_record_over_the_budget_is_its_error_and_the_stream_goes_on(tmp_path):
    slow = {"id": "slow", "text": "Talks were held in Baghdad and Mosul. " * 20000}
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [slow, GOOD]) + "\n")
    result = geo("batch", str(src), "--budget", "0.3")
    assert result.returncode == 0 and b"Traceback" not in result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert out[0]["id"] == "slow" and "budget" in out[0]["error"]
    assert out[1]["id"] == "a" and out[1]["features"]
    errors: list[str] = []
    report = ingest([src], tmp_path / "c.sqlite", budget=0.3, on_error=errors.append)
    assert report.added == 1 and len(report.failed) == 1 and "budget" in errors[0]


def test_a_budget_whose_signal_was_swallowed_still_stops_the_record():
    # A signal that lands in a garbage-collector callback loses its exception (seen once
    # in a fresh-clone run); the block ending must still report the record over budget.
    # The inner suppress swallows it as the interpreter does in a weakref callback.
    with (pytest.raises(InputError, match="budget"), records.time_budget(0.05),
          contextlib.suppress(InputError)):
        time.sleep(0.5)


def test_a_record_within_its_budget_runs_to_the_end():
    with records.time_budget(5):
        total = sum(range(1000))
    assert total == 499500


def test_a_json_article_whose_text_is_html_is_read_as_html(tmp_path):
    page = "<html><body><p>A joint centre opened in <b>Erbil</b>.</p></body></html>"
    article = tmp_path / "page.json"
    article.write_text(json.dumps({"id": "p", "text": page, "date": "2021-01-02"}))
    db = tmp_path / "c.sqlite"
    assert ingest([article], db).added == 1
    with sqlite3.connect(db) as conn:
        (text,) = conn.execute("SELECT text FROM articles").fetchone()
    assert text == "A joint centre opened in Erbil."
