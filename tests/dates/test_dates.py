"""Tests for pipeline.dates: the normalisation grammar (fast), candidates and extraction from parsed text."""

from __future__ import annotations

import pytest

from pipeline.dates import normalize

# ---- normalisation grammar (no model) -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # calendar dates: never invent a month or day the text does not write
        ("2026", "2024-03-07", ("DATE", "2026")),
        ("April 2, 2021", "2021-04-02", ("DATE", "2021-04-02")),
        ("Friday, October 25", "2024-10-25", ("DATE", "2024-10-25")),
        ("12 March 2019", "2019-03-15", ("DATE", "2019-03-12")),
        ("March 12 2009", "2009-03-13", ("DATE", "2009-03-12")),
        ("August 2023", "2024-10-25", ("DATE", "2023-08")),
        ("May 20", "2022-04-27", ("DATE", "2022-05-20")),
        ("December 28", "2023-01-04", ("DATE", "2022-12-28")),
        ("early in October", "2021-05-21", ("DATE", "2021-10")),
        ("post-2025", "2021-05-21", ("DATE", "2025")),
        ("2019-11-05", None, ("DATE", "2019-11-05")),
        ("03/05/2021", "2021-06-01", ("DATE", "2021-03-05")),
        ("the third quarter of 2023", "2024-01-10", ("DATE", "2023-Q3")),
        # relative to publication
        ("last month", "2022-12-02", ("DATE", "2022-11")),
        ("last month", "2023-01-15", ("DATE", "2022-12")),
        ("this year", "2022-12-02", ("DATE", "2022")),
        ("next year", "2022-12-02", ("DATE", "2023")),
        ("last year", "2024-03-07", ("DATE", "2023")),
        ("today", "2021-03-01", ("DATE", "2021-03-01")),
        ("earlier today", "2022-11-18", ("DATE", "2022-11-18")),
        ("yesterday", "2022-02-25", ("DATE", "2022-02-24")),
        ("tomorrow", "2020-12-31", ("DATE", "2021-01-01")),
        ("Tonight", "2022-10-03", ("TIME", "2022-10-03TNI")),
        ("This afternoon", "2024-02-02", ("TIME", "2024-02-02TAF")),
        ("last week", "2024-10-25", ("DATE", "2024-W42")),
        ("This week", "2024-07-08", ("DATE", "2024-W28")),
        ("This past Sunday", "2024-02-02", ("DATE", "2024-01-28")),
        ("this summer", "2024-03-07", ("DATE", "2024-SU")),
        ("the winter", "2024-12-30", ("DATE", "2024-WI")),
        ("75 years ago", "2024-03-07", ("DATE", "1949")),
        ("three months ago", "2024-02-10", ("DATE", "2023-11")),
        ("the 2020s", "2021-05-21", ("DATE", "202")),
        ("early 2030s", "2023-03-13", ("DATE", "203")),
        ("this decade", "2023-03-13", ("DATE", "202")),
        ("3 p.m.", "2022-06-01", ("TIME", "2022-06-01T15:00")),
        ("18:00 UTC", "2009-12-15", ("TIME", "2009-12-15T18:00")),
        # vague references
        ("now", "2024-03-07", ("DATE", "PRESENT_REF")),
        ("to date", "2023-04-26", ("DATE", "PRESENT_REF")),
        ("recently", "2022-07-31", ("DATE", "PAST_REF")),
        ("soon", "2022-04-27", ("DATE", "FUTURE_REF")),
        ("the future", "2023-03-13", ("DATE", "FUTURE_REF")),
        ("in the foreseeable future", "2023-03-13", ("DATE", "FUTURE_REF")),
        # durations
        ("the last two decades", "2022-01-01", ("DURATION", "P20Y")),
        ("five years", "2021-05-21", ("DURATION", "P5Y")),
        ("nearly 20 years", "2021-06-13", ("DURATION", "P20Y")),
        ("more than a year", "2022-04-27", ("DURATION", "P1Y")),
        ("three-year", "2023-04-26", ("DURATION", "P3Y")),
        ("5 days", "2023-04-26", ("DURATION", "P5D")),
        ("48 hours", "2023-04-26", ("DURATION", "PT48H")),
        ("multi-year", "2023-04-26", ("DURATION", "PXY")),
        ("decades to come", "2023-03-13", ("DURATION", "PXDE")),
        ("more than a century", "2023-03-13", ("DURATION", "P1CE")),
        ("the past year", "2024-10-25", ("DURATION", "P1Y")),
        ("seven consecutive years", "2021-06-13", ("DURATION", "P7Y")),
        ("two consecutive quarters", "2008-11-18", ("DURATION", "P2Q")),
        # sets
        ("annual", "2023-04-26", ("SET", "P1Y")),
        ("annually", "2023-04-26", ("SET", "P1Y")),
        ("every year", "2023-04-26", ("SET", "P1Y")),
        ("weekly", "2023-04-26", ("SET", "P1W")),
        ("monthly", "2023-04-26", ("SET", "P1M")),
        ("every two years", "2023-04-26", ("SET", "P2Y")),
    ],
)
def test_normalize(text: str, published: str | None, expected: tuple[str, str]) -> None:
    assert normalize(text, published) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("June", "past", "2024-06"),  # published December: "in June" under a past verb
        ("February", "future", "2025-02"),
        ("September", None, "2024-09"),
        ("Monday", "past", "2024-12-23"),  # published Friday 2024-12-27
        ("Monday", "future", "2024-12-30"),
        ("Saturday", None, "2024-12-28"),
    ],
)
def test_tense_places_dates_without_a_year(text: str, tense: str | None, expected: str) -> None:
    assert normalize(text, "2024-12-27", tense=tense) == ("DATE", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026", ("DATE", "2026")),
        ("April 2, 2021", ("DATE", "2021-04-02")),
        ("May 20", ("DATE", "XXXX-05-20")),
        ("today", ("DATE", "PRESENT_REF")),
        ("last month", ("DATE", None)),
        ("five years", ("DURATION", "P5Y")),
    ],
)
def test_normalize_without_publication_date(text: str, expected: tuple[str, str | None]) -> None:
    assert normalize(text, None) == expected


