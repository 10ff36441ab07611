"""Score the pipeline on every annotated set that has been read: the seeds and the sets written for the
project (in corpus/), and the dev set beside the repo (../shared/corpus/dev) when it is there -- it is
skipped cleanly otherwise. corpus/unread4 is left out on purpose: it has never been scored, and its first
score is the next honest estimate on unseen articles (see its README).

    python scripts/eval_dev.py [--verbose]

Runs `python -m pipeline run` once over all the sets into a temporary folder, then scores each set
with `pipeline.evaluate` (the guide's matching rules), reconciliation included.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.evaluate import evaluate_files

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "seeds": (ROOT / "corpus/seeds", ROOT / "corpus/gold/seeds.jsonl"),
    "own": (ROOT / "corpus/own", ROOT / "corpus/gold/own.jsonl"),
    "holdout": (ROOT / "corpus/holdout", ROOT / "corpus/gold/holdout.jsonl"),
    "blind": (ROOT / "corpus/blind", ROOT / "corpus/gold/blind.jsonl"),
    "unread": (ROOT / "corpus/unread", ROOT / "corpus/gold/unread.jsonl"),
    "fresh": (ROOT / "corpus/fresh", ROOT / "corpus/gold/fresh.jsonl"),
    "fresh2": (ROOT / "corpus/fresh2", ROOT / "corpus/gold/fresh2.jsonl"),
    "final": (ROOT / "corpus/final", ROOT / "corpus/gold/final.jsonl"),
    "unread2": (ROOT / "corpus/unread2", ROOT / "corpus/gold/unread2.jsonl"),
    "fresh3": (ROOT / "corpus/fresh3", ROOT / "corpus/gold/fresh3.jsonl"),
    "fresh4": (ROOT / "corpus/fresh4", ROOT / "corpus/gold/fresh4.jsonl"),
    "unread3": (ROOT / "corpus/unread3", ROOT / "corpus/gold/unread3.jsonl"),
    "final2": (ROOT / "corpus/final2", ROOT / "corpus/gold/final2.jsonl"),
    "dev": (ROOT.parent / "shared/corpus/dev", ROOT.parent / "shared/gold/dev.jsonl"),
}


def main() -> int:
    verbose = "--verbose" in sys.argv
    present = {name: paths for name, paths in SETS.items() if paths[0].is_dir() and paths[1].is_file()}
    for name in SETS.keys() - present.keys():
        print(f"{name}: skipped ({SETS[name][0]} or its gold is not there)")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        subprocess.run([sys.executable, "-m", "pipeline", "run", *(str(c) for c, _ in present.values()),
                        "--out", str(out), "--quiet"], check=True)
        for name, (corpus, gold) in present.items():
            score = evaluate_files(gold, out / "facts.csv", out / "reconciled.csv", [corpus])
            if verbose:
                print("\n".join(score.errors))
            print(f"== {name}\n{score.summary()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
