"""Round 43: a Senate list entry written without the nominee's home state ("Jane Doe to be
Secretary of the Air Force, vice John Roe, resigned.") is read as the homed entries are, in a
document that is a Senate list (``nominations._SENATE``); a line opening with an adverbial ("In
April, President X announced ...") names nobody (``nominations._ok_name``); "Members of <a body>"
before a list of names is each holder's seat, as other plural titles are ("Members of Congress A
and B": ``plural_titles._REMIT_ONLY``), and a remit may run to several words joined by "of",
"the" and "and" ("Secretaries of Health and Human Services A and B"), but two countries joined
there are not one country's (``plural_titles._after_remit``); "took office as X", "assumed office
as X" and "took over as X" take an office up, as "became X" does (``clauses._takes_post_as``,
``status.verb_status``); "Jane Roe was the first woman to serve as X" records an office held, with
the copula's tense for its status, and not for an unranked noun ("the right person to serve as")
or a conditional ("would be the first", ``clauses._first_to_hold``); a listed nickname standing
alone is the one person whose full first name it stands for ("Norm" after "Norman Mineta":
``given_mentions.lone_given_names``).

Every sentence is invented for these tests.
"""

from __future__ import annotations

import pytest
from roles_harness import roles_of  # noqa: F401  (fixture)

from pipeline.roles.nominations import find_nominations

_LIST = ("Nominations Sent to the Senate\n\n"
         "Jane Holt, of Ohio, to be Under Secretary of the Navy, vice Ann Fry, resigned.\n\n")


def _noms(text: str) -> set[tuple[str, str, str]]:
    return {(n.name, n.title, n.status) for n in find_nominations(text)[0]}


@pytest.mark.parametrize(("entry", "expected"), [
    ("Troy Mabe to be Secretary of the Air Force, vice Frank Kell III, resigned.",
     {("Troy Mabe", "Secretary of the Air Force", "nominee"), ("Frank Kell III", "Secretary of the Air Force", "former")}),
    ("Lena Vos to be Director of the National Reconnaissance Office.",
     {("Lena Vos", "Director of the National Reconnaissance Office", "nominee")}),
])
def test_senate_entry_without_home_state(entry: str, expected: set) -> None:
    got = _noms(_LIST + entry + "\n")
    assert expected <= got, got
    assert ("Jane Holt", "Under Secretary of the Navy", "nominee") in got


def test_entries_run_together_on_one_line() -> None:
    # a list's single line breaks joined: each entry is read up to its full stop
    text = ("NOMINATIONS SENT TO THE SENATE\n\nWill Hurd to be Ambassador to Mexico. Jane Roe to be Ambassador "
            "to Peru.\n")
    assert _noms(text) == {("Will Hurd", "Ambassador to Mexico", "nominee"), ("Jane Roe", "Ambassador to Peru", "nominee")}


def test_an_abbreviation_inside_an_office_does_not_end_it() -> None:
    text = _LIST + "Lena Vos, of Ohio, to be Assistant Secretary of Defense (Intl. Security Affairs), vice Ann Fry.\n"
    assert ("Lena Vos", "Assistant Secretary of Defense (Intl. Security Affairs)", "nominee") in _noms(text)


def test_an_entrys_office_ends_at_its_full_stop() -> None:
    # a joined line's next sentence is no part of the office (review of the round)
    text = _LIST + "Lena Vos, of Ohio, to be Ambassador to Chile. Last week Lena Vos met senators.\n"
    assert ("Lena Vos", "Ambassador to Chile", "nominee") in _noms(text)


def test_a_title_before_a_bare_entrys_name_is_no_entry() -> None:
    text = _LIST + "Acting Secretary Jane Roe to be Secretary of Labor, vice Marty Walsh, resigned.\n"
    assert not any("Acting" in n.name or n.name == "Jane Roe" for n in find_nominations(text)[0])


