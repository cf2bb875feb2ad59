"""Round 49 (roles): an order's or letter's signer who states the presidency as a coordinated
"authority to ... and as Commander in Chief" holds it (``signatures._AUTHORITY``); an aide written
with the official served ("State Secretary to Prime Minister X of Sweden") serves that official's
government, not the publisher's (``companions._principal_country``).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest

import pipeline

pytestmark = pytest.mark.model


def _roles(text: str, published: str = "2024-05-01") -> list[tuple]:
    return [(r.person_name, r.role, r.country) for r in pipeline.extract(text, published=published).roles]


@pytest.mark.parametrize("phrase", [
    "pursuant to my constitutional authority to conduct United States foreign relations and as Commander in Chief",
    "pursuant to my constitutional authority as Commander in Chief and Chief Executive",
])
def test_signer_stating_the_presidency_holds_it(phrase: str) -> None:
    text = ("Letter to the Speaker of the House Consistent with the War Powers Resolution\n\n"
            "Dear Madam Speaker:\n\nAt my direction, on March 3, 2023, United States forces conducted a strike "
            f"against a facility in eastern Syria. I directed this action {phrase}.\n\n"
            "Sincerely,\n\n                   JOSEPH R. BIDEN JR.\n")
    assert ("Joseph R. Biden Jr.", "head_of_state", "USA") in _roles(text, "2023-03-05")


def test_an_aide_serves_the_principals_government() -> None:
    text = ("Readout\n\nNational Security Advisor Jake Sullivan spoke with Anna Berg, State Secretary to Prime "
            "Minister Ulf Kristersson of Sweden, about NATO. The White House will stay in close contact.")
    roles = _roles(text, "2023-03-05")
    assert ("Anna Berg", "official_other", "SWE") in roles, roles
    assert ("Ulf Kristersson", "head_of_government", "SWE") in roles, roles


def test_a_sender_is_no_aide_of_the_addressee() -> None:
    text = "Statement\n\nA letter from Prime Minister Jan Novak to French President Emmanuel Macron was published."
    roles = _roles(text, "2023-03-05")
    assert not any(name == "Jan Novak" and country == "FRA" for name, _, country in roles), roles


def test_an_aide_of_a_home_official_stays_home() -> None:
    text = ("Readout\n\nJohn Kell, Senior Adviser to Secretary of State Antony Blinken, met President William "
            "Ruto of Kenya in Nairobi. The White House will stay in close contact.")
    roles = _roles(text, "2023-03-05")
    assert ("John Kell", "official_other", "USA") in roles, roles


@pytest.mark.parametrize(("title", "role"), [
    ("Special Counsel to the Puerto Rico Attorney General", "official_other"),  # the post, not the AG's office
    ("Special Envoy to the Prime Minister", "official_other"),
    ("Secretary of State to the Minister for Europe", "official_other"),  # a junior post, no foreign minister
    ("Ambassador to France", "ambassador"),  # a country after "to": the office itself
    ("Assistant to the President for National Security Affairs", "national_security_advisor"),  # its own pattern
    ("Permanent Representative to NATO", "ambassador"),
])
def test_a_post_to_an_office_is_the_post(title: str, role: str) -> None:
    from pipeline.roles.titles import classify

    assert classify(title) == role
