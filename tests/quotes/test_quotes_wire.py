"""Quotes in wire-service style: datelines, reported pronouns, labels and slogans in quotes,
one-paragraph-per-line quotations, abbreviated titles. Sentences are invented."""

from __future__ import annotations

import pytest

from pipeline.quotemarks import find_quote_pairs
from pipeline.quotes import extract_quotes
from pipeline.quotes.syntax import dateline_span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one paragraph per line: the line break is joined, the second paragraph re-opens the quote
        ('Okafor said: "The bank will act as needed. "Stable prices come first." Others disagreed.',
         ['The bank will act as needed. "Stable prices come first.']),
        ("She told the rally: “We will win this seat. “Nobody can stop us now,” she added.",
         ["We will win this seat. “Nobody can stop us now"]),
        # a closed quotation followed by a new one is two quotations
        ('"We are ready." "The talks start today," he said.', ["We are ready.", "The talks start today"]),
    ],
)
def test_joined_paragraph_reopens_quotation(text: str, expected: list[str]) -> None:
    assert [text[p.start:p.end] for p in find_quote_pairs(text)][:len(expected)] == expected


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("OSLO (NTB) - Norway said on Monday", "OSLO (NTB) - "),
        ("Markets slide\n\nNEW YORK, Nov 3 (Reuters) - Stocks fell", "NEW YORK, Nov 3 (Reuters) - "),
        ("LIMA, Peru (AP) — Protesters marched", "LIMA, Peru (AP) — "),
        ("The minister (Reuters) - no dateline at all", ""),
    ],
)
def test_dateline_span(text: str, dateline: str) -> None:
    start, end = dateline_span(text)
    assert text[start:end] == dateline


@pytest.fixture(scope="module")
def run():
    from pipeline import nlp as N
    from pipeline.entities import EntityIndex, extract_entities
    from pipeline.records import Article

    nlp = N.load()

    def _run(text: str):
        doc = N.process(nlp, Article(id="t", text=text, title=None, published="2025-05-01"))
        index = EntityIndex.build(extract_entities(doc))
        return extract_quotes(doc, index)

    return _run


WIRE_SPEAKERS = [
    # text, start of the quote, speaker name (None: nobody), cue
    # "it"/"he" of a clause reported by a named subject is that subject
    ("HAVANA (Reuters) - Cuba on Monday said it would answer any blockade \"firmly and without hesitation\", "
     "after the United States sent two warships.", "firmly and without hesitation", "Cuba", "answer"),
    ("Opposition leader Mara Velikova attacked the budget. Prime Minister Anton Draganov said he would "
     "\"never bow to pressure from the street\".", "never bow to pressure", "Anton Draganov", "say"),
    # the agency of a dateline is never who "it" is
    ("SEOUL (Yonhap) - The talks ended without an agreement.\n\n"
     "\"We remain open to dialogue at any time,\" it said.", "We remain open to dialogue", None, "say"),
    # an "as" clause reports the quotation that follows it, however long the clause
    ("As Senator Ruth Ambler said when she opened the hearing on the collapse of the river bridge last "
     "spring, the \"public deserves real answers about this failure.\"", "public deserves real answers",
     "Ruth Ambler", "say"),
    # an advisory or a ruling speaks for whoever issued it
    ("The Foreign Office keeps a travel advisory that states: \"Do not travel to the border area because of "
     "the risk of kidnapping.\"", "Do not travel to the border area", "Foreign Office", "state"),
    # unnamed people of a named organisation speak for it
    ("Analysts at Jefferies Group described the quarter as \"a clean beat on every line\".",
     "a clean beat on every line", "Jefferies Group", "describe"),
    # an abbreviated title before the name is the word the text refers back with
    ("Gen. Harold Brannock briefed reporters at the Pentagon.\n\n"
     "\"I will not discuss the targeting process,\" the general said.", "I will not discuss",
     "Harold Brannock", "say"),
    # a partial quotation after a determiner, with a reporting verb, is still speech
    ("EU foreign policy chief Kaja Kallas said it was a \"historic day for Europe\".",
     "historic day for Europe", "Kaja Kallas", "say"),
    # someone the text does not identify leaves the quotation unattributed
    ("Staff learned of the closure by email. One engineer posted: \"Ten years here and nobody called me.\"",
     "Ten years here", None, "post"),
    ("A senior official said the plan was \"dead on arrival in its current form.\"",
     "dead on arrival", None, "say"),
    ("A group of Ohio farmers released a statement saying \"we cannot survive another season like this.\"",
     "we cannot survive", None, "say"),
    ("Former mayor Lucas Brandt denied wrongdoing. His lawyers said they would appeal and called the verdict "
     "\"a political vendetta\".", "a political vendetta", None, "call"),
    # someone's unnamed person ("X's deputy", "X's lawyer") is not X; a name in apposition speaks
    ("Governor Ellen Marsh toured the shelter. \"I have never seen anything like it,\" Marsh's deputy said.",
     "I have never seen anything", None, "say"),
    ("Senator Alan Reyes was charged on Monday. Reyes's lawyer said the charges were \"without any merit at "
     "all.\"", "without any merit", None, "say"),
    ("Singer Lola Brandt is in hospital. \"She is resting and in good spirits,\" Brandt's husband told "
     "reporters.", "She is resting", None, "tell"),
    ("Governor Ellen Marsh toured the shelter. \"I have never seen anything like it,\" said Marsh's deputy, "
     "Paul Grant.", "I have never seen anything", "Paul Grant", "say"),
    ("Minister Karl Ost spoke first. Ost's spokeswoman, Ana Ruiz, said: \"The minister will not resign.\"",
     "The minister will not resign", "Ana Ruiz", "say"),
    # ... but a document's possessor wrote it
    ("Senator Alan Reyes issued a statement. Reyes's statement said \"the vote was rigged from the start.\"",
     "the vote was rigged", "Alan Reyes", "say"),
    # ... but an unnamed spokesman of a named body speaks for it
    ("A spokesman for Harlow Motors said the fault was \"being fixed as we speak.\"",
     "being fixed as we speak", "spokesman for Harlow Motors", "say"),
    # a name inside the quotation is not who "she" is
    ("Premier Dana Okoro thanked Paul Ferrand for his work. \"Paul has served this province well,\" she said.",
     "Paul has served", "Dana Okoro", "say"),
    # "he" after "City spokesman X said ..." is X, however the name was labelled
    ("The judge sided with the tenants, said attorney Ayanda Khoza. Municipal spokesman Thabo Nkosi said the "
     "city would study the ruling. \"We respect the decision of the court,\" he said.",
     "We respect the decision", "Thabo Nkosi", "say"),
    # "he" continues the subject of the main clause, not of a clause inside it
    ("Envoy Omar Haddad, who took over after Karim Nassar was dismissed last year, met Prime Minister Rami Aoun "
     "and speaker Fadi Saleh in Beirut. \"Our region needs calm above all,\" he told reporters.",
     "Our region needs calm", "Omar Haddad", "tell"),
    # "X told TV the decision was final and accused Y of treating them “...”"
    ("Prime Minister Idrissa Kone told state radio on Sunday that the decision was final and accused the "
     "company of treating the country \"like a cash machine\".", "like a cash machine", "Idrissa Kone", "tell"),
    # what a person written in apposition called something is speech
    ("The minister said the budget would rise, a figure the opposition's finance spokesman, Peter Lyall, "
     "called \"a reheated promise from last year\".", "a reheated promise", "Peter Lyall", "call"),
    # "before adding", "after saying": the speaker of the verb the preposition hangs on
    ("\"It is finished,\" Marlow told the BBC, before adding: \"We will rebuild from scratch.\"",
     "We will rebuild", "Marlow", "add"),
    # a partial quotation in a clause reported by a speech verb is the reporter's words
    ("Union head Marc Delorme told a radio station that the strike would continue \"for as long as it takes.\"",
     "for as long as it takes", "Marc Delorme", "tell"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "quote", "speaker", "cue"), WIRE_SPEAKERS)
