"""French money expressions -> `Amount` records with exact offsets.

A hand-written grammar rather than a model: news writes money in a few dozen regular shapes
("26,3 milliards de dollars", "350 M€", "entre 60 et 65 milliards", "un milliard et demi d'euros"),
and the extractor needs exact values and offsets. Pure Python (no spaCy); every word list lives in
`pipeline/data/*.tsv` so that it can grow without touching the grammar.

Grammar of one quantity:  head [scale ["et demi"] [smaller quantity]] [["de"|"d'"] currency]
  head     digits ("25 000", "1.200,50", "26,3"), number words ("trois cents"), "un demi-",
           a round noun ("une dizaine de") or a vague determiner ("des centaines de", "plusieurs")
  scale    milliard(s), million(s), Md, Mds, M€'s "M", MMDH's "MM", ...  ("1 milliard 200 millions")
A quantity is money when it names a currency, or has a scale and is not a count of things
("35 millions de prises"); then its currency is carried from the closest amount before it.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from text_to_num import text2num

DATA_DIR = Path(__file__).parent / "data"

# Length-preserving typography fixes, so that offsets found on the work copy hold on the original.
_TYPOGRAPHY = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "})
_WORD = r"[^\W\d_]"  # a letter, accented ones included


@dataclass(frozen=True)
class Amount:
    """One money expression: its numbers in full currency units, its currency and its span."""

    value: float | None
    low: float | None
    high: float | None
    currency: str | None
    qualifier: str
    start: int
    end: int
    text: str
    currency_elided: bool


# --------------------------------------------------------------------------- lexicons (data files)

def _read_tsv(name: str) -> list[dict[str, str]]:
    """Rows of a data file; lines starting with '#' are comments."""
    with open(DATA_DIR / name, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _surface_pattern(surface: str, ignore_case: bool, whole_word: bool = True) -> str:
    """Regex for one lexicon surface: any run of spaces inside; when it ends in a letter and
    `whole_word`, no letter may follow ("M" of "MW" is no scale, "$CA" of "$Californie" no currency)."""
    body = r"\s+".join(re.escape(part) for part in surface.split(" "))
    if ignore_case:
        body = f"(?i:{body})"
    return body + (r"(?!\w)" if whole_word and surface[-1].isalnum() else "")


def _key(surface: str) -> str:
    """A lexicon key: runs of spaces made one."""
    return " ".join(surface.split())


@dataclass(frozen=True)
class _Lexicon:
    """Surfaces -> values, matched longest first at a given position."""

    pattern: re.Pattern
    values: dict[str, object]

    @classmethod
    def build(cls, entries: list[tuple[str, object, bool, bool]]) -> _Lexicon:
        """`entries`: (surface, value, ignore_case, whole_word)."""
        entries = sorted(entries, key=lambda e: len(e[0]), reverse=True)
        pattern = "|".join(_surface_pattern(s, ignore_case, whole_word) for s, _, ignore_case, whole_word in entries)
        values = {}
        for surface, value, ignore_case, _ in entries:
            values[_key(surface).lower() if ignore_case else _key(surface)] = value
        return cls(re.compile(f"(?:{pattern})"), values)

    def match(self, text: str, pos: int) -> tuple[object, int] | None:
        m = self.pattern.match(text, pos)
        if not m:
            return None
        key = _key(m.group())
        return (self.values[key] if key in self.values else self.values[key.lower()]), m.end()


@dataclass(frozen=True)
class _Lexicons:
    """Every word list of pipeline/data compiled once into the matchers the grammar uses."""

    currencies: _Lexicon          # -> ISO code (or DOLLAR, DINAR, FRANC, COURONNE: see currency_countries.tsv)
    prefix_currencies: re.Pattern  # symbols and ISO codes that may stand before the number: "US$ 5 milliards"
    scales: _Lexicon              # -> (factor, kind, currency carried or None)
    before: re.Pattern            # qualifier words ending right where the amount starts
    before_values: dict[str, str]
    after: _Lexicon               # qualifier words right after the amount -> qualifier
    complements: frozenset[str]   # "<n> milliards de X": the X that still leave money
    counted_endings: tuple[str, ...]  # ...unless X is capitalised and ends like "Américains"
    heads: re.Pattern             # every way a quantity can start
    round_values: dict[str, float]


@lru_cache(maxsize=1)
def _lexicons() -> _Lexicons:
    currency_rows = _read_tsv("currencies.tsv")
    currencies = _Lexicon.build([(r["surface"], r["iso"], r["kind"] == "word", True) for r in currency_rows])
    prefixes = [r["surface"] for r in currency_rows
                if r["kind"] == "symbol" or (r["kind"] == "code" and len(r["surface"]) == 3)]
    prefix_currencies = re.compile(
        "(?<!\\w)(?:" + "|".join(_surface_pattern(s, False) for s in sorted(prefixes, key=len, reverse=True))
        + r")\s?\Z")

    scale_rows = _read_tsv("scales.tsv")
    scales = _Lexicon.build([(r["surface"], (float(r["factor"]), r["kind"], r["currency"] or None), r["kind"] == "word",
                              r["kind"] != "compact") for r in scale_rows])
    scale_words = [r["surface"] for r in scale_rows if r["kind"] == "word"]

    qualifier_rows = _read_tsv("qualifiers.tsv")
    before_values: dict[str, str] = {}
    for r in (r for r in qualifier_rows if r["position"] == "before"):
        before_values[r["surface"]] = r["qualifier"]
        if r["surface"].endswith(" de"):
            before_values[r["surface"][:-3] + " d'"] = r["qualifier"]
    before = re.compile("(?<!\\w)(?:" + "|".join(_surface_pattern(s, True) for s in
                                                 sorted(before_values, key=len, reverse=True)) + r")\s*\Z")
    after = _Lexicon.build([(r["surface"], r["qualifier"], True, True)
                            for r in qualifier_rows if r["position"] == "after"])

    vague_rows = _read_tsv("vague.tsv")
    determiners = [r["surface"] for r in vague_rows if r["kind"] == "determiner"]
    round_values = {r["surface"]: float(r["value"]) for r in vague_rows if r["kind"] == "round"}
    number_words = [r["word"] for r in _read_tsv("number_words.tsv")]

    def alternation(words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    de = r"(?:de\s+|d')"
    number_word = rf"(?:{alternation(number_words)})(?!\w)"
    heads = re.compile("|".join([
        # "un demi-milliard"
        rf"(?P<half>(?<!\w)(?i:(?:une?\s+)?demi)[-\s]?(?=(?i:{alternation(scale_words)})))",
        # "une dizaine de": approx 10
        rf"(?P<round>(?<!\w)(?i:une?\s+(?P<round_noun>{alternation(round_values)})\s*{de}))",
        # "des centaines de", "plusieurs", "quelques": vague
        rf"(?P<vague>(?<!\w)(?i:(?:{alternation(determiners)})\s+(?:(?:{alternation(round_values)})s?\s*{de})?)"
        rf"(?=(?i:{alternation(scale_words)})))",
        # "25 000", "1.200,50", "26,3", "1725"
        r"(?P<digits>(?<![\w.,])(?P<int>\d{1,3}(?: \d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?!\d)(?P<frac>[.,]\d+)?)",
        # "trois cent cinquante", "vingt et un", "quatre-vingt-dix"
        rf"(?P<words>(?<!\w)(?i:{number_word}(?:(?:-|\s+|\s+et\s+(?=(?:un|une|onze)(?!\w))|-et-){number_word})*))",
    ]))
    complement_rows = _read_tsv("money_complements.tsv")
    return _Lexicons(currencies, prefix_currencies, scales, before, before_values, after,
                     frozenset(r["entry"] for r in complement_rows if r["kind"] == "word"),
                     tuple(r["entry"] for r in complement_rows if r["kind"] == "counted_ending"),
                     heads, round_values)


# --------------------------------------------------------------------------- one quantity

@dataclass(frozen=True)
class _Quantity:
    """A number with whatever scale and currency are written with it (money or not)."""

    start: int
    end: int
    number: float | None       # the written number; None when vague
    kind: str                  # "number", "round" (une dizaine de), "vague" (des milliards)
    scale: float | None
    currency: str | None       # as in currencies.tsv (DOLLAR, DINAR, FRANC, COURONNE unresolved)
    counted: bool              # "<n> millions de personnes": a count of things, not money

    @property
    def value(self) -> float | None:
        return None if self.number is None else _scaled(self.number, self.scale)

    @property
    def is_year(self) -> bool:
        return self.kind == "number" and self.scale is None and self.number is not None \
            and self.number.is_integer() and 1000 <= self.number <= 2100


_SPACE = re.compile(r"[^\S\n]*")  # spaces within a line: an amount never runs over a line break
_DE = re.compile(r"[^\S\n]*(?:de\s+|d')", re.IGNORECASE)
_AND_A_HALF = re.compile(r"\s+et\s+demie?(?!\w)", re.IGNORECASE)
_PERCENT = re.compile(r"\s*(?:%|pour\s*cent(?!\w)|pourcent)", re.IGNORECASE)
_COMPLEMENT = re.compile(rf"[^\S\n]*(?:de\s+|d')({_WORD}[\w-]*)", re.IGNORECASE)
_PROPER_NOUN = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]")
_DIGIT_AHEAD = re.compile(r"\s*\d")


def _skip_space(work: str, pos: int) -> int:
    return _SPACE.match(work, pos).end()


def _head(work: str, pos: int, lex: _Lexicons) -> tuple[float | None, str, int] | None:
    """The number a quantity starts with: (number or None if vague, kind, end)."""
    m = lex.heads.match(work, pos)
    if not m:
        return None
    if m.group("half"):
        return 0.5, "number", m.end()
    if m.group("round"):
        return lex.round_values[m.group("round_noun").lower()], "round", m.end()
    if m.group("vague"):
        return None, "vague", m.end()
    if m.group("digits"):
        integer, frac = m.group("int"), m.group("frac")
        number = float(re.sub(r"[ .]", "", integer))
        if frac:
            number += float("0." + frac[1:])
        return number, "number", m.end()
    try:
        return float(text2num(m.group("words").lower(), "fr")), "number", m.end()
    except ValueError:
        return None


def _is_money_complement(word: str, lex: _Lexicons) -> bool:
    """After "<n> milliards de": a money noun, a determiner or a proper noun ("4 milliards d'OpCore")
    leaves a sum of money; any other word ("de personnes", "d'Américains") counts things."""
    if word.lower() in lex.complements:
        return True
    return bool(_PROPER_NOUN.match(word)) and not word.endswith(lex.counted_endings)


def _quantity(work: str, pos: int, lex: _Lexicons) -> _Quantity | None:
    """The quantity whose head starts at `pos`, with the scale and currency written after it."""
    head = _head(work, pos, lex)
    if head is None:
        return None
    number, kind, end = head
    if kind == "number" and _PERCENT.match(work, end):
        return None
    scale = carried = None
    found_scale = lex.scales.match(work, _skip_space(work, end))
    if found_scale:
        (factor, scale_kind, carried), scale_end = found_scale
        if scale_kind != "compact" or lex.currencies.match(work, _skip_space(work, scale_end)):
            scale, end = factor, scale_end
            half = _AND_A_HALF.match(work, end)
            if half and number is not None:
                number, end = number + 0.5, half.end()
            rest = _quantity(work, _skip_space(work, end), lex) if kind == "number" else None
            if rest and rest.kind == "number" and rest.scale and rest.scale < scale:
                # "1 milliard 200 millions d'euros": the smaller part adds to the larger
                return _Quantity(pos, rest.end, number + rest.value / scale, kind, scale, rest.currency,
                                 rest.counted)
    if kind == "vague" and scale is None:
        return None
    currency = carried if scale is not None else None
    de = _DE.match(work, end) if scale is not None and currency is None else None
    for at in (_skip_space(work, end), de and de.end()):
        found = lex.currencies.match(work, at) if at else None
        if found:
            currency, end = found
            break
    if kind == "round" and scale is None and currency is None:
        return None
    counted = False
    if currency is None and scale is not None:
        complement = _COMPLEMENT.match(work, end)
        counted = bool(complement) and not _is_money_complement(complement.group(1), lex)
    return _Quantity(pos, end, number, kind, scale, currency, counted)


# --------------------------------------------------------------------------- expressions

_CONNECTOR = re.compile(r"[^\S\n]*(à|-|–|et(?!\w))[^\S\n]*", re.IGNORECASE)
_ENTRE = re.compile(r"(?<!\w)entre\s+\Z", re.IGNORECASE)
_DE_BEFORE = re.compile(r"(?<!\w)(?:de\s+|d')\Z", re.IGNORECASE)
# "porté de 5 à 10 milliards", "ramené de 10 000 à 7 000 milliards de yens": a change, not a range
_CHANGE_BEFORE = re.compile(r"(?<!\w)(?:port|pass|relev|ramen|ramèn|augment|réduit|rédui|abaiss|rehauss|revu|baiss|"
                            r"grimp|hiss|rabot)\w*\s+(?:\w+\s+){0,2}de\s+\Z", re.IGNORECASE)
# "Flamanville |3", "Hinkley Point |C": a capitalised name right before the number
_NAME_NUMBER = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:De|Entre|Du|Des)\b)[A-ZÀ-Ý][\w-]+\s+\Z")
_SENTENCE_BREAK = re.compile(r"[.!?…](?:\s|\Z)|\n")


def _scaled(number: float, scale: float | None) -> float:
    """'67,4 milliards' is 67 400 000 000, not the 67 400 000 000.00001 floats give: rounded to the cent."""
    return round(number * (scale or 1.0), 2)


@dataclass(frozen=True)
class _Expression:
    """A money expression (or a count of things, kept to decide elisions) before its elided
    currency is resolved."""

    start: int
    end: int
    value: float | None
    low: float | None
    high: float | None
    currency: str | None
    qualifier: str
    scale: float | None
    counted: bool = False
    carried: bool = False      # its currency was written with another amount ("10 et 20 milliards d'euros")


def _qualifier_before(work: str, start: int, floor: int, lex: _Lexicons) -> tuple[str, int] | None:
    m = lex.before.search(work, max(floor, start - 40), start)
    if not m:
        return None
    return lex.before_values[_key(m.group()).lower()], m.start()


def _single(work: str, q: _Quantity, floor: int, lex: _Lexicons) -> _Expression | None:
    """One quantity on its own, with its qualifier words and a currency written before it (not
    before `floor`, the end of the previous amount)."""
    start, end, currency = q.start, q.end, q.currency
    if currency is None and q.kind == "number":
        prefix = lex.prefix_currencies.search(work, max(floor, start - 8), start)
        if prefix:
            currency, start = lex.currencies.match(work, prefix.start())[0], prefix.start()
    if currency is None and q.scale is None:
        return None
    if q.scale is None and q.kind == "number" and work[q.start].isalpha() and q.number < 100:
        return None  # "un livre", "un franc succès", "deux livres": small sums are not spelled out
    if q.kind == "vague":
        return _Expression(start, end, None, None, None, currency, "vague", q.scale, q.counted)
    qualifier = "approx" if q.kind == "round" else "exact"
    before = _qualifier_before(work, start, floor, lex)
    after = lex.after.match(work, _skip_space(work, end))
    if before:
        qualifier, start = before
    elif after and not _DIGIT_AHEAD.match(work, after[1]):
        qualifier, end = after
    return _Expression(start, end, q.value, None, None, currency, qualifier, q.scale, q.counted)


def _pair(work: str, a: _Quantity, floor: int, lex: _Lexicons) -> list[_Expression] | None:
    """Two numbers sharing a scale and a currency: "entre 60 et 65 milliards", "de 175 à 185
    milliards", "60-65 Mds" are ranges; "10 et 20 milliards" without "entre" is two amounts, and so
    is "de 1,5 milliard à 2,3 milliards" (both scales written: a change, not a range); "porté de 5 à
    10 milliards" is the new figure only."""
    conn = _CONNECTOR.match(work, a.end)
    if a.kind != "number" or a.counted or not conn:
        return None
    b = _quantity(work, conn.end(), lex)
    if b is None or b.kind != "number" or (b.scale is None and b.currency is None) or b.counted:
        return None
    if a.currency and b.currency and a.currency != b.currency:
        return None
    word = conn.group(1).lower()
    entre = _ENTRE.search(work, max(floor, a.start - 10), a.start)
    if a.is_year and a.scale is None and not entre:
        return None     # "de 2,7 milliards en 2024 à 3,4 milliards": a year, then an amount
    if a.scale is None and not entre and a.number is not None and a.number < 10 and a.number == int(a.number) \
            and _NAME_NUMBER.search(work, max(floor, a.start - 30), a.start):
        return None     # "le coût de Flamanville 3 à 23,7 milliards": a name's number, then the amount
    if word == "à" and a.scale is None and _CHANGE_BEFORE.search(work, max(floor, a.start - 40), a.start):
        return [_single(work, b, a.end, lex)]     # the new figure; the old one is no amount of its own
    currency = b.currency or a.currency
    if not entre and (word == "et" or (word == "à" and a.scale is not None)):
        if a.currency or a.is_year:
            return None
        first = _single(work, replace(a, scale=a.scale or b.scale, currency=currency), floor, lex)
        second = _single(work, b, a.end, lex)
        if first is None or second is None:
            return None
        return [replace(first, carried=currency is not None), second]
    if word in ("-", "–") and a.scale is not None:
        return None
    # the second end's scale applies to the first unless that would put the first above it
    # ("de 500 000 à 1 million d'euros" keeps 500 000)
    shared_scale = b.scale if b.scale and a.number * b.scale <= b.value else 1.0
    low = _scaled(a.number, a.scale or shared_scale)
    if low > b.value or low * 1000 < b.value:
        return None     # "de 10 000 à 7 000 milliards": no range spans three orders of magnitude
    if entre:
        start = entre.start()
    else:
        de = _DE_BEFORE.search(work, max(floor, a.start - 4), a.start) if word == "à" else None
        start = de.start() if de else a.start
    return [_Expression(start, b.end, None, low, b.value, currency, "range", b.scale)]