def test_bare_entry_needs_a_senate_list() -> None:
    # outside a Senate list, "X to be Y" at a line's start is no entry
    text = "Statement\n\nTroy Mabe to be Secretary of the Air Force, vice Frank Kell III, resigned.\n"
    assert not any(n.name == "Troy Mabe" for n in find_nominations(text)[0])


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent"), [
    ("President Lee Announces Key Nominees\n\nToday, President Lee announced his intent to nominate the "
     "following individuals.\n\nIn April, President Lee announced his intent to nominate nine career officers "
     "as ambassadors.", "In April"),
    ("President Lee Announces Key Nominees\n\nToday, President Lee announced his intent to nominate the "
     "following individuals.\n\nOn Monday, President Lee named two members of the Board.", "On Monday"),
])
def test_an_adverbial_opening_a_line_names_nobody(roles_of, text: str, absent: str) -> None:  # noqa: F811
    roles, _ = roles_of(text, published="2021-07-10", country="USA")
    assert not any(r.person_name == absent for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The President welcomed Members of Congress Nancy Pelosi and Steny Hoyer to the White House.",
     {("Nancy Pelosi", "Member of Congress", "legislator"), ("Steny Hoyer", "Member of Congress", "legislator")}),
    ("She met Members of Parliament Keir Starmer and Rishi Sunak in London.",
     {("Keir Starmer", "Member of Parliament", "legislator"), ("Rishi Sunak", "Member of Parliament", "legislator")}),
    # a remit of several words joined by "and"; not two countries' ministers read as one country's
    ("Former Secretaries of Health and Human Services Kathleen Sebelius and Alex Azar spoke at the event.",
     {("Kathleen Sebelius", "Secretary of Health and Human Services", "minister_other"),
      ("Alex Azar", "Secretary of Health and Human Services", "minister_other")}),
    ("Ministers of Foreign Affairs of Japan and Australia Yoko Kamikawa and Penny Wong met in Tokyo.", set()),
    # two remits joined by "and", one for each person: no one title for both (review of the round)
    ("Secretaries of State and Defense Mike Pompeo and Mark Esper travelled to Tokyo.", set()),
    # "members" alone names no seat
    ("We thank the members of my staff, Jane Roe and Tom Doe, for their work.", set()),
    ("Members Jane Roe and Tom Doe spoke first.", set()),
])
def test_members_of_a_body_before_names(roles_of, text: str, expected: set) -> None:  # noqa: F811
    roles, _ = roles_of("Remarks\n\n" + text, published="2023-06-01", country="USA")
    assert {(r.person_name, r.title, r.role) for r in roles} == expected, roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Last week, Olga Brandt took office as the Chancellor of Germany.",
     {("Olga Brandt", "head_of_government", "DEU", "current")}),
    ("Ana Ruiz assumed office as Minister of Defense of Peru in March.",
     {("Ana Ruiz", "defence_minister", "PER", "current")}),
    ("In 2019, Tom Ochoa took over as Director of the Peace Corps.",
     {("Tom Ochoa", "official_other", "USA", "current")}),
    # taken up in a past year and held since: no end is written (review of the round)
    ("Jane Roe took office as governor of Ohio in 2019 and was re-elected in 2020.",
     {("Jane Roe", "official_other", "USA", "current")}),
    # taking part is no post
    ("Jane Roe took part as an observer of the Council.", set()),
    ("Jane Roe was the first woman to serve as Speaker of the House.",
     {("Jane Roe", "legislator", "USA", "former")}),
    # a present record says not whether the office is held now; "the last" to serve is no record of one
    ("Jane Roe is the first Black woman to serve as Secretary of Defense.", set()),
    ("Jane Roe is the last surviving person to serve as Secretary of Defense under Reagan.", set()),
    # a recommendation and a prospect hold no office
    ("Jane Roe is the right person to serve as Secretary of Defense.", set()),
    ("If confirmed, Jane Roe would be the first woman to serve as a federal judge in Ohio.", set()),
])
def test_taking_and_holding_an_office(roles_of, text: str, expected: set) -> None:  # noqa: F811
    roles, _ = roles_of("Remarks\n\n" + text, published="2021-12-09", country="USA")
    assert {(r.person_name, r.role, r.country, r.status) for r in roles} == expected, roles


@pytest.mark.model
def test_a_nickname_alone_is_a_mention_of_the_full_name() -> None:
    import pipeline

    text = ("Statement on the Passing of Norman Mineta\n\nThis week, our nation lost an American hero and I lost "
            "a dear friend in Norman Mineta. Earlier today, I signed a bill to name the headquarters in his honor, "
            "along with the late William T. Coleman, Jr. As a boy during World War II, Norm and his family were "
            "cruelly confined in a camp in Wyoming during a shameful period. Undaunted and eternally hopeful, Norm "
            "was motivated by this early injustice to pursue a life of service. He was determined to ensure that the "
            "nation he loved lived up to its promise. Norm will always be remembered for the many barriers he broke.")
    record = next(iter(pipeline.pipe([(text, {"published": "2022-05-06"})]))).to_dict()
    mineta = next(e for e in record["entities"] if e["name"] == "Norman Mineta")
    assert [m["text"] for m in mineta["mentions"]].count("Norm") >= 2, mineta


