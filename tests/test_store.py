"""The store: deterministic files, the commit protocol (a crash at any step leaves a whole dataset),
the check of wholeness, the extraction cache, the lock."""
from __future__ import annotations

import json
import random
from datetime import date, datetime, timezone
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import store
from pipeline.facts import FACTS_SCHEMA, RECONCILED_SCHEMA, Fact


def fact_row(article_id: str, start: int, company: str = "Airbus", amount: float | None = 1e9, **extra) -> dict:
    fact = Fact(article_id=article_id, company=company, currency="EUR", amount=amount, amount_min=None,
                amount_max=None, qualifier="exact", char_start=start, char_end=start + 10, sentence="…",
                content_hash=f"hash-{article_id}", published=date(2025, 3, 1), **extra)
    return fact.to_row()


def reconciled_row(fact: dict) -> dict:
    return {"reconciled_id": "r-" + fact["fact_id"], "company": fact["company"], "currency": fact["currency"],
            "period": fact["period"], "rate": "total", "status": "planned", "amount": fact["amount"],
            "amount_min": None, "amount_max": None, "purpose": None, "n_articles": 1,
            "article_ids": fact["article_id"], "fact_ids": fact["fact_id"], "conflict": False, "note": None}


def article_row(article_id: str, run_id: str = "r1") -> dict:
    return {"article_id": article_id, "content_hash": f"hash-{article_id}", "published": date(2025, 3, 1),
            "path": f"{article_id}.txt", "source": None, "url": None, "repairs": [], "duplicate_of": None,
            "version": "v1", "run_id": run_id, "text": "Airbus investit 1 milliard d'euros."}


def dataset_of(facts: list[dict]) -> store.Dataset:
    articles = sorted({f["article_id"] for f in facts})
    return store.Dataset(store.facts_table(facts), store.reconciled_table([reconciled_row(f) for f in facts]),
                         store.articles_table([article_row(a) for a in articles]))


def commit_run(out: Path, run_id: str, facts: list[dict], seq: int = 1) -> dict:
    manifest = {"run_id": run_id, "seq": seq, "finished": "2026-01-01T00:00:00+00:00", "pipeline_version": "v1",
                "counts": {"facts": len(facts)}}
    return store.commit(out, dataset_of(facts), manifest)


FIRST = [fact_row("a", 10), fact_row("b", 5, company="Safran")]
SECOND = FIRST + [fact_row("c", 7, company="Thales", period="2026")]


def test_rows_in_any_order_give_byte_identical_files(tmp_path):
    rows = [fact_row(a, s) for a in "xyz" for s in (30, 10, 20)]
    shuffled = rows[:]
    random.Random(4).shuffle(shuffled)
    for name, table in (("one", store.facts_table(rows)), ("two", store.facts_table(shuffled))):
        store.write_parquet(table, tmp_path / f"{name}.parquet")
        store.write_csv(table, tmp_path / f"{name}.csv")
    assert (tmp_path / "one.parquet").read_bytes() == (tmp_path / "two.parquet").read_bytes()
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert [(r["article_id"], r["char_start"]) for r in store.facts_table(shuffled).to_pylist()][:3] == \
           [("x", 10), ("x", 20), ("x", 30)]


