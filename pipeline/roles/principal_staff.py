"""A staff post named with the official it serves: "Executive Director of Political Operations for
House Republican Chief Deputy Whip Jane Roe", "Chief of Staff to Congressman John Doe".

A biography names a staffer's post by its principal: the post is public when the principal is a
public office holder named with the office (the annotation guide counts legislative and executive
staff posts as roles: official_other), whatever the post's own words ("Executive Director of
Political Operations" alone names no government body). The office is the words before "for" or
"to"; the principal is another person, with a role of their own.
"""

from __future__ import annotations

import re

from .nominations import load_words

__all__ = ["staff_of_official"]

_PRINCIPAL = re.compile(r"\s+(?:for|to)\s+(?:the\s+)?(?:then-)?(?P<p>(?:[A-Z][\w.’'-]*\s+){1,6}[A-Z][\w’'-]+)")
"""The principal after "for"/"to": capitalised words, the office's then the name's ("for Sen. Jane Roe")."""


def staff_of_official(title: str) -> str | None:
    """The post of a staff title written with its principal, else None.

    Args:
        title: An office phrase a biography gives ("Legislative Director for Senator Jane Roe (OH)").

    Returns:
        The words before the principal ("Legislative Director") when an office head word of the
        ontology (``pipeline/data/offices.json``, with the nomination lexicon's) is followed by a capitalised
        name ("Sen. Jane Roe", "House Republican Chief Deputy Whip Jane Roe"), and no private body
        follows ("President Jane Roe of Acme University"); else None.
    """
    m = _PRINCIPAL.search(title)
    if m is None or m.start() == 0:
        return None
    words = m.group("p").split()
    heads = load_words().heads
    head = [i for i, w in enumerate(words) if w.lower().strip(",") in heads or w.lower().strip(".,") in heads]
    if not head or head[-1] == len(words) - 1:
        return None  # no office word, or the words end in one ("to the Deputy Secretary"): no name
    rest = title[m.end("p"):]
    if re.match(r"\s*,?\s*(?:of|at)\s", rest):
        from .nomination_bios import private_body_post  # read lazily: that module reads this one

        if private_body_post(words[head[-1]] + " " + rest.strip(" ,")):
            return None  # "Assistant to President Jane Roe of Acme University": a university's staff
    return title[:m.start()].rstrip(" ,")
