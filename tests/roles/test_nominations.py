"""Nomination and appointment documents (pipeline.roles.nominations, pipeline.roles.nomination_bios).

Every text here is written for these tests in the style of Senate nomination lists, "Key
Nominees" announcements, appointment notices and nominee biographies; none is copied from a
gold text. Names are invented.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.nomination_bios import bio_offices, is_public_office
from pipeline.roles.nominations import clean_title, find_nominations, office_list


def _found(text: str) -> set[tuple[str, str, str, str | None]]:
    return {(n.name, n.title, n.status, n.until) for n in find_nominations(text)[0]}


SENATE = [
    # (entry, expected (name, title, status, until) set)
    ("Maria T. Ellison, of Ohio, to be United States Attorney for the Northern District of Ohio for the term of "
     "four years, vice Gregory P. Sand, resigned.",
     {("Maria T. Ellison", "Attorney for the Northern District of Ohio", "nominee", None),
      ("Gregory P. Sand", "Attorney for the Northern District of Ohio", "former", None)}),
    ("Peter Vance Holm, of Montana, to be United States District Judge for the District of Montana, vice "
     "Harold W. Lutz, retiring.",
     {("Peter Vance Holm", "District Judge for the District of Montana", "nominee", None),
      ("Harold W. Lutz", "District Judge for the District of Montana", "current", None)}),
    ("Anita Rao, of New Jersey, to be a Member of the National Council on Disability for a term expiring "
     "September 17, 2027, vice Thomas K. Boyle, term expired.",
     {("Anita Rao", "Member of the National Council on Disability", "nominee", "2027-09-17"),
      ("Thomas K. Boyle", "Member of the National Council on Disability", "former", None)}),
    ("Samuel J. Okafor, Jr., of Maryland, to be an Assistant Secretary of Labor, vice Linda Marsh.",
     {("Samuel J. Okafor Jr.", "Assistant Secretary of Labor", "nominee", None),
      ("Linda Marsh", "Assistant Secretary of Labor", "former", None)}),
    ("Helen D. King, of Virginia, a Career Member of the Senior Foreign Service, Class of Minister-Counselor, "
     "to be Ambassador Extraordinary and Plenipotentiary of the United States of America to the Republic of "
     "Malawi.",
     {("Helen D. King", "Ambassador Extraordinary and Plenipotentiary to the Republic of Malawi", "nominee", None)}),
    ("Omar L. Pruitt, of Florida, a Career Member of the Senior Foreign Service, Class of Counselor, to be "
     "Ambassador Extraordinary and Plenipotentiary of the United States of America to the Republic of Fiji, and "
     "to serve concurrently and without additional compensation as Ambassador Extraordinary and Plenipotentiary "
     "of the United States of America to the Republic of Nauru.",
     {("Omar L. Pruitt", "Ambassador Extraordinary and Plenipotentiary to the Republic of Fiji", "nominee", None),
      ("Omar L. Pruitt", "Ambassador Extraordinary and Plenipotentiary to the Republic of Nauru", "nominee", None)}),
    # a rank held with the office is no part of it
    ("Lena Obi, of Georgia, to be Director of the Office of Global Food Security, with the rank of Ambassador "
     "at Large.",
     {("Lena Obi", "Director of the Office of Global Food Security", "nominee", None)}),
    # a commission and the office it qualifies for: "and to be" a second office
    ("Rafael Ortiz, of Nevada, to be Medical Director in the Regular Corps of the Public Health Service, subject "
     "to qualifications therefor as provided by law and regulations, and to be Surgeon General of the Public "
     "Health Service for a term of four years.",
     {("Rafael Ortiz", "Medical Director in the Regular Corps of the Public Health Service", "nominee", None),
      ("Rafael Ortiz", "Surgeon General of the Public Health Service", "nominee", None)}),
    # the list's note after the full stop names no part of the office
    ("Nadia Perez, of Oregon, to be a Member of the Coastal Heritage Review Board.  (New Position)",
     {("Nadia Perez", "Member of the Coastal Heritage Review Board", "nominee", None)}),
    ("Owen Marsh, of Idaho, to be an Assistant Secretary of the Interior. (Reappointment)",
     {("Owen Marsh", "Assistant Secretary of the Interior", "nominee", None)}),
]


@pytest.mark.parametrize("entry,expected", SENATE)
def test_senate_list_entries(entry, expected):
    text = f"Nominations Sent to the Senate\n\nNOMINATIONS SENT TO THE SENATE:\n\n{entry}\n"
    assert _found(text) == expected


def test_withdrawn_nomination_keeps_only_the_predecessor():
    text = ("Nomination Withdrawn\n\nWITHDRAWAL SENT TO THE SENATE:\n\nRuth A. Keller, of Iowa, to be an Assistant "
            "Secretary of Agriculture, vice Daniel Frost, which was sent to the Senate on March 2, 2023.\n")
    # the withdrawn entry is read whole (status "withdrawn", dropped by the merge) so that no other
    # reading inside it stands
    assert _found(text) == {("Daniel Frost", "Assistant Secretary of Agriculture", "former", None),
                            ("Ruth A. Keller", "Assistant Secretary of Agriculture", "withdrawn", None)}


ANNOUNCED = [
    # nominee lines of a "Key Nominees" announcement (bullets and section headings)
    ("President Biden Announces Key Nominees\n\nToday, President Joe Biden announced his intent to nominate the "
     "following individuals:\n\nLaura M. Castillo, Nominee for Member of the Federal Maritime Commission\n"
     "Dennis O'Hara, Nominee to be Inspector General, Department of Transportation\n",
     {("Laura M. Castillo", "Member of the Federal Maritime Commission", "nominee", None),
      ("Dennis O'Hara", "Inspector General", "nominee", None)}),
    # a military nominee heading
    ("Announcement of Military Nominations\n\nThe President intends to nominate the following officers.\n\n"
     "Nominee for Commander of U.S. Southern Command: Lt. Gen. Rebecca J. Stroud\nLt. Gen. Rebecca J. Stroud "
     "currently serves as the Director of Operations for the Joint Staff.\n",
     {("Rebecca J. Stroud", "Commander of U.S. Southern Command", "nominee", None)}),
    # an appointment announcement: introduction naming the body, then bare names
    ("President Appoints Members of the Board of Visitors\n\nToday, the President announced his intent to appoint "
     "the following individuals as members of the Board of Visitors to the United States Coast Guard Academy:\n\n"
     "Karen Whitfield, Chair\nMarcus Obi\n\nThe Board advises the Academy.\n",
     {("Karen Whitfield", "Chair of the Board of Visitors to the Coast Guard Academy", "nominee", None),
      ("Marcus Obi", "Member of the Board of Visitors to the Coast Guard Academy", "nominee", None)}),
    # "intent to nominate X to serve in the following positions: A, B, and C"
    ("Today, President Joe Biden announced his intent to nominate Alan R. Goode to serve in the following "
     "positions: Assistant Secretary of the Treasury (International Markets), United States Alternate Governor "
     "of the African Development Bank, and United States Alternate Governor of the Asian Development Bank.\n",
     {("Alan R. Goode", "Assistant Secretary of the Treasury (International Markets)", "nominee", None),
      ("Alan R. Goode", "Alternate Governor of the African Development Bank", "nominee", None),
      ("Alan R. Goode", "Alternate Governor of the Asian Development Bank", "nominee", None)}),
    # name-office pairs in one sentence
    ("The President announced his intent to nominate Carla Reyes for Under Secretary of the Army, and Tom "
     "Whitaker for Assistant Secretary of the Navy (Energy, Installations and Environment).\n",
     {("Carla Reyes", "Under Secretary of the Army", "nominee", None),
      ("Tom Whitaker", "Assistant Secretary of the Navy (Energy, Installations and Environment)", "nominee", None)}),
    # an appointment to the President's staff
    ("Today, the President announced the appointment of the following members of his staff.\n\nJenna Lowry will serve as Deputy Assistant to the "
     "President for Legislative Affairs. She previously worked on Capitol Hill.\n",
     {("Jenna Lowry", "Deputy Assistant to the President for Legislative Affairs", "nominee", None)}),
]


@pytest.mark.parametrize("text,expected", ANNOUNCED)
def test_announcements(text, expected):
    assert _found(text) == expected


def test_heading_with_familiar_name_takes_the_full_name():
    text = ("President Announces Intent to Appoint Commissioners\n\nToday, the President announced his intent to "
            "appoint the following leaders as commissioners to the Advisory Commission on Rural Health:\n\n"
            "Bob Anders\n\nDr. Robert (Bob) Anders is a physician in Kansas.\n")
    assert _found(text) == {("Robert Anders", "Commissioner of the Advisory Commission on Rural Health", "nominee",
                             None)}


@pytest.mark.parametrize("text", [
    "The Senate voted 52-48 on Tuesday to confirm the nominee, the majority leader said.",
    "Secretary Blinken met Foreign Minister Wang Yi in Beijing to discuss trade.",
    "President Biden Announces Intent to Nominate Key Members for the Department of Commerce\n",
    "The President appointed a task force on Monday. It will report in June.",
])
def test_ordinary_text_has_no_nominations(text):
    assert _found(text) == set()


@pytest.mark.parametrize("raw,title", [
    ("United States Attorney for the District of Utah", "Attorney for the District of Utah"),
    ("a Judge on the United States Court of Federal Claims", "Judge on the Court of Federal Claims"),
    ("Ambassador Extraordinary and Plenipotentiary of the United States of America to Peru",
     "Ambassador Extraordinary and Plenipotentiary to Peru"),
    # a company-style title keeps its department: alone it would read as a company's office
    ("Chief Financial Officer, Department of Energy", "Chief Financial Officer, Department of Energy"),
    ("Assistant Secretary for Fish and Wildlife, Department of the Interior", "Assistant Secretary for Fish and Wildlife"),
    ("the Representative of the United States of America to the Conference on Disarmament",
     "Representative to the Conference on Disarmament"),
])
def test_clean_title(raw, title):
    assert clean_title(raw) == title


@pytest.mark.parametrize("raw,parts", [
    ("Assistant Secretary of State for Economic, Energy and Business Affairs",
     ["Assistant Secretary of State for Economic, Energy and Business Affairs"]),
    ("Deputy Director of the Office of Science and Technology Policy, and Member of the National Science Board",
     ["Deputy Director of the Office of Science and Technology Policy", "Member of the National Science Board"]),
    # a word with no office head before "and" modifies the office after it
    ("Mine Safety and Health Administrator", ["Mine Safety and Health Administrator"]),
    ("Member and Vice Chair of the Harbor Safety Board", ["Member", "Vice Chair of the Harbor Safety Board"]),
    # a long part before "and" is a post of its own, head word or not
    ("Senior Official for Trade, Tourism, and the Oceans and Acting Assistant Secretary of State for Fisheries",
     ["Senior Official for Trade, Tourism, and the Oceans", "Acting Assistant Secretary of State for Fisheries"]),
])
def test_office_list(raw, parts):
    assert office_list(raw) == parts


BIOS = [
    # (sentence, expected (title, status) set)
    ("She is a former chair of the Ohio Civil Rights Commission and teaches law.",
     {("chair of the Ohio Civil Rights Commission", "former")}),
    ("He previously served as Deputy Administrator of the Small Business Administration from 2014 to 2016.",
     {("Deputy Administrator of the Small Business Administration", "former")}),
    ("Ramos currently serves as the Deputy Assistant Secretary for Policy at the Department of Veterans Affairs.",
     {("Deputy Assistant Secretary for Policy at the Department of Veterans Affairs", "current")}),
    ("Lin chaired the Maricopa County Planning Board and the Arizona State Water Council.",
     {("Chair of the Maricopa County Planning Board", "former"), ("Chair of the Arizona State Water Council", "former")}),
    ("She was appointed to the Western States Water Commission by the Governor in 2019.",
     {("Member of the Western States Water Commission", "current")}),
    ("He spent nine years as the Agency’s Director of Field Operations and the Chief of the Regional Enforcement "
     "Division.", {("Director of Field Operations", "former"), ("Chief of the Regional Enforcement Division", "former")}),
    # jobs outside public office are not roles
    ("He is the Chief Executive Officer of Harbor Point Holdings and a trustee of Lakeside College.", set()),
    ("She served as Director of the Partnership for Rural Schools.", set()),
    ("He is a former chairman of the board of the Midwest Music Festival.", set()),
]


@pytest.mark.parametrize("sentence,expected", BIOS)
def test_bio_offices(sentence, expected):
    assert {(t, s) for _, _, t, s, _ in bio_offices(sentence)} == expected


def test_bio_years_and_military_posts():
    got = bio_offices("She was confirmed in 2022 to serve as Assistant Secretary of Commerce for Export "
                      "Enforcement, and she chairs the Interagency Export Panel.")
    assert [(t, s, y) for _, _, t, s, y in got] == [
        ("Assistant Secretary of Commerce for Export Enforcement", "current", "2022"),
        ("Chair of the Interagency Export Panel", "current", "")]
    got = bio_offices("He has also served as commander of Carrier Strike Group 4, commander of Naval Forces Japan, "
                      "and commander of the Seventh Fleet.", military=True)
    assert {t for _, _, t, _, _ in got} == {"commander of Carrier Strike Group 4", "commander of Naval Forces Japan",
                                            "commander of the Seventh Fleet"}


@pytest.mark.parametrize("title,public", [
    ("Executive Director of the Gulf Coast Restoration Task Force", True),
    ("Chief Operating Officer of Northwind Logistics", False),
    ("Senior Vice President", False),
])
def test_is_public_office(title, public):
    assert is_public_office(title) is public


@pytest.mark.model
def test_senate_list_through_the_pipeline(roles_of):
    text = ("Nominations Sent to the Senate\n\nNOMINATIONS SENT TO THE SENATE:\n\n"
            "Maria T. Ellison, of Ohio, to be United States Attorney for the Northern District of Ohio for the term "
            "of four years, vice Gregory P. Sand, resigned.\n\n"
            "Helen D. Price, of Virginia, a Career Member of the Senior Foreign Service, Class of Counselor, to be "
            "Ambassador Extraordinary and Plenipotentiary of the United States of America to the Republic of "
            "Malawi.\n")
    roles, _ = roles_of(text, published="2023-05-02")
    got = {(r.person_name, r.role, r.country, r.status) for r in roles}
    assert got == {("Maria T. Ellison", "official_other", "USA", "nominee"),
                   ("Gregory P. Sand", "official_other", "USA", "former"),
                   ("Helen D. Price", "ambassador", "USA", "nominee")}


@pytest.mark.model
def test_senate_list_offices_are_public_and_withdrawals_hold_nothing(roles_of):
    # an office whose words name no government body is still public when the Senate confirms it;
    # a withdrawn nominee keeps no reading of the entry's office
    text = ("NOMINATIONS SENT TO THE SENATE:\n\n"
            "Arthur P. Lindqvist, of Oregon, to be Commissioner of Agricultural Statistics, for a term of four "
            "years.\n\nWITHDRAWAL SENT TO THE SENATE:\n\n"
            "Nora J. Whitcombe, of Idaho, to be Medical Director in the Regular Corps of the Public Health "
            "Service.\n")
    roles, _ = roles_of(text, published="2024-02-06")
    got = {(r.person_name, r.role, r.country, r.status) for r in roles}
    assert got == {("Arthur P. Lindqvist", "official_other", "USA", "nominee")}


@pytest.mark.model
def test_announcement_with_biography_through_the_pipeline(roles_of):
    text = ("President Biden Announces Key Nominees\n\nWASHINGTON – Today, President Joe Biden announced his intent "
            "to nominate the following individual:\n\n"
            "-   Gloria M. Hatch, Nominee for Member of the Surface Transportation Board\n\n"
            "**<u>Gloria M. Hatch, Nominee for Member of the Surface Transportation Board</u>**\n\n"
            "Gloria M. Hatch is a partner at Hatch & Rowe LLP. She is a former Commissioner of the Oregon Public "
            "Utility Commission, and she previously served as Deputy Administrator of the Federal Railroad "
            "Administration from 2011 to 2014.\n")
    roles, _ = roles_of(text, published="2023-05-02")
    got = {(r.person_name, r.role, r.country, r.status, r.since, r.until) for r in roles
           if r.person_name == "Gloria M. Hatch"}
    assert got == {("Gloria M. Hatch", "official_other", "USA", "nominee", None, None),
                   ("Gloria M. Hatch", "official_other", "USA", "former", None, None),
                   ("Gloria M. Hatch", "official_other", "USA", "former", "2011", "2014")}


NOT_NOMINATIONS = [
    # ordinary news: "will serve as" tells what someone does next, not an appointment
    "The Senate vote was delayed. Mike Johnson will serve as Speaker until the new Congress meets, aides said.",
    "Fans were disappointed. Gareth Southgate will serve as Manager of the England team.",
    "Voters were disappointed. Carla Menzies will serve as Acting Mayor through the spring, the council said.",
]


@pytest.mark.parametrize("text", NOT_NOMINATIONS)
def test_will_serve_in_ordinary_news_is_no_nomination(text: str) -> None:
    assert find_nominations(text)[0] == []


@pytest.mark.parametrize("text,expected", [
    ("The Governor today announced the appointment of a new aide.\n\nRuth Calloway will serve as Deputy "
     "Secretary of Transportation until a successor is confirmed, the office said.",
     "Deputy Secretary of Transportation"),
    ("Mayor announces appointments\n\nOwen Pratt will serve as Commissioner of the Parks Department; he starts "
     "in May.", "Commissioner of the Parks Department"),
])
def test_will_serve_title_is_cut(text: str, expected: str) -> None:
    assert {n.title for n in find_nominations(text)[0]} == {expected}


@pytest.mark.parametrize("text,expected", [
    ("Stephen White, of Ohio, to be United States Marshal for the Northern District of Ohio for the term of four "
     "years, vice Mary Washington, resigned.",
     {("Stephen White", "Marshal for the Northern District of Ohio", "nominee", None),
      ("Mary Washington", "Marshal for the Northern District of Ohio", "former", None)}),
    ("Dr. Amelia Doe, Nominee for Member of the National Science Board",
     {("Amelia Doe", "Member of the National Science Board", "nominee", None)}),
    ("Paula House, of Texas, to be an Assistant Secretary of Energy, vice Daniel Key.",
     {("Paula House", "Assistant Secretary of Energy", "nominee", None),
      ("Daniel Key", "Assistant Secretary of Energy", "former", None)}),
])
def test_surname_may_be_a_list_word(text: str, expected: set) -> None:
    assert _found(f"NOMINATIONS SENT TO THE SENATE:\n\n{text}\n") == expected


@pytest.mark.parametrize("text", [
    "White House, Nominee for Member of the National Science Board",
    "Press Office, Nominee for Member of the National Science Board",
])
def test_list_words_alone_are_no_name(text: str) -> None:
    assert _found(text) == set()


@pytest.mark.parametrize("text,expected", [
    ("The Department today announced new steps to strengthen security on the Southern Border:\n\n"
     "Securing Critical Infrastructure\n\nExpanding Port Inspections\n", set()),
    ("The Governor named the following leaders to the Coastal Resilience Council:\n\nHarbor Planning\n", set()),
    ("The President announced his intent to appoint the following individuals to the Board of Visitors:\n\n"
     "Lena Ortiz\nMarcus Bell, Chair\n\nThe Board advises the Academy.\n\nDuties of the Board\n\nAlan Frost\n",
     {("Lena Ortiz", "Member of the Board of Visitors", "nominee", None),
      ("Marcus Bell", "Chair of the Board of Visitors", "nominee", None)}),
])
def test_intro_lists_only_appointments_and_stop_at_prose(text: str, expected: set) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize("title,public", [
    ("Director of the National Counterterrorism Center", True),
    ("Superintendent of the U.S. Naval Academy", True),
    ("Executive Director of the Harbor Conservancy", False),
    ("President of the Lakeside Hospital", False),
])
def test_public_markers_before_private_head(title: str, public: bool) -> None:
    assert is_public_office(title) is public


@pytest.mark.parametrize("sentence,expected", [
    ("She previously served as Director of the National Counterterrorism Center from 2019 to 2021.",
     ("Director of the National Counterterrorism Center", "former")),
    ("He served as Superintendent of the U.S. Naval Academy from 2015 to 2018.",
     ("Superintendent of the U.S. Naval Academy", "former")),
])
def test_public_center_or_academy_in_a_biography(sentence: str, expected: tuple) -> None:
    assert expected in {(t, s) for _, _, t, s, _ in bio_offices(sentence)}


@pytest.mark.parametrize("title,public", [
    # a private kind of body stays private when only "National" or a word after its head names a government
    ("Vice-President of the National Academy of Mediators", False),
    ("Arbitrator for the National Hockey League and the Players Association", False),
    ("President of the Society of Federal Contract Professionals", False),
    ("National President of the Union of Postal Clerks", False),
    ("Assistant to the National President", False),
    ("Director of Research for the Brotherhood of Railway Carmen", False),
    ("Commandant of the National Defense University", True),
    ("Director of the National Park Service", True),
])
def test_private_bodies_named_national(title: str, public: bool) -> None:
    assert is_public_office(title) is public


@pytest.mark.parametrize("sentence,expected", [
    ("He served as a law clerk for Judge Maria L. Ortega on the United States Court of Appeals for the Tenth "
     "Circuit from 2004 to 2005.", {("law clerk", "former")}),
    ("She clerked for Chief Justice Alan Porter of the Supreme Court of Vermont.", {("law clerk", "former")}),
    # the judge named by the court's style, and the clerkship's years before "as"
    ("She served as a law clerk to the Honorable Ruth Calder of the United States District Court for the District "
     "of Maine.", {("law clerk", "former")}),
    ("He served in 1998-99 as a Law Clerk to the Honorable Ruth Calder, United States District Court for the "
     "District of Maine.", {("law clerk", "former")}),
    ("She served as a law clerk to the Honorable Members of the Finance Committee.", set()),
    # a detail to another body
    ("From 2019 to 2021, she was detailed to serve as counsel to the Trade Subcommittee of the United States "
     "Senate Committee on Finance.",
     {("counsel to the Trade Subcommittee of the United States Senate Committee on Finance", "former")}),
    ("In 2012, he was detailed as the Deputy Director of the Coastal Resilience Commission.",
     {("Deputy Director of the Coastal Resilience Commission", "former")}),
    ("The plan was detailed as a list of steps for the press.", set()),
    ("She was previously a trial attorney in the Civil Division of the United States Department of Justice.",
     {("trial attorney in the Civil Division of the United States Department of Justice", "former")}),
    ("Ms. Okafor previously served as an appellate attorney in the Environmental Section of the Tax Division at "
     "the United States Department of Justice from 2014 to 2017.",
     {("appellate attorney in the Environmental Section of the Tax Division at the United States Department of "
       "Justice", "former")}),
    ("He was an appellate attorney at Brandt & Hollis LLP.", set()),
    ("Mr. Nakamura was previously United States Attorney for the District of Idaho from 2012 to 2016.",
     {("United States Attorney for the District of Idaho", "former")}),
    ("He was a law clerk at Brandt & Hollis LLP.", set()),
    ("She served as National President of the Guild of Court Reporters.", set()),
])
def test_judiciary_and_government_lawyer_posts(sentence: str, expected: set) -> None:
    assert {(t, s) for _, _, t, s, _ in bio_offices(sentence)} == expected


@pytest.mark.model
def test_earlier_tenure_of_the_nominated_office_and_short_name_in_list():
    import pipeline

    text = ("President Biden Announces Key Nominees\n\nWASHINGTON – Today, President Joe Biden announced his intent "
            "to nominate the following individuals:\n\n"
            "-   Tom Whitaker, Nominee for United States Attorney for the District of Idaho\n\n"
            "**<u>Thomas Whitaker, Nominee for United States Attorney for the District of Idaho</u>**\n\n"
            "Tom Whitaker is a partner at Greer & Lowe LLP. Mr. Whitaker was previously United States Attorney for "
            "the District of Idaho from 2012 to 2016. He served as a law clerk for Judge Ellen R. Marsh on the "
            "United States District Court for the District of Idaho from 2001 to 2002.\n")
    rec = pipeline.extract(text, published="2023-05-02").record
    roles, ents = rec.roles, rec.entities
    got = {(r.person_name, r.status) for r in roles if "Whitaker" in r.person_name}
    assert got == {("Thomas Whitaker", "nominee"), ("Thomas Whitaker", "former")}
    assert len([r for r in roles if "Whitaker" in r.person_name and r.status == "former"]) == 2
    assert {e.name for e in ents if e.label == "PERSON" and "Whitaker" in e.name} == {"Thomas Whitaker"}


@pytest.mark.model
def test_officer_with_quoted_nickname_holds_military_posts(roles_of):
    # the rank is written before a name with a nickname in quotes: the officer's staff posts in
    # the biography are military posts
    text = ("President Biden Announces Key Nominees\n\nToday, President Biden announced his intent to nominate:\n\n"
            "Nominee for Commander of Atlantic Fleet: Rear Adm. Peter “Dusty” Marlowe\n\n"
            "Rear Adm. Peter L. “Dusty” Marlowe currently serves as the Director for Logistics at U.S. Southern "
            "Command. He previously served as Director of Fleet Maintenance at U.S. Naval Forces Europe.\n")
    roles, _ = roles_of(text, published="2023-06-01")
    got = {(r.title, r.role) for r in roles if "Marlowe" in r.person_name}
    assert ("Director for Logistics at U.S. Southern Command", "military_commander") in got \
        or any(role == "military_commander" and "Logistics" in title for title, role in got)
    assert all(role == "military_commander" for _, role in got)


@pytest.mark.model
@pytest.mark.parametrize("between", [
    "He serves as Foreign Policy Advisor to the Chairman of the Joint Chiefs of Staff, General Ruth Sands.\n",
    "He was Senior Attorney Advisor in the Office of the General Counsel. ",
])
def test_a_rank_before_another_sentence_makes_no_officer(roles_of, between):
    # a rank that ends one sentence ("General Ruth Sands.", "the General Counsel.") is not written
    # before the nominee's name at the start of the next: the nominee's civilian posts stay civilian
    text = ("President Biden Announces Key Nominees\n\nToday, President Biden announced his intent to nominate:\n\n"
            "-   Paul Okoro, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Chad\n\n"
            "**Paul Okoro, Nominee for Ambassador Extraordinary and Plenipotentiary to the Republic of Chad**\n\n"
            f"Paul Okoro is a career member of the Senior Foreign Service. {between}"
            "Okoro previously served as Director of the Office of Andean Affairs at the Department of State.\n")
    roles, _ = roles_of(text, published="2023-06-01")
    got = {(r.title, r.role) for r in roles if "Okoro" in r.person_name}
    assert any("Andean Affairs" in title for title, _ in got), got
    assert all(role != "military_commander" for _, role in got), got


@pytest.mark.parametrize("text,expected", [
    # a release that is only the nominees' headings and biographies: two headings make it one
    ("Jane Q. Ortiz, to be Representative of the United States to the Example Commission\n\n"
     "Jane Ortiz is a lawyer in Ohio.\n\n"
     "Tom R. Baker, to be a Member of the Example Review Board\n\nTom Baker taught law.\n",
     {("Jane Q. Ortiz", "Representative to the Example Commission", "nominee", None),
      ("Tom R. Baker", "Member of the Example Review Board", "nominee", None)}),
    # one such line alone in ordinary prose is no announcement
    ("Jane Q. Ortiz, to be Representative of the United States to the Example Commission\n\n"
     "The commission met on Monday.\n", set()),
])
def test_to_be_headings_without_a_nomination_word(text, expected):
    assert _found(text) == expected


def test_heading_with_a_familiar_name_in_brackets():
    text = ("President Announces Key Nominees\n\nToday, the President announced his intent to nominate:\n\n"
            "Phillip (Phil) R. Moss, Nominee for Administrator of the Example Aviation Administration\n\n"
            "Phil Moss was the chief executive of an airport.\n")
    assert _found(text) == {("Phillip R. Moss", "Administrator of the Example Aviation Administration", "nominee",
                             None)}


@pytest.mark.model
def test_nominee_is_not_the_son_of_the_same_name(roles_of):
    # the son "Omar Haddad Jr." shares the nominee's given name and surname; the biography calls
    # the nominee "Haddad"
    text = ("President Biden Announces Key Appointments\n\nWASHINGTON – Today, President Joe Biden announced his "
            "intent to appoint the following individual:\n\n"
            "**Omar K. Haddad, Member, Example Advisory Council on Rural Health**\n\n"
            "Omar K. Haddad has worked for rural clinics for 30 years. Two Governors have appointed Haddad as a "
            "Commissioner for the Ohio Rural Health Commission. He is the father of a daughter, Lina Haddad, and a "
            "son, Omar Haddad Jr.\n")
    roles, _ = roles_of(text, published="2024-05-02")
    names = {r.person_name for r in roles if "Commission" in r.title or "Council" in r.title}
    assert names == {"Omar K. Haddad"}, [(r.person_name, r.title) for r in roles]


def test_long_nominee_heading_with_two_offices():
    # a heading of two offices, each with its rank, runs past 220 characters
    text = ("President Announces Key Nominees\n\nToday, the President announced his intent to nominate:\n\n"
            "Jane Q. Ortiz, Nominee for Representative of the United States of America to the Geneva Office of the "
            "United Nations, with the rank of Ambassador, and Representative of the United States of America to the "
            "Example Nuclear Energy Agency, with the Rank of Ambassador\n\nJane Ortiz is a scholar.\n")
    assert {(n.name, n.status) for n in find_nominations(text)[0]} == {("Jane Q. Ortiz", "nominee")}
    assert len(find_nominations(text)[0]) == 2


@pytest.mark.parametrize("entity_name, written, kin", [
    ("Omar Haddad Jr.", "Omar K. Haddad, Member, Example Council", True),
    # the suffix is written with the nominee's name (a list reader may leave it out of the name)
    ("Omar K. Haddad Jr.", "Omar “Sky” K. Haddad, Jr. (Ret.), Former Vice Chairman", False),
    ("Omar Haddad", "Omar K. Haddad, Member, Example Council", False),
])
def test_kin_suffix(entity_name: str, written: str, kin: bool) -> None:
    from pipeline.roles.nomination_merge import _kin_suffix
    assert _kin_suffix(entity_name, written) is kin


@pytest.mark.model
def test_biography_paragraph_opening_with_the_given_name_is_the_nominees(roles_of):
    from roles_harness import NOMINATION_HEAD

    text = NOMINATION_HEAD + ("Peter was born and raised in Dayton, Ohio. He served as a law clerk to the Honorable "
                              "Ruth Calder of the United States District Court for the District of Maine.\n")
    roles, _ = roles_of(text)
    assert ("Peter Garland", "law clerk", "former") in {(r.person_name, r.title, r.status) for r in roles}
