"""The commands as a user types them: help, summaries, exit codes, diff output, run history."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fakes import FakeExtractor, rename_company, write_drop
from pipeline import cli, runner

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpus" / "seeds"

DROP = {"alpha": "Renault va investir 3 milliards d'euros dans ses usines.",
        "beta": "Airbus a investi 2 milliards d'euros à Toulouse."}


@pytest.fixture
def fake_extractor(monkeypatch):
    monkeypatch.setattr(runner, "load_extractor", FakeExtractor)


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_help_explains_each_command_with_an_example(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--help"])
    text = capsys.readouterr().out
    assert exit_.value.code == 0
    for line in ("run       extract the facts", "diff      show the facts", "runs      list the runs",
                 "python -m pipeline run corpus/seeds --out outputs", "python -m pipeline diff prev last"):
        assert line in text
    for command, example in (("run", "--rerun --data-dir"), ("diff", "--fail-on-change"), ("runs", "runs --out")):
        with pytest.raises(SystemExit):
            cli.main([command, "--help"])
        assert example in capsys.readouterr().out


def test_python_dash_m_pipeline_is_the_cli():
    done = subprocess.run([sys.executable, "-m", "pipeline", "runs", "--help"], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0 and "Lists the runs recorded in --out, oldest first" in done.stdout


def test_run_prints_a_summary_naming_skipped_files(tmp_path, capsys, fake_extractor):
    drop = write_drop(tmp_path / "drop", DROP)
    (drop / "blank.txt").write_text("\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "run", drop, "--out", tmp_path / "out")
    assert code == 0 and err == ""          # stderr is not a terminal: no progress bar
    lines = out.splitlines()
    assert lines[0].startswith("Run 2") and "fake-" in lines[0]
    assert "  articles read:   2" in lines and "    extracted:     2" in lines and "    from cache:    0" in lines
    assert f"    {drop / 'blank.txt'}: empty file" in lines
    assert "  dataset:         2 articles, 2 facts, 2 reconciled rows" in lines
    assert any(str(tmp_path / "out" / "facts.parquet") in line for line in lines)

    code, out, _ = run_cli(capsys, "run", drop, "--out", tmp_path / "out", "--quiet")
    assert code == 0 and len(out.splitlines()) == 1
    assert "2 read, 0 extracted, 2 reused, 0 duplicates, 1 skipped, 2 facts" in out


def test_repaired_files_are_named_in_the_summary_and_the_manifest(tmp_path, capsys, fake_extractor):
    drop = write_drop(tmp_path / "drop", DROP)
    (drop / "gamma.txt").write_bytes("Vinci investira 2 milliards d'euros à Lyon, a précisé l'équipe.".encode("cp1252"))
    code, out, _ = run_cli(capsys, "run", drop, "--out", tmp_path / "out")
    assert code == 0
    assert "  repaired:        1" in out.splitlines()
    assert f"    {drop / 'gamma.txt'}: not UTF-8, decoded as cp1252" in out.splitlines()
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [i["repairs"] for i in manifest["inputs"] if i["article_id"] == "gamma"] == [["not UTF-8, decoded as cp1252"]]


def test_a_duplicate_is_named_in_the_summary(tmp_path, capsys, fake_extractor):
    drop = write_drop(tmp_path / "drop", {**DROP, "alpha_bis": DROP["alpha"]})
    code, out, _ = run_cli(capsys, "run", drop, "--out", tmp_path / "out")
    assert code == 0 and "    duplicates:    1" in out
    assert f"      {drop / 'alpha_bis.txt'} = alpha" in out.splitlines()


@pytest.mark.parametrize("argv, reason", [
    (["run", "{tmp}/missing"], "error: no article files (.txt, .jsonl) found ({tmp}/missing: no such file or folder)"),
    (["run"], "error: no article files (.txt, .jsonl) found (no INPUT given)"),
    (["run", "{tmp}/drop", "--out", "{tmp}/a_file/out"], "error: cannot write to {tmp}/a_file/out: Not a directory"),
    (["diff", "nope", "last", "--out", "{tmp}/out"], "error: 'nope' is neither a run id nor an output folder"),
    (["runs", "--out", "{tmp}/out"], "error: no runs in {tmp}/out"),
])
def test_exit_2_with_a_one_line_reason_when_nothing_can_be_done(tmp_path, capsys, fake_extractor, argv, reason):
    write_drop(tmp_path / "drop", DROP)
    (tmp_path / "a_file").write_text("x")
    code, out, err = run_cli(capsys, *(a.format(tmp=tmp_path) for a in argv))
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith(reason.format(tmp=tmp_path))


def test_bad_arguments_exit_2(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["diff", "only-one"])
    assert exit_.value.code == 2 and "required: B" in capsys.readouterr().err


def test_diff_formats_and_fail_on_change(tmp_path, capsys, fake_extractor):
    out = tmp_path / "out"
    run_cli(capsys, "run", write_drop(tmp_path / "d1", DROP), "--out", out)
    run_cli(capsys, "run", write_drop(tmp_path / "d2", {"alpha": "Renault va investir 4 milliards d'euros."}),
            "--out", out)
    run_cli(capsys, "run", tmp_path / "d2", "--out", out)

    code, text, _ = run_cli(capsys, "diff", "prev", "last", "--out", out, "--fail-on-change")
    assert code == 0 and "No differences." in text
    first = json.loads((sorted((out / "runs").iterdir())[0] / "manifest.json").read_text())["run_id"]

    code, text, _ = run_cli(capsys, "diff", first, "last", "--out", out, "--fail-on-change")
    assert code == 1
    assert "Facts: 1 added, 1 removed, 0 changed" in text
    assert any("alpha" in line and "Renault" in line and "4 000 000 000 EUR" in line for line in text.splitlines())

    code, text, _ = run_cli(capsys, "diff", first, "last", "--out", out, "--format", "csv")
    assert code == 0 and text.splitlines()[0] == "table,change,key,article_id,company,field,old,new"
    records = [line.split(",") for line in text.splitlines()[1:]]
    assert [(r[0], r[1], r[3], r[5]) for r in records] == [
        ("facts", "removed", "alpha", ""), ("facts", "added", "alpha", ""),     # new text: new fact ids
        *(("reconciled", "changed", "alpha", f) for f in ("amount", "amount_min", "amount_max", "fact_ids"))]

    code, text, _ = run_cli(capsys, "diff", first, str(out), "--out", out, "--format", "json")
    assert json.loads(text)["summary"]["facts"] == {"added": 1, "removed": 1, "changed": 0}


def test_runs_lists_the_history(tmp_path, capsys, fake_extractor):
    out = tmp_path / "out"
    run_cli(capsys, "run", write_drop(tmp_path / "d1", DROP), "--out", out)
    run_cli(capsys, "run", tmp_path / "d1", "--out", out)
    code, text, _ = run_cli(capsys, "runs", "--out", out)
    rows = [line for line in text.splitlines() if line.startswith("│ 2")]
    assert code == 0 and len(rows) == 2
    assert [cell.strip() for cell in rows[1].split("│")[4:11]] == ["2", "0", "2", "0", "0", "2", "2"]
    assert " * " in rows[1] and " * " not in rows[0]


# ---------------------------------------------------------------- the seeds, with the real extractor

@pytest.fixture(scope="module")
def real_extractor_by_data_dir():
    from pipeline.extract import Extractor
    loaded = {}

    def load(data_dir):
        if data_dir not in loaded:
            loaded[data_dir] = Extractor(data_dir)
        return loaded[data_dir]
    return load


def test_diff_of_two_runs_over_the_seeds_is_a_table_a_person_can_read(tmp_path, capsys, monkeypatch,
                                                                      real_extractor_by_data_dir):
    from pipeline.extract import DATA_DIR
    monkeypatch.setattr(runner, "load_extractor", real_extractor_by_data_dir)
    out = tmp_path / "out"
    assert run_cli(capsys, "run", SEEDS, "--out", out)[0] == 0
    rules = tmp_path / "rules"
    shutil.copytree(DATA_DIR, rules)
    rename_company(rules, "Amazon", "Amazon.com Inc")
    code, text, _ = run_cli(capsys, "run", "--rerun", "--data-dir", rules, "--out", out)
    assert code == 0 and "    extracted:     5" in text

    code, text, _ = run_cli(capsys, "diff", "prev", "last", "--out", out)
    lines = text.splitlines()
    assert code == 0
    header = next(line for line in lines if "article" in line and "company" in line)
    assert [cell.strip() for cell in header.split("┃")[1:-1]] == ["", "article", "company", "field", "old", "new"]
    changed = [[cell.strip() for cell in line.split("│")[1:-1]] for line in lines if "Amazon.com Inc" in line]
    assert changed and all(cells[3:] == ["company", "Amazon", "Amazon.com Inc"] for cells in changed if cells[1])
    assert {cells[1] for cells in changed if cells[1]} >= {"000_af91ba86cea2fdc1", "001_47b3f5adf4e9ddc3"}
