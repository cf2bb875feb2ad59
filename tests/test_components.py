"""The stages as spaCy components: by name in a pipeline of one's own, across processes."""

from __future__ import annotations

import pickle
from array import array
from decimal import Decimal

import pytest

from pipeline import records as R
from pipeline.extensions import _decode, _encode, register

SPAN = R.Span(start=0, end=5, text="Seoul")


@pytest.mark.parametrize("value", [
    SPAN,
    R.Entity(id="E1", label="GPE", name="Seoul", country="KOR", mentions=(SPAN, SPAN),
             geo=R.Geo(geonames_id=1835848, name="Seoul", lat=37.566, lon=126.9784, admin1="11", country="KOR")),
    R.Role(id="R1", person="E2", person_name="Rustem Umerov", title="Defence Minister", role="defence_minister",
           country="UKR", organization=None, evidence=SPAN, status="current", country_source="title"),
    R.Quantity(id="Q1", text="$3bn to $5bn", value=3_000_000_000, approximate=False, qualifier=None, unit="dollar",
               category="money", currency="USD", owner=R.Ref(entity=None, country="USA"), location=None,
               evidence=SPAN, high=Decimal("5000000000"), per=None, change="increase"),
    R.Force(id="F1", owner="USA", size=28500, approximate=True, unit="troop", location="KOR", status="stationed",
            quantities=("Q1", "Q2")),
    array("l", [0, 1, 2, 5]),
])
def test_msgpack_codec_round_trips_records(value):
    import srsly

    register()
    assert srsly.msgpack_loads(srsly.msgpack_dumps({"x": value}))["x"] == value
    assert _decode(_encode(value)) == value


def test_unknown_objects_are_passed_on():
    with pytest.raises(TypeError):
        import srsly

        register()
        srsly.msgpack_dumps({"x": object()})


@pytest.mark.model
def test_components_added_by_name_to_a_plain_spacy_pipeline():
    import spacy

    import pipeline  # noqa: F401 - registers the factories
    from pipeline.components import STAGES
    from pipeline.nlp import model_name

    nlp = spacy.load(model_name())
    nlp.add_pipe("newsie_sentence_breaks", before="parser")
    nlp.add_pipe("newsie_gazetteer", before="ner")
    for name in STAGES:
        nlp.add_pipe(name)
    doc = nlp("WARSAW — Polish Defence Minister Wladyslaw Kosiniak-Kamysz said on Tuesday that 10,000 US troops "
              "stationed in the country would stay.")
    assert any(r.person_name == "Wladyslaw Kosiniak-Kamysz" and r.country == "POL" for r in doc._.newsie_roles)
    assert any(q.value == 10000 for q in doc._.newsie_quantities)
    assert any(f.owner == "USA" and f.size == 10000 for f in doc._.newsie_forces)
    assert doc._.newsie_dates
    ent_names = {e.name for e in doc._.newsie_entities}
    assert "Wladyslaw Kosiniak-Kamysz" in ent_names


@pytest.mark.model
def test_spans_config_fills_doc_spans():
    import pipeline

    from pipeline.nlp import make_doc

    nlp = pipeline.load()

    doc = make_doc(nlp, R.Article(id="a", text="Britain sent 500 troops to Estonia on 3 March 2024."))
    for name, proc in nlp.pipeline:
        if name == "newsie_quantities":
            proc.spans = True
            try:
                doc = nlp(doc)
            finally:
                proc.spans = False
    assert [s.text for s in doc.spans["newsie_quantities"]] == ["500"]


@pytest.mark.model
def test_pipe_across_two_processes_keeps_typed_results():
    import pipeline
    from pipeline.nlp import pipe

    nlp = pipeline.load()
    arts = [R.Article(id=f"a{i}", text=t, published="2024-03-04") for i, t in enumerate([
        "WARSAW — Poland's Defence Minister said on Monday that 3,000 more soldiers would deploy to the border.",
        "Japan's Prime Minister Fumio Kishida met President Joe Biden in Washington last week.",
        "The ministry said the programme will cost $800m over five years.",
    ])]
    one = [(a.id, d._.newsie_roles, d._.newsie_quantities, d._.newsie_dates, d._.newsie_entities)
           for a, d in pipe(nlp, arts, batch_size=2)]
    two = [(a.id, d._.newsie_roles, d._.newsie_quantities, d._.newsie_dates, d._.newsie_entities)
           for a, d in pipe(nlp, arts, batch_size=2, n_process=2)]
    assert one == two
    assert any(isinstance(r, R.Role) for _, roles, *_ in two for r in roles)


@pytest.mark.model
def test_doc_pickles_with_its_results():
    import pipeline
    from pipeline.nlp import process

    nlp = pipeline.load()
    doc = process(nlp, R.Article(id="a", text="Chancellor Olaf Scholz visited Kyiv on Monday."))
    back = pickle.loads(pickle.dumps(doc))
    assert back._.newsie_entities == doc._.newsie_entities
    assert back._.newsie_article == doc._.newsie_article
