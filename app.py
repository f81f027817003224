"""The news-to-map dashboard: ``streamlit run app.py`` (``make run``).

Only wiring: sidebar widgets (article source, layer toggles kept in ``st.query_params``),
the cached pipeline and gazetteer, the map from :func:`geo.mapview.map_parts`, the
highlighted article and the evidence table. Expected failures (bad uploads, empty text,
no places) are shown with ``st.error``/``st.info``; the last good result stays on screen.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import streamlit as st
from shapely.geometry import shape
from streamlit.delta_generator import DeltaGenerator
from streamlit_folium import st_folium

from geo import corpus_layers, geojson_io, mapcontext, mapmarks, mapview, pins, store
from geo.errors import GeoError
from geo.gazetteer import Gazetteer, MemoryGazetteer, load_gazetteer
from geo.pipeline import Progress, extract_feature_collection
from geo.store import DEFAULT_DB
from geo.types import Layer

ROOT = Path(__file__).resolve().parent
ARTICLE_DIRS = (ROOT / "seeds", ROOT / "tests" / "data" / "articles")
DEFAULT_ARTICLE = "000_5fe70ab38a61ff6b.txt"
STATIC_URL = "/app/static"  # ./static, served by Streamlit (server.enableStaticServing)
SOURCES = ("Bundled article", "Paste text", "Upload a file")
DEFAULT_LAYERS = tuple(layer.value for layer in Layer)
LAYER_NOTE = (
    "**What the layers mean.** *Announced*: a joint centre the article reports as agreed, "
    "opened or operating (ticked square: operating). *Proposed*: one discussed, planned or "
    "claimed by one party (crossed circle: cancelled or postponed). *Disputed*: a place "
    "called disputed or claimed. *Other places*: every other place named. Click a mark for "
    "the sentence it comes from.")
#: A compact page top, so title, caption and map fit a 1280x800 window (a map reaching
#: below the window made the first click on a mark scroll the page, not open its popup).
PAGE_CSS = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 3.2rem; padding-bottom: 2rem; }
[data-testid="stMainBlockContainer"] h1 { font-size: 1.55rem; padding: 0 0 0.2rem; }
@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] { padding: 3.9rem .6rem 2rem; }
  [data-testid="stMainBlockContainer"] h1 { font-size: 1.25rem; }
}
</style>"""
#: The map's height in pixels: with the page's title and caption it fits a 1280x800 window.
MAP_HEIGHT = 560
#: Evidence tables of up to this many rows are plain HTML (no data-grid scripts to load).
HTML_TABLE_ROWS = 600

__all__ = ["bundled_articles", "main"]


_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def _plain(text: str) -> str:
    """``text`` with Markdown syntax escaped: Streamlit messages render Markdown, and file
    names and quoted input must not become links, images or formulas."""
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text)


@dataclass(frozen=True)
class Result:
    """What the page shows: a FeatureCollection and, when known, the article text."""

    label: str
    collection: dict
    text: str | None = None
    title: str | None = None  # the article's headline, date and source, when known
    date: str | None = None
    source: str | None = None


@st.cache_resource(show_spinner="Loading the gazetteer…")
def _gazetteer() -> MemoryGazetteer:
    return load_gazetteer()


@st.cache_resource(show_spinner="Loading country outlines…")
def _basemap() -> dict:
    return geojson_io.load_basemap()


@st.cache_resource(show_spinner=False)
def _basemap_url() -> str | None:
    """Where the browser fetches the country outlines (``static/`` is served at
    ``/app/static``); None when ``static/`` cannot be written: the map embeds them."""
    try:
        return f"{STATIC_URL}/cache/{geojson_io.publish_basemap(ROOT / 'static')}"
    except GeoError:
        return None


@st.cache_resource(show_spinner="Preparing the provinces and towns layer…")
def _context_files() -> dict[str, str]:
    """The context layer's file of each country (ISO code -> name in ``static/cache/``);
    none when ``static/`` cannot be written: the map then has no context layer."""
    try:
        return geojson_io.publish_context(ROOT / "static")
    except GeoError:
        return {}


