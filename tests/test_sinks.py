"""Tests for pipeline.sinks: Parquet, SQLite and PostgreSQL loads, idempotency, read-back.

PostgreSQL tests start a throwaway server (tests/pgserver.py). They skip, with the reason, when
no server can be started here, unless env CI is set: then they fail.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import sqlalchemy as sa

import pgserver
from pipeline import frames as F
from pipeline import sinks as S
from pipeline import tables as T
from pipeline.errors import ConfigError
from test_tables import SEOUL, VALIDATOR, make_record, quantity, sample_records

DOCS_SQL = Path(__file__).resolve().parents[1] / "docs" / "sql.md"


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def pg_server() -> Iterator[str]:
    try:
        with pgserver.postgres_server() as url:
            yield url
    except pgserver.PostgresUnavailable as exc:
        if pgserver.ci():
            pytest.fail(f"CI is set and no PostgreSQL server could be started: {exc}")
        pytest.skip(f"no PostgreSQL server could be started (install one with scripts/ensure_postgres.sh): {exc}")


@pytest.fixture
def pg_url(pg_server: str) -> str:
    """The test server's URL, with the pipeline's tables dropped before each test."""
    engine = S.create_engine(pg_server)
    S.METADATA.drop_all(engine)
    engine.dispose()
    return pg_server


class Store:
    """One kind of sink under test: how to open it and where to read it back."""

    def __init__(self, kind: str, open_: Callable[[], Any], target: str) -> None:
        self.kind, self.open, self.target = kind, open_, target

    def load(self, *batches: list[dict], keys: Callable[[dict], str] | None = None) -> None:
        sink = self.open()
        try:
            for batch in batches:
                sink.write_batch(batch, None if keys is None else [keys(r) for r in batch])
        finally:
            sink.close()

    def prune(self, keep: list[str]) -> int:
        sink = self.open()
        try:
            return sink.prune(keep)
        finally:
            sink.close()

    def read(self) -> dict[str, pd.DataFrame]:
        return S.read_tables(self.target)


@pytest.fixture(params=["parquet", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request, tmp_path) -> Store:
    return _store(request, tmp_path)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def sql_store(request, tmp_path) -> Store:
    return _store(request, tmp_path)


def expected(records: list[dict]) -> dict[str, pd.DataFrame]:
    return F.to_frames(records)


def assert_frames_equal(got: dict[str, pd.DataFrame], want: dict[str, pd.DataFrame]) -> None:
    assert list(got) == list(want)
    for name in want:
        pd.testing.assert_frame_equal(got[name], want[name], check_exact=True, obj=name)


def counts(frames: dict[str, pd.DataFrame]) -> dict[str, int]:
    return {name: len(f) for name, f in frames.items()}


def updated_seoul() -> dict:
    """The Seoul article reprocessed: new title, fewer quantities and forces."""
    rec = copy.deepcopy(sample_records()[0])
    rec["article"]["title"] = "US keeps 28,500 troops in South Korea"
    rec["quantities"] = rec["quantities"][:1]
    rec["forces"] = rec["forces"][:1]
    rec["quotes"] = []
    VALIDATOR.validate(rec)
    return rec


# --------------------------------------------------------------------------- round trips


def test_round_trip(store):
    records = sample_records()
    store.load(records[:2], records[2:])
    assert_frames_equal(store.read(), expected(records))


def test_loading_twice_changes_nothing(store):
    records = sample_records()
    store.load(records[:2], records[2:])
    first = store.read()
    # The same corpus again, batched differently.
    store.load(records, *([r] for r in reversed(records)))
    again = store.read()
    assert counts(again) == counts(first)
    assert_frames_equal(again, expected(records))


def test_reprocessed_article_replaces_its_rows(store):
    records = sample_records()
    store.load(records[:2], records[2:])
    new = updated_seoul()
    # Reloaded together with an article it was not batched with before.
    store.load([records[3], new])
    want = expected([new, *records[1:]])
    got = store.read()
    assert_frames_equal(got, want)
    assert (got["quantities"]["article_id"] == new["article"]["id"]).sum() == 1
    assert got["articles"].set_index("article_id").loc[new["article"]["id"], "title"] == new["article"]["title"]


def test_duplicate_article_in_one_batch_last_wins(store):
    records = sample_records()
    store.load([records[0], records[1], updated_seoul()])
    assert_frames_equal(store.read(), expected([updated_seoul(), records[1]]))


def test_hostile_strings_are_data(store):
    """Quotes, semicolons and SQL in values are stored as written (parameterised SQL only)."""
    text = "O'Brien said \"no\"; DROP TABLE articles; -- tab\there, backslash \\N and \u00e9\u4e2d."
    rec = make_record("it's; DROP TABLE articles;--", text, title="Robert'); DROP TABLE quotes;--",
                      published="2024-02-29", source="a\\b\nc",
                      quantities=[quantity("Q1", text, "DROP", 1, unit="drop", category="count")])
    VALIDATOR.validate(rec)
    store.load([rec])
    store.load([rec])
    assert_frames_equal(store.read(), expected([rec]))


def test_empty_store_reads_empty_frames(store):
    store.load([])
    frames = store.read()
    assert all(f.empty for f in frames.values())
    assert_frames_equal(frames, expected([]))


@pytest.fixture(params=["jsonl", "parquet", "sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request, tmp_path) -> Store:
    """Every place read_tables reads, JSONL (a records.jsonl file the run writes) included."""
    if request.param != "jsonl":
        return _store(request, tmp_path)
    path = tmp_path / "records.jsonl"

    class _Jsonl:
        def write_batch(self, records, keys=None):
            with path.open("a", encoding="utf-8") as fh:
                fh.writelines(json.dumps(r, default=str) + "\n" for r in records)

        def close(self):
            pass

    return Store("jsonl", _Jsonl, str(path))


def _store(request, tmp_path) -> Store:
    if request.param == "parquet":
        return Store("parquet", lambda: S.ParquetSink(tmp_path / "parquet"), str(tmp_path / "parquet"))
    if request.param == "sqlite":
        path = tmp_path / "news.sqlite"
        return Store("sqlite", lambda: S.SqlSink(path), str(path))
    url = request.getfixturevalue("pg_url")
    return Store("postgres", lambda: S.SqlSink(url), url)


def test_read_tables_gives_exactly_the_frames_of_to_frames(any_store):
    """Table by table: same columns, dtypes (categories included) and values as to_frames."""
    records = sample_records()
    any_store.load(records[:2], records[2:])
    got, want = any_store.read(), F.to_frames(records)
    assert list(got) == list(T.TABLE_NAMES)
    for name in T.TABLE_NAMES:
        assert dict(got[name].dtypes) == dict(want[name].dtypes), name
        for col in got[name].columns:
            if str(want[name][col].dtype) == "category":
                assert list(got[name][col].cat.categories) == list(want[name][col].cat.categories), (name, col)
        pd.testing.assert_frame_equal(got[name], want[name], check_exact=True, obj=name)
    assert got["events"]["type"].tolist().count("CONSULT") == 2
    assert got["articles"].set_index("article_id").loc["kr-2025-11-04-hegseth", "published"] == pd.Timestamp(
        "2025-11-04")


def test_frames_read_from_different_stores_concatenate(tmp_path):
    """One run in SQLite, another in Parquet: concatenated frames keep every dtype."""
    records = sample_records()
    S.SqlSink(tmp_path / "a.sqlite").write_batch(records[:1])
    with S.ParquetSink(tmp_path / "b") as sink:
        sink.write_batch(records[1:])
    first, second = S.read_tables(tmp_path / "a.sqlite"), S.read_tables(tmp_path / "b")
    want = F.to_frames(records)
    for name in T.TABLE_NAMES:
        joined = pd.concat([first[name], second[name]], ignore_index=True)
        assert dict(joined.dtypes) == dict(want[name].dtypes), name


def decimal_record() -> dict:
    """The Tokyo record with exact decimal values (int, Decimal) where floats were."""
    rec = copy.deepcopy(sample_records()[2])
    rec["quantities"][0]["value"] = Decimal("8700000000000")
    rec["quantities"][2]["value"] = Decimal("1.6")
    rec["quantities"][4]["value"] = 3_000_000_000
    rec["quantities"][4]["high"] = Decimal("5000000000.25")
    return rec


def test_decimal_and_int_values_are_accepted(store):
    rec = decimal_record()
    store.load([rec])
    got = store.read()
    assert_frames_equal(got, expected([rec]))
    assert got["quantities"].set_index("id").loc["Q5", "high"] == 5000000000.25


def test_integers_beyond_float_precision_are_accepted(store):
    """An int no float64 holds exactly ("20 quadrillion", found in the whole-corpus load) is stored,
    not refused: Parquet's float64 column gets the nearest float."""
    rec = copy.deepcopy(sample_records()[2])
    rec["quantities"][0]["value"] = 20_000_000_000_000_000
    rec["quantities"][4]["high"] = 2**63 + 1
    store.load([rec])
    got = store.read()["quantities"].set_index("id")
    assert float(got.loc[rec["quantities"][0]["id"], "value"]) == 2e16
    assert float(got.loc[rec["quantities"][4]["id"], "high"]) == float(2**63 + 1)