_CONVERSION_BEFORE = re.compile(r"(?:\(|\bsoit)\s*$")
# "entre 20 et 22 milliards| et |entre 13 et 15 milliards de dollars": two amounts joined, one currency
_SHARED_WITH_NEXT = re.compile(r"\s*(?:,|et|ou)\s*")


def _expressions(work: str, lex: _Lexicons) -> list[_Expression]:
    """Every quantity that may be money, in order; counts of things are kept (marked) for elision."""
    found: list[_Expression] = []
    pos = 0
    while (m := lex.heads.search(work, pos)) is not None:
        q = _quantity(work, m.start(), lex)
        floor = found[-1].end if found else 0
        pair = _pair(work, q, floor, lex) if q else None
        single = _single(work, q, floor, lex) if q and not pair else None
        found.extend(pair or ([single] if single else []))
        pos = found[-1].end if (pair or single) else max(m.end(), q.end if q else 0)
    return found


@lru_cache(maxsize=1)
def _country_currencies() -> dict[str, list[tuple[str, re.Pattern | None]]]:
    """Per currency word several countries use (DOLLAR, DINAR, FRANC, COURONNE): its currencies with the words
    naming their country; the first, with none, is the default."""
    table: dict[str, list[tuple[str, re.Pattern | None]]] = {}
    for r in _read_tsv("currency_countries.tsv"):
        words = r["country_words"]
        table.setdefault(r["ambiguous"], []).append(
            (r["iso"], re.compile(rf"(?<!\w)(?:{words})(?!\w)") if words else None))
    return table


