"""Title remnants on White House person names: styles, hyphened offices, portfolios, job nouns,
hyphenated surnames, faiths and feasts. The texts are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _persons(doc) -> list[str]:
    return [e.name for e in doc._.newsie_entities if e.label == "PERSON"]


@pytest.mark.parametrize("text, present, absent", [
    ("Deputy National Security Advisor for International Economics Maria Lopez will travel to Delhi.",
     ["Maria Lopez"], ["International Economics Maria Lopez", "Economics Maria Lopez"]),
    ("Assistant Secretary of Defense for Special Operations and Low-Intensity Conflict Chris Walker "
     "traveled to Kenya.", ["Chris Walker"], ["Conflict Chris Walker"]),
    ("The minister spoke by phone today with H.E. Sheikh Mohammed bin Nasser Al Thani, the envoy.",
     ["Mohammed bin Nasser Al Thani"], ["H.E. Sheikh Mohammed bin Nasser Al Thani"]),
    ("The California Assembly Assistant Speaker Pro Tempore Rebecca Lane spoke.", ["Rebecca Lane"],
     ["Pro Tempore Rebecca Lane"]),
    # ... and its short form "Pro Tem" (round 41)
    ("Dallas Mayor Pro Tem Carolyn King Arnold spoke on Monday.", ["Carolyn King Arnold"],
     ["Pro Tem Carolyn King Arnold"]),
    ("House Speaker Pro Tem Mark Lee spoke on Monday.", ["Mark Lee"], ["Pro Tem Mark Lee"]),
    # the last word of a government office's name after "Office of" / "Bureau of"
    ("Director of the Office of Science and Technology Policy Daniel Ortega-Lane opened the forum.",
     ["Daniel Ortega-Lane"], ["Policy Daniel Ortega-Lane"]),
    ("Assistant Secretary of State for the Bureau of Consular Affairs Rena Bitter spoke.", ["Rena Bitter"],
     ["Affairs Rena Bitter"]),
    # an East Asian name after a "for" portfolio keeps its short surname
    ("Minister for Foreign Affairs Cho Tae Yul met the delegation.", ["Cho Tae Yul"], ["Tae Yul"]),
    ("Marla Blunt-Carter is a lawyer. Blunt-Carter’s experience includes public service.",
     ["Marla Blunt-Carter"], ["Carter"]),
    # two persons' surnames hyphened are no one's surname
    ("The Biden-Harris Administration supports Vice President Kamala Harris and President Joe Biden.",
     ["Kamala Harris"], ["Biden-Harris"]),
])
def test_title_rests_cut(make_doc, text, present, absent):
    names = _persons(make_doc(text))
    assert all(p in names for p in present), names
    assert not any(a in names for a in absent), names


@pytest.mark.parametrize("text, absent", [
    ("She served as a Peace Corps Volunteer in Oman for two years.", "Volunteer"),
    ("She was Chief Diversity Officer at the agency until 2020.", "Diversity"),
    ("She is the former Chief Diversity and Inclusion Officer for the agency.", "Diversity"),
    ("He later served as Dean of the Faculty at a large university.", "Dean"),
    ("Ana Ruiz, of Ohio, to be Chief Agricultural Negotiator, Office of Trade.", "Agricultural Negotiator"),
    ("He serves as Counselor for Political Affairs at the embassy in Lima.", "Counselor for Political Affairs"),
    ("PRIME MINISTER KOVAC:  Glad to be here.", "Glad"),
    ("Jews around the world observed Shabbat on Saturday.", "Shabbat"),
    ("The attacks affect Arab, Sikh, and South Asian Americans.", "Sikh"),
    ("He speaks Arabic, Farsi, and Norwegian.", "Farsi"),
    # the Latin of a presiding officer's title, short or hyphened, is no one's name (round 41)
    ("He served on the City Council, where he was appointed Mayor Pro-Tem, and later Vice Mayor Pro-Tem.", "Pro-Tem"),
    ("He served on the City Council, where he was appointed Mayor Pro-Tem, and later Vice Mayor Pro-Tem.", "Tem"),
])
def test_titles_and_words_are_no_persons(make_doc, text, absent):
    assert absent not in _persons(make_doc(text))


@pytest.mark.parametrize("text, name", [
    ("We send our condolences to her husband, Dean, and to her children.", "Dean"),
])
def test_given_name_stays(make_doc, text, name):
    assert name in _persons(make_doc(text))


@pytest.mark.parametrize("text, name", [
    ("The adviser met today with Hikmat Hajiyev, Head of the Foreign Relations Department of the "
     "Presidential Administration of Azerbaijan.", "Hikmat Hajiyev"),
    ("Members of the delegation:\n\nThe Honorable Nani A. Coloretti, Deputy Director, Office of "
     "Management and Budget", "Nani A. Coloretti"),
    ("Members of the delegation:\n\nThe Honorable Nani A. Coloretti, Deputy Director, Office of "
     "Management and Budget\n\nThe Honorable Edgard D. Kagan, Senior Director for East Asia", "Edgard D. Kagan"),
    ("The Right Honourable Ana B. Ruiz, High Commissioner, attended.", "Ana B. Ruiz"),
])
def test_titled_line_names_are_persons(make_doc, text, name):
    assert name in _persons(make_doc(text))


@pytest.mark.parametrize("text, absent", [
    ("He met Goldman Sachs, the bank, and the Foreign Relations Department, Head Office.", "Goldman Sachs"),
    ("She received an Honorable Mention Award in 2019.", "Mention Award"),
])
def test_bodies_before_titles_stay_bodies(make_doc, text, absent):
    assert absent not in _persons(make_doc(text))


@pytest.mark.parametrize("text, absent", [
    ("He earned his degree at the University of California, Davis and then at Yale.", "Davis"),
    ("We reaffirm our commitment to the implementation of the 2030 Agenda and its goals.", "Agenda"),
    ("The statement on General Motors Investment in Michigan was issued.", "Motors Investment"),
    ("He worked at Jack Morrow Consulting and at Akin Gump Strauss Hauer & Feld.", "Jack Morrow Consulting"),
    ("He worked at Jack Morrow Consulting and at Akin Gump Strauss Hauer & Feld.", "Akin Gump Strauss Hauer & Feld"),
])
def test_body_names_are_no_persons(make_doc, text, absent):
    assert absent not in _persons(make_doc(text))

