"""A bare "President" in a nominee's own biography heads the body the sentence names.

A biography names the posts of a career at firms, foundations and associations with their heads'
titles: "In 2015, Doe was named President and charged with running the foundation", "she was
named President of the Example Development Corporation". With "of" the reader sees the body; a
bare "President" leaves only the title, and the title alone reads as a head of state. A nominee
for an office the announcement names (a board's member, an ambassador, a regional administrator)
is no head of state, and a head of state's own biography names the country ("President of the
Republic of X"). So a bare "President" read as a head of state for the subject of the biography
it stands in is the head of a body, not a public office (dev README: "Jobs in companies,
universities and charities are not roles"), and is dropped.
"""

from __future__ import annotations

from ..names import name_key
from .reader import Candidate

__all__ = ["bare_body_heads"]


def bare_body_heads(cands: list[Candidate], sections: list[tuple[int, int, Candidate]]) -> list[Candidate]:
    """The candidates without a bare "President" given as head of state to a nominee in the
    nominee's own biography section.

    Args:
        cands: All candidates.
        sections: ``(start, end, subject)`` of each nominee's biography.

    Returns:
        The candidates kept, in order.
    """
    out = []
    for c in cands:
        subj = next((s for lo, hi, s in sections if lo <= c.start < hi), None)
        if subj is not None and c.role == "head_of_state" and c.title.strip() == "President" and c.status != "nominee":
            ka, kb = name_key(c.name), name_key(subj.name)
            if ka and kb and (ka <= kb or kb <= ka):
                continue  # "Doe was named President and charged with ...": the foundation's head
        out.append(c)
    return out
