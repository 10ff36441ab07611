"""The dataset store: one folder (`outputs/` by default) with the current dataset, every run's
snapshot and the extraction cache.

Layout of DIR:
    manifest.json                      the last committed run's manifest: the commit record of the dataset
    facts.parquet / facts.csv          the facts of every article in the dataset (FACTS_SCHEMA)
    reconciled.parquet / .csv          the reconciled rows (RECONCILED_SCHEMA)
    articles.parquet                   every article name seen, with its text (ARTICLES_SCHEMA)
    dataset.duckdb                     tables facts, reconciled, articles, runs
    runs/<run_id>/                     manifest.json, facts.parquet, reconciled.parquet of each run
    cache/<version key>/*.parquet      facts per article content, per extractor version

A run never writes over the dataset in place: it writes every file into `.staging-<run_id>/`,
then renames that folder to `.commit-<run_id>/` (the commit point, one atomic rename), then moves
the files into place, manifest last. A process killed before the commit point leaves the previous
dataset untouched; one killed after it leaves a `.commit-*` folder that `recover` finishes. The
dataset is *whole* when `check_dataset` finds nothing: every file the manifest lists is there, has
the manifest's hash and row count, and every table is readable.
"""
from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import secrets
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.facts import FACT_COLUMNS, FACTS_SCHEMA, RECONCILED_SCHEMA

MANIFEST = "manifest.json"
RUNS_DIR = "runs"
CACHE_DIR = "cache"
LOCK_FILE = ".lock"
STAGING_PREFIX = ".staging-"
COMMIT_PREFIX = ".commit-"
SNAPSHOT_FILES = ("facts.parquet", "reconciled.parquet")   # what runs/<run_id>/ keeps beside its manifest

ARTICLES_SCHEMA = pa.schema([
    ("article_id", pa.string()),
    ("content_hash", pa.string()),
    ("published", pa.date32()),
    ("path", pa.string()),            # where this name was first read
    ("source", pa.string()),
    ("url", pa.string()),
    ("repairs", pa.list_(pa.string())),
    ("duplicate_of", pa.string()),    # the name whose facts stand for this text; null for that name itself
    ("version", pa.string()),         # the extractor version that made this text's facts
    ("run_id", pa.string()),          # the run that recorded this name with this text
    ("text", pa.string()),
])
ARTICLE_COLUMNS = tuple(ARTICLES_SCHEMA.names)

RUNS_SCHEMA = pa.schema([
    ("run_id", pa.string()),
    ("seq", pa.int64()),
    ("started", pa.string()),
    ("finished", pa.string()),
    ("version", pa.string()),
    ("rerun", pa.bool_()),
    ("articles_read", pa.int64()),
    ("extracted", pa.int64()),
    ("reused", pa.int64()),
    ("duplicates", pa.int64()),
    ("skipped", pa.int64()),
    ("facts", pa.int64()),
    ("reconciled", pa.int64()),
    ("dataset_articles", pa.int64()),
])

FACT_ORDER = ("article_id", "char_start", "char_end", "fact_id")
RECONCILED_ORDER = ("company", "currency", "period", "rate", "status", "reconciled_id")
ARTICLE_ORDER = ("article_id",)


class StoreError(Exception):
    """The store cannot be used: busy, unwritable or damaged. The message is one line for the user."""


@dataclass(frozen=True)
class Dataset:
    """The three tables of a committed dataset."""

    facts: pa.Table
    reconciled: pa.Table
    articles: pa.Table

    @classmethod
    def empty(cls) -> Dataset:
        return cls(FACTS_SCHEMA.empty_table(), RECONCILED_SCHEMA.empty_table(), ARTICLES_SCHEMA.empty_table())


# ---------------------------------------------------------------- tables

def sorted_table(rows: list[dict] | pa.Table, schema: pa.Schema, order: tuple[str, ...]) -> pa.Table:
    """Rows typed by `schema`, in a fixed order, without writer metadata: equal data gives equal bytes."""
    table = rows if isinstance(rows, pa.Table) else pa.Table.from_pylist(rows, schema=schema)
    table = table.select(list(schema.names)).cast(schema).replace_schema_metadata(None)
    return table.sort_by([(column, "ascending") for column in order]).combine_chunks()


def facts_table(rows: list[dict] | pa.Table) -> pa.Table:
    return sorted_table(rows, FACTS_SCHEMA, FACT_ORDER)


