"""One person within and across articles: grouping, canonical names, person_key (issue #11 item 4,
issue #15 item 1)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.entities import EntityIndex, person_key
from pipeline.entities.persons import group_persons
from pipeline.records import Entity, Span

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("names, key", [
    (["Joseph R. Biden Jr.", "Joe Biden", "JOSEPH R. BIDEN JR.", "Joseph Biden"], "biden|joseph"),
    (["Bill Clinton", "William J. Clinton", "William Jefferson Clinton"], "clinton|william"),
    (["Ursula von der Leyen"], "von der leyen|ursula"),
    (["LeBron James", "Lebron James"], "james|lebron"),
    (["Emmanuel Macron", "Emmanuel Macron's"[:-2]], "macron|emmanuel"),
    (["Volodymyr Zelenskyy"], "zelenskyy|volodymyr"),
    (["Biden"], "biden|"),
])
def test_person_key_is_shared_by_name_variants(names, key):
    assert {person_key(n) for n in names} == {key}


@pytest.mark.parametrize("a, b", [
    ("Joe Biden", "Jill Biden"),
    ("Hillary Clinton", "Bill Clinton"),
    ("Kim Jong Un", "Kim Yo Jong"),
])
def test_person_key_keeps_different_people_apart(a, b):
    assert person_key(a) != person_key(b)


def _span(text, start):
    return Span(start=start, end=start + len(text), text=text)


def test_grouping_tie_goes_to_the_first_written_spelling():
    persons = [("Lebron James", _span("Lebron James", 0), 0), ("LeBron James", _span("LeBron James", 40), 1),
               ("James", _span("James", 80), 2)]
    groups = group_persons(persons)
    assert [(g.name, len(g.mentions)) for g in groups] == [("Lebron James", 3)]
    groups = group_persons([persons[1], persons[0], persons[2]])
    assert [g.name for g in groups] == ["LeBron James"]


def test_family_name_shared_by_two_people_joins_the_first_named():
    # as with a shared surname written last ("Quintero"): news names its subject first
    persons = [("Kim Jong Un", _span("Kim Jong Un", 0), 0), ("Kim Yo Jong", _span("Kim Yo Jong", 20), 1),
               ("Kim", _span("Kim", 40), 2)]
    assert sorted((g.name, len(g.mentions)) for g in group_persons(persons)) == [("Kim Jong Un", 2), ("Kim Yo Jong", 1)]


def test_name_word_in_different_places_stays_apart():
    # "Kim" written first in one name and last in the other: no rule decides
    persons = [("Kim Jong Un", _span("Kim Jong Un", 0), 0), ("Andrew Kim", _span("Andrew Kim", 20), 1),
               ("Kim", _span("Kim", 40), 2)]
    assert sorted(g.name for g in group_persons(persons)) == ["Andrew Kim", "Kim", "Kim Jong Un"]


def test_person_named_uses_the_name_index():
    ents = [Entity(id=f"E{i}", label="PERSON", name=n, country=None, mentions=(_span(n, i * 30),))
            for i, n in enumerate(["Pete Hegseth", "Kim Jong Un", "Kim Yo Jong", "Joseph R. Biden Jr."], 1)]
    index = EntityIndex.build(ents)
    assert index.person_named("Hegseth").name == "Pete Hegseth"
    assert index.person_named("Joe Biden").name == "Joseph R. Biden Jr."
    assert index.person_named("Kim") is None  # two Kims
    assert index.person_named("Yo Jong").name == "Kim Yo Jong"
    assert index.person_named("Blinken") is None
    assert index.by_id("E2").name == "Kim Jong Un"


_RUN = """
import json, sys
from dataclasses import asdict
from pipeline import nlp as N
from pipeline.entities import extract_entities
from pipeline.records import Article
nlp = N.load()
doc = N.process(nlp, Article(id="t", text=sys.stdin.read()))
print(json.dumps([asdict(e) for e in extract_entities(doc)]))
"""
# Three pairs of spellings that tie (same words, same length): each pair alone would pick the
# same spelling under two seeds half the time; together the test misses a hash-order bug with
# three seeds about once in 64 runs.
_TEXT = ("Lebron James scored 30 points on Tuesday. LeBron James then told reporters the team was tired. "
         "Senator Mitch Mcconnell spoke next, and Mitch McConnell later voted. Governor Ron Desantis "
         "answered, then Ron DeSantis left. Later, Mr. James said Paris Hilton and Paris, Texas, had "
         "nothing in common. Kim Jong Un and Kim Yo Jong watched; Kim said nothing.")


@pytest.mark.model
def test_records_do_not_depend_on_the_hash_seed():
    procs = [subprocess.Popen([sys.executable, "-c", _RUN], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=ROOT,
                              env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)})
             for seed in ("0", "1", "2")]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(_TEXT, timeout=300)
        assert proc.returncode == 0, err
        outputs.append(out)
    assert outputs[0] == outputs[1] == outputs[2]
    names = {e["name"] for e in json.loads(outputs[0]) if e["label"] == "PERSON"}
    assert {"Lebron James", "Mitch Mcconnell", "Ron Desantis"} <= names, names  # first written wins
