"""Long articles parsed in pieces (pipeline/nlp.py): the pieces join to exactly the whole text,
so offsets, evidence and records stay those of the unsplit article, and short articles are not
touched."""

from __future__ import annotations

import random

import pytest

from pipeline import nlp as N
from pipeline.records import Article

# ---- cutting the text --------------------------------------------------------------------


@pytest.mark.parametrize("text, limit, expected", [
    # Paragraph breaks win over line breaks and sentence ends inside the second half of a window.
    ("a" * 9 + "\n\n" + "b" * 3 + "\nc. d " + "e" * 4, 16, ["a" * 9 + "\n\n", "bbb\nc. d eeee"]),
    # No paragraph break in reach: the last line break.
    ("a" * 10 + "\n" + "b" * 10, 14, ["a" * 10 + "\n", "b" * 10]),
    # No line break: after sentence-final punctuation and its space.
    ("One two three. Four five six. Seven", 20, ["One two three. ", "Four five six. Seven"]),
    # A closing quote after the full stop stays with its sentence.
    ('He said "no." Then she left the room', 22, ['He said "no." ', "Then she left the room"]),
    # Only spaces: the last one.
    ("aaaa bbbb cccc dddd", 12, ["aaaa bbbb ", "cccc dddd"]),
    # No whitespace at all: a hard cut at the limit.
    ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    # Short enough, or splitting switched off: one piece.
    ("short text", 100, ["short text"]),
    ("a\n\nb" * 10, 0, ["a\n\nb" * 10]),
])
def test_split_text_cuts_at_the_best_boundary(text, limit, expected):
    assert N.split_text(text, limit) == expected


@pytest.mark.parametrize("seed", range(5))
def test_split_text_pieces_join_to_the_text_within_the_limit(seed):
    rng = random.Random(seed)
    words = ["The", "minister", "said.", "\n\n", "\n", "Talks", "resumed", "on", "Monday;", "“We", "agree.”"]
    text = " ".join(rng.choice(words) for _ in range(3000))
    limit = rng.choice([50, 200, 1000])
    pieces = N.split_text(text, limit)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= limit for p in pieces)
    # Every piece but the last ends on whitespace, so no token is cut in two.
    assert all(p[-1].isspace() for p in pieces[:-1])


@pytest.mark.parametrize("env, arg, expected", [
    ("", None, N.PARSE_CHUNK_CHARS),
    ("5000", None, 5000),
    ("5000", 42, 42),
    ("0", None, 0),
])
def test_chunk_limit_from_argument_environment_or_default(monkeypatch, env, arg, expected):
    monkeypatch.setenv("PIPELINE_PARSE_CHUNK_CHARS", env)
    assert N.parse_chunk_chars(arg) == expected


def test_bad_chunk_limit_is_a_config_error(monkeypatch):
    from pipeline.errors import ConfigError

    monkeypatch.setenv("PIPELINE_PARSE_CHUNK_CHARS", "lots")
    with pytest.raises(ConfigError):
        N.parse_chunk_chars()


# ---- with the model ----------------------------------------------------------------------

_PEOPLE = ["Maria Keller", "Tomas Novak", "Aiko Tanaka", "Samuel Okafor", "Ingrid Larsen", "Rafael Mendes"]
_PLACES = ["Warsaw", "Nairobi", "Lima", "Hanoi", "Oslo", "Ankara"]
_TEMPLATES = [
    "Foreign Minister {p} arrived in {c} on Tuesday for two days of talks on trade and energy.",
    "\u201cWe will keep working with our partners,\u201d {p} told reporters after the meeting.",
    "The government pledged $4{n} million in aid and said 1,{n}00 troops would stay until March {d}.",
    "Officials in {c} said the agreement, signed on January {d}, 2024, covers {n} new projects.",
    "{p} is expected to visit {c} again next month, the ministry said in a statement.",
]


def _long_text(chars: int, seed: int = 0) -> str:
    """Paragraphs of news-like sentences with varying names, places and numbers."""
    rng = random.Random(seed)
    paras, total = [], 0
    while total < chars:
        sents = [rng.choice(_TEMPLATES).format(p=rng.choice(_PEOPLE), c=rng.choice(_PLACES), n=rng.randint(1, 9),
                                               d=rng.randint(1, 28)) for _ in range(rng.randint(2, 5))]
        paras.append(" ".join(sents))
        total += len(paras[-1]) + 2
    return "WARSAW \u2014 " + "\n\n".join(paras)


def _record(nlp, article: Article, limit: int) -> dict:
    from pipeline.assemble import build_record
    from pipeline.validate import validate_record

    [(art, doc)] = list(N.pipe(nlp, [article], chunk_chars=limit))
    assert doc.text == N.prepare(art).text
    record = build_record(doc, model=N.model_info(nlp)).to_dict()
    validate_record(record, text=art.text)  # schema and every evidence slice
    return record


@pytest.mark.model
def test_chunked_record_equals_the_unsplit_one(nlp):
    art = Article(id="c", text=_long_text(6000, seed=1), published="2024-02-01")
    pieces = N.split_text(N.prepare(art).text, 1500)
    assert len(pieces) >= 4
    assert _record(nlp, art, 1500) == _record(nlp, art, 0)


@pytest.mark.model
def test_a_long_article_is_parsed_in_pieces_with_valid_offsets(nlp, monkeypatch):
    # Long enough for three pieces and for facts from all of them; the size of a piece is the
    # option under test, so a smaller one shows the same thing at a fraction of the parse time.
    art = Article(id="long", text=_long_text(100_000, seed=2), published="2024-02-01")
    seen: list[int] = []
    make_doc = nlp.make_doc

    def spy(text):
        seen.append(len(text))
        return make_doc(text)

    monkeypatch.setattr(nlp, "make_doc", spy)
    record = _record(nlp, art, 40_000)
    monkeypatch.undo()
    assert len(seen) >= 3 and max(seen) <= 40_000  # the parser never saw the whole text
    # Facts from every part of the article, with evidence sliced from the original text.
    starts = [m["start"] for e in record["entities"] for m in e["mentions"]]
    assert min(starts) < 1000 and max(starts) > len(art.text) - 10_000
    assert {e["name"] for e in record["entities"] if e["label"] == "PERSON"} >= {"Maria Keller", "Aiko Tanaka"}
    assert len(record["quotes"]) > 40 and len(record["dates"]) > 40


@pytest.mark.model
def test_short_articles_around_a_long_one_keep_their_order(nlp):
    arts = [Article(id=str(i), text=_long_text(n, seed=i), published="2024-02-01")
            for i, n in enumerate([300, 2500, 400, 300])]
    out = list(N.pipe(nlp, arts, batch_size=2, chunk_chars=1000))
    assert [a.id for a, _ in out] == ["0", "1", "2", "3"]
    assert [d.text for _, d in out] == [N.prepare(a).text for a in arts]
