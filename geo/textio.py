"""Reading untrusted article input: bytes -> clean text, or a clear :class:`InputError`.

The only module that decodes files. Rules, in order: a size limit (5 MB), no NUL bytes
or control-character soup (binary), UTF-16 with a BOM, UTF-8 (with or without BOM) else
cp1252 with a warning, HTML reduced to its visible text, and some letters required.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from geo.errors import InputError

__all__ = ["MAX_BYTES", "decode_article", "decode_text", "html_to_text", "looks_like_html",
           "read_article", "reduce_html"]

MAX_BYTES = 5 * 1024 * 1024
_HTML_HINT_RE = re.compile(r"<\s*(html|body|p|div|article|head|br|span|h[1-6])\b", re.I)
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "iframe"}
_BLOCK_TAGS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
               "article", "section", "header", "footer", "tr", "blockquote", "title"}


# One pass over the markup, each "<" looked at once: a tag, a comment opener, a
# declaration or processing instruction, else plain text. Searching only up to the last ">"
# of the page keeps every match bounded, so degenerate markup ("<a <a <a...", "<?" * n,
# "<![" * n) costs linear time; the standard library's HTMLParser was quadratic on these,
# and raised on some.
_TOKEN_RE = re.compile(r"<!--|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>|<[!?/][^>]*>")
_OPENER_RE = re.compile(r"<[a-zA-Z/!?]")
_RAW_TAGS = ("script", "style")  # their content is code; unclosed, it runs to the end
# head ends where the body's content starts, even without the optional </head>
_ENDS_HEAD = _BLOCK_TAGS - {"title"} | {"body", "a", "b", "i", "em", "strong", "img",
                                       "table", "span"}


class _TextExtractor:
    """The text of a page; an element of _SKIP_TAGS is left out only once it is closed
    (an unclosed <svg>, <iframe> or <template> no longer drops the rest of the page)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.open: list[tuple[str, int]] = []  # skipped elements: tag, where its text starts

    def feed(self, markup: str) -> None:
        pos, stop = 0, markup.rfind(">") + 1
        while pos < stop:
            m = _TOKEN_RE.search(markup, pos, stop)
            if m is None:
                break
            self.parts.append(markup[pos:m.start()])
            pos = m.end()
            if m.group() == "<!--":
                close = markup.find("-->", pos)
                if close < 0:  # an unclosed comment hides the rest, as in a browser
                    return
                pos = close + 3
            elif m.group(2):
                pos = self._tag(markup, m, pos)
        # after the last ">", a "<" that opens a tag or comment is never closed: the
        # browser shows nothing from there on
        tail = _OPENER_RE.search(markup, pos)
        self.parts.append(markup[pos:tail.start() if tail else len(markup)])

    def _tag(self, markup: str, m: re.Match[str], pos: int) -> int:
        """Handle a start or end tag; returns where the text goes on."""
        tag, closing = m.group(2).lower(), bool(m.group(1))
        if not closing and tag in _RAW_TAGS:
            end = re.compile(rf"</{tag}\s*>", re.I).search(markup, pos)
            return end.end() if end else len(markup)
        if tag in _SKIP_TAGS:
            if closing:
                self._close(tag)
            elif not m.group(3).rstrip().endswith("/"):
                self.open.append((tag, len(self.parts)))
            return pos
        if not closing and tag in _ENDS_HEAD:
            self._close("head")
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")
        return pos

    def _close(self, tag: str) -> None:
        """Drop the text of the innermost open ``tag`` (and of what it still holds open)."""
        for i in range(len(self.open) - 1, -1, -1):
            if self.open[i][0] == tag:
                del self.parts[self.open[i][1]:]
                del self.open[i:]
                return


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT_RE.search(text[:5000]))


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page, paragraphs kept as blank-line breaks."""
    parser = _TextExtractor()
    parser.feed(markup)
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


def decode_text(data: bytes, filename: str = "") -> tuple[str, list[str]]:
    """Bytes to text, nothing more (size limit, binary check, UTF-16 with a BOM, UTF-8
    else cp1252): for a ``.json`` article, whose HTML is in its ``text`` field, not its
    file. Returns ``(text, warnings)``."""
    label = f"{filename}: " if filename else ""
    if len(data) > MAX_BYTES:
        raise InputError(f"{label}input is {len(data) / 1e6:.1f} MB; the limit is "
                         f"{MAX_BYTES / 1e6:.0f} MB")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeError:
            raise InputError(f"{label}input has a UTF-16 byte-order mark but is not "
                             "UTF-16 text") from None
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
    return text, warnings


def decode_article(data: bytes, filename: str = "") -> tuple[str, list[str]]:
    """Turn uploaded or read bytes into article text; returns ``(text, warnings)``."""
    label = f"{filename}: " if filename else ""
    text, warnings = decode_text(data, filename)
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
