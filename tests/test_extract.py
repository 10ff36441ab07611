"""Extraction through spaCy: sentences we wrote (tests/data/extract_cases.jsonl) and the seeds' gold."""
import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.articles import make_article, read_articles
from pipeline.evaluate import evaluate, load_gold
from pipeline.extract import ArticleReading, Extractor, working_text

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
CASES = [json.loads(line) for line in (ROOT / "tests/data/extract_cases.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


@pytest.fixture(scope="module")
def extractor():
    return Extractor()


def _facts(extractor, text, published):
    article = make_article("case", text, "case.txt", published=date.fromisoformat(published) if published else None)
    return extractor.extract(article)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_extract_case(extractor, case):
    facts = _facts(extractor, case["text"], case["published"])
    got = [(f.company, f.amount, f.amount_min, f.amount_max, f.currency) for f in facts]
    want = [(w["company"], w.get("amount"), w.get("min"), w.get("max"), w["currency"]) for w in case["facts"]]
    assert got == want, [f.sentence for f in facts]
    for f, w in zip(facts, case["facts"]):
        for field in ("period", "rate", "status", "qualifier", "partners"):
            if field in w:
                assert getattr(f, field) == w[field], (field, f)


def test_seeds_gold_through_the_whole_extraction(extractor):
    articles, skipped = read_articles([ROOT / "corpus/seeds"])
    assert len(articles) == 5 and not skipped
    rows = [f.to_row() for _, facts in extractor.extract_all(articles) for f in facts]
    score = evaluate(load_gold(ROOT / "corpus/gold/seeds.jsonl"), pd.DataFrame(rows), articles={a.article_id for a in articles})
    assert (score.tp, score.fp, score.fn) == (19, 0, 0), score.errors


def test_every_seed_fact_points_at_its_amount_and_sentence(extractor):
    articles, _ = read_articles([ROOT / "corpus/seeds"])
    checked = 0
    for article, facts in extractor.extract_all(articles):
        for f in facts:
            span = article.text[f.char_start:f.char_end]
            assert span == f.amount_text and any(ch.isdigit() for ch in span), (article.article_id, span)
            assert " ".join(span.split()) in f.sentence
            checked += 1
    assert checked == 19


def test_working_text_keeps_offsets():
    text = " date 2025-01-02 L\u2019usine\u00a0co\u00fbte 5\u202fmilliards GOOGL.O \u00abok\u00bb"
    work = working_text(text)
    assert len(work) == len(text)
    assert work.startswith(" " * 16) and "L'usine co" in work and "GOOGL.O" not in work


def test_abbreviations_of_things_are_told_from_organisations(extractor):
    text = ("L'Office national des chemins de fer (ONCF) construit la ligne à grande vitesse (LGV) vers Marrakech "
            "et modernise la commande centralisée du réseau (CCR) de la société Rail Services (RS).")
    reading = ArticleReading(extractor, make_article("x", text, "x.txt"))
    assert reading._things_abbreviated == {"LGV", "CCR"}


def test_an_article_without_amounts_is_not_parsed(extractor):
    article = make_article("x", "Le groupe Renault présente sa stratégie. Aucune somme n'est citée.", "x.txt")
    assert extractor.extract(article) == []


@pytest.mark.parametrize("text, name", [
    ("Entretien avec Hugo Lenoir, PDG d'Hélione", "Hélione"),
    ("le patron des Salaisons Morvan", "Salaisons Morvan"),
    ("Anne Le Guen, PDG du groupe familial Taldor", "Taldor"),
    ("le directeur général du Groupe Loiret", "Loiret"),     # the name's own "Groupe" is read as a head
])
def test_a_leader_title_points_at_the_company_it_leads(extractor, text, name):
    match = extractor.cues.leader_of.search(text)
    assert match is not None and text[match.end():] == name


# the words before an amount or a name, read by one pattern of cues.toml: (pattern, words, does it match)
@pytest.mark.parametrize("pattern, before, matches", [
    ("valued_before", "une opération qui valorise Fluxia Robotics à ", True),     # a valuation
    ("valued_before", "une levée de fonds qui la valorise à ", True),
    ("valued_before", "une nouvelle ligne qui portera sa capacité à ", False),
    ("valued_before", "qui valorise le savoir-faire local et investira à ", False),   # another verb's object
    ("relation_listed_before", "RTE, filiale d'EDF (50,1 %), de la Caisse des dépôts et de ", True),  # owners
    ("relation_listed_before", "Teréga, filiale de Snam, de ", True),
    ("relation_listed_before", "Teréga, filiale de Snam, a signé avec ", False),
    ("relation_listed_before", "le groupe a investi 3 millions dans l'usine de ", False),
    ("labelled_before", "Montant de l'opération : ", True),      # a figure under a spending label
    ("labelled_before", "Coût total du projet : ", True),
    ("labelled_before", "Investissement : ", True),
    ("labelled_before", "Montant de la transaction : ", False),    # a deal's price
    ("labelled_before", "Chiffre d'affaires : ", False),
    ("supported_by", "financés sur fonds propres, avec le soutien de ", True),   # a funder
    ("supported_by", "un partenariat avec le groupe ", False),
])
def test_a_cue_pattern_reads_the_words_before_an_amount_or_a_name(extractor, pattern, before, matches):
    assert bool(getattr(extractor.cues, pattern).search(before)) is matches
