"""Company lexicon: canonical investors, their aliases and periphrases, and the generic noun
phrases ("le groupe", "l'opérateur") that refer back to them.

Pure Python, no spaCy. Every word list lives in `data/`; `Lexicon.load()` compiles them once per
data dir into trie-shaped regexes, so scanning every sentence of thousands of articles stays cheap.

Matching rules, shared by names, descriptors, anaphors and not-company phrases:
- the first letter of a name is matched as written ("Orange", never "orange"; a name that starts
  with an article, "L'Oréal", "La Poste", also matches "l'Oréal", "la Poste"); the other letters
  match in any case ("Banque Européenne d'Investissement", "ORANGE", "Softbank"), except inside
  acronyms, which match as written ("SES" never matches "Ses");
- accents, apostrophes (' and ’), spaces and hyphens are tolerant ("Thalès", "l’Oréal",
  "Hydro Québec", "start-up"/"startup").
"""
from __future__ import annotations

import bisect
import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .gazetteer import is_person_name, is_place

DATA_DIR = Path(__file__).parent / "data"
COMPANIES_FILE = "companies.jsonl"
ANAPHORA_FILE = "company_anaphora.tsv"
MODIFIERS_FILE = "company_modifiers.tsv"
NOT_COMPANIES_FILE = "not_companies.txt"
LEGAL_SUFFIXES_FILE = "legal_suffixes.txt"
PRODUCT_MAKERS_FILE = "product_makers.txt"
LEADER_HEADS_FILE = "leader_heads.txt"
RANKS_FILE = "anaphor_ranks.tsv"
DATA_FILES = (COMPANIES_FILE, ANAPHORA_FILE, MODIFIERS_FILE, NOT_COMPANIES_FILE, LEGAL_SUFFIXES_FILE, PRODUCT_MAKERS_FILE,
              LEADER_HEADS_FILE, RANKS_FILE)

KINDS = ("company", "fund", "public_bank", "public_body")
VIA_NAME, VIA_ALIAS, VIA_DESCRIPTOR = "name", "alias", "descriptor"
BLOCKING_SECTOR = "!"
OPEN_COMPLEMENT = " de …"

# French contractions and demonstratives of each plain determiner: grammar, not a word list.
DETERMINER_FORMS = {
    "le ": ("le ", "du ", "au ", "ce "),
    "la ": ("la ", "de la ", "à la ", "cette "),
    "l'": ("l'", "de l'", "à l'", "cet ", "cette "),
    "les ": ("les ", "aux ", "ces ", "les deux ", "aux deux ", "ces deux ", "les trois "),
}
PLURAL_DETERMINER = "les "
# plural forms that point to the companies just named ("les deux groupes", "ces entreprises"); a bare
# "les groupes" speaks of a sector
COUNTED_PLURALS = ("ces ", "les deux ", "aux deux ", "ces deux ", "les trois ")


@dataclass(frozen=True)
class Company:
    """One investor: its canonical spelling and every other way French articles name it."""

    name: str
    aliases: tuple[str, ...]
    parent: str | None
    descriptors: tuple[str, ...]
    kind: str
    sectors: tuple[str, ...] = ()
    country: str | None = None
    fiscal_year_end: int = 12       # last month of its financial year ("exercice"): 6 for Microsoft


@dataclass(frozen=True)
class Mention:
    """A span of text that names a company; `via` says whether by name, alias or descriptor."""

    start: int
    end: int
    text: str
    company: Company
    via: str


# the word right after a mention: "l'électricien public |québécois|"
_WORD_AFTER = re.compile(r"\s+([a-zà-ÿ][a-zà-ÿ-]+)")
# "Le taïwanais prévoit", "l'américain, qui": a nationality standing alone for a company (a name after it, "l'allemand
# Fresenius", is that company; "de" after it is a complement)
_NATIONALITY_ALONE = re.compile(r"(?<![\w'’])(?:[Ll]e\s+|[Ll]['’]\s*)(?P<word>[a-zà-ÿ][a-zà-ÿ-]+)"
                                r"(?=\s*,|\s+(?!(?:de|du|des|d['’]|et|ou)\b)[a-zà-ÿ])")


