"""Wire-copy constructions: blame ("held X responsible"), denial of a claim, demands made
"from" someone, the target of a threat, a bloc suspending a member, visits flown to, business between private
parties, diplomatic recognition, funds released, legal
appeals, visits one arrives on, dangers protected against, attack words that classify a unit, striving, attacks only feared, warnings of force, coordinated by-phrases, relations held with each other, custody, extraditions, summonses, what an attack noun hit, whose 'its' is the reporter's, crowds and
blocked roads, unnamed groups (a bomber, or a group a capital made look like a name), and
natural hazards as subjects.

Sentences are invented in the style of wire copy (fictional people; real countries); none
comes from a development, evaluation or stress text. Each row lists every event the text must
yield as (type, actor, recipient), each side matched against the recorded name or ISO3
country; None: the side is null.
"""

from __future__ import annotations

import pytest

from pipeline.events import extract_events


def _side(name, country, want):
    if want is None:
        return name is None
    return want in (name, country)


CASES = [
    # holding someone responsible is blaming him: the one held is the recipient
    ("Russia held Ukraine responsible for the blast at the depot.", [("ACCUSE", "RUS", "UKR")]),
    ("Iraq holds Turkey accountable for the deaths of five civilians.", [("ACCUSE", "IRQ", "TUR")]),
    ("The Israeli army said it held Hamas responsible for the rocket fire.", [("ACCUSE", "ISR", "Hamas")]),
    ("Norway and Chile held talks in Oslo on Monday.", [("CONSULT", "NOR", "CHL")]),
    ("The company held its annual meeting in Oslo.", []),
    ("Norway took new steps to hold Russia accountable for the killings.", []),
    # denying that something happened rejects the claim; denying someone entry does not
    ("Venezuela denied that its soldiers had crossed the border.", [("REJECT", "VEN", None)]),
    ("Ghana denied the allegations on Tuesday.", [("REJECT", "GHA", None)]),
    # a demand made "from" someone names whom it is made of
    ("Brazil demanded an explanation from Venezuela.", [("REQUEST", "BRA", "VEN")]),
    ("Chile demanded answers from Argentina on Monday.", [("REQUEST", "CHL", "ARG")]),
    # a threat names its target in the act threatened
    ("Iran threatened to strike Israel.", [("THREATEN", "IRN", "ISR")]),
    ("Iran vowed to retaliate against Israel.", [("THREATEN", "IRN", "ISR")]),
    ("Russia threatened to cut gas supplies.", [("THREATEN", "RUS", None)]),
    # ... and a promise its beneficiary
    ("The IMF agreed to lend Egypt $3 billion.", [("AGREE", "IMF", "EGY")]),
    ("Poland agreed to buy 32 jets from the United States.", [("AGREE", "POL", None)]),
    ("The G7 agreed to provide one billion COVID-19 vaccines.", [("AGREE", "G7", None)]),
    # a bloc suspending a country, or its membership, cuts relations with it
    ("ECOWAS suspended Guinea from the bloc on Monday.", [("SANCTION", "ECOWAS", "GIN")]),
    ("The African Union suspended Mali's membership.", [("SANCTION", "African Union", "MLI")]),
    ("Russia suspended its participation in the treaty.", [("SANCTION", "RUS", None)]),
    # a movement the tagger takes for a nationality word is a named side; an ethnic word names none
    ("Houthi rebels fired missiles at a tanker in the Red Sea.", [("ASSAULT", "Houthi", None)]),
    ("Houthis attacked a cargo ship on Tuesday.", [("ASSAULT", "Houthis", None)]),
    ("Kurdish militants attacked a Turkish base.", [("ASSAULT", None, "TUR")]),
    # an unnamed bomber is an unnamed armed group
    ("A suicide bomber killed 12 people at a market in Kabul on Friday.", [("ASSAULT", None, "AFG")]),
    # business between private parties is no event, even when no company detector named them
    ("Norwell Devices agreed to buy Brightline Labs for $1.1 billion.", []),
    ("Kestrel Foods signed a supply deal with Marlow Farms on Monday.", []),
    ("Poland agreed to buy 32 fighter jets from the United States.", [("AGREE", "POL", None)]),
    ("Hamas agreed to a ceasefire with Israel.", [("AGREE", "Hamas", "ISR")]),
    # each name of a coordinated by-phrase is an actor, as coordinated subjects are
    ("The move was condemned by Germany and France.", [("ACCUSE", "DEU", None), ("ACCUSE", "FRA", None)]),
    ("The verdict was welcomed by Britain, Canada and Japan.",
     [("SUPPORT", "GBR", None), ("SUPPORT", "CAN", None), ("SUPPORT", "JPN", None)]),
    # crowds named by who they are; blocking roads is a protest, blocking a resolution a rejection
    ("DHAKA, Bangladesh (AP) — Opposition supporters took to the streets on Friday.", [("PROTEST", None, None)]),
    ("NAIROBI, Kenya (AP) — Students blocked roads in the capital on Monday.", [("PROTEST", None, None)]),
    ("Russia blocked the resolution at the Security Council.", [("REJECT", "RUS", None)]),
    # recognising a government, a state or its independence is diplomatic recognition of it
    ("The United States recognised the new government in Dhaka.", [("SUPPORT", "USA", "BGD")]),
    ("Britain recognized Kosovo's independence in 2008.", [("SUPPORT", "GBR", "XKX")]),
    ("We recognize the importance of this partnership.", []),
    # an opposition is an unnamed crowd when it boycotts or marches
    ("HARARE, Zimbabwe (AP) — The opposition boycotted the vote on Monday.", [("PROTEST", None, None)]),
    # what one has yet to do is not done
    ("India has yet to condemn the invasion.", []),
    ("Ghana is yet to sign the agreement with Togo.", []),
    # an attack word that classifies a unit or weapon reports no attack; sending the formation is a
    # deployment (round 60: the formation's head names the force)
    ("The Pentagon said it was sending a second aircraft carrier strike group to the Middle East.", [("MOBILIZE", "USA", None)]),
    ("Israel carried out air strikes on Gaza.", [("ASSAULT", "ISR", "PSE")]),
    # relations two parties hold with each other: one act between the two
    ("Ethiopia and Eritrea restored diplomatic relations.", [("SUPPORT", "ETH", "ERI")]),
    ("Niger and Mali cut ties with Ukraine.", [("SANCTION", "NER", "UKR"), ("SANCTION", "MLI", "UKR")]),
    # placing someone under arrest, taking him into custody: he is the one coerced
    ("Tunisian police placed opposition leader Rached Amari under house arrest.",
     [("COERCE", "TUN", "Rached Amari")]),
    ("Kenyan police took the activist Mary Wambui into custody.", [("COERCE", "KEN", "Mary Wambui")]),
    # an envoy summoned in the agentless passive: by the government whose ministry it was
    ("The Russian ambassador was summoned to the foreign ministry in Warsaw.", [("ACCUSE", "POL", "RUS")]),
    ("WARSAW (Reuters) - The Russian ambassador was summoned to the foreign ministry on Tuesday.",
     [("ACCUSE", "POL", "RUS")]),
    # an attack that, as a subject, killed or hit someone names its target in the verb's object
    ("An Israeli air strike killed a Hezbollah commander in southern Lebanon on Tuesday.",
     [("ASSAULT", "ISR", "Hezbollah")]),
    ("A Russian missile strike hit a Ukrainian army base.", [("ASSAULT", "RUS", "UKR")]),
    # fighting for an aim, the to-infinitive hung on "keep", is striving, not force
    ("Senator Ana Ruiz and I have kept fighting to make sure all families can afford care.", []),
    ("Ukrainian troops fought Russian forces near Bakhmut.", [("ASSAULT", "UKR", "RUS")]),
    # tear gas fired to disperse a crowd, with no one named, is repression
    ("NAIROBI (AP) — Police fired tear gas and water cannon to disperse the protesters on Thursday.",
     [("COERCE", "KEN", None)]),
    # a warning of one's own act of force is a threat; a warning about the economy is none
    ("Iran warned that it would retaliate.", [("THREATEN", "IRN", None)]),
    ("Moscow warned it would expel diplomats.", [("THREATEN", "RUS", None)]),
    ("The IMF warned that growth would slow.", []),
    # an attack only feared, expected or supposed is no attack reported
    ("Iran would respond to any Israeli attack.", []),
    ("Kyiv fears a new Russian offensive in the spring.", []),
    ("Russia launched a new offensive in the Kharkiv region.", [("ASSAULT", "RUS", None)]),
    ("NAIROBI (AP) — Thousands of protesters marched through central Nairobi on Thursday to denounce a tax "
     "increase, and police fired tear gas and water cannon to disperse them.",
     [("PROTEST", None, None), ("COERCE", "KEN", None)]),
    # forces ordered somewhere are deployed
    ("President Ana Lopes ordered troops to the border with Colombia.", [("MOBILIZE", "Ana Lopes", None)]),
    ("The judge ordered the officers to testify.", []),
    # an extradition is cooperation with the state the person is handed to
    ("Colombia extradited the drug lord Carlos Mena to the United States.", [("COOPERATE", "COL", "USA")]),
    # "its" in a reported attack is the reporter's
    ("The Philippines said Chinese vessels had rammed its boat.", [("ASSAULT", "CHN", "PHL")]),
    ("Russia said Ukraine had shelled its own city.", [("ASSAULT", "UKR", None)]),
    # flying to a capital is a visit, as travelling there is; being somewhere for talks is the talks
    ("French President Emmanuel Macron flew to Beijing to meet Chinese President Xi Jinping.",
     [("CONSULT", "Emmanuel Macron", "CHN")]),
    ("Russian jets flew over the Baltic Sea.", []),
    ("Secretary of State Antony Blinken is in Cairo for talks on a ceasefire.", [("CONSULT", "Antony Blinken", None)]),
    # a people named by its plural demonym, protesting, is a crowd of that country
    ("Thousands of Israelis protested in Tel Aviv on Saturday.", [("PROTEST", None, None)]),
    # releasing funds gives them; releasing prisoners yields; releasing a report is no event
    ("The United Nations said it had released $5 million from its emergency fund.",
     [("AID", "United Nations", None)]),
    ("Colombia released two hostages on Sunday.", [("CONCEDE", "COL", None)]),
    ("Norway released a report on fisheries on Monday.", []),
    # appealing a court's decision asks a court to review it; appealing to a party is a request
    ("The Department of Justice is appealing the judge's decision.", []),
    ("Kenya appealed to Uganda for calm.", [("REQUEST", "KEN", "UGA")]),
    # arriving on a visit is the visit
    ("German Chancellor Karl Weber arrived in Kyiv on Monday on an unannounced visit.",
     [("CONSULT", "Karl Weber", "UKR")]),
    # an attack named as the danger something protects from is no attack reported
    ("The new systems will protect Ukrainian cities from Russian missile attacks.", []),
    ("Israel said the barrier shields its citizens from Hamas attacks.", []),
    ("Russian missile attacks killed ten people in Kharkiv on Monday.", [("ASSAULT", "RUS", None)]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:48] for c in CASES])
