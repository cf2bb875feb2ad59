"""The corpus-stable key of a person's name (see :mod:`pipeline.entities.persons` for the rule
and its limits): ``surname|formal-first-name``; for an Arabic name with a patronymic, the
given name and the father's name ("Tamim bin Hamad Al Thani" -> ``bin hamad|tamim``)."""

from __future__ import annotations

import re
import unicodedata

from ..names import SUFFIXES, formal_first_name
from .lexicon import NAME_PARTICLES
from .styles import PATRONYMICS

# Initials written together ("j.k", "t.j" of "J.K. Rowling"): no first name, like "J." alone.
_INITIALS = re.compile(r"^(?:[a-z]\.)+[a-z]$")
# Portuguese generational words after the surnames ("Filho" = Junior, "Neto" = grandson,
# "Sobrinho" = nephew; Wikipedia: Portuguese name), dropped from the key like "Jr.".
_KIN_SUFFIXES = frozenset({"filho", "neto", "sobrinho", "junior"})


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode() or word


def person_key(name: str) -> str | None:
    """A corpus-stable key for a person's name, ``surname|formal-first-name`` (see the module
    docstring for the rule and its limits); None for a name with no usable word."""
    words = [_fold(w).rstrip(".") for w in name.replace("’", "'").replace(",", " ").lower().split()]
    initials = bool(words) and bool(_INITIALS.match(words[0]) or len(words[0]) == 1)
    words = [w for w in words if w and w not in {s.rstrip(".") for s in SUFFIXES} and len(w) > 1
             and not _INITIALS.match(w)]
    if len(words) > 2 and words[-1] in _KIN_SUFFIXES:
        words.pop()  # "José Múcio Monteiro Filho": "Junior" in Portuguese, no surname of its own
    if not words:
        return None
    for j, w in enumerate(words[:-1]):
        if w in PATRONYMICS:
            # "Tamim bin Hamad Al Thani" and "Tamim bin Hamad": the given name and the father's
            # name identify the person; the family name ("Al Thani") is written only at times
            return f"{w} {words[j + 1]}|{formal_first_name(words[0]) if j > 0 else ''}"
    i = len(words) - 1
    # a name written from a lower-case particle ("von der Leyen" alone) is a surname only
    lowest = 0 if name[:1].islower() else 1
    while i > lowest and words[i - 1] in NAME_PARTICLES:
        i -= 1  # "Ursula von der Leyen": the particles belong to the surname
    if i == 1 and initials and words[0] in NAME_PARTICLES:
        i = 0  # "A.B. de Villiers": the initials dropped, the particle starts the surname
    surname = " ".join(words[i:])
    first = formal_first_name(words[0]) if i > 0 else ""
    return f"{surname}|{first}"