def _context_urls(collection: dict) -> list[str]:
    """Where the browser fetches the context of the countries in play (those of the
    centres and disputed areas, and those in the first view)."""
    files = _context_files()
    if not files:
        return []
    try:
        boxes = mapcontext.country_boxes(geojson_io.load_basemap())
    except GeoError:
        boxes = []
    codes = mapcontext.countries_in_play(collection, bounds=mapview.home_bounds(collection),
                                         country_boxes=boxes)
    return [f"{STATIC_URL}/cache/{files[code]}" for code in codes if code in files]


def _pins_version() -> tuple[str, int, int]:
    """The pins file's identity (path, modification time, size): extractions are cached by
    it, so a new pin re-places the article's names."""
    path = pins.pins_path()
    try:
        stat = path.stat()
    except OSError:
        return str(path), 0, 0
    return str(path), stat.st_mtime_ns, stat.st_size


@st.cache_resource(show_spinner=False, max_entries=4)
def _pinned_gazetteer(version: tuple[str, int, int]) -> Gazetteer:
    return pins.pinned(_gazetteer(), pins.read_pins(Path(version[0])))


#: an article at least this long shows a progress bar (stage and share done), not a spinner
PROGRESS_FROM = 200_000


def _extract(text: str, date: str | None, pins_version: tuple[str, int, int]) -> dict:
    if len(text) < PROGRESS_FROM:
        return _extract_short(text, date, pins_version)
    bar = st.progress(0.0, text="Finding places…")

    def show(stage: str, share: float) -> None:
        bar.progress(share, text=f"{stage.capitalize()}… {share:.0%} done")

    try:
        return _extract_long(text, date, pins_version, _progress=show)
    finally:
        bar.empty()


@st.cache_data(show_spinner="Finding places…", max_entries=64)
def _extract_short(text: str, date: str | None, pins_version: tuple[str, int, int]) -> dict:
    return extract_feature_collection(text, date=date,
                                      gazetteer=_pinned_gazetteer(pins_version))


@st.cache_data(show_spinner=False, max_entries=8)
def _extract_long(text: str, date: str | None, pins_version: tuple[str, int, int],
                  _progress: Progress | None = None) -> dict:
    # ``_progress`` (not hashed: the leading underscore) draws the bar on a first run only
    return extract_feature_collection(text, date=date,
                                      gazetteer=_pinned_gazetteer(pins_version),
                                      progress=_progress)


@st.cache_data(show_spinner=False, max_entries=8)
def _read_upload(data: bytes, name: str) -> geojson_io.Upload:
    # Checked once per file, not on every toggle (2,000 places: ~0.1 s a rerun).
    return geojson_io.read_upload(data, name)


def bundled_articles(dirs: tuple[Path, ...] = ARTICLE_DIRS) -> dict[str, Path]:
    """Article files by name: ``*.txt``, and ``*.json`` objects with a ``text`` field
    (skipping a ``*.json`` whose ``source_file`` is a listed ``.txt``)."""
    found: dict[str, Path] = {}
    for folder in dirs:
        found.update({p.name: p for p in sorted(folder.glob("*.txt"))})
        for path in sorted(folder.glob("*.json")):
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            if (isinstance(record, dict) and isinstance(record.get("text"), str)
                    and record.get("source_file") not in found):
                found[path.name] = path
    return found


@st.cache_data(show_spinner=False, max_entries=256)
def _headline(path: str, mtime: float) -> tuple[str, str | None, str | None]:
    """A bundled article's headline, date and source: a JSON record's ``title``, ``date``
    and ``url``/``source``; a text file's first line (``mtime`` is the cache key only)."""
    file = Path(path)
    try:
        raw = file.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return file.name, None, None
    if file.suffix == ".json":
        try:
            record = json.loads(raw)
        except ValueError:
            record = {}
        if isinstance(record, dict) and record.get("title"):
            source = record.get("url") or record.get("source")
            return (str(record["title"])[:160], str(record.get("date") or "") or None,
                    str(source) if source else None)
        raw = str(record.get("text", "")) if isinstance(record, dict) else ""
    first = next((line.strip() for line in raw.splitlines() if line.strip()), file.name)
    return first[:160], None, None


def _headline_of(path: Path) -> tuple[str, str | None, str | None]:
    return _headline(str(path), path.stat().st_mtime)