def test_wire_constructions(event_inputs, text, expected):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    shown = [(e.type, e.actor_name, e.actor_country, e.recipient_name, e.recipient_country) for e in events]
    assert len(events) == len(expected), shown
    left = list(events)
    for typ, actor, recipient in expected:
        hit = next((e for e in left if e.type == typ and _side(e.actor_name, e.actor_country, actor)
                    and _side(e.recipient_name, e.recipient_country, recipient)), None)
        assert hit is not None, ((typ, actor, recipient), shown)
        left.remove(hit)


HEADLINED = [
    # an unnamed group opening a story's first sentence, tagged a name there, is still unnamed
    ("Gunmen kill 12 in Nigeria village raid", "ABUJA", "ABUJA (AFP) - Gunmen killed at least 12 people in a raid on a "
     "village in Nigeria's Zamfara state, police said on Sunday.", [("ASSAULT", None, None)]),
    # a reaction to a harm the lead reported, paragraphs later, answers its author
    ("Missiles hit Ukrainian power plants", "KYIV", "KYIV, March 4 (Reuters) - Russian forces launched a barrage "
     "of missiles at Ukraine's power plants overnight, officials said on Tuesday.\n\nRegional governor Oleh "
     "Marchenko said two power stations had been damaged.\n\nUkraine's air force said it had shot down 31 "
     "drones.\n\nThe mayor said schools would stay closed.\n\nForeign Minister Andriy Kovalenko condemned "
     "the strikes.",
     [("ASSAULT", "Russian", "Ukraine"), ("ASSAULT", "Ukraine", None), ("ACCUSE", "Andriy Kovalenko", "Russian")]),
    # nature is no actor
    ("Floods kill dozens in Pakistan", "KARACHI", "KARACHI, Pakistan (AP) — Monsoon floods have killed at least 37 people "
     "in Pakistan's Sindh province, officials said Thursday.", []),
]


@pytest.mark.model
@pytest.mark.parametrize("title, dateline, body, expected", HEADLINED, ids=[c[0] for c in HEADLINED])
def test_headlined_story(event_inputs, title, dateline, body, expected):
    doc, ents, roles, dates = event_inputs(f"{title}\n\n{body}", title=title, dateline=dateline)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    shown = [(e.type, e.actor_name, e.actor_country, e.recipient_name, e.recipient_country) for e in events]
    assert [(e.type, e.actor_name, e.recipient_name) for e in events] == expected, shown


@pytest.mark.model
@pytest.mark.parametrize("text, where", [
    ("Thousands of protesters marched through central Nairobi on Thursday.", "KEN"),
    ("Russian and Ukrainian troops clashed near Bakhmut on Monday.", "UKR"),
])
def test_where_a_march_or_clash_happens(event_inputs, text, where):
    doc, ents, roles, dates = event_inputs(text)
    events = extract_events(doc, entities=ents, roles=roles, dates=dates)
    assert [e.location for e in events] == [where], [(e.type, e.location) for e in events]
