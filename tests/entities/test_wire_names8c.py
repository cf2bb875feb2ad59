"""Persons, companies and acronyms of the eighth round's short stress tests (wire stories): a
descriptive noun glued before a name, a one-word company or club tagged as a person, an acronym
the text defines but the model did not tag. The texts are invented."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _labelled(doc, label: str) -> list[str]:
    return sorted(e.name for e in doc._.newsie_entities if e.label == label)


@pytest.mark.parametrize("text, name", [
    ("Defender Tomas Velarde headed in the winner as Uruguay beat Peru 1-0.", "Tomas Velarde"),
    ("Goalkeeper Daniel Okafor saved two penalties in the shootout.", "Daniel Okafor"),
    ("Cabinet Member Miriam Adler quit the government on Sunday, aides said.", "Miriam Adler"),
    ("Constable Gareth Lloyd told the jury he saw the car speed away.", "Gareth Lloyd"),
    ("Novelist Helen Marsh will chair the prize jury this year.", "Helen Marsh"),
])
def test_descriptive_noun_before_a_name(make_doc, text, name):
    assert name in _labelled(make_doc(text), "PERSON")


@pytest.mark.parametrize("text, firm", [
    ("The sanctions also hit the lender Volgaprombank, which holds most of the pipeline's accounts.",
     "Volgaprombank"),
    ("Striker Paulo Reis will join the club Alvorada next season.", "Alvorada"),
    ("Trading in Norvexa was halted after shares of Norvexa fell 20% in an hour.", "Norvexa"),
    ("Kestralis said it would appeal the ruling to the supreme court.", "Kestralis"),
])
def test_one_word_company_is_no_person(make_doc, text, firm):
    doc = make_doc(text)
    assert firm not in _labelled(doc, "PERSON")


@pytest.mark.parametrize("text, long_form, acronym", [
    ("The Southern African Development Community (SADC) met in Harare. SADC leaders backed the plan.",
     "Southern African Development Community", "SADC"),
    ("Ministers of the Economic Community of Central African States (ECCAS) met on Monday, and ECCAS "
     "said it would send observers.", "Economic Community of Central African States", "ECCAS"),
])
def test_acronym_defined_in_the_text(make_doc, text, long_form, acronym):
    doc = make_doc(text)
    ent = next(e for e in doc._.newsie_entities if e.name == long_form)
    assert acronym in {m.text for m in ent.mentions}
    assert not any(e.name.endswith(f"({acronym}") for e in doc._.newsie_entities)


def test_a_given_name_after_a_business_noun_stays_a_person(make_doc):
    # "investor" names a person's trade too
    doc = make_doc("The investor Warren Pell said he would sell. Pell said it was time.")
    assert "Warren Pell" in _labelled(doc, "PERSON")


@pytest.mark.parametrize("text, name", [
    ("Guests included The Honorable Rosa Delgado, Mayor of Fresno, and The Honorable Marcus Webb.", "Marcus Webb"),
    ("Councilmember Rosa Delgado introduced the measure on Tuesday.", "Rosa Delgado"),
    ("The award went to Petty Officer Second Class Dana Kirk for the rescue.", "Dana Kirk"),
    ("Special Master Katherine Lund will hear the dispute. Master Lund set a date.", "Katherine Lund"),
])
def test_styles_and_titles_before_a_name(make_doc, text, name):
    assert name in _labelled(make_doc(text), "PERSON")


@pytest.mark.parametrize("text, absent, present", [
    ("Attendees included two ministers and the mayor of Zaria.", "Attendees", None),
    ("Suspected Islamist fighters ambushed a convoy near Gao on Friday.", "Suspected Islamist", "Islamist"),
    ("Reuters reported the ambush first.", None, "Reuters"),
])
def test_sentence_initial_common_words(make_doc, text, absent, present):
    names = {e.name for e in make_doc(text)._.newsie_entities}
    assert absent is None or absent not in names, names
    assert present is None or present in names, names

