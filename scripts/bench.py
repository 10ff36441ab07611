"""Speed and memory of extraction against bare spaCy, on the same texts, in the same process.

    python scripts/bench.py [INPUT...] [--repeat N]

Baseline: `nlp.pipe` over the full texts (what a naive pipeline would do). Pipeline: `Extractor.extract_all`
(parses only the paragraphs that hold an amount, plus the string grammars). The machine is shared and
noisy: the figures are medians over --repeat runs, and the ratio is what to compare.
"""
import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

from pipeline.articles import read_articles
from pipeline.extract import Extractor

ROOT = Path(__file__).resolve().parents[1]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = [d for d in (ROOT / "corpus/seeds", ROOT / "corpus/own", ROOT.parent / "shared/corpus/dev") if d.is_dir()]
    ap.add_argument("inputs", nargs="*", type=Path, default=default)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    articles, _ = read_articles(args.inputs)
    chars = sum(len(a.text) for a in articles)
    extractor = Extractor()
    nlp = extractor.nlp
    list(extractor.extract_all(articles[:1]))   # warm up: lexicons, model
    baseline = [timed(lambda: list(nlp.pipe(a.text for a in articles))) for _ in range(args.repeat)]
    pipeline = [timed(lambda: list(extractor.extract_all(articles))) for _ in range(args.repeat)]
    b, p = statistics.median(baseline), statistics.median(pipeline)
    facts = sum(len(f) for _, f in extractor.extract_all(articles))
    print(f"{len(articles)} articles, {chars} chars, {facts} facts, {args.repeat} repeats")
    print(f"bare nlp.pipe     median {b:.3f} s  ({len(articles) / b:.1f} articles/s)")
    print(f"Extractor         median {p:.3f} s  ({len(articles) / p:.1f} articles/s)")
    print(f"ratio pipeline / bare nlp.pipe: {p / b:.2f}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