def test_a_commit_writes_every_table_with_the_schema_types(tmp_path):
    manifest = commit_run(tmp_path, "20260101T000000Z-0001", SECOND)
    assert store.check_dataset(tmp_path) == []
    assert pq.read_schema(tmp_path / "facts.parquet").remove_metadata() == FACTS_SCHEMA
    assert pq.read_schema(tmp_path / "reconciled.parquet").remove_metadata() == RECONCILED_SCHEMA
    header = (tmp_path / "facts.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == FACTS_SCHEMA.names
    con = duckdb.connect(str(tmp_path / "dataset.duckdb"), read_only=True)
    types = dict(con.execute("SELECT column_name, data_type FROM information_schema.columns "
                             "WHERE table_name = 'facts'").fetchall())
    runs = con.execute("SELECT run_id, facts FROM runs").fetchall()
    con.close()
    assert (types["published"], types["amount"], types["char_start"]) == ("DATE", "DOUBLE", "BIGINT")
    assert runs == [("20260101T000000Z-0001", 3)]
    assert manifest["files"]["facts.parquet"]["rows"] == 3
    assert manifest["files"]["dataset.duckdb"]["tables"] == {"facts": 3, "reconciled": 3, "articles": 3, "runs": 1}
    snapshot = tmp_path / "runs" / "20260101T000000Z-0001"
    assert (snapshot / "facts.parquet").read_bytes() == (tmp_path / "facts.parquet").read_bytes()
    assert json.loads((snapshot / "manifest.json").read_text()) == manifest
    loaded = store.load_dataset(tmp_path)
    assert loaded.facts.to_pylist() == store.facts_table(SECOND).to_pylist()


def test_check_dataset_finds_a_damaged_or_inconsistent_dataset(tmp_path):
    commit_run(tmp_path, "20260101T000000Z-0001", SECOND)
    csv = tmp_path / "facts.csv"
    csv.write_text(csv.read_text(encoding="utf-8") + "extra,row\n", encoding="utf-8")
    assert store.check_dataset(tmp_path) == ["facts.csv differs from the manifest (sha256)"]
    (tmp_path / "reconciled.parquet").unlink()
    assert "reconciled.parquet is missing" in store.check_dataset(tmp_path)
    assert store.check_dataset(tmp_path / "nothing") == [f"no readable manifest.json in {tmp_path / 'nothing'}"]


def test_check_dataset_finds_facts_of_unknown_articles():
    dataset = dataset_of(SECOND)
    orphan = store.Dataset(dataset.facts, dataset.reconciled, store.articles_table([article_row("a")]))
    assert store._check_consistency(orphan) == ["facts of unknown articles: ['b', 'c']"]
    assert store._check_consistency(dataset) == []


class Crash(Exception):
    pass


def count_replaces(monkeypatch) -> list[tuple]:
    calls = []
    real_replace = store.os.replace
    monkeypatch.setattr(store.os, "replace", lambda src, dst: (calls.append((src, dst)), real_replace(src, dst)))
    return calls


def test_a_crash_at_any_step_of_a_commit_leaves_one_whole_dataset(tmp_path, monkeypatch):
    """Each os.replace is one atomic step; a crash between any two leaves the old dataset whole, or
    (after the commit point) a commit that `recover` finishes into the new dataset."""
    probe = tmp_path / "probe"
    commit_run(probe, "20260101T000000Z-0001", FIRST)
    calls = count_replaces(monkeypatch)
    commit_run(probe, "20260101T000000Z-0002", SECOND, seq=2)
    steps = len(calls)
    monkeypatch.undo()
    assert steps >= 3

    for crash_at in range(steps):
        out = tmp_path / f"crash{crash_at}"
        commit_run(out, "20260101T000000Z-0001", FIRST)
        old_files = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
        real_replace = store.os.replace
        done = []

        def replace(src, dst):
            if len(done) == crash_at:
                raise Crash
            done.append(dst)
            real_replace(src, dst)
        monkeypatch.setattr(store.os, "replace", replace)
        with pytest.raises(Crash):
            commit_run(out, "20260101T000000Z-0002", SECOND, seq=2)
        monkeypatch.undo()

        if crash_at == 0:          # before the commit point: the old dataset, untouched
            assert store.check_dataset(out) == []
            assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == old_files
        store.recover(out)
        assert store.check_dataset(out) == [], crash_at
        expected_run = "20260101T000000Z-0001" if crash_at == 0 else "20260101T000000Z-0002"
        assert store.current_manifest(out)["run_id"] == expected_run
        assert store.load_dataset(out).facts.num_rows == (2 if crash_at == 0 else 3)
        assert not [p for p in out.iterdir() if p.name.startswith((".staging-", ".commit-"))]


def test_readers_finish_an_interrupted_commit(tmp_path, monkeypatch):
    commit_run(tmp_path, "20260101T000000Z-0001", FIRST)
    real_replace = store.os.replace
    calls = []

    def replace(src, dst):
        if Path(dst).name == "manifest.json":
            raise Crash
        calls.append(dst)
        real_replace(src, dst)
    monkeypatch.setattr(store.os, "replace", replace)
    with pytest.raises(Crash):
        commit_run(tmp_path, "20260101T000000Z-0002", SECOND, seq=2)
    monkeypatch.undo()
    assert store.check_dataset(tmp_path) != []          # the files are new, the manifest old: not whole
    store.recover_if_idle(tmp_path)
    assert store.check_dataset(tmp_path) == []
    assert [m["run_id"] for m in store.list_runs(tmp_path)] == ["20260101T000000Z-0001", "20260101T000000Z-0002"]


def test_recover_drops_the_staging_of_a_run_killed_before_its_commit(tmp_path):
    commit_run(tmp_path, "20260101T000000Z-0001", FIRST)
    staging = tmp_path / ".staging-20260101T000000Z-0002"
    staging.mkdir()
    (staging / "facts.parquet").write_bytes(b"half a file")
    store.recover(tmp_path)
    assert not staging.exists() and store.check_dataset(tmp_path) == []


def test_one_writer_at_a_time(tmp_path):
    with store.locked(tmp_path):
        with pytest.raises(store.StoreError, match="another run is writing"):
            with store.locked(tmp_path):
                pass
    with store.locked(tmp_path):      # released
        pass


def test_an_unwritable_output_folder_is_reported(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(store.StoreError, match="cannot write to"):
        store.ensure_writable(tmp_path / "file" / "out")


def test_a_dataset_without_its_manifest_is_not_mistaken_for_an_empty_one(tmp_path):
    commit_run(tmp_path, "20260101T000000Z-0001", FIRST)
    (tmp_path / "manifest.json").unlink()
    with pytest.raises(store.StoreError, match="without a readable manifest"):
        store.load_dataset(tmp_path)


@pytest.mark.parametrize("now, after, expected", [
    (datetime(2026, 11, 26, 10, 15, 0, tzinfo=timezone.utc), "20261126T101500Z-00ff", "20261126T101500Z-0100"),
    (datetime(2026, 11, 26, 10, 14, 59, tzinfo=timezone.utc), "20261126T101500Z-0003", "20261126T101500Z-0004"),
])
def test_run_ids_sort_in_run_order_within_one_second(now, after, expected):
    assert store.new_run_id(now, after=after) == expected


def test_run_ids_carry_the_time():
    run_id = store.new_run_id(datetime(2026, 11, 26, 10, 15, 0, tzinfo=timezone.utc), after="20261126T101459Z-ffff")
    assert run_id.startswith("20261126T101500Z-") and len(run_id) == 21


def test_the_cache_remembers_texts_with_and_without_facts(tmp_path):
    cache = store.ExtractionCache(tmp_path, "v1")
    cache.add("hash-a", [fact_row("a", 10)])
    cache.add("hash-empty", [])
    cache.flush("run1")
    cache.add("hash-b", [fact_row("b", 3)])
    cache.flush("run1")
    again = store.ExtractionCache(tmp_path, "v1")
    assert [r["fact_id"] for r in again.get("hash-a")] == [fact_row("a", 10)["fact_id"]]
    assert again.get("hash-empty") == [] and "hash-b" in again and again.get("hash-c") is None
    assert store.ExtractionCache(tmp_path, "v2").get("hash-a") is None      # another version, another cache
    assert len(list(again.folder.glob("*.parquet"))) == 2


def test_an_unreadable_cache_file_only_costs_a_re_extraction(tmp_path):
    cache = store.ExtractionCache(tmp_path, "v1")
    cache.add("hash-a", [fact_row("a", 10)])
    cache.flush("run1")
    (cache.folder / "run0-00001.parquet").write_bytes(b"not parquet")
    pq.write_table(pa.table({"x": [1]}), cache.folder / "run0-00002.parquet")
    again = store.ExtractionCache(tmp_path, "v1")
    assert "hash-a" in again and again.get("hash-b") is None