@pytest.mark.postgres
def test_postgres_types_are_exact(pg_url):
    """NUMERIC keeps a Decimal exactly, DATE / JSONB are real types, foreign keys are kept."""
    rec = decimal_record()
    with S.SqlSink(pg_url) as sink:
        sink.write_batch(sample_records()[:2] + [rec])
    engine = S.create_engine(pg_url)
    try:
        with engine.connect() as conn:
            types = dict(((t, c), d) for t, c, d in conn.execute(sa.text(
                "SELECT table_name, column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'public'")))
            high = conn.execute(sa.text("SELECT high FROM quantities WHERE id = 'Q5'")).scalar_one()
            ids = conn.execute(sa.text(
                "SELECT jsonb_array_elements_text(quantities) FROM forces WHERE article_id = 'kr-2025-11-04-hegseth' "
                "AND id = 'F1'")).scalars().all()
            fks = dict(conn.execute(sa.text(
                "SELECT table_name, count(*) FROM information_schema.table_constraints "
                "WHERE constraint_type = 'FOREIGN KEY' GROUP BY table_name")).all())
            months = conn.execute(sa.text(
                "SELECT date_trunc('month', published)::date FROM articles WHERE published IS NOT NULL ORDER BY 1")).scalars().all()
    finally:
        engine.dispose()
    assert types[("articles", "published")] == "date" and types[("dates", "date")] == "date"
    for col in (("quantities", "value"), ("quantities", "high"), ("forces", "size")):
        assert types[col] == "numeric", col
    assert types[("forces", "quantities")] == "jsonb"
    assert types[("entities", "lat")] == "double precision"
    assert high == Decimal("5000000000.25") and ids == ["Q1"]
    assert fks == {t: (2 if t == "mentions" else 1) for t in T.TABLE_NAMES if t != "articles"}
    assert [str(m) for m in months] == ["2025-06-01", "2025-11-01"]


