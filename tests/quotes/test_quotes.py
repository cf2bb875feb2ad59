"""Tests for pipeline.quotes: pairing quote marks (no model) and attribution (model)."""

from __future__ import annotations


import pytest

from pipeline.quotemarks import find_quote_pairs
from pipeline.quotes import extract_quotes
from pipeline.quotes.extract import is_title

from conftest import SEED_TXT as SEED


def _inner(text: str) -> list[str]:
    return [text[p.start:p.end] for p in find_quote_pairs(text)]


# ---- pairing, no model --------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will not be intimidated,” Zelenskyy said.", ["We will not be intimidated"]),
        ('"We will respond," the minister said.', ["We will respond"]),
        ("He said “one thing” and then “another thing”.", ["one thing", "another thing"]),
        ("‘We will defend every inch,’ the Polish minister said.", ["We will defend every inch"]),
        # Apostrophes inside words and plural possessives are not closing marks.
        ("‘Korea’s allies’ support is unwavering,’ she said.", ["Korea’s allies’ support is unwavering"]),
        ("'We won't back down,' the senator said.", ["We won't back down"]),
        # A nested ‘...’ stays part of the outer quotation.
        ("“He told me, ‘No deal,’ and left,” the envoy said.", ["He told me, ‘No deal,’ and left"]),
        # Multi-paragraph quotation: the paragraph re-opens, only the last one closes.
        ("He said: “First part.\n“Second part,” he added.", ["First part.\n“Second part"]),
        ("``We are ready,'' the general said.", ["We are ready"]),
        ("Kyiv’s forces and the allies’ tanks moved.", []),
        # Attribute values of markup scraped with a web page are no quotations.
        ('Prices fell. <figure><img src="https://example.org/a.jpg" sizes="(max-width: 900px) 100vw, 900px" '
         'alt="" /></figure> "We are pleased," the minister said.', ["We are pleased"]),
        ('See <a href="https://example.org/report">the report</a>.\n<img\n  src="x.png"\n  style="width:500px">', []),
        # A "<" that opens no tag leaves the marks alone.
        ('Turnout was < 40% and "the lowest in years," she said.', ["the lowest in years"]),
    ],
)
def test_pairs(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "“Unclosed quote at the end of the text",
        "“Unclosed in this paragraph.\nThe next paragraph has “a closed one” here.",
        "Stray closing mark” and another” here.",
        '"""',
        "“ ”",
        "‘",
        "’’’ ‘‘‘",
        "“a “b “c",
        "",
        "He said \"x\" and 'y' and “z",
        "“Nested “double” marks without end",
    ],
)
def test_broken_marks_never_crash(text: str) -> None:
    for p in find_quote_pairs(text):
        assert 0 <= p.start <= p.end <= len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One sentence per paragraph: the quotation runs on to its closing mark.
        ("“Prices will fall.\n\nThen they will rise again,” the analyst said.",
         ["Prices will fall.\n\nThen they will rise again"]),
        ("The chief said “We took a risk.\n\nIt paid off.\n\nWe would do it again.”",
         ["We took a risk.\n\nIt paid off.\n\nWe would do it again."]),
        # A closing mark turned round by a converter still ends it.
        ("“Prices will fall.\n\nThen they will rise,“ the analyst said.",
         ["Prices will fall.\n\nThen they will rise"]),
        # Another mark before any close: the first quotation was never closed.
        ("“Unclosed here.\n\nShe said “something else” later.", ["something else"]),
        # A turn label starts another speaker's words.
        ("MS. ROE: He called it “a fine plan.\n\nMR. DOE: It is ours.” Yes.", []),
        # Too many paragraphs in between: not one quotation.
        ("“One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix,” he said.", []),
    ],
)
def test_quotation_runs_on_over_sentence_lines(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


def test_unclosed_quote_does_not_swallow_next_paragraph() -> None:
    text = "“Unclosed in this paragraph.\nThe next paragraph has “a closed one” here."
    assert _inner(text) == ["a closed one"]


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("National Defense Authorization Act for Fiscal Year 2022", True),
        ("Operation Prosperity Guardian", True),
        ("We Will Win", True),
        ("we will not be intimidated", False),
        ("Our forces are ready. We will respond.", False),
        # a subtitle after a colon, a full stop inside the closing mark
        ("A Practical Guide for Small Towns: Lowering the Cost of Broadband", True),
        ("THIS IS OUR HARBOR: Safe Waters for All", True),
        ("Captain Clean the Recycling Hero.", True),
        ("Trust me: We Will Win", False),
        ("Mr. Mayor, open the gates.", False),
    ],
)
def test_is_title(inner: str, expected: bool) -> None:
    assert is_title(inner) is expected