def test_wire_speakers(run, text: str, quote: str, speaker: str | None, cue: str) -> None:
    found = [q for q in run(text) if q.text.startswith(quote)]
    assert len(found) == 1
    assert found[0].speaker_name == speaker
    assert found[0].cue == cue


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a quoted term as a noun's modifier
        "The governor unveiled a \"zero tolerance for fraud\" policy on Monday.",
        "Lawmakers promised voters a cleaner, “built in America” energy future.",
        # a verbless label after a determiner, with no reporting verb
        "Reporters may attribute the remarks to a \"senior administration official\" under the ground rules.",
        "The treaty marks the \"beginning of a new era\" in relations between the two countries.",
        # ground rules of a background call name how officials are cited
        "This call is on background, attributable to \"senior administration officials,\" and embargoed.",
        # a stock phrase nobody is said to have said
        "The fund has now set aside £2bn a year for the region \"for as long as it takes\".",
        # "the quote" names a phrase; it does not announce someone's words
        "He used the quote “for as long as it takes” twice in the speech.",
        # a slogan of capitalised phrases joined by commas
        "The leaders will meet under the banner \"One Ocean, One Planet, One Future\" next week.",
    ],
)
def test_wire_not_quotes(run, text: str) -> None:
    assert run(text) == ()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Ambassador Lena Vogt condemned what she called \"reckless and illegal\" manoeuvres near the reef.",
         "reckless and illegal", "Lena Vogt"),
        ("Mayor Tomas Rietveld described it as a \"once in a generation\" opportunity for the port.",
         "once in a generation", "Tomas Rietveld"),
    ],
)
def test_quoted_modifier_after_reporting_verb_is_speech(run, text: str, quote: str, speaker: str) -> None:
    quotes = run(text)
    assert [(q.text, q.speaker_name) for q in quotes] == [(quote, speaker)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the first line of a text without a title is its headline
        ("Pope appeals for peace\n\nPope Francis met pilgrims at the Vatican on Sunday.\n\n"
         "\"I renew my appeal for an end to the fighting,\" the pontiff said.", "Francis"),
        ("Boxer opens gym\n\nFormer boxing champion Anton Draganov opened a new gym in Sofia on Sunday.\n\n"
         "\"I still feel young when I step into the ring,\" the veteran said.", "Anton Draganov"),
    ],
)
def test_epithet_refers_back_to_the_person_named(run, text: str, speaker: str) -> None:
    quotes = run(text)
    assert len(quotes) == 1 and speaker in (quotes[0].speaker_name or "")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # what a party calls its own undertaking is a name, not a quotation
        ("The junta pressed on with what it calls its \"national security operation\" in the north.", []),
        # what someone calls something else is their words
        ("Senator Ruth Ambler condemned what she called a \"reckless waste of public money\".",
         ["reckless waste of public money"]),
    ],
)
def test_calls_its_names_own_thing(run, text: str, kept: list[str]) -> None:
    assert [q.text for q in run(text)] == kept


