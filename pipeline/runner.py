"""The run: a drop of articles -> extraction (or the cache) -> the cumulative dataset, re-reconciled,
committed to the store with a manifest.

The dataset is cumulative: each run adds its drop to what the store holds. An article name seen
again with other text replaces its old facts; a text already seen under another name is recorded
under both names but extracted once (its facts carry the first name). A text whose facts the
cache holds for the current extractor version is not extracted again, so re-running a drop
changes nothing. `rerun=True` ignores the cache and re-extracts every article of the dataset
(its texts are kept in the store) and of the drop, e.g. after a rule change.
"""
from __future__ import annotations

import dataclasses
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterable, Protocol, Sequence

import pyarrow as pa

from pipeline import __version__, store
from pipeline.articles import Article, Skipped, article_files, read_articles
from pipeline.facts import RECONCILED_SCHEMA, Fact, make_fact_id
from pipeline.reconcile import reconcile_frame

CACHE_FLUSH_SECONDS = 2.0       # a killed run loses at most this much extraction work
CACHE_FLUSH_ARTICLES = 64

Progress = Callable[[int, int], None]      # (articles extracted so far, articles to extract)


class Extracting(Protocol):
    version: str

    def extract_all(self, articles: Iterable[Article]) -> Iterable[tuple[Article, list[Fact]]]: ...


class RunError(Exception):
    """Nothing could be done (no input, unusable store, no extractor). The message is one line."""


@dataclass(frozen=True)
class RunResult:
    run_id: str
    out_dir: Path
    manifest: dict
    skipped: tuple[Skipped, ...]

    @property
    def counts(self) -> dict:
        return self.manifest["counts"]


@dataclass(frozen=True)
class InputArticle:
    """What became of one article of the drop."""

    path: str
    article_id: str
    content_hash: str
    status: str                         # extracted, reused, duplicate
    duplicate_of: str | None = None
    repairs: tuple[str, ...] = ()       # what was done to read it: "not UTF-8, decoded as cp1252", ...


def load_extractor(data_dir: Path | None) -> Extracting:
    """The real extractor; imported here so that tests and `diff` never pay for spaCy."""
    try:
        from pipeline.extract import Extractor
        return Extractor(data_dir)
    except (ImportError, OSError, RuntimeError, ValueError) as e:
        raise RunError(f"cannot load the extractor: {e}") from e


def model_versions() -> dict[str, str | None]:
    """spaCy and model package versions, read from the installed packages (no model load)."""
    from pipeline.nlp import MODEL

    def installed(name: str) -> str | None:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None
    return {"spacy": installed("spacy"), "model": MODEL, "model_version": installed(MODEL)}


def run(inputs: Sequence[str | Path], out_dir: str | Path, *, rerun: bool = False, data_dir: Path | None = None,
        extractor: Extracting | None = None, on_progress: Progress | None = None) -> RunResult:
    """Processes a drop into the dataset of `out_dir` and commits it; raises RunError when nothing can be done."""
    out_dir = Path(out_dir)
    files, missing = article_files(inputs)
    if not files and not rerun:
        where = "; ".join(f"{s.path}: {s.reason}" for s in missing) or "no INPUT given"
        raise RunError(f"no article files (.txt, .jsonl) found ({where})")
    try:
        store.ensure_writable(out_dir)
        with store.locked(out_dir):
            store.recover(out_dir)
            return _run_locked(inputs, out_dir, rerun, data_dir, extractor, on_progress)
    except store.StoreError as e:
        raise RunError(str(e)) from e