@dataclass(frozen=True)
class Anaphor:
    """A generic noun phrase ("le groupe", "le géant américain") that points back to a company.

    `hint` is the sector it implies, `country` the nationality it states, `plural` whether it
    points to several companies ("les deux groupes"), `points_back` whether it stands for companies
    named before (not a plural that speaks of a sector: "les groupes chinois").
    """

    start: int
    end: int
    text: str
    hint: str | None
    country: str | None = None
    plural: bool = False
    points_back: bool = True


@dataclass(frozen=True)
class _Head:
    hint: str | None
    takes_any_complement: bool
    plural: bool
    names_place: bool = False   # "le port de Gennevilliers" is a place, "le port" the port's company
    names_those: bool = False   # "les partenaires": the companies just named, even without a number
    names_parent: bool = False  # "la filiale cloud d'Amazon": a subsidiary of the company its complement names


@dataclass(frozen=True)
class _Modifier:
    country: str | None
    sector: str | None

    @property
    def blocking(self) -> bool:
        return self.sector == BLOCKING_SECTOR


class Lexicon:
    """Looks up and finds company names, periphrases and anaphors in French text."""

    def __init__(self, companies: tuple[Company, ...], heads: list[tuple[_Head, tuple[str, ...]]],
                 modifiers: dict[str, _Modifier], not_companies: tuple[str, ...],
                 legal_suffixes: tuple[str, ...], fingerprint: str):
        self.companies = companies
        self._fingerprint = fingerprint
        self._by_key = _index_surfaces(companies)
        self._mention_re = re.compile(_bounded(_trie_pattern(
            variant for company in companies for surface, _ in _surfaces(company)
            for variant in _case_variants(surface))))
        self._not_company_keys = frozenset(_key(s) for s in not_companies)
        self._not_company_re = re.compile(_bounded(_trie_pattern(
            variant for s in not_companies for variant in _case_variants(s))))
        self._heads = {_key(variant): head for head, variants in heads for variant in variants}
        self._modifiers = {_key(word): modifier for word, modifier in modifiers.items()}
        self._anaphor_re = _anaphor_regex(
            [v for _, variants in heads for v in variants], list(modifiers))
        self._modifier_re = re.compile(_trie_pattern(modifiers, exact_case=True) + r"(?!\w)")
        self._legal_suffix_re = re.compile(
            r"(?:[\s,]+(?:" + "|".join(re.escape(s) for s in sorted(legal_suffixes, key=len, reverse=True))
            + r"))+\s*$", re.IGNORECASE)

    @classmethod
    def load(cls, data_dir: Path | None = None) -> "Lexicon":
        """The lexicon of `data_dir` (default: pipeline/data), built once per directory."""
        return _load(Path(data_dir or DATA_DIR).resolve())

    def lookup(self, surface: str) -> Company | None:
        """The company a surface names ("Google", "d'Amazon", "Renault SA", "la firme de Redmond"),
        under the same case rules as `find_mentions` ("orange" names nothing)."""
        for candidate in _lookup_candidates(surface.strip(), self._legal_suffix_re):
            if self._mention_re.fullmatch(candidate.translate(_FOLD)):
                return self._by_key[_key(candidate)][0]
        return None

    def is_legal_suffix(self, text: str) -> bool:
        """'Limited', 'Inc.': a legal form on its own, the end of a name said before ("... Co., Limited")."""
        return bool(self._legal_suffix_re.fullmatch(" " + text.strip()))

    def is_company_noun(self, phrase: str) -> bool:
        """'la laiterie', 'La Société': a noun with its determiner that can stand for a company (an anaphor head)."""
        return _key(phrase) in self._heads

    def is_nationality(self, word: str) -> bool:
        """'allemand', 'sud-coréen': a word that gives a company's country ("l'allemand Fresenius Kabi")."""
        return self.country_of(word) is not None

    def country_of(self, word: str) -> str | None:
        """'allemand': DE; 'francilien': FR; a word that gives no country: None."""
        modifier = self._modifiers.get(_key(word))
        return modifier.country if modifier is not None else None

    def related(self, a: str, b: str) -> bool:
        """The same company, or parent and subsidiary ("Enedis" and "EDF"), by canonical names."""
        if a == b:
            return True
        parents = {c.name: c.parent for c in self.companies}
        return parents.get(a) == b or parents.get(b) == a

    def find_mentions(self, text: str) -> list[Mention]:
        """Every company name, alias or descriptor in `text`: longest first, non-overlapping."""
        folded = text.translate(_FOLD)
        shadows = [m.span() for m in self._not_company_re.finditer(folded)]
        mentions = []
        for match in self._mention_re.finditer(folded):
            start, end = match.span()
            shadow = _last_span_starting_before(shadows, start + 1)
            if shadow and end <= shadow[1] and shadow[1] - shadow[0] > end - start:
                continue
            company, via = self._by_key[_key(match.group())]
            if via == VIA_DESCRIPTOR and self._of_other_country(company, text, end):
                continue    # "L'électricien public québécois": not EDF's descriptor, an anaphor of its own
            mentions.append(Mention(start, end, text[start:end], company, via))
        return mentions

    def _of_other_country(self, company: Company, text: str, end: int) -> bool:
        """Is the word after a descriptor a nationality other than the company's ("l'électricien public |québécois")?"""
        word = _WORD_AFTER.match(text, end)
        modifier = self._modifiers.get(_key(word[1])) if word else None
        return modifier is not None and modifier.country is not None and company.country is not None \
            and modifier.country != company.country

    def find_anaphors(self, text: str, places: frozenset[str] = frozenset()) -> list[Anaphor]:
        """Generic company nouns that point back to an earlier company.

        A noun followed by a capitalised name is an apposition that names the company itself
        ("le groupe Renault"), so it is no anaphor; nor is one inside a company mention. `places`:
        names the caller knows to be places besides the gazetteer's ("le constructeur de Solihull").
        """
        taken = [(m.start, m.end) for m in self.find_mentions(text)]
        anaphors = []
        for match in self._anaphor_re.finditer(text.translate(_FOLD)):
            anaphor = self._read_anaphor(text, match, places)
            if anaphor is None or _is_apposition(text, anaphor.end):
                continue
            named = re.sub(r"^(?:l'|la |le |les )", "", anaphor.text, flags=re.IGNORECASE)
            if any(w[:1].isupper() for w in named.split()[1:]) and self.is_not_company(named):
                continue    # "la banque de France"
            mention = _last_span_starting_before(taken, anaphor.end)
            if mention and mention[1] > anaphor.start:
                continue
            anaphors.append(anaphor)
        for match in _NATIONALITY_ALONE.finditer(text):
            # "Le taïwanais prévoit d'investir ...": a company by its country alone (not "l'allemand Fresenius")
            modifier = self._modifiers.get(_key(match["word"]))
            if modifier is not None and modifier.country is not None and modifier.sector is None and \
                    not any(a.start <= match.start() < a.end for a in anaphors):
                anaphors.append(Anaphor(match.start(), match.end(), match[0], None, modifier.country, False, True))
        return sorted(anaphors, key=lambda a: a.start)

    def is_not_company(self, surface: str) -> bool:
        """True for names an NER tags as ORG that never invest: media, places, states, tickers."""
        surface = surface.strip()
        return _key(surface) in self._not_company_keys or bool(_TICKER_RE.match(surface))

    def fingerprint(self) -> str:
        """Hash of the data files' contents: tells a run that the lexicon changed."""
        return self._fingerprint

    def names(self) -> list[str]:
        """Every canonical name and alias, e.g. to build a spaCy EntityRuler."""
        return sorted({s for c in self.companies for s, via in _surfaces(c) if via != VIA_DESCRIPTOR})

    def _read_anaphor(self, text: str, match: re.Match, places: frozenset[str]) -> Anaphor | None:
        head = self._heads[_key(match.group("head"))]
        words = [self._modifiers[_key(m.group())]
                 for m in self._modifier_re.finditer(match.group("mods") or "")]
        end = match.end("mods")
        if match.group("comp"):
            comp = text[match.start("comp"):match.end("comp")]     # the match is on folded text: "Andre"
            complement = self._modifiers.get(_key(comp))
            place = is_place(comp) or comp in places
            if head.names_place and place:
                return None  # "l'extension du port de Gennevilliers": the place
            if complement is None and not head.takes_any_complement and comp[0].isupper() and not place:
                person = _CAPITALISED_RUN.match(text, match.start("comp"))
                if person and is_person_name(person[0]):
                    return Anaphor(match.start(), match.end("mods"), text[match.start():match.end("mods")], head.hint,
                                   None, head.plural, not head.plural)     # "le groupe de Patrick Pouyanné": its head
                if head.names_parent and self.lookup(person[0] if person else comp) is not None:
                    return Anaphor(match.start(), match.end("mods"), text[match.start():match.end("mods")], head.hint,
                                   None, head.plural, True)     # "la filiale cloud d'Amazon": a subsidiary named before
                return None  # "la banque Lazard", "le groupe d'Elon Musk" when the lexicon does not know him
            if complement is not None or head.takes_any_complement or place:
                tail = [self._modifiers[_key(m.group())]
                        for m in self._modifier_re.finditer(match.group("tail") or "")]
                words += ([complement] if complement else []) + tail
                end = match.end()
        if any(w.blocking for w in words):
            return None
        sectors = [w.sector for w in words if w.sector]
        countries = [w.country for w in words if w.country]
        start = match.start()
        points_back = not head.plural or head.names_those or text[start:end].lower().startswith(COUNTED_PLURALS)
        return Anaphor(start, end, text[start:end], sectors[-1] if sectors else head.hint,
                       countries[0] if countries else None, head.plural, points_back)