def _chooser_label(name: str, path: Path) -> str:
    """An article as the chooser lists it: headline (date)."""
    title, date, _ = _headline_of(path)
    return f"{title} ({date or 'undated'})"


def _result(upload: geojson_io.Upload) -> Result:
    if upload.collection is not None:
        return Result(upload.name, upload.collection)
    return Result(upload.name, _extract(upload.text, upload.date, _pins_version()),
                  upload.text)


def _bundled(name: str) -> Result | None:
    """A bundled article by file name (the default one, or the first, for an unknown name)."""
    articles = bundled_articles()
    if not articles:
        st.info("No bundled articles found in seeds/.")
        return None
    if name not in articles:
        fallback = DEFAULT_ARTICLE if DEFAULT_ARTICLE in articles else next(iter(articles))
        st.warning(f"No bundled article is called {_plain(name)}: showing "
                   f"{_plain(fallback)} instead.")
        name = fallback
    st.query_params["article"] = name
    path = articles[name]
    result = _result(geojson_io.read_upload(path.read_bytes(), path.name))
    title, date, source = _headline_of(path)
    return Result(result.label, result.collection, result.text, title,
                  date or _article_date(result.collection), source)


def _article_date(collection: dict) -> str | None:
    """The article's date as the pipeline recorded it on its features, if any."""
    dates = {str((f.get("properties") or {}).get("date") or "")
             for f in collection.get("features", [])} - {""}
    return min(dates) if dates else None


def _sidebar_input() -> Result | None:
    """The chosen input, processed; None when there is nothing to show yet.

    The choosers sit in a sidebar expander, closed by default and built only when open:
    their select boxes make a cold browser fetch and run ~140 kB of scripts before it can
    draw the map (~0.3 s: A/B in a fresh browser, 12 loads each, 2.80 s with them on the
    page, 2.53 s without). Closed, the URL's article is shown, or the last pasted or
    uploaded one: the choice is kept outside the widgets, whose state Streamlit drops
    while they are not drawn.
    """
    source = st.session_state.get("chosen_source", SOURCES[0])
    wanted = st.query_params.get("article", DEFAULT_ARTICLE)
    # a fixed label: a new label would be a new expander, closed again (the article shown
    # is named in the caption above the map)
    chooser = st.sidebar.expander("Article: choose another, paste or upload", key="input",
                                  on_change="rerun", bind="query-params")
    if not chooser.open:
        if source == SOURCES[0]:
            return _bundled(wanted)
        return st.session_state.get("last_good")
    # widgets go into the expander, messages stay above the map
    source = chooser.selectbox("Article source", SOURCES, index=SOURCES.index(source),
                               key="source", on_change=_leave_corpus)
    st.session_state["chosen_source"] = source
    if source == SOURCES[0]:
        articles = bundled_articles()
        names = list(articles)
        name = chooser.selectbox("Article", names, key="article",
                                 index=names.index(wanted) if wanted in names else 0,
                                 format_func=lambda n: _chooser_label(n, articles[n]),
                                 on_change=_leave_corpus)
        return _bundled(name or "")
    st.query_params.pop("article", None)
    if source == "Paste text":
        return _pasted(chooser)
    return _uploaded(chooser)


def _leave_corpus() -> None:
    """Picking an article shows that article: the corpus timeline closes."""
    st.session_state["corpus"] = False


def _pasted(box: DeltaGenerator) -> Result | None:
    text = box.text_area("Article text", key="pasted", height=200)
    date = box.text_input("Article date (YYYY-MM-DD, optional)", key="date")
    if not text.strip():
        st.info("Paste the text of a news article in the sidebar to map its places.")
        return None
    # the same checks and HTML clean-up as an uploaded .txt file
    pasted = geojson_io.read_upload(text.encode("utf-8"), "pasted text")
    for warning in pasted.warnings:
        st.warning(_plain(warning))
    return Result("pasted text", _extract(pasted.text, date.strip() or None, _pins_version()),
                  pasted.text)