def _run_locked(inputs, out_dir: Path, rerun: bool, data_dir, extractor, on_progress) -> RunResult:
    started = datetime.now(timezone.utc)
    previous = store.current_manifest(out_dir) or {}
    run_id = store.new_run_id(started, after=previous.get("run_id"))
    current = store.load_dataset(out_dir)
    articles, skipped = read_articles(inputs)
    if rerun and not articles and not current.articles.num_rows:
        raise RunError(f"nothing to re-extract: {out_dir} holds no articles yet and INPUT gave none")
    extractor = extractor or load_extractor(data_dir)
    version = extractor.version

    drop, repeats, conflicts = _distinct_names(articles)
    stored = current.articles.to_pylist()
    plan = plan_articles(stored, drop, run_id, version, rerun)
    cache = store.ExtractionCache(out_dir, version)
    to_extract = sorted(h for h in plan.touched if rerun or h not in cache)
    fresh, failures = _extract([_article_of(plan.owners[h]) for h in to_extract], extractor, cache, run_id,
                               on_progress)
    if failures:        # those texts are left out as if not given; the dataset keeps what it had for them
        drop = [a for a in drop if a.content_hash not in failures]
        plan = plan_articles(stored, drop, run_id, version, rerun, failed=frozenset(failures))
    facts_by_text = {h: fresh[h] if h in fresh else cache.get(h) for h in plan.touched}
    facts = store.facts_table(assemble_facts(plan, facts_by_text, current.facts.to_pylist()))
    reconciled = store.reconciled_table(_reconcile(facts))

    inputs_record = [_input_record(a, plan, fresh) for a in drop] + \
                    [InputArticle(a.path, a.article_id, a.content_hash, "duplicate", a.article_id) for a in repeats]
    skipped = [*skipped, *conflicts, *failures.values()]
    manifest = {
        "run_id": run_id,
        "seq": previous.get("seq", 0) + 1,
        "previous_run": previous.get("run_id"),
        "started": started.isoformat(timespec="seconds"),
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "pipeline_version": version,
        "package_version": __version__,
        **model_versions(),
        "rerun": rerun,
        "inputs": [dataclasses.asdict(i) for i in inputs_record],
        "skipped": [dataclasses.asdict(s) for s in skipped],
        "counts": {
            "articles_read": len(articles),
            "extracted": len(fresh),
            "reused": len(plan.touched) - len(fresh),
            "duplicates": sum(i.status == "duplicate" for i in inputs_record),
            "skipped": len(skipped),
            "facts": facts.num_rows,
            "reconciled": reconciled.num_rows,
            "dataset_articles": len(plan.rows),
            "stale_articles": sum(row["version"] != version for row in plan.rows),
        },
    }
    manifest = store.commit(out_dir, store.Dataset(facts, reconciled, store.articles_table(plan.rows)), manifest)
    return RunResult(run_id, out_dir, manifest, tuple(skipped))


def _extract(articles: list[Article], extractor: Extracting, cache: store.ExtractionCache, run_id: str,
             on_progress: Progress | None) -> tuple[dict[str, list[dict]], dict[str, Skipped]]:
    """Fact rows per text, saved to the cache as they come, and the texts the extractor failed on.
    When a batch fails, the articles left are retried one by one, so one bad article costs only itself."""
    fresh: dict[str, list[dict]] = {}
    failures: dict[str, Skipped] = {}
    last_flush = time.monotonic()

    def take(results: Iterable[tuple[Article, list[Fact]]]) -> None:
        nonlocal last_flush
        for article, facts in results:
            rows = [_stamped(fact, article).to_row() for fact in facts]
            fresh[article.content_hash] = rows
            cache.add(article.content_hash, rows)
            if cache.pending >= CACHE_FLUSH_ARTICLES or time.monotonic() - last_flush >= CACHE_FLUSH_SECONDS:
                cache.flush(run_id)
                last_flush = time.monotonic()
            if on_progress:
                on_progress(len(fresh) + len(failures), len(articles))

    if on_progress:
        on_progress(0, len(articles))
    try:
        take(extractor.extract_all(articles))
    except Exception:
        for article in [a for a in articles if a.content_hash not in fresh]:
            try:
                take(extractor.extract_all([article]))
            except Exception as e:
                failures[article.content_hash] = Skipped(article.path, f"extraction failed ({type(e).__name__}: {e})")
    cache.flush(run_id)
    return fresh, failures


def _reconcile(facts: pa.Table) -> pa.Table:
    frame = reconcile_frame(facts.to_pandas())
    return pa.Table.from_pandas(frame[list(RECONCILED_SCHEMA.names)], schema=RECONCILED_SCHEMA, preserve_index=False)


# ---------------------------------------------------------------- pure: what the run does

@dataclass(frozen=True)
class ArticlePlan:
    """The dataset's articles after a drop, decided before any extraction."""

    rows: list[dict]                # one per name (ARTICLES_SCHEMA), duplicate_of and version filled
    owners: dict[str, dict]         # content hash -> the row whose name the text's facts carry
    touched: frozenset[str]         # texts whose facts this run takes from the cache or the extractor


