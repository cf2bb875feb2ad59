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

Pronouns ("they", "we") are left out: in a title naming two countries ("Statement on Russia's War
in Ukraine") "they" of the body is as often a third party.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .nominal_parties import hyphen_pair_in

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from .context import Context, Party

_UNSET = object()
_BETWEEN = frozenset({"and", "the", "of", "government", "governments"})
"""words that may stand between the two names of "X and Y", "the Government of X and the Government of Y\""""


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
    if codes is not None:
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
    for (_, a_end, a), (b_start, _, b) in zip(named, named[1:]):
        gap = [t.lower_ for t in doc[a_end + 1:b_start]]
        if a.country != b.country and "and" in gap and all(w in _BETWEEN for w in gap):
            return a, b, a.token.i if a.token is not None else 0
    return None