@pytest.mark.parametrize(
    "text",
    ["70th anniversary", "the 21st century", "its 73rd year", "28,500", "COVID-19", "S. 1605", "fiscal year",
     "a 45-year-old man", "about a quarter"],
)
def test_not_time_expressions(text: str) -> None:
    assert normalize(text, "2023-01-01") is None


# ---- extraction from parsed articles ------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    from pipeline import nlp as N

    return N.load()


def _extract(nlp, text: str, published: str | None):
    from pipeline import nlp as N
    from pipeline.dates import extract_dates
    from pipeline.records import Article

    doc = N.process(nlp, Article(id="t", text=text, published=published))
    return extract_dates(doc, published=published)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Today, Prime Minister Kishida met President Marcos in Manila. The two leaders agreed to hold "
            "the dialogue annually and to complete the port upgrade by 2027.",
            "2023-11-03",
            [("Today", "DATE", "2023-11-03"), ("annually", "SET", "P1Y"), ("2027", "DATE", "2027")],
        ),
        (
            "Germany will deploy 4,800 troops to Lithuania no later than 2027, Defence Minister Pistorius "
            "said on Monday. The brigade has trained there for the last two decades.",
            "2023-12-20",
            [("2027", "DATE", "2027"), ("Monday", "DATE", "2023-12-18"), ("the last two decades", "DURATION", "P20Y")],
        ),
        (
            "The Polish and Czech ministers will meet in Warsaw on July 25-28 to review the three-year plan.",
            "2022-07-10",
            [("July 25", "DATE", "2022-07-25"), ("28", "DATE", "2022-07-28"), ("three-year", "DURATION", "P3Y")],
        ),
        (
            "Kenya recently hosted the summit. Officials may announce the results soon, and they expect "
            "the partnership to grow in the future.",
            "2024-05-14",
            [("recently", "DATE", "PAST_REF"), ("soon", "DATE", "FUTURE_REF"), ("the future", "DATE", "FUTURE_REF")],
        ),
        (
            "The alliance was founded 75 years ago. Now it faces the 2020s with new members.",
            "2024-04-04",
            [("75 years ago", "DATE", "1949"), ("Now", "DATE", "PRESENT_REF"), ("the 2020s", "DATE", "202")],
        ),
    ],
)
def test_extract_dates(nlp, text: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    got = _extract(nlp, text, published)
    assert [(d.evidence.text, d.type, d.value) for d in got] == expected
    assert [d.id for d in got] == [f"D{i}" for i in range(1, len(got) + 1)]
    for d in got:
        assert text[d.evidence.start : d.evidence.end] == d.evidence.text


@pytest.mark.model
def test_numeric_dates_in_prose_but_not_in_links(nlp) -> None:
    text = ("The accord was signed on 03/05/2021 in Geneva; the report is at "
            "https://www.example.gov/2022/07/report-6-june-2022.pdf for reference.")
    got = _extract(nlp, text, "2021-06-01")
    assert [(d.evidence.text, d.value) for d in got] == [("03/05/2021", "2021-03-05")]


@pytest.mark.model
def test_modal_may_and_ordinals_are_not_dates(nlp) -> None:
    text = "This flexibility may involve new funds for the 70th anniversary of the alliance in May 2023."
    got = _extract(nlp, text, "2023-03-01")
    assert [(d.evidence.text, d.value) for d in got] == [("May 2023", "2023-05")]


@pytest.mark.model
def test_evidence_maps_to_original_text_across_hard_wraps(nlp) -> None:
    text = "Title line\n\nThe ministers met last\nmonth in Canberra and will meet again\nnext year."
    got = _extract(nlp, text, "2022-12-02")
    assert [(d.evidence.text, d.value) for d in got] == [("last\nmonth", "2022-11"), ("next year", "2023")]


# ---- candidate matcher ---------------------------------------------------------------


def test_native_start_splits_leading_word_sets() -> None:
    from pipeline.dates.candidates import native_start

    alts = native_start([{"LOWER": {"IN": ["the", "a"]}, "OP": "?"}, {"LOWER": {"IN": ["early", "late"]}},
                          {"LOWER": {"IN": ["spring", "summer"]}}])
    # both leading tokens are tested by value, the third keeps its set
    assert len(alts) == 4
    assert {(a[0]["LOWER"], a[1]["LOWER"]) for a in alts} == {("the", "early"), ("the", "late"), ("a", "early"), ("a", "late")}
    assert all(a[2] == {"LOWER": {"IN": ["spring", "summer"]}} for a in alts)
    # A+ becomes A A*, with only the first A split
    alts = native_start([{"LOWER": {"IN": ["may", "june"]}, "TAG": "NNP", "OP": "+"}])
    assert alts == [[{"LOWER": "may", "TAG": "NNP"}, {"LOWER": {"IN": ["may", "june"]}, "TAG": "NNP", "OP": "*"}],
                    [{"LOWER": "june", "TAG": "NNP"}, {"LOWER": {"IN": ["may", "june"]}, "TAG": "NNP", "OP": "*"}]]
    with pytest.raises(ValueError):
        native_start([{"LOWER": {"IN": ["a"]}, "OP": "*"}])


MATCHER_SENTENCES = [
    "Yesterday, the Chilean navy said it had patrolled the strait for the past three years and would do so "
    "every year until 2030.",
    "Later today the Kenyan parliament votes on the budget, which grows 5 percent a year through the 2020s.",
    "Indonesia and Australia will hold talks on Friday morning, and again in March, April and early May 2025.",
    "The Philippine coast guard recently reported that patrols rose in the first quarter, not in the past.",
    "Officials met at 14:30 GMT on 12/03/2023; the deal, expected in the near future, covers post-2030 plans.",
    "Two decades ago, Turkey sent a force of 2000 soldiers; for decades to come the base will remain open.",
    "President Macron may visit Canada this summer, and he says annual drills now last 10 days, to date.",
    "For the time being the Norwegian FY25 budget holds; in the near term the frigate, two and a half years "
    "late, will sail twice a year, and a year and a half from now the crews rotate.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", MATCHER_SENTENCES)
def test_native_matcher_finds_what_the_written_patterns_find(nlp, text: str) -> None:
    from spacy.matcher import Matcher

    from pipeline.dates.candidates import date_matcher, matcher_patterns

    doc = nlp(text)
    plain = Matcher(nlp.vocab)
    for key, patterns in matcher_patterns():
        plain.add(key, patterns)
    assert set(date_matcher(nlp.vocab)(doc)) == set(plain(doc))
    assert plain(doc)  # every sentence exercises the patterns


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army moved 1500 troops to the border in 2019.", ["2019"]),
        ("Up to 2000 marines will join the exercise in 2026.", ["2026"]),  # "to 2000" counts marines
        ("Seoul plans to field the system by 2028 and retire the old one after 2035.", ["2028", "2035"]),
    ],
)
def test_bare_years_need_a_preposition(nlp, text: str, expected: list[str]) -> None:
    assert [d.value for d in _extract(nlp, text, "2024-01-10")] == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Poland will send a force of 2000 soldiers to the border, officials said.",
    "The plant will create 2000 new jobs in Ohio.",
])
def test_a_counted_number_is_not_a_year(nlp, text):
    assert not [d for d in _extract(nlp, text, "2024-01-01") if d.text == "2000"]