def reconciled_table(rows: list[dict] | pa.Table) -> pa.Table:
    return sorted_table(rows, RECONCILED_SCHEMA, RECONCILED_ORDER)


def articles_table(rows: list[dict] | pa.Table) -> pa.Table:
    return sorted_table(rows, ARTICLES_SCHEMA, ARTICLE_ORDER)


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd")


def write_csv(table: pa.Table, path: Path) -> None:
    """CSV through pandas in the schema's column order; dates ISO, nulls empty."""
    table.to_pandas().to_csv(path, index=False, columns=list(table.schema.names), lineterminator="\n")


def write_duckdb(tables: dict[str, pa.Table], path: Path) -> None:
    con = duckdb.connect(str(path))
    try:
        for name, table in tables.items():
            con.register("incoming", table)
            con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM incoming')
            con.unregister("incoming")
    finally:
        con.close()


def read_table(path: Path, schema: pa.Schema) -> pa.Table:
    return pq.read_table(path).select(list(schema.names)).cast(schema)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def csv_rows(path: Path) -> int:
    return len(pd.read_csv(path, dtype=str, keep_default_na=False))


# ---------------------------------------------------------------- runs

def new_run_id(now: datetime | None = None, after: str | None = None) -> str:
    """`20261126T101500Z-3fa2`: sorts by time; a run in the same second as `after` (the previous run)
    counts up from its suffix, so run ids always sort in run order."""
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    if after and after.split("-")[0] >= stamp:
        stamp, suffix = after.split("-")
        return f"{stamp}-{int(suffix, 16) + 1:04x}"
    return f"{stamp}-{secrets.token_hex(2)}"


def read_manifest(path: Path) -> dict | None:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def current_manifest(out_dir: Path) -> dict | None:
    return read_manifest(Path(out_dir) / MANIFEST)


def list_runs(out_dir: Path) -> list[dict]:
    """Every committed run's manifest, oldest first."""
    runs_dir = Path(out_dir) / RUNS_DIR
    manifests = [m for m in (read_manifest(p / MANIFEST) for p in sorted(runs_dir.glob("*")) if p.is_dir()) if m]
    return sorted(manifests, key=lambda m: (m.get("seq", 0), m["run_id"]))


def runs_table(manifests: list[dict]) -> pa.Table:
    rows = [{"run_id": m["run_id"], "seq": m.get("seq"), "started": m.get("started"), "finished": m.get("finished"),
             "version": m.get("pipeline_version"), "rerun": m.get("rerun", False),
             **{name: m.get("counts", {}).get(name) for name in RUNS_SCHEMA.names[6:]}}
            for m in manifests]
    return pa.Table.from_pylist(rows, schema=RUNS_SCHEMA)


def load_dataset(out_dir: Path) -> Dataset:
    """The committed dataset of DIR; empty when nothing was committed yet."""
    out_dir = Path(out_dir)
    if current_manifest(out_dir) is None:
        if (out_dir / "facts.parquet").exists():
            raise StoreError(f"{out_dir} holds a dataset without a readable {MANIFEST}: move it away or fix it")
        return Dataset.empty()
    try:
        return Dataset(read_table(out_dir / "facts.parquet", FACTS_SCHEMA),
                       read_table(out_dir / "reconciled.parquet", RECONCILED_SCHEMA),
                       read_table(out_dir / "articles.parquet", ARTICLES_SCHEMA))
    except (OSError, pa.ArrowException) as e:
        raise StoreError(f"the dataset in {out_dir} cannot be read ({e}); check it with `python -m pipeline runs`")


# ---------------------------------------------------------------- writing and committing

