"""A national body written before its head's title: "Palestinian Authority President X",
"Russian Federation President X".

English puts the body a title heads either after it ("President of the Palestinian Authority") or
before it as a modifier ("Palestinian Authority President"). The office ontology writes the
national offices in the first order; with the country adjective taken out of the title, the second
leaves "Authority President", which no entry matches, and the head of state reads as an
official. When the country was written with the title and one word naming a state's government
("Authority", "Federation", "Republic", "State", "Confederation", "Government") stands before the head word, the title is read in the "of" order too, and a head of state or government that
order names is the office. A body with no country written ("Union President", "Football
Federation President", "Bank President") keeps its reading.
"""

from __future__ import annotations

import re

from ..knowledge.offices import load_offices

__all__ = ["office_post", "preposed_body_role"]

_LEADERS = frozenset({"head_of_state", "head_of_government"})
# the words that name a state's own government as a body ("Palestinian Authority", "Russian Federation",
# "Islamic Republic", "Swiss Confederation"); "Union" is left out: a country's union is mostly a trade union
_STATE_BODIES = frozenset({"authority", "federation", "republic", "state", "confederation", "government"})


def preposed_body_role(title: str, role: str, country: str | None, organization: str | None) -> str:
    """The role of a title written "<Body> <Head>" after a country word, read as "<Head> of the <Body>"
    when that names a national leader (module docstring); ``role`` otherwise.

    Args:
        title: The title without its country words ("Authority President").
        role: The category the title has as written.
        country: The country written with the title, if any.
        organization: The international organisation of the office, if any.
    """
    words = title.split()
    if role != "official_other" or country is None or organization or len(words) != 2 \
            or words[0].lower() not in _STATE_BODIES:
        return role
    inverted = load_offices().classify(f"{words[1]} of the {words[0]}")
    return inverted if inverted in _LEADERS else role


# "<post> in/at/of/with/for the <...> Office of <office>": the office's office is a body, and the
# holder's post is what stands before it ("Chief of Staff in the Office of the Prime Minister",
# "Director in the Office of the Secretary of Defense", "Chief of the Civil Rights Bureau at the New
# York State Office of Attorney General")
_OFFICE_OF = re.compile(r"^(?P<post>\S.*?)\s+(?:in|at|of|with|for|within)\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){0,5}"
                        r"Office\s+of\s+(?:the\s+)?(?P<office>\S.*)$")


def office_post(title: str) -> str:
    """The holder's own post of a title that names another office's Office as the body it sits in
    (``_OFFICE_OF``, the office after "Office of" one the ontology classes); the title itself
    otherwise. An office's Office is staffed by officials: a chief of staff there is no prime
    minister, a director there no secretary of defense."""
    m = _OFFICE_OF.match(title)
    if m is None or load_offices().classify(m.group("office")) == "official_other":
        return title  # "Director of the Office of Management and Budget": a body's own name, no office's
    return m.group("post")
