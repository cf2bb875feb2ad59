"""Web pages through trafilatura: main text only, metadata kept (saved pages in tests/data/html)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.ingest import Reject, parse_html, read_inputs

PAGES = Path(__file__).resolve().parent.parent / "data" / "html"
# Text that is on the pages but not in the article: navigation, footers, related links, scripts.
NOT_ARTICLE = ("Subscribe for $1 a week", "Russia masses 100,000 troops", "Related stories", "Most read",
               "China launches third aircraft carrier", "EU agrees new sanctions", "Trending", "Privacy",
               "All rights reserved", "Copyright", "dataLayer", "console.log", "querySelectorAll", "Log in",
               "| Example News", "Menu", "color: red")


@pytest.mark.parametrize("page, title, dateline, published, author, url", [
    ("nav_footer.html", "Japan to Send Two Destroyers to the Philippines", "TOKYO", "2024-03-07", "Aiko Tanaka",
     "https://news.example.com/world/2024/03/07/japan-destroyers-philippines"),
    ("dateline_behind_nav.html", "NATO Allies Agree to Expand Baltic Air Policing", "BRUSSELS", "2023-06-15",
     "Lena Berg", None),
    ("title_suffix.html", "Kenya Pledges 1,000 Police Officers for Haiti Mission", "NAIROBI", "2023-07-30",
     "Peter Otieno", "https://news.example.com/africa/kenya-haiti-police"),
])
def test_page_main_text_and_metadata(page, title, dateline, published, author, url):
    [art] = read_inputs([PAGES / page], published="1999-01-01")
    assert not isinstance(art, Reject), art
    for junk in NOT_ARTICLE:
        assert junk not in art.text, junk
    assert art.title == title and art.text.startswith(title + "\n\n" + dateline + " — ")
    assert art.text.count(title) == 1  # the <h1> is not repeated under the title line
    assert (art.dateline, art.published, art.author, art.url) == (dateline, published, author, url)
    # Paragraphs stay blocks of their own.
    assert art.text.count("\n\n") >= 3


def test_page_paragraph_text_is_kept_whole():
    [art] = read_inputs([PAGES / "nav_footer.html"])
    assert ('"Our navies will work side by side to keep the sea lanes open," Kihara told reporters, adding that '
            "the deployment would last until the end of the year.") in art.text


def test_published_fills_in_a_page_without_a_date_and_text_dates_are_not_taken():
    html = ("<html><head><title>Frigates Sail | Example News</title></head><body><nav><a href='/'>Home</a></nav>"
            "<article><h1>Frigates Sail</h1><p>Published March 3, 2021. The navy said on Tuesday that two frigates "
            "had left port for the Red Sea, where they will join an international mission protecting merchant "
            "shipping from attacks by drones and missiles.</p></article></body></html>")
    art = parse_html(html, source="p.html", published="2024-01-16")
    assert art.published == "2024-01-16" and art.title == "Frigates Sail"
    assert art.text.startswith("Frigates Sail\n\nPublished March 3, 2021.")


def test_cp1252_page_declaring_its_charset(tmp_path):
    page = tmp_path / "p.html"
    page.write_bytes(("<html><head><meta charset='windows-1252'><title>Caf\u00e9 Talks</title></head><body>"
                      "<article><p>PARIS \u2014 The minister said the talks in a caf\u00e9 near the \u00c9lys\u00e9e "
                      "were \u201cconstructive\u201d and would resume next week with both delegations.</p>"
                      "</article></body></html>").encode("cp1252"))
    [art] = read_inputs([page])
    assert art.encoding == "cp1252" and "“constructive”" in art.text and art.dateline == "PARIS"


@pytest.mark.parametrize("html, expected", [
    ("<p>Short visible text.</p>", "Short visible text."),                 # a fragment
    ("<p>NATO&amp;EU</p><![CDAT\x00\x00A[x]]></body>", "NATO&EU"),           # broken markup
])
def test_fragments_fall_back_to_visible_text(html, expected):
    assert expected in parse_html(html, source="p.html").text
