"""The company lexicon: its data files, and names, periphrases and anaphors found in sentences
written for these tests (tests/data/company_cases.tsv)."""
from __future__ import annotations

import csv
import json
import shutil
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.lexicon import DATA_DIR, KINDS, Lexicon

CASES_DIR = Path(__file__).parent / "data"
COMPANIES = DATA_DIR / "companies.jsonl"
COMPANY_KEYS = {"name", "aliases", "parent", "descriptors", "products", "leaders", "kind", "sectors", "country",
                "fiscal_year_end"}


def read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.reader((line for line in handle if line.strip() and not line.startswith("#")),
                          delimiter="\t", quoting=csv.QUOTE_NONE)
        return [row + [""] * (3 - len(row)) for row in rows]


def split_items(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(" ; ") if item.strip()]


def normalise(surface: str) -> str:
    """Case-, accent- and separator-insensitive, as the lexicon compares names."""
    plain = unicodedata.normalize("NFKD", surface.replace("’", "'"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    return "".join(c for c in plain if not c.isspace() and c != "-")


def company_records() -> list[dict]:
    return [json.loads(line) for line in COMPANIES.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


# --- sentences ----------------------------------------------------------------------------------

TEXT_CASES = read_tsv(CASES_DIR / "company_cases.tsv")


@pytest.mark.parametrize("sentence,mentions,anaphors", TEXT_CASES, ids=[row[0][:40] for row in TEXT_CASES])
def test_sentence(lexicon, sentence, mentions, anaphors):
    found = lexicon.find_mentions(sentence)
    assert [(m.text, m.company.name) for m in found] == [
        tuple(item.rsplit("=", 1)) for item in split_items(mentions)]
    assert all(sentence[m.start:m.end] == m.text for m in found)

    expected_anaphors = []
    for item in split_items(anaphors):
        surface, _, hints = item.partition("=")
        hint, _, country = hints.partition(",")
        expected_anaphors.append((surface, hint or None, country or None))
    found_anaphors = lexicon.find_anaphors(sentence)
    assert [(a.text, a.hint, a.country) for a in found_anaphors] == expected_anaphors
    assert all(sentence[a.start:a.end] == a.text for a in found_anaphors)


def test_text_cases_are_many_and_cover_negatives():
    assert len(TEXT_CASES) >= 40
    assert sum(1 for _, mentions, anaphors in TEXT_CASES if not mentions and not anaphors) >= 5


LOOKUP_CASES = read_tsv(CASES_DIR / "company_lookup_cases.tsv")


@pytest.mark.parametrize("surface,canonical,not_company", LOOKUP_CASES, ids=[row[0] for row in LOOKUP_CASES])
def test_lookup_and_not_company(lexicon, surface, canonical, not_company):
    company = lexicon.lookup(surface)
    assert (company.name if company else "") == canonical
    assert lexicon.is_not_company(surface) == (not_company == "yes")


def test_mention_says_how_the_company_was_named(lexicon):
    text = "Alphabet, Google et la firme de Redmond."
    assert [(m.text, m.via) for m in lexicon.find_mentions(text)] == [
        ("Alphabet", "name"), ("Google", "alias"), ("la firme de Redmond", "descriptor")]


def test_offsets_are_exact_after_elision_and_odd_spaces(lexicon):
    text = "Le plan d’Amazon\u00a0Web\u00a0Services et qu'Orange."
    assert [(m.start, m.end, m.company.name) for m in lexicon.find_mentions(text)] == [
        (10, 29, "Amazon"), (36, 42, "Orange")]


def test_anaphors_carry_plural_and_subsidiaries_their_parent(lexicon):
    assert [a.plural for a in lexicon.find_anaphors("Le groupe et les deux groupes.")] == [False, True]


def test_an_anaphor_may_name_its_place_with_accents(lexicon):
    # "Roc-Saint-André" is a place NER found in the sentence; the anaphor regex reads folded text
    text = "L'entreprise du Roc-Saint-André va investir 4 millions d'euros."
    assert [a.text for a in lexicon.find_anaphors(text, frozenset({"Roc-Saint-André"}))] == \
        ["L'entreprise du Roc-Saint-André"]
    assert lexicon.find_anaphors(text) == []     # an unknown name: "le groupe d'Elon Musk"


def test_only_counted_or_named_plurals_point_back(lexicon):
    text = "Les groupes chinois, les deux groupes, ces entreprises, les partenaires et les trois actionnaires."
    assert [(a.text, a.points_back) for a in lexicon.find_anaphors(text)] == [
        ("Les groupes chinois", False), ("les deux groupes", True), ("ces entreprises", True),
        ("les partenaires", True), ("les trois actionnaires", True)]
    assert lexicon.lookup("Enedis").parent == "EDF"
    assert lexicon.lookup("AWS").sectors[0] == "tech"


def test_names_lists_names_and_aliases_not_descriptors(lexicon):
    names = lexicon.names()
    assert {"Alphabet", "Google", "AWS", "Amazon Web Services", "OpCore"} <= set(names)
    assert "la firme de Redmond" not in names
    assert names == sorted(set(names))


def test_matching_is_linear_and_fast(lexicon):
    """400 kB with 15 000 matches: a quadratic overlap check would take tens of seconds."""
    text = "Selon le groupe, Microsoft et la BEI investiront 3 milliards d'euros d'ici 2030. " * 5000
    started = time.perf_counter()
    mentions = lexicon.find_mentions(text)
    anaphors = lexicon.find_anaphors(text)
    assert len(mentions) == 10000 and len(anaphors) == 5000
    assert time.perf_counter() - started < 3


# --- loading, cache, fingerprint ----------------------------------------------------------------

def test_load_is_cached_per_data_dir(tmp_path):
    assert Lexicon.load() is Lexicon.load(DATA_DIR)
    copy = shutil.copytree(DATA_DIR, tmp_path / "data")
    other = Lexicon.load(copy)
    assert other is not Lexicon.load()
    assert other.fingerprint() == Lexicon.load().fingerprint()


def test_fingerprint_changes_with_any_data_file(tmp_path):
    copy = shutil.copytree(DATA_DIR, tmp_path / "data")
    with (copy / "not_companies.txt").open("a", encoding="utf-8") as handle:
        handle.write("Quelque Chose\n")
    changed = Lexicon.load(copy)
    assert changed.fingerprint() != Lexicon.load().fingerprint()
    assert changed.is_not_company("Quelque Chose")


def test_loading_rejects_an_alias_claimed_by_two_companies(tmp_path):
    copy = shutil.copytree(DATA_DIR, tmp_path / "data")
    record = {"name": "Googol", "aliases": ["GOOGLE"], "parent": None, "descriptors": [], "kind": "company"}
    with (copy / "companies.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(record) + "\n")
    with pytest.raises(ValueError, match="Googol"):
        Lexicon.load(copy)


# --- data files ---------------------------------------------------------------------------------

def test_every_company_line_parses_with_known_fields():
    for number, line in enumerate(COMPANIES.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        assert set(record) <= COMPANY_KEYS and {"name", "kind"} <= set(record), number


def test_there_are_at_least_250_companies_with_clean_names():
    records = company_records()
    assert len(records) >= 250
    for record in records:
        for surface in [record["name"], *record.get("aliases", []), *record.get("descriptors", [])]:
            assert surface and surface == surface.strip(), record["name"]
        assert record["kind"] in KINDS, record["name"]
        assert record.get("country") is None or len(record["country"]) == 2, record["name"]


def test_no_surface_is_claimed_by_two_companies():
    owners: dict[str, set[str]] = {}
    for record in company_records():
        for surface in [record["name"], *record.get("aliases", []), *record.get("descriptors", [])]:
            owners.setdefault(normalise(surface), set()).add(record["name"])
    assert {key: names for key, names in owners.items() if len(names) > 1} == {}


def test_parents_are_companies_and_names_are_unique():
    records = company_records()
    names = [record["name"] for record in records]
    assert len(names) == len(set(names))
    assert {record["parent"] for record in records if record.get("parent")} <= set(names)


def test_sector_hints_are_sectors_of_companies():
    sectors = {sector for record in company_records() for sector in record.get("sectors", [])}
    anaphora_hints = {row[1] for row in read_tsv(DATA_DIR / "company_anaphora.tsv") if row[1]}
    modifier_sectors = {row[2] for row in read_tsv(DATA_DIR / "company_modifiers.tsv") if row[2]}
    # "sme" (la PME, l'ETI) is the one hint no company of the lexicon may have: its groups are no small firms
    assert anaphora_hints <= sectors | {"sme"} and "sme" not in sectors
    assert modifier_sectors <= sectors | {"!"}


def test_not_companies_never_name_a_company():
    surfaces = {normalise(s) for record in company_records() for s in [record["name"], *record.get("aliases", [])]}
    not_companies = [line for line in (DATA_DIR / "not_companies.txt").read_text(encoding="utf-8").splitlines()
                     if line.strip() and not line.startswith("#")]
    assert [s for s in not_companies if normalise(s) in surfaces] == []


# --- properties over generated text -------------------------------------------------------------

PIECES = ["Google", "AWS", "l'Oréal", "d’Amazon", "le groupe", "Le géant américain", "du numérique",
          "Orange", "orange", "la Banque", "de France", "SES", "Ses", "Hydro-Québec", "-sur-Yon",
          "La Roche", " ", " ", "\u00a0", ", ", ". ", "\n", "é", "Ä", "'", "’", "1,5 milliard"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_spans_are_exact_ordered_and_disjoint(text):
    lexicon = Lexicon.load()
    mentions = lexicon.find_mentions(text)
    anaphors = lexicon.find_anaphors(text)
    for found in (mentions, anaphors):
        assert all(text[item.start:item.end] == item.text and item.text for item in found)
        assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert not any(a.start < m.end and m.start < a.end for a in anaphors for m in mentions)


def test_financial_years_are_months_and_default_to_december():
    lexicon = Lexicon.load()
    assert lexicon.lookup("Microsoft").fiscal_year_end == 6
    assert lexicon.lookup("Toyota").fiscal_year_end == 3
    assert lexicon.lookup("Renault").fiscal_year_end == 12


def test_legal_forms_and_company_nouns_are_told_apart(lexicon):
    assert lexicon.is_legal_suffix("Limited") and lexicon.is_legal_suffix(" Inc. ")
    assert not lexicon.is_legal_suffix("Renault")
    assert lexicon.is_company_noun("La Laiterie") and lexicon.is_company_noun("le groupe")
    assert not lexicon.is_company_noun("La Poste")