@functools.lru_cache(maxsize=None)
def _load(data_dir: Path) -> Lexicon:
    companies = _read_companies(data_dir / COMPANIES_FILE, tuple(_data_lines(data_dir / PRODUCT_MAKERS_FILE)),
                                tuple(_data_lines(data_dir / LEADER_HEADS_FILE)))
    return Lexicon(companies=companies,
                   heads=_read_heads(data_dir / ANAPHORA_FILE, _read_ranks(data_dir / RANKS_FILE)),
                   modifiers=_read_modifiers(data_dir / MODIFIERS_FILE),
                   not_companies=tuple(_data_lines(data_dir / NOT_COMPANIES_FILE))
                   + _products_only(data_dir / COMPANIES_FILE, companies),
                   legal_suffixes=tuple(_data_lines(data_dir / LEGAL_SUFFIXES_FILE)),
                   fingerprint=_fingerprint(data_dir))


def _products_only(path: Path, companies: tuple[Company, ...]) -> tuple[str, ...]:
    """Products that are no company's name ("le fabricant du logiciel Windows": Windows invests nothing; "Free" is
    also Iliad's alias, so it stays a name)."""
    names = {_key(s) for c in companies for s in (c.name, *c.aliases)}
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return tuple(p for r in records for p in r.get("products") or () if _key(p) not in names)


