"""Names the model tags as persons where the words around them say "place", and names it tags
as places or bodies where English says "person".

Spoken remarks and wire copy name towns, stations and works sites that the statistical NER reads
as surnames, because a one-word capitalised name is most often a person's in its training data.
Four contexts of English say the name is a place, each only for a name with no sign of a person
anywhere in the article (never after an office word or a courtesy title, no given name first,
never part of a longer person's name, never the subject of "said"):

- a list whose other items are mostly places: "in Buffalo, Laguna Hills, and Dallas"; or two
  thirds of whose items are groups, bodies or places ("Jewish, Christian, Muslim, Sikh"): the
  name takes their label; not a list an office word introduces ("Senators Wyden, Merkley");
- a town and its state or country after a comma: "Claymont, Delaware; and Bellefonte";
- a modifier of a noun for a site: "London's Euston station", "its Zuffenhausen and Weissach
  sites" (the rule of :func:`pipeline.entities.spans.repair_spans` for "the X region" needs
  "the" before; a possessive or "its" works the same way).
- the "of" phrase of a noun for a part, a land feature or the people of a place, for a name the
  gazetteer knows as a place: "the shores of Normandy", "the people of Tigray".

And two contexts say the name is a person's, whatever the model tagged:

- the relative pronoun "who" (or "whom", "whose") right after it: English uses "who" for people
  and "which" for things ("Talleyrand, who was so successful"); not after "the", a preposition or
  a possessive, where "who" belongs to the noun before ("members of Congress who"), and not for a
  plural, an acronym or a name the gazetteers know as a place, a country or a body;
- an office word in the plural inside a name the model joined across a list of members:
  "Senators Casey and Cornyn, Representatives DeLauro" is two people, not one organisation;
- the object of a verb of talking to someone ("spoke to X", "met with X", "I called X"): for a
  name no gazetteer or company list knows, not after "the" and not before a noun it modifies
  ("meeting with Taliban officials"); "called" only after a personal pronoun ("a firm called X"
  names the firm); "speak" only with "to" or "with": its direct object is a language ("she
  speaks Urdu and Farsi").
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from ..knowledge import places as P
from .placewords import place_word_persons
from ..knowledge.companies import listed_company, public_name
from ..knowledge.offices import OFFICE_WORDS, ORG_LAST_WORDS
from ..knowledge.usstates import STATE_NAMES
from ..knowledge.wordlists import word_set
from ..names import is_given_name
from .lexicon import PLACE_NOUNS, after_courtesy_title, after_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..knowledge.countries import Gazetteer

Item = tuple[int, int, str]

__all__ = ["place_and_person_contexts"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels of list items that are no people: a list mostly of them is a list of things.
_LIST_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP", "ORG"})
# Nouns for a site a place name modifies ("Euston station", "the Weissach sites"); "base",
# "state", "area" and "border" also follow a politician's name ("the Trump base"); data: word_lists.json.
_SITE_NOUNS = (PLACE_NOUNS - {"base", "state", "area", "border"}) | word_set("entities", "place_site_nouns")
_PART_NOUNS = word_set("entities", "place_part_nouns")
_LIST_GLUE = frozenset({",", ";", "and", "or"})
_SPEECH_VERBS = word_set("entities", "speech_verb_forms")
_RELATIVES = frozenset({"who", "whom", "whose"})
# Words before a name after which "who" belongs to another noun ("members of Congress who",
# "the Americans who", "our Department of Public Works who") or a name is one of an open set.
_NOT_HEAD_BEFORE = frozenset({
    "the", "a", "an", "of", "in", "to", "from", "at", "on", "for", "with", "by", "into", "across",
    "our", "your", "their", "his", "her", "its", "my", "like", "including", "such", "as", "than"})
# Verbs of talking to someone, and the prepositions between them and the person.
_TALK_VERBS = word_set("entities", "talk_verb_forms")
_TALK_PREPS = frozenset({"to", "with"})
_PRONOUNS = frozenset({"i", "we", "he", "she", "they", "you"})
_NON_PERSON_LABELS = frozenset({"ORG", "GPE", "PRODUCT", "WORK_OF_ART", "LOC", "FAC", "EVENT", "LAW"})


def _person_evidence(doc: "Doc", items: list[Item]) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Where the article shows a name is a person's: each word of a person's name of two words or
    more (-> the names it is part of), and the names written after an office word or a courtesy
    title or before "said"."""
    parts: dict[str, set[str]] = {}
    titled: set[str] = set()
    n = len(doc)
    for s, e, lab in items:
        if lab != "PERSON":
            continue
        text = doc[s:e].text
        if e - s >= 2:
            for t in doc[s:e]:
                if t.is_alpha:
                    parts.setdefault(t.text, set()).add(text)
        if after_title(doc, s, comma=False) or after_courtesy_title(doc, s) or e < n and doc[e].lower_ in _SPEECH_VERBS:
            titled.add(text)
    return {w: frozenset(v) for w, v in parts.items()}, frozenset(titled)


