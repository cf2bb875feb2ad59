"""People within one article: title-only mentions dropped, nicknames joined to their formal first
names, and mentions grouped (a shorter name joins the longer one that contains its tokens).

Kept apart from :mod:`.persons` so that each stays a readable size; behaviour is unchanged.
"""

from __future__ import annotations

from ..knowledge.offices import HONORIFICS, OFFICE_WORDS
from ..names import (NICKNAME_FORMS, article_apart, first_names_match, formal_names, is_given_name, name_key,
                     nickname_of, without_article)
from ..records import Span
from .familynames import fathers_names
from .lexicon import NAME_PARTICLES, TITLE_HEADS, TITLE_WORDS, Group
from .officeholders import one_office_holder, relative_of_holder
from .styles import PATRONYMICS, STYLES, TITLE_OR_NAME


_JOINERS = frozenset({"and", "of", "the", "for", "to", "&"})


def _title_word(word: str) -> bool:
    low = word.lower().rstrip(".,")
    return (low in TITLE_WORDS or low in OFFICE_WORDS or low in HONORIFICS or word.lower() in TITLE_HEADS
            or low in _JOINERS or low in STYLES)


def titles_removed(persons: list[tuple[str, Span, int]]) -> list[tuple[str, Span, int]]:
    """Drop PERSON mentions that are not names: only words of office titles ("Nominee",
    "Extraordinary", "Assistant Legal Adviser", "Senate Liaison" once "Senate" is
    left out), or no capitalised word at all ("magna cum laude"). A title word that is also a
    word of a fuller name in the article stays ("Major" after "John Major")."""
    in_names = {w.lower() for name, _, _ in persons if len(name.split()) > 1 and not all(map(_title_word, name.split()))
                for w in name.split()}
    starts = {tuple(name.split()[:k]) for name, _, _ in persons for k in range(1, len(name.split()))}
    out = []
    for name, span, order in persons:
        words = name.split()
        if len(words) > 1 and words[0].lower() in TITLE_OR_NAME and tuple(words[1:]) in starts:
            words = words[1:]  # "Sultan Faris" beside "Faris bin Tariq": the title and his given name
            name = " ".join(words)
        if not any(c.isupper() for w in words if w.lower() not in NAME_PARTICLES for c in w):
            continue
        if all(_title_word(w) for w in words) and not (len(words) == 1 and words[0].lower() in in_names):
            continue
        out.append((name, span, order))
    return out


def nicknames_joined(persons: list[tuple[str, Span, int]]) -> list[tuple[str, Span, int]]:
    """A nickname the article gives inside a full name stands for that first name in its other
    mentions: after "Andrew (Drew) Fox", "Drew Fox" is read as "Andrew Fox"."""
    alias: dict[tuple[str, str], str] = {}
    for name, span, _ in persons:
        nick = nickname_of(span.text)
        words = name.split()
        if nick and len(words) >= 2:
            alias[(nick.lower(), words[-1].lower())] = words[0]
    if not alias:
        return persons
    out = []
    for name, span, order in persons:
        words = name.split()
        formal = alias.get((words[0].lower(), words[-1].lower())) if len(words) >= 2 else None
        out.append((" ".join([formal, *words[1:]]) if formal else name, span, order))
    return out


def _first_names_agree(a: str, b: str) -> bool:
    """Two first names of one person in an article: a nickname and its formal name ("Kate",
    "Catherine"), or a clipped form, the first three letters or more of the other ("Kris",
    "Kristen"; "Chris", "Christopher"), the commonest way English shortens a first name."""
    a, b = a.lower(), b.lower()
    short, full = sorted((a, b), key=len)
    return first_names_match(a, b) or (len(short) >= 3 and len(full) > len(short) and full.startswith(short))


def _fullness(name: str) -> tuple[int, int]:
    return (len(name.split()), len(name))


