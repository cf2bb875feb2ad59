"""A name the model glued to the last word of the office before it: "Deputy National Security
Advisor for International Economics Daleep Singh" (PERSON "Economics Daleep Singh"), "Director
of National Drug Control Policy Rahul Gupta" (PERSON "Policy Rahul Gupta").

An office written before its holder's name ends in a capitalised portfolio or body ("... for
International Economics", "... of National Drug Control Policy"); the small model often starts
the name one word early. The first word of such a span is no part of the name when it closes a
capitalised run after "for", "of" or "on" (a portfolio, not a plain title: "Senator Clemency Rose
Hart" keeps her name) and is an English abstract noun (an abstract noun's ending, "-ics", "-cy",
"-ity", ..., and a noun of WordNet, the model's lemma index, singular or regular plural) that is
no listed given name and no Census surname (:func:`pipeline.lemmas.glued_office_word`). WordNet
also lists famous people ("Faisal"); the ending keeps their names whole. The span then starts at
the next word; at least two words stay ("Daleep Singh").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lemmas import glued_office_word

if TYPE_CHECKING:
    from spacy.tokens import Doc

Item = tuple[int, int, str]


def portfolio_glue(doc: "Doc", items: list[Item]) -> list[Item]:
    """``items`` with each PERSON span that starts with the last word of the office before it
    started one word later (module docstring)."""
    out: list[Item] = []
    for s, e, label in items:
        if label == "PERSON" and e - s >= 3 and glued_office_word(doc[s]):
            out.append((s + 1, e, label))
        else:
            out.append((s, e, label))
    return out
