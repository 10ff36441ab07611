"""`python -m pipeline run|diff|runs|eval`: the commands an analyst types.

Exit codes: 0 done (even when some articles were skipped: the summary names them), 1 `diff
--fail-on-change` found differences, 2 nothing could be done (the one-line reason is on stderr).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from pipeline import diff as diffing
from pipeline import evaluate, runner, store

DEFAULT_OUT = Path("outputs")
WIDE = 160      # columns for tables printed to a pipe or a file

DESCRIPTION = """\
French news articles -> a dataset of investment facts (company, amount, currency, period, purpose).

Each command has its own --help (e.g. `python -m pipeline diff --help`).

examples:
  python -m pipeline run corpus/seeds --out outputs
  python -m pipeline run new_drop/ --out outputs          # adds the new articles, re-reconciles
  python -m pipeline run --rerun --out outputs            # re-extract everything after a rule change
  python -m pipeline diff prev last --out outputs
  python -m pipeline runs --out outputs
  python -m pipeline eval --gold corpus/gold/seeds.jsonl --facts outputs/facts.csv --corpus corpus/seeds
"""

RUN_HELP = """\
Reads INPUT (article files .txt/.jsonl, or folders of them), extracts the facts of the articles
not seen before, adds them to the dataset in --out, re-reconciles the whole dataset and records
the run. Articles already processed with the same rules are taken from the cache; an article
whose text is already in the dataset under another name is recorded under both names and
extracted once. Writes facts.parquet/.csv, reconciled.parquet/.csv, articles.parquet and
dataset.duckdb (tables facts, reconciled, articles, runs) in --out, and runs/<run id>/.

examples:
  python -m pipeline run corpus/seeds --out outputs
  python -m pipeline run drop_2025_03/ extra.jsonl --out outputs
  python -m pipeline run --rerun --data-dir my_rules/ --out outputs
"""

DIFF_HELP = """\
Compares two datasets: A and B are run ids (see `runs`), `last` and `prev` (the last run and the
one before it), or output folders (their current dataset). Shows the facts added, removed and
changed (a fact is the same amount span of the same article text; a change is shown field by
field, old -> new), then the reconciled rows added, removed and changed.

examples:
  python -m pipeline diff prev last
  python -m pipeline diff 20261126T101500Z-3fa2 last --out outputs
  python -m pipeline diff old_outputs/ outputs/ --format csv > changes.csv
  python -m pipeline diff prev last --fail-on-change     # exit 1 when anything differs
"""

RUNS_HELP = """\
Lists the runs recorded in --out, oldest first: run id, time, extractor version, articles read,
extracted, reused from the cache, skipped, facts and reconciled rows.

example:
  python -m pipeline runs --out outputs
"""


EVAL_HELP = """\
Scores a facts table against your own gold annotations (JSON lines, one fact a line, in the format
of corpus/gold/seeds.jsonl), with the matching rules of the annotation guide: same article, company
among the accepted names (case, accents and legal suffixes ignored), same currency, period among the
accepted labels, numbers within 1%. Optional gold facts count neither way. With --reconciled, also
scores which facts were merged (pairwise, against the gold `canonical` ids). With --corpus, articles
that have no gold fact are scored too (any fact found there is a false positive).

examples:
  python -m pipeline eval --gold corpus/gold/seeds.jsonl --facts outputs/facts.csv --corpus corpus/seeds
  python -m pipeline eval --gold my_gold.jsonl --facts outputs/facts.parquet --reconciled outputs/reconciled.csv --verbose
