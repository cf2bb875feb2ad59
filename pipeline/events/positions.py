"""Where a token stands in its sentence's parse, for argument finding: the second member of a
coordinated list, a heading colon between an actor and its trigger, the positions in which
those who act are named, and the lead-in subject of a colon-introduced list's items. Pure
functions of spaCy tokens (no stage state)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from .clauses import pobj
from .lexicon import load
from .officials_from import whose_prep
from .readoutparties import past_suffix

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def coordinated_with(tok: "Token", entity_at: dict) -> "Token | None":
    """The second member of "X and Y" / "X, Y and Z" headed by ``tok``: its conj, or (the
    small model's frequent parse of long titled names) an apposition naming another entity
    of the same kind when an "and" joins the list ("Advisor X of A, Secretary Y of B, and
    Director Z of C met")."""
    conjs = [c for c in tok.children if c.dep_ == "conj"]
    conj = past_suffix(conjs[0] if conjs else None, tok)  # ("X, Jr. and Y": Y)
    if len(conjs) > 1 and conj.i not in entity_at and conjs[1].i in entity_at and conjs[1].left_edge.i == conj.i + 1:
        # the small model may split "and Chilean President Jane Roe" into two conjuncts, the
        # title and the name right after it: the named one is the member
        conj = conjs[1]
    if conj is not None and conj.i not in entity_at:
        # "X and Prime Minister Y": the title may be the conjunct, the name right after it X's apposition
        conj = next((c for c in tok.children if c.dep_ == "appos" and c.i in entity_at
                     and c.left_edge.i == conj.i + 1), conj)
    if conj is not None:
        return conj if not is_false_conj(tok, conj) else None
    own = entity_at.get(tok.i)
    if own is None:
        return None
    apps = [c for c in tok.children if c.dep_ == "appos" and c.i in entity_at
            and entity_at[c.i] is not own and entity_at[c.i].label == own.label]
    if not apps:
        # "X, Advisor Y of A, and Advisor Z of B": a list member the entity stage did not name
        # may still head the rest of the list; the named member joined to it by "and" is next
        return next((k for c in tok.children if c.dep_ == "appos" and c.i not in entity_at
                     and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
                     for k in c.children if k.dep_ == "conj" and k.i in entity_at
                     and entity_at[k.i] is not own and entity_at[k.i].label == own.label), None)
    # ("A of X, B of Y, C of Z, and D met": the parser may hang B on A and the rest of the list,
    # with its "and", on B as conjuncts)
    joined = any(c.dep_ == "cc" and c.lower_ == "and" for a in (tok, *apps, *apps[0].conjuncts) for c in a.children)
    return apps[0] if joined else None


_JOINERS = frozenset({"and", "or", "&", ",", ";", "nor"})


def is_false_conj(head: "Token", conj: "Token") -> bool:
    """Whether a conj the parser made is an apposition: nothing joins the two ("U.S. Special
    Envoy for the Horn of Africa Jeffrey Feltman": a title, then the name of who holds it)."""
    doc = head.doc
    lo, hi = sorted((head.i, conj.i))
    return not any(doc[i].lower_ in _JOINERS for i in range(lo + 1, hi))


def false_conj_of(tok: "Token") -> "Token | None":
    """The name a title heads as a conj the parser made of an apposition (:func:`is_false_conj`)."""
    conj = next((c for c in tok.children if c.dep_ == "conj"), None)
    return conj if conj is not None and is_false_conj(tok, conj) else None


def heading_between(actor: "Token", trigger: "Token") -> bool:
    """Whether a colon separates a would-be actor from its trigger in one sentence."""
    lo, hi = sorted((actor.i, trigger.i))
    doc = actor.doc
    return actor.sent.start == trigger.sent.start and any(doc[i].text == ":" for i in range(lo + 1, hi))


def agent_position(tok: "Token") -> bool:
    """Whether a name stands where those who act are named: a subject, its apposition, or
    the object of "between" ("talks between X and Y")."""
    while tok.dep_ in ("appos", "compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ == "between"


_ITEM_TAGS = {False: frozenset({"VBG"}), True: frozenset({"VBG", "VBN", "VBD"})}
"""tags of a bulleted item's first verb: "X is: - Providing ...", "X has: - Launched ..." """
_BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u2014"})


def _bulleted(word: "Token") -> bool:
    """Whether a word opens a list item: a line of its own (the text preparation drops the
    bullet signs), or a bullet sign before it."""
    prev = word.i - 1
    while prev >= 0 and word.doc[prev].is_space:
        if "\n" in word.doc[prev].text:
            return True
        prev -= 1
    return prev >= 0 and (word.doc[prev].text in _BULLETS or "\n" in word.doc[prev].whitespace_)


_NOMINAL_HEADS = frozenset({"NOUN", "PROPN", "NUM", "SYM"})
_ITEM_ENDS = frozenset({".", ";"})


def nominal_item(item: "Span") -> bool:
    """Whether a bulleted line is a noun phrase item of a list ("- $20 million in relief for
    Haiti;", "- New sanctions on five firms."): its head is a noun (or an amount) and no verb
    heads it; it ends as a list item does, in a full stop or a semicolon (a section heading
    after the list, "Economic Security", has no closing mark and ends the list). An item that
    opens with a verb form or a word in "-ing" ("- Investing in ...") is a verb item the parser
    read as a noun phrase; it is left to the verb items' rule, which did not take it.

    Args:
        item: The tokens of the bulleted line (its sentence).
    """
    words = [t for t in item if not t.is_space]
    if words and words[-1].lower_ in ("and", "or"):  # "- $5 million for X; and"
        words = words[:-1]
    if not words or words[-1].text not in _ITEM_ENDS or words[0].tag_ in ("VB", "VBG", "VBN", "VBD") or (
            words[0].lower_.endswith("ing") and words[0].tag_ != "NNS"):  # ("Investing in ..." tagged a noun)
        return False
    roots = [t for t in words if t.head.i == t.i]
    return len(roots) == 1 and roots[0].pos_ in _NOMINAL_HEADS


def list_leads(doc: "Doc", sent_starts: list[int]) -> dict[int, tuple["Token", bool]]:
    """Sentence start -> (subject, future) for the items of a list introduced by a lead-in
    ending in a colon ("Together, the United States and the ROK will:" followed by items
    "Establish a working group ...", "Launch ..."; "The United States is:" followed by bulleted
    items "- Providing $20 million ...", "- Launching ..."; "Since 2021, the Administration has:" and
    "- Launched ..."): an item that opens with a bare verb, or a bulleted gerund (or participle
    after "has:"), and has no subject of its own is done by the lead-in's subject; so is a bulleted
    noun phrase item (:func:`nominal_item`: "Today, the United States is announcing:" followed by
    "- New sanctions on ...")."""
    out: dict[int, tuple["Token", bool]] = {}
    lead: tuple["Token", bool] | None = None
    perfect = listing = False
    for start, end in zip(sent_starts, [*sent_starts[1:], len(doc)]):
        last = end - 1
        while last >= start and doc[last].is_space:
            last -= 1
        if last < start:
            continue
        if doc[last].text == ":":
            subj = next((t for t in doc[start:end] if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
            lead = None
            if subj is not None:
                will = any(c.dep_ == "aux" and c.lower_ in ("will", "shall") for c in subj.head.children) \
                    or subj.head.lower_ in ("will", "shall")
                lead = (subj, will)
                perfect = subj.head.lemma_.lower() == "have" and not any(c.dep_ == "dobj" for c in subj.head.children)
            listing = True
            continue
        if lead is None:
            continue
        first = next((t for t in doc[start:end] if not (t.is_space or t.is_punct)), None)
        if first is None:
            continue
        line = _bulleted(first)
        if (first.tag_ == "VB" or (first.tag_ in _ITEM_TAGS[perfect] and line and listing)) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children):
            out[start] = lead
        elif line and listing and nominal_item(doc[start:end]):
            out[start] = lead  # "- New sanctions on ...": a noun phrase item, read by :meth:`.Context.item_subject`
        elif line:
            listing = False  # a paragraph of its own ends the list (a heading "Supporting X" after it is none)
    return out


def prep_object(prep: "Token") -> "Token | None":
    """The object of a preposition; in "spoke with King X of Y to discuss ..." the small model
    makes the name the subject of a clause under "with" (pcomp), and that subject is meant."""
    found = pobj(prep)
    if found is None and prep.lower_ == "out":  # "pulled its troops out of Niger": "out of" is one preposition
        of = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return prep_object(of) if of is not None else None
    if found is None:
        clause = next((c for c in prep.children if c.dep_ == "pcomp" and c.pos_ == "VERB"), None)
        found = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause is not None else None
    return found if found is not None else stranded_object(prep)


def stranded_object(prep: "Token") -> "Token | None":
    """The object a bare preposition lost to a following purpose clause.

    In "spoke today with Prime Minister X of Y to discuss trade" the small model may leave
    "with" without any object and make the name the subject of "to discuss", a clause hung on
    the verb the preposition belongs to. The name starting right after the preposition is its
    object: English puts no subject before a purpose infinitive with "to" there.

    Args:
        prep: A preposition token.

    Returns:
        The subject of that infinitive clause when it starts right after ``prep``, else None.
    """
    if any(True for _ in prep.children) or prep.dep_ != "prep":
        return None
    for clause in prep.head.children:
        if clause.i <= prep.i or clause.dep_ not in ("advcl", "xcomp") or clause.pos_ != "VERB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.left_edge.i == prep.i + 1 and subject.pos_ == "PROPN":
            return subject
    return None


def between_parties(noun: "Token") -> tuple["Token | None", "Token | None"]:
    """The two sides of "talks between X and Y" on an event noun (first, second), or Nones."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "between":
            first = prep_object(c)
            if first is not None:
                second = next((x for x in first.children if x.dep_ == "conj"), None)
                if second is None and modifier_conj(first) is not None:  # "between U.S. and PRC officials"
                    return modifier_conj(first).head, modifier_conj(first)
                return first, second
    if noun.lemma_.lower() not in _MUTUAL_FIGHTS or any(
            c.dep_ in ("poss", "amod", "compound", "nmod") and c.ent_type_ or c.dep_ == "agent" or (
                c.dep_ == "prep" and c.lower_ == "by") for c in noun.children):
        return None, None  # ("Israeli airstrikes on the border between A and B": Israel's; "a meeting at the border")
    for c in noun.children:
        # "clashes at the border between X and Y", "fighting along the border between X and Y": the
        # sides of the frontier where two sides fought are its sides, when no one else is named
        if c.dep_ == "prep" and c.lower_ in _AT_FRONTIER:
            obj = prep_object(c)
            if obj is not None and obj.lemma_.lower() in _FRONTIERS:
                return between_parties(obj)
    return None, None


_AT_FRONTIER = frozenset({"at", "on", "along", "across"})
_FRONTIERS = frozenset({"border", "frontier", "boundary"})
"""nouns of the line between two states, whose "between" phrase names the sides of what happens there"""
_MUTUAL_FIGHTS = frozenset({"clash", "fighting", "skirmish", "firefight", "exchange", "hostility", "battle"})
"""nouns of fighting between two sides, the only acts a frontier's two states are the sides of"""


def modifier_conj(noun: "Token") -> "Token | None":
    """The second of two coordinated modifiers of a noun ("U.S. and Israeli officials",
    "between U.S. and PRC officials" -> Israeli, PRC; "the leaders of A and B" -> B): the
    officials of both sides."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound", "nmod") and c.ent_type_:
            second = next((x for x in c.children if x.dep_ == "conj" and x.ent_type_), None)
            if second is not None:
                return second
    if noun.pos_ == "NOUN" and not noun.ent_type_:
        # "the leaders of Armenia and Azerbaijan met": the second of two coordinated "of" owners
        # ("officials from A and B": :mod:`.officials_from`)
        for c in noun.children:
            if c.dep_ == "prep" and whose_prep(noun, c):
                first = prep_object(c)
                second = next((x for x in first.children if x.dep_ == "conj" and x.ent_type_), None) \
                    if first is not None and first.ent_type_ else None
                if second is not None:
                    return second
    return None


_FINITE_PAST_TAGS = frozenset({"VBD", "VBN"})
"""the past tense of a report ("and expelled the envoy"; the small model may tag it as a
participle, which cannot follow "to" or a modal bare either); a present-tense conjunct ("aims
to X and reinforces Y") describes a programme more often than it reports an act"""


_DIRECTIVES = load().classes["directive_verb"]
"""verbs by which a speaker addresses a party ("call on X to", "urge X to"): coordinated with
the infinitive of another such verb in the present, they are the speaker's second request"""


def _repeated_directive(verb: "Token", inf: "Token") -> bool:
    """Whether a bare verb after "We urge X to do A and ..." is the speaker's own second request
    ("We urge all states to enforce the embargo and call on Iran to stop ...", "I ask you to
    vote and urge Congress to act"): a directive verb in the base form the present-tense governor
    shares, with an addressee of its own ("on X", or an object and an infinitive)."""
    gov = inf.head
    if verb.tag_ not in ("VB", "VBP") or gov.tag_ != "VBP" or gov.lemma_.lower() not in _DIRECTIVES:
        return False
    if verb.lemma_.lower() not in _DIRECTIVES:
        return False
    on = any(c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in verb.children)
    obj = any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("xcomp", "advcl", "ccomp") for c in verb.children)
    return on or obj


def misattached_conjunct(verb: "Token") -> bool:
    """Whether a past-tense verb is parsed as a conjunct of a to-infinitive it cannot share "to"
    with ("Moscow vowed to retaliate and accused London of ...", "ordered the troops to leave
    and expelled the ambassador"), nor a modal ("said the measures would backfire and threatened
    retaliation"): a past-tense form is coordinated with the verb
    that governs the infinitive, so it reports an act of its own, not an intended one."""
    inf = verb.head
    if verb.dep_ != "conj" or inf.i == verb.i:
        return False
    if verb.tag_ not in _FINITE_PAST_TAGS and not _repeated_directive(verb, inf):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "to be arrested and was later released": a verb group of its own
    if inf.tag_ != "VB" or inf.head.i == inf.i:
        return False
    if inf.lemma_.lower() == "be" and verb.tag_ == "VBN":
        return False  # "deserve to be safe and supported": a participle predicated by the copula
    if inf.dep_ == "xcomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return True
    # "said the measures would backfire and threatened retaliation": nor a modal
    return inf.dep_ == "ccomp" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in inf.children)


def past_dateline(subj: "Token | None", dateline: "range | set[int]") -> "Token | None":
    """The real subject of a wire story's first clause when the parser made the dateline's city
    the subject ("TOKYO (AP) - X and Y signed ..."): the city's apposition or conjunct after
    the dateline ("SEOUL, Nov 5 (Yonhap) - South Korea and the United States began ...": the
    model may coordinate the two), else another subject of the same verb ("OUAGADOUGOU (AFP) -
    Authorities in Burkina Faso arrested ...": two subjects). The dateline only says where the
    story was filed; ``subj`` itself when it is outside the dateline or nothing else is found."""
    if subj is None or subj.i not in dateline:
        return subj
    found = next((c for c in subj.children if c.dep_ in ("appos", "conj") and c.i not in dateline), None)
    if found is None:
        found = next((c for c in subj.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != subj.i
                      and c.i not in dateline), None)
    return found if found is not None else subj


def stranded_infinitive(verb: "Token") -> bool:
    """Whether a bare verb parsed as a conjunct of a finite verb is in fact the infinitive of its
    complement, whose "to" the parser hung on an adverb between them ("We call on Russia to
    immediately, completely, and unconditionally withdraw its forces": "withdraw" read as a
    second act of "we", coordinated with "call"). English coordinates a finite verb with a
    finite one ("We call on X and withdraw"); a base form after a "to" the parser left with no
    verb of its own is the "to"'s infinitive, what is called for, not done."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VB" or head.tag_ not in ("VBP", "VBZ", "VBD") or head.i >= verb.i \
            or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(t.tag_ == "TO" and t.head.pos_ not in ("VERB", "AUX") for t in verb.doc[head.i + 1:verb.i])