def _uploaded(box: DeltaGenerator) -> Result | None:
    uploaded = box.file_uploader(
        "Article (.txt, .html) or FeatureCollection (.geojson, .json)",
        type=["txt", "html", "htm", "geojson", "json"], key="upload")
    if uploaded is None:
        st.info("Upload an article or a GeoJSON FeatureCollection written by `geo extract`.")
        return None
    upload = _read_upload(uploaded.getvalue(), uploaded.name)
    for warning in upload.warnings:
        st.warning(_plain(warning))
    return _result(upload)


def _layer_toggles() -> list[str]:
    """Checkboxes for the layers, initialised from and written back to the URL."""
    st.sidebar.subheader("Layers")
    from_url = st.query_params.get("layers")
    initial = set(DEFAULT_LAYERS if from_url is None else from_url.split(","))
    visible = []
    for layer in Layer:
        key = f"show_{layer.value}"
        if key not in st.session_state:
            st.session_state[key] = layer.value in initial
        if st.sidebar.checkbox(mapview.LAYER_STYLES[layer].label, key=key):
            visible.append(layer.value)
    st.query_params["layers"] = ",".join(visible)
    st.sidebar.caption(LAYER_NOTE)
    return visible


def _online_tiles() -> bool:
    if "tiles" not in st.session_state:
        st.session_state["tiles"] = st.query_params.get("tiles") == "osm"
    on = st.sidebar.checkbox("OpenStreetMap background (online)", key="tiles",
                             help="Loads map tiles from openstreetmap.org; off by default.")
    if on:
        st.query_params["tiles"] = "osm"
    else:
        st.query_params.pop("tiles", None)
    return on


def _show(result: Result, visible: list[str], tiles: bool) -> None:
    st.caption(_caption(result))
    # The base map depends on the collection only; the layers travel as feature groups, so
    # a toggle redraws them inside the same map instead of reloading it.
    basemap_url = _basemap_url()
    parts = mapview.map_parts(result.collection, visible_layers=visible,
                              basemap=None if basemap_url else _basemap(),
                              basemap_url=basemap_url, online_tiles=tiles,
                              context_urls=_context_urls(result.collection))
    st_folium(parts.base, key="map", feature_group_to_add=list(parts.groups),
              returned_objects=[], height=MAP_HEIGHT,
              use_container_width=True, render=False)
    _details(result, visible)


def _caption(result: Result) -> str:
    """What is on the map: headline, date, source and file, then the marks by status."""
    head = [f"**{_plain(result.title or result.label)}**"]
    if result.title:
        head.append(_plain(result.date or "undated"))
        if result.source:
            head.append(_plain(result.source))
        head.append(_plain(result.label))
    counts = mapmarks.status_counts(result.collection.get("features", []))
    shown = [f"{mapmarks.STATUS_STYLES[s].label}: {n}" for s, n in counts.items()
             if s != mapmarks.REJECTED and (n or s in ("announced", "proposed", "disputed"))]
    if counts[mapmarks.REJECTED]:
        shown.append(f"marked wrong: {counts[mapmarks.REJECTED]}")
    return " · ".join(head) + "  \n" + " · ".join(shown)


def _details(result: Result, visible: list[str]) -> None:
    """The evidence table, the downloads and the highlighted article, in an expander that
    is closed by default and whose content is built only when open (its state is kept in
    the URL). Rendering them on every first load kept the map from drawing for ~0.3 s
    (A/B in a fresh browser, 12 loads each: 3.32 s with them open, 3.07 s closed)."""
    details = st.expander("Evidence: every place with its sentence, downloads, the article",
                          key="details", on_change="rerun", bind="query-params")
    if not details.open:
        return
    collection = result.collection
    every_row = mapview.evidence_rows(collection, DEFAULT_LAYERS)
    shown_labels = {mapview.LAYER_STYLES[Layer(layer)].label for layer in visible}
    rows = [row for row in every_row if row["layer"] in shown_labels]
    with details:
        # Plain HTML (st.html) and downloads built on click (without a rerun, which could
        # swallow a second click): a data grid makes a cold browser fetch and parse ~1.8 MB
        # of extra scripts. Chosen by the rows of the whole collection (every layer), so a
        # toggle never swaps one table widget for another; thousands of rows (places, or a
        # corpus's reports) get the sortable, virtualised grid.
        if len(every_row) <= HTML_TABLE_ROWS:
            st.html(mapview.evidence_table_html(rows))
        else:
            st.dataframe(rows, hide_index=True, width="stretch", column_config={
                "confidence": st.column_config.NumberColumn(format="%.2f"),
                "evidence": st.column_config.TextColumn(width="large")})
        left, right = st.columns(2)
        left.download_button("Download GeoJSON (visible layers)", key="dl_geojson",
                             data=lambda: geojson_io.feature_collection_bytes(
                                 mapview.visible_features(collection, visible)),
                             file_name="layers.geojson", mime="application/geo+json",
                             on_click="ignore")
        right.download_button("Download table (CSV)", key="dl_csv",
                              data=lambda: geojson_io.csv_bytes(rows),
                              file_name="evidence.csv", mime="text/csv", on_click="ignore")
        if result.text is not None:
            st.subheader("Article")
            st.html(mapview.legend_html()
                    + mapview.article_html(result.text, collection, visible))


