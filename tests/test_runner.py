"""The run over drops: incremental extraction, duplicates, replaced articles, --rerun, a killed run.

Most tests use the fast FakeExtractor (tests/fakes.py); the last ones run the real extractor on
the seeds, loaded once for the module."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from fakes import BREAKS_THE_EXTRACTOR, FakeExtractor, rename_company, write_drop
from pipeline import diff, runner, store

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"
DATA_FILES = ("facts.parquet", "facts.csv", "reconciled.parquet", "reconciled.csv", "articles.parquet")

DROP_1 = {
    "alpha": "Renault va investir 3 milliards d'euros dans ses usines du Nord.",
    "beta": "Stellantis investit 5 milliards d'euros en France. Airbus a investi 2 milliards d'euros.",
    "gamma": "Le marché recule. Aucun montant ici.",
}
DROP_2 = {
    "delta": "Renault prévoit 4 milliards d'euros pour ses batteries.",
    "epsilon": "Michelin va investir 1 milliards d'euros au Puy.",
}


def facts_of(out: Path) -> list[dict]:
    return pq.read_table(out / "facts.parquet").to_pylist()


def file_bytes(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in DATA_FILES}


def test_second_drop_extracts_only_its_articles_and_a_repeat_changes_nothing(tmp_path):
    out = tmp_path / "out"
    first = runner.run([write_drop(tmp_path / "d1", DROP_1)], out, extractor=FakeExtractor())
    assert (first.counts["extracted"], first.counts["facts"]) == (3, 3)

    fake = FakeExtractor()
    second = runner.run([write_drop(tmp_path / "d2", DROP_2)], out, extractor=fake)
    assert sorted(fake.extracted) == ["delta", "epsilon"]
    assert (second.counts["articles_read"], second.counts["extracted"], second.counts["reused"]) == (2, 2, 0)
    assert second.counts["facts"] == 5 and second.counts["dataset_articles"] == 5
    assert {f["article_id"] for f in facts_of(out)} == {"alpha", "beta", "delta", "epsilon"}
    before = file_bytes(out)

    fake = FakeExtractor()
    third = runner.run([tmp_path / "d2"], out, extractor=fake)
    assert fake.extracted == []
    assert (third.counts["extracted"], third.counts["reused"]) == (0, 2)
    assert file_bytes(out) == before
    assert store.check_dataset(out) == []
    assert [m["run_id"] for m in store.list_runs(out)] == [first.run_id, second.run_id, third.run_id]


def test_one_drop_or_two_give_the_same_facts(tmp_path):
    write_drop(tmp_path / "d1", DROP_1)
    write_drop(tmp_path / "d2", DROP_2)
    runner.run([tmp_path / "d1", tmp_path / "d2"], tmp_path / "once", extractor=FakeExtractor())
    runner.run([tmp_path / "d2"], tmp_path / "twice", extractor=FakeExtractor())
    runner.run([tmp_path / "d1"], tmp_path / "twice", extractor=FakeExtractor())
    for name in ("facts.parquet", "facts.csv", "reconciled.parquet", "reconciled.csv"):
        assert (tmp_path / "once" / name).read_bytes() == (tmp_path / "twice" / name).read_bytes(), name


def test_a_rule_change_and_rerun_diff_lists_exactly_the_changed_facts(tmp_path):
    out = tmp_path / "out"
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "aliases.tsv").write_text("Airbus\tAirbus SE\n", encoding="utf-8")
    runner.run([write_drop(tmp_path / "d1", DROP_1), write_drop(tmp_path / "d2", DROP_2)], out,
               extractor=FakeExtractor(rules))

    (rules / "aliases.tsv").write_text("Airbus\tAirbus SE\nRenault\tGroupe Renault\n", encoding="utf-8")
    fake = FakeExtractor(rules)
    result = runner.run([], out, rerun=True, extractor=fake)
    assert sorted(fake.extracted) == sorted([*DROP_1, *DROP_2])       # every stored text, no INPUT needed
    assert result.counts["extracted"] == 5 and result.manifest["rerun"] is True

    changes = diff.diff_snapshots(diff.resolve("prev", out), diff.resolve("last", out))
    fact_changes = [(c.article_id, c.field, c.old, c.new) for c in changes.changes if c.table == "facts"]
    assert fact_changes == [("alpha", "company", "Renault", "Groupe Renault"),
                            ("delta", "company", "Renault", "Groupe Renault")]


def test_a_new_rule_version_extracts_again_only_the_articles_given(tmp_path):
    out = tmp_path / "out"
    runner.run([write_drop(tmp_path / "d1", DROP_1)], out, extractor=FakeExtractor())
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "aliases.tsv").write_text("Renault\tGroupe Renault\n", encoding="utf-8")
    fake = FakeExtractor(rules)
    result = runner.run([write_drop(tmp_path / "d2", DROP_2)], out, extractor=fake)
    assert sorted(fake.extracted) == ["delta", "epsilon"]
    assert result.counts["stale_articles"] == 3
    companies = {f["article_id"]: f["company"] for f in facts_of(out) if f["company_raw"] == "Renault"}
    assert companies == {"alpha": "Renault", "delta": "Groupe Renault"}


def test_a_duplicate_under_another_name_is_extracted_once_and_both_names_are_recorded(tmp_path):
    out = tmp_path / "out"
    runner.run([write_drop(tmp_path / "d1", DROP_1)], out, extractor=FakeExtractor())
    fake = FakeExtractor()
    result = runner.run([write_drop(tmp_path / "d2", {"alpha_copy": DROP_1["alpha"], **DROP_2})], out, extractor=fake)
    assert sorted(fake.extracted) == ["delta", "epsilon"]
    assert result.counts["duplicates"] == 1
    [record] = [i for i in result.manifest["inputs"] if i["article_id"] == "alpha_copy"]
    assert (record["status"], record["duplicate_of"]) == ("duplicate", "alpha")
    articles = {a["article_id"]: a for a in pq.read_table(out / "articles.parquet").to_pylist()}
    assert articles["alpha_copy"]["duplicate_of"] == "alpha" and articles["alpha"]["duplicate_of"] is None
    assert articles["alpha_copy"]["content_hash"] == articles["alpha"]["content_hash"]
    assert [f["article_id"] for f in facts_of(out) if f["company"] == "Renault" and f["amount"] == 3e9] == ["alpha"]


def test_duplicates_in_one_drop_go_to_the_first_name_whatever_the_order(tmp_path):
    text = "Airbus va investir 7 milliards d'euros à Toulouse."
    fake = FakeExtractor()
    result = runner.run([write_drop(tmp_path / "d", {"zeta": text, "eta": text})], tmp_path / "out", extractor=fake)
    assert fake.extracted == ["eta"] and result.counts["duplicates"] == 1
    assert [f["article_id"] for f in facts_of(tmp_path / "out")] == ["eta"]


def test_a_jsonl_batch_is_a_drop_like_a_folder(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(record, ensure_ascii=False) for record in [
        {"id": "j1", "text": DROP_2["delta"], "published": "2025-02-03"},
        {"id": "j2", "text": DROP_1["alpha"]},
        {"text": "no id"},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    runner.run([write_drop(tmp_path / "d1", DROP_1)], out, extractor=FakeExtractor())
    result = runner.run([batch], out, extractor=FakeExtractor())
    assert [(i["article_id"], i["status"], i["duplicate_of"]) for i in result.manifest["inputs"]] == \
           [("j1", "extracted", None), ("j2", "duplicate", "alpha")]
    assert result.manifest["skipped"] == [{"path": f"{batch} line 3", "reason": "needs an object with 'id' and 'text'"}]
    [j1] = [f for f in facts_of(out) if f["article_id"] == "j1"]
    assert (j1["company"], j1["amount"], j1["published"]) == ("Renault", 4e9, date(2025, 2, 3))


def test_an_article_seen_again_with_new_text_replaces_its_facts(tmp_path):
    out = tmp_path / "out"
    runner.run([write_drop(tmp_path / "d1", DROP_1)], out, extractor=FakeExtractor())
    runner.run([write_drop(tmp_path / "d2", {"alpha": "Renault va investir 9 milliards d'euros, corrige le groupe."})],
               out, extractor=FakeExtractor())
    assert [f["amount"] for f in facts_of(out) if f["article_id"] == "alpha"] == [9e9]
    assert len(pq.read_table(out / "articles.parquet")) == 3


def test_one_name_with_two_texts_in_one_drop_keeps_the_first_and_says_why(tmp_path):
    write_drop(tmp_path / "a", {"same": "Airbus va investir 1 milliards d'euros."})
    write_drop(tmp_path / "b", {"same": "Airbus va investir 2 milliards d'euros."})
    result = runner.run([tmp_path / "a", tmp_path / "b"], tmp_path / "out", extractor=FakeExtractor())
    assert [f["amount"] for f in facts_of(tmp_path / "out")] == [1e9]
    [skip] = result.skipped
    assert skip.path == str(tmp_path / "b" / "same.txt") and "other text" in skip.reason


def test_skipped_files_are_recorded_and_the_run_completes(tmp_path):
    drop = write_drop(tmp_path / "d", {"ok": DROP_1["alpha"]})
    (drop / "blank.txt").write_text("   \n", encoding="utf-8")
    (drop / "image.txt").write_bytes(b"\x89PNG\x00\x00\x01")
    result = runner.run([drop, tmp_path / "missing"], tmp_path / "out", extractor=FakeExtractor())
    reasons = {Path(s["path"]).name: s["reason"] for s in result.manifest["skipped"]}
    assert reasons == {"blank.txt": "empty file", "image.txt": "binary file, not text",
                       "missing": "no such file or folder"}
    assert result.counts["facts"] == 1 and store.check_dataset(tmp_path / "out") == []


def test_an_article_the_extractor_fails_on_is_skipped_and_retried_next_time(tmp_path):
    broken = f"Airbus va investir 8 milliards d'euros {BREAKS_THE_EXTRACTOR}"
    drop = write_drop(tmp_path / "d", {**DROP_1, "broken": broken})
    fake = FakeExtractor()
    result = runner.run([drop], tmp_path / "out", extractor=fake)
    assert sorted(fake.extracted) == ["alpha", "beta", "gamma"]
    assert [(Path(s.path).name, s.reason) for s in result.skipped] == \
           [("broken.txt", "extraction failed (ValueError: the fake extractor breaks here)")]
    assert (result.counts["extracted"], result.counts["facts"], result.counts["dataset_articles"]) == (3, 3, 3)
    assert store.check_dataset(tmp_path / "out") == []
    again = runner.run([drop], tmp_path / "out", extractor=FakeExtractor())
    assert (again.counts["reused"], again.counts["extracted"], again.counts["skipped"]) == (3, 0, 1)


def test_no_input_at_all_is_an_error_and_writes_nothing(tmp_path):
    with pytest.raises(runner.RunError, match="no article files"):
        runner.run([tmp_path / "nowhere"], tmp_path / "out", extractor=FakeExtractor())
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(runner.RunError, match="no article files"):
        runner.run([empty], tmp_path / "out", extractor=FakeExtractor())
    assert not (tmp_path / "out").exists()
    with pytest.raises(runner.RunError, match="nothing to re-extract"):
        runner.run([], tmp_path / "out", rerun=True, extractor=FakeExtractor())
    assert store.current_manifest(tmp_path / "out") is None


def test_the_manifest_records_versions_inputs_and_counts(tmp_path):
    drop = write_drop(tmp_path / "d1", DROP_1)
    result = runner.run([drop], tmp_path / "out", extractor=FakeExtractor())
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest == json.loads((tmp_path / "out" / "runs" / result.run_id / "manifest.json").read_text())
    assert manifest["pipeline_version"] == FakeExtractor().version
    assert manifest["spacy"].startswith("3.8") and manifest["model"] == "fr_core_news_md"
    assert {(Path(i["path"]).name, i["status"]) for i in manifest["inputs"]} == \
           {("alpha.txt", "extracted"), ("beta.txt", "extracted"), ("gamma.txt", "extracted")}
    alpha = next(i for i in manifest["inputs"] if i["article_id"] == "alpha")
    assert alpha["content_hash"] == pq.read_table(tmp_path / "out" / "articles.parquet").to_pylist()[0]["content_hash"]
    assert manifest["counts"]["facts"] == manifest["files"]["facts.parquet"]["rows"] == 3


# ---------------------------------------------------------------- a run killed with SIGKILL

def test_a_killed_run_leaves_the_previous_dataset_whole_and_the_next_run_completes_it(tmp_path):
    out = tmp_path / "out"
    first = runner.run([write_drop(tmp_path / "d1", DROP_1)], out, extractor=FakeExtractor())
    before = file_bytes(out)
    big_drop = {f"n{i:02d}": f"Entreprise{i} va investir {i + 1} milliards d'euros." for i in range(12)}
    write_drop(tmp_path / "d2", big_drop)

    env = {**os.environ, "FAKE_EXTRACTOR_DELAY": "0.4", "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen([sys.executable, str(ROOT / "tests" / "fakes.py"), "run", str(tmp_path / "d2"),
                                "--out", str(out), "--quiet"], env=env, cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    cache_dir = out / store.CACHE_DIR
    deadline = time.monotonic() + 60
    while len(list(cache_dir.rglob("*.parquet"))) < 2 and time.monotonic() < deadline:   # d1's batch + one of d2
        assert process.poll() is None, process.communicate()
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL

    assert store.check_dataset(out) == []
    assert store.current_manifest(out)["run_id"] == first.run_id
    assert file_bytes(out) == before

    fake = FakeExtractor()
    result = runner.run([tmp_path / "d2"], out, extractor=fake)
    assert 0 < result.counts["reused"] and result.counts["extracted"] == len(fake.extracted) < len(big_drop)
    assert result.counts["reused"] + result.counts["extracted"] == len(big_drop)
    assert store.check_dataset(out) == []
    assert not list(out.glob(".staging-*")) and not list(out.glob(".commit-*"))
    runner.run([tmp_path / "d1", tmp_path / "d2"], tmp_path / "clean", extractor=FakeExtractor())
    assert (out / "facts.parquet").read_bytes() == (tmp_path / "clean" / "facts.parquet").read_bytes()


# ---------------------------------------------------------------- the real extractor, on the seeds

@pytest.fixture(scope="module")
def real_extractors():
    """Real extractors by data dir, each loaded once for this module."""
    from pipeline.extract import Extractor
    loaded: dict[Path | None, Extractor] = {}

    def get(data_dir: Path | None = None) -> Extractor:
        if data_dir not in loaded:
            loaded[data_dir] = Extractor(data_dir)
        return loaded[data_dir]
    return get


def test_the_seeds_end_to_end_with_the_real_extractor(tmp_path, real_extractors):
    out = tmp_path / "out"
    result = runner.run([SEEDS], out, extractor=real_extractors())
    assert result.counts["articles_read"] == result.counts["extracted"] == len(list(SEEDS.glob("*.txt")))
    assert result.counts["facts"] > 0 and result.counts["reconciled"] > 0
    assert store.check_dataset(out) == []
    facts = facts_of(out)
    assert all(f["fact_id"] and f["content_hash"] and f["sentence"] for f in facts)
    assert len({f["fact_id"] for f in facts}) == len(facts)
    before = file_bytes(out)
    again = runner.run([SEEDS], out, extractor=real_extractors())
    assert (again.counts["extracted"], again.counts["reused"]) == (0, result.counts["articles_read"])
    assert file_bytes(out) == before


def test_a_changed_alias_in_a_data_dir_copy_changes_exactly_those_facts(tmp_path, real_extractors):
    from pipeline.extract import DATA_DIR
    out = tmp_path / "out"
    runner.run([SEEDS], out, extractor=real_extractors())
    renamed = "Microsoft"
    rules = tmp_path / "rules"
    shutil.copytree(DATA_DIR, rules)
    rename_company(rules, renamed, f"{renamed} Test Corp")

    result = runner.run([], out, rerun=True, extractor=real_extractors(rules))
    assert result.counts["extracted"] == len(list(SEEDS.glob("*.txt")))
    changes = diff.diff_snapshots(diff.resolve("prev", out), diff.resolve("last", out))
    fact_changes = [c for c in changes.changes if c.table == "facts"]
    expected = sorted(f["fact_id"] for f in pq.read_table(out / "runs" / result.manifest["previous_run"] /
                                                         "facts.parquet").to_pylist() if f["company"] == renamed)
    assert expected and sorted(c.key for c in fact_changes) == expected
    assert {(c.field, c.old, c.new) for c in fact_changes} == {("company", renamed, f"{renamed} Test Corp")}