"""


def build_parser() -> argparse.ArgumentParser:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(prog="python -m pipeline", description=DESCRIPTION, formatter_class=formatter)
    commands = parser.add_subparsers(title="commands", dest="command", required=True, metavar="COMMAND")

    run = commands.add_parser("run", help="extract the facts of article files and add them to the dataset in --out",
                              description=RUN_HELP, formatter_class=formatter)
    run.add_argument("inputs", nargs="*", metavar="INPUT", help="article files or folders (.txt, .jsonl)")
    run.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR", help="dataset folder (default outputs)")
    run.add_argument("--rerun", action="store_true",
                     help="re-extract every article of the dataset and of INPUT, ignoring the cache")
    run.add_argument("--data-dir", type=Path, metavar="DIR", help="lexicons to use instead of pipeline/data")
    run.add_argument("--quiet", action="store_true", help="no progress bar, a one-line summary")

    diff = commands.add_parser("diff", help="show the facts and reconciled rows that differ between two runs",
                               description=DIFF_HELP, formatter_class=formatter)
    diff.add_argument("a", metavar="A", help="run id, prev, last, or output folder (the old side)")
    diff.add_argument("b", metavar="B", help="run id, prev, last, or output folder (the new side)")
    diff.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR",
                      help="where the runs are (default outputs)")
    diff.add_argument("--format", choices=("table", "csv", "json"), default="table")
    diff.add_argument("--fail-on-change", action="store_true", help="exit 1 when anything differs")

    runs = commands.add_parser("runs", help="list the runs recorded in --out", description=RUNS_HELP,
                               formatter_class=formatter)
    runs.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR", help="dataset folder (default outputs)")

    ev = commands.add_parser("eval", help="score a facts table against a gold file", description=EVAL_HELP,
                             formatter_class=formatter)
    ev.add_argument("--gold", type=Path, required=True, metavar="FILE", help="gold facts, JSON lines")
    ev.add_argument("--facts", type=Path, required=True, metavar="FILE", help="facts table (.csv, .parquet, .jsonl)")
    ev.add_argument("--reconciled", type=Path, metavar="FILE", help="reconciled table with a fact_ids column")
    ev.add_argument("--corpus", type=Path, action="append", default=[], metavar="DIR",
                    help="article folder whose articles without gold facts are scored too (repeatable)")
    ev.add_argument("--verbose", action="store_true", help="list every false positive and false negative, and every matched fact whose status, "
                         "qualifier or rate disagrees with the gold (ATTR lines)")
    ev.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    command = {"run": run_command, "diff": diff_command, "runs": runs_command, "eval": eval_command}[args.command]
    try:
        return command(args)
    except (runner.RunError, diffing.DiffError, store.StoreError, evaluate.EvalError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2


def stdout_console() -> Console:
    return Console() if sys.stdout.isatty() else Console(width=WIDE, no_color=True, highlight=False)


# ---------------------------------------------------------------- run

def run_command(args) -> int:
    show_progress = not args.quiet and sys.stderr.isatty()
    with Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=Console(stderr=True), disable=not show_progress, transient=True) as progress:
        task = progress.add_task("extracting", total=None)
        result = runner.run(args.inputs, args.out, rerun=args.rerun, data_dir=args.data_dir,
                            on_progress=lambda done, total: progress.update(task, completed=done, total=total))
    print(run_summary(result, quiet=args.quiet))
    return 0


def run_summary(result: runner.RunResult, quiet: bool = False) -> str:
    n = result.counts
    if quiet:
        return (f"run {result.run_id}: {n['articles_read']} read, {n['extracted']} extracted, {n['reused']} reused, "
                f"{n['duplicates']} duplicates, {n['skipped']} skipped, {n['facts']} facts -> {result.out_dir}")
    lines = [f"Run {result.run_id} ({result.manifest['pipeline_version']})",
             f"  articles read:   {n['articles_read']}",
             f"    extracted:     {n['extracted']}" + (" (--rerun: every article of the dataset)"
                                                          if result.manifest["rerun"] else ""),
             f"    from cache:    {n['reused']}",
             f"    duplicates:    {n['duplicates']}"]
    lines += [f"      {i['path']} = {i['duplicate_of']}"
              for i in result.manifest["inputs"] if i["status"] == "duplicate"]
    repaired = [i for i in result.manifest["inputs"] if i.get("repairs")]
    if repaired:
        lines.append(f"  repaired:        {len(repaired)}")
        lines += [f"    {i['path']}: {'; '.join(i['repairs'])}" for i in repaired]
    lines.append(f"  skipped:         {n['skipped']}")
    lines += [f"    {s.path}: {s.reason}" for s in result.skipped]
    lines += [f"  dataset:         {n['dataset_articles']} articles, {n['facts']} facts, "
              f"{n['reconciled']} reconciled rows"]
    if n["stale_articles"]:
        lines.append(f"  note: {n['stale_articles']} articles were extracted by older rules; "
                     "`run --rerun` re-extracts them")
    out = result.out_dir
    lines.append(f"  files:           {out / 'facts.parquet'}, facts.csv, reconciled.parquet, reconciled.csv, "
                 f"dataset.duckdb; run snapshot in {out / store.RUNS_DIR / result.run_id}")
    return "\n".join(lines)


# ---------------------------------------------------------------- diff

def diff_command(args) -> int:
    result = diffing.diff_snapshots(diffing.resolve(args.a, args.out), diffing.resolve(args.b, args.out))
    if args.format == "csv":
        sys.stdout.write(diffing.to_csv(result))
    elif args.format == "json":
        sys.stdout.write(diffing.to_json(result))
    else:
        diffing.render(result, stdout_console())
    return 1 if args.fail_on_change and result.changes else 0


# ---------------------------------------------------------------- runs

def runs_command(args) -> int:
    store.recover_if_idle(args.out)
    manifests = store.list_runs(args.out)
    if not manifests:
        raise store.StoreError(f"no runs in {args.out}")
    current = (store.current_manifest(args.out) or {}).get("run_id")
    table = Table(title=f"Runs in {args.out}", title_justify="left")
    for column in ("run", "finished", "version", "read", "extracted", "reused", "dup", "skipped", "facts",
                   "reconciled"):
        table.add_column(column, justify="left" if column in ("run", "finished", "version") else "right")
    for m in manifests:
        n = m["counts"]
        run_id = m["run_id"] + (" *" if m["run_id"] == current else "") + (" (rerun)" if m.get("rerun") else "")
        table.add_row(run_id, m["finished"], m["pipeline_version"],
                      *(str(n[k]) for k in ("articles_read", "extracted", "reused", "duplicates", "skipped",
                                            "facts", "reconciled")))
    console = stdout_console()
    console.print(table)
    console.print("* the current dataset")
    return 0


# ---------------------------------------------------------------- eval

def eval_command(args) -> int:
    score = evaluate.evaluate_files(args.gold, args.facts, args.reconciled, args.corpus)
    if args.verbose:
        print("\n".join(score.errors))
    if args.json:
        import json
        print(json.dumps(score.as_dict(), indent=2))
    else:
        print(score.summary())
    return 0