@pytest.mark.model
def test_a_nickname_alone_is_the_full_names_person(roles_of) -> None:  # noqa: F811
    text = ("Statement on the Passing of Norman Mineta\n\nOur nation lost an American hero in Norman Mineta, "
            "and I signed a bill along with the late William T. Coleman, Jr. As a boy, Norm and his family were "
            "confined in a camp. Undaunted, Norm was motivated to pursue a life of service. Norm will always be "
            "remembered for the barriers he broke. He was the first Asian American to serve as Mayor of a major city.")
    roles, _ = roles_of(text, published="2022-05-06", country="USA")
    assert {(r.person_name, r.title) for r in roles if r.title == "Mayor"} in (
        {("Norm", "Mayor")}, {("Norman Mineta", "Mayor")}), roles
    assert not any("Coleman" in r.person_name for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Mr. Sullivan welcomed the statement from African Union chair President of Senegal Macky Sall on Ukraine.",
     {("Macky Sall", "President", "head_of_state", "SEN")}),
    ("He spoke with ASEAN Chair Prime Minister Hun Manet of Cambodia.",
     {("Hun Manet", "Prime Minister", "head_of_government", "KHM")}),
    # a club's chairman, and a chair whose holder's country is not written, are left as they were
    ("Real Madrid chairman President Florentino Perez attended the match.",
     {("Florentino Perez", "chairman President", "official_other", "ESP")}),
    # a chair's title of one piece stays one title
    ("He met Chair Jane Roe of the Federal Trade Commission.", {("Jane Roe", "Chair of the Federal Trade Commission", "official_other", "USA")}),
])
def test_a_bodys_chair_before_a_national_office(roles_of, text: str, expected: set) -> None:  # noqa: F811
    roles, _ = roles_of("Readout\n\n" + text, published="2022-03-10", country="USA")
    assert {(r.person_name, r.title, r.role, r.country) for r in roles} == expected, roles


@pytest.mark.model
def test_a_sitting_president_is_not_the_vice_president_label(roles_of) -> None:  # noqa: F811
    # "THE VICE PRESIDENT:" in remarks of 2021 that tell of Joe Biden's vice presidency: the
    # speaker's "I was attorney general" is not his (the title line, which names the speaker,
    # is left out of this text)
    text = ("11:55 A.M. EDT\n\nTHE VICE PRESIDENT: Good morning. And President Joe Biden has the will to act.\n\n"
            "As a United States senator, Joe Biden took on the gun lobby. And as Vice President, Joe Biden led the "
            "Obama-Biden administration's efforts to reduce gun violence. In fact, we were just reminiscing that he "
            "and I talked back then about his work, because I was attorney general, at the time, of California.")
    roles, _ = roles_of(text, published="2021-04-08", country="USA")
    assert not any(r.title.lower() == "attorney general" and r.person_name == "Joe Biden" for r in roles), roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a staff post in lower case written with "to" and a government's named body
    ("Jane Hogan served as general counsel to the Senate Judiciary Committee until 1996.",
     {("Jane Hogan", "general counsel to the Senate Judiciary Committee", "former")}),
    ("Jane Hogan served as counsel to the Senate Judiciary Committee until 1996.",
     {("Jane Hogan", "counsel to the Senate Judiciary Committee", "former")}),
    # counsel to a firm or a group is no public post; "counsel" as advice is no post
    ("Jane Hogan served as counsel to Equality Virginia until 1996.", set()),
    ("Jane Hogan provided counsel to the Senate Judiciary Committee for years.", set()),
    # a company-style title in a council of the Executive Office of the President is a public office
    ("Jane Roe served as Executive Director of the National Security Council.",
     {("Jane Roe", "Executive Director of the National Security Council", "former")}),
    ("Jane Roe is Executive Director of the Gender Policy Council.",
     {("Jane Roe", "Executive Director of the Gender Policy Council", "current")}),
    # an association's is not
    ("Jane Roe served as Executive Director of the Alliance for Retired Americans.", set()),
])
def test_public_staff_posts(roles_of, text: str, expected: set) -> None:  # noqa: F811
    roles, _ = roles_of("Announcement\n\n" + text, published="2024-01-01", country="USA")
    assert {(r.person_name, r.title, r.status) for r in roles} == expected, roles