def ensure_writable(out_dir: Path) -> None:
    """Creates DIR and proves a file can be written there, so a run fails before its work, not after."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / f".probe-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        raise StoreError(f"cannot write to {out_dir}: {e.strerror or e}") from e


@contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """One writer at a time per DIR; the OS drops the lock when the holder dies, even by SIGKILL."""
    lock_path = Path(out_dir) / LOCK_FILE
    with lock_path.open("a+") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            if e.errno in (errno.EAGAIN, errno.EACCES):
                raise StoreError(f"another run is writing to {out_dir}; wait for it to finish") from e
            raise
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def recover(out_dir: Path) -> None:
    """Finishes a commit a killed run had reached, and drops the staging of runs killed before it.
    Call it holding the lock: a staging folder may belong to a live run otherwise."""
    out_dir = Path(out_dir)
    for commit_dir in sorted(out_dir.glob(COMMIT_PREFIX + "*")):
        _roll_forward(out_dir, commit_dir)
    for staging in out_dir.glob(STAGING_PREFIX + "*"):
        shutil.rmtree(staging, ignore_errors=True)


def recover_if_idle(out_dir: Path) -> None:
    """For readers: finish an interrupted commit unless a run is in progress."""
    out_dir = Path(out_dir)
    if not any(out_dir.glob(COMMIT_PREFIX + "*")):
        return
    try:
        with locked(out_dir):
            recover(out_dir)
    except (StoreError, OSError):
        pass


def commit(out_dir: Path, dataset: Dataset, manifest: dict) -> dict:
    """Writes the dataset and the run snapshot, then swaps them in (see the module doc).
    Returns the manifest completed with the files' hashes and row counts."""
    out_dir = Path(out_dir)
    run_id = manifest["run_id"]
    staging = out_dir / f"{STAGING_PREFIX}{run_id}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    files = {
        "facts.parquet": dataset.facts, "facts.csv": dataset.facts,
        "reconciled.parquet": dataset.reconciled, "reconciled.csv": dataset.reconciled,
        "articles.parquet": dataset.articles,
    }
    for name, table in files.items():
        (write_csv if name.endswith(".csv") else write_parquet)(table, staging / name)
    history = [m for m in list_runs(out_dir) if m["run_id"] != run_id] + [manifest]
    db_tables = {"facts": dataset.facts, "reconciled": dataset.reconciled,
                 "articles": dataset.articles, "runs": runs_table(history)}
    write_duckdb(db_tables, staging / "dataset.duckdb")
    manifest = {**manifest, "files": {
        **{name: {"sha256": file_sha256(staging / name), "rows": table.num_rows} for name, table in files.items()},
        "dataset.duckdb": {"tables": {name: table.num_rows for name, table in db_tables.items()}},
    }}
    snapshot = staging / RUNS_DIR / run_id
    snapshot.mkdir(parents=True)
    for name in SNAPSHOT_FILES:
        _link_or_copy(staging / name, snapshot / name)
    manifest_text = json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    for where in (staging, snapshot):
        (where / MANIFEST).write_text(manifest_text, encoding="utf-8")
    _fsync_tree(staging)
    commit_dir = out_dir / f"{COMMIT_PREFIX}{run_id}"
    os.replace(staging, commit_dir)        # the commit point
    _fsync_dir(out_dir)
    _roll_forward(out_dir, commit_dir)
    return manifest


def _roll_forward(out_dir: Path, commit_dir: Path) -> None:
    """Moves a committed run's files into place, manifest last; safe to repeat after a kill."""
    runs_src = commit_dir / RUNS_DIR
    if runs_src.is_dir():
        (out_dir / RUNS_DIR).mkdir(exist_ok=True)
        for snapshot in runs_src.iterdir():
            target = out_dir / RUNS_DIR / snapshot.name
            if target.exists():
                shutil.rmtree(target)
            os.replace(snapshot, target)
    for item in sorted(commit_dir.iterdir()):
        if item.is_file() and item.name != MANIFEST:
            os.replace(item, out_dir / item.name)
    if (commit_dir / MANIFEST).exists():
        os.replace(commit_dir / MANIFEST, out_dir / MANIFEST)
    _fsync_dir(out_dir)
    shutil.rmtree(commit_dir)


def _link_or_copy(src: Path, dst: Path) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _fsync_tree(root: Path) -> None:
    for path in sorted(root.rglob("*")):
        if path.is_file():
            with path.open("rb") as f:
                os.fsync(f.fileno())
    for folder in [root, *[p for p in root.rglob("*") if p.is_dir()]]:
        _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- checking