def group_persons(persons: list[tuple[str, Span, int]], royal: frozenset[str] = frozenset(),
                  holders: frozenset[str] = frozenset()) -> list[Group]:
    """Cluster person mentions: a shorter name joins a longer one that contains its tokens.

    ``royal``: names written after a royal title ("Prince William", "Sheikh Khaled"); a one-word
    one joins only a longer name also written after one or with a patronymic ("Khaled bin
    Mohamed"), not a commoner who shares the given name ("William Ruto"). ``holders``: one-word
    names an office holder of the table bears ("President Roe"); one joins only a listed name.

    Names are visited fullest first, ties in order of first appearance (a stable sort of the
    names in text order), so the canonical name never depends on hash order. A name that fits
    two longer names ("Kim" with two Kims) stays apart. Heads are indexed by token (a name is
    compared only with the heads sharing a token with it)."""
    first: dict[str, int] = {}
    for n, _, order in persons:
        first.setdefault(n, order)
    names = sorted(first, key=_fullness, reverse=True)
    canonical: dict[str, str] = {}
    shared: dict[str, list[str]] = {}  # a lone given name two people named in full bear -> their names
    heads_by_token: dict[str, list[tuple[str, frozenset[str]]]] = {}
    # a transcript label's capitals writing the Arabic article apart ("AL KADHIMI:" beside "Mustafa
    # al-Kadhimi", whose key drops the joined "al-"): matched without it (:func:`..names.without_article`)
    labelled = {n for n, sp, _ in persons if sp.text.isupper() and article_apart(n.lower().split())}
    for name in names:
        toks = name_key(name)
        target = None
        if name in labelled:
            toks = name_key(" ".join(without_article(name.lower().split()))) or toks
        if toks:
            probe = min(toks, key=lambda t: (len(heads_by_token.get(t, ())), t))
            fits = [head for head, head_toks in heads_by_token.get(probe, ()) if toks <= head_toks]
            words = name.lower().split()
            if not fits and len(toks) == 2 and len(words) == 2:
                # "Kate Smith" after "Catherine Smith": a nickname of the first name's formal form
                # ("Kate Smith" after "Catherine M. Smith": initials are not in a name's key;
                # "Ken Smith" after "Kenneth Vernon Smith": a middle name is dropped as often)
                fits = [head for head, head_toks in heads_by_token.get(words[1], ())
                        if (len(head_toks) == 2 or name_key(head.split()[-1]) == {words[1]})
                        and _first_names_agree(words[0], head.split()[0])]
            elif not fits and len(words) == 1 and (words[0] in NICKNAME_FORMS or formal_names(words[0])):
                # "Kate" alone after "Catherine M. Smith": a familiar first name, when only one
                # person named in full has a formal first name it stands for
                fits = [head for head in canonical if canonical[head] == head and len(head.split()) > 1
                        and head.split()[0].lower() != words[0] and first_names_match(words[0], head.split()[0])]
            if len(words) == 1 and name in royal:  # not the father named after "bin" ("King Salman")
                fits = [head for head in fits if (head in royal or PATRONYMICS & set(head.lower().split()))
                        and words[0] not in fathers_names(head)]
            if len(fits) > 1 and len(toks) == 1:
                # "Benjamin" beside "Andrew Benjamin Bradley" and "Stephen K. Benjamin": a name
                # written alone is a surname before it is a middle name (first in one name and
                # last in another, as "Kim", no rule decides)
                keys = {h: [k for k in map(name_key, h.split()) if k] for h in fits}  # ("Jr." aside)
                last = [h for h in fits if keys[h][-1:] == [toks]]
                if len(last) == 1 and all(toks in keys[h][1:-1] for h in fits if h not in last):
                    fits = last
            if len(fits) == 1:
                target = fits[0]
            elif fits and len(toks) == 1 and (all(toks in map(name_key, h.split()[-2:]) for h in fits)
                                              or all(name_key(h.split()[0]) == toks for h in fits)):
                # A surname shared by several people ("Quintero" after "Tomas Quintero" and his wife
                # "Marta Quintero"): news introduces its subject first and then refers to them by
                # surname, so it joins the one named first, if that came before it. The same for a
                # family name written first ("Kim" after "Kim Jong Un" and "Kim Yo Jong").
                earliest = min(fits, key=lambda h: first[h])
                target = earliest if first[earliest] < first[name] else one_office_holder(fits)
                if target is not None and _shared_given_name(name, fits):
                    shared[name] = fits
        if target is None or name in holders and relative_of_holder(name, target):
            canonical[name] = name
            for t in toks:
                heads_by_token.setdefault(t, []).append((name, toks))
        else:
            canonical[name] = target
    groups: dict[str, Group] = {}
    for name, span, order in persons:
        head = canonical[name] if name not in shared else _latest_named(shared[name], span, persons, canonical)
        group = groups.get(head)
        if group is None:
            group = groups[head] = Group(label="PERSON", name=head, country=None, first=order)
        group.mentions.append(span)
    return list(groups.values())


def _shared_given_name(name: str, heads: list[str]) -> bool:
    """Whether a one-word name is the given name of several people named in full as given name and
    surname ("Joe" after "President Joe Biden" and "Joe Aull"), not a family name written first
    ("Kim" after "Kim Jong Un" and "Kim Yo Jong")."""
    return is_given_name(name) and all(len(h.split()) == 2 and name_key(h.split()[0]) == name_key(name) for h in heads)


def _latest_named(heads: list[str], span: Span, persons: list[tuple[str, Span, int]],
                  canonical: dict[str, str]) -> str:
    """The one of ``heads`` named in full (or by a longer form of its name) last before ``span``: a
    biography calls its subject by the given name after the heading names them ("Joe Aull has lived
    in Missouri ... Joe was an educator"), though the President who appointed them is a Joe too.
    Before every full mention, the first named."""
    best, at = min(heads, key=lambda h: next(o for n, _, o in persons if n == h)), -1
    for n, sp, _ in persons:
        head = canonical.get(n)
        if head in heads and len(n.split()) > 1 and at < sp.start < span.start:
            best, at = head, sp.start
    return best
