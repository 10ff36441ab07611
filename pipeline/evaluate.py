"""Facts (and reconciled rows) against a gold file, with the matching rules of the annotation guide.

A predicted fact matches a gold fact of the same article when its company is one of the accepted
names (case-, accent-, punctuation- and legal-suffix-insensitive), the currency is equal, the period
label is one of the accepted labels (a gold `null` accepts no period), and the numbers agree within
1% (both ends of a range). Predictions are deduplicated per article on (company, currency, numbers,
period). Matching is greedy in prediction order; a prediction that matches an optional gold fact counts
neither way. Reconciliation is scored pairwise: two matched facts are a true pair when their gold
facts share a `canonical` id, a predicted pair when one reconciled row holds both.
"""
from __future__ import annotations

import itertools
import json
import math
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

TOLERANCE = 0.01
LEGAL_SUFFIXES = {"inc", "corp", "corporation", "co", "ltd", "llc", "plc", "sa", "sas", "se", "ag", "gmbh", "nv",
                  "bv", "spa"}
ATTRIBUTES = ("qualifier", "rate", "status")
ARTICLE_SUFFIXES = (".txt", ".jsonl")


class EvalError(Exception):
    """A gold or facts file that cannot be read (the message names the file and the problem)."""


def _null(x) -> bool:
    if isinstance(x, str):
        return not x.strip()
    return x is None or (not isinstance(x, (list, tuple)) and bool(pd.isna(x)))


def _label(x) -> str | None:
    if _null(x):
        return None
    if isinstance(x, float) and x.is_integer():
        x = int(x)
    return str(x).strip()


def _number(x) -> float | None:
    if _null(x):
        return None
    value = float(x)
    return None if math.isnan(value) else value


def norm_company(name: str) -> str:
    text = unicodedata.normalize("NFKD", str(name)).lower()
    text = "".join(c for c in text if not unicodedata.combining(c) and not unicodedata.category(c).startswith("P"))
    words = text.split()
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
    return " ".join(words)


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b))


def stated_numbers(amount, lo, hi):
    """(min, max) for a real range, else the single value, else None (vague)."""
    if lo is not None and hi is not None and not _close(lo, hi):
        return (min(lo, hi), max(lo, hi))
    return next((v for v in (amount, lo, hi) if v is not None), None)


def numbers_agree(a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, tuple) != isinstance(b, tuple):
        return False
    if isinstance(a, tuple):
        return _close(a[0], b[0]) and _close(a[1], b[1])
    return _close(a, b)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional: int = 0
    attributes: dict = field(default_factory=dict)
    period_resolved: tuple[int, int] = (0, 0)
    reconciliation: dict | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1, "tp": self.tp, "fp": self.fp,
                "fn": self.fn, "optional": self.optional, "attributes": self.attributes,
                "period_resolved": {"resolved": self.period_resolved[0], "total": self.period_resolved[1]},
                "reconciliation": self.reconciliation}

    def summary(self) -> str:
        lines = [f"TP {self.tp}  FP {self.fp}  FN {self.fn}  optional (neutral) {self.optional}"]
        lines += [f"{name} accuracy {k}/{n}" for name, (k, n) in self.attributes.items()]
        lines.append("period_resolved {}/{}".format(*self.period_resolved))
        if self.reconciliation:
            r = self.reconciliation
            lines.append(f"reconciliation pairs: true {r['true_pairs']} predicted {r['predicted_pairs']} correct "
                         f"{r['correct_pairs']}  P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}")
        lines.append(f"F1 {self.f1:.3f} P {self.precision:.3f} R {self.recall:.3f}")
        return "\n".join(lines)