def _bare(doc: "Doc", s: int, e: int, evidence: tuple[dict[str, frozenset[str]], frozenset[str]]) -> bool:
    """A one- or two-word capitalised name with no sign of a person (module docstring)."""
    if e - s > 2 or not all(t.is_title or t.text == "-" for t in doc[s:e]) or doc[s].is_upper:
        return False
    if is_given_name(doc[s].text) or after_title(doc, s, comma=False) or after_courtesy_title(doc, s):
        return False
    parts, titled = evidence
    text = doc[s:e].text
    if text in titled:
        return False
    # a word of another person's name ("Jordan" beside "Vernon Jordan")
    return not any(parts.get(t.text, frozenset()) - {text} for t in doc[s:e])


def _lists(doc: "Doc", items: list[Item]) -> list[list[int]]:
    """Indexes of items written as one list: consecutive items with only commas, semicolons,
    "and" and "or" between them (at least one such word, at most two)."""
    groups: list[list[int]] = []
    cur: list[int] = []
    prev_end = -10
    for k, (s, e, _lab) in enumerate(items):
        if cur and 0 < s - prev_end <= 4 and _glue(doc, prev_end, s):
            cur.append(k)
        else:
            if len(cur) >= 3:
                groups.append(cur)
            cur = [k]
        prev_end = e
    if len(cur) >= 3:
        groups.append(cur)
    return groups


def _glue(doc: "Doc", a: int, b: int) -> bool:
    """Tokens ``a`` to ``b`` join two list items: one or two of ", ; and or", spaces but no
    paragraph break."""
    words = 0
    for i in range(a, b):
        tok = doc[i]
        if tok.is_space:
            if "\n\n" in tok.text:
                return False
        elif tok.lower_ in _LIST_GLUE:
            words += 1
        else:
            return False
    return 1 <= words <= 2


def _titled_list(doc: "Doc", items: list[Item]) -> bool:
    """A list of names an office word introduces or one of its items follows ("Senators Wyden,
    Merkley, and Schrader"): people, whatever the model tagged some of them."""
    s0 = items[0][0]
    if s0 > 0 and doc[s0 - 1].is_title and doc[s0 - 1].lower_.endswith("s") and doc[s0 - 1].lower_[:-1] in OFFICE_WORDS:
        return True
    return any(after_title(doc, s, comma=False) or after_courtesy_title(doc, s) for s, _e, _lab in items)


def _state_or_country(doc: "Doc", s: int, e: int, gaz: "Gazetteer") -> bool:
    text = doc[s:e].text
    return text in STATE_NAMES or bool(gaz.names.get(text.lower()))


class _Evidence:
    """:func:`_person_evidence`, computed on first use (most articles never ask)."""

    def __init__(self, doc: "Doc", items: list[Item]) -> None:
        self.doc, self.items, self.value = doc, items, None

    def bare(self, s: int, e: int) -> bool:
        if self.value is None:
            self.value = _person_evidence(self.doc, self.items)
        return _bare(self.doc, s, e, self.value)


def _places(doc: "Doc", items: list[Item], gaz: "Gazetteer", evidence: _Evidence) -> list[Item]:
    out = list(items)
    n = len(doc)
    for group in _lists(doc, out):
        if not any(out[k][2] == "PERSON" for k in group) or _titled_list(doc, [out[k] for k in group]):
            continue
        placed = sum(1 for k in group if out[k][2] in _PLACE_LABELS)
        others = Counter(out[k][2] for k in group if out[k][2] in _LIST_LABELS)
        if placed >= 2 and 2 * placed >= len(group):
            label = "GPE"
        elif sum(others.values()) >= 2 and 3 * sum(others.values()) >= 2 * len(group):
            label = others.most_common(1)[0][0]  # "Jewish, Christian, Muslim, Sikh": a list of groups
        else:
            continue
        for k in group:
            s, e, lab = out[k]
            if lab == "PERSON" and evidence.bare(s, e):
                out[k] = (s, e, label)
    for k, (s, e, lab) in enumerate(out):
        if lab != "PERSON" or e >= n:
            continue
        after = doc[e]
        nxt = out[k + 1] if k + 1 < len(out) else None
        # "Claymont, Delaware;": a town, its state or country, and the end of that list item
        if after.text == "," and nxt is not None and nxt[0] == e + 1 and nxt[2] == "GPE" \
                and (nxt[1] >= n or doc[nxt[1]].is_punct or doc[nxt[1]].lower_ in ("and", "or")) \
                and _state_or_country(doc, nxt[0], nxt[1], gaz) and evidence.bare(s, e):
            out[k] = (s, e, "GPE")
        # "Euston station", "Zuffenhausen and Weissach sites"
        elif after.is_lower and after.lower_ in _SITE_NOUNS and evidence.bare(s, e):
            out[k] = (s, e, "LOC")
        # "the shores of Normandy", "the people of Tigray": a part or the people of a place
        elif s >= 2 and doc[s - 1].lower_ == "of" and doc[s - 2].is_lower and doc[s - 2].lower_ in _PART_NOUNS \
                and P.candidates(doc[s:e].text) and evidence.bare(s, e):
            out[k] = (s, e, "GPE")
        elif after.lower_ == "and" and nxt is not None and nxt[0] == e + 1 and nxt[1] < n \
                and doc[nxt[1]].is_lower and doc[nxt[1]].lower_ in _SITE_NOUNS and doc[nxt[1]].lower_.endswith("s") \
                and evidence.bare(s, e):
            out[k] = (s, e, "LOC")
    return out