# ---- generalisation fixes (news outside the tuning set) ---------------------------------

@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # fractions of units
        ("two and a half years", "2024-02-01", ("DURATION", "P2.5Y")),
        ("almost three and a half months", "2024-02-01", ("DURATION", "P3.5M")),
        ("a year and a half", "2024-02-01", ("DURATION", "P18M")),  # as the gold writes it: whole months
        # the day / week / year the report is about
        ("the day", "2023-06-14", ("DATE", "2023-06-14")),
        ("the start of the day", "2023-06-14", ("DATE", "2023-06-14")),
        ("the remainder of the week", "2023-06-14", ("DATE", "2023-W24")),
        ("the entire year", "2023-06-14", ("DATE", "2023")),
        # runs of days: the current one
        ("a second consecutive day", "2022-09-30", ("DATE", "2022-09-30")),
        ("the fifth straight week", "2022-09-30", ("DATE", "2022-W39")),
        ("third month in a row", "2022-09-30", ("DATE", "2022-09")),
        # vague spans
        ("the near term", "2024-02-01", ("DATE", "FUTURE_REF")),
        ("over the long term", "2024-02-01", ("DATE", "FUTURE_REF")),
        ("for the time being", "2024-02-01", ("DATE", "PRESENT_REF")),
        # holidays (US federal dates)
        ("Memorial Day", "2024-04-20", ("DATE", "2024-05-27")),
        ("Thanksgiving", "2023-10-02", ("DATE", "2023-11-23")),
        ("Veterans Day 2021", "2024-04-20", ("DATE", "2021-11-11")),
        ("Christmas", "2024-01-05", ("DATE", "2023-12-25")),
        ("Ramadan", "2024-03-01", ("DATE", None)),
        # fiscal years are named by the year they end in (US: October to September)
        ("FY26", "2025-05-01", ("DATE", "2026")),
        ("the current fiscal year", "2024-11-15", ("DATE", "2025")),
        ("next fiscal year", "2024-03-15", ("DATE", "2025")),
        # year-ago comparisons default to the previous year (extract_dates refines them)
        ("the same period last year", "2024-02-01", ("DATE", "2023")),
        # a bare part of the day is a time on the publication day
        ("morning", "2024-02-01", ("TIME", "2024-02-01TMO")),
        ("around 3 p.m. EST", "2024-02-01", ("TIME", "2024-02-01T15:00")),
        ("just minutes", "2024-02-01", ("DURATION", "PTXM")),
        ("the past five trading days", "2024-02-01", ("DURATION", "P5D")),
        ("the late 1990 's", "2024-02-01", ("DATE", "199")),
        ("7/8/07", "2024-02-01", ("DATE", "2007-07-08")),
        ("Super Tuesday", "2024-02-01", ("DATE", None)),
        ("a week", "2024-02-01", ("DURATION", "P1W")),  # a rate only after a count
    ],
)
def test_normalize_news_phrasings(text: str, published: str, expected: tuple[str, str | None]) -> None:
    assert normalize(text, published) == expected