@lru_cache(maxsize=1)
def _mentions_needed() -> dict[str, int]:
    """Per currency word several countries use: how often an article must name a country to take its currency."""
    return {r["ambiguous"]: int(r["mentions"]) for r in _read_tsv("currency_countries.tsv") if r["mentions"]}


def names_country_of(iso: str, text: str) -> bool:
    """Does `text` name a country of a currency several countries share ("à Montréal" for CAD)?"""
    low = text.lower()
    return any(i == iso and pattern is not None and pattern.search(low)
               for rows in _country_currencies().values() for i, pattern in rows)


@lru_cache(maxsize=1)
def _scales_with_currency() -> list[tuple[str, str]]:
    """The scale abbreviations that carry a currency (scales.tsv), with it."""
    return [(r["surface"], r["currency"]) for r in _read_tsv("scales.tsv") if r["currency"]]


def local_currencies(text: str) -> dict[str, str]:
    """What "dollars", "dinars", "francs", "couronnes" mean in this article, as keyword arguments of
    find_amounts: the currency of the country it names most, if named often enough (currency_countries.tsv), else
    the default (USD, DZD, CHF, SEK, XOF). A Québec-style "500 millions $" with Canada named once is Canadian;
    dinars in an article that writes "MD" are Tunisian; the dollars of an article whose first dollar amount
    says which dollar ("38 millions de dollars canadiens") are that dollar, and US dollars when the first is bare
    and a later one is said Canadian; an amount named in its own
    currency ("60 millions de dollars canadiens", "8,7 milliards $ US") keeps it."""
    low = text.lower()
    chosen = {}
    for word, rows in _country_currencies().items():
        counts = {iso: len(pattern.findall(low)) for iso, pattern in rows if pattern is not None}
        best = max(counts, key=counts.get)
        chosen[word.lower()] = best if counts[best] >= _mentions_needed()[word] else rows[0][0]
    us_named = re.search(r"dollars? (?:us|américains?)\b|\$\s?us\b", low)
    if chosen["dollar"] == "CAD" and us_named:
        chosen["dollar"] = "USD"
    for surface, iso in _scales_with_currency():
        if re.search(rf"\d\s*{re.escape(surface)}(?!\w)", text):
            # "285 MD" (scales.tsv: Tunisian millions de dinars): the article's dinars are Tunisian too
            chosen.update({word.lower(): iso for word, rows in _country_currencies().items()
                           if any(i == iso for i, _ in rows)})
    dollars = {iso for iso, _ in _country_currencies()["DOLLAR"]}
    said = [e.currency for e in _expressions(text.translate(_TYPOGRAPHY), _lexicons()) if e.currency in dollars | {"DOLLAR"}]
    if said and said[0] in dollars and not us_named:
        chosen["dollar"] = said[0]     # "38 millions de dollars canadiens", then "38 millions de dollars"
    elif said and "CAD" in said:
        chosen["dollar"] = "USD"    # "21,4 milliards de dollars", later "7,5 milliards de dollars canadiens": an article
        # that names its Canadian dollars when it comes to them wrote US dollars before
    canadian = next(pattern for iso, pattern in _country_currencies()["DOLLAR"] if iso == "CAD")
    suffix_dollar = re.search(r"\d\s*(?:millions?|milliards?|m|g)?\s*\$(?!\s*us)", low)
    if suffix_dollar and (canadian.search(low) or re.search(r"\$\s?can?\b|\bc\$", low)):
        chosen["dollar"] = "CAD"
    return chosen