@dataclass(frozen=True)
class CorpusView:
    """The corpus timeline chosen in the sidebar: its database and the dates looked at."""

    path: Path
    since: str
    until: str
    version: tuple[Any, ...]  # store.revision: what is read from the corpus is cached by it
    undated: bool = False  # the reports of undated articles are shown too


def corpus_dir() -> Path:
    """Where the page looks for corpus databases: ``$GEO_CORPUS_DIR``, else the project
    folder (where ``python -m geo ingest`` writes by default)."""
    return Path(os.environ.get("GEO_CORPUS_DIR") or ROOT).expanduser()


def _corpus_view() -> CorpusView | None:
    """The sidebar's corpus timeline (closed by default, built only when open): one of the
    corpus databases of :func:`corpus_dir` and the dates to look at. The page offers the
    databases it finds rather than taking a typed path, so a browser opens, and an analyst's
    correction writes into, no other file of the server."""
    box = st.sidebar.expander("Corpus timeline", key="corpus", on_change="rerun",
                              bind="query-params")
    if not box.open:
        return None
    folder = corpus_dir()
    names = sorted(p.name for p in folder.glob("*.sqlite") if p.is_file())
    if not names:
        box.info("No corpus database (`*.sqlite`) in the corpus folder: "
                 f"`python -m geo ingest PATH... --db {_plain(DEFAULT_DB.name)}` in it "
                 "makes one (`GEO_CORPUS_DIR` chooses the folder).")
        return None
    default = names.index(DEFAULT_DB.name) if DEFAULT_DB.name in names else 0
    name = box.selectbox("Corpus database", names, index=default, key="db")
    path = folder / str(name)
    conn = store.connect(path)
    try:
        (first, last), version = store.date_range(conn), store.revision(conn)
        n_undated = store.undated_count(conn)
    finally:
        conn.close()
    if (first is None or last is None) and not n_undated:
        box.info("The corpus has no articles yet.")
        return None
    today = dt.date.today()
    lo = dt.date.fromisoformat(first) if first else today
    hi = dt.date.fromisoformat(last) if last else today
    if lo == hi:
        hi = lo + dt.timedelta(days=1)
    since, until = _corpus_dates(box, lo, hi)
    return CorpusView(path, since.isoformat(), until.isoformat(), version,
                      _include_undated(box, n_undated, dated=first is not None))


def _include_undated(box: DeltaGenerator, count: int, *, dated: bool) -> bool:
    """The "include undated reports" checkbox, kept in the URL (``undated=true``): an
    undated article has no place in a date range, so its reports are left out unless
    the analyst asks for them (ticked by default when no article has a date)."""
    if "undated" not in st.session_state:
        st.session_state["undated"] = st.query_params.get("undated") == "true" or not dated
    on = box.checkbox(f"Include undated reports ({count} undated article"
                      f"{'' if count == 1 else 's'})", key="undated",
                      help="Reports of articles without a date, shown as 'undated' on "
                           "the map, in the popups and in the table of changes.")
    if on:
        st.query_params["undated"] = "true"
    else:
        st.query_params.pop("undated", None)
    return bool(on)


def _url_date(key: str, lo: dt.date, hi: dt.date, default: dt.date) -> dt.date:
    try:
        return min(hi, max(lo, dt.date.fromisoformat(st.query_params.get(key, ""))))
    except ValueError:
        return default


