"""Who a bare title stands for: "the President", "the Vice President", "the Chancellor".

Readouts and statements name a person once with title and name ("President Joseph R. Biden,
Jr. spoke today with Chancellor Olaf Scholz") and then by the title alone ("The President
welcomed ...", "the Chancellor's leadership"). The title refers to the person holding that
office in the article: the role (from the roles stage) whose title ends with the same words,
nearest before the reference. A title with a nationality and no name ("the Australian
leader", "the French foreign minister") refers back to the holder of that country's office
named before it.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from ..knowledge.offices import load_offices
from ..records import Role
from .lexicon import load
from .purposes import misparsed_subject
from .verbparts import direct_object

if TYPE_CHECKING:
    from spacy.tokens import Token

RANK_MODIFIERS = load().classes["rank_modifier"]
"""Words that make a different office of the title after them: "the President" is not the
Vice President, "the Secretary" not a Deputy Secretary."""


HOME_OFFICES = frozenset({("president",), ("vice", "president")})
"""Offices a government's own text names without a name ("The President spoke with ..."): when
no role says who holds them, they are the home government's."""


def spoken_office(tok: "Token", toks: list["Token"]) -> tuple[str, ...] | None:
    """The words of a home office that a transcript writes in lower case ("the president", "the
    vice president", as briefing transcripts do), or None. ``toks`` is the noun phrase headed by
    ``tok``: only "the", the office's words and nothing capitalised (a capitalised title is read
    as written)."""
    words = tuple(t.lower_ for t in toks if t.dep_ == "compound" and t.i < tok.i) + (tok.lower_,)
    if len(toks) != len(words) + 1 or words not in HOME_OFFICES or any(t.text[:1].isupper() for t in toks if t.dep_ != "det"):
        return None
    return words


@lru_cache(maxsize=1)
def _institutions() -> dict[str, str]:
    """Seats and institutions that stand for a government ("Kremlin" -> RUS), lower case: the
    institutions table (``knowledge.units``) and the offices' seats of government (``knowledge.offices``)."""
    from ..knowledge.units import tables

    out: dict[str, str] = dict(tables().institutions)
    for name, _rx, code in load_offices().seats:
        if code:
            out.setdefault(_norm(name), code)
    return out


def _norm(name: str) -> str:
    name = " ".join(name.replace("’", "'").split()).lower()
    return name[4:] if name.startswith("the ") else name


def institution_country(name: str) -> str | None:
    """ISO3 of the government a seat or institution stands for ("the Kremlin" -> RUS), or of the
    government a name calls one ("the Government of Kenya", "the Republic of Ruritania Government"),
    or None."""
    key = _norm(name)
    return _institutions().get(key) or _government_of(key)


_GOVERNMENT_WORDS = ("government", "govt")
# a state's armed forces act for it as its government does ("United States Armed Forces are deployed to
# X", "the armed forces of Ukraine", "the Indian Navy"; the institutions table lists the metonyms by
# name, "the Pentagon", "the IDF"): the state a name of its armed services names
_FORCES_WORDS = ("armed forces", "military", "army", "navy", "air force", "defense forces", "defence forces")


def _government_of(key: str) -> str | None:
    """ISO3 of "government of X" / "X government" / "X's government" / "X armed forces" / "the armed
    forces of X" (lower case, no "the")."""
    from ..knowledge.countries import load as load_countries

    words = key.split()
    if len(words) < 2:
        return None
    forces = next((f for f in _FORCES_WORDS if key.startswith(f + " of ") or key.endswith(" " + f)), None)
    if words[0] in _GOVERNMENT_WORDS and words[1] == "of":
        rest = " ".join(words[2:])
    elif words[-1] in _GOVERNMENT_WORDS:
        rest = " ".join(words[:-1]).removesuffix("'s")
    elif forces is not None:
        rest = key[len(forces) + 4:] if key.startswith(forces + " of ") else key[:-len(forces) - 1].removesuffix("'s")
    else:
        return None
    rest = rest[4:] if rest.startswith("the ") else rest
    return load_countries().country(rest) if rest else None


