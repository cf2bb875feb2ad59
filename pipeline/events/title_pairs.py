"""The two countries a document's title names as its parties, for plural references the body
never resolves.

A bilateral instrument is titled by its two parties ("United States – Japan Framework for Securing
the Supply of Critical Minerals", "U.S.-India Joint Fact Sheet", "Memorandum of Understanding
between the United States of America and Malaysia") and its body then speaks of them only as "the
Participants", "the two countries" or "both sides": a memorandum of understanding calls its
signatories "Participants" rather than "Parties" because it is not a treaty (US Department of State,
Circular 175 guidance on non-binding instruments). When no pair is named before such a reference,
it stands for the title's pair, the first named first (the actor, as the guide codes the first side
of a joint act).

Only a title that names the two as parties: joined by a dash ("U.S.-India ..."), or by "and" after
"between" or "of" ("Joint Statement of the United States and India"); not two countries a title is
about or gives to ("Aid Package for Ukraine and Israel", "Statement on Israel and Ukraine Funding").
A title naming a third country ("the United States, Japan and the Republic of Korea",
"Japan-Philippines-United States ...") gives no pair: its parties are three. Left out too: pronouns
("they", "we": in a title naming two countries the body's "they" is as often a third party), read by
the caller, and a reference its own phrase places elsewhere ("both sides of the aisle", "both sides
in Congress", "the Participants in the Forum"), read by :func:`unplaced`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nominal_parties import countries_named, hyphen_pair_in

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from .context import Context, Party

_UNSET = object()
_BETWEEN = frozenset({"and", "the", "of", "government", "governments"})
"""words that may stand between the two names of "X and Y", "the Government of X and the Government of Y\""""
_PARTIES_MARKS = frozenset({"between", "of"})
"""the word before the first of "X and Y" in a title that names them as its parties"""


def title_pair(ctx: "Context") -> "tuple[Party, Party, int] | None":
    """(first, second, token index of the first) of the two countries the title line names joined
    by a dash or "and", or None; computed once per document."""
    found = ctx.__dict__.get("_title_pair", _UNSET)
    if found is _UNSET:
        found = ctx.__dict__["_title_pair"] = _title_pair(ctx)
    return found


def _title_pair(ctx: "Context") -> "tuple[Party, Party, int] | None":
    from .context import Party  # (the context module imports this one's users)

    doc: "Doc" = ctx.doc
    end = next((t.i for t in doc[:80] if "\n" in t.text), None)
    if not end:
        return None  # no title line
    codes = hyphen_pair_in(doc[0:end])
    three = len(_title_countries(ctx, end)) > 2  # (a third party: no pair)
    if codes is not None and not three:
        return Party(entity=None, country=codes[0], token=doc[codes[2]], name=codes[0]), \
            Party(entity=None, country=codes[1], token=doc[codes[2]], name=codes[1]), codes[2]
    named: list[tuple[int, int, "Party"]] = []  # (first token, last token, party) of each country named
    for i in range(end):
        ent = ctx.entity_at.get(i)
        if ent is None or ent.label != "GPE" or (named and named[-1][2].entity is ent):
            continue
        party = ctx.party(doc[i])
        if party is None or not party.country:
            continue
        last = i
        while last + 1 < end and ctx.entity_at.get(last + 1) is ent:
            last += 1
        named.append((i, last, party))
    if codes is not None or three or len({p.country for _, _, p in named}) != 2:
        return None
    (a_start, a_end, a), (b_start, _, b) = named[0], named[-1]
    gap = [t.lower_ for t in doc[a_end + 1:b_start]]
    j = a_start - 1  # the word before "(the Government of) (the) X"
    while j > 0 and (doc[j].lower_ in ("the", "government", "governments")
                     or (doc[j].lower_ == "of" and doc[j - 1].lower_ in ("government", "governments"))):
        j -= 1
    if "and" in gap and all(w in _BETWEEN for w in gap) and j >= 0 and doc[j].lower_ in _PARTIES_MARKS:
        return a, b, a.token.i if a.token is not None else 0
    return None


def _title_countries(ctx: "Context", end: int) -> set[str]:
    """Every country the title line names: its recognised names and each end of its hyphen-joined
    runs ("Japan-Philippines-United States": three)."""
    doc = ctx.doc
    found = {p.country for p in (ctx.party(doc[i]) for i in range(end) if i in ctx.entity_at)
             if p is not None and p.country}
    return found | countries_named(doc[:end].text)


def unplaced(tok: "Token") -> bool:
    """Whether a plural reference has no phrase of its own that places it ("both sides of the aisle",
    "both sides in Congress", "the Participants in the Forum", "the two countries that border X")."""
    return not any(c.dep_ in ("prep", "relcl", "acl") for c in tok.children)