# --------------------------------------------------------------------------- transactions


def test_failed_batch_rolls_back(sql_store):
    records = sample_records()
    sql_store.load(records[:2])
    before = sql_store.read()
    bad = copy.deepcopy(records[2])
    bad["quantities"][0]["category"] = None  # violates NOT NULL, after earlier rows were sent
    replaced = updated_seoul()
    sink = sql_store.open()
    try:
        with pytest.raises(S.SinkError, match="load into .* failed .*nothing of it was written"):
            sink.write_batch([replaced, records[3], bad])
    finally:
        sink.close()
    assert_frames_equal(sql_store.read(), before)


def test_sqlite_foreign_keys_enforced(tmp_path):
    sink = S.SqlSink(tmp_path / "news.sqlite")
    try:
        with sink.engine.begin() as conn, pytest.raises(sa.exc.IntegrityError):
            conn.execute(S.METADATA.tables["quotes"].insert(), [{
                "article_id": "nope", "id": "T1", "text": "x", "speaker": None, "speaker_name": None,
                "cue": None, "evidence_start": 0, "evidence_end": 1, "evidence_text": "x"}])
    finally:
        sink.close()


# --------------------------------------------------------------------------- parquet layout


def test_parquet_layout_and_cross_session_replacement(tmp_path):
    records = sample_records()
    root = tmp_path / "parquet"
    with S.ParquetSink(root) as sink:
        sink.write_batch(records[:2])
        sink.write_batch(records[2:])
        sink.write_batch(records[:2])  # same batch again: overwrites its own files
    for name in T.TABLE_NAMES:
        assert not list((root / name).glob(".*")), "temp files left behind"
    assert len(list((root / "articles").glob("part-*.parquet"))) == 2
    # A new session (new process) reprocesses Seoul alone: the sink must find its old file.
    with S.ParquetSink(root) as sink:
        sink.write_batch([updated_seoul()])
    assert len(list((root / "articles").glob("part-*.parquet"))) == 3
    assert_frames_equal(S.read_tables(tmp_path), expected([updated_seoul(), *records[1:]]))
    # Reprocessing every article of a file in other batches empties and deletes that file.
    files_before = {p.name for p in (root / "articles").glob("part-*.parquet")}
    with S.ParquetSink(root) as sink:
        sink.write_batch(records[2:3])
        sink.write_batch(records[3:4])
    files_after = {p.name for p in (root / "articles").glob("part-*.parquet")}
    assert len(files_before - files_after) == 1 and len(files_after - files_before) == 2
    for name in T.TABLE_NAMES:
        assert not (root / name / (files_before - files_after).pop()).exists()
    assert_frames_equal(S.read_tables(root), expected([updated_seoul(), *records[1:]]))


