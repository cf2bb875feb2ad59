"""Round 59: a legal instrument as the subject of the act it enacts.

Fact sheets say what a signed order does with the order as subject: "The Proclamation imposes full
restrictions on X", "The order blocks the property of ...", and in the next bullet "It adds ...".
The act is its signer's (events/documentacts.py :func:`subject_enactor`): the issuer written on
the instrument, or whoever last issued an instrument of that name before it ("President X signed
a Proclamation"). Only for the acts a government does by law (SANCTION, COERCE, CONCEDE, ...), a
verb of fact (not "will impose", not negated), and not a verb undoing what it names ("revokes
sanctions"). A text with no signer of the instrument, or a court's order, keeps no event.

Every text is invented for these tests.
"""

from __future__ import annotations

import pytest

from .rows import event_rows as _events


def _types(text: str) -> set[tuple]:
    return {(r[0], r[1], r[3]) for r in _events("Fact Sheet\n\n" + text, published="2025-12-16")}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Today, President Ana Roe signed a Proclamation. The Proclamation imposes full restrictions on Laos and"
     " Sierra Leone.", {("SANCTION", "Ana Roe", "Laos"), ("SANCTION", "Ana Roe", "Sierra Leone")}),
    ("Today, President Ana Roe signed an executive order. The order imposes sanctions on Iran.",
     {("SANCTION", "Ana Roe", "Iran")}),
    ("Today, President Ana Roe signed a Proclamation expanding entry restrictions.\n\nIt imposes full"
     " restrictions on 2 countries: Laos and Sierra Leone.", {("SANCTION", "Ana Roe", "Laos")}),
    ("Today, President Ana Roe signed an executive order. The order lifts sanctions on Syria.",
     {("CONCEDE", "Ana Roe", "Syria")}),
])
def test_an_instrument_enacts_its_signers_act(text, expected):
    assert expected <= _types(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The order imposes sanctions on Iran.",  # no signer written
    "Today, President Ana Roe signed an executive order. The order will impose sanctions on Iran.",  # a plan
    "Today, President Ana Roe signed an executive order. The order revokes sanctions on Syria.",  # undone
    "Last week a court issued an order. The order banned the rally in Nairobi.",  # a court's order
])
def test_no_enactor_no_event(text):
    assert not any(t in ("SANCTION", "COERCE") and a == "Ana Roe" or t == "SANCTION" and a is None
                   for t, a, _ in _types(text))


def _rows_untitled(text: str) -> set[tuple]:
    """(type, actor country, trigger) of a text run with no publisher country."""
    import pipeline

    rec = pipeline.extract(text, published="2023-10-25").to_dict()
    return {(e["type"], e.get("actor_country"), e["trigger"]["text"]) for e in rec["events"]}


_JOINT_BODY = (
    "\n\n**Promoting Peace and Stability**\n\nWe are committed to upholding a global order underpinned by rules."
    " The United States and Australia are steadfast in their commitment to international law.\n\n"
    "The United States and Australia welcome the progress our partners have made, and we will continue to"
    " invest in the region.\n\nOur partnership is anchored in shared values. It has grown stronger over seven"
    " decades. Our people study, work and trade together.\n\nWe condemn in the strongest possible terms"
    " Russia’s illegal war against Ukraine. We reaffirm our commitment to the Quad.")


@pytest.mark.model
@pytest.mark.parametrize(("title", "country"), [
    # a title glued to its subtitle, as pages are often saved: the title's parties are not read from it
    ("United States-Australia Joint Leaders’ StatementBuilding a Partnership", "USA"),
    ("Australia-United States Joint Leaders’ StatementBuilding a Partnership", "AUS"),
    ("Leaders’ Statement", None),  # no joint text: no guess
])
def test_a_joint_statements_we_is_the_first_named_party(title, country):
    """events/firstperson.py :func:`_joint_first`: each party's copy of a joint text names itself first."""
    rows = _rows_untitled(title + _JOINT_BODY)
    assert {c for t, c, w in rows if w == "condemn"} == ({country} if country else set())


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent"), [
    ("We once again call on Russia to immediately, completely, and unconditionally withdraw its forces from"
     " Ukraine.", "RETREAT"),
    ("We call on Hamas to immediately, unconditionally, and safely release all hostages.", "CONCEDE"),
])
def test_a_stranded_infinitive_is_what_is_called_for(text, absent):
    """events/positions.py :func:`stranded_infinitive`: the "to" hung on an adverb, the verb read as
    a second act of "we"."""
    rows = _events("Statement\n\n" + text)
    assert any(r[0] == "REQUEST" for r in rows)
    assert not any(r[0] == absent and r[2] == "USA" for r in rows)