def _corpus_dates(box: DeltaGenerator, lo: dt.date, hi: dt.date) -> tuple[dt.date, dt.date]:
    """The date range: typed (from, to) or dragged (the slider), the three kept in step,
    and kept in the URL (``from``, ``to``)."""
    if "dates" not in st.session_state:
        start = _url_date("from", lo, hi, lo)
        st.session_state["dates"] = (start, max(start, _url_date("to", lo, hi, hi)))
    if "date_from" not in st.session_state:
        st.session_state["date_from"], st.session_state["date_to"] = st.session_state["dates"]

    def typed() -> None:
        start, end = st.session_state["date_from"], st.session_state["date_to"]
        if start and end:
            st.session_state["dates"] = (max(lo, min(start, end)), min(hi, max(start, end)))

    def dragged() -> None:
        st.session_state["date_from"], st.session_state["date_to"] = st.session_state["dates"]

    box.date_input("From", min_value=lo, max_value=hi, key="date_from", on_change=typed,
                   format="YYYY-MM-DD")
    box.date_input("To", min_value=lo, max_value=hi, key="date_to", on_change=typed,
                   format="YYYY-MM-DD")
    since, until = cast(tuple[dt.date, dt.date], box.slider(
        "Reports between", min_value=lo, max_value=hi, key="dates", format="YYYY-MM-DD",
        on_change=dragged))
    st.query_params["from"], st.query_params["to"] = since.isoformat(), until.isoformat()
    return since, until


@st.cache_data(show_spinner="Reading the corpus…", max_entries=16)
def _corpus_collection(path: str, as_of: str, undated: bool, version: tuple[Any, ...]
                       ) -> dict:
    # ``version`` is part of the cache key only: a changed corpus is read again
    conn = store.connect(path)
    try:
        return corpus_layers.corpus_collection(conn, as_of, undated=undated)
    finally:
        conn.close()


@st.cache_data(show_spinner=False, max_entries=16)
def _corpus_changes_between(path: str, since: str, until: str, undated: bool,
                            version: tuple[Any, ...]) -> list[corpus_layers.Change]:
    conn = store.connect(path)
    try:
        return corpus_layers.changes(conn, since, until, undated=undated)
    finally:
        conn.close()


@st.cache_data(show_spinner=False, max_entries=4)
def _correction_log(path: str, version: tuple[Any, ...]) -> list[dict[str, Any]]:
    """Every correction saved, with the names of the places (read once per version, not
    again when the dates move)."""
    conn = store.connect(path)
    try:
        names = {f["properties"]["id"]: f["properties"]["name"]
                 for f in corpus_layers.corpus_collection(conn)["features"]}
        return corpus_layers.correction_log(conn, names)
    finally:
        conn.close()


def _corpus_result(view: CorpusView) -> Result:
    collection = _corpus_collection(str(view.path), view.until, view.undated, view.version)
    return Result(view.path.name, collection,
                  title=f"Corpus timeline: every place as of {view.until}",
                  date=f"reports from {view.since} to {view.until}"
                       + (" and undated reports" if view.undated else ""))


def _corpus_changes(view: CorpusView) -> None:
    """What changed between the two dates, the corrections saved, and a form to correct
    a mark."""
    found = _corpus_changes_between(str(view.path), view.since, view.until, view.undated,
                                    view.version)
    log = _correction_log(str(view.path), view.version)
    st.subheader(f"What changed between {view.since} and {view.until}")
    if not found:
        st.caption("No centre or disputed area appeared or changed status.")
    st.html(mapview.evidence_table_html([
        {"date": c.date or "undated", "name": c.name, "role": c.role, "before": c.before or "(new)",
         "after": c.after, "article": c.title or c.article, "sentence": c.sentence,
         "corrected": c.correction or ""} for c in found]))
    box = st.expander(f"Analysts' corrections ({len(log)}) and a form to correct a mark",
                      key="correct", on_change="rerun")
    if "saved" in st.session_state:
        saved = st.session_state.pop("saved")
        st.toast(saved, icon="✅")  # seen wherever the page is scrolled to
        box.success(saved)
    if box.open:
        if log:
            box.html(mapview.evidence_table_html(log))
        _correction_form(box, view)


