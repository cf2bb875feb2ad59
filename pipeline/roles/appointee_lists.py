"""The list under an announcement's introduction: "announced his intent to nominate the following
individuals to key posts:" then one line per person, the office after a dash or a comma:

- "Jane Doe – Deputy Administrator, National Aeronautics and Space Administration";
- "Jane Doe, State Executive Director, Farm Service Agency, Mississippi" (a regional post: the
  office, its agency, the state it serves);
- "Jane Doe for Member, Board of Trustees of the X Foundation" (the office the person is named for).

The introduction says what the list is: an intent to nominate or appoint makes each person a
nominee (dev README: "intends to nominate X as" -> nominee); "appointed the following" makes
them holders now. The other list forms ("Jane Doe, Nominee for X", "Jane Doe, Member, X Board",
"Jane Doe, DOT Regional Administrator") are read by :mod:`.nominations`; a line one of them has
read is left to it (the merge keeps one reading of a person's office).
"""

from __future__ import annotations

import re

from ..knowledge.places import place_country
from .name_patterns import H as _H, NAME
from .nominations import Nomination, clean_title, load_words

__all__ = ["appointee_lists", "name_title_rows"]

_INTRO = re.compile(r"(?i)\b(?:intent\s+to\s+(?:re)?(?:nominate|appoint)|(?:re)?nominated|appointed)\b"
                    rf"(?:[^\n]{{0,300}}:|\s+the\s+following\b[^\n]{{0,300}}[.:]){_H}*\n+")
"""An introduction line that ends with a colon before its list, or one that announces "the
following" people and ends with a full stop."""
_MADE = re.compile(r"(?i)\b(?:has\s+|have\s+)?appointed\s+the\s+following\b")
"""Appointments made ("appointed the following individuals"), not intended."""
_NOMINATE = re.compile(r"(?i)\b(?:re)?nominat")
_ITEM = re.compile(rf"(?P<name>{NAME})(?:{_H}+[–—-]{_H}+|,{_H}+|{_H}+for{_H}+)(?P<office>[A-Z][^\n]{{2,200}})")
_STATUS_WORD = re.compile(r"(?i)\b(?:nominee|nominated|appointee|designee)\b")
_US = re.compile(rf"(?<=[a-z]{_H})(?:United{_H}+States|U\.{_H}?S\.){_H}+(?=[A-Z])")
_NOT_FIRST = frozenset({"the", "a", "an", "today", "president", "these", "this", "in", "on", "and"})


def _office(raw: str) -> str:
    """The office of an item: all its comma parts but a last one that is only a place (the state
    a regional office serves)."""
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    if len(parts) > 1 and len(parts[-1].split()) <= 3 and place_country(parts[-1]):
        parts = parts[:-1]
    return ", ".join(parts)


def appointee_lists(text: str, read: list[Nomination]) -> list[Nomination]:
    """Nominations of the people listed under a nomination or appointment introduction.

    Args:
        text: The Doc text (one paragraph or list item per line).
        read: The nominations the other forms found (a line they read is theirs).

    Returns:
        One Nomination per list line whose office holds an office word.
    """
    heads = load_words().heads
    taken = [n.claims for n in read if n.claims] + [(n.name_start, n.name_start + 1) for n in read]
    out: list[Nomination] = []
    for intro in _INTRO.finditer(text[:4000]):
        status = "current" if _MADE.search(intro.group()) else "nominee"
        # a President's nominees are named to offices the Senate confirms: public ones
        senate = bool(_NOMINATE.search(intro.group()))
        block_end = text.find("\n\n", intro.end())
        block_end = len(text) if block_end < 0 else block_end
        for line in re.finditer(r"[^\n]+", text[intro.end():block_end]):
            at = intro.end() + line.start()
            m = _ITEM.fullmatch(line.group())
            if m is None or any(s <= at + m.start("name") < e for s, e in taken) or _STATUS_WORD.search(m.group("office")):
                continue  # "Jane Doe, Nominee for X" is the nominations reader's
            name = re.sub(r",\s*(Jr\.|Sr\.|II|III|IV)(?!\w)", r" \1", re.sub(r"\s+", " ", m.group("name"))).strip()
            if len(name.split()) < 2 or name.split()[0].lower() in _NOT_FIRST:
                continue
            raw = _office(m.group("office"))
            words = {w.lower().strip(".,") for w in raw.split()}
            # without the country words inside it too ("Deputy United States Trade Representative")
            title = clean_title(_US.sub("", raw))
            if not title or not words & heads:
                continue
            out.append(Nomination(name, at + m.start("name"), at, at + m.start("office") + len(raw), title, status,
                                  claims=(at, at + m.end()), public=senate))
    return out


# "I hereby designate the following:", "The President has named the following individuals:": the
# introduction of a list of people and the offices they now hold
_ROWS_INTRO = re.compile(rf"(?i)\b(?:designat(?:e|es|ed)|appoint(?:s|ed)?|nam(?:e|es|ed))\s+the\s+following\b[^\n]{{0,200}}[:.]{_H}*\n")
_NAME_ROW = re.compile(rf"{_H}*(?P<name>{NAME}){_H}*")


def name_title_rows(text: str, read: list[Nomination]) -> list[Nomination]:
    """The rows of a two-column list under a designation or appointment introduction, each a
    person's name on one line and the office on the next ("Jane Doe" / "Chair of the Federal Trade
    Commission"): a table of names and offices, which the Doc text writes one cell per line.

    Args:
        text: The Doc text.
        read: The nominations the other forms found (a row they read is theirs).

    Returns:
        One Nomination per row, "acting" for an office written "Acting ...", else "current"
        (the designation made); none unless two rows or more follow the introduction.
    """
    heads = load_words().heads
    taken = [n.claims for n in read if n.claims]
    out: list[Nomination] = []
    for intro in _ROWS_INTRO.finditer(text[:4000]):
        lines = [(intro.end() + m.start(), m.group()) for m in re.finditer(r"[^\n]+", text[intro.end():]) if m.group().strip()]
        rows = []
        for k in range(0, len(lines) - 1, 2):
            (a, name_line), (b, office_line) = lines[k], lines[k + 1]
            m = _NAME_ROW.fullmatch(name_line)
            office = office_line.strip()
            words = {w.lower().strip(".,") for w in office.split()}
            if m is None or _NAME_ROW.fullmatch(office_line) or not office[:1].isupper() or not words & heads \
                    or name_line.split()[0].lower() in _NOT_FIRST or len(m.group("name").split()) < 2:
                break
            rows.append((a + m.start("name"), m.group("name"), b + office_line.index(office), office))
        if len(rows) < 2:
            continue
        for name_at, name, office_at, office in rows:
            if any(s <= name_at < e for s, e in taken):
                continue
            title = clean_title(_US.sub("", office))
            if title:
                status = "acting" if office.lower().startswith("acting ") else "current"
                out.append(Nomination(re.sub(r"\s+", " ", name).strip(), name_at, name_at, office_at + len(office),
                                      title, status, claims=(name_at, office_at + len(office))))
    return out