@pytest.mark.model
def test_a_finite_conjunct_is_still_an_act():
    rows = _events("Statement\n\nRussia attacked Kyiv and withdrew its forces from Kherson.")
    assert ("RETREAT", "RUS") in {(r[0], r[2]) for r in rows}


@pytest.mark.model
@pytest.mark.parametrize(("text", "actor"), [
    ("Karim Haddad was solely responsible for the horrific attack in Moscow last week.", "Haddad"),
    ("Hamas is responsible for the attack on Israel.", "Hamas"),
    ("The Houthis claimed responsibility for the attack on the ship.", "Houthis"),
])
def test_the_party_responsible_for_an_attack_carried_it_out(text, actor):
    """events/responsibility.py: "X was responsible for the attack", "X claimed responsibility for it"."""
    assert ("ASSAULT", actor) in {(r[0], r[1]) for r in _events("Statement\n\n" + text)}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russia was not responsible for the attack on Kyiv.",
    "We do not know who is responsible for the attack on the embassy.",
    "ISIS may be responsible for the attack in Moscow.",
])
def test_no_stated_responsibility_no_actor(text):
    assert all(r[1] is None for r in _events("Statement\n\n" + text) if r[0] == "ASSAULT")


# the review's cases: each must stay without the new readings
@pytest.mark.model
@pytest.mark.parametrize(("title", "body", "absent"), [
    ("Joint Statement on Russia’s War Against Ukraine by the Foreign Ministers of Poland and Lithuania",
     "We note that Russia has launched more than 100 missiles. We will impose new sanctions on Moscow.", "RUS"),
    ("Statement by the Chairman of the Joint Chiefs of Staff on the provision of air defence to Ukraine",
     "We note that Ukraine has repelled the attacks. We condemn the strikes on Kyiv.", "UKR"),
])
def test_a_titles_topic_is_no_party(title, body, absent):
    assert not any(c == absent and t in ("SANCTION", "ACCUSE", "AID", "AGREE") for t, c, _ in _rows_untitled(title + "\n\n" + body))


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent"), [
    ("Pakistan bears responsibility for the attack because it sheltered the militants, the ministry said.", "Pakistan"),
    ("Russia claimed Ukraine was responsible for the attack on the bridge.", "Ukraine"),
    ("Senator Kara Delaney introduced a bill on Tuesday. The bill imposes sanctions on Iranian oil exporters.",
     "Kara Delaney"),
    ("France circulated a draft resolution on Thursday. The resolution imposes an arms embargo on Sudan.", "France"),
])
def test_blame_claims_and_proposals_are_no_acts(text, absent):
    assert not any(r[1] == absent and r[0] in ("ASSAULT", "SANCTION") for r in _events("Statement\n\n" + text))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("We will continue our support for Ukraine.", ("AGREE", "USA", "UKR")),
    ("We will maintain our support for Ukraine.", ("AGREE", "USA", "UKR")),
    ("We continue our support for Ukraine.", ("SUPPORT", "USA", "UKR")),
    # a carried-on attack is told by its noun and owner, not by a pronoun subject of "continue"
    ("Russia's economy is shrinking as it continues its brutal war against Ukraine.", ("ASSAULT", "RUS", "UKR")),
])
def test_carrying_an_act_on(text, expected):
    """event_triggers.json light verbs "continue" and "maintain"; events/verbparts.py :func:`carried_on_harm`."""
    assert expected in {(r[0], r[2], r[4]) for r in _events("Remarks\n\n" + text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # the second review's cases: a demand or a condemnation carried on stays read by its noun
    ("Kuwait will maintain its demand for compensation from Iraq.", "REQUEST"),
    ("We will continue our condemnation of the coup.", "ACCUSE"),
])
def test_a_demand_carried_on_stays_a_demand(text, expected):
    assert expected in {r[0] for r in _events("Statement\n\n" + text)}