def plan_articles(stored: list[dict], drop: list[Article], run_id: str, version: str, rerun: bool,
                  failed: frozenset[str] = frozenset()) -> ArticlePlan:
    """New names added, names with new text replaced; each text owned by one name; the texts of the
    drop (every text on a rerun) touched, stamped with `version`, except those the extractor `failed`
    on; other texts keep their facts."""
    rows = _merge_articles(stored, drop, run_id)
    owners = _owners(rows, run_id)
    touched = (frozenset(owners) if rerun else frozenset(
        a.content_hash for a in drop if owners[a.content_hash]["article_id"] == a.article_id)) - failed
    planned = []
    for row in rows:
        owner = owners[row["content_hash"]]
        planned.append({**row, "duplicate_of": None if owner is row else owner["article_id"],
                        "version": version if row["content_hash"] in touched else owner["version"]})
    by_name = {row["article_id"]: row for row in planned}
    return ArticlePlan(planned, {h: by_name[row["article_id"]] for h, row in owners.items()}, touched)


def assemble_facts(plan: ArticlePlan, facts_by_text: dict[str, list[dict]], stored_facts: list[dict]) -> list[dict]:
    """The dataset's fact rows: touched texts from this run, the others as stored, each under its owner's name."""
    stored_by_text = defaultdict(list)
    for fact in stored_facts:
        stored_by_text[fact["content_hash"]].append(fact)
    return [{**fact, "article_id": owner["article_id"]}
            for content_hash, owner in plan.owners.items()
            for fact in (facts_by_text[content_hash] if content_hash in plan.touched else stored_by_text[content_hash])]


def _distinct_names(articles: list[Article]) -> tuple[list[Article], list[Article], list[Skipped]]:
    """One article per name: the same file read twice is a repeat; a name reused for other text is skipped."""
    first: dict[str, Article] = {}
    repeats, conflicts = [], []
    for article in articles:
        seen = first.setdefault(article.article_id, article)
        if seen is article:
            continue
        if seen.content_hash == article.content_hash:
            repeats.append(article)
        else:
            conflicts.append(Skipped(article.path, f"article id {article.article_id!r} is also {seen.path}, "
                                                   "with other text: the first is kept"))
    return list(first.values()), repeats, conflicts


def _merge_articles(stored: list[dict], drop: list[Article], run_id: str) -> list[dict]:
    """The dataset's article rows after this drop: new names added, names with new text replaced."""
    by_name = {row["article_id"]: row for row in stored}
    for article in drop:
        old = by_name.get(article.article_id)
        if old is None or old["content_hash"] != article.content_hash:
            by_name[article.article_id] = {
                "article_id": article.article_id, "content_hash": article.content_hash,
                "published": article.published, "path": article.path, "source": article.source,
                "url": article.url, "repairs": list(article.repairs), "duplicate_of": None,
                "version": None, "run_id": run_id, "text": article.text}
    return list(by_name.values())


def _owners(rows: list[dict], run_id: str) -> dict[str, dict]:
    """For each text, the name its facts carry: the name that already carried them, else a name already
    in the dataset, else a new one; the smallest id among equals. Never depends on input order."""
    def rank(row: dict) -> tuple[int, str]:
        is_new = row["run_id"] == run_id
        return (2 if is_new else 0 if row["duplicate_of"] is None else 1), row["article_id"]
    owners: dict[str, dict] = {}
    for row in rows:
        best = owners.get(row["content_hash"])
        if best is None or rank(row) < rank(best):
            owners[row["content_hash"]] = row
    return owners


def _article_of(row: dict) -> Article:
    return Article(article_id=row["article_id"], text=row["text"], published=row["published"],
                   content_hash=row["content_hash"], path=row["path"], source=row["source"], url=row["url"],
                   repairs=tuple(row["repairs"] or ()))


def _stamped(fact: Fact, article: Article) -> Fact:
    """The fact tied to its article's text: the id comes from the content hash, never from the name,
    so the same text gives the same fact ids under any name and on every run."""
    return dataclasses.replace(fact, content_hash=article.content_hash,
                               fact_id=make_fact_id(article.content_hash, fact.char_start, fact.char_end))


def _input_record(article: Article, plan: ArticlePlan, fresh: dict) -> InputArticle:
    owner = plan.owners[article.content_hash]["article_id"]
    if owner != article.article_id:
        return InputArticle(article.path, article.article_id, article.content_hash, "duplicate", owner, article.repairs)
    status = "extracted" if article.content_hash in fresh else "reused"
    return InputArticle(article.path, article.article_id, article.content_hash, status, repairs=article.repairs)
