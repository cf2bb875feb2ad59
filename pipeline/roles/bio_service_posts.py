"""Public-service posts a biography writes in lower case: "From 2001 to 2005, he served as a police
officer with the Example City Police Department", "she was a special agent with the Federal Bureau
of Investigation", "served as a deputy sheriff in Example County".

A law-enforcement officer of a police department, a sheriff's office, a marshals service or a
federal agency holds a post of state or local or federal government (annotation guide: roles
include state and local government). The biography reader's title patterns start an office with a
capital or a head word ("director of", "counsel to"), so these lower-case posts, an officer's usual
earlier career in a US Marshal's or an agency head's biography, were left out. Only the named
kinds of officer are read (not "officer" alone, which a company has too), each with an optional
"in/at/with/for the BODY"; the reader's test of a public office then applies, and the post is a
past one ("served as", "was"), as the other past frames of the table.
"""

from __future__ import annotations

import re

from .bio_gates import gated

__all__ = ["service_post_patterns"]

_KINDS = (r"(?:police|patrol|correctional|corrections|probation|parole|customs|border\s+patrol|immigration)\s+officer"
          r"|special\s+agent|(?:police\s+)?detective|deputy\s+sheriff|sheriff[’']s\s+deputy"
          r"|deputy\s+(?:U\.S\.\s+|United\s+States\s+)?marshal|(?:state\s+)?trooper")
"""The kinds of law-enforcement officer (lower case, as biographies write them)."""


_BODY = r"[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w’'.-]*)*"
"""A capitalised body's name ("Example City Police Department", "Federal Bureau of Investigation")."""


def service_post_patterns() -> tuple:
    """``(pattern, status, kind)`` rows in the form of the biography reader's table."""
    return (
        (gated(re.compile(rf"\b(?:served\s+as|was|worked\s+as)\s+(?:previously\s+|also\s+|formerly\s+)?(?:a\s+|an\s+)"
                          rf"(?P<o>(?:{_KINDS})(?:\s+(?:in|at|with|for)\s+the\s+{_BODY})?)"),
               "officer", "agent", "detective", "sheriff", "arshal", "trooper"), "former", "office"),
    )
