"""`pipeline eval`: the guide's matching rules on gold and facts we write here."""
import json

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.evaluate import evaluate, load_gold, norm_company

GOLD = [
    {"article": "a1", "company": ["Alphabet", "Google"], "amount": 75e9, "qualifier": "approx", "currency": "USD",
     "period": ["2025", None], "rate": "total", "status": "planned", "canonical": "goog-2025"},
    {"article": "a1", "company": ["Meta"], "amount": None, "amount_min": 60e9, "amount_max": 65e9, "qualifier": "range",
     "currency": "USD", "period": ["2025"], "rate": "total", "status": "planned", "canonical": "meta-2025"},
    {"article": "a1", "company": ["Meta"], "amount": None, "qualifier": "vague", "currency": "USD", "period": [None],
     "rate": "total", "status": "planned", "canonical": "meta-vague", "optional": True},
    {"article": "a2", "company": ["Google"], "amount": 75e9, "qualifier": "exact", "currency": "USD",
     "period": ["2025"], "rate": "total", "status": "planned", "canonical": "goog-2025"},
]


def fact(article, company, amount=None, lo=None, hi=None, currency="USD", period=None, fact_id="", **extra):
    return dict(article_id=article, company=company, amount=amount, amount_min=lo, amount_max=hi,
                currency=currency, period=period, fact_id=fact_id, **extra)


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(g) for g in GOLD), encoding="utf-8")
    return load_gold(path)


def test_company_names_compare_without_case_accents_punctuation_or_legal_form():
    assert norm_company("Alphabet Inc.") == norm_company("alphabet") == "alphabet"
    assert norm_company("L’Oréal SA") == norm_company("l'oreal")


def test_matches_misses_and_neutral_optional_facts(gold):
    facts = pd.DataFrame([
        fact("a1", "GOOGLE", 75.5e9, period=None, qualifier="approx", fact_id="f1"),     # within 1%, null accepted
        fact("a1", "Meta", None, 60e9, 65e9, period="2025", qualifier="range", fact_id="f2"),
        fact("a1", "Meta", None, currency="USD", period=None, fact_id="f3"),                # the optional vague fact
        fact("a1", "Amazon", 10e9, period="2025", fact_id="f4"),                            # not in gold
        fact("a3", "Nvidia", 1e9, fact_id="f5"),                                            # article without gold
    ])
    score = evaluate(gold, facts, articles={"a3"})
    assert (score.tp, score.fp, score.fn, score.optional) == (2, 2, 1, 1)
    assert score.attributes["qualifier"] == (2, 2)
    assert score.period_resolved == (1, 2)       # Meta's 2025 is the first label, Google's None is not
    assert round(score.f1, 3) == round(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3), 3)


def test_attribute_disagreements_are_listed(gold):
    facts = pd.DataFrame([fact("a2", "Google", 75e9, period="2025", qualifier="exact", status="actual", rate="total")])
    score = evaluate(gold, facts)
    assert score.attributes["status"] == (0, 1) and score.attributes["qualifier"] == (1, 1)
    assert [e for e in score.errors if e.startswith("ATTR")] == ["ATTR a2: status gold=planned predicted=actual | "]


def test_a_wrong_period_or_currency_does_not_match(gold):
    facts = pd.DataFrame([fact("a2", "Google", 75e9, period="2024"), fact("a1", "Google", 75e9, currency="EUR")])
    score = evaluate(gold, facts)
    assert (score.tp, score.fp, score.fn) == (0, 2, 3)


def test_reconciliation_is_scored_pairwise(gold):
    facts = pd.DataFrame([fact("a1", "Google", 75e9, period="2025", fact_id="f1"),
                          fact("a2", "Google", 75e9, period="2025", fact_id="f2"),
                          fact("a1", "Meta", None, 60e9, 65e9, period="2025", fact_id="f3")])
    merged = pd.DataFrame({"fact_ids": ["f1;f2", "f3"]})
    split = pd.DataFrame({"fact_ids": ["f1", "f2;f3"]})
    right = evaluate(gold, facts, merged).reconciliation
    assert (right["true_pairs"], right["predicted_pairs"], right["correct_pairs"], right["f1"]) == (1, 1, 1, 1.0)
    wrong = evaluate(gold, facts, split).reconciliation
    assert (wrong["true_pairs"], wrong["predicted_pairs"], wrong["correct_pairs"]) == (1, 1, 0)


def test_the_eval_command(tmp_path, capsys):
    (tmp_path / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in GOLD), encoding="utf-8")
    pd.DataFrame([fact("a2", "Google", 75e9, period="2025", fact_id="x")]).to_csv(tmp_path / "facts.csv", index=False)
    assert main(["eval", "--gold", str(tmp_path / "gold.jsonl"), "--facts", str(tmp_path / "facts.csv")]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "F1 0.500 P 1.000 R 0.333"
    assert main(["eval", "--gold", str(tmp_path / "missing.jsonl"), "--facts", str(tmp_path / "facts.csv")]) == 2
    assert "missing.jsonl: no such file or folder" in capsys.readouterr().err