# ---- attribution, with the model ----------------------------------------------------------

@pytest.fixture(scope="module")
def run():
    from pipeline import nlp as N
    from pipeline.entities import EntityIndex, extract_entities
    from pipeline.records import Article

    nlp = N.load()

    def _run(text: str, title: str | None = None):
        doc = N.process(nlp, Article(id="t", text=text, title=title, published="2024-03-01"))
        index = EntityIndex.build(extract_entities(doc))
        return extract_quotes(doc, index), index

    return _run


ATTRIBUTION = [
    # text, quote text, speaker name (None: no speaker), cue
    ("“We will not be intimidated by these threats,” Zelenskyy said.",
     "We will not be intimidated by these threats", "Zelenskyy", "say"),
    ("Ukrainian President Volodymyr Zelenskyy spoke in Kyiv on Monday. “We will not be intimidated,” he said.",
     "We will not be intimidated", "Volodymyr Zelenskyy", "say"),
    ("The minister said: “Our forces are ready to respond to any provocation.”",
     "Our forces are ready to respond to any provocation.", "minister", "say"),
    ("“The operation is proceeding according to plan,” according to a statement from the Kremlin.",
     "The operation is proceeding according to plan", "Kremlin", "according to"),
    ("“Russia has no intention of attacking NATO,” said Kremlin spokesman Dmitry Peskov.",
     "Russia has no intention of attacking NATO", "Dmitry Peskov", "say"),
    ("Japanese Prime Minister Fumio Kishida, who arrived in Canberra on Tuesday, said “the partnership has "
     "never been stronger.”", "the partnership has never been stronger.", "Fumio Kishida", "say"),
    ("British Defence Secretary Grant Shapps told reporters that “the UK stands firmly with its allies.”",
     "the UK stands firmly with its allies.", "Grant Shapps", "tell"),
    ("The German chancellor Olaf Scholz stressed: “Europe must be able to defend itself.”",
     "Europe must be able to defend itself.", "Olaf Scholz", "stress"),
    ("General Mark Milley warned, “The risk of miscalculation is real and growing every day.”",
     "The risk of miscalculation is real and growing every day.", "Mark Milley", "warn"),
    ("‘We will defend every inch of our territory,’ the Polish defence minister said.",
     "We will defend every inch of our territory", "Polish defence minister", "say"),
    ("Chinese Foreign Ministry spokesman Wang Wenbin said on Friday: “China firmly opposes any form of "
     "official interaction with Taiwan.”", "China firmly opposes any form of official interaction with Taiwan.",
     "Wang Wenbin", "say"),
    ("“He told me, ‘We cannot accept this deal,’ and then he left the room,” the ambassador said.",
     "He told me, ‘We cannot accept this deal,’ and then he left the room", "ambassador", "say"),
    ("“Is the ceasefire really holding? Has the shelling stopped at all?” asked Ukrainian Foreign Minister "
     "Dmytro Kuleba.", "Is the ceasefire really holding? Has the shelling stopped at all?", "Dmytro Kuleba", "ask"),
    ("Indian Foreign Minister Subrahmanyam Jaishankar said the talks were “frank and constructive and "
     "very useful.”", "frank and constructive and very useful.", "Subrahmanyam Jaishankar", "say"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quote", "speaker", "cue"), ATTRIBUTION)
def test_attribution(run, text: str, quote: str, speaker: str | None, cue: str | None) -> None:
    quotes, index = run(text)
    assert [q.text for q in quotes] == [quote]
    q = quotes[0]
    assert q.speaker_name == speaker
    assert q.cue == cue
    assert q.evidence.text.replace("\n", " ") == quote
    if q.speaker is not None:
        assert index.by_id(q.speaker).name == q.speaker_name


@pytest.mark.model
def test_follow_up_quote_keeps_speaker(run) -> None:
    quotes, _ = run("“The alliance is the cornerstone of our security,” Defense Secretary Lloyd Austin said. "
                    "“We will continue to deepen our cooperation.”")
    assert [q.speaker_name for q in quotes] == ["Lloyd Austin", "Lloyd Austin"]
    assert [q.id for q in quotes] == ["T1", "T2"]


@pytest.mark.model
def test_multi_paragraph_quote(run) -> None:
    text = ("Australian Defence Minister Richard Marles addressed the parliament in Canberra.\n\n"
            "“Our submarines will be built here, by Australian workers.\n\n"
            "“This is the largest investment in our defence capability in the nation’s history,” he said.")
    quotes, _ = run(text)
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("Our submarines will be built here") and q.text.endswith("nation’s history")
    assert "“" not in q.text
    assert q.speaker_name == "Richard Marles" and q.cue == "say"
    assert text[q.evidence.start:q.evidence.end] == q.evidence.text


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Officials described the so-called “special military operation in Ukraine” as a failure.",
        "The treaty, known as the “Agreement on Reciprocal Access”, was signed in Tokyo.",
        "The ministers welcomed the working paper on ‘Cooperation under the trilateral partnership’ last week.",
        "The Philippine navy said the Chinese ship made “unsafe” manoeuvres near the shoal.",
        "President Biden signed the “CHIPS and Science Act” into law.",
    ],
)
def test_not_quotes(run, text: str) -> None:
    quotes, _ = run(text)
    assert quotes == ()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“Unbalanced quotes are everywhere in this test, he said.\n\nAnd the next paragraph has none.",
        "She said “this is broken” and “this too",
        "Defence Minister Ahn Gyu-back said ”we will respond firmly to any provocation“ on Monday.",
        "“ ” “ “ ” ” ‘ ’ ' ' \" \"",
    ],
)
def test_broken_input(run, text: str) -> None:
    quotes, _ = run(text)
    for q in quotes:
        assert text[q.evidence.start:q.evidence.end] == q.evidence.text


