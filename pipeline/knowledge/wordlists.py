"""Hand-kept English word lists of the stages, loaded once from ``pipeline/data/word_lists.json``.

A leaf module (it imports no stage; ``tests/test_layout.py``). The data file holds the lists of
words of one class (nouns of a kind, verbs of a kind) that a stage's rule asks about, one section
per stage; every list says why it holds what it holds (``why``), where its words come from
(``source``) and the modules that read it (``used_by``: one path or a list). Small closed classes (determiners, a
few prepositions, punctuation) stay in the code that uses them. The events stage keeps its word
classes in ``event_triggers.json`` (:mod:`pipeline.events.lexicon`).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Mapping

from ..errors import PipelineError

__all__ = ["WordListError", "phrase_alternation", "word_list", "word_set"]


class WordListError(PipelineError):
    """``word_lists.json`` is malformed or lacks a list a module asks for (a bug, caught at import)."""


@lru_cache(maxsize=1)
def _lists() -> Mapping[str, Mapping[str, tuple[str, ...]]]:
    """Every list of the data file by stage and name, in the file's order, checked once."""
    raw = json.loads(resources.files("pipeline.data").joinpath("word_lists.json").read_text("utf-8"))
    out: dict[str, Mapping[str, tuple[str, ...]]] = {}
    for stage, section in raw.items():
        if stage.startswith("_"):
            continue
        lists: dict[str, tuple[str, ...]] = {}
        for name, spec in section.items():
            words = spec.get("words")
            if not spec.get("why") or not spec.get("used_by") or not words \
                    or not all(isinstance(w, str) and w for w in words):
                raise WordListError(f"word_lists.json: {stage}.{name} needs 'why', 'used_by' and non-empty 'words'")
            lists[name] = tuple(words)
        out[stage] = MappingProxyType(lists)
    return MappingProxyType(out)


def word_list(stage: str, name: str) -> tuple[str, ...]:
    """A list of ``word_lists.json`` in the file's order (for patterns built from it).

    Args:
        stage: The section: a stage ("entities", "dates", "forces", "quantities", "roles") or "ingest".
        name: The list's name in that section.

    Raises:
        WordListError: The file has no such list.
    """
    try:
        return _lists()[stage][name]
    except KeyError:
        raise WordListError(f"word_lists.json has no list {stage}.{name}") from None


def word_set(stage: str, name: str) -> frozenset[str]:
    """A list of ``word_lists.json`` as a set, words as written (case is kept).

    Args:
        stage: The section: a stage ("entities", "dates", "forces", "quantities", "roles") or "ingest".
        name: The list's name in that section.

    Raises:
        WordListError: The file has no such list.
    """
    return frozenset(word_list(stage, name))


def phrase_alternation(stage: str, name: str) -> str:
    """A list of ``word_lists.json`` as a regular-expression alternation of its phrases, in the
    file's order, each escaped, the words of a phrase joined by any run of spaces (no group).

    Args:
        stage: The section: a stage ("entities", "dates", "forces", "quantities", "roles") or "ingest".
        name: The list's name in that section.

    Raises:
        WordListError: The file has no such list.
    """
    return "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in word_list(stage, name))
