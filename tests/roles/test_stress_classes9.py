"""Error classes of roles found by the ninth round's stress test of biographies, nominations and
delegations: a country named as a post's portfolio read as the government served ("Director for
Syria") and carried onto a home official's other posts; a delegation's destination given to its
members; the principal named after an aide's post given the aide's post; a bare "President" of a
firm, a board or the President's own body read as a head of state; a headline's verb read into
its holder's name; corporate jobs read as public offices and government corporations as private.

Every sentence is invented for these tests in the style of White House nomination notices,
delegation lists, wire copy and obituaries.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.corporate import corporate_post, government_corporation


def _hits(roles, person: str) -> list[tuple]:
    return [(r.title, r.role, r.country, r.status) for r in roles if r.person_name and r.person_name.endswith(person)]


@pytest.mark.parametrize(("title", "expected"), [
    ("Chief Executive Officer of the Riverbend Youth Alliance", True),
    ("Senior Vice President of Operations at Harbor Light International", True),
    ("marketing director", True),
    ("Co-Founder of Tallgrass Analytics", True),
    ("Chief Executive Officer of the Peace Corps", False),
    ("Chief Financial Officer of the Tennessee Valley Authority", False),
    ("Chief Operating Officer of the Metropolitan Transportation Authority", False),
    ("Chief Financial Officer of the Department of Energy", False),
    ("Chief Executive", False),  # Hong Kong's head of government
    ("Chancellor of Westbrook University North", True),
    ("Executive Assistant to the President of Lakeside State University", True),
    ("Commandant of the National Defense University", False),
    ("Provost of the Naval War College", False),
    ("Deputy Secretary of Commerce", False),
])
def test_corporate_post(title, expected) -> None:
    assert corporate_post(title) is expected


@pytest.mark.parametrize(("title", "expected"), [
    ("Member of the Board of Directors of the Inter-American Foundation", True),
    ("Inspector General of the Export-Import Bank of the United States", True),
    ("Member of the Tennessee Valley Authority Board of Directors", True),
    ("Member of the AMTRAK Board of Directors", True),
    ("Member of the Board of Trustees of the Riverside Arts Foundation", False),
])
def test_government_corporation(title, expected) -> None:
    assert government_corporation(title) is expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "person", "country"), [
    ("Carla Mendes, a career diplomat, previously served as Director for Venezuela and Colombia on the "
     "staff of the National Security Council.", "Mendes", "USA"),
    ("Earlier, Paul Okafor was Deputy Director of the Office of Brazilian Affairs at the Department of State.",
     "Okafor", "USA"),
    ("Ruth Adler, the State Department's Special Envoy for Sudan, met aid groups on Monday.", "Adler", "USA"),
])
def test_portfolio_country_is_not_the_government(roles_of, text, person, country) -> None:
    roles, _ = roles_of("WASHINGTON (Reuters) - " + text, country="USA")
    hits = _hits(roles, person)
    assert hits and all(h[2] == country for h in hits), hits


@pytest.mark.model
def test_own_nation_secretary_serves_the_united_kingdom(roles_of) -> None:
    roles, _ = roles_of("LONDON (Reuters) - Prime Minister Keir Starmer named Morag Bell as Secretary of State "
                        "for Scotland on Friday.", published="2025-03-01")
    hits = _hits(roles, "Bell")
    assert hits and hits[0][1] == "minister_other" and hits[0][2] == "GBR", hits


@pytest.mark.model
def test_home_official_posts_abroad_lend_no_country(roles_of) -> None:
    text = ("President Biden Announces Key Nominees\n\n"
            "Helen Strand, Nominee for Director of the Peace Corps\n\n"
            "Helen Strand is serving as Chief Executive Officer of the Peace Corps. Before that, she served "
            "a five-year term as Country Director of Peace Corps Malawi, and earlier as Chief of Operations "
            "in the Africa Region.")
    roles, _ = roles_of(text, published="2022-05-01", country="USA")
    hits = _hits(roles, "Strand")
    assert hits and all(h[2] == "USA" for h in hits), hits


@pytest.mark.model
def test_delegation_members_serve_the_sending_government(roles_of) -> None:
    text = ("President Trump Announces Presidential Delegation to the Inauguration in Quito, Ecuador\n\n"
            "The Honorable Ana Ruiz, United States Special Envoy for Global Health, will lead the delegation. "
            "Tom Reyes, the United States Ambassador to Ecuador, will join her.\n\n"
            "Members of the Presidential Delegation:\n\n"
            "Mr. Daniel Ortiz, Chargé d'Affaires a.i., United States Mission to Peru\n")
    roles, _ = roles_of(text, published="2025-05-01")
    for person in ("Ruiz", "Reyes", "Ortiz"):
        hits = _hits(roles, person)
        assert hits and all(h[2] == "USA" for h in hits), (person, hits)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "principal", "title", "status"), [
    ("She served as Special Assistant to Secretary of State Hillary Clinton.", "Clinton", "Secretary of State",
     "former"),
    ("He was Deputy Chief of Staff under President George W. Bush.", "Bush", "President", "former"),
    ("She worked in the office of Governor Tom Wolf.", "Wolf", "Governor", "former"),
    ("From 2011 to 2014 he served as Senior Advisor to the Secretary of the Navy Ray Mabus.", "Mabus",
     "Secretary of the Navy", "former"),
    ("She was Counselor to Assistant Attorney General Walter Dellinger.", "Dellinger", "Assistant Attorney General",
     "former"),
])
def test_principal_holds_the_inner_office(roles_of, sentence, principal, title, status) -> None:
    text = ("President Biden Announces Key Nominees\n\nAnne Kirby, Nominee for Member of the Board\n\n"
            "Anne Kirby is a lawyer in Denver. " + sentence)
    roles, _ = roles_of(text, published="2024-05-01", country="USA")
    hits = _hits(roles, principal)
    assert hits and all(h[0] == title and h[3] == status for h in hits), hits


@pytest.mark.model
def test_white_house_aide_title_before_the_aide_name(roles_of) -> None:
    roles, _ = roles_of("WASHINGTON (AP) - Assistant to the President and National Security Advisor Jake Sullivan "
                        "and Special Assistant to the President Maria Lopez met the visiting delegation on Monday.",
                        published="2023-05-01", country="USA")
    assert _hits(roles, "Lopez") and not any(h[0] == "President" for h in _hits(roles, "Lopez")), roles


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "Kirby is currently the President and Owner of Kirby Strategies, a consulting firm.",
    "Kirby was appointed by President Biden to the President's Commission on White House Fellows in 2022.",
    "Kirby served on the city school board, holding the title of board President in 2009.",
    "In 2018 the trustees granted her President Emerita status.",
])
def test_bare_president_that_heads_no_state(roles_of, sentence) -> None:
    text = "President Biden Announces Key Nominees\n\nAnne Kirby, Nominee for Member of the Board\n\n" + sentence
    roles, _ = roles_of(text, published="2024-05-01", country="USA")
    assert not [r for r in roles if r.role == "head_of_state" and not (r.person_name or "").endswith("Biden")], roles


@pytest.mark.model
def test_president_and_chairman_of_a_government_bank(roles_of) -> None:
    roles, _ = roles_of("WASHINGTON (Reuters) - The President and Chairman of the Export-Import Bank, Dana Cole, said "
                        "on Monday the bank would expand lending.", published="2024-05-01")
    hits = _hits(roles, "Cole")
    assert hits and all(h[1] == "official_other" for h in hits), hits


@pytest.mark.model
def test_appointee_biography_company_president(roles_of) -> None:
    text = ("President Biden Announces Key Appointments\n\n"
            "Jacqueline Moss, Member, President's Commission on White House Fellowships\n\n"
            "Jackie Moss is a business owner and community leader. She is currently the President and Owner of "
            "Moss Partners and has worked in a variety of positions.")
    roles, _ = roles_of(text, published="2022-11-14", country="USA")
    assert not [h for h in _hits(roles, "Moss") if h[1] == "head_of_state"], roles


@pytest.mark.model
def test_company_president_and_chairman_is_no_head_of_state(roles_of) -> None:
    roles, _ = roles_of("NEW YORK (Reuters) - The President and Chairman of Acme Corp, John Hale, said on Monday "
                        "the company would cut 300 jobs.")
    assert not _hits(roles, "Hale")


@pytest.mark.model
@pytest.mark.parametrize(("headline", "holder"), [
    ("President Biden Announces Key Nominees", "Biden"),
    ("President Trump Names New Envoy", "Trump"),
])
def test_headline_verb_ends_the_holder_name(roles_of, headline, holder) -> None:
    roles, _ = roles_of(headline + "\n\nWASHINGTON - Today, the President announced his intent to nominate "
                        "Jane Roe to serve as Deputy Secretary of Labor.", published="2025-05-01", country="USA")
    names = [r.person_name for r in roles if r.role == "head_of_state"]
    assert names and all(n.endswith(holder) and len(n.split()) <= 3 for n in names), names


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "person", "title", "role"), [
    ("Lt. Gov. Mary Hale of Ohio opened the fair on Saturday.", "Hale", "Lieutenant Governor", "official_other"),
    ("Lt. Gen. Paul Ross said the drills would continue through the week.", "Ross", "Lieutenant General",
     "military_commander"),
])
def test_lieutenant_titles_keep_their_second_word(roles_of, sentence, person, title, role) -> None:
    roles, _ = roles_of("COLUMBUS, Ohio (AP) - " + sentence, published="2024-05-01")
    hits = _hits(roles, person)
    assert hits and hits[0][0] == title and hits[0][1] == role, hits
