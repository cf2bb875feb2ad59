"""Tests for pipeline.render (visual review HTML) and the ``show`` command."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from pipeline.render import render_html, render_page, spans_of

TITLE = "Pentagon weighs more troops for Poland"
TEXT = (
    f"{TITLE}\n\n"
    "WARSAW — US Defence Secretary Lloyd Austin said on Monday that about 10,000 US troops\n"
    "    are stationed in Poland, and that the alliance \"will not be intimidated by Moscow\".\n\n"
    "  • Poland spends 4% of GDP on defence.\n"
    "  • NATO has 32 members <and counting>.\n"
)


def _span(needle: str, nth: int = 0) -> dict[str, Any]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


def _entity(eid: str, label: str, name: str, country: str | None, *mentions: dict) -> dict[str, Any]:
    return {"id": eid, "label": label, "name": name, "country": country, "mentions": list(mentions)}


RECORD: dict[str, Any] = {
    "article": {"id": "waw-1", "title": TITLE, "published": "2024-05-06", "dateline": "WARSAW"},
    "entities": [
        _entity("E1", "GPE", "Warsaw", "POL", _span("WARSAW")),
        _entity("E2", "GPE", "United States", "USA", _span("US"), _span("US", 1)),
        _entity("E3", "PERSON", "Lloyd Austin", None, _span("Lloyd Austin")),
        _entity("E4", "GPE", "Poland", "POL", _span("Poland", 1), _span("Poland", 2)),
        _entity("E5", "GPE", "Moscow", "RUS", _span("Moscow")),
        _entity("E6", "ORG", "NATO", None, _span("NATO")),
    ],
    "roles": [{"id": "R1", "person": "E3", "person_name": "Lloyd Austin", "title": "Defence Secretary",
               "role": "defence_minister", "country": "USA", "organization": None,
               "evidence": _span("US Defence Secretary Lloyd Austin")}],
    "quantities": [
        {"id": "Q1", "text": "about 10,000 US troops", "value": 10000, "approximate": True, "unit": "troop",
         "category": "personnel", "owner": {"entity": "E2", "country": "USA"},
         "location": {"entity": "E4", "country": "POL"}, "evidence": _span("about 10,000 US troops")},
        {"id": "Q2", "text": "4%", "value": 4, "approximate": False, "unit": "percent", "category": "percent",
         "owner": None, "location": None, "evidence": _span("4%")},
    ],
    "forces": [{"id": "F1", "owner": "USA", "size": 10000, "approximate": True, "unit": "troop",
                "location": "POL", "status": "stationed", "quantities": ["Q1"]}],
    "dates": [{"id": "D1", "text": "Monday", "type": "DATE", "value": "2024-05-06", "evidence": _span("Monday")}],
    "quotes": [{"id": "T1", "text": "will not be intimidated by Moscow", "speaker": "E3",
                "speaker_name": "Lloyd Austin", "cue": "say",
                "evidence": _span("will not be intimidated by Moscow")}],
    "events": [{"id": "V1", "type": "MOBILIZE", "actor": "E2", "recipient": None, "actor_name": "United States",
                "recipient_name": None, "actor_country": "USA", "recipient_country": None, "location": "POL",
                "date": "D1", "date_value": "2024-05-06", "trigger": _span("stationed"),
                "evidence": _span("about 10,000 US troops\n    are stationed in Poland")}],
}


class _Text(HTMLParser):
    """Collects the text of each paragraph div, leaving out label badges."""

    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: list[str] = []
        self.badges: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class") or ""
        if tag == "div" and "nw-p" in cls:
            self.paragraphs.append("")
        self._stack.append(cls)

    def handle_endtag(self, tag):
        self._stack.pop()

    def handle_data(self, data):
        if self._stack and "nw-b" in self._stack[-1]:
            self.badges.append(data)
        elif any("nw-p" in c for c in self._stack):
            self.paragraphs[-1] += data


def _parse(markup: str) -> _Text:
    p = _Text()
    p.feed(markup)
    return p


def test_spans_of_lists_every_fact_sorted():
    spans = spans_of(RECORD)
    assert spans == sorted(spans)
    assert (TEXT.index("US Defence"), TEXT.index(" said"), "ROLE defence_minister USA") in spans
    assert len(spans) == 8 + 1 + 2 + 1 + 1 + 1  # mentions + role + quantities + date + quote + event trigger


@pytest.mark.parametrize(
    "label",
    [
        "GPE POL", "GPE USA", "PERSON", "GPE RUS", "ORG",
        "ROLE defence_minister USA",
        "QUANTITY ~10,000 troop USA in POL",
        "QUANTITY 4 percent",
        "DATE 2024-05-06",
        "QUOTE Lloyd Austin (say)",
        "MOBILIZE United States (USA)",
    ],
)
def test_labels_are_badges(label):
    assert label in _parse(render_html(TEXT, RECORD)).badges


def test_overlapping_spans_each_get_a_lane():
    markup = render_html(TEXT, RECORD)
    # "Lloyd Austin" lies inside the role's evidence: its segment carries two bars and names both.
    m = re.search(r'<span class="nw-s" title="([^"]*)"[^>]*>Lloyd Austin</span>', markup)
    assert m, "the person's name is not a segment of its own"
    assert html.unescape(m.group(1)) == "ROLE defence_minister USA | PERSON"
    style = markup[m.start():m.end()]
    assert style.count("linear-gradient") == 2
    assert "bottom 8px" in style and "bottom 2px" in style  # two lanes, different heights


def test_text_and_paragraphs_are_preserved():
    parsed = _parse(render_html(TEXT, RECORD))
    # Title, body (a hard-wrapped paragraph) and the two bullets, which stay separate lines.
    assert len(parsed.paragraphs) == 3
    assert parsed.paragraphs[0] == TITLE
    body = parsed.paragraphs[1]
    assert body.startswith("WARSAW — US Defence Secretary Lloyd Austin said on Monday")
    assert "US troops     are stationed" in body  # the wrap's newline shown as a space: offsets hold
    assert parsed.paragraphs[2] == "• Poland spends 4% of GDP on defence.\n  • NATO has 32 members <and counting>."


def test_text_is_escaped():
    markup = render_html(TEXT, RECORD)
    assert "&lt;and counting&gt;" in markup
    assert "<and counting>" not in markup


def test_header_and_forces():
    markup = render_html(TEXT, RECORD)
    assert "nw-title" in markup  # the title line of the text is shown as the title, not repeated
    assert f"<h3>{TITLE}</h3>" not in markup
    assert "published 2024-05-06" in markup
    assert "1 events" in markup
    # Forces by size and place, with the text they were reported as, not record ids.
    assert ("<td>United States (USA)</td><td>~10,000</td><td>troop</td><td>Poland (POL)</td><td>stationed</td>"
            "<td>“about 10,000 US troops”</td>") in markup
    assert "<td>F1</td>" not in markup and "<td>Q1</td>" not in markup


def test_events_listed_with_trigger_highlighted():
    markup = render_html(TEXT, RECORD)
    table = markup[markup.index('<table class="nw-events">'):]
    table = table[:table.index("</table>")]
    assert ("<td>MOBILIZE</td><td>United States (USA)</td><td></td><td>Poland (POL)</td>"
            "<td>Monday (2024-05-06)</td>") in table
    assert 'about 10,000 US troops\n    are <span class="nw-trig">stationed</span> in Poland' in table
    # The trigger is also a bar in the text, like every other fact.
    assert "MOBILIZE United States (USA)" in _parse(markup).badges


def test_events_with_offsets_outside_the_text_show_their_recorded_evidence():
    rec = {**RECORD, "events": [{**RECORD["events"][0], "trigger": {"start": 900, "end": 909, "text": "stationed"},
                                 "evidence": {"start": 890, "end": 920, "text": "troops are stationed in Poland"}}]}
    markup = render_html(TEXT, rec)
    assert "<td>troops are stationed in Poland</td>" in markup
    assert not [b for b in _parse(markup).badges if b.startswith("MOBILIZE")]


def test_title_not_in_text_is_a_heading():
    body = TEXT.split("\n\n", 1)[1]
    shift = len(TEXT) - len(body)
    rec = {**RECORD, "entities": [_entity("E1", "GPE", "Warsaw", "POL",
                                          {"start": 0, "end": 6, "text": "WARSAW"})],
           "roles": [], "quantities": [], "dates": [], "quotes": [], "forces": []}
    markup = render_html(body, rec)
    assert f"<h3>{TITLE}</h3>" in markup
    assert "GPE POL" in _parse(markup).badges
    assert shift > 0


def test_bad_offsets_are_skipped_not_fatal():
    rec = {**RECORD, "dates": [{"id": "D1", "text": "x", "type": "DATE", "value": "2024",
                                "evidence": {"start": len(TEXT) + 5, "end": len(TEXT) + 9, "text": "x"}}]}
    assert "DATE 2024" not in _parse(render_html(TEXT, rec)).badges


def test_page_and_fragment():
    fragment = render_html(TEXT, RECORD)
    assert fragment.startswith("<style>") and "<html" not in fragment
    page = render_html(TEXT, RECORD, page=True)
    assert page.startswith("<!DOCTYPE html>") and "<meta charset='utf-8'>" in page and fragment in page
    assert render_page([fragment, fragment]).count("<hr>") == 1


@pytest.mark.model
def test_result_render_and_repr_html():
    import pipeline

    text = ("BERLIN — German Chancellor Olaf Scholz said on Friday that Germany will station a brigade "
            "of 5,000 soldiers in Lithuania by 2027.")
    result = pipeline.extract(text, published="2023-06-23")
    markup = result._repr_html_()
    badges = _parse(markup).badges
    assert "ROLE head_of_government DEU" in badges
    assert "GPE LTU" in badges
    assert any(b.startswith("QUANTITY 5,000 soldier") for b in badges)
    assert _parse(markup).paragraphs == [text]


@pytest.mark.model
def test_show_command_writes_html(tmp_path: Path):
    from pipeline.cli import main

    seed = Path(__file__).resolve().parents[1] / "corpus" / "000_0f67e98c915d983e.txt"
    out = tmp_path / "review.html"
    assert main(["show", str(seed), "--html", str(out), "--published", "2025-11-04"]) == 0
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    badges = _parse(page).badges
    assert "ROLE defence_minister USA" in badges
    assert "ROLE defence_minister KOR" in badges
    assert "QUANTITY 28,500 troop USA in KOR" in badges
    assert "DURATION P20Y" in badges
    assert any(b.startswith("QUOTE Pete Hegseth") for b in badges)
    assert "<td>United States (USA)</td><td>28,500</td><td>troop</td><td>South Korea (KOR)</td>" in page


def _fake_process(articles, **_kw):
    """process_articles without spaCy: one record per article with no facts."""
    from test_tables import make_record

    return [(a.id, make_record(a.id, a.text, title=a.title, published=a.published), None) for a in articles]


def test_show_says_when_limit_cut_the_page(tmp_path: Path, monkeypatch, capsys):
    from pipeline import engine
    from pipeline.cli import main

    monkeypatch.setattr(engine, "process_articles", _fake_process)
    corpus = tmp_path / "in"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.txt").write_text(f"Article number {i} about Seoul.", encoding="utf-8")
    out = tmp_path / "review.html"
    assert main(["show", str(corpus), "--html", str(out), "--limit", "2"]) == 0
    assert "showing the first 2 of 3 articles (--limit 2)" in out.read_text(encoding="utf-8")
    assert "showing the first 2 of 3" in capsys.readouterr().err
    assert main(["show", str(corpus), "--html", str(out), "--limit", "3"]) == 0
    assert "showing the first" not in out.read_text(encoding="utf-8")


def test_show_to_an_unwritable_path_is_one_line(tmp_path: Path, monkeypatch, capsys):
    from pipeline import engine
    from pipeline.cli import main

    monkeypatch.setattr(engine, "process_articles", _fake_process)
    (tmp_path / "a.txt").write_text("Seoul hosts Washington.", encoding="utf-8")
    target = tmp_path / "a.txt" / "review.html"  # below a file
    assert main(["show", str(tmp_path / "a.txt"), "--html", str(target)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: --html {target}: ") and err.endswith("choose another path\n")
    assert err.count("\n") == 1
