"""Who "you" is when the speaker has just addressed someone by name: "Prime Minister A, I
welcome you to ...", "And, President B, it is good to see you again. I thank you for ...".

In remarks a speaker often turns from one guest to the next by naming each at the head of a
sentence, set off by a comma (a vocative), and then speaks to that guest as "you". The name is
no argument of the clause (not its subject: "President B, who ..., said" is an apposition or a
subject, not an address), and it holds for the rest of its paragraph in the same speaker's turn
until another name is addressed. Such a "you" is the person addressed, before the two-speaker
rule of :mod:`.addressees` (which names the other speaker of the transcript whoever is
addressed).

Only a name the entities stage labelled PERSON is read; "you all", "you, everybody" are the
room (:data:`.addressees.PLURAL_YOU`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..nlp import text as doc_text
from .addressees import PLURAL_YOU, addressee, other_speaker
from .context import Party
from .lexicon import load
from .welcomes import ADDRESS_OPENERS, welcome_vocative

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import Context

_LEAD_WORDS = ADDRESS_OPENERS
_NOT_ADDRESS_NEXT = frozenset({"who", "whom", "whose", "which", "that", "the", "a", "an", "his", "her", "their",
                               "its", "our", "my", "and", "or", "as", "in", "of", "for", "with"})
"""words after the comma that make the name an apposition's or a list's, not an address
("President A, who ...", "President A, the leader of ...", "President A, and ...")"""
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos", "attr"})
"""dependencies of a name that is an argument of its clause, not an address"""
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\xa0]*\n")
_MAX_SENTENCES = 4
"""how many sentences back, within the paragraph, an address still says who "you" is"""


def _addressed(ctx: "Context", sent) -> "tuple[bool, Party | None]":
    """Whether a sentence opens by addressing someone ("Prime Minister A, ...", "Representatives
    A and B, thank you"), and the one person so addressed (None when it is several people, or
    no person the entities stage named)."""
    toks = [t for t in sent if not t.is_space]
    colon = next((i for i, t in enumerate(toks[:6]) if t.text == ":"), None)
    if colon and all(t.text.isupper() or t.is_punct for t in toks[:colon]):
        toks = toks[colon + 1:]  # ("PRESIDENT BIDEN:  Mr. President, ...": the turn's label opens the sentence)
    k = 0
    while k < len(toks) and (toks[k].lower_ in _LEAD_WORDS or toks[k].text == ","):
        k += 1
    start = k
    if start + 1 < len(toks) and toks[start].lower_ in PLURAL_YOU and toks[start + 1].text == ",":
        return True, None  # "Folks, I appreciate your patience": the room is addressed
    while k < len(toks) and (toks[k].i in ctx.entity_at or toks[k].text[:1].isupper() and toks[k].pos_ in (
            "PROPN", "NOUN") or toks[k].lower_ == "and" and k > start):
        k += 1
    if k == start or k + 1 >= len(toks) or toks[k].text != ",":
        return False, None
    if toks[k + 1].lower_ in _NOT_ADDRESS_NEXT or toks[k + 1].is_punct:
        return False, None
    name = toks[k - 1]
    ent = ctx.entity_at.get(name.i)
    if ent is None and name.dep_ not in _SUBJECT_DEPS and (guest := titled_guest(ctx, toks[start:k])) is not None:
        return True, guest  # "Mr. President, I appreciate ...": the one other holder of that office
    if ent is None or ent.label != "PERSON" or name.dep_ in _SUBJECT_DEPS:
        # a name or title of no one the entities stage found, or several ("Representatives A and B,
        # thank you"): someone else is addressed; not a word like "Today," opening a sentence
        return name.pos_ == "PROPN" or (ent is not None and ent.label == "PERSON"), None
    if any(ctx.entity_at.get(t.i) is not None and ctx.entity_at[t.i] is not ent for t in toks[start:k]) or \
            any(t.lower_ == "and" for t in toks[start:k]):
        return True, None  # two names before the comma: several people addressed, or a list
    return True, ctx.party(name)


_CLASSES = load().classes
_PEOPLE_NOUNS = frozenset().union(*(_CLASSES[k] for k in (
    "personnel", "private_people", "generic_people", "crowd_people", "partner_group", "relief_personnel", "opposing_people")))
"""nouns of people (lexicon classes): "your critics", "your soldiers" are those people, not the one addressed"""
_HONORIFICS = frozenset({"mr.", "mr", "madam", "madame", "mister", "ms.", "ms", "mrs.", "mrs"})
"""words of address before a bare title ("Mr. President", "Madam Vice President")"""


def titled_guest(ctx: "Context", toks: list["Token"]) -> "Party | None":
    """The person an address by title alone means ("Mr. President", "Madam Prime Minister"): the one
    current holder of an office of that title among a transcript's other speakers, else among the
    persons the text names, other than the speaker (the turn's speaker, else the text's author);
    None when there are none or several."""
    words = [t.lower_ for t in toks]
    if len(words) < 2 or words[0] not in _HONORIFICS or any(w in _HONORIFICS for w in words[1:]):
        return None
    title = " ".join(words[1:])
    turn = ctx.turns.at(ctx.raw[toks[0].i][0]) if ctx.turns else None
    speaker = turn.speaker if turn is not None and turn.speaker is not None else ctx.author
    ids = {r.person for r in ctx.roles if r.person and r.status == "current" and r.title.lower() == title
           and (speaker is None or r.person != speaker.id)}
    speaking = ids & {t.speaker.id for t in ctx.turns.turns if t.speaker is not None} if ctx.turns else set()
    ids = speaking or ids  # (a transcript's other speaker before a holder its speakers only name)
    ent = ctx.persons.get(ids.pop()) if len(ids) == 1 else None
    return Party(entity=ent, country=ctx._country(ent, [], []), token=toks[-1]) if ent is not None else None


def praised_yours(ctx: "Context", noun: "Token") -> "Party | None":
    """Whose quality or act "your" praises ("I appreciate your leadership", "we welcome your decision"):
    the person just addressed by name or title, else the other speaker of a two-speaker transcript
    with no reporters' questions (where "your question" is a reporter's); None for a person noun
    ("your critics", "your enemies": those people, not "you") and elsewhere."""
    yours = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "your"), None)
    if yours is None or noun.ent_type_ in ("PERSON", "NORP") or noun.lemma_.lower() in _PEOPLE_NOUNS:
        return None
    return vocative_addressee(ctx, yours, possessive=True) or (
        addressee(ctx, yours, possessive=True) if not any(t.question for t in ctx.turns.turns) else None)


def vocative_addressee(ctx: "Context", tok: "Token | None", *, possessive: bool = False) -> "Party | None":
    """The person "you" is when the speaker addressed someone by name just before (module
    docstring), else None.

    Args:
        ctx: The Doc's argument context.
        tok: The pronoun ("you"; with ``possessive``, "your").

    Returns:
        The party of the person addressed, or None when no address precedes it in its paragraph.
    """
    if tok is None or tok.lower_ != ("your" if possessive else "you") or tok.pos_ != "PRON" or tok.i in ctx.quoted:
        return None
    doc = tok.doc
    after = [t.lower_ for t in doc[tok.i + 1:tok.i + 3] if t.text != ","]
    if after[:1] and after[0] in PLURAL_YOU:
        return None  # "I thank you all": the room
    turn = ctx.turns.at(ctx.raw[tok.i][0]) if ctx.turns else None
    sent = tok.sent
    for _ in range(_MAX_SENTENCES):
        if turn is not None and ctx.turns.at(ctx.raw[sent.start][0]) is not turn:
            return None  # (another speaker's turn)
        opened, who = _addressed(ctx, sent)
        if opened:
            if who is None or who.entity is None or (turn is not None and turn.speaker is not None and who.entity.id == turn.speaker.id):
                return None  # (the speaker's own name)
            return who
        if sent.start == 0 or _PARAGRAPH_BREAK.search(doc_text(doc)[doc[sent.start - 1].idx:doc[sent.start].idx + 1]):
            return None
        sent = doc[sent.start - 1].sent
    return None


def welcomed_guest(ctx: "Context", tok: "Token") -> "tuple[Party, Party] | None":
    """(host, guest) of a transcript's greeting "Mr. Prime Minister, welcome" (:mod:`.welcomes`):
    the turn's speaker hosts the person named, or, for a title alone, the one other current holder
    of that title (:func:`titled_guest`); None when either is unknown, when they are one person,
    or when the guest serves the host's own government (no visit)."""
    from .unnamed_speaker import speaker_party

    voc = welcome_vocative(tok) if ctx.turns else None
    if voc is None or voc[0].lower_ in ("mrs.", "mrs"):
        return None  # ("Welcome, Mrs. Kishida": a leader's spouse shares his name, not his office)
    named = next((t for t in voc if ctx.entity_at.get(t.i) is not None and ctx.entity_at[t.i].label == "PERSON"), None)
    guest = ctx.party(named) if named is not None else titled_guest(ctx, voc)
    host = speaker_party(ctx, tok)
    if host is None or guest is None or guest.entity is None or (host.entity is not None and host.entity.id == guest.entity.id):
        return None
    if guest.country is None or guest.country == host.country:
        return None  # "Secretary A, welcome back", "Jill, welcome": one's own officials and family, no visit
    return host, guest
