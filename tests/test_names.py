"""pipeline.names: given names and nicknames from the generated data file (scripts/build_names.py)."""

import json
from importlib import resources

import pytest

from pipeline.names import first_names_match, formal_first_name, formal_names, is_given_name, name_key


@pytest.mark.parametrize("word, given", [
    ("Casey", True), ("jordan", True), ("EMMANUEL", True), ("Jen", True),  # census list; a nickname
    ("Privacy", False), ("Computer", False), ("Loopholes", False),
])
def test_is_given_name(word, given):
    assert is_given_name(word) is given


@pytest.mark.parametrize("a, b, match", [
    ("Jen", "Jennifer", True),  # from the generated nickname table
    ("Peggy", "Margaret", True),
    ("Joe", "Joseph", True),  # hand-kept
    ("Kate", "Katelyn", False),  # a hand-kept nickname keeps its own formal names
    ("Jennifer", "Margaret", False),
    ("Catherine", "Kathryn", False),  # two formal names never match
])
def test_first_names_match_uses_the_generated_table(a, b, match):
    assert first_names_match(a, b) is match


def test_formal_names_and_keys():
    assert "jennifer" in formal_names("Jen")
    assert formal_names("Computer") == frozenset()
    # keys are unchanged by the generated table: only the hand-kept one-form nicknames are normalised
    assert name_key("Joe Biden") == name_key("Joseph Biden")


def test_data_file_says_where_it_comes_from():
    data = json.loads(resources.files("pipeline.data").joinpath("names.json").read_text("utf-8"))
    assert set(data["_sources"]) == {"given_names", "nicknames"}
    assert len(data["given_names"]) > 5000 and all(k == k.lower() for k in data["given_names"])
    assert all(len(nick) < len(formal) for nick, forms in data["nicknames"].items() for formal in forms)


@pytest.mark.parametrize("first, formal", [
    ("Joe", "joseph"),  # hand-kept
    ("Jen", "jennifer"),  # a clipped form of one formal name of the generated table
    ("Josh", "joshua"),
    ("Justin", "justin"),  # a given name far commoner than "Justina" is no clipping of it
    ("Christian", "christian"),
    ("Micah", "micah"),  # listed for "michael" but not a clipped form of it: kept as written
    ("Kate", "kate"),  # several formal names: kept as written
    ("Al", "al"),
])
def test_formal_first_name(first, formal):
    assert formal_first_name(first) == formal


@pytest.mark.parametrize("name", ["Joe Biden", "Jane “Sky” Doe", "Mohammed al-Sudani", "John Smith Jr.", "Kate O’Brien", ""])
def test_name_key_remembered_is_the_computed_key(name):
    # remembered per name: a second call gives the same key as computing it afresh
    assert name_key(name) == name_key.__wrapped__(name)
    assert name_key(name) is name_key(name)


@pytest.mark.parametrize("a, b, same", [
    ("J.D. Vance", "JD Vance", True),  # dotted initials are one word written either way
    ("A.J. Foyt", "AJ Foyt", True),
    ("J. D. Vance", "Vance", True),  # single initials carry no key
    ("J.D. Vance", "J.R. Vance", False),
    ("Joseph R. Biden Jr.", "Joseph Biden", True),  # a suffix is no run of initials
])
def test_dotted_initials_key_as_one_word(a, b, same):
    assert (name_key(a) == name_key(b)) is same