TRANSCRIPT_AND_CONTENT = [
    # title, text, start of the quote, speaker (None: nobody), cue
    # in a transcript turn the speaker is "I": "he" is someone else, never the turn's speaker
    ("Remarks by President Hale and Prime Minister Oduya",
     "PRIME MINISTER ODUYA:  Thank you, Mr. President.\n\nPRESIDENT HALE:  Thank you.  Years ago, I asked the "
     "Secretary of State to write something for me.  And he said, “We lead by the power of our example.”",
     "We lead by the power", None, "say"),
    # ... and the words of the turn label are nobody's antecedent
    ("Remarks by President Hale",
     "THE PRESIDENT:  My father used to tell me something.  He said, “Get up when you are knocked down.”",
     "Get up when you are", None, "say"),
    # the words in a noun's "that" clause are the noun owner's, not those of who welcomed them
    ("Readout of a meeting",
     "President Ann Hale met the Intelligence Advisory Board. The President welcomed the Board’s finding that "
     "the failure to act could be “one of the worst failures of our time.”", "one of the worst", "Board", "finding"),
    ("Statement", "The Minister noted the committee’s warning that the plan was “far too slow to make a "
     "difference.”", "far too slow", None, "warning"),
    ("Statement", "Senator Alan Reyes rejected Mayor Ben Ortiz's claim that the vote was “a complete and utter "
     "sham.”", "a complete and utter sham", "Ben Ortiz", "claim"),
    # a saying someone unnamed "had" is theirs, not the named person's nearby
    ("Statement from Governor Ellen Marsh on the Budget", "Statement from Governor Ellen Marsh on the Budget\n\n"
     "My mother had an expression, “Tell me what you spend, and I will tell you who you are.”",
     "Tell me what you spend", None, "expression"),
    ("Statement", "Senator Alan Reyes spoke at the dinner. His grandfather had a saying: “Work hard and never "
     "forget where you came from.”", "Work hard and never", None, "saying"),
    ("Statement", "Governor Ellen Marsh welcomed the panel's recommendation that schools should “open their doors "
     "to every child in the state.”", "open their doors", None, "recommendation"),
    # who is heard saying it speaks, not who hears ("we will hear from them saying")
    ("Remarks by President Hale on Taxes", "THE PRESIDENT:  Senator Ann Lowe voted no.  But in the coming days, "
     "we’re also going to hear from them saying, “We want to extend this tax cut.”", "We want to extend", None, "say"),
    ("Statement", "Reporters heard Senator Ann Lowe saying, “We will not back down on this.”", "We will not back down",
     "Ann Lowe", "say"),
    # ... but one's own pledge stays one's own
    ("Statement", "Governor Ellen Marsh repeated her pledge that the state would “never abandon its veterans.”",
     "never abandon its veterans", "Ellen Marsh", "repeat"),
]


@pytest.mark.model
@pytest.mark.parametrize(("title", "text", "quote", "speaker", "cue"), TRANSCRIPT_AND_CONTENT)
def test_transcript_pronouns_and_content_nouns(title: str, text: str, quote: str, speaker: str | None,
                                               cue: str) -> None:
    from pipeline import nlp as N
    from pipeline.entities import EntityIndex, extract_entities
    from pipeline.records import Article

    doc = N.process(_nlp(), Article(id="t", text=text, title=title, published="2025-05-01"))
    found = [q for q in extract_quotes(doc, EntityIndex.build(extract_entities(doc))) if q.text.startswith(quote)]
    assert len(found) == 1
    assert (found[0].speaker_name, found[0].cue) == (speaker, cue)


def _nlp():
    from pipeline import nlp as N

    return N.load()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # a speaker's "quote," announces someone's words, however short and lower-case
        ("The council leader, he was able to, quote, “stack the board” by adding three members.",
         "stack the board", None),
        ("All of this leads to, as Maya Cole has put it, and I quote, “a constant state of worry” for our families.",
         "a constant state of worry", "Maya Cole"),
        ("They called it, quote unquote, “a small technical pause” in the program.", "a small technical pause", None),
    ],
)
def test_announced_quotation_is_kept(run, text: str, quote: str, speaker: str | None) -> None:
    assert [(q.text, q.speaker_name) for q in run(text)] == [(quote, speaker)]
