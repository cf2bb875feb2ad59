"""Dates of speech and schedules (pipeline/dates/speech.py): the vague past, the edges of the
current decade, spoken forms, pointing units without an antecedent, idioms, names, transcript
time stamps and the weekdays of a schedule. Sentences are invented."""

from __future__ import annotations

import pytest

from pipeline.dates.speech import spoken_value


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("a few weeks ago", None, ("DATE", "PAST_REF")),
        ("many, many years ago", None, ("DATE", "PAST_REF")),
        ("all those years ago", None, ("DATE", "PAST_REF")),
        ("over a year ago", None, ("DATE", "PAST_REF")),
        ("more than two years ago", None, ("DATE", "PAST_REF")),
        ("nearly a year ago", None, None),
        ("the end of the decade", None, ("DATE", "202")),
        ("this this summer", None, ("DATE", "2023-SU")),
        ("these past several months", None, ("DURATION", "PXM")),
        ("the past year and a half", None, ("DURATION", "P18M")),
        ("the summer months", None, ("DATE", "2023-SU")),
        ("just the past decade", None, ("DURATION", "P10Y")),
        ("one day", "past", ("DATE", "PAST_REF")),
        ("one day", "future", ("DATE", "FUTURE_REF")),
        # counted spans stay with the usual normaliser
        ("a couple of weeks ago", None, None),
        ("two years ago", None, None),
    ],
)
def test_spoken_value(text, tense, expected):
    import datetime as dt

    assert spoken_value(text, dt.date(2023, 5, 10), tense) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The ministry opened the depot a few weeks ago.", "2023-05-10", [("a few weeks ago", "DATE", "PAST_REF")]),
        ("The dam was not even on the drawing board two years ago.", "2023-05-10", [("two years ago", "DATE", "2021")]),
        ("There was a plan years ago around it.", "2023-05-10", [("years ago", "DATE", "PAST_REF")]),
        ("Every village will have clean water by the end of the decade.", "2023-05-10",
         [("the end of the decade", "DATE", "202")]),
        ("The real test will come in the fall.", "2023-05-10", [("the fall", "DATE", "2023-FA")]),
        ("After the fall of the old republic, the city emptied.", "2023-05-10", []),
        # a pointing unit with no date before it names no time of its own
        ("The marchers crossed the river on that day.", "2023-05-10", []),
        ("On Tuesday the council met, and that day was long.", "2023-05-10",
         [("Tuesday", "DATE", "2023-05-09"), ("that day", "DATE", "2023-05-09")]),
        ("The mill opened in 1921. That year the town doubled.", "2023-05-10",
         [("1921", "DATE", "1921"), ("That year", "DATE", "1921")]),
        # the nearest date is only a month: "that day" has no day to point to
        ("On a Sunday in March this year, she spoke. Had we been there that day, we would know.", "2023-05-10",
         [("Sunday", "DATE", "2023-05-07"), ("March this year", "DATE", "2023-03")]),
        # idioms and ranks
        ("At the end of the day, the choice is theirs.", "2023-05-10", []),
        ("The queue is growing by the day.", "2023-05-10", []),
        ("He was the best-known critic of the day in Lisbon.", "2023-05-10", []),
        ("The port had the 13th best rail links in the region.", "2023-05-10", []),
        # names
        ("Both parties signed the Good Friday Agreement in Belfast.", "2023-05-10", []),
        ("The charity worked with the March of Dimes for years.", "2023-05-10", [("years", "DURATION", "PXY")]),
        # two seasons joined are two expressions; a weekday greeting is no date
        ("Stocks will be thin this fall and winter.", "2022-06-09",
         [("this fall", "DATE", "2022-FA"), ("winter", "DATE", "2022-WI")]),
        ("Happy Thursday, everyone.", "2023-05-11", []),
        # a call moderator handing over the line
        ("Next question. Maria, you should be unmuted now.", "2023-05-10", []),
        # the attacks of September 11, 2001, named by their date; as a modifier only a name
        ("The alliance invoked Article 5 after the country was attacked on 9/11.", "2023-05-10",
         [("9/11", "DATE", "2001-09-11")]),
        ("The 9/11 families met the panel.", "2023-05-10", []),
        # "January 6th" told after 2021 in an article that speaks of the attack on the Capitol is
        # its day, unless it is the coming one or one near the publication date
        ("The panel asked what happened at the Capitol on January 6th.", "2022-10-14",
         [("January 6th", "DATE", "2021-01-06")]),
        ("You saw what the rioters did on January the 6th in our capital.", "2023-04-12",
         [("January the 6th", "DATE", "2021-01-06")]),
        # ... and in any other article the day of the year it names
        ("The panel asked what happened on January 6th.", "2022-10-14", [("January 6th", "DATE", "2022-01-06")]),
        ("Shares of the retailer fell on January 6th after the warning.", "2023-04-12",
         [("January 6th", "DATE", "2023-01-06")]),
        ("The chamber will meet on January 6th.", "2022-10-14", [("January 6th", "DATE", "2023-01-06")]),
        ("On January 6th, the mayor spoke at the hall.", "2022-01-10", [("January 6th", "DATE", "2022-01-06")]),
        # the minute is no month
        ("The alarm went off ten minutes ago.", "2023-05-10", [("ten minutes ago", "TIME", None)]),
    ],
)
def test_speech_in_context(dates_of, text, published, expected):
    assert dates_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a transcript's closing time stamp is on the transcript's day, not the day its last sentence names
        ("Remarks on Trade\n\n10:02 A.M. EDT\n\nMS. COLE: We'll be back on Monday.  Thank you.\n\n10:48 A.M. EDT",
         "2023-05-10", [("10:02 A.M. EDT", "TIME", "2023-05-10T10:02"), ("Monday", "DATE", "2023-05-15"),
                        ("10:48 A.M. EDT", "TIME", "2023-05-10T10:48")]),
        ("Briefing\n\n1:02 P.M. EDT\n\nMS. COLE: Let's do this again tomorrow.\n\n1:37 P.M. EDT", "2023-05-10",
         [("1:02 P.M. EDT", "TIME", "2023-05-10T13:02"), ("tomorrow", "DATE", "2023-05-11"),
          ("1:37 P.M. EDT", "TIME", "2023-05-10T13:37")]),
        # a date line above it still dates it
        ("Remarks on Trade\n\n(May 9, 2023)\n.\n\n6:38 P.M. MDT\n\nTHE MAYOR: Hello!", "2023-05-10",
         [("May 9, 2023", "DATE", "2023-05-09"), ("6:38 P.M. MDT", "TIME", "2023-05-09T18:38")]),
        ("Remarks at a Reception (May 9, 2023)\n\n11:55 A.M. EDT\n\nTHE MAYOR: Hello!", "2023-05-11",
         [("May 9, 2023", "DATE", "2023-05-09"), ("11:55 A.M. EDT", "TIME", "2023-05-09T11:55")]),
        # a clock after a part of a named day is on that day
        ("The call is embargoed until tomorrow morning at 5:00 a.m.", "2023-05-10",
         [("tomorrow morning", "TIME", "2023-05-11TMO"), ("5:00 a.m", "TIME", "2023-05-11T05:00")]),
    ],
)
def test_clock_stamps(dates_of, text, published, expected):
    assert dates_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # said on a Friday: a run of days ahead goes forward
        ("On Thursday, the governor will open the bridge.  On Friday, the governor will then fly to Oslo.  "
         "On Sunday, the governor will return.", "2022-11-04",
         [("Thursday", "DATE", "2022-11-10"), ("Friday", "DATE", "2022-11-11"), ("Sunday", "DATE", "2022-11-13")]),
        # a weekday in a sentence about next week is that week's
        ("Next week, the minister will visit schools and travel on Thursday to Leeds.", "2022-10-14",
         [("Next week", "DATE", "2022-W42"), ("Thursday", "DATE", "2022-10-20")]),
        # told in the past, the weekday keeps its date
        ("Next week, talks will resume, the minister said on Thursday.", "2022-10-14",
         [("Next week", "DATE", "2022-W42"), ("Thursday", "DATE", "2022-10-13")]),
        # the present progressive with a weekday is an arrangement ahead
        ("The chancellor is coming to the capital on Friday.", "2024-02-04", [("Friday", "DATE", "2024-02-09")]),
        # days told in the past keep their order as written
        ("On Friday we spoke. On Tuesday he resigned.", "2022-11-04",
         [("Friday", "DATE", "2022-11-04"), ("Tuesday", "DATE", "2022-11-01")]),
    ],
)
def test_schedules(dates_of, text, published, expected):
    assert dates_of(text, published) == expected