_ACTION_LABELS = {"wrong": "it is wrong", "status": "set the status", "move": "move it"}


def _mark_label(props: dict[str, Any]) -> str:
    """A mark as the correction form names it: name, layer, kind, country and id, so a town
    and the governorate of the same name are told apart."""
    layer = mapview.LAYER_STYLES[Layer(props["layer"])].label
    where = ", ".join(str(v) for v in (props.get("kind"), props.get("country")) if v)
    return f"{props['name']} ({layer}; {where}; {props.get('id')})"


def _correction_form(box: DeltaGenerator, view: CorpusView) -> None:
    """Pick a mark and what is wrong with it; only that correction's fields are shown.
    Mark and kind are chosen outside the form, so the fields follow them (the move fields
    start at the mark's point). The fields keep what was typed when a save fails, and are
    emptied (new keys) after a save."""
    marks = _corpus_collection(str(view.path), view.until, view.undated,
                               view.version)["features"]
    if not marks:
        return
    labels = [_mark_label(f["properties"]) for f in marks]
    picked = box.selectbox("Mark", range(len(marks)), format_func=labels.__getitem__,
                           key="fix_mark")
    mark = marks[picked]
    props, point = mark["properties"], shape(mark["geometry"]).representative_point()
    action = box.radio("Correction", store.ACTIONS, horizontal=True, key="fix_action",
                       format_func=_ACTION_LABELS.__getitem__)
    n = st.session_state.get("fix_n", 0)  # a new set of keys after each save
    with box.form("correction", clear_on_submit=False):
        status, lat, lon = None, None, None
        if action == "status":
            status = st.selectbox("New status", store.CENTRE_STATUSES, key=f"fix_status_{n}")
        if action == "move":
            lat = st.number_input("Latitude", -90.0, 90.0, value=round(point.y, 5),
                                  format="%.5f", key=f"fix_lat_{props['id']}_{n}")
            lon = st.number_input("Longitude", -180.0, 180.0, value=round(point.x, 5),
                                  format="%.5f", key=f"fix_lon_{props['id']}_{n}")
        reason = st.text_input("Why", key=f"fix_reason_{n}", max_chars=store.MAX_REASON)
        author = st.text_input("Who", value=st.session_state.get("fix_who", ""),
                               key=f"fix_author_{n}", max_chars=store.MAX_AUTHOR)
        if st.form_submit_button("Save correction"):
            _save_correction(view, props, labels[picked], action, status=status, lon=lon,
                             lat=lat, reason=reason, author=author)


def _save_correction(view: CorpusView, props: dict[str, Any], label: str, action: str,
                     **fields: Any) -> None:
    conn = store.connect(view.path)
    try:
        store.add_correction(conn, props["id"], store.role_of_layer(props["layer"]),
                             action, **fields)
    except GeoError as exc:
        st.error(_plain(str(exc)))  # under the button; what was typed stays
        return
    finally:
        conn.close()
    st.session_state["fix_who"] = fields.get("author", "")
    st.session_state["fix_n"] = st.session_state.get("fix_n", 0) + 1
    st.session_state["saved"] = f"Saved: {_plain(label)}, {_ACTION_LABELS[action]}."
    st.rerun()  # draw the map again, with the correction on it


def main() -> None:
    """The page: sidebar input and toggles, then map, evidence table and article."""
    st.set_page_config(page_title="News to map", page_icon="🗺️", layout="wide")
    st.html(PAGE_CSS)  # style only: Streamlit puts it where it takes no room
    st.title("News to map: joint centres and disputed areas")
    # Messages go into their own container so they never shift the map's place on the
    # page: a moved map is a new iframe, rebuilt from scratch.
    with st.container():
        try:
            result = _sidebar_input()
        except GeoError as exc:
            st.error(_plain(str(exc)))
            result = None
        try:
            corpus = _corpus_view()
            if corpus is not None:
                result = _corpus_result(corpus)
        except GeoError as exc:  # a file that is no corpus database
            st.error(_plain(str(exc)))
            corpus = None
        except sqlite3.Error as exc:  # a row damaged or tampered with, found as it is read
            st.error(_plain(f"corpus database: {' '.join(str(exc).split())}"))
            corpus = None
        if result is not None and not result.collection.get("features"):
            st.info(f"No places found in {_plain(result.label)}.")
            result = None
        if result is not None:
            st.session_state["last_good"] = result
        shown = st.session_state.get("last_good")
        if shown is not None and shown is not result:
            st.caption(f"Still showing the previous result ({_plain(shown.label)}).")
    visible = _layer_toggles()
    tiles = _online_tiles()
    if shown is not None:
        _show(shown, visible, tiles)
    if corpus is not None:
        _corpus_changes(corpus)
    if shown is not None:
        _pins_section(shown)