def check_dataset(out_dir: Path) -> list[str]:
    """What keeps DIR from being a whole dataset (empty list: whole). Whole means: the manifest reads;
    every file it lists exists with its hash and row count; the DuckDB tables have the listed row
    counts; the run's snapshot folder has its files; the Parquet tables agree on the articles."""
    out_dir = Path(out_dir)
    manifest = current_manifest(out_dir)
    if manifest is None:
        return [f"no readable {MANIFEST} in {out_dir}"]
    problems = []
    for name, expected in manifest.get("files", {}).items():
        path = out_dir / name
        if not path.is_file():
            problems.append(f"{name} is missing")
        elif "sha256" in expected and file_sha256(path) != expected["sha256"]:
            problems.append(f"{name} differs from the manifest (sha256)")
        elif name.endswith(".parquet") and pq.read_metadata(path).num_rows != expected["rows"]:
            problems.append(f"{name} has {pq.read_metadata(path).num_rows} rows, the manifest says {expected['rows']}")
        elif name.endswith(".csv") and csv_rows(path) != expected["rows"]:
            problems.append(f"{name} row count differs from the manifest")
        elif name.endswith(".duckdb"):
            problems += _check_duckdb(path, expected["tables"])
    snapshot = out_dir / RUNS_DIR / manifest["run_id"]
    problems += [f"runs/{manifest['run_id']}/{name} is missing"
                 for name in (MANIFEST, *SNAPSHOT_FILES) if not (snapshot / name).is_file()]
    if not problems:
        problems += _check_consistency(load_dataset(out_dir))
    return problems


def _check_duckdb(path: Path, tables: dict[str, int]) -> list[str]:
    try:
        con = duckdb.connect(str(path), read_only=True)
    except duckdb.Error as e:
        return [f"{path.name} cannot be opened: {e}"]
    try:
        counts = {name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables}
    except duckdb.Error as e:
        return [f"{path.name}: {e}"]
    finally:
        con.close()
    return [f"{path.name} table {name} has {counts[name]} rows, the manifest says {n}"
            for name, n in tables.items() if counts[name] != n]


def _check_consistency(dataset: Dataset) -> list[str]:
    """Every fact belongs to an article of the dataset, and every reconciled row to known facts."""
    article_ids = set(dataset.articles.column("article_id").to_pylist())
    fact_ids = set(dataset.facts.column("fact_id").to_pylist())
    orphans = set(dataset.facts.column("article_id").to_pylist()) - article_ids
    unknown = {fid for joined in dataset.reconciled.column("fact_ids").to_pylist()
               for fid in (joined or "").split(";") if fid} - fact_ids
    return ([f"facts of unknown articles: {sorted(orphans)[:5]}"] if orphans else []) + \
           ([f"reconciled rows name unknown facts: {sorted(unknown)[:5]}"] if unknown else [])


# ---------------------------------------------------------------- extraction cache

class ExtractionCache:
    """Facts per article text (content hash) for one extractor version, kept across runs.

    Written in small batches while a run extracts, each batch one atomic file, so a run killed
    midway leaves its finished work for the next run. Rows keep the name of the article they
    were extracted from; the runner relabels them."""

    def __init__(self, out_dir: Path, version: str):
        self.version = version
        self.folder = Path(out_dir) / CACHE_DIR / hashlib.sha1(version.encode()).hexdigest()[:16]
        self._facts: dict[str, list[dict]] = {}
        self._pending: dict[str, list[dict]] = {}
        self._batches = 0
        for path in sorted(self.folder.glob("*.parquet")):
            self._load(path)

    def _load(self, path: Path) -> None:
        try:
            table = pq.read_table(path)
            hashes = json.loads((table.schema.metadata or {})[b"content_hashes"])
            rows = table.select(list(FACT_COLUMNS)).cast(FACTS_SCHEMA).to_pylist()
        except (OSError, KeyError, ValueError, pa.ArrowException):
            return          # a cache file that cannot be read only costs a re-extraction
        for content_hash in hashes:
            self._facts[content_hash] = []
        for row in rows:
            self._facts[row["content_hash"]].append(row)

    def get(self, content_hash: str) -> list[dict] | None:
        """The cached fact rows of this text, [] when it has none, None when it was never extracted."""
        return self._facts.get(content_hash)

    def __contains__(self, content_hash: str) -> bool:
        return content_hash in self._facts

    def add(self, content_hash: str, rows: list[dict]) -> None:
        self._facts[content_hash] = rows
        self._pending[content_hash] = rows

    @property
    def pending(self) -> int:
        return len(self._pending)

    def flush(self, run_id: str) -> None:
        """Writes the texts added since the last flush as one batch file."""
        if not self._pending:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        rows = [row for rows in self._pending.values() for row in rows]
        table = pa.Table.from_pylist(rows, schema=FACTS_SCHEMA).replace_schema_metadata({
            "content_hashes": json.dumps(sorted(self._pending)), "version": self.version})
        self._batches += 1
        target = self.folder / f"{run_id}-{self._batches:05d}.parquet"
        temporary = target.with_suffix(".tmp")
        pq.write_table(table, temporary, compression="zstd")
        os.replace(temporary, target)
        self._pending = {}
