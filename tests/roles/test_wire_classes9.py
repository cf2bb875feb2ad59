"""Error classes of roles found by the ninth round's stress test of wire news (Reuters, AP, AFP,
BBC, Kyodo and Yonhap style stories written for the test) and "Statement by ..." documents:

- offices of international organisations missed or given a country ("IMF Managing Director",
  "African Union Commission chairperson", "Commission President", "the UN's special envoy for");
- a body's presiding officer read as a head of state ("electoral tribunal president");
- status words of removal ("ousted President") and taking office ("became foreign minister");
- a possessive country before a status word ("Cambodia's former prime minister");
- successions ("A replaced B as finance minister", "named A as T, replacing B");
- a rank after a civil office ("spokesman Colonel X") and a posting city before the name.

Every sentence is invented for these tests (names are fictional).
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.io_posts import commission_style_org


def _hits(roles, person: str) -> list[tuple]:
    return [(r.title, r.role, r.country, r.organization, r.status) for r in roles
            if r.person_name and r.person_name.endswith(person)]


@pytest.mark.parametrize(("title", "org"), [
    ("Commission President", "EU"),
    ("Commission Vice-President", "EU"),
    ("Commission spokesperson", "EU"),
    ("Election Commission chairman", None),
    ("President", None),
])
def test_commission_style_titles(title, org) -> None:
    assert commission_style_org(title) == org


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Loan deal\n\nWASHINGTON (Reuters) - IMF Managing Director Helena Varga said the fund would lend more.",
     "Varga", ("Managing Director", "official_other", None, "IMF", "current")),
    ("Sahel talks\n\nADDIS ABABA (AFP) - African Union Commission chairperson Idris Bamba urged calm on Monday.",
     "Bamba", ("Commission chairperson", "official_other", None, "AU", "current")),
    ("Sanctions\n\nBRUSSELS (Reuters) - Commission President Marta Lindqvist said the package was ready.",
     "Lindqvist", ("Commission President", "official_other", None, "EU", "current")),
    ("Warrant issued\n\nTHE HAGUE (Reuters) - ICC Prosecutor Samuel Okafor said the court had acted.",
     "Okafor", ("Prosecutor", "official_other", None, "ICC", "current")),
    ("Coup\n\nABUJA (AFP) - ECOWAS Commission President Yusuf Danjuma called for elections.",
     "Danjuma", ("Commission President", "official_other", None, "ECOWAS", "current")),
    ("Talks\n\nNAIROBI (Reuters) - The U.N.'s special envoy for Chad, Pierre Lamarre, urged both sides to talk.",
     "Lamarre", ("special envoy for Chad", "official_other", None, "UN", "current")),
])
def test_international_organisation_offices(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text)
    assert expected in _hits(roles, person)


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "title", "role"), [
    ("Vote count\n\nLA PAZ (AP) - Electoral tribunal president Mateo Quispe said turnout was high.",
     "Quispe", "Electoral tribunal president", "official_other"),
    ("Rates\n\nWASHINGTON (Reuters) - Fed Governor Laura Bishop voted against the cut.",
     "Bishop", "Governor", "official_other"),
    ("Ruling\n\nWASHINGTON (AP) - Justice Helen Carver wrote the dissent.", "Carver", "Justice", "official_other"),
])
def test_body_before_president_and_judges(roles_of, text, person, title, role) -> None:
    roles, _ = roles_of(text)
    assert [(t, r) for t, r, *_ in _hits(roles, person)] == [(title, role)]


@pytest.mark.model
def test_justice_department_is_no_judge(roles_of) -> None:
    roles, _ = roles_of("Probe\n\nWASHINGTON (Reuters) - The Justice Department said on Monday that Tom Reyes "
                        "had been charged.")
    assert _hits(roles, "Reyes") == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Detained\n\nNIAMEY (AFP) - Ousted President Amadou Sani remains in detention, his aides said.",
     "Sani", ("President", "head_of_state", "NER", None, "former")),
    ("Clash\n\nBANGKOK (Reuters) - Laos's former prime minister Khamsay Vong accused the army of lying.",
     "Vong", ("prime minister", "head_of_government", "LAO", None, "former")),
    ("Reshuffle\n\nTOKYO (Kyodo) - Taro Ishikawa became foreign minister on Tuesday.",
     "Ishikawa", ("foreign minister", "foreign_minister", "JPN", None, "current")),
    ("Transition\n\nBAMAKO (AFP) - Colonel Ibrahim Keita was sworn in as transitional president on Friday.",
     "Keita", ("transitional president", "head_of_state", "MLI", None, "acting")),
])
def test_status_and_possessive_country(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text)
    assert expected in _hits(roles, person)


@pytest.mark.model
def test_replaced_as(roles_of) -> None:
    roles, _ = roles_of("Cabinet\n\nOTTAWA (Reuters) - Jean Tremblay replaced Paul Gagnon as finance minister on "
                        "Tuesday, the prime minister's office said.")
    assert ("finance minister", "minister_other", "CAN", None, "former") in _hits(roles, "Gagnon")
    assert ("finance minister", "minister_other", "CAN", None, "current") in _hits(roles, "Tremblay")


@pytest.mark.model
def test_named_replacing(roles_of) -> None:
    roles, _ = roles_of("New minister\n\nSEOUL (Yonhap) - President Park Min-ho on Monday named retired general "
                        "Choi Dong-hyun as defence minister, replacing Shin Tae-sik, who had faced criticism.")
    assert ("defence minister", "defence_minister", "KOR", None, "current") in _hits(roles, "Choi Dong-hyun")
    assert ("defence minister", "defence_minister", "KOR", None, "former") in _hits(roles, "Shin Tae-sik")


@pytest.mark.model
def test_announced_succession_left_alone(roles_of) -> None:
    roles, _ = roles_of("Next month\n\nKYIV (Reuters) - Olena Bondar will replace Taras Melnyk as health minister "
                        "next month.")
    assert all(s != "former" for *_, s in _hits(roles, "Melnyk"))


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "expected"), [
    ("Junta\n\nBAMAKO (AFP) - Government spokesman Colonel Moussa Traore said the vote was postponed.",
     "Traore", ("spokesman", "spokesperson", "MLI", None, "current")),
    ("Summoned\n\nSTOCKHOLM (Reuters) - Norway's ambassador in Beijing, Erik Dahl, was summoned on Monday.",
     "Dahl", ("ambassador", "ambassador", "NOR", None, "current")),
    ("Visit\n\nAMMAN (Reuters) - A government spokesman in Paris, Luc Moreau, said the trip would go ahead.",
     "Moreau", ("spokesman", "spokesperson", "FRA", None, "current")),
])
def test_rank_and_posting_city_before_name(roles_of, text, person, expected) -> None:
    roles, _ = roles_of(text)
    assert expected in _hits(roles, person)


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "status"), [
    ("Dismissal\n\nANKARA (Reuters) - The president on Sunday fired Interior Minister Kemal Arslan after the riots.",
     "Arslan", "former"),
    ("Vote\n\nQUITO (Reuters) - Ecuador's National Assembly voted on Friday to remove President Lucia Vera from office.",
     "Vera", "former"),
    ("Sacked\n\nNAIROBI (AP) - Energy Minister Daniel Mwangi was sacked on Tuesday, the presidency said.",
     "Mwangi", "former"),
    ("Next week\n\nPARIS (AFP) - The president will fire Culture Minister Anne Girard next week, aides said.",
     "Girard", "current"),
    ("Denied\n\nLIMA (Reuters) - Congress did not remove President Carlos Rojas on Thursday.", "Rojas", "current"),
])
def test_removal_from_office(roles_of, text, person, status) -> None:
    roles, _ = roles_of(text)
    assert [s for *_, s in _hits(roles, person)] == [status]


@pytest.mark.model
def test_opposition_lawmaker_is_legislator(roles_of) -> None:
    roles, _ = roles_of("Security\n\nMOGADISHU (Reuters) - Ahmed Warsame, an opposition lawmaker, said the army had "
                        "failed to hold the town.")
    assert [(r, c) for _, r, c, *_ in _hits(roles, "Warsame")] == [("legislator", "SOM")]
