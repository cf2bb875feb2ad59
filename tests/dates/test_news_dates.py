"""Dates as news writing states them: clock times in a named zone, months and stretches of time
named relative to now, rates after amounts, deadlines, abbreviated years behind curly quotes."""

from __future__ import annotations

import pytest

from pipeline.dates import normalize


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        # the clock as written, no zone marked (UTC like any other zone)
        ("14:30 UTC", "2019-05-02", None, ("TIME", "2019-05-02T14:30")),
        ("09:15 GMT", "2012-11-20", "past", ("TIME", "2012-11-20T09:15")),
        ("6 p.m. EST", "2021-01-05", None, ("TIME", "2021-01-05T18:00")),
        # "last <month>" is the latest such month before the month of publication
        ("last September", "2007-09-01", "past", ("DATE", "2006-09")),
        ("last September", "2011-10-14", "past", ("DATE", "2011-09")),
        ("last May", "2016-03-02", None, ("DATE", "2015-05")),
        ("next March", "2018-03-10", "future", ("DATE", "2019-03")),
        ("next March", "2018-01-22", None, ("DATE", "2018-03")),
        # with the article, "the last month" is the month up to now; "the next decade" the ten years ahead
        ("the last month", "2015-06-10", "past", ("DURATION", "P1M")),
        ("the last year", "2013-02-01", None, ("DURATION", "P1Y")),
        ("the last week", "2020-04-08", "past", ("DURATION", "P1W")),
        ("the next decade", "2019-09-09", "future", ("DURATION", "P10Y")),
        ("the coming decade", "2022-01-30", None, ("DURATION", "P10Y")),
        ("last month", "2015-06-10", "past", ("DATE", "2015-05")),
        ("the next year", "2015-06-10", "past", ("DATE", "2016")),
        # a length written as one adjective
        ("yearlong", "2020-02-02", None, ("DURATION", "P1Y")),
        ("weeklong", "2020-02-02", None, ("DURATION", "P1W")),
        ("month-long", "2020-02-02", None, ("DURATION", "P1M")),
        # an abbreviated year behind a curly quote
        ("‘98", "2010-05-05", None, ("DATE", "1998")),
        ("the late ‘70s", "2010-05-05", None, ("DATE", "197")),
    ],
)
def test_news_normalisation(text: str, published: str, tense: str | None, expected: tuple[str, str]) -> None:
    assert normalize(text, published, tense=tense) == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # a frequency after an amount written with its scale
        ("The navy spends about £12bn a year on new ships.", "2021-03-03", [("a year", "SET", "P1Y")]),
        ("The club's budget is roughly €45m a season and A$30m a year.", "2019-08-01", [("a year", "SET", "P1Y")]),
        ("Exports earn the country $3.4bn a month.", "2016-02-11", [("a month", "SET", "P1M")]),
        ("The refinery loses 2m a day, the union said.", "2016-02-11", [("a day", "SET", "P1D")]),
        # focus words are not part of the expression
        ("Just this week, the council voted to close the bridge.", "2020-10-14", [("this week", "DATE", "2020-W42")]),
        ("Only yesterday, the mayor denied the plan.", "2020-10-14", [("yesterday", "DATE", "2020-10-13")]),
        # a deadline for what someone is to do lies ahead
        ("The ministry ordered the envoys to leave the country by Saturday.", "2022-05-10",
         [("Saturday", "DATE", "2022-05-14")]),
        ("Strikers were told to return to work by Friday.", "2017-11-13", [("Friday", "DATE", "2017-11-17")]),
        ("The vessel left port on Saturday.", "2022-05-10", [("Saturday", "DATE", "2022-05-07")]),
        # "the weekend" said early in the week without a tense of its own is the one just gone
        ("Shares slid after the bank walked away from a deal over the weekend, forcing a sale.", "2015-07-15",
         [("the weekend", "DATE", "2015-W28-WE")]),
        # an abbreviated year behind an opening curly quote
        ("She joined the agency in ‘04 and left in ‘09.", "2015-07-15",
         [("‘04", "DATE", "2004"), ("‘09", "DATE", "2009")]),
        ("His shirt read ‘10 on the back.", "2015-07-15", []),
        # days without a year inside a story told about another year take the story's year
        ("In early June 1944, the regiment waited in England. On June 6, it landed in Normandy, and by July 2 "
         "it had reached Caen.", "2019-06-06", [("June 6", "DATE", "1944-06-06"), ("July 2", "DATE", "1944-07-02")]),
        ("The company went public in May 2012. On June 20, its shares fell below the offer price.", "2014-03-01",
         [("June 20", "DATE", "2012-06-20")]),
        ("The accord was signed in 1998. On April 2, the minister visited Kyiv.", "2023-04-26",
         [("April 2", "DATE", "2023-04-02")]),
        ("Sales fell in March 2023. In November, the firm cut prices.", "2024-01-10", [("November", "DATE", "2023-11")]),
        ("The index closed at its lowest since October 9, 2002. On November 20 it fell again.", "2008-11-21",
         [("November 20", "DATE", "2008-11-20")]),
        # the day next to one just named
        ("Rebels shelled the port on March 3 and seized the airport the day prior.", "2022-03-05",
         [("the day prior", "DATE", "2022-03-02")]),
        ("The envoy arrived on May 9 and met the king the day after.", "2022-05-12", [("the day after", "DATE", "2022-05-10")]),
        ("Rescuers ended a weeklong search for the missing hikers.", "2021-08-30", [("weeklong", "DURATION", "P1W")]),
        # the year in a law's or treaty's title is part of the name
        ("Aid was sent under the Foreign Assistance Act of 1961.", "2022-05-12", []),
        ("Tariffs were raised under Section 301 of the Trade Act of 1974 in 2018.", "2022-05-12", [("2018", "DATE", "2018")]),
    ],
)
def test_news_dates_in_text(nlp, sentence: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    from pipeline import nlp as N
    from pipeline.dates import extract_dates
    from pipeline.records import Article

    doc = N.process(nlp, Article(id="t", text=sentence, published=published))
    got = [(d.text, d.type, d.value) for d in extract_dates(doc, published=published)]
    for item in expected:
        assert item in got, got
    if not expected:
        assert got == []
