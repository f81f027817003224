"""Reading untrusted article input: bytes -> clean text, or a clear :class:`InputError`.

The only module that decodes files. Rules, in order: a size limit (5 MB), no NUL bytes
or control-character soup (binary), UTF-8 (with or without BOM) else cp1252 with a
warning, HTML reduced to its visible text, and some letters required.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

from geo.errors import InputError

__all__ = ["MAX_BYTES", "decode_article", "html_to_text", "looks_like_html", "read_article",
           "reduce_html"]

MAX_BYTES = 5 * 1024 * 1024
_HTML_HINT_RE = re.compile(r"<\s*(html|body|p|div|article|head|br|span|h[1-6])\b", re.I)
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
               "article", "section", "header", "footer", "tr", "blockquote", "title"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT_RE.search(text[:5000]))


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page, paragraphs kept as blank-line breaks."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\s*\n\s*\n\s*", "\n\n", text)
    return text.strip()


def _is_binary(data: bytes) -> bool:
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 20)


def reduce_html(text: str) -> str:
    """An article text given as a string (a JSON record's ``text``): its text if it is an
    HTML page, as :func:`decode_article` does for files; any other text unchanged."""
    return html_to_text(text) if looks_like_html(text) else text


def decode_article(data: bytes, filename: str = "") -> tuple[str, list[str]]:
    """Turn uploaded or read bytes into article text; returns ``(text, warnings)``."""
    label = f"{filename}: " if filename else ""
    if len(data) > MAX_BYTES:
        raise InputError(f"{label}input is {len(data) / 1e6:.1f} MB; the limit is "
                         f"{MAX_BYTES / 1e6:.0f} MB")
    if not data.strip():
        raise InputError(f"{label}input is empty")
    if _is_binary(data):
        raise InputError(f"{label}input looks binary, not text (found NUL or control bytes)")
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(f"{label}input is neither UTF-8 nor cp1252 text "
                             f"(byte {exc.start})") from None
        warnings.append(f"{label}input is not valid UTF-8 (byte {exc.start}); "
                        "read it as cp1252")
    if filename.lower().endswith((".html", ".htm")) or looks_like_html(text):
        text = html_to_text(text)
        warnings.append(f"{label}HTML reduced to its text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not any(ch.isalpha() for ch in text):
        raise InputError(f"{label}input has no words in it")
    return text, warnings


def read_article(path: str | Path) -> tuple[str, list[str]]:
    """Read an article file (``-`` is not handled here; the CLI reads stdin itself)."""
    path = Path(path)
    try:
        with path.open("rb") as f:
            data = f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read {str(path)!r}: {exc.strerror or exc}") from None
    return decode_article(data, path.name)