def test_parquet_is_readable_by_pandas_directly(tmp_path):
    records = sample_records()
    with S.ParquetSink(tmp_path / "parquet") as sink:
        sink.write_batch(records)
    frame = pd.read_parquet(tmp_path / "parquet" / "quantities")
    assert len(frame) == len(T.flatten(records)["quantities"])
    assert frame["value"].dtype == "float64"


# --------------------------------------------------------------------------- open_sinks


def test_open_sinks_several_at_once(tmp_path):
    sinks = S.open_sinks("jsonl, parquet,sqlite", out_dir=tmp_path, db_url=None)
    try:
        assert [type(s) for s in sinks] == [S.ParquetSink, S.SqlSink]
        assert all(isinstance(s, S.Sink) for s in sinks)
        records = sample_records()
        for s in sinks:
            s.write_batch(records)
    finally:
        for s in sinks:
            s.close()
    assert (tmp_path / "news.sqlite").is_file()
    assert_frames_equal(S.read_tables(tmp_path / "news.sqlite"), S.read_tables(tmp_path / "parquet"))
    assert not S.open_sinks(["jsonl"], out_dir=tmp_path, db_url=None)


def test_open_sinks_sqlite_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'other.sqlite'}"
    (sink,) = S.open_sinks(["sqlite"], out_dir=tmp_path / "out", db_url=url)
    sink.write_batch(sample_records()[:1])
    sink.close()
    assert len(S.read_tables(url)["articles"]) == 1