@pytest.mark.model
def test_hard_wrapped_quote_maps_to_original_text(run) -> None:
    text = ("Title line\n\nPresident Truman said the Alliance, “would create a shield against aggression and fear\n"
            "of aggression.” Today that shield is stronger than ever.\n")
    quotes, _ = run(text, title="Title line")
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text == "would create a shield against aggression and fear of aggression."
    assert q.evidence.text == "would create a shield against aggression and fear\nof aggression."
    assert text[q.evidence.start:q.evidence.end] == q.evidence.text
    assert q.speaker_name == "Truman" and q.cue == "say"


@pytest.mark.model
def test_epigraph_dash_line(run) -> None:
    text = ("Fact sheet\n\n*“The alliance is the foundation of our shared security and prosperity.”*\n\n"
            " – *President Biden, February 19, 2021*\n\nPresident Biden will attend the summit in Brussels.")
    quotes, _ = run(text, title="Fact sheet")
    assert len(quotes) == 1
    assert quotes[0].speaker_name == "Biden" and quotes[0].cue is None


@pytest.mark.model
def test_seed_acceptance(run) -> None:
    text = SEED.read_text(encoding="utf-8")
    quotes, index = run(text, title=text.split("\n")[0])
    hits = [q for q in quotes if q.text == "protecting against nuclear-armed North Korea is the goal of the alliance"]
    assert len(hits) == 1
    q = hits[0]
    hegseth = index.person_named("Pete Hegseth")
    assert hegseth is not None and q.speaker == hegseth.id
    assert q.speaker_name == "Pete Hegseth" and q.cue == "reassure"
    assert text[q.evidence.start:q.evidence.end] == q.text
    assert all(q.text != "flexibility" or q.speaker == hegseth.id for q in quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # the only opening mark is a straight single quote or a Penn Treebank ``
        ("'We will never give up our land,' the Georgian defence minister said.", "We will never give up our land"),
        ("``We are ready to talk at any time,'' the Iranian foreign minister said.", "We are ready to talk at any time"),
        ("Korea’s navy said its ships’ crews were ready.", None),
    ],
)
def test_quotes_whatever_the_opening_mark(run, text: str, quote: str | None) -> None:
    quotes, _ = run(text)
    assert [q.text for q in quotes] == ([quote] if quote else [])