def read_table(path: str | Path) -> pd.DataFrame:
    """A .csv, .parquet or .jsonl table; EvalError names the file when it cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".parquet", ".jsonl"):
        raise EvalError(f"{path}: unsupported table format {suffix!r} (use .csv, .parquet or .jsonl)")
    try:
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
        if suffix == ".parquet":
            return pd.read_parquet(path)
        return pd.DataFrame([json.loads(line) for line in path.read_text(encoding="utf-8-sig").splitlines()
                             if line.strip()])
    except Exception as e:  # any reader failure is an unreadable input
        raise EvalError(f"cannot read {path}: {type(e).__name__}: {e}") from None


def load_gold(path: str | Path) -> list[dict]:
    gold = []
    for n, line in enumerate(Path(path).read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip():
            continue
        try:
            g = json.loads(line)
            companies = g["company"] if isinstance(g["company"], list) else [g["company"]]
            periods = g.get("period", [None])
            periods = [_label(p) for p in (periods if isinstance(periods, list) else [periods])]
            gold.append({**g, "index": len(gold), "article": _label(g["article"]),
                         "companies": {norm_company(c) for c in companies}, "name": companies[0],
                         "currency": (_label(g["currency"]) or "").upper(), "periods": set(periods),
                         "first_period": next((p for p in periods if p is not None), None),
                         "numbers": stated_numbers(*(_number(g.get(k)) for k in ("amount", "amount_min", "amount_max"))),
                         "optional": bool(g.get("optional", False)),
                         "canonical": g.get("canonical") or f"#{len(gold)}"})
        except (ValueError, KeyError, TypeError) as e:
            raise EvalError(f"{path} line {n}: {type(e).__name__}: {e}") from None
    return gold


def load_predictions(facts: pd.DataFrame, articles: set[str]) -> list[dict]:
    preds, seen = [], set()
    for i, row in enumerate(facts.to_dict("records")):
        if _null(row.get("company")) or _label(row.get("article_id")) not in articles:
            continue
        numbers = stated_numbers(*(_number(row.get(k)) for k in ("amount", "amount_min", "amount_max")))
        p = {"row": i + 1, "article": _label(row["article_id"]), "company": str(row["company"]),
             "key": norm_company(row["company"]), "currency": (_label(row.get("currency")) or "").upper(),
             "period": _label(row.get("period")), "numbers": numbers, "fact_id": _label(row.get("fact_id")),
             **{a: _label(row.get(a)) for a in ATTRIBUTES}}
        key = (p["article"], p["key"], p["currency"], numbers if numbers is None else str(numbers), p["period"])
        if key not in seen:
            seen.add(key)
            preds.append(p)
    return preds


def _matches(p: dict, g: dict) -> bool:
    return (p["key"] in g["companies"] and p["currency"] == g["currency"] and p["period"] in g["periods"]
            and numbers_agree(p["numbers"], g["numbers"]))


def evaluate(gold: list[dict], facts: pd.DataFrame, reconciled: pd.DataFrame | None = None,
             articles: set[str] | None = None) -> Score:
    """Score facts against gold; `articles` adds articles with no gold fact (every prediction there is wrong)."""
    scope = {g["article"] for g in gold} | (articles or set())
    preds = load_predictions(facts, scope)
    score, pairs = Score(), []
    by_article = defaultdict(list)
    for p in preds:
        by_article[p["article"]].append(p)
    for article in sorted(scope):
        golds = [g for g in gold if g["article"] == article]
        claimed = set()
        for p in by_article[article]:
            candidates = [g for g in golds if _matches(p, g)]
            free = sorted((g for g in candidates if g["index"] not in claimed), key=lambda g: g["optional"])
            if free:
                claimed.add(free[0]["index"])
                if free[0]["optional"]:
                    score.optional += 1
                else:
                    pairs.append((p, free[0]))
            elif any(g["optional"] for g in candidates):
                score.optional += 1
            else:
                score.fp += 1
                score.errors.append(f"FP {article}: {p['company']} {p['numbers']} {p['currency']} period={p['period']}")
        for g in golds:
            if not g["optional"] and g["index"] not in claimed:
                score.fn += 1
                score.errors.append(f"FN {article}: {g['name']} {g['numbers']} {g['currency']} "
                                    f"period={sorted(g['periods'], key=str)} | {g.get('evidence', '')[:100]}")
    score.tp = len(pairs)
    for a in ATTRIBUTES:
        if a in facts.columns:
            default = "total" if a == "rate" else None
            agree = [(p[a] or default) == (_label(g.get(a)) or default) for p, g in pairs]
            score.attributes[a] = (sum(agree), len(pairs))
            score.errors += [f"ATTR {g['article']}: {a} gold={_label(g.get(a)) or default} predicted={p[a] or default}"
                             f" | {g.get('evidence', '')[:100]}" for (p, g), ok in zip(pairs, agree) if not ok]
    resolvable = [(p, g) for p, g in pairs if g["first_period"] is not None]
    score.period_resolved = (sum(p["period"] == g["first_period"] for p, g in resolvable), len(resolvable))
    if reconciled is not None:
        score.reconciliation = _reconciliation(pairs, reconciled)
    return score


def _reconciliation(pairs: list[tuple[dict, dict]], reconciled: pd.DataFrame) -> dict:
    rows_of = defaultdict(set)
    for r, value in enumerate(reconciled.get("fact_ids", [])):
        if not _null(value):
            for fact_id in str(value).split(";"):
                rows_of[fact_id.strip()].add(r)
    items = [(g["canonical"], rows_of.get(p["fact_id"], set())) for p, g in pairs]
    counts = Counter()
    for (c1, r1), (c2, r2) in itertools.combinations(items, 2):
        same, merged = c1 == c2, bool(r1 & r2)
        counts["true"] += same
        counts["predicted"] += merged
        counts["both"] += same and merged
    p = counts["both"] / counts["predicted"] if counts["predicted"] else 1.0
    r = counts["both"] / counts["true"] if counts["true"] else 1.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
            "true_pairs": counts["true"], "predicted_pairs": counts["predicted"], "correct_pairs": counts["both"]}


def evaluate_files(gold: Path, facts: Path, reconciled: Path | None = None, corpus: list[Path] = ()) -> Score:
    """`evaluate` on files; EvalError names the file that cannot be read."""
    for path in [gold, facts, reconciled, *corpus]:
        if path is not None and not Path(path).exists():
            raise EvalError(f"{path}: no such file or folder")
    articles = {p.stem for folder in corpus for p in Path(folder).iterdir()
                if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES}
    reconciled_table = read_table(reconciled) if reconciled else None
    return evaluate(load_gold(gold), read_table(facts), reconciled_table, articles)