@pytest.mark.parametrize(
    ("formats", "db_url", "message"),
    [
        (["csv"], None, "unknown output format"),
        ("parquet,excel", None, "unknown output format"),
        (["postgres"], None, "needs --db postgresql://"),
        (["postgres"], "sqlite:///x.sqlite", "needs --db postgresql://"),
    ],
)
def test_open_sinks_rejects_bad_config(tmp_path, formats, db_url, message):
    with pytest.raises(ConfigError, match=message):
        S.open_sinks(formats, out_dir=tmp_path, db_url=db_url)


def test_read_tables_nothing_there(tmp_path):
    with pytest.raises(S.SinkError):
        S.read_tables(tmp_path / "missing")


@pytest.mark.parametrize(
    ("given", "want"),
    [
        ("postgresql://u@h:5432/db", "postgresql+psycopg://u@h:5432/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:///a.sqlite", "sqlite:///a.sqlite"),
    ],
)
def test_sqlalchemy_url(given, want):
    assert S.sqlalchemy_url(given) == want


# --------------------------------------------------------------------------- docs/sql.md


def doc_queries(dialect: str) -> list[str]:
    blocks = re.findall(r"```sql\n(.*?)```", DOCS_SQL.read_text(encoding="utf-8"), flags=re.S)
    out = []
    for block in blocks:
        first = block.lstrip().splitlines()[0].strip().lower()
        if first.endswith("only") and dialect not in first:
            continue
        out.append(block)
    return out


def test_docs_have_the_promised_queries():
    assert len(doc_queries("sqlite")) == 7 and len(doc_queries("postgresql")) == 7


def test_docs_queries_run(sql_store):
    records = sample_records()
    sql_store.load(records)
    engine = S.create_engine(sql_store.target)
    try:
        with engine.connect() as conn:
            results = [conn.execute(sa.text(q)).all() for q in doc_queries(engine.dialect.name)]
    finally:
        engine.dispose()
    troops, officials, money, force_mentions, meetings, deployments, condemnations = results
    # Only the US force in Korea is stationed abroad: the German brigade is planned, the
    # Korean army is at home (no location), the brigade row has no troop unit.
    assert [tuple(r[:5]) for r in troops] == [("USA", "KOR", 1, 28500.0, 28500.0)]
    assert [tuple(r[:3]) for r in officials] == [
        ("DEU", "defence_minister", "Boris Pistorius"),
        ("JPN", "minister_other", "Yoshimasa Hayashi"),
        ("KOR", "defence_minister", "Ahn Gyu-back"),
        ("LTU", "head_of_state", "Gitanas Nauseda"),
        ("NATO", "official_other", "Mark Rutte"),
        ("USA", "defence_minister", "Pete Hegseth"),
    ]
    assert [(r[0], r[1], r[2]) for r in money] == [
        ("EUR", 1.2e9, "€1.2 billion"),
        ("JPY", 8.7e12, "8.7 trillion yen"),
        ("USD", 56e9, "$56 billion"),
        ("USD", 3e9, "$3 billion to $5 billion"),
    ]
    assert [tuple(r[:5]) for r in force_mentions] == [
        ("kr-2025-11-04-hegseth", "F1", "USA", "KOR", "Q1"),
        ("kr-2025-11-04-hegseth", "F2", "KOR", None, "Q3"),
        ("lt-2025-06-12-brigade", "F1", "DEU", "LTU", "Q1"),
    ]
    start, end = force_mentions[0][6:8]
    assert SEOUL[start:end] == "28,500"
    # Hegseth's meeting has no date of its own: the article's month; Pistorius's has its day.
    assert [tuple(r) for r in meetings] == [
        ("2025-06", "Boris Pistorius", "DEU", "Gitanas Nauseda", "LTU", 1, 1),
        ("2025-11", "Pete Hegseth", "USA", "Ahn Gyu-back", "KOR", 1, 1),
    ]
    # Germany's brigade for Lithuania, with the largest size reported for it (the sized force).
    assert [tuple(r[:5]) + (str(r[5]),) for r in deployments] == [("DEU", "LTU", 1, 1, 4800, "2025-06-12")]
    assert [tuple(r) for r in condemnations] == [
        ("Boris Pistorius", "DEU", "Russia", "RUS", 1, "Pistorius condemned Russia's threats against the Baltic states"),
        ("South Korea", "KOR", "North Korea", "PRK", 1, "South Korea condemned North Korea's latest missile launch"),
    ]


