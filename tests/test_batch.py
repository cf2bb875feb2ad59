"""pipeline.batch: pipe() over texts and (text, meta) pairs, extract_frame() over a DataFrame column."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.batch import extract_frame, pipe
from pipeline.errors import ColumnError, IngestError


def test_extract_frame_names_a_missing_column_before_any_work():
    df = pd.DataFrame({"body": ["x"], "when": ["2024-01-01"]})
    with pytest.raises(ColumnError) as ei:
        extract_frame(df, text="content")
    assert "'content'" in str(ei.value) and "body, when" in str(ei.value)


def test_pipe_refuses_unknown_metadata_and_empty_text():
    with pytest.raises(IngestError, match="unknown metadata"):
        next(pipe([("Text.", {"headline": "H"})]))
    with pytest.raises(IngestError, match="non-empty"):
        next(pipe(["  "]))


@pytest.mark.model
def test_pipe_yields_results_in_order_with_the_title_rule(nlp):  # noqa: ARG001 - shares the loaded model
    texts = [
        "NATO defence ministers met in Brussels on Tuesday.",
        ("Japan sent 300 troops to Okinawa.", {"id": "j1", "title": "Troops for Okinawa", "published": "2024-03-01"}),
        "Britain Sends Troops\n\nLONDON — Britain sent 500 troops to Estonia.",
    ]
    results = list(pipe(texts, batch_size=2))
    assert [r.article.id for r in results][1] == "j1"
    plain, pair, headed = results
    assert plain.text == texts[0] and plain.article.title is None
    assert pair.text == "Troops for Okinawa\n\nJapan sent 300 troops to Okinawa."
    assert (pair.article.title, pair.article.published) == ("Troops for Okinawa", "2024-03-01")
    assert (headed.article.title, headed.article.dateline, headed.text) == ("Britain Sends Troops", "LONDON", texts[2])
    assert any(q.value == 300 for q in pair.quantities) and any(q.value == 500 for q in headed.quantities)


@pytest.mark.model
def test_extract_frame_keys_rows_by_index_and_skips_blank_texts(nlp):  # noqa: ARG001
    df = pd.DataFrame({"body": ["Germany sent 20 tanks to Lithuania, the defence minister said.", None,
                                "Spain sent two frigates to the Red Sea."],
                       "when": pd.to_datetime(["2024-05-01", None, "2024-06-01"])}, index=[10, 11, 12])
    frames = extract_frame(df, text="body", published="when")
    articles = frames["articles"]
    assert list(articles["article_id"]) == ["10", "12"]
    assert [str(d)[:10] for d in articles["published"]] == ["2024-05-01", "2024-06-01"]
    assert set(frames["quantities"]["article_id"]) == {"10", "12"}
