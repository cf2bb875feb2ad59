"""Roles peer baseline: an office title phrase + the nearest PERSON + the nearest GPE.

What a careful user gets in an afternoon with spaCy and a title list, without the project's
roles stage: in each sentence, every office title from :data:`TITLES` (a short regular-
expression table) is paired with the PERSON entity nearest to it in that sentence; the role
category comes from the title's words; the country is the ISO3 of the GPE entity nearest to the
title in the sentence (through the project's public gazetteer, ``pipeline.gazetteer``), or null;
the status is always ``current``. A person gets each (role, country) once per article.

Deliberately left out (the pipeline's job): coreference ("the minister"), titles after the name
("Lloyd Austin, the Secretary of Defense"), status words (former, acting, nominee), the
publisher's or dateline's country, organisations (NATO officials).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

# (title pattern, role category, why). Most specific first: the first pattern that matches a
# stretch of text wins it. Categories follow the annotation guide (shared/dev/README.md), which
# maps a US Secretary of Defense to defence_minister and a US Secretary of State to
# foreign_minister.
TITLES: tuple[tuple[str, str, str], ...] = (
    (r"(?:defen[cs]e|war) (?:minister|secretary)|secretary of (?:defen[cs]e|war)|minister (?:of|for) "
     r"(?:national )?defen[cs]e", "defence_minister", "ministers of defence, by their usual English titles"),
    (r"foreign (?:minister|secretary)|secretary of state|minister (?:of|for) foreign affairs",
     "foreign_minister", "ministers of foreign affairs; the guide counts the US Secretary of State"),
    (r"(?:deputy )?national security advis[eo]r", "national_security_advisor", "the guide's own category"),
    (r"prime minister|premier|chancellor", "head_of_government", "heads of government"),
    (r"president|king|queen|emperor|emir", "head_of_state", "heads of state (presidential and monarchic)"),
    (r"press secretary|spokes(?:person|man|woman)", "spokesperson", "official spokespeople"),
    (r"ambassador", "ambassador", "diplomatic envoys"),
    (r"general|admiral|commander|chairman of the joint chiefs of staff", "military_commander",
     "military ranks and commands"),
    (r"senator|congress(?:man|woman)|lawmaker|member of parliament|representative", "legislator",
     "members of legislatures"),
    (r"(?:\w+ )?minister|secretary", "minister_other", "any other minister or secretary"),
)
_TITLE_RE = re.compile("|".join(f"(?P<t{i}>\\b(?:{p})\\b)" for i, (p, _, _) in enumerate(TITLES)), re.IGNORECASE)
NEAR = 2
"""Largest gap in characters between a title and its person: a title names the person right next
to it ("Defence Minister Ahn", "Ahn, Defence Minister"), separated by a space or a comma."""


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def baseline_roles(doc: "Doc", token_entity: Mapping[int, Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Roles of the baseline for a parsed Doc (record ``roles`` shape, schema 1.1).

    Args:
        doc: A Doc parsed by a plain spaCy pipeline.
        token_entity: Token index -> the baseline's entity dict (``id``, ``name``) for tokens
            inside a named entity.
    """
    from pipeline.knowledge import countries as gazetteer

    gaz = gazetteer.load()
    text = doc.text
    roles: list[dict[str, Any]] = []
    seen: set[tuple[str, str, str | None]] = set()
    for sent in doc.sents:
        persons = [e for e in sent.ents if e.label_ == "PERSON"]
        places = [e for e in sent.ents if e.label_ == "GPE"]
        if not persons:
            continue
        for m in _TITLE_RE.finditer(sent.text):
            title_span = (sent.start_char + m.start(), sent.start_char + m.end())
            if any(p.start_char <= title_span[0] < p.end_char for p in persons):
                continue  # a title word inside a name ("Mark General")
            person = min(persons, key=lambda p: _gap(title_span, (p.start_char, p.end_char)))
            if _gap(title_span, (person.start_char, person.end_char)) > NEAR:
                continue
            role = TITLES[int(m.lastgroup[1:])][1]
            country = None
            if places:
                place = min(places, key=lambda g: _gap(title_span, (g.start_char, g.end_char)))
                country = gaz.country(place.text)
            entity = token_entity.get(person.root.i) or {}
            name = entity.get("name") or " ".join(person.text.split())
            if (name, role, country) in seen:
                continue
            seen.add((name, role, country))
            start, end = min(title_span[0], person.start_char), max(title_span[1], person.end_char)
            roles.append({
                "id": f"R{len(roles) + 1}", "person": entity.get("id"), "person_name": name,
                "title": " ".join(m.group().split()), "role": role, "country": country, "organization": None,
                "evidence": {"start": start, "end": end, "text": text[start:end]},
                "status": "current", "since": None, "until": None, "country_source": None,
            })
    return roles