@pytest.mark.postgres
def test_postgres_concurrent_writers(pg_url):
    """Workers opening sinks at once (Dask) must not race on CREATE TABLE; their loads add up."""
    from concurrent.futures import ThreadPoolExecutor

    records = sample_records()

    def work(rec: dict) -> None:
        sink = S.SqlSink(pg_url)
        try:
            sink.write_batch([rec])
        finally:
            sink.close()

    with ThreadPoolExecutor(len(records)) as pool:
        list(pool.map(work, records))
    assert_frames_equal(S.read_tables(pg_url), expected(records))


# --------------------------------------------------------------------------- runs: sync and errors


def _fake_record(article) -> dict:
    """A valid record without NLP: every capitalised word is a GPE entity (for speed, no model)."""
    import hashlib

    ents = [{"id": f"E{i}", "label": "GPE", "name": m.group(), "country": None,
             "mentions": [{"start": m.start(), "end": m.end(), "text": m.group()}], "geo": None, "person_key": None}
            for i, m in enumerate(re.finditer(r"\b[A-Z][a-z]+\b", article.text), 1)]
    rec = make_record(article.id, article.text, title=article.title, published=article.published,
                      source=article.source, dateline=article.dateline, entities=ents)
    rec["article"].update(text_sha256=hashlib.sha256(article.text.encode()).hexdigest())
    VALIDATOR.validate(rec)
    return rec


@pytest.fixture
def no_model(monkeypatch):
    """engine.run without spaCy: records built by _fake_record."""
    from pipeline import engine

    monkeypatch.setattr(engine, "check_model", lambda model: None)
    monkeypatch.setattr(engine, "process_articles",
                        lambda arts, **kw: [(a.id, _fake_record(a), None) for a in arts])


def _write_jsonl(path: Path, items: dict[str, str]) -> None:
    path.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in items.items()), encoding="utf-8")


@pytest.mark.parametrize("with_postgres", [False, pytest.param(True, marks=pytest.mark.postgres)],
                         ids=["jsonl-parquet-sqlite", "with-postgres"])