# ---- generalisation fixes (news outside the tuning set) ---------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A curly quotation nested (through single marks) in another stays one quotation.
        ("“Our orders were clear: ‘hold the line “at all costs”’ until dawn”, the colonel said.",
         ["Our orders were clear: ‘hold the line “at all costs”’ until dawn"]),
        # Curly marks turned round by a converter: “ closing after punctuation, ” opening a paragraph.
        ("“We welcome the accord, and the talks were useful, “said the Qatari envoy.\n\n"
         "” It is a first step toward a lasting ceasefire. “\n\nOfficials agreed.",
         ["We welcome the accord, and the talks were useful", "It is a first step toward a lasting ceasefire."]),
        # Tokenised corpora: `` ... '' and straight marks with spaces inside.
        ("`` The drills are defensive in nature . '' He added `` more will follow '' .",
         ["The drills are defensive in nature .", "more will follow"]),
        ('" We are ready to talk , " said the minister . " But not under threat , " he added .',
         ["We are ready to talk", "But not under threat"]),
        # An unclosed outer quotation still yields the closed one inside it.
        ("“The general said “the bridge is secure” and left.\n\nNext paragraph.", ["the bridge is secure"]),
    ],
)
def test_pairs_nested_turned_and_tokenised(text: str, expected: list[str]) -> None:
    assert _inner(text) == expected