@pytest.mark.model
def test_a_nickname_after_a_determiner_is_no_person() -> None:
    # "Bill" is a nickname of Robert too; "the Bill" is legislation (review of the round)
    import pipeline

    text = "Robert Jenrick, the immigration minister, defended the plan. Critics said the Bill would face legal challenges."
    record = next(iter(pipeline.pipe([(text, {"published": "2023-06-01"})]))).to_dict()
    assert [e["name"] for e in record["entities"] if e["label"] == "PERSON"] == ["Robert Jenrick"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a holder whose death the clause tells holds the office no more
    ("Israeli Prime Minister Yitzhak Rabin was assassinated in 1995.", "former"),
    ("Senator Jane Roe died on Sunday at 82.", "former"),
    # not a hope, a plot, a near miss, a condition, nor someone else's death (review of the round)
    ("Senator Jane Roe will not die in vain.", "current"),
    ("Police foiled a plot to assassinate Ukrainian President Volodymyr Zelensky.", "current"),
    ("Slovak Prime Minister Robert Fico was nearly killed.", "current"),
    ("If Senator Jane Roe dies, the Governor will appoint a successor.", "current"),
    ("Israeli Prime Minister Benjamin Netanyahu said the attack killed 12 people.", "current"),
])
def test_a_holders_death_ends_the_office(roles_of, text: str, expected: str) -> None:  # noqa: F811
    roles, _ = roles_of("Statement\n\n" + text, published="2023-01-18", country="USA")
    assert [r.status for r in roles] == [expected], roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # "the <title>, then <name>,": who held the office at the time
    ("In 2016, the President, then Barack Obama, sent me to Jerusalem.", ("Barack Obama", "President", "former")),
    ("The Secretary of Labor, then Jane Roe, approved the plan.", ("Jane Roe", "Secretary of Labor", "former")),
    ("The Secretary of Labor, Jane Roe, approved the plan.", ("Jane Roe", "Secretary of Labor", "current")),
    # a sequence of speakers is no apposition (review of the round)
    ("We will hear from the Secretary of Labor, then Jane Roe, then the Ambassador.", None),
])
def test_the_office_then_held_by(roles_of, text: str, expected: tuple) -> None:  # noqa: F811
    roles, _ = roles_of("Remarks\n\n" + text, published="2023-01-18", country="USA")
    got = {(r.person_name, r.title, r.status) for r in roles}
    assert expected in got if expected else not any(t == "Secretary of Labor" and n == "Jane Roe" for n, t, _ in got), roles


@pytest.mark.model
@pytest.mark.parametrize(("text", "present", "absent"), [
    # a list of posts after "as" in a frame naming a government body: each item is a post there
    ("In 1991, Jane Hogan joined the staff of the Senate Committee on the Judiciary, serving as counsel, staff "
     "director, and then chief counsel until 1996.", "counsel", None),
    # a firm's staff: no bare "counsel"
    ("In 1991, Jane Hogan joined Acme Corp, serving as counsel, staff director, and then chief counsel until 1996.",
     None, "counsel"),
])
def test_a_bare_post_in_a_public_bodys_list(roles_of, text: str, present: str | None,  # noqa: F811
                                            absent: str | None) -> None:
    roles, _ = roles_of("Announcement\n\n" + text, published="2024-01-01", country="USA")
    titles = {r.title for r in roles if r.person_name == "Jane Hogan"}
    assert (present in titles) if present else (absent not in titles), roles


def test_name_and_office_rows_under_a_designation() -> None:
    # a two-column table of names and offices, one cell per line in the Doc text
    from pipeline.roles.appointee_lists import name_title_rows

    text = ("I hereby designate the following:\n\n\n\nJane Holt\nChair of the Federal Trade Commission\n\n\n"
            "Tom Reyes\nActing Chair of the Securities and Exchange Commission\n\n\nOn other matters, see below.\n")
    got = {(n.name, n.title, n.status) for n in name_title_rows(text, [])}
    assert got == {("Jane Holt", "Chair of the Federal Trade Commission", "current"),
                   ("Tom Reyes", "Acting Chair of the Securities and Exchange Commission", "acting")}
    # one row is no table; rows without the introduction are no designation
    assert name_title_rows("I hereby designate the following:\n\nJane Holt\nChair of the Federal Trade Commission\n", []) == []
    assert name_title_rows(text.replace("I hereby designate the following:", "Our speakers today:"), []) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a gerund of service after a past step of a career is a past post
    ("Jane Roe joined the Central Intelligence Agency after the attacks, serving as an Operations Officer in Asia.",
     "former"),
    # with a present verb the post is held now
    ("Jane Roe works at the Central Intelligence Agency, serving as an Operations Officer in Asia.", "current"),
])
def test_serving_after_a_past_career_step(roles_of, text: str, expected: str) -> None:  # noqa: F811
    roles, _ = roles_of("Announcement\n\n" + text, published="2024-01-01", country="USA")
    assert {r.status for r in roles if r.person_name == "Jane Roe"} == {expected}, roles