def _who_person(doc: "Doc", s: int, e: int, gaz: "Gazetteer") -> bool:
    """A name the model took for a thing, followed by "who" (module docstring)."""
    n = len(doc)
    j = e + 1 if e < n and doc[e].text == "," else e
    if j >= n or doc[j].lower_ not in _RELATIVES or e - s > 3:
        return False
    if s > 0 and doc[s - 1].lower_ in _NOT_HEAD_BEFORE:
        return False
    span = doc[s:e]
    text = span.text
    if not all(t.is_title for t in span) or text.isupper() or doc[e - 1].lower_ in ORG_LAST_WORDS \
            or doc[e - 1].lower_ in PLACE_NOUNS:
        return False
    if doc[e - 1].tag_ in ("NNS", "NNPS"):
        return False  # "Houthis, who": members of a group
    if s > 0 and doc[s - 1].is_title and doc[s - 1].ent_type_ not in ("", "PERSON"):
        return False  # the end of a longer name: "the United States Congress who"
    return not (gaz.country(text) or gaz.organization(text) or P.candidates(text) or public_name(text))


def _talked_to(doc: "Doc", s: int, e: int, gaz: "Gazetteer") -> bool:
    """A name after a verb of talking to someone (module docstring)."""
    if s < 1 or e - s > 2 or doc[s - 1].lower_ not in _TALK_PREPS and doc[s - 1].lower_ not in _TALK_VERBS \
            and doc[s - 1].lower_ != "called":
        return False
    if not all(_capitalised(t) for t in doc[s:e]) or doc[s].is_upper:
        return False
    j = s - 1
    if j >= 0 and doc[j].lower_ in _TALK_PREPS:
        j -= 1
    if j < 0:
        return False
    verb = doc[j].lower_
    if verb == "called":
        k = j - 1
        while k >= 0 and doc[k].pos_ == "ADV":
            k -= 1
        if k < 0 or doc[k].lower_ not in _PRONOUNS:
            return False
    elif verb not in _TALK_VERBS or j == s - 1 and doc[j].lemma_.lower() == "speak":
        return False
    if doc[e - 1].dep_ in ("compound", "amod") and doc[e - 1].head.i >= e:
        return False  # "meeting with Taliban officials": a modifier of the noun after it
    text = doc[s:e].text
    return not (gaz.country(text) or gaz.organization(text) or P.candidates(text) or listed_company(text)
                or public_name(text))


def _capitalised(tok) -> bool:
    """A word of a name: a capital first and a lower-case letter after it ("DeLauro", "Ruiz")."""
    return tok.text[:1].isupper() and any(c.islower() for c in tok.text)


def _title_split(doc: "Doc", s: int, e: int, gaz: "Gazetteer") -> list[Item] | None:
    """"Cornyn, Representatives DeLauro" as one span: the names on each side of an office word in
    the plural (module docstring); None when the span is no such thing."""
    for c in range(s + 1, e - 2):
        if doc[c].text != ",":
            continue
        title = doc[c + 1]
        low = title.lower_
        if not (title.is_title and low.endswith("s") and low[:-1] in OFFICE_WORDS):
            continue
        left, right = doc[s:c], doc[c + 2:e]
        if not (1 <= len(left) <= 3 and 1 <= len(right) <= 3 and all(_capitalised(t) for t in left)
                and all(_capitalised(t) for t in right)):
            return None
        if gaz.organization(left.text) or gaz.country(left.text):
            return None
        out: list[Item] = []
        before = doc[max(0, s - 8):s]
        if s > 0 and doc[s - 1].lower_ in ("and", ",") and any(
                t.is_title and t.lower_.endswith("s") and t.lower_[:-1] in OFFICE_WORDS for t in before):
            out.append((s, c, "PERSON"))  # "Senators Casey and | Cornyn"
        out.append((c + 2, e, "PERSON"))
        return out
    return None


def place_and_person_contexts(doc: "Doc", items: list[Item], gaz: "Gazetteer") -> list[Item]:
    """Relabel entity spans by the contexts of the module docstring.

    Args:
        doc: The parsed article.
        items: Entity spans ``(start token, end token, label)`` in text order.
        gaz: The country gazetteer.

    Returns:
        ``items`` with place names out of PERSON and person names into it.
    """
    if not items:
        return items
    evidence = _Evidence(doc, items)
    out: list[Item] = []
    for s, e, lab in items:
        if lab in _NON_PERSON_LABELS:
            if e - s >= 4 and (parts := _title_split(doc, s, e, gaz)) is not None:
                out.extend(parts)
                continue
            if _who_person(doc, s, e, gaz) or lab != "ORG" and _talked_to(doc, s, e, gaz):
                lab = "PERSON"
        out.append((s, e, lab))
    return place_word_persons(doc, _places(doc, out, gaz, evidence), evidence.bare)  # "Lobito" of "the Lobito Corridor"
