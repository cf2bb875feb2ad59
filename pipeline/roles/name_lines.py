"""Bare names listed after an appointment introduction ("Jane Doe of New York, Chair"), and the
fuller name a biography gives a heading written with a familiar first name.

Kept apart from :mod:`.nominations` so that each stays a readable size; behaviour is unchanged.
"""

from __future__ import annotations

import re

from .name_patterns import H as _H, NAME

_HOME = rf"(?:,?{_H}+of{_H}+(?:the{_H}+)?[A-Z][\w.]*(?:{_H}+(?:of{_H}+)?[A-Z][\w.]*){{0,3}})"
"""The home state written after a name in appointment lists ("Jane Doe of New York, Chair")."""
_POS = (rf"(?:(?:Vice{_H}+|Co-)?Chair(?:man|woman|person)?|Member|Commissioner|Trustee|Director|Governor"
        rf"|Ex{_H}+Officio{_H}+Member)")
# A list item may carry the list's bullet ("-   Jane Doe, Member"), and two posts of the one body
# ("Member and Designated Chair", "Member and Vice Chair").
_NAME_LINE = re.compile(rf"^{_H}*(?:[-*•·]{_H}+)?(?P<name>{NAME}){_HOME}?(?:,{_H}+(?P<pos>{_POS}(?:{_H}+and{_H}+"
                        rf"(?:Designated{_H}+)?{_POS})?))?{_H}*$", re.MULTILINE)


def _name_lines(text: str, at: int) -> list[re.Match]:
    """The bare names (or "name, Chair") listed after an introduction, perhaps each heading its
    biography: the list ends at the first short line that is neither a name nor a sentence (the
    heading of another section), so later headings are not read as members."""
    out = []
    for line in re.finditer(r"[^\n]*", text[at:]):
        if not line.group().strip():
            continue
        item = _NAME_LINE.fullmatch(text, at + line.start(), at + line.end())
        if item:
            out.append(item)
            continue
        # prose (the body's description, a name heading's biography) sits between the names; a
        # short line that is no sentence is a heading of another section: the list ends there
        words = line.group().split()
        if len(words) <= 12 and not re.search(r"[.:!?\"”)]\W*$", line.group()):
            break
    return out


def _nickname(text: str, at: int, name: str) -> str:
    """The fuller name of a heading written with a familiar first name, from the next paragraph:
    heading "Amy Doe", then "Dr. Amelia (Amy) Doe is ..." -> "Amelia Doe"."""
    toks = name.split()
    if len(toks) != 2:
        return name
    para = text[at:at + 300]
    m = re.search(rf"\b([A-Z][\w’'-]+)\s+\({re.escape(toks[0])}\)\s+{re.escape(toks[1])}\b", para)
    return f"{m.group(1)} {toks[1]}" if m else name
