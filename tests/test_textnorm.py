import pytest

from pipeline.textnorm import blank_markup, dateline_span, normalize


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Title\n\nThe United\n    States and the ROK agreed.", "Title\n\nThe United States and the ROK agreed."),
        ("**<u>DEFENSE COOPERATION</u>**\nThe allies met.", "DEFENSE COOPERATION\nThe allies met."),
        ("Intro:\n\n-   First point here.\n-   Second point\n    continues.", "Intro:\n\nFirst point here.\nSecond point continues."),
        ("  • Approximately 28,500 troops.\n  • About 450,000 troops.", "Approximately 28,500 troops.\nAbout 450,000 troops."),
        ("# Heading\nBody text.", "Heading\nBody text."),
        ("Mr.\nSuh said so.", "Mr. Suh said so."),
        ("Text.\n\n###\n", "Text.\n\n\n"),
        ("21<sup>st</sup> Century", "21 st Century"),
        ("He [said so](https://example.org/a) today.", "He said so today."),
        # a link whose anchor text is hard-wrapped once; a blank line ends any anchor
        ("Read [Sen. Ann\nFoley](https://example.org/s/1):\nyes.", "Read Sen. Ann Foley : yes."),
        ("[Note\n\nHere](https://example.org/b) x", "[Note\n\nHere](https://example.org/b) x"),
        ("Remarks by Governor\u00a0Ana Ruiz on the\u00a0Budget", "Remarks by Governor Ana Ruiz on the Budget"),
        ("a\u202fthin and\u2009narrow\u3000space", "a thin and narrow space"),
        # a Markdown hard break (two spaces after a word) ends the line; after a stop it is a wrap
        ("Title\n\nGrand Lake Hotel  \nSpringfield, Ohio\n\nThe mayor spoke.  \nShe left.",
         "Title\n\nGrand Lake Hotel\nSpringfield, Ohio\n\nThe mayor spoke. She left."),
        # a link alone on its line: its blanked address is no hard break, the sentence runs on
        ("Title\n\nThe agency has\n[announced](https://example.org/news/a-plan)\na new plan.",
         "Title\n\nThe agency has announced a new plan."),
        ("Title\n\n-   The board\n    [approved](https://example.org/x) the\n    rules.", "Title\n\nThe board approved the rules."),
        # a hard break before a lower-case line is a wrap: the sentence runs on
        ("Title\n\nI have set my hand this  \nfifth day of May.", "Title\n\nI have set my hand this fifth day of May."),
        ("Title\n\nThe mayor thanked the  \nvolunteers.", "Title\n\nThe mayor thanked the volunteers."),
        # spaces left by blanked markup at a line end are no hard break (only spaces as written)
        ("Title\n\nThe prize went to **the board**\nMembers of the Harbor Fund.", "Title\n\nThe prize went to the board Members of the Harbor Fund."),
        ("Title\n\nShe came 2<sup>nd</sup>\nIn Ohio.", "Title\n\nShe came 2 nd In Ohio."),
        ("Title\r\n\r\nGrand Lake Hotel  \r\nSpringfield, Ohio", "Title\n\nGrand Lake Hotel\nSpringfield, Ohio"),
        ("Title\n\n**Director of Policy**  \nAnn Lee led the office.", "Title\n\nDirector of Policy\nAnn Lee led the office."),
        ("<td>Ohio</td>\n<td>More than 900</td>", "Ohio\nMore than 900"),
        ("Title\n\nSites:  \n   i.   North Plant, Ohio  \n   ii.   South Mine, Utah", "Title\n\nSites:\nNorth Plant, Ohio\nii. South Mine, Utah"),
        ("Title\n\nAnn Lee" + " " * 50 + "\nTom Ray\n\nMayor", "Title\n\nAnn Lee\nTom Ray\n\nMayor"),
        ("Title\n\n**A Plan for the\nPublic Sector   **  \nToday the mayor spoke.", "Title\n\nA Plan for the Public Sector\nToday the mayor spoke."),
        ("Title\n\nIt applies to the office; or\u202f  \n(ii)  the board.", "Title\n\nIt applies to the office; or\n(ii) the board."),
        # a speaker's dash at the start of a wrapped line continues the sentence above
        ("Title\n\nWe built a network\n— the one we need — and more.", "Title\n\nWe built a network — the one we need — and more."),
        ("Title\n\nThey came here, and\n– you know — they stayed.", "Title\n\nThey came here, and – you know — they stayed."),
        ("Title\n\nA chance to own a home\n— (applause) — and to save.", "Title\n\nA chance to own a home — (applause) — and to save."),
        # ... but a dash list stays a list: after a colon, after a bullet, or with capitals
        ("Title\n\nThe plan will:\n– expand access\n– lower costs", "Title\n\nThe plan will:\nexpand access\nlower costs"),
        ("Title\n\nParticipants\n— Secretary Ann Lee\n— Director Tom Ray", "Title\n\nParticipants\nSecretary Ann Lee\nDirector Tom Ray"),
        ("Title\n\nThe talks ended.\n— and then they left", "Title\n\nThe talks ended.\nand then they left"),
        # bold words wrapped to the start of a line continue the sentence; a bold heading does not
        ("Title\n\nThe team has surged\n**dozens of staff**, including nurses.", "Title\n\nThe team has surged dozens of staff , including nurses."),
        ("Title\n\nThe agencies will\n    **develop a plan** by May.", "Title\n\nThe agencies will develop a plan by May."),
        ("Title\n\nIt will give families an\n    ***<u>extra $300 tax cut</u>*** this year.", "Title\n\nIt will give families an extra $300 tax cut this year."),
        ("Title\n\nThe agencies met\n**New Steps**\nThey agreed.", "Title\n\nThe agencies met\nNew Steps\nThey agreed."),
        # a blank line inside an open sentence (lower case on both sides) is no paragraph break
        ("Title\n\nI have set my hand this\n\nfifth day of May.", "Title\n\nI have set my hand this fifth day of May."),
        ("Title\n\nThe roots of the city date back centuries,\n\nits mayor said.", "Title\n\nThe roots of the city date back centuries, its mayor said."),
        ("Title\n\nThe text applies to the agency; or\n\nii. the office.", "Title\n\nThe text applies to the agency; or\n\nii. the office."),
        ("Title\n\nShe spoke at length\n\n-   about costs", "Title\n\nShe spoke at length\n\nabout costs"),
        ("Title\n\nIt ended.\n\nthen we left", "Title\n\nIt ended.\n\nthen we left"),
        # asterisks left by emphasis are markup too
        ("Title\n\nEnsuring Access.* The agency will act.", "Title\n\nEnsuring Access. The agency will act."),
        ("Title\n\n*Workers *\n\nA union said: *“We agree.”*", "Title\n\nWorkers\n\nA union said: “We agree.”"),
        # HTML comments, autolinks and empty-anchor links
        ("Costs fell.\n\n<!-- -->\n\nThey rose.", "Costs fell.\n\n\n\nThey rose."),
        ("See <https://example.org/a.pdf> now.", "See https://example.org/a.pdf now."),
        ("It is a plan [](https://example.org/x) for all.", "It is a plan for all."),
        # a web page's image tag over several lines: its sizes are layout, not text
        ("Costs fell.\n\n<img\nsrc=\"https://example.org/a.png\" loading=\"lazy\"\nsizes=\"(max-width: 600px) 100vw, 600px\"\n"
         "width=\"600\" height=\"432\" />\n\nThey rose.", "Costs fell.\n\n\n\nThey rose."),
        # a transcript's correction: the struck words go, the bracketed correction stays
        ("It powers <s>10,000</s> [10 million] homes.", "It powers 10 million homes."),
        ("There are <s>a</s> [12] million acres.", "There are 12 million acres."),
        ("We met <del>Tom</del> [Tim] there.", "We met Tim there."),
        ("Keep x < 5 and y > 3 as written.", "Keep x < 5 and y > 3 as written."),
        # a soft hyphen inside a word is a possible break, not a space; elsewhere it is blanked
        ("The Pre\u00adsident met the Gov\u00ader\u00adnor.", "The President met the Governor."),
        ("A dash \u00ad alone.", "A dash alone."),
        ("Item 3\u00ad4 stays apart.", "Item 3 4 stays apart."),
        # inline tags inside one word render no space; before a capital or a digit they part words
        ('No. <u>Ju</u></span><u>dge Dena Doe</u>: Nominee', "No. Judge Dena Doe : Nominee"),
        ('<u>P</u><u>resident</u> Roe and Q<span\nstyle="x">uad</span> leaders', "President Roe and Quad leaders"),
        ("October 7<sup>th</sup>attack and US<b>Today</b>", "October 7 th attack and US Today"),
        # a spoken restart: the abandoned words and the dash go, what the speaker said again stays
        ("We’ve — we’ve — we’ve spoken to that.", "We’ve spoken to that."),
        ("The President met — met with the King.", "The President met with the King."),
        ("They arrived in the —\nin the region today.", "They arrived in the region today."),
        ("Now — now my opponent says otherwise.", "Now — now my opponent says otherwise."),
        ("Yes -- yes, we did.", "Yes, we did."),
        # no restart: different words, numbers, a dateline before its sentence, a paragraph between
        ("The President met — spoke with the King.", "The President met — spoke with the King."),
        ("The score was 2 — 2 at halftime.", "The score was 2 — 2 at halftime."),
        ("WASHINGTON — Washington state sued.", "WASHINGTON — Washington state sued."),
        ("They met —\n\nmet again.", "They met —\n\nmet again."),
        ("The X-ray — ray guns.", "The X-ray — ray guns."),
        # review of round 41: a contraction said again is a restart; a name said again inside a
        # sentence opens a new clause; a single hyphen is no restart's dash
        ("We — we’ve spoken with him.", "We’ve spoken with him."),
        ("The envoy thanked Mexico — Mexico sent 300 officers.", "The envoy thanked Mexico — Mexico sent 300 officers."),
        ("Senators from Ohio - Ohio Republicans - objected.", "Senators from Ohio - Ohio Republicans - objected."),
        ("Vela — Vela has launched a war.", "Vela has launched a war."),
    ],
)
def test_normalize_cleans_markup_and_soft_wraps(text, expected):
    assert normalize(text, title_line=text.startswith("Title")).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\n**<u>Heading</u>**\n\n-   A bullet that\n    wraps.\n\nAnd “quotes” too.\r\n",
        "NATO allies\n  met\n\n\n  again in   Brussels.",
        "\ufeffzero\u200bwidth and \x07 control",
        "Title\n\nPrime Min\u00adister and Pre\u00adsi\u00addent spoke.",
        "Title\n\n**<u>Ju</u></span><u>dge Dena Doe</u>** spoke.",
        "",
    ],
)
def test_offset_map_points_at_the_same_characters(text):
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text) + 1
    for i, ch in enumerate(norm.text):
        original = text[norm.offsets[i]]
        assert ch == original or ch in " \n"
    assert list(norm.offsets[:-1]) == sorted(norm.offsets[:-1])