def _fingerprint(data_dir: Path) -> str:
    digest = hashlib.sha256()
    for name in DATA_FILES:
        digest.update(name.encode() + b"\0" + (data_dir / name).read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _data_lines(path: Path) -> list[str]:
    """Lines of a data file, without comments and blank lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.rstrip("\r") for line in lines if line.strip() and not line.startswith("#")]


def _read_companies(path: Path, makers: tuple[str, ...] = (), led: tuple[str, ...] = ()) -> tuple[Company, ...]:
    companies = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                companies.append(_parse_company(json.loads(line), makers, led))
            except (ValueError, TypeError, KeyError) as error:
                raise ValueError(f"{path.name}:{number}: {error}") from error
    names = {c.name for c in companies}
    for company in companies:
        if company.parent is not None and company.parent not in names:
            raise ValueError(f"{path.name}: parent {company.parent!r} of {company.name!r} is not a company")
    return tuple(companies)


def _parse_company(record: dict, makers: tuple[str, ...] = (), led: tuple[str, ...] = ()) -> Company:
    """A companies.jsonl record; its products ("Windows", "l'iPhone") become descriptors with each maker
    head of product_makers.txt ("le fabricant de Windows", "l'éditeur de Windows", ...), its leaders
    ("Satya Nadella") with each head of leader_heads.txt ("le groupe de Satya Nadella", ...)."""
    def texts(field: str) -> tuple[str, ...]:
        values = record.get(field) or []
        if not all(isinstance(v, str) and v.strip() == v and v for v in values):
            raise ValueError(f"{field} must be non-empty trimmed strings: {values!r}")
        return tuple(values)

    name = record["name"]
    if not isinstance(name, str) or not name.strip() or name.strip() != name:
        raise ValueError(f"bad name {name!r}")
    if record.get("kind") not in KINDS:
        raise ValueError(f"{name}: kind {record.get('kind')!r} not in {KINDS}")
    fiscal_year_end = record.get("fiscal_year_end", 12)
    if fiscal_year_end not in range(1, 13):
        raise ValueError(f"{name}: fiscal_year_end {fiscal_year_end!r} is not a month number")
    made = tuple(f"{maker} {_complement(product)}" for product in texts("products") for maker in makers)
    headed = tuple(f"{head[:-3]} {_complement(leader)}" if head.endswith(" de") else f"{head} {leader}"
                   for leader in texts("leaders") for head in led)
    return Company(name=name, aliases=texts("aliases"), parent=record.get("parent"),
                   descriptors=texts("descriptors") + made + headed, kind=record["kind"],
                   sectors=texts("sectors"), country=record.get("country"), fiscal_year_end=fiscal_year_end)


def _complement(named: str) -> str:
    """'de Windows', "d'Android", "de l'iPhone", 'du Chat', "d'Elon Musk": the complement naming a product or a
    person."""
    for article, contracted in (("le ", "du "), ("les ", "des ")):
        if named.startswith(article):
            return contracted + named[len(article):]
    if named[:1].lower() in "aeiouyéèêh" and not named.startswith(("la ", "l'")):
        return "d'" + named
    return "de " + named


def _read_heads(path: Path, ranks: list[tuple[str, str]]) -> list[tuple[_Head, tuple[str, ...]]]:
    """Each anaphor head with its determiner forms, ranked or not, both cases of the first letter."""
    heads = []
    for line in _data_lines(path):
        phrase, hint, flag = (line.split("\t") + ["", ""])[:3]
        takes_any_complement = phrase.endswith(OPEN_COMPLEMENT)
        phrase = phrase.removesuffix(OPEN_COMPLEMENT)
        head = _Head(hint.strip() or None, takes_any_complement, phrase.startswith(PLURAL_DETERMINER),
                     flag.strip() == "place", flag.strip() == "named", flag.strip() == "parent")
        phrases = [phrase, *_ranked(phrase, ranks)]
        heads.append((head, tuple(v for p in phrases for form in _determiner_forms(p) for v in _case_variants(form, both=True))))
    return heads


def _read_ranks(path: Path) -> list[tuple[str, str]]:
    return [tuple((line.split("\t") + [""])[:2]) for line in _data_lines(path)]


def _ranked(phrase: str, ranks: list[tuple[str, str]]) -> list[str]:
    """'le producteur de' -> 'le premier producteur de', ...; 'l'énergéticien' -> 'le premier énergéticien', 'la
    première énergéticien' (either gender: a wrong one is never written, so never matched)."""
    noun = re.sub(r"^(?:le |la |l')", "", phrase)
    if noun == phrase:
        return []   # plurals: "les deux premiers groupes" is no one company
    masculine = not phrase.startswith("la ")
    feminine = not phrase.startswith("le ")
    return [f"le {m} {noun}" for m, _ in ranks if masculine] + [f"la {f} {noun}" for _, f in ranks if feminine]


def _read_modifiers(path: Path) -> dict[str, _Modifier]:
    modifiers = {}
    for line in _data_lines(path):
        word, country, sector = (line.split("\t") + ["", ""])[:3]
        modifiers[word.strip()] = _Modifier(country.strip() or None, sector.strip() or None)
    return modifiers


def _surfaces(company: Company) -> list[tuple[str, str]]:
    """(surface, via) for every form that names the company, descriptors in all determiner forms."""
    return ([(company.name, VIA_NAME)] + [(a, VIA_ALIAS) for a in company.aliases]
            + [(form, VIA_DESCRIPTOR) for d in company.descriptors for form in _determiner_forms(d)])


def _index_surfaces(companies: tuple[Company, ...]) -> dict[str, tuple[Company, str]]:
    """Normalised surface -> (company, via); a surface claimed by two companies is a data error."""
    index: dict[str, tuple[Company, str]] = {}
    for company in companies:
        for surface, via in _surfaces(company):
            key = _key(surface)
            if key in index and index[key][0] is not company:
                raise ValueError(f"{surface!r} names both {index[key][0].name!r} and {company.name!r}")
            index.setdefault(key, (company, via))
    return index


def _determiner_forms(phrase: str) -> list[str]:
    """"le géant de Cupertino" -> also "du géant…", "au géant…", "ce géant…"."""
    for plain, forms in DETERMINER_FORMS.items():
        if phrase.startswith(plain):
            return [form + phrase[len(plain):] for form in forms]
    return [phrase]


def _case_variants(surface: str, both: bool = False) -> list[str]:
    """The surface plus the other case of its first letter where French writes both."""
    first = surface[:1]
    if both or first.islower() or _ARTICLE_INITIAL_RE.match(surface):
        return [surface, first.swapcase() + surface[1:]]
    return [surface]


def _key(surface: str) -> str:
    """Case-, accent-, apostrophe- and separator-insensitive form used as a dict key."""
    decomposed = unicodedata.normalize("NFKD", surface.replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("œ", "oe").replace("æ", "ae").replace("ø", "o")
    return _SEPARATORS_RE.sub("", plain)


def _lookup_candidates(surface: str, legal_suffix_re: re.Pattern) -> list[str]:
    """The surface, then without elision/determiner, group word and legal suffixes."""
    without_article = _LEADING_ARTICLE_RE.sub("", surface)
    without_group = _LEADING_GROUP_RE.sub("", without_article)
    candidates = []
    for candidate in (surface, without_article, without_group):
        candidates += [candidate, legal_suffix_re.sub("", candidate)]
    return [c for c in candidates if c]


def _last_span_starting_before(spans: list[tuple[int, int]], position: int) -> tuple[int, int] | None:
    """Of sorted disjoint spans, the only one that can contain or overlap text ending at `position`."""
    index = bisect.bisect_left(spans, (position,)) - 1
    return spans[index] if index >= 0 else None


def _is_apposition(text: str, end: int) -> bool:
    return bool(_APPOSITION_RE.match(text, end))


# --- regex building: a trie of "units" (one regex atom per character) --------------------------

_SEPARATOR = r"[\s\-]*"
_SEPARATORS_RE = re.compile(r"[\s\u00a0\u2010\u2011\-]+")
_ACCENT_FAMILIES = ("aàâäáãå", "eéèêë", "iîïíì", "oôöóòõø", "uùûüú", "cç", "nñ", "yÿý")
# Text and surfaces are matched after this one-to-one character folding, so offsets stay exact.
_FOLD = str.maketrans(
    {ch: family[0] for family in _ACCENT_FAMILIES for ch in family[1:]}
    | {ch.upper(): family[0].upper() for family in _ACCENT_FAMILIES for ch in family[1:]}
    | {"’": "'", "\u00a0": " ", "\u2010": "-", "\u2011": "-"})
_LIGATURES = {"œ": "oe", "æ": "ae"}
_END = None
_WORD_RE = re.compile(r"[^\W_]+")
_BLANK = r" +"
_ARTICLE_INITIAL_RE = re.compile(r"^(?:L['’]|La |Le |Les )")
_LEADING_ARTICLE_RE = re.compile(r"^(?:(?:d|l|qu|jusqu|lorsqu|puisqu)['’]|(?:le|la|les|du|de|des|au|aux) )")
_LEADING_GROUP_RE = re.compile(r"^(?:groupe|société|compagnie) ", re.IGNORECASE)
# "le groupe Renault", "le groupe vendéen Piveteaubois": a name (after at most one adjective) names the company
# "le groupe (américain) Nvidia" names the company; "le fabricant des puces de Nvidia" names its client
_APPOSITION_RE = re.compile(r"(?:[ \u00a0]+(?!(?:de|du|des)\b)[a-zà-ÿ-]+)?[ \u00a0]+[«\"“]?\s*[A-ZÀ-ÖØ-Þ]")
_CAPITALISED_RUN = re.compile(r"[^\W\d_][\w'’-]*(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’-]*)+")
_TICKER_RE = re.compile(r"^\(?(?:[A-Z0-9]{1,6}\.[A-Z]{1,3}|(?:[A-Z]{2,8}|Euronext)\s?:\s?[A-Z0-9][A-Z0-9.]{0,8})\)?$")


def _units(surface: str, exact_case: bool = False) -> list[str]:
    """One regex atom per character of the folded surface: tolerant of separators and, unless
    `exact_case`, of case outside the first letter and acronyms."""
    exact = set(range(len(surface))) if exact_case else {0}
    for word in _WORD_RE.finditer(surface):
        letters = [c for c in word.group() if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters):
            exact.update(range(*word.span()))
    units: list[str] = []
    for i, ch in enumerate(surface.translate(_FOLD)):
        if _SEPARATORS_RE.fullmatch(ch):
            if not units or units[-1] != _SEPARATOR:
                units.append(_SEPARATOR)
        elif ch.lower() in _LIGATURES:
            pair = _LIGATURES[ch.lower()]
            units.append(f"(?:[{ch.lower()}{ch.upper()}]|[{pair[0]}{pair[0].upper()}][{pair[1]}{pair[1].upper()}])")
        elif i in exact or ch.lower() == ch.upper():
            units.append(re.escape(ch))
        else:
            units.append(f"[{ch.lower()}{ch.upper()}]")
    return units


def _trie_pattern(surfaces, exact_case: bool = False) -> str:
    """One regex for many literal surfaces, prefix-shared so that matching stays fast, and
    greedy so that the longest surface wins at a given start."""
    root: dict = {}
    for surface in surfaces:
        node = root
        for unit in _units(surface, exact_case):
            node = node.setdefault(unit, {})
        node[_END] = {}
    return _emit(root)


def _emit(node: dict) -> str:
    branches = [unit + _emit(child) for unit, child in node.items() if unit is not _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if _END in node else body


def _bounded(pattern: str) -> str:
    """Whole words only; "Roche" in "La Roche-sur-Yon" and "Dell" in "Dell'Oro" are part of a longer name."""
    return r"(?<!\w)(?:" + pattern + r")(?!\w)(?!-[a-z])(?!['’][A-Z])"


def _anaphor_regex(head_variants: list[str], modifier_words: list[str]) -> re.Pattern:
    modifiers = _trie_pattern(modifier_words, exact_case=True)
    modifier_run = rf"(?:{_BLANK}(?:{modifiers})(?!\w))*"
    preposition = rf"(?:de{_BLANK}la{_BLANK}|de{_BLANK}l'|des{_BLANK}|du{_BLANK}|de{_BLANK}|d')"
    return re.compile(
        rf"(?<!\w)(?P<head>{_trie_pattern(head_variants, exact_case=True)})(?!\w)"
        rf"(?P<mods>{modifier_run})"
        rf"(?:{_BLANK}{preposition}(?P<comp>[^\W\d_][\w\-]*))?"
        rf"(?P<tail>{modifier_run})(?!\w)")