GENERAL_ATTRIBUTION = [
    # passive reporting verb: the agent speaks; without an agent nobody is named
    ("The new corvette was praised by Admiral Rob Bauer as “the most capable ship in its class.”",
     "the most capable ship in its class.", "Rob Bauer", "praise"),
    ("The missile is claimed to be “a game changer for regional deterrence” on the ministry website.",
     "a game changer for regional deterrence", None, "claim"),
    # a passive verb reached by climbing keeps its subject
    ("Sergei Ryabkov was quoted as saying “the treaty is effectively dead.”",
     "the treaty is effectively dead.", "Sergei Ryabkov", "say"),
    # the quote itself in subject position does not speak
    ("“Nested ‘inner “deep” words’ and outer words”, said the general.",
     "Nested ‘inner “deep” words’ and outer words", "general", "say"),
    # an organisation named in apposition to its kind
    ("The watchdog group the Project on Government Oversight has called it “a textbook case of waste.”",
     "a textbook case of waste.", "Project on Government Oversight", "call"),
    # "who" attached by the parser to the wrong noun still means the person
    ("A different view came from Helga Schmid, a senior fellow at Chatham House, who said, “Deterrence "
     "only works when it is credible.”", "Deterrence only works when it is credible.", "Helga Schmid", "say"),
    # a statement's author is who released it; a group the text does not name is nobody in particular
    ("A group of Baltic lawmakers released a joint statement saying “We will not accept any delay to the "
     "deployment.”", "We will not accept any delay to the deployment.", None, "say"),
    ("Senator Roger Wicker wrote a letter to the Pentagon saying “the shipyards need a plan now.”",
     "the shipyards need a plan now.", "Roger Wicker", "say"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quote", "speaker", "cue"), GENERAL_ATTRIBUTION)
def test_attribution_general(run, text: str, quote: str, speaker: str | None, cue: str | None) -> None:
    quotes, _index = run(text)
    assert [(q.text, q.speaker_name, q.cue) for q in quotes] == [(quote, speaker, cue)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "the company", "the ministry": the organisation named before
        ("Deliveries of the frigates were delayed by Naval Group. The main fault was in the wiring. In a "
         "statement, the company said that “the root cause has been found and fixed.”", "Naval Group"),
        ("The drills were announced by the Ministry of National Defense on Monday. The ministry's "
         "statement said “the exercises will last three days.”", "Ministry of National Defense"),
        # "the spokesman": the person introduced with that word
        ("Pentagon spokesman John Kirby briefed reporters on Tuesday. “We are not going to speculate "
         "about future deployments,” the spokesman said.", "John Kirby"),
        # a pronoun goes to the previous sentence's subject, not to a person named after it
        ("Analyst Ian Bremmer credits Angela Merkel's patience for the deal. He says “a lot of leaders "
         "would have walked away much earlier.”", "Ian Bremmer"),
        ("Defense Minister Boris Pistorius met his Polish counterpart in Warsaw. He said the brigade "
         "would “be ready to deploy by the end of next year.”", "Boris Pistorius"),
        # what a person is ("She is the head of ...") names no one new
        ("The board named Laura Finch as chief executive on Monday. She has worked for the airline "
         "for 20 years and is now the head of its cargo division. She said in a statement: “This is "
         "a proud day for all of us.”", "Laura Finch"),
        ("Colonel Ruth Okafor took command of the base. She was the deputy commander of the wing. "
         "She said “the mission comes first.”", "Ruth Okafor"),
        # "he" is never a plural noun ("analysts") named nearer
        ("In a call with analysts, he said that “orders in the fourth quarter remain strong.”", None),
    ],
)
def test_speaker_referred_back_to(run, text: str, speaker: str | None) -> None:
    quotes, _index = run(text)
    assert len(quotes) == 1
    assert quotes[0].speaker_name == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a wire dateline's city is where the story was filed, never who spoke
        ("OSLO (Reuters) - Norwegian Finance Minister Ingrid Halvorsen said on Monday that the fund "
         "would “stay the course on ethical investing”.", "Ingrid Halvorsen"),
        ("MADRID, March 3 (AP) — Spanish Foreign Minister Tomas Ibarra said the talks had been "
         "“difficult but worthwhile in the end”.", "Tomas Ibarra"),
        ("NAIROBI — Kenyan Interior Minister Joseph Kamau said on Friday the curfew would be "
         "“lifted once calm returns to the city”.", "Joseph Kamau"),
        # a stage direction in brackets after the quote is no cited source
        ("A president named Harold Vance once bellowed, “Open the gates of this city.”  (Applause.)\n",
         "Harold Vance"),
    ],
)
def test_speaker_is_no_dateline_or_stage_direction(run, text: str, speaker: str | None) -> None:
    quotes, _index = run(text)
    assert len(quotes) == 1
    assert quotes[0].speaker_name == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "I" in a turn labelled by office: the person the text names with that office
        ("Remarks by President Ana Whitcombe at the Harbor Bridge Opening\n\n"
         "THE PRESIDENT:  Thank you all.  Ten years ago my son came to me and asked for help.  "
         "And I said, “We are going to build this bridge together.”\n", "Ana Whitcombe"),
        # ... not the vice president named with the same word
        ("Remarks by Vice President Tom Reyes and President Ana Whitcombe\n\n"
         "THE PRESIDENT:  Thank you, Tom.  When I ran, I said, “Every town deserves a fair shot.”\n",
         "Ana Whitcombe"),
        # a turn labelled by surname
        ("MR. KOWALCZYK:  Thank you.  I remember the night my sister called, and I said, “We will "
         "find a way through this.”\nQ  Thanks.  Ambassador Hana Kowalczyk, you said last week that "
         "talks would resume.\n", "Hana Kowalczyk"),
        # a statement signed by one person
        ("Statement from Governor Lena Brandt on the Flood Relief Package\n\n"
         "When the river rose last spring, I said “no family will face this alone.”  Today we keep "
         "that promise.\n", "Lena Brandt"),
    ],
)
def test_first_person_speaker_is_who_gives_the_remarks(run, text: str, speaker: str | None) -> None:
    quotes, _index = run(text)
    assert len(quotes) == 1
    assert quotes[0].speaker_name == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # abbreviations and decimals are one word each: fewer than three words quoted
        "Officials said inflation was running at “9.5 percent” in May.",
        "The envoy described the “U.S. position” as unchanged.",
        # a report's title with a subtitle, and a nickname closing a sentence
        "The agency published “A Practical Guide for Small Towns: Lowering the Cost of Broadband” on Monday.",
        "He became known to a generation of children as “Captain Clean the Recycling Hero.”",
    ],
)
def test_no_quotation(run, text: str) -> None:
    quotes, _index = run(text)
    assert quotes == ()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the one who speaks is not named: nobody nearby said it instead
        "Governor Ellen Marsh met the farmers on Tuesday. As my grandfather used to say, “a field "
        "never lies to the man who works it.”",
        "Senator Paul Okoye spoke after the vote. Some people will turn to us and say, “Why should I "
        "bother to vote at all?”",
        "The ruling came on Friday. Judge Ana Ruiz had dissented, but the majority wrote that the law "
        "“cannot be read any other way.”",
    ],
)
def test_unnamed_speaker_stays_unnamed(run, text: str) -> None:
    quotes, _index = run(text)
    assert len(quotes) == 1
    assert quotes[0].speaker is None and quotes[0].speaker_name is None
