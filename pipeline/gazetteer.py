"""Gazetteers that tell a company from a place or a person when spaCy's French NER mislabels them.

fr_core_news_md tags start-ups LOC, regions ORG and people ORG often enough that the extractor
cannot trust the label to pick an investor: it asks `is_place` and `is_person_name` instead.
The names live in data files beside this module (`data/places.txt`, `data/first_names.txt`),
read once into sets; both lookups ignore case and accents.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
PLACES_FILE = DATA_DIR / "places.txt"
FIRST_NAMES_FILE = DATA_DIR / "first_names.txt"
TRADE_NAME_WORDS_FILE = DATA_DIR / "trade_name_words.txt"

# French articles write "la Normandie", "l'Inde", "les Hauts-de-France": the article is not the name.
LEADING_ARTICLES = frozenset({"la", "le", "les", "l"})
# "St-Nazaire" and "Ste-Foy" are the same places as "Saint-Nazaire" and "Sainte-Foy".
SAINT_ABBREVIATIONS = {"st": "saint", "ste": "sainte"}
# Titles that open a person's name in French (and English) news: "M. Faury", "Mme Brachlianoff".
CIVILITIES = frozenset({"m", "mm", "mme", "mmes", "mlle", "dr", "pr", "monsieur", "madame", "mr", "mrs", "ms"})
# Lower-case words allowed inside a surname: "Ursula von der Leyen", "Charles de Gaulle".
SURNAME_PARTICLES = frozenset({"de", "du", "des", "la", "le", "von", "van", "der", "den", "ter", "zu",
                               "da", "di", "del", "della", "dos", "das", "bin", "ben", "ibn", "al", "el", "y"})
# Characters that join or split the words of a name without changing it.
_WORD_SEPARATORS = re.compile(r"[\s\-\u2010\u2011\u2013\u2014'\u2019`.,]+")
# Letters that Unicode decomposition leaves whole: "Łukasz", "Søren", "Œuvre".
_PLAIN_LETTERS = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "ł": "l", "ø": "o", "đ": "d", "ı": "i"})
_ELIDED_PARTICLE = re.compile(r"^[dD]['\u2019]\w")          # "d'Estaing"
_SHORT_ACRONYM = re.compile(r"^[A-Z]{2,3}$")                # "AI", "SA", "SAS": company, not surname


def name_key(surface: str) -> str:
    """Lower-case, accent-free words of a name, single-spaced: "Jürg" -> "jurg", "Côte-d'Or" -> "cote d or"."""
    text = unicodedata.normalize("NFKD", surface.casefold().translate(_PLAIN_LETTERS))
    text = "".join(char for char in text if not unicodedata.combining(char))
    words = (SAINT_ABBREVIATIONS.get(word, word) for word in _WORD_SEPARATORS.split(text) if word)
    return " ".join(words)


def place_key(surface: str) -> str:
    """`name_key` without a leading article, so "l'Inde" and "Inde" are one key."""
    words = name_key(surface).split(" ")
    if len(words) > 1 and words[0] in LEADING_ARTICLES:
        words = words[1:]
    return " ".join(words)


def read_entries(path: Path) -> list[str]:
    """The names of a gazetteer file: one a line, blank lines and `#` comments skipped."""
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@functools.cache
def place_keys() -> frozenset[str]:
    return frozenset(place_key(entry) for entry in read_entries(PLACES_FILE))


@functools.cache
def first_name_keys() -> frozenset[str]:
    return frozenset(name_key(entry) for entry in read_entries(FIRST_NAMES_FILE))


@functools.cache
def trade_name_word_keys() -> frozenset[str]:
    return frozenset(name_key(entry) for entry in read_entries(TRADE_NAME_WORDS_FILE))


def is_place(surface: str) -> bool:
    """True when the whole surface names a known place: "Île-de-France", "la Chine", "Etats Unis",
    or a hyphenated compound that starts with one ("Rouen-Grand-Couronne", "Lyon-Saint-Exupéry")."""
    if place_key(surface) in place_keys():
        return True
    first, dash, rest = surface.strip().partition("-")
    return bool(dash) and " " not in first and place_key(first) in place_keys() and rest[:1].isupper()


def is_first_name(word: str) -> bool:
    """A known first name, or a compound one whose every part is known ("Jean-Pierre")."""
    key = name_key(word)
    return bool(key) and (key in first_name_keys() or all(part in first_name_keys() for part in key.split(" ")))


def ends_in_trade_word(surface: str) -> bool:
    """"Ostral Computing", "Camille Industries": capitalised words ending on a word that ends company names
    and no place's ("la Vallée de la Chimie" has lower-case words and is a place)."""
    words = surface.split()
    return len(words) >= 2 and all(word[:1].isupper() for word in words) \
        and name_key(words[-1]) in trade_name_word_keys()


def is_person_name(surface: str) -> bool:
    """True for "Sundar Pichai", "M. Faury", "Ursula von der Leyen": a first name or a civility,
    then capitalised surname words. False for one word ("Thésée"), a company ("Mistral AI", "Aurore
    Thermique": a trade word ends it) or a known place ("Sophia Antipolis")."""
    words = surface.split()
    if len(words) < 2 or is_place(surface) or name_key(words[-1]) in trade_name_word_keys():
        return False
    opener, surname = words[0], words[1:]
    opens_name = name_key(opener) in CIVILITIES or (opener[0].isupper() and is_first_name(opener))
    return opens_name and _is_surname(surname)


def _is_surname(words: list[str]) -> bool:
    """Capitalised words, with lower-case particles only inside: no acronym, no digit."""
    if words[-1] in SURNAME_PARTICLES:
        return False
    for word in words:
        if word in SURNAME_PARTICLES or _ELIDED_PARTICLE.match(word):
            continue
        if not word[0].isupper() or _SHORT_ACRONYM.match(word) or any(char.isdigit() for char in word):
            return False
    return True
