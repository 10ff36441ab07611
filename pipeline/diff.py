"""Two datasets (runs or output folders) -> the facts and reconciled rows added, removed and changed.

A fact is the same fact in both when its `fact_id` is (same article text, same amount span), so
"changed" means the rules now read that amount differently: each differing field is one change,
old -> new. Reconciled rows are matched by `reconciled_id` (the same set of facts), then by the
facts they share, then by company + currency + period; what stays unmatched is added or removed.
Only the store's files are read: no spaCy, no extraction.
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

import pyarrow as pa
from rich.console import Console
from rich.table import Table
from rich.text import Text

from pipeline import store
from pipeline.facts import FACT_COLUMNS, FACTS_SCHEMA, RECONCILED_COLUMNS, RECONCILED_SCHEMA

LATEST, BEFORE_LATEST = "last", "prev"
CHANGE_KINDS = ("removed", "added", "changed")     # the order changes are listed in, per article
QUALIFIER_MARKS = {"approx": "≈", "at_least": "≥", "at_most": "≤"}
AMOUNT_FIELDS = {"amount", "amount_min", "amount_max"}
JOINED_FIELDS = {"article_ids", "fact_ids", "partners"}     # ";"-joined lists: shown as what left and what came
RECONCILED_MATCH_KEY = ("company", "currency", "period")


class DiffError(Exception):
    """A run or folder cannot be found or read. The message is one line for the user."""


@dataclass(frozen=True)
class Snapshot:
    """The tables of one dataset, named by its run id or folder."""

    label: str
    facts: pa.Table
    reconciled: pa.Table


@dataclass(frozen=True)
class Change:
    """One difference. For `changed`, one field: old -> new. For `added`/`removed`, `field` is empty
    and old/new hold a one-line summary of the row."""

    table: str          # facts or reconciled
    change: str         # added, removed, changed
    key: str            # fact_id or reconciled_id (the new one when both exist)
    article_id: str     # facts: the article; reconciled: its article_ids
    company: str
    field: str
    old: object
    new: object


@dataclass(frozen=True)
class DatasetDiff:
    old: str
    new: str
    changes: tuple[Change, ...]

    def count(self, table: str, change: str) -> int:
        return sum(c.table == table and c.change == change for c in self.changes)

    def rows_changed(self, table: str) -> int:
        """Rows with at least one changed field (a changed row has one Change per field)."""
        return len({c.key for c in self.changes if c.table == table and c.change == "changed"})

    def summary(self) -> dict[str, dict[str, int]]:
        return {table: {"added": self.count(table, "added"), "removed": self.count(table, "removed"),
                        "changed": self.rows_changed(table)} for table in ("facts", "reconciled")}


# ---------------------------------------------------------------- finding the two datasets

def resolve(ref: str, out_dir: Path) -> Snapshot:
    """A run id (or a unique prefix of one) of `out_dir/runs`, `last`, `prev`, or an output folder."""
    out_dir = Path(out_dir)
    folder = Path(ref)
    if (folder / "facts.parquet").is_file():
        store.recover_if_idle(folder)
        manifest = store.current_manifest(folder)
        label = f"{folder}" + (f" ({manifest['run_id']})" if manifest else "")
        return _read(folder, label)
    store.recover_if_idle(out_dir)
    run_ids = [m["run_id"] for m in store.list_runs(out_dir)]
    if ref in (LATEST, BEFORE_LATEST):
        needed = 1 if ref == LATEST else 2
        if len(run_ids) < needed:
            raise DiffError(f"{out_dir} has {len(run_ids)} run(s): no {ref!r} run")
        run_id = run_ids[-needed]
    else:
        matches = [r for r in run_ids if r == ref] or [r for r in run_ids if r.startswith(ref)]
        if len(matches) != 1:
            what = "matches several runs" if matches else "is neither a run id nor an output folder"
            raise DiffError(f"{ref!r} {what} (runs in {out_dir}: `python -m pipeline runs --out {out_dir}`)")
        run_id = matches[0]
    return _read(out_dir / store.RUNS_DIR / run_id, run_id)


def _read(folder: Path, label: str) -> Snapshot:
    try:
        return Snapshot(label, store.read_table(folder / "facts.parquet", FACTS_SCHEMA),
                        store.read_table(folder / "reconciled.parquet", RECONCILED_SCHEMA))
    except (OSError, pa.ArrowException) as e:
        raise DiffError(f"cannot read the dataset of {label}: {e}") from e


# ---------------------------------------------------------------- comparing

def diff_snapshots(old: Snapshot, new: Snapshot) -> DatasetDiff:
    changes = diff_facts(old.facts.to_pylist(), new.facts.to_pylist()) + \
              diff_reconciled(old.reconciled.to_pylist(), new.reconciled.to_pylist())
    return DatasetDiff(old.label, new.label, tuple(changes))


def diff_facts(old_rows: list[dict], new_rows: list[dict]) -> list[Change]:
    old_by_id = {row["fact_id"]: row for row in old_rows}
    new_by_id = {row["fact_id"]: row for row in new_rows}
    pairs = [(old_by_id[k], new_by_id[k]) for k in old_by_id.keys() & new_by_id.keys()]
    removed = [old_by_id[k] for k in old_by_id.keys() - new_by_id.keys()]
    added = [new_by_id[k] for k in new_by_id.keys() - old_by_id.keys()]
    changes = _row_changes("facts", pairs, removed, added, FACT_COLUMNS, "fact_id", "article_id", fact_summary)
    return sorted(changes, key=lambda c: (c.article_id, CHANGE_KINDS.index(c.change), c.key, _field_rank(c.field)))


def diff_reconciled(old_rows: list[dict], new_rows: list[dict]) -> list[Change]:
    pairs, removed, added = match_reconciled(old_rows, new_rows)
    changes = _row_changes("reconciled", pairs, removed, added, RECONCILED_COLUMNS, "reconciled_id",
                           "article_ids", reconciled_summary)
    return sorted(changes, key=lambda c: (c.company, CHANGE_KINDS.index(c.change), c.key, _field_rank(c.field)))


def match_reconciled(old_rows: list[dict], new_rows: list[dict]
                     ) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """(old, new) pairs of the same real-world fact, then the unmatched old and new rows."""
    old_left = {row["reconciled_id"]: row for row in old_rows}
    new_left = {row["reconciled_id"]: row for row in new_rows}
    pairs = [(old_left.pop(k), new_left.pop(k)) for k in sorted(old_left.keys() & new_left.keys())]

    owner = {fid: k for k, row in new_left.items() for fid in _fact_ids(row)}
    shared = Counter((old_key, owner[fid])
                     for old_key, row in old_left.items() for fid in _fact_ids(row) if fid in owner)
    for (old_key, new_key), _ in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
        if old_key in old_left and new_key in new_left:
            pairs.append((old_left.pop(old_key), new_left.pop(new_key)))

    def by_key(rows: dict) -> dict[tuple, list[str]]:
        index = defaultdict(list)
        for k, row in rows.items():
            index[tuple(row[c] for c in RECONCILED_MATCH_KEY)].append(k)
        return index
    old_index, new_index = by_key(old_left), by_key(new_left)
    for key in sorted(old_index.keys() & new_index.keys(), key=str):
        if len(old_index[key]) == len(new_index[key]) == 1:
            pairs.append((old_left.pop(old_index[key][0]), new_left.pop(new_index[key][0])))
    return pairs, list(old_left.values()), list(new_left.values())


def _fact_ids(row: dict) -> list[str]:
    return [fid for fid in (row["fact_ids"] or "").split(";") if fid]


def _row_changes(table: str, pairs, removed, added, columns, key_column, article_column, summary) -> list[Change]:
    def change(kind: str, row: dict, field: str = "", old=None, new=None) -> Change:
        return Change(table, kind, row[key_column], row[article_column] or "", row["company"] or "", field, old, new)
    changes = [change("removed", row, old=summary(row)) for row in removed]
    changes += [change("added", row, new=summary(row)) for row in added]
    changes += [change("changed", new, column, old[column], new[column])
                for old, new in pairs for column in columns
                if column != key_column and old[column] != new[column]]
    return changes


def _field_rank(field: str) -> int:
    columns = FACT_COLUMNS + RECONCILED_COLUMNS
    return columns.index(field) if field in columns else -1


# ---------------------------------------------------------------- showing

def format_value(field: str, value) -> str:
    """A value as a person reads it: amounts with grouped digits, dates ISO, nothing as an em dash."""
    if value is None or value == "":
        return "—"
    if field in AMOUNT_FIELDS and isinstance(value, float):
        return format_amount(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def format_amount(value: float) -> str:
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}"
    return text.replace(",", " ")


def _amount_phrase(row: dict) -> str:
    low, high = row["amount_min"], row["amount_max"]
    if row["amount"] is None and low is not None and high is not None:
        return format_amount(low) if low == high else f"{format_amount(low)}–{format_amount(high)}"
    if row["amount"] is None:
        return "vague amount"
    return QUALIFIER_MARKS.get(row.get("qualifier") or "", "") + format_amount(row["amount"])


def fact_summary(row: dict) -> str:
    """`100 000 000 000 USD, 2025, planned, per_quarter: AWS`"""
    parts = [f"{_amount_phrase(row)} {row['currency']}", row["period"], row["status"],
             row["rate"] if row["rate"] != "total" else None]
    text = ", ".join(p for p in parts if p)
    return text + (f": {row['purpose']}" if row.get("purpose") else "")


def reconciled_summary(row: dict) -> str:
    return fact_summary(row) + f" ({row['n_articles']} article{'s' if row['n_articles'] != 1 else ''})"


_STYLES = {"added": ("+", "green"), "removed": ("−", "red"), "changed": ("~", "yellow")}


def render(diff: DatasetDiff, console: Console) -> None:
    """A table per dataset table: change, article, company, field, old, new."""
    summary = diff.summary()
    console.print(f"[bold]{diff.old}[/] → [bold]{diff.new}[/]")
    if not diff.changes:
        console.print("No differences.")
        return
    for table_name, title in (("facts", "Facts"), ("reconciled", "Reconciled rows")):
        counts = summary[table_name]
        heading = f"{title}: {counts['added']} added, {counts['removed']} removed, {counts['changed']} changed"
        changes = [c for c in diff.changes if c.table == table_name]
        if not changes:
            console.print(heading)
            continue
        table = Table(title=heading, title_justify="left", show_lines=False)
        for column, kwargs in (("", {"width": 1}), ("article" if table_name == "facts" else "articles", {}),
                               ("company", {}), ("field", {}), ("old", {"overflow": "fold"}),
                               ("new", {"overflow": "fold"})):
            table.add_column(column, **kwargs)
        for i, c in enumerate(changes):
            first_of_row = i == 0 or changes[i - 1].key != c.key
            last_of_row = i + 1 == len(changes) or changes[i + 1].key != c.key
            mark, style = _STYLES[c.change]
            table.add_row(Text(mark, style=style), c.article_id if first_of_row else "",
                          c.company if first_of_row else "", c.field or c.change,
                          *_shown_old_new(c), end_section=last_of_row)
        console.print(table)


def _shown_old_new(change: Change) -> tuple[str, str]:
    """Old and new as shown in the table; for a list field, only the items that left and came."""
    if change.change != "changed" or change.field not in JOINED_FIELDS:
        return format_value(change.field, change.old), format_value(change.field, change.new)
    old, new = (set(filter(None, (value or "").split(";"))) for value in (change.old, change.new))
    return "; ".join(f"−{item}" for item in sorted(old - new)) or "—", \
           "; ".join(f"+{item}" for item in sorted(new - old)) or "—"


CSV_COLUMNS = ("table", "change", "key", "article_id", "company", "field", "old", "new")


def to_csv(diff: DatasetDiff) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for c in diff.changes:
        writer.writerow([c.table, c.change, c.key, c.article_id, c.company, c.field,
                         _plain(c.old), _plain(c.new)])
    return out.getvalue()


def to_json(diff: DatasetDiff) -> str:
    record = {"old": diff.old, "new": diff.new, "summary": diff.summary(),
              "changes": [{k: _jsonable(v) for k, v in asdict(c).items()} for c in diff.changes]}
    return json.dumps(record, indent=2, ensure_ascii=False) + "\n"


def _plain(value) -> str:
    return "" if value is None else value.isoformat() if isinstance(value, date) else str(value)


def _jsonable(value):
    return value.isoformat() if isinstance(value, date) else value
