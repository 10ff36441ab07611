"""diff: facts matched by fact_id, reconciled rows by id / shared facts / company+currency+period,
shown as a readable table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from rich.console import Console

from fakes import FakeExtractor, write_drop
from pipeline import diff, runner, store
from pipeline.facts import Fact


def fact(article_id: str, start: int, company: str = "Airbus", amount: float | None = 2e9, **extra) -> dict:
    return Fact(article_id=article_id, company=company, currency="EUR", amount=amount, amount_min=None,
                amount_max=None, qualifier="exact", char_start=start, char_end=start + 12, sentence="…",
                content_hash=f"h-{article_id}", **extra).to_row()


def row(reconciled_id: str, fact_ids: list[str], company: str = "Airbus", period: str | None = "2025",
        amount: float = 2e9, n_articles: int = 1) -> dict:
    return {"reconciled_id": reconciled_id, "company": company, "currency": "EUR", "period": period,
            "rate": "total", "status": "planned", "amount": amount, "amount_min": amount, "amount_max": amount,
            "purpose": None, "n_articles": n_articles, "article_ids": "a", "fact_ids": ";".join(fact_ids),
            "conflict": False, "note": None}


def test_facts_added_removed_and_changed_field_by_field():
    kept, moved, gone = fact("a", 10), fact("a", 40), fact("b", 5, company="Safran")
    new_moved = {**moved, "amount": 2.5e9, "period": "2026"}
    born = fact("c", 3, company="Thales")
    changes = diff.diff_facts([kept, moved, gone], [kept, new_moved, born])
    assert [(c.change, c.article_id, c.company, c.field, c.old, c.new) for c in changes] == [
        ("changed", "a", "Airbus", "amount", 2e9, 2.5e9),
        ("changed", "a", "Airbus", "period", None, "2026"),
        ("removed", "b", "Safran", "", "2 000 000 000 EUR, planned", None),
        ("added", "c", "Thales", "", None, "2 000 000 000 EUR, planned"),
    ]


def test_same_facts_in_another_order_are_no_change():
    rows = [fact("a", 10), fact("b", 20)]
    assert diff.diff_facts(rows, rows[::-1]) == []


def test_reconciled_rows_match_by_id_then_shared_facts_then_company_currency_period():
    old = [row("same", ["f1"]), row("grew", ["f2", "f3"], company="Safran"),
           row("keyed", ["f4"], company="Thales"), row("gone", ["f5"], company="Dassault")]
    new = [row("same", ["f1"]), row("grown", ["f2", "f3", "f9"], company="Safran", n_articles=2),
           row("rekeyed", ["f8"], company="Thales", amount=3e9), row("born", ["f7"], company="Alstom")]
    pairs, removed, added = diff.match_reconciled(old, new)
    assert [(o["reconciled_id"], n["reconciled_id"]) for o, n in pairs] == \
           [("same", "same"), ("grew", "grown"), ("keyed", "rekeyed")]
    assert [r["reconciled_id"] for r in removed] == ["gone"] and [r["reconciled_id"] for r in added] == ["born"]
    changes = diff.diff_reconciled(old, new)
    fields = {(c.company, c.field) for c in changes if c.change == "changed"}
    assert fields == {("Safran", "fact_ids"), ("Safran", "n_articles"),
                      ("Thales", "fact_ids"), ("Thales", "amount"), ("Thales", "amount_min"), ("Thales", "amount_max")}


def test_two_rows_with_one_key_are_not_guessed_apart():
    old = [row("x1", ["f1"], amount=1e9), row("x2", ["f2"], amount=2e9)]
    new = [row("y1", ["f3"], amount=1e9), row("y2", ["f4"], amount=2e9)]
    pairs, removed, added = diff.match_reconciled(old, new)
    assert pairs == [] and len(removed) == len(added) == 2


@pytest.mark.parametrize("field, value, shown", [
    ("amount", 26_300_000_000.0, "26 300 000 000"),
    ("amount", 1.5, "1.50"),
    ("published", date(2025, 1, 31), "2025-01-31"),
    ("period", None, "—"),
    ("company", "Airbus", "Airbus"),
])
def test_values_are_shown_for_people(field, value, shown):
    assert diff.format_value(field, value) == shown


def test_summaries_of_added_and_removed_rows():
    ranged = {**fact("a", 1), "amount": None, "amount_min": 6e10, "amount_max": 6.5e10, "qualifier": "range",
              "period": "2025", "rate": "per_quarter", "purpose": "centres de données"}
    assert diff.fact_summary(ranged) == \
        "60 000 000 000–65 000 000 000 EUR, 2025, planned, per_quarter: centres de données"
    assert diff.fact_summary({**fact("a", 1), "qualifier": "approx"}) == "≈2 000 000 000 EUR, planned"
    assert diff.reconciled_summary(row("r", ["f"], n_articles=3)) == "2 000 000 000 EUR, 2025, planned (3 articles)"


def sample_diff() -> diff.DatasetDiff:
    moved = fact("a-1", 40)
    old = diff.Snapshot("run-1", *tables([fact("a-1", 10), moved, fact("b-2", 5, company="Safran")]))
    new = diff.Snapshot("run-2", *tables([fact("a-1", 10), {**moved, "amount": 2.5e9},
                                          fact("c-3", 3, company="Thales")]))
    return diff.diff_snapshots(old, new)


def tables(facts: list[dict]):
    return store.facts_table(facts), store.reconciled_table(
        [row(f"r-{f['fact_id']}", [f["fact_id"]], company=f["company"], amount=f["amount"]) for f in facts])


def test_the_table_shows_article_company_field_old_and_new():
    console = Console(record=True, width=140)
    diff.render(sample_diff(), console)
    text = console.export_text()
    assert "run-1 → run-2" in text
    assert "Facts: 1 added, 1 removed, 1 changed" in text
    line = next(line for line in text.splitlines() if "2 500 000 000" in line and "a-1" in line)
    assert [cell.strip() for cell in line.split("│")[1:-1]] == \
           ["~", "a-1", "Airbus", "amount", "2 000 000 000", "2 500 000 000"]
    assert any("b-2" in line and "Safran" in line and "removed" in line for line in text.splitlines())


def test_no_difference_is_said():
    console = Console(record=True, width=100)
    snapshot = diff.Snapshot("x", *tables([fact("a", 1)]))
    diff.render(diff.diff_snapshots(snapshot, snapshot), console)
    assert console.export_text().splitlines() == ["x → x", "No differences."]


def test_csv_and_json_for_tools():
    result = sample_diff()
    records = list(csv.DictReader(io.StringIO(diff.to_csv(result))))
    assert tuple(records[0]) == diff.CSV_COLUMNS
    changed = next(r for r in records if r["table"] == "facts" and r["change"] == "changed")
    assert (changed["article_id"], changed["field"], changed["old"], changed["new"]) == \
           ("a-1", "amount", "2000000000.0", "2500000000.0")
    data = json.loads(diff.to_json(result))
    assert data["summary"]["facts"] == {"added": 1, "removed": 1, "changed": 1}
    assert len(data["changes"]) == len(records) == len(result.changes)


def test_runs_are_found_by_id_prefix_last_prev_or_folder(tmp_path):
    out = tmp_path / "out"
    first = runner.run([write_drop(tmp_path / "d1", {"a": "Airbus va investir 2 milliards d'euros."})], out,
                       extractor=FakeExtractor())
    second = runner.run([write_drop(tmp_path / "d2", {"b": "Safran va investir 3 milliards d'euros."})], out,
                        extractor=FakeExtractor())
    assert diff.resolve("last", out).label == second.run_id
    assert diff.resolve("prev", out).label == first.run_id
    assert diff.resolve(first.run_id, out).facts.num_rows == 1
    assert diff.resolve(str(out), tmp_path / "elsewhere").label == f"{out} ({second.run_id})"
    with pytest.raises(diff.DiffError, match="matches several runs"):
        diff.resolve(first.run_id[:8], out)
    with pytest.raises(diff.DiffError, match="neither a run id nor an output folder"):
        diff.resolve("nope", out)
    with pytest.raises(diff.DiffError, match="no 'prev' run"):
        diff.resolve("prev", tmp_path / "empty")
    result = diff.diff_snapshots(diff.resolve("prev", out), diff.resolve("last", out))
    assert [(c.table, c.change, c.article_id, c.company) for c in result.changes] == \
           [("facts", "added", "b", "Safran"), ("reconciled", "added", "b", "Safran")]