def test_run_keeps_every_sink_in_sync_with_its_inputs(no_model, tmp_path, request, monkeypatch, with_postgres):
    """Edit, remove and re-add sources: JSONL, Parquet, SQLite (and PostgreSQL) agree row for row."""
    from pipeline.engine import run

    db = request.getfixturevalue("pg_url") if with_postgres else None
    formats = ("jsonl", "parquet", "sqlite", *(("postgres",) if db else ()))
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    (corpus / "world").mkdir(parents=True)
    (corpus / "a.txt").write_text("Seoul hosts Washington\n\nTalks in Seoul with Tokyo.", encoding="utf-8")
    (corpus / "world" / "b.txt").write_text("Berlin sends troops to Vilnius.", encoding="utf-8")
    _write_jsonl(corpus / "wire.jsonl", {"j1": "Paris and Rome meet.", "j2": "Madrid signs with Lisbon."})

    def check(inputs, n_articles, *, prune=True) -> dict[str, pd.DataFrame]:
        run(inputs, out_dir=out, formats=formats, db_url=db, quiet=True, prune=prune)
        frames = S.read_tables(out / "records.jsonl")
        assert len(frames["articles"]) == n_articles
        for where in (out / "parquet", out / "news.sqlite", *((db,) if db else ())):
            assert_frames_equal(S.read_tables(where), frames)
        return frames

    first = check([corpus], 4)
    # Edit a file (new content hash: a new article id), edit and drop JSONL lines, drop a file;
    # run from another working directory with the folder spelled differently.
    (corpus / "a.txt").write_text("Seoul hosts Canberra\n\nTalks in Busan.", encoding="utf-8")
    (corpus / "world" / "b.txt").unlink()
    _write_jsonl(corpus / "wire.jsonl", {"j1": "Paris and Berlin meet in Rome."})
    monkeypatch.chdir(corpus / "world")
    edited = check([f"{corpus}/../corpus/"], 2)
    assert set(edited["articles"]["article_id"]) & set(first["articles"]["article_id"]) == {"j1"}
    assert "Canberra" in set(edited["entities"]["name"]) and "Washington" not in set(edited["entities"]["name"])
    # Re-add the file.
    (corpus / "world" / "b.txt").write_text("Berlin sends troops to Vilnius.", encoding="utf-8")
    check([corpus], 3)
    keys = S.read_sql(out / "news.sqlite")["articles"][S.SOURCE_KEY]
    assert sorted(keys) == ["a.txt", "j1", "world/b.txt"]
    # Without --prune a vanished source stays in the databases (loads accumulate); an edit still replaces.
    (corpus / "world" / "b.txt").unlink()
    (corpus / "a.txt").write_text("Seoul hosts Ottawa.", encoding="utf-8")
    run([corpus], out_dir=out, formats=formats, db_url=db, quiet=True)
    sqlite = S.read_tables(out / "news.sqlite")
    assert len(sqlite["articles"]) == 3 and len(S.read_tables(out / "records.jsonl")["articles"]) == 2
    assert "Ottawa" in set(sqlite["entities"]["name"]) and "Canberra" not in set(sqlite["entities"]["name"])
    check([corpus], 2)


@pytest.mark.parametrize("sink", ["parquet", "sqlite"])
def test_write_with_keys_replaces_the_old_article_of_a_key(tmp_path, sink):
    records = sample_records()
    open_ = (lambda: S.ParquetSink(tmp_path / "p")) if sink == "parquet" else (lambda: S.SqlSink(tmp_path / "d.sqlite"))
    target = tmp_path / ("p" if sink == "parquet" else "d.sqlite")
    keys = ["seoul.txt", "vilnius.txt", "tokyo.txt", "empty.txt"]
    with open_() as s:
        s.write_batch(records, keys)
    renamed = copy.deepcopy(updated_seoul())
    renamed["article"]["id"] = "kr-edited"
    with open_() as s:  # a new session: the key -> article map comes from the store
        s.write_batch([renamed], ["seoul.txt"])
        assert s.prune(["seoul.txt", "tokyo.txt"]) == 2
    assert_frames_equal(S.read_tables(target), expected([renamed, records[2]]))


@pytest.mark.parametrize(
    ("records", "keys", "kept"),
    [
        ([("a", 1), ("b", 1)], ["k1", "k2"], {"a": "k1", "b": "k2"}),
        ([("a", 1), ("a", 2)], ["k1", "k1"], {"a": "k1"}),  # the same article twice: the last wins
        ([("a", 1), ("b", 1)], ["k1", "k1"], {"b": "k1"}),  # a key read twice: its last article wins
        ([("a", 1), ("b", 1)], None, {"a": "a", "b": "b"}),  # no keys: the article id is the key
    ],
)
def test_keyed_batch(records, keys, kept):
    recs = [{"article": {"id": aid}, "n": n} for aid, n in records]
    batch = S.keyed_batch(recs, keys)
    assert {aid: key for aid, (_, key) in batch.items()} == kept
    assert batch[records[-1][0]][0]["n"] == records[-1][1]


def _closed_port() -> str:
    return f"postgresql://postgres@127.0.0.1:{pgserver.free_port()}/news"