@pytest.mark.parametrize("text", ["1.1.1", "version 2.0.1", "fiscal year"])
def test_version_numbers_are_not_dates(text: str) -> None:
    assert normalize(text, "2024-02-01") is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the year-ago comparison takes the month said just before
        ("Exports to Vietnam rose 12% in March compared to the same period last year.", "2024-04-10",
         [("March", "DATE", "2024-03"), ("the same period last year", "DATE", "2023-03")]),
        # "the day" is the day the sentence names
        ("On Tuesday the Nikkei fell 2%, ending the day at its lowest level since '82.", "2024-03-08",
         [("Tuesday", "DATE", "2024-03-05"), ("the day", "DATE", "2024-03-05"), ("'82", "DATE", "1982")]),
        ("The envoys met on March 3. The next day, the talks resumed in Doha.", "2024-03-10",
         [("March 3", "DATE", "2024-03-03"), ("The next day", "DATE", "2024-03-04")]),
        # a clock time takes the day written next to it
        ("The frigate left Rota on Tuesday at 18:00 UTC.", "2024-03-08",
         [("Tuesday", "DATE", "2024-03-05"), ("18:00 UTC", "TIME", "2024-03-05T18:00")]),
        ("At 16:15 UTC, June 1, the minister spoke.", "2024-06-04",
         [("16:15 UTC", "TIME", "2024-06-01T16:15"), ("June 1", "DATE", "2024-06-01")]),
        # a date and a duration the model joins at a comma are two expressions
        ("The corvette will be commissioned on June 17, two days before the navy's anniversary.", "2024-05-02",
         [("June 17", "DATE", "2024-06-17"), ("two days", "DURATION", "P2D")]),
        # "now" after a duration is its own expression; a count makes "a year" a rate
        ("The Chilean ships have been at sea for more than a week now and will rotate 15 a year.", "2024-05-02",
         [("more than a week", "DURATION", "P1W"), ("now", "DATE", "PRESENT_REF"), ("a year", "SET", "P1Y")]),
        ("Markets fell in Europe and Asia Monday.", "2024-05-08", [("Monday", "DATE", "2024-05-06")]),
    ],
)
def test_dates_from_context(nlp, text: str, published: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(d.evidence.text, d.type, d.value) for d in _extract(nlp, text, published)] == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Qatar Airways ordered 20 Boeing 787 jets and five Airbus A380 aircraft.",
    "The Pentagon will deploy 2000 troops and 12 F-35 fighters alongside two B-52 bombers.",
    "Russia moved S-400 systems and T-90 tanks while 1500 soldiers of the 101st Airborne arrived.",
    "Apple released iLife '11 and iPod Software 1.1.1 to customers.",
    "The Type 055 destroyer sailed after UN Resolution 2231 lapsed.",
])
def test_models_counts_and_versions_are_not_dates(nlp, text: str) -> None:
    assert _extract(nlp, text, "2024-05-02") == ()


@pytest.mark.parametrize(("pattern", "expected"), [
    ([{"LOWER": "to"}, {"LOWER": "date"}], [["to", "date"]]),
    ([{"LOWER": {"IN": ["this", "next"]}}, {"LOWER": "week"}], [["this", "week"], ["next", "week"]]),
    ([{"LOWER": "for"}, {"LOWER": "the", "OP": "?"}, {"LOWER": "years"}], [["for", "the", "years"], ["for", "years"]]),
    ([{"LOWER": "now", "POS": "ADV"}], None),  # another attribute: the token Matcher
    ([{"LIKE_NUM": True}, {"LOWER": "ago"}], None),
    ([{"LOWER": "may", "OP": "+"}], None),
    ([{"LOWER": "Monday"}], None),  # never a lower-case form: left to the Matcher, which never matches it either
])
def test_word_sequences_of_plain_word_patterns(pattern, expected) -> None:
    from pipeline.dates.candidates import word_sequences

    assert word_sequences(pattern) == expected
