"""Score the pipeline on every annotated set that has been read: the seeds and the sets written for the
project (in corpus/), and the dev set beside the repo (../shared/corpus/dev) when it is there -- it is
skipped cleanly otherwise. A set written to be held out is added to the list only once it has been scored
(its README gives its first score, the honest estimate on unseen articles).

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
# the sets written for the project that have been read, in the order they were written
READ_SETS = ["seeds", "own", "holdout", "blind", "unread", "fresh", "fresh2", "final", "unread2", "fresh3",
             "fresh4", "unread3", "final2", "unread4", "fresh5", "fresh6", "unread5", "final3", "unread6",
             "fresh7", "fresh8", "fresh9", "fresh10", "unread7", "fresh11", "fresh12",
             "final4", "unread8", "unread9", "fresh13", "fresh14", "fresh15", "fresh16", "unread10", "final5",
             "unread11", "unread12", "fresh17", "fresh18", "fresh19", "unread13", "final6",
             "unread14", "unread15", "fresh20", "fresh21", "fresh22", "unread16", "final7",
             "unread17", "unread18", "fresh23", "fresh24", "fresh25", "unread19", "final8",
             "unread20", "unread21", "fresh26", "fresh27", "fresh28", "unread22", "final9",
             "unread23", "unread24", "fresh29", "fresh30", "fresh31",
             "unread25", "final10", "unread26", "unread27", "fresh32", "fresh33", "fresh34", "unread28", "final11",
             "unread29", "unread30", "fresh35", "fresh36", "fresh37", "unread31", "final12",
             "unread32", "unread33", "fresh38", "fresh39", "fresh40",
             "unread34", "final13", "unread35", "unread36", "fresh41", "fresh42", "fresh43", "unread37", "final14",
             "unread38", "unread39", "fresh44", "fresh45", "fresh46", "unread40", "final15",
             "unread41", "unread42", "fresh47", "fresh48", "fresh49",
             "unread43", "final16", "unread44", "unread45", "fresh50", "fresh51", "fresh52", "unread46",
             "final17", "unread47", "unread48", "fresh53", "fresh54", "fresh55", "unread49",
             "final18", "unread50", "unread51", "fresh56", "fresh57", "fresh58", "unread52",
             "final19", "unread53", "unread54", "fresh59", "fresh60", "fresh61", "unread55", "final20", "unread56", "unread57", "fresh62", "fresh63", "fresh64", "unread58", "final21",
             "unread59", "unread60", "fresh65", "fresh66", "fresh67", "unread61", "final22",
             "unread62", "unread63", "fresh68", "fresh69", "fresh70", "unread64", "final23",
             "unread65", "unread66", "fresh71", "fresh72", "fresh73", "unread67", "final24", "unread68", "unread69", "fresh74", "fresh75", "fresh76", "unread70", "final25", "unread71", "unread72", "fresh78", "fresh79", "fresh77", "unread73", "final26",
             "unread74", "unread75", "fresh81", "fresh82", "fresh80", "unread76", "final27",
             "unread77", "unread78", "fresh83", "fresh84", "fresh85", "unread79", "final28",
             "unread80", "unread81", "fresh86", "fresh87", "fresh88", "unread82", "final29",
             "unread83", "unread84", "fresh89", "fresh90", "fresh91", "unread85", "final30",
             "unread86", "unread87", "fresh92", "fresh93", "fresh94", "unread88", "final31", "unread89", "unread90",
             "fresh95", "fresh96", "fresh97", "unread91", "final32"]
SETS = {name: (ROOT / "corpus" / name, ROOT / "corpus/gold" / f"{name}.jsonl") for name in READ_SETS}
SETS["dev"] = (ROOT.parent / "shared/corpus/dev", ROOT.parent / "shared/gold/dev.jsonl")


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
