import pytest

from geo.errors import InputError
from geo.textio import MAX_BYTES, decode_article, html_to_text


def test_utf8_with_bom():
    text, warnings = decode_article("\ufeffErbil".encode())
    assert text == "Erbil" and warnings == []


def test_html_entities_and_blocks():
    assert html_to_text("<p>A &lt;b&gt;</p><p>B</p>") == "A <b>\n\nB"


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02abc", b"x" * (MAX_BYTES + 1), b"42"])
def test_refused(data):
    with pytest.raises(InputError):
        decode_article(data, "upload.txt")


def test_a_page_without_the_optional_head_end_tag_keeps_its_body():
    page = "<html><head><title>T</title><meta charset=utf-8><body><p>Talks in Erbil.</p>"
    assert html_to_text(page) == "Talks in Erbil."


def test_an_unclosed_svg_iframe_or_template_keeps_the_rest_of_the_page():
    for tag in ("svg", "iframe", "template"):
        page = f"<p>Before.</p><{tag}><p>Talks in Erbil.</p>"
        assert "Talks in Erbil." in html_to_text(page)
        assert "Erbil" not in html_to_text(f"<p>Before.</p><{tag}>Erbil</{tag}><p>After</p>")


def test_an_unclosed_comment_or_tag_is_not_article_text():
    assert html_to_text("<p>Talks.</p><!-- Baghdad Mosul") == "Talks."
    assert html_to_text("<p>Talks.</p><!-- x --><p>In Erbil <a href='x") == "Talks.\n\nIn Erbil"


@pytest.mark.parametrize("junk", ["<?", "<!", "</", "<a ", "<a b='", "<!--", "<![", "<a\n"])
def test_degenerate_markup_is_reduced_without_error(junk):
    text = html_to_text("<html><body><p>Talks in Baghdad.</p>" + junk * 50_000 + "<p>x</p>")
    assert text.startswith("Talks in Baghdad.")
