"""Round 18: a person's second public office in the same text. Sentences invented; names and bodies
fictional."""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

SENATE = "Nominations Sent to the Senate\n\nNOMINATIONS SENT TO THE SENATE:\n\n     "


@pytest.mark.parametrize(("entry", "nominee", "held"), [
    ("Peter Garland, of Ohio, to be an Alternate Representative of the United States of America to the "
     "Sessions of the General Assembly of the United Nations, during his tenure of service as Alternate "
     "Representative of the United States of America for Special Political Affairs in the United Nations.",
     "Alternate Representative to the Sessions of the General Assembly of the United Nations",
     "Alternate Representative for Special Political Affairs in the United Nations"),
    ("Peter Garland, of Ohio, to be Representative of the United States of America to the Sessions of the "
     "General Assembly of the United Nations, during his tenure of service as Deputy Representative of the "
     "United States of America to the United Nations.",
     "Representative to the Sessions of the General Assembly of the United Nations",
     "Deputy Representative to the United Nations"),
])
def test_tenure_of_service_is_a_second_office(roles_of, entry: str, nominee: str, held: str) -> None:
    roles, _ = roles_of(SENATE + entry + "\n", country="USA")
    got = {(r.title, r.status) for r in roles if r.person_name == "Peter Garland"}
    assert got == {(nominee, "nominee"), (held, "current")}


def test_rank_for_a_tenure_stays_one_office(roles_of) -> None:
    entry = ("Peter Garland, of Ohio, a Career Member of the Senior Foreign Service, Class of Minister-Counselor, "
             "for the rank of Ambassador during his tenure of service as Deputy Representative of the United "
             "States of America to the Tidewater Commission.")
    roles, _ = roles_of(SENATE + entry + "\n", country="USA")
    assert [r.status for r in roles if r.person_name == "Peter Garland"] == ["nominee"]


@pytest.mark.parametrize(("text", "earlier"), [
    ("MOSCOW - Ivan Petrov, the deputy chairman of the Security Council and a former prime minister, said on "
     "Monday the plan was flawed.\n", ("prime minister", "head_of_government")),
    ("MOSCOW - Ivan Petrov, deputy chairman of Russia's Security Council and a former president, said on "
     "Monday the plan was flawed.\n", ("president", "head_of_state")),
    ("LIMA - The head of the electoral board and an ex-interior minister, Ivan Petrov, said on Monday the count "
     "was over.\n", ("interior minister", "minister_other")),
    # no public office after "a former": a trade, a company's post
    ("MOSCOW - Ivan Petrov, the deputy chairman of the Security Council and a former banker, said on Monday "
     "the plan was flawed.\n", None),
    ("MOSCOW - Ivan Petrov, the deputy chairman of the Security Council and a former chief executive of "
     "Volga Mining, said on Monday the plan was flawed.\n", None),
])
def test_and_a_former_office(roles_of, text: str, earlier: tuple[str, str] | None) -> None:
    roles, _ = roles_of(text)
    former = [(r.title, r.role) for r in roles if r.person_name == "Ivan Petrov" and r.status == "former"]
    assert former == ([earlier] if earlier else [])


@pytest.mark.parametrize(("text", "second"), [
    ("LONDON - Jane Roe, the health secretary, who previously served as justice secretary, said on Monday the "
     "plan was flawed.\n", ("justice secretary", "former")),
    ("LONDON - Jane Roe, the health secretary, who was justice secretary from 2019 to 2021, said on Monday the "
     "plan was flawed.\n", ("justice secretary", "former")),
    ("ROME - Marco Bassi, Italy's foreign minister, who is also deputy prime minister, said on Monday the talks "
     "went well.\n", ("deputy prime minister", "current")),
    # a verb, not an office; a private post; the clause's office names another country
    ("LONDON - Jane Roe, the health secretary, who was elected in 2019, said on Monday the plan was flawed.\n", None),
    ("LONDON - Jane Roe, the health secretary, who was chief executive of a bank, said on Monday the plan was "
     "flawed.\n", None),
    ("LONDON - Jane Roe, a Labour MP, who is a member of the Commons health committee, said on Monday the plan "
     "was flawed.\n", None),  # a seat on a committee of the chamber: no office of its own
    ("LONDON - Jane Roe, the health secretary, who was once a star footballer, said on Monday the plan was "
     "flawed.\n", None),
])
def test_who_served_as_after_an_apposed_office(roles_of, text: str, second: tuple[str, str] | None) -> None:
    roles, _ = roles_of(text)
    holder = "Marco Bassi" if "Bassi" in text else "Jane Roe"
    got = [(r.title, r.status) for r in roles if r.person_name == holder]
    assert got, "the apposed office must be read for the check on a second one to mean anything"
    assert got[1:] == ([second] if second else [])


@pytest.mark.parametrize(("bio", "post"), [
    ("From 2001 to 2005, Mr. Garland served as a police officer with the Example City Police Department.\n",
     "police officer with the Example City Police Department"),
    ("Mr. Garland was a special agent with the Federal Bureau of Investigation from 1998 to 2004.\n",
     "special agent with the Federal Bureau of Investigation"),
    ("Mr. Garland served as a deputy sheriff in the Example County Sheriff's Office.\n", "deputy sheriff"),
    ("Mr. Garland was a loan officer with the Example Savings Bank.\n", None),  # not a public officer's kind
])
def test_law_enforcement_post_in_a_biography(roles_of, bio: str, post: str | None) -> None:
    from roles_harness import NOMINATION_HEAD
    roles, _ = roles_of(NOMINATION_HEAD + bio, country="USA")
    got = [(r.title, r.status) for r in roles if r.person_name == "Peter Garland" and r.status != "nominee"]
    if post is None:
        assert got == []
    else:
        assert [s for t, s in got if t.startswith(post)] == ["former"]


@pytest.mark.parametrize(("sentence", "earlier"), [
    ("I first met Mara when she was Mayor of Dayton.", "Mayor of Dayton"),
    ("I first met Mara while she was Lieutenant Governor of Ohio.", "Lieutenant Governor"),  # read once, as before
    ("Mara and I met President Tom Carver when he was Governor of Ohio.", None),  # two holders: unsure
    ("I first met Mara when she was Treasurer of the Dayton Rowing Club.", None),  # no public office
    ("I first met Mara when she was a student in Dayton.", None),
])
def test_when_she_was_office(roles_of, sentence: str, earlier: str | None) -> None:
    roles, _ = roles_of(HEAD18 + sentence + "\n", country="USA")
    assert any(r.person_name == "Mara Ellison" and r.title == "Senator" for r in roles), roles  # she is read at all
    got = [(r.title, r.status) for r in roles if r.person_name == "Mara Ellison" and r.title != "Senator"]
    assert got == ([(earlier, "former")] if earlier else [])


HEAD18 = "Statement from President Joe Biden on the Retirement of Senator Mara Ellison\n\nSenator Mara Ellison is a trailblazer.\n\n"
