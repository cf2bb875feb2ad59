"""Who "we" of a joint statement are, when the statement says so outright.

Two places name the signatories of a joint statement in so many words:

* an apposition to "we" in its opening ("We, the governments of A, B and C, recognize ...");
* its title ("Joint Statement on Air Defenses by President A, Prime Minister B and Chancellor C",
  "Joint Statement of A and B"), which the text of a release opens with.

The first two parties named there are "we" (the first is the actor, the second the other side
of a joint act, as for "they" and for the pair an opening sentence names: :func:`.antecedents.
signatories`). Nothing is guessed: a title or apposition naming fewer than two parties gives None.

When the publishing government is one of the countries that sign (a text whose "we" otherwise
is that government), its party comes first: a government's release of a joint statement reports
the act as its own with its partners, whatever order the list of countries follows (such lists
are often alphabetical: "Japan, the Republic of Korea, and the United States"), and the
development gold codes such acts with the publisher's party as actor and the first partner as
recipient. "We, the leaders of A, B and C" are the leaders: each country the apposition names
stands for its head of state or government when the text names exactly one current holder
(:func:`leaders_for`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import Context, Party
from .named_we import named_persons_after_we
from .nominal_parties import hyphen_pair_in
from .titles import LEADER_ROLES

if TYPE_CHECKING:
    from spacy.tokens import Token

OPENING_SENTENCES = 6
"""how far into a text (its title included) a joint statement names who signs it: an editor's
note may come first"""
_WE = frozenset({"we"})
_JOINT_TEXTS = frozenset({"statement", "declaration", "communique", "communiqué", "readout"})
"""title nouns of a text issued jointly ("Joint Statement", "Joint Declaration", "Joint Readout")"""
_SIGNER_PREPS = frozenset({"by", "between", "of", "from"})
"""prepositions after the title noun that introduce its signatories ("Joint Statement by A and B",
"of A and B", "between A and B", "Joint Statement from the Leaders of A and B": a statement comes
from those who issue it)"""
_SIDE_LABELS = frozenset({"PERSON", "GPE", "ORG"})


def _parties(ctx: Context, tokens) -> list[Party]:
    """The distinct parties the named tokens stand for, in text order (one per entity)."""
    out: list[Party] = []
    for t in tokens:
        ent = ctx.entity_at.get(t.i)
        if ent is None or ent.label not in _SIDE_LABELS or any(p.entity is ent for p in out):
            continue
        nxt = ctx.entity_at.get(t.i + 1) if t.i + 1 < len(t.doc) else None
        if nxt is ent:
            continue  # looked up at the last token of its mention
        party = ctx.party(t)
        if party is not None and party.entity is ent:
            out.append(party)
    return out


def home_first(parties: list[Party], home: str | None) -> list[Party]:
    """The parties with the first one of the ``home`` country moved to the front (the others keep
    their order); unchanged when no party is of that country or ``home`` is None."""
    k = next((i for i, p in enumerate(parties) if home is not None and p.country == home), None)
    return parties if not k else [parties[k]] + parties[:k] + parties[k + 1:]


def leaders_for(ctx: Context, parties: list[Party]) -> list[Party]:
    """Each country party replaced by its leader: the one person the text names as a current head
    of state or government of that country ("We, the leaders of A and B" after which "President X
    of A" is named); unchanged unless every country has one (a list of persons and countries
    mixed would pair the leaders named and pass over the countries)."""
    out = []
    for p in parties:
        holders = {r.person for r in ctx.roles if p.country and p.label == "GPE" and r.person and r.country == p.country
                   and r.role in LEADER_ROLES and r.status == "current"}
        person = ctx.persons.get(next(iter(holders))) if len(holders) == 1 else None
        if person is None:
            return parties
        out.append(Party(entity=person, country=p.country, token=p.token))
    return out


def _pair(parties: list[Party], at: int, home: str | None = None) -> tuple[Party, Party, int] | None:
    """The first two persons named, else the first two countries or organisations ("U.S.
    President A, Dutch Prime Minister B": the country words only say whose the leaders are).
    A list of countries puts the ``home`` country first (module docstring); a list of persons
    keeps its order: a government names its own leader first, and the home country read off a
    joint text's first person may be a partner's."""
    persons = [p for p in parties if p.label == "PERSON"]
    others = [p for p in parties if p.label != "PERSON"]
    if len(persons) >= 2:  # (a list of persons keeps its order: a release names its own leader first)
        return persons[0], persons[1], at
    if len(others) >= 2:
        others = home_first(others, home)
        return others[0], others[1], at
    return None


def _opening(doc) -> list:
    out = []
    for k, sent in enumerate(doc.sents):
        if k == OPENING_SENTENCES:
            break
        out.append(sent)
    return out


def appositive_signers(ctx: Context, doc) -> tuple[Party, Party, int] | None:
    """"We, the governments of A, B and C, ...": the first two parties of a plural apposition
    right after "we"."""
    for sent in _opening(doc):
        for t in sent:
            if t.lower_ not in _WE or t.i in ctx.quoted:
                continue
            plural = [c for c in t.children if c.dep_ == "appos" and c.left_edge.i == t.i + 2
                      and t.doc[t.i + 1].text == "," and c.tag_ in ("NNS", "NNPS")]
            for app in plural + named_persons_after_we(t, ctx.entity_at):  # "We, President A and ..." (:mod:`.named_we`)
                parties = _parties(ctx, app.subtree)
                if app.lemma_.lower() == "leader":  # "We, the leaders of A, B and C"
                    parties = leaders_for(ctx, home_first(parties, ctx.home_country))
                found = _pair(parties, app.i, ctx.home_country)
                if found is not None:
                    return found
    return None


def title_signers(ctx: Context, doc) -> tuple[Party, Party, int] | None:
    """"Joint Statement ... by A, B and C" opening the text: the first two parties after "by" or
    "from" (or "of"/"between" right after the title noun), up to where the body starts ("We ...")."""
    sents = _opening(doc)
    if not sents:
        return None
    # the title may be split at the abbreviations of its titles ("U.S. President Joseph R. Biden")
    lo, hi = sents[0].start, sents[-1].end
    joint = next((t for t in t_range(doc, lo + 1, hi) if t.lower_ in _JOINT_TEXTS and doc[t.i - 1].lower_ == "joint"), None)
    if joint is None:
        return None
    end = next((t.i for t in t_range(doc, joint.i + 1, hi) if t.lower_ in _WE or t.text == "\n\n"), hi)
    prep = next((t for t in t_range(doc, joint.i + 1, end) if t.lower_ in _SIGNER_PREPS
                 and (t.lower_ in ("by", "from") or t.i == joint.i + 1)), None)
    if prep is None:
        return None
    return _pair(_parties(ctx, t_range(doc, prep.i + 1, end)), prep.i, ctx.home_country)


def signers_before(ctx: Context, doc) -> tuple[Party, Party, int] | None:
    """"United States – New Zealand Joint Statement", "U.S.-Japan Joint Leaders' Statement": a title
    whose first line names the parties before "Joint ...": the first two parties on that line before
    "Joint" (a title noun must follow within three words). Read after the apposition to "we"
    ("We, Prime Minister A and President B, ..."), which names the signers themselves."""
    sents = _opening(doc)
    if not sents:
        return None
    lo, hi = sents[0].start, sents[-1].end
    line_end = next((t.i for t in t_range(doc, lo, hi) if "\n" in t.text), hi)
    joint = next((t for t in t_range(doc, lo + 1, line_end) if t.lower_ == "joint" and t.text[:1].isupper()
                  and any(k.lower_ in _JOINT_TEXTS for k in t_range(doc, t.i + 1, min(t.i + 4, line_end)))), None)
    if joint is None or any(t.pos_ in ("ADP", "VERB") or t.is_alpha and not t.text[:1].isupper() and t.lower_ != "and"
                            for t in t_range(doc, lo, joint.i)):
        return None  # "Remarks by A and B in Joint Statement", "Background Call on the Joint Statement": no parties' title
    found = _pair(_parties(ctx, t_range(doc, lo, joint.i)), lo, ctx.home_country)
    if found is None:  # "U.S.-Japan Joint Leaders' Statement": one hyphenated token, no entity
        codes = hyphen_pair_in(doc[lo:joint.i])
        if codes is not None:
            a, b = (Party(entity=None, country=c, token=doc[codes[2]], name=c) for c in codes[:2])
            found = (*home_first([a, b], ctx.home_country), lo)
    return found


def t_range(doc, lo: int, hi: int):
    """Tokens ``lo`` to ``hi`` (exclusive)."""
    return (doc[i] for i in range(lo, min(hi, len(doc))))


def named_signers(ctx: Context, we: "Token") -> tuple[Party, Party, int] | None:
    """Who "we" are when the apposition or the title names them, else None."""
    if we.i in ctx.quoted:
        return None
    doc = we.doc
    return title_signers(ctx, doc) or appositive_signers(ctx, doc) or signers_before(ctx, doc)