@pytest.mark.parametrize("text", ["**<u>A</u>**\n-   b\n    c", "Pre\u00adsident X and Vice Pre\u00adsident Y"])
def test_blank_markup_keeps_length(text):
    assert len(blank_markup(text)) == len(text)


def test_to_original_range():
    text = "The United\n    States sent troops."
    norm = normalize(text, title_line=False)
    start = norm.text.index("United States")
    s, e = norm.to_original(start, start + len("United States"))
    assert text[s:e] == "United\n    States"


@pytest.mark.parametrize(
    "text, city",
    [
        ("SEOUL—US Defence Secretary", "SEOUL"),
        ("WASHINGTON, D.C. — The President", "WASHINGTON, D.C."),
        ("KYIV, Ukraine (AP) — Russian forces", "KYIV, Ukraine"),
        ("BEIJING -- China said", "BEIJING"),
        ("SEOUL, June 5 (Yonhap) -- South Korea said", "SEOUL"),
        ("TOKYO, Jan. 12 (Kyodo) -- Japan's", "TOKYO"),
        ("US Defence Secretary Pete Hegseth", None),
        ("Seoul - the capital", None),
    ],
)
def test_dateline(text, city):
    span = dateline_span(text)
    assert (text[span[0]:span[1]] if span else None) == city
