"""Gazetteers: places and person names told from company names, and the data files they read."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from pipeline.gazetteer import (
    FIRST_NAMES_FILE,
    PLACES_FILE,
    ends_in_trade_word,
    is_person_name,
    is_place,
    name_key,
    place_key,
    place_keys,
    read_entries,
)

PLACES = [
    "États-Unis", "Etats-Unis", "etats unis", "ÉTATS-UNIS", "États-Unis d'Amérique",
    "Auvergne-Rhône-Alpes", "Auvergne-Rhône Alpes", "Auvergne Rhône-Alpes", "auvergne rhone alpes",
    "l'Inde", "l’Inde", "la Chine", "Île-de-France", "Ile de France", "les Hauts-de-France",
    "Émirats arabes unis", "Emirats Arabes Unis", "Royaume-Uni", "Silicon Valley", "l'Hexagone",
    "Moyen-Orient", "Amérique du Nord", "Afrique", "St-Nazaire", "Saint Étienne", "Seine-Saint-Denis",
    "Fos-sur-Mer", "Le Creusot", "Dunkerque", "Gauchy", "Shenyang", "Shanghai", "Seattle", "Redmond",
    "Cupertino", "Mountain View", "Qc", "Québec", "Hainaut", "Wallonie", "la Flandre", "Côte d’Ivoire",
    "Cote-d'Ivoire", "Bade-Wurtemberg", "Guangdong", "Casablanca-Settat", "Zoug", "Texas",
    "Caroline du Nord", "Colombie-Britannique", "la Réunion", "Réunion", "Grand Est", "Occitanie",
    "Nouvelle-Aquitaine", "Val-d’Oise", "Gdansk",
]
NOT_PLACES = [
    "Orange", "Toyota", "Mistral AI", "Aura Aero", "Thésée", "TotalEnergies", "Français", "américain",
    "Conseil régional d'Occitanie", "La Poste", "Le", "", "Airbus",
]
PERSONS = [
    "Sundar Pichai", "Andy Jassy", "M. Faury", "Mme Brachlianoff", "Jürg Erismann", "Jurg Erismann",
    "Jean-Pierre Farandou", "Ursula von der Leyen", "Valéry Giscard d'Estaing", "Satya Nadella",
    "Jensen Huang", "Elon Musk", "Estelle Brachlianoff", "Guillaume Faury", "Wang Chuanfu",
    "Sławomir Krupa", "Donald J. Trump", "MM. Dupont",
    "Mohammed ben Salmane", "Sultan Al Jaber", "Dr Marchand", "Søren Skou", "Lip-Bu Tan",
]
NOT_PERSONS = [
    "Thésée", "Aura Aero", "Mistral AI", "Carbon", "Sundar", "Jean Dupont SA", "Mercedes Benz",
    "Hermès International", "Chanel Beauté", "France Télévisions", "Sophia Antipolis", "Morgan Stanley",
    "sundar pichai", "Elon musk", "Pierre de", "M.", "Jean 3", "Grâce à Nvidia", "Paris Saclay",
    "Florence", "Li Auto",
    # a trade word ends a company name that opens on a first name
    "Aurore Thermique", "Camille Industries", "Florence Robotics", "Louis Énergies",
]


@pytest.mark.parametrize("surface", PLACES)
def test_known_places_match_whatever_their_spelling(surface):
    assert is_place(surface)


@pytest.mark.parametrize("surface", NOT_PLACES)
def test_companies_demonyms_and_institutions_are_not_places(surface):
    assert not is_place(surface)


@pytest.mark.parametrize("surface", PERSONS)
def test_first_name_or_civility_then_surname_is_a_person(surface):
    assert is_person_name(surface)


@pytest.mark.parametrize("surface", NOT_PERSONS)
def test_companies_single_words_and_places_are_not_persons(surface):
    assert not is_person_name(surface)


@pytest.mark.parametrize(("surface", "expected"), [
    ("Ostral Computing", True),
    ("Camille Industries", True),
    ("Norvane Énergies", True),
    ("Computing", False),                   # one word: a common noun
    ("la Vallée de la Chimie", False),      # lower-case words: a place
    ("Jean Dupont", False),
])
def test_capitalised_names_ending_on_a_trade_word(surface, expected):
    assert ends_in_trade_word(surface) is expected


@pytest.mark.parametrize(("surface", "key"), [
    ("Côte-d'Or", "cote d or"),
    ("L’Oriental", "oriental"),
    ("St-Dié-des-Vosges", "saint die des vosges"),
    ("Les Sables-d'Olonne", "sables d olonne"),
    ("Le", "le"),
])
def test_place_key_drops_accents_articles_and_separators(surface, key):
    assert place_key(surface) == key


def test_name_key_folds_letters_unicode_does_not_decompose():
    assert [name_key(n) for n in ("Łukasz", "Søren", "Jürg", "ŒDIPE")] == ["lukasz", "soren", "jurg", "oedipe"]


def test_places_are_read_once():
    assert place_keys() is place_keys()


def _sections(path: Path) -> dict[str, list[str]]:
    """Entries of a gazetteer file under each `# == header ==` comment."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# =="):
            current = line.strip("# =")
            sections[current] = []
        elif line.strip() and not line.startswith("#"):
            sections[current].append(line)
    return sections


@pytest.mark.parametrize(("path", "key", "minimum"), [
    (PLACES_FILE, place_key, 500),
    (FIRST_NAMES_FILE, name_key, 1000),
])
def test_gazetteer_file_is_clean(path, key, minimum):
    entries = read_entries(path)
    raw_lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    assert [line for line in raw_lines if line != line.strip()] == []
    assert [entry for entry in entries if not key(entry)] == []
    duplicates = [k for k, count in Counter(key(entry) for entry in entries).items() if count > 1]
    assert duplicates == []
    assert len(entries) >= minimum


def test_every_french_departement_and_region_is_listed():
    sections = _sections(PLACES_FILE)
    departements = next(v for k, v in sections.items() if k.startswith("départements français"))
    regions = next(v for k, v in sections.items() if k.startswith("régions françaises métropolitaines"))
    assert len(departements) == 101
    assert len(regions) == 13


def test_brand_names_are_not_first_names():
    names = {name_key(entry) for entry in read_entries(FIRST_NAMES_FILE)}
    brands = ["Mercedes", "Ferrari", "Dior", "Chanel", "Hermès", "France", "Paris", "Orange", "Total", "Aura", "Mistral"]
    assert [brand for brand in brands if name_key(brand) in names] == []
