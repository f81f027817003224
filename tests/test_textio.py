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