def office_words(title: str) -> list[str]:
    """The words of a role title before an "of/for" complement, lower case:
    "Secretary of Foreign Affairs" -> ["secretary"], "Prime Minister" -> ["prime", "minister"]."""
    words: list[str] = []
    for w in title.lower().replace(",", " ").replace("-", " ").split():  # ("Director-General": two tokens)
        if w in ("of", "for", "to", "on"):
            break
        words.append(w)
    return words


def holds_title(role: Role, words: tuple[str, ...]) -> bool:
    """Whether the role's title ends with ``words`` as an office of its own ("Vice President" does not
    hold "president": a rank modifier before it makes another office)."""
    title, n = office_words(role.title), len(words)
    return title[-n:] == list(words) and not (len(title) > n and title[-n - 1] in RANK_MODIFIERS)


def foreign_holder_near(tok: "Token", words: tuple[str, ...], start: int, entity_at: dict,
                        roles_by_person: dict, home: str | None) -> bool:
    """Whether a person holding office ``words`` for a government other than ``home`` is named from token
    ``start`` up to ``tok`` as the subject of an act told ("In Kyiv, President X addressed parliament. The
    President urged ..."): the local topic a bare title refers to. A subject negated or listed with
    "neither ... nor" ("neither President Xi nor President Putin is coming") tells no act of his."""
    doc = tok.doc
    for i in range(start, tok.i):
        e = entity_at.get(i)
        if e is None or not any(r.country and r.country != home and holds_title(r, words)
                                for r in roles_by_person.get(getattr(e, "id", None), ())):
            continue
        t = doc[i]
        while t.dep_ in ("compound", "conj", "appos", "flat") and t.head.i != t.i:
            t = t.head
        if t.dep_ in ("nsubj", "nsubjpass") and not misparsed_subject(t) and not any(  # ("spoke with X to ...")
                c.lower_ in ("neither", "nor", "not", "never", "no") for c in (*t.children, *t.head.children)):
            return True
    return False


def titled_person(words: tuple[str, ...], at: int, roles: Iterable[Role], exclude: str | None = None,
                  subjects: Collection[str] = frozenset(), co_arguments: Collection[tuple[int, int]] = ()) -> str | None:
    """Entity id of the person a bare title refers to, or None.

    Args:
        words: The reference's title words in order, lower case ("vice", "president").
        at: Character offset of the reference (the nearest role named before it wins; after
            it, the nearest after).
        roles: The article's roles.
        exclude: Entity id of a person the reference cannot be (the counterpart the clause
            names: "the President ... his talks with President Xi").
        subjects: Entity ids of the persons named as a clause subject before the reference:
            among holders named before it, one of them wins over one named only as an object
            ("Biden met with President Nauseda. The President underscored ...": Biden), as
            the more salient referent (:mod:`.salience`).
        co_arguments: Character ranges of the other arguments of the reference's own verb (its
            objects and prepositional phrases): a holder named there, after the reference, is
            the other party, not who the title stands for ("The President spoke today with
            President X of Y": X).
    """
    n = len(words)
    if n == 0:
        return None
    best: tuple[tuple[bool, bool, bool, int], str] | None = None
    for r in roles:
        if not r.person or r.person == exclude:
            continue
        title = office_words(r.title)
        if title[-n:] != list(words):
            continue
        if len(title) > n and title[-n - 1] in RANK_MODIFIERS:
            continue
        if _coordinated_title(r):
            continue
        start = r.evidence.start
        if start > at and any(lo <= start < hi for lo, hi in co_arguments):
            continue
        # "the President" is the office's holder, not a former one named nearer ("President
        # Clinton signed it in 1993")
        key = (r.status != "former", start <= at, start <= at and r.person in subjects, start if start <= at else -start)
        if best is None or key > best[0]:
            best = (key, r.person)
    return best[1] if best else None


def _coordinated_title(role: Role) -> bool:
    """Whether the role's title was read off a coordination of offices ("the President and
    Chairman Smith"): the title before "and" is another, unnamed holder's, not the named one's."""
    text = " ".join(role.evidence.text.split()).lower()
    title = " ".join(role.title.split()).lower()
    return text.startswith(title + " and ") or text.startswith("the " + title + " and ")