def test_unreachable_database_is_one_line_and_jsonl_is_written(no_model, tmp_path, capsys):
    from pipeline.cli import main

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Seoul hosts Washington.", encoding="utf-8")
    out, url = tmp_path / "out", _closed_port()
    status = main(["run", str(corpus), "--out", str(out), "--format", "sqlite,postgres", "--db", url, "--quiet"])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith(f"error: cannot connect to PostgreSQL at {url}") and "make postgres" in err
    assert len(S.read_tables(out / "records.jsonl")["articles"]) == 1
    assert len(S.read_tables(out / "news.sqlite")["articles"]) == 1  # the other sinks still loaded
    summary = json.loads((out / "summary.json").read_text())
    assert "cannot connect" in summary["sink_error"] and "postgres" not in summary["outputs"]
    # --debug lets the exception through, with its traceback.
    with pytest.raises(S.SinkError):
        main(["run", str(corpus), "--out", str(out), "--format", "postgres", "--db", url, "--quiet", "--debug"])


@pytest.mark.postgres
def test_missing_database_names_the_fix(pg_server):
    url = pg_server.rsplit("/", 1)[0] + "/no_such_db"
    with pytest.raises(S.SinkError, match=r"database 'no_such_db' does not exist at .*createdb .*no_such_db"):
        S.SqlSink(url)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("postgresql://u:secret@127.0.0.1:1/news", r"cannot connect to PostgreSQL at postgresql://u:\*\*\*@127"),
        ("/nonexistent-dir/sub/news.sqlite", r"cannot open SQLite database /nonexistent-dir/sub/news.sqlite"),
    ],
)
def test_open_errors_are_one_line_without_secrets(url, message):
    with pytest.raises(S.SinkError, match=message) as info:
        S.SqlSink(url)
    assert "\n" not in str(info.value) and "secret" not in str(info.value)


def test_outdated_tables_say_what_to_do(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE articles (article_id TEXT PRIMARY KEY, title TEXT)"))
    engine.dispose()
    with pytest.raises(S.SinkError, match=r"older version .*articles lacks .*source_key.*drop them"):
        S.SqlSink(path)


@pytest.mark.parametrize("kind", ["file", "below-a-file"])
def test_unwritable_out_is_one_line(no_model, tmp_path, capsys, kind):
    from pipeline.cli import main

    blocker = tmp_path / "taken"
    blocker.write_text("not a folder", encoding="utf-8")
    out = blocker if kind == "file" else blocker / "out"
    (tmp_path / "a.txt").write_text("Seoul hosts Washington.", encoding="utf-8")
    assert main(["run", str(tmp_path / "a.txt"), "--out", str(out), "--quiet"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: --out {out}") and ("choose a folder" in err or "choose another path" in err)
    assert err.count("\n") == 1 and "Traceback" not in err


def test_postgres_without_url_fails_before_any_work(no_model, tmp_path):
    from pipeline.engine import run

    with pytest.raises(ConfigError, match="needs --db postgresql://"):
        run([tmp_path], out_dir=tmp_path / "out", formats=("jsonl", "postgres"), quiet=True)
    assert not (tmp_path / "out").exists()


def test_same_files_named_from_another_folder_are_not_processed_again(no_model, tmp_path, monkeypatch):
    """The journal keys an article by its path below the input root, not the path as typed."""
    from pipeline.engine import run

    corpus, out = tmp_path / "corpus", tmp_path / "out"
    (corpus / "world").mkdir(parents=True)
    (corpus / "a.txt").write_text("Seoul hosts Washington.", encoding="utf-8")
    (corpus / "world" / "b.txt").write_text("Berlin sends troops to Vilnius.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    first = run(["corpus"], out_dir=out, quiet=True)
    assert (first.reused, first.processed) == (0, 2)
    monkeypatch.chdir(corpus / "world")
    again = run([str(corpus) + "/"], out_dir=out, quiet=True)
    assert (again.reused, again.processed) == (2, 2)
    sources = [json.loads(line)["article"]["source"] for line in (out / "records.jsonl").read_text().splitlines()]
    assert sources == [str(corpus) + "/a.txt", str(corpus) + "/world/b.txt"]  # as named in this run
