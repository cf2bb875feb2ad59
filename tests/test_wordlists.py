"""The hand-kept word lists of ``pipeline/data/word_lists.json`` (pipeline.knowledge.wordlists)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest

from pipeline.knowledge.wordlists import WordListError, word_list, word_set

PKG = Path(__file__).resolve().parent.parent / "pipeline"
RAW = json.loads(resources.files("pipeline.data").joinpath("word_lists.json").read_text("utf-8"))
LISTS = [(stage, name) for stage, section in RAW.items() if not stage.startswith("_") for name in section]


@pytest.mark.parametrize(("stage", "name"), LISTS)
def test_every_list_says_why_where_from_and_who_reads_it(stage, name):
    spec = RAW[stage][name]
    assert spec["why"] and spec["source"]
    readers = [spec["used_by"]] if isinstance(spec["used_by"], str) else spec["used_by"]
    # The list lives with the first stage that reads it; a later stage may read it too (stages
    # share knowledge through the leaf loader, never by importing each other).
    assert readers[0].startswith(f"{stage}/")
    for module in readers:
        assert (PKG / module).is_file()
    assert len(set(spec["words"])) == len(spec["words"]), "a word is listed twice"
    assert word_list(stage, name) == tuple(spec["words"])
    assert word_set(stage, name) == frozenset(spec["words"])


@pytest.mark.parametrize(("stage", "name"), [("entities", "no_such_list"), ("no_such_stage", "title_nouns")])
def test_an_unknown_list_is_an_error(stage, name):
    with pytest.raises(WordListError):
        word_list(stage, name)


def test_a_phrase_list_is_an_alternation_in_the_files_order():
    import re

    from pipeline.knowledge.wordlists import phrase_alternation

    pattern = phrase_alternation("roles", "generic_state_bodies")
    assert pattern.split("|")[:2] == [r"armed\s+forces", "army"]
    assert re.fullmatch(pattern, "air   force") and not re.fullmatch(pattern, "airforce")
    assert re.fullmatch(phrase_alternation("roles", "government_title_words"), "U.S.")