LEADER_ROLES = frozenset({"head_of_state", "head_of_government"})
"""roles "the <nationality> leader" refers to"""


def national_holder(words: tuple[str, ...], country: str, at: int, roles: Iterable[Role]) -> str | None:
    """Entity id of the person an unnamed title with a nationality refers back to ("the
    Australian leader", "the French foreign minister" after "Foreign Minister Jean Roe of
    France"): the nearest holder named before ``at`` of a role of ``country`` whose title ends
    with ``words`` ("leader": a head of state or government), or None.

    Args:
        words: The title words in order, lower case, without the nationality ("foreign", "minister").
        country: ISO3 of the nationality word.
        at: Character offset of the reference; only roles stated before it count.
        roles: The article's roles.
    """
    best: tuple[int, str] | None = None
    for r in roles:
        if not r.person or r.country != country or r.evidence.start >= at or r.status == "former":
            continue
        if words == ("leader",):
            if r.role not in LEADER_ROLES:
                continue
        elif office_words(r.title)[-len(words):] != list(words) and \
                "_".join(words).replace("defense", "defence") != r.role:
            continue  # (a role named by its kind, "his Chinese counterpart, X", a foreign minister)
        if best is None or r.evidence.start > best[0]:
            best = (r.evidence.start, r.person)
    return best[1] if best else None


def national_reference(tok: "Token", entity_at: dict, roles: Iterable[Role], at: int) -> str | None:
    """Entity id of the person "the <nationality> <title>" refers back to (``tok`` its head:
    "the Australian leader praised ...", "he told the Greek prime minister"), or None when the
    phrase names someone itself or no such holder was named before."""
    if tok.tag_ != "NN" or not tok.text.islower() or tok.i in entity_at or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in ("appos", "poss") for c in tok.children):
        return None
    mods = [c for c in tok.children if c.dep_ in ("amod", "compound") and c.i < tok.i]
    nations = [entity_at[c.i] for c in mods if c.i in entity_at and entity_at[c.i].label in ("NORP", "GPE")]
    if len(nations) != 1 or not nations[0].country:
        return None
    words = tuple(c.lower_ for c in mods if c.i not in entity_at and c.text.islower()) + (tok.lemma_.lower(),)
    return national_holder(words, nations[0].country, at, roles)


def shared_article(tok: "Token") -> bool:
    """Whether a title is the second of two coordinated titles sharing one article ("The
    President and Prime Minister agreed ..."): "the" on the first stands for both, so the second
    names an office holder as "the Prime Minister" would. Readouts use it for the two sides of a
    call; two officials of one government so joined are one side, which the caller checks."""
    return tok.dep_ == "conj" and tok.head.i < tok.i and any(
        c.lower_ == "the" and c.dep_ == "det" for c in tok.head.children)


OFFICE_HEADS = load_offices().heads
"""head words of public offices' titles ("president", "minister", "secretary", offices.json)"""


def office_holder_object(obj: "Token") -> bool:
    """Whether a direct object is an office named by its title and made definite ("the Prime
    Minister", "the ambassadors", "our commanders"): it refers to its holder, a party one meets or
    briefs, as a name does; a bare or indefinite title ("a leader") names no one."""
    return obj.lemma_.lower() in OFFICE_HEADS and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "these", "those", "both")) for c in obj.children) \
        and not any(_described_body(p) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)


def _described_body(pobj: "Token") -> bool:
    """Whether an office's "of" complement is a body described, not named: "the chairman of the
    company", "the president of the university", "the leaders of the rebellion" (a common noun with
    an article); "the President of Chile", "the ministers of trade" name a state's office."""
    return pobj.pos_ == "NOUN" and pobj.text[:1].islower() and any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an", "this", "that") for c in pobj.children)


def titled_object(verb: "Token") -> bool:
    """Whether a verb's direct object is a definite office title ("meeting the Prime Minister")."""
    obj = direct_object(verb)
    return obj is not None and office_holder_object(obj)