def _pins_section(result: Result) -> None:
    """Names the gazetteer lacks (drawn at the place that contains them) and the analyst's
    pins: place a name by latitude and longitude, with other spellings and a note; every
    later extraction uses the pins. Built only when opened (its state is in the URL)."""
    unresolved = sorted({f["properties"]["name"] for f in result.collection["features"]
                         if f["properties"].get("unresolved")})
    try:
        saved = pins.read_pins()
    except GeoError as exc:
        st.error(_plain(str(exc)))
        return
    box = st.expander(f"Places the gazetteer lacks ({len(unresolved)}) and your pins "
                      f"({len(saved)})", key="pins", on_change="rerun", bind="query-params")
    if not box.open:
        return
    if message := st.session_state.pop("pin_saved", None):
        box.success(message)
    box.caption("Drawn at the place that contains them: " + (
        ", ".join(_plain(n) for n in unresolved) or "none in this article") + ". Pins are "
        f"saved in {_plain(pins.pins_path().name)}, never in the shipped data.")
    _pin_form(box, unresolved)
    if saved:
        box.html(mapview.evidence_table_html([
            {"name": p.name, "latitude": p.lat, "longitude": p.lon,
             "other spellings": ", ".join(p.alternates), "note": p.note, "who": p.who,
             "when": p.when} for p in saved]))
        left, right = box.columns(2)
        gone = left.selectbox("Remove a pin", [p.name for p in saved], key="pin_remove")
        if left.button("Remove", key="pin_remove_go") and pins.remove_pin(gone):
            st.session_state["pin_saved"] = f"Removed the pin {_plain(gone)}."
            st.rerun()
        right.download_button("Download pins (CSV)", key="dl_pins",
                              data=lambda: pins.pins_csv(pins.read_pins()).encode("utf-8"),
                              file_name="pins.csv", mime="text/csv", on_click="ignore")


def _pin_form(box: DeltaGenerator, unresolved: list[str]) -> None:
    """The name (one the article left unresolved, or typed), the point and a note. What
    was typed stays when a save is refused; a save empties the fields (new keys)."""
    n = st.session_state.get("pin_n", 0)
    with box.form("pin", clear_on_submit=False):
        options = [*unresolved, "another name…"]
        picked = st.selectbox("Name", options, key=f"pin_pick_{n}")
        typed = st.text_input("Another name (if not in the list)", key=f"pin_name_{n}")
        lat = st.number_input("Latitude", -90.0, 90.0, value=0.0, format="%.5f",
                              key=f"pin_lat_{n}")
        lon = st.number_input("Longitude", -180.0, 180.0, value=0.0, format="%.5f",
                              key=f"pin_lon_{n}")
        spellings = st.text_input("Other spellings (comma-separated)", key=f"pin_alt_{n}")
        note = st.text_input("Note (where the point comes from)", key=f"pin_note_{n}")
        who = st.text_input("Who", value=st.session_state.get("pin_who", ""),
                            key=f"pin_who_{n}")
        if not st.form_submit_button("Save pin"):
            return
    name = typed.strip() or (picked if picked in unresolved else "")
    try:
        pin = pins.make_pin(name, lat, lon, alternates=spellings.split(","), note=note,
                            who=who)
        pins.add_pin(pin)
    except GeoError as exc:
        box.error(_plain(str(exc)))
        return
    st.session_state["pin_n"] = n + 1
    st.session_state["pin_who"] = who
    st.session_state["pin_saved"] = f"Pinned {_plain(pin.name)} at {pin.lat}, {pin.lon}."
    st.rerun()


if __name__ == "__main__":
    main()