def find_amounts(text: str, default_currency: str | None = None, **local: str) -> list[Amount]:
    """Every money expression in `text`, in order, non-overlapping. `local`: what the currency words
    several countries use mean here (dollar="CAD", dinar="TND", franc="XOF"; see local_currencies),
    else their defaults.

    An amount with a scale but no currency ("jusqu'à 65 milliards") takes the currency of the amount right
    after it when joined to it with the same scale ("entre 20 et 22 milliards et entre 13 et 15 milliards de
    dollars"), else of the closest amount before it that is not a conversion in brackets or after "soit", else `default_currency`. It is a count, not money, when the closest quantity
    before it is in the same sentence, has the same scale and counts things ("17 millions de prises
    fin 2020 à un objectif de 35 millions fin 2026").
    """
    work = text.translate(_TYPOGRAPHY)
    ambiguous = _country_currencies()
    amounts: list[Amount] = []
    last_currency = default_currency
    last_count: _Expression | None = None
    expressions = _expressions(work, _lexicons())
    for e, following in zip(expressions, expressions[1:] + [None]):
        if e.currency is None and following is not None and following.currency and following.scale == e.scale \
                and not e.counted and _SHARED_WITH_NEXT.fullmatch(work, e.end, following.start):
            e = replace(e, currency=following.currency, carried=True)   # "entre 20 et 22 milliards et entre 13 et
            # 15 milliards de dollars": the currency said once, at the end
        currency = local.get(e.currency.lower(), ambiguous[e.currency][0][0]) if e.currency in ambiguous else e.currency
        if e.counted or (currency is None and last_count is not None and last_count.scale == e.scale
                         and not _SENTENCE_BREAK.search(work, last_count.end, e.start)):
            last_count = e
            continue
        elided = e.carried
        if currency is None:
            currency, elided = last_currency, last_currency is not None
        elif not (last_currency and _CONVERSION_BEFORE.search(work, max(0, e.start - 12), e.start)):
            last_currency = currency    # "2,3 milliards de francs (2,45 milliards d'euros), dont 1,6 milliard": francs
        last_count = None
        amounts.append(Amount(e.value, e.low, e.high, currency, e.qualifier, e.start, e.end,
                              text[e.start:e.end], elided))
    return amounts


def parse_amount(text: str, **local: str) -> Amount | None:
    """The single money expression that `text` is (surrounding spaces and end punctuation aside);
    None when `text` is not exactly one amount."""
    amounts = find_amounts(text, **local)
    core = text.strip().rstrip(".,;:!?").rstrip()
    if len(amounts) != 1 or amounts[0].text != core:
        return None
    return amounts[0]
