"""French period expressions -> period labels of the guide's grammar, resolved against a date.

Labels: "2025", "2025-H1", "2024-Q4", "2025-03", "2025-03-14", or an interval "A/B" whose
sides are such labels or ".." (open). Word lists live in data/periods.toml; this module
holds the grammar only.

How a match is built: first the *core* of each expression is found (a year, a quarter,
a month, a relative phrase such as "l'an prochain", ...), then the small words before it
are read: an interval opener ("entre 2025 et 2028", "de mars à juin 2025"), an open
prefix ("d'ici", "dès", "depuis") and lead words ("en", "au cours du", "fin", "l'année")
that only widen the matched text.

Rules chosen where French is loose (see also tests/data/period_cases.jsonl):
- "d'ici/jusqu'en/avant/à l'horizon P" -> "../P"; "dès/à partir de/depuis/après P" -> "P/..";
  "l'après-2025" -> "2026/.."; "depuis" stays open on the right, whatever the reference date.
- "fin 2027", "début 2026", "mi-2026", "courant 2025" -> the year itself.
- Counted spans count the reference unit in: said in 2021, "sur quatre ans" -> "2021/2024"; said
  with their direction they reach the N full years after or before it: "au cours des quatre
  prochaines années" -> "2021/2025", "ces trois dernières années" -> "2018/2021"; "d'ici cinq ans" ->
  "../2026"; "dans deux ans" -> "2023"; "il y a dix ans" -> "2011". A span of one unit
  ("sur un an") is a comparison idiom, not a period, and is left out.
- A quarter, semester, month or day named without a year takes, among the reference year
  and its two neighbours, the one closest to the reference date (earlier on a tie);
  "octobre dernier" / "mars prochain" take the last one before / the next one after.
- A quarter, half or financial year told by the day it began or ended ("le trimestre qui a commencé le
  1er juillet", "le semestre clos fin juin") is the months from that day; a financial year told by its
  end ("l'exercice clos fin juin") is left to the caller, which labels it by the year it ends in.
- Anything that needs the reference date is left out when it is not given.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

LEXICON_PATH = Path(__file__).parent / "data" / "periods.toml"
PARTS_PER_YEAR = {"year": 1, "semester": 2, "quarter": 4, "month": 12}
OPEN = ".."


@dataclass(frozen=True)
class Period:
    """One period expression found in a text, with its label and the label's bounds."""

    label: str
    start: date | None
    end: date | None
    begin: int
    stop: int
    text: str
    relative: bool
    fiscal: bool = False    # already put from a company's financial year into calendar terms (see fiscal_period)


@dataclass(frozen=True)
class RateMarker:
    """A word saying how often an amount is spent ("par an", "chaque trimestre", "annuels")."""

    rate: str
    begin: int
    stop: int
    text: str


# ---------------------------------------------------------------- label grammar

LABEL_SIDE = re.compile(r"(\d{4})(?:-H([12])|-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?")


def label_bounds(label: str) -> tuple[date | None, date | None]:
    """Start and end dates of any label of the grammar; ValueError when it is not one."""
    if "/" not in label:
        return _side_bounds(label)
    left, right = label.split("/")
    if left == right == OPEN:
        raise ValueError(f"period label {label!r} is open on both sides")
    start = None if left == OPEN else _side_bounds(left)[0]
    end = None if right == OPEN else _side_bounds(right)[1]
    if start and end and start > end:
        raise ValueError(f"period label {label!r} ends before it starts")
    return start, end


def _side_bounds(side: str) -> tuple[date, date]:
    match = LABEL_SIDE.fullmatch(side)
    if not match:
        raise ValueError(f"not a period label: {side!r}")
    year, half, quarter, month, day = match.groups()
    year = int(year)
    if day:
        start = date(year, int(month), int(day))
        return start, start
    if month:
        if not 1 <= int(month) <= 12:
            raise ValueError(f"not a month: {side!r}")
        return _months_bounds(year, int(month), 1)
    if quarter:
        return _months_bounds(year, 3 * int(quarter) - 2, 3)
    if half:
        return _months_bounds(year, 6 * int(half) - 5, 6)
    return date(year, 1, 1), date(year, 12, 31)


def _months_bounds(year: int, first_month: int, months: int) -> tuple[date, date]:
    after = first_month + months
    next_start = date(year + 1, 1, 1) if after > 12 else date(year, after, 1)
    return date(year, first_month, 1), next_start - timedelta(days=1)


def _unit_index(unit: str, day: date) -> int:
    """A running number of the unit (year, semester, quarter, month) holding `day`."""
    parts = PARTS_PER_YEAR[unit]
    return day.year * parts + (day.month - 1) * parts // 12


def _unit_label(unit: str, index: int) -> str:
    year, part = divmod(index, PARTS_PER_YEAR[unit])
    return {"year": f"{year}", "semester": f"{year}-H{part + 1}",
            "quarter": f"{year}-Q{part + 1}", "month": f"{year}-{part + 1:02d}"}[unit]


def _interval(left: str, right: str) -> str:
    """The interval from the start of `left` to the end of `right` (either may be an interval)."""
    return f"{left.split('/')[0]}/{right.split('/')[-1]}"


# ---------------------------------------------------------------- lexicon -> regexes

def _phrase(words: str) -> str:
    """Regex for a lexicon phrase: any apostrophe, any whitespace, optional final dot."""
    pattern = re.escape(words).replace("'", "['’]").replace(r"\ ", r"\s+")
    return pattern[:-2] + r"\.?" if pattern.endswith(r"\.") else pattern


def _alternation(phrases) -> str:
    return "|".join(_phrase(p) for p in sorted(phrases, key=len, reverse=True))


def _lookup(table: dict) -> dict[str, int | str]:
    """Phrase (lower case, plain apostrophe, no dot) -> its key, for a {key: [phrases]} table."""
    return {_normalize(p): key for key, phrases in table.items() for p in phrases}


def _normalize(words: str) -> str:
    return re.sub(r"\s+", " ", words.lower().replace("’", "'")).rstrip(".")


@dataclass(frozen=True)
class Grammar:
    """The compiled regexes and look-up tables built from the lexicon."""

    lexicon: dict
    cores: tuple[tuple[str, re.Pattern], ...]
    lead: re.Pattern
    range_opener: re.Pattern
    range_closer: re.Pattern
    quantity_before: re.Pattern
    rates: re.Pattern
    ordinals: dict
    months: dict
    numbers: dict
    units: dict
    span_direction: dict
    year_edges: dict
    part_bounds: dict
    month_direction: dict
    relative: dict
    range_joiners: dict


def _count_alternation(numbers) -> str:
    return rf"\d{{1,2}}|{_alternation(numbers)}"


def count_pattern() -> str:
    """'3', 'trois', 'une': a count in digits or in words, as the grammar reads it (see number_value)."""
    return _count_alternation(grammar().lexicon["numbers"])


def said_to_date(text: str) -> bool:
    """'à fin juin': a period said as a total up to the end of a month (the grammar's to_date prefixes)."""
    return re.match(rf"(?:{_alternation(grammar().lexicon['open_prefixes']['to_date'])})\b", text, re.IGNORECASE) is not None


def is_month(word: str) -> bool:
    """'mars', 'janv.': a month's name, as the grammar writes it."""
    return word.lower() in grammar().months


def month_number(word: str) -> int | None:
    """'juin' -> 6; None for a word that names no month."""
    return grammar().months.get(word.lower())


@cache
def grammar() -> Grammar:
    lex = tomllib.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    not_quantity = rf"(?!\s*(?:{_alternation(lex['quantities']['after'])})(?!\w))"
    year_digits = rf"(?:19\d\d|20\d\d|2100)(?!\w|[.,]\d|\s\d{{3}}(?!\d)){not_quantity}"
    year = rf"(?<![\w.,])(?<!\d\s){year_digits}"
    number = _count_alternation(lex["numbers"])
    unit = _alternation(p for ps in lex["units"].values() for p in ps)
    direction = _alternation(p for ps in lex["span_direction"].values() for p in ps)
    ordinal = _alternation(p for ps in lex["ordinals"].values() for p in ps)
    month = _alternation(p for ps in lex["months"].values() for p in ps)
    weekday = _alternation(lex["weekdays"]["names"])
    month_dir = _alternation(p for ps in lex["month_direction"].values() for p in ps)
    edge = _alternation(p for ps in lex["year_edges"].values() for p in ps)
    modified = lex["relative_modifier_only"]
    start = r"(?<![\w'’])"
    end = r"(?![\w-])"
    no_year_after = r"(?![\w-]|(?:\s+fiscale?)?\s*(?:19|20)\d\d(?!\d))"
    cores = (
        ("year_span", rf"(?P<y1>{year})\s*[-–—/]\s*(?P<y2>{year}|\d{{2}}(?![\w]|[.,]\d|\s\d))"),
        ("decade", rf"{start}(?:(?P<part>{_alternation(lex['decade_parts'])})[\s-]+des\s+)?"
                   rf"années\s+(?P<y>{year})(?!\s*[-–—/]\s*\d)"),
        ("decade_end", rf"{start}(?:{_alternation(lex['decade_end'])}){end}"),
        ("decade_next", rf"{start}(?:{_alternation(lex['decade_next'])}){end}"),
        ("decade_ahead", rf"{start}(?:{_alternation(lex['decade_ahead'])}){end}"),
        ("fiscal_year", rf"(?<!\w)FY\s?(?P<y>\d{{4}}|\d{{2}}){end}"),
        ("year", rf"(?P<y>{year})"),
        ("ordinal_part", rf"{start}(?P<ord>{ordinal})\s+(?P<unit>trimestre|semestre)"
                         rf"(?:\s+(?:fiscal|civil|calendaire|comptable))?"
                         rf"(?:\s+(?:de\s+l['’]|de\s+son\s+|de\s+leur\s+|de\s+cet\s+|d['’])"
                         rf"(?:exercice|année)(?:\s+(?:fiscale?|comptable|décalée?))?)?"
                         rf"(?:\s+(?:de\s+)?(?P<y>{year})(?:\s*[-/]\s*(?P<y2>{year}|\d{{2}})(?![\w]|[.,]\d))?)?{end}"),
        # "Au second semestre, 610 millions, après 540 millions au premier": the part's noun said once before
        ("elided_part", rf"(?<=\b[Aa]u\s)(?P<ord>{ordinal})(?=\s*(?:[.,;)]|\Z)|\s+et\s)"),
        ("letter_part", rf"(?<!\w)(?:(?P<q>[TQ][1-4])|(?P<h>[SH][12]))\s*[-/]?\s*(?P<y>{year_digits})"),
        # "au T3", "du S1" without a year: the one nearest the reference date
        ("letter_part", rf"(?<=\b(?:au|du|le|Au|Du|Le)\s)(?:(?P<q>T[1-4])|(?P<h>S[12]))(?![\w-])"),
        ("month", rf"(?:{start}|(?<=\bd['’]))(?:(?:{weekday})\s+)?(?:(?P<d>1er|[12]\d|3[01]|0?[1-9])\s+)?"
                  rf"(?P<m>{month})(?!\w)(?!\s+(?:{unit})(?!\w))(?:\s+(?P<y>{year})|\s+(?P<dir>{month_dir})(?!\w))?"),
        # "le trimestre qui a commencé le 1er juillet", "le semestre clos fin juin", "les trois mois clos fin
        # septembre": the part the day bounds
        ("bounded_part", rf"(?<!\w)(?P<unit>trimestre|semestre|exercice|année|(?P<n>{number})\s+(?P<counted>mois|"
                         rf"exercices|années|ans))"
                         rf"(?:\s+(?:fiscale?|comptable))?\s*,?\s+"
                         rf"(?:(?P<start>{_alternation(lex['part_bounds']['start'])})|"
                         rf"(?P<end>{_alternation(lex['part_bounds']['end'])}))\s+(?:(?:le|au|fin|à\s+la\s+fin\s+de)\s+)?"
                         rf"(?:(?P<d>1er|[12]\d|3[01]|0?[1-9])\s+)?(?P<m>{month})(?:\s+(?P<y>{year}))?{end}"),
        ("numeric_date", r"(?<![\w/.])(?P<d>[0-3]?\d)([/.])(?P<m>[01]?\d)\2(?P<y>(?:19|20)\d\d)(?![\w/]|\.\d)"),
        ("iso_date", r"(?<![\w-])(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])"),
        ("relative", rf"{start}(?:{_alternation(lex['relative'])}){no_year_after}"),
        ("modified_year", rf"{start}(?:{_alternation(modified['year'])})"
                          rf"(?:\s+(?P<offset>{_alternation(modified['offsets'])}))?{no_year_after}"),
        ("count_span", rf"{start}(?P<lead>sur|en|pendant|durant|pour|au\s+cours|lors|dans|depuis|ces|les|des)"
                       rf"(?:\s+(?P<article>des|les|ces|ses|leurs|de\s+(?:ses|leurs)))?\s+(?P<n>{number})\s+(?:(?P<dir1>{direction})\s+)?"
                       rf"(?P<unit>{unit})(?:\s+(?P<dir2>{direction}))?{end}"),
        # "les neuf premiers mois de l'année", "les trois derniers mois de 2025": a part of one year
        # (alone, the year's: "Sur les neuf premiers mois, nous avons investi"; not "les trois premiers mois
        # d'exploitation")
        ("count_of_year", rf"{start}(?:les|des|ses|ces)\s+(?P<n>{number})\s+(?P<edge>{edge})\s+(?P<unit>{unit})"
                          rf"(?:\s+(?:de\s+l['’](?:année|exercice)|de\s+(?:cette\s+année|cet\s+exercice)"
                          rf"|de\s+(?:son|leur)\s+exercice(?:\s+(?:décalé|fiscal|comptable))?|d['’]|de)"
                          rf"(?:\s*(?P<y>{year}))?|(?!\s*(?:(?:de|du|des)\b|d['’]))){end}"),
        ("count_point", rf"{start}(?P<lead>il\s+y\s+a|dans|d['’]ici(?:\s+à)?)\s+(?P<n>{number})\s+"
                        rf"(?P<unit>{unit}){end}"),
    )
    prefixes = lex["open_prefixes"]
    gap = r"(?:[^\S\n]+|(?<=['’]))"     # lead words stay on the line of the period
    tokens = rf"(?:(?:{_alternation(lex['leads']['words'])})(?:{gap}|(?<=-)))*"
    lead = (rf"(?<![\w'’-])(?:(?P<until>{_alternation(prefixes['until'])}){gap}"
            rf"|(?P<completion>{_alternation(prefixes['completion'])}){gap}"
            rf"|(?P<to_date>{_alternation(prefixes['to_date'])}){gap}"
            rf"|(?P<since>{_alternation(prefixes['since'])}){gap}"
            rf"|(?P<after>{_alternation(prefixes['after'])})(?:-|{gap}))?(?P<tokens>{tokens})\Z")
    openers = [p for ps in lex["ranges"]["openers"].values() for p in ps]
    closers = [p for ps in lex["ranges"]["closers"].values() for p in ps]
    rate_words = lex["rates"]
    rates = "|".join(rf"(?P<{rate}>{_alternation(rate_words[rate])})"
                     for rate in ("per_year", "per_quarter", "per_month"))
    return Grammar(
        lexicon=lex,
        cores=tuple((name, re.compile(pattern, re.I)) for name, pattern in cores),
        lead=re.compile(lead, re.I),
        range_opener=re.compile(rf"(?<![\w'’-])(?P<joiner>{_alternation(openers)}){gap}(?P<tokens>{tokens})\Z", re.I),
        range_closer=re.compile(rf"\s*(?P<joiner>{_alternation(closers)})\s+(?P<tokens>{tokens})", re.I),
        quantity_before=re.compile(rf"(?<![\w'’])(?:{_alternation(lex['quantities']['before'])})\s*\Z", re.I),
        rates=re.compile(rf"(?<![\w'’-])(?:{rates})(?!\w)"
                         rf"(?!\s*\d|\s+(?:{_alternation(rate_words['not_rate_after'])})(?!\w))", re.I),
        ordinals=_lookup(lex["ordinals"]),
        months={k: int(v) for k, v in _lookup(lex["months"]).items()},
        numbers=lex["numbers"],
        units=_lookup(lex["units"]),
        span_direction=_lookup(lex["span_direction"]),
        year_edges=_lookup(lex["year_edges"]),
        part_bounds={side: {_normalize(k): v for k, v in lex["part_bounds"][side].items()} for side in ("start", "end")},
        month_direction=_lookup(lex["month_direction"]),
        relative={_normalize(p): tuple(v) for p, v in lex["relative"].items()},
        range_joiners={side: _lookup(lex["ranges"][side]) for side in ("openers", "closers")},
    )


# ---------------------------------------------------------------- cores

@dataclass(frozen=True)
class CalendarUnit:
    """A year, semester, quarter, month or day whose year may be missing (then taken from ref)."""

    unit: str                # year, semester, quarter, month, day
    year: int | None
    part: int = 1            # semester 1-2, quarter 1-4, month 1-12
    day: int = 1
    lean: int = 0            # -1: last one before ref, +1: next one after, 0: closest

    def label(self, year: int) -> str:
        if self.unit == "day":
            return date(year, self.part, self.day).isoformat()
        return _unit_label(self.unit, year * PARTS_PER_YEAR[self.unit] + self.part - 1)


@dataclass(frozen=True)
class Core:
    """The part of an expression that names the period; `needs` a condition on the words before it."""

    begin: int
    stop: int
    label: str | None = None          # known label, or None when `unit` still needs a year
    unit: CalendarUnit | None = None
    relative: bool = False
    needs: str = ""                   # "", "month_context", "modifier" or "not_quantity"


def _cores(text: str, ref: date | None) -> list[Core]:
    """Every candidate core in text, overlapping ones included."""
    found = []
    for name, pattern in grammar().cores:
        for match in pattern.finditer(text):
            core = CORE_READERS[name](match, ref)
            if core is not None:
                found.append(core)
    return found


def _read_year_span(match, ref):
    first = int(match["y1"])
    second = int(match["y2"]) if len(match["y2"]) == 4 else first // 100 * 100 + int(match["y2"])
    if not first < second <= first + 100:
        return None
    return Core(match.start(), match.end(), label=f"{first}/{second}")


def _read_decade(match, ref):
    decade = int(match["y"])
    first, last = grammar().lexicon["decade_parts"].get(_normalize(match["part"] or ""), (0, 9))
    return Core(match.start(), match.end(), label=f"{decade + first}/{decade + last}") if decade % 10 == 0 else None


def _read_decade_end(match, ref):
    """'avant la fin de la décennie', said in 2025: 2030, the year the decade is said to end in."""
    return Core(match.start(), match.end(), label=str(ref.year // 10 * 10 + 10), relative=True) if ref else None


def _read_decade_next(match, ref):
    """'au cours de la décennie suivante', said in 2026: the 2030s."""
    return Core(match.start(), match.end(), label=f"{ref.year // 10 * 10 + 10}/{ref.year // 10 * 10 + 19}",
                relative=True) if ref else None


def _read_decade_ahead(match, ref):
    """'au cours de la prochaine décennie', said in 2025: the ten years ahead, 2025/2035 (as "les dix prochaines
    années")."""
    return Core(match.start(), match.end(), label=f"{ref.year}/{ref.year + 10}", relative=True) if ref else None


def _read_fiscal_year(match, ref):
    year = int(match["y"]) if len(match["y"]) == 4 else 2000 + int(match["y"])
    return Core(match.start(), match.end(), label=str(year))


def _read_year(match, ref):
    return Core(match.start(), match.end(), label=match["y"], needs="not_quantity")


def _read_ordinal_part(match, ref):
    unit = "quarter" if match["unit"].lower() == "trimestre" else "semester"
    parts = PARTS_PER_YEAR[unit]
    ordinal = grammar().ordinals[_normalize(match["ord"])]
    year = int(match["y"]) if match["y"] else None
    if year is not None and match["y2"]:
        year += 1       # "le troisième trimestre de son exercice 2024-2025": a financial year, named by its end
    if ordinal == "last":
        if year is None:            # "le dernier trimestre": the relative phrase says which one
            return None
        ordinal = parts
    if int(ordinal) > parts:
        return None
    return Core(match.start(), match.end(), unit=CalendarUnit(unit, year, int(ordinal)))


def _read_elided_part(match, ref):
    """The rank of a part whose noun the sentence said before it ("au second semestre ... au premier")."""
    before = re.split(r"[.!?]\s", match.string[max(0, match.start() - 300):match.start()])[-1]
    said = list(dict(grammar().cores)["ordinal_part"].finditer(before))
    if not said:
        return None
    core = _read_ordinal_part(said[-1], ref)
    ordinal = grammar().ordinals[_normalize(match["ord"])]
    if core is None or ordinal == "last" or int(ordinal) > PARTS_PER_YEAR[core.unit.unit]:
        return None
    named = _resolve(core, ref)     # the same year as the part named ("au second semestre", said in February)
    if named is None:
        return None
    unit = replace(core.unit, part=int(ordinal))
    return Core(match.start(), match.end(), label=unit.label(int(named[0][:4])), relative=named[1])


def _read_letter_part(match, ref):
    code = (match["q"] or match["h"]).upper()
    unit = "quarter" if code[0] in "TQ" else "semester"
    year = int(match["y"]) if match.groupdict().get("y") else None
    return Core(match.start(), match.end(), unit=CalendarUnit(unit, year, int(code[1])))


def _read_month(match, ref):
    g = grammar()
    month = g.months[_normalize(match["m"])]
    year = int(match["y"]) if match["y"] else None
    lean = {"past": -1, "future": 1}[g.month_direction[match["dir"].lower()]] if match["dir"] else 0
    if match["d"]:
        day = 1 if match["d"].lower() == "1er" else int(match["d"])
        if not _is_date(year or 2000, month, day):     # 2000: a leap year lets "29 février" through
            return None
        return Core(match.start(), match.end(), unit=CalendarUnit("day", year, month, day, lean))
    needs = "" if year or lean else "month_context"
    return Core(match.start(), match.end(), unit=CalendarUnit("month", year, month, lean=lean), needs=needs)


def _read_bounded_part(match, ref):
    g = grammar()
    unit = _normalize(match["unit"])
    ranked = re.search(r"(?:\S+)\s+\Z", match.string[:match.start()])
    if ranked and _normalize(ranked[0].strip()) in g.ordinals:
        return None     # "au quatrième trimestre, clos fin décembre": the rank names it
    if match["end"] and unit in ("exercice", "année"):
        return None     # "l'exercice clos fin juin 2025" is labelled by the year it ends in
    # ("les trois mois clos fin septembre", "les cinq exercices menant à fin mars 2030")
    months = number_value(match["n"]) * (1 if _normalize(match["counted"]) == "mois" else 12) if match["n"] \
        else {"trimestre": 3, "semestre": 6}.get(unit, 12)
    month = g.months[_normalize(match["m"])]
    if match["y"]:
        said = int(match["y"]) * 12 + month - 1
    elif ref is None:
        return None
    else:
        # the bounding month in the reference year, moved to the side the verb says
        lean = g.part_bounds["start" if match["start"] else "end"][_normalize(match["start"] or match["end"])]
        said, now = ref.year * 12 + month - 1, ref.year * 12 + ref.month - 1
        if lean < 0 and said > now or lean == 0 and said - now > 6:
            said -= 12
        elif lean > 0 and said < now or lean == 0 and now - said > 6:
            said += 12
    day = 1 if (match["d"] or "").lower() == "1er" else int(match["d"] or 0)
    if match["start"]:
        begin = said + (day > 15)       # "le 29 septembre": the quarter of October to December
    else:
        begin = said - (0 < day < 15) - months + 1
    return Core(match.start(), match.end(), label=_months_label(begin, begin + months - 1), relative=not match["y"])


def _months_label(first: int, last: int) -> str:
    """The label of the months first..last (running numbers year * 12 + month - 1): a calendar quarter,
    half or year when they are one, else a month range."""
    count = last - first + 1
    for unit, parts in PARTS_PER_YEAR.items():
        if count == 12 // parts and first % count == 0:
            return _unit_label(unit, first // count)
    return f"{_unit_label('month', first)}/{_unit_label('month', last)}"


def _read_numeric_date(match, ref):
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not _is_date(year, month, day):
        return None
    return Core(match.start(), match.end(), label=date(year, month, day).isoformat())


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _read_relative(match, ref):
    if ref is None:
        return None
    unit, offset = grammar().relative[_normalize(match[0])]
    label = _unit_label(unit, _unit_index(unit, ref) + offset)
    return Core(match.start(), match.end(), label=label, relative=True)


def _read_modified_year(match, ref):
    if ref is None:
        return None
    offsets = grammar().lexicon["relative_modifier_only"]["offsets"]
    year = ref.year + (offsets[match["offset"].lower()] if match["offset"] else 0)
    return Core(match.start(), match.end(), label=str(year), relative=True, needs="modifier")


def _read_count_span(match, ref):
    g = grammar()
    count = number_value(match["n"])
    if ref is None or count < 2:
        return None
    unit = g.units[_normalize(match["unit"])]
    said = [g.span_direction[_normalize(d)] for d in (match["dir1"], match["dir2"]) if d]
    lead = _normalize(match["lead"])
    if lead in ("dans", "au cours", "lors") and not match["article"]:     # "dans deux ans" is a point
        return None
    if lead == "en" and unit != "year":
        return None     # "35 milliards en trois mois": how fast, said of a quarter already named; "en dix ans": a span
    if said:
        direction = said[0]
    elif lead == "depuis":
        direction = "backward"
    elif lead in ("ces", "les", "des") or match["article"]:
        return None     # "les cinq ans", "sur les trois mois de juillet à septembre", "sur ses trois ans" say neither way
    else:
        direction = "forward"
    now = _unit_index(unit, ref)
    if unit == "month" and direction == "backward" and lead != "depuis":
        now -= 1    # "sur les trois derniers mois", said on 31 October: July to September, the months reported
    # "ces trois dernières années" said in 2025: the three full years before and this one, 2022/2025; so
    # "les deux prochaines années" said in November 2023 reach November 2025: 2023/2025. "Sur cinq ans" is a
    # length, not a reach: said in 2024, 2024/2028
    reach = count if unit == "year" else count - 1
    ahead = reach if said else count - 1
    first, last = (now, now + ahead) if direction == "forward" else (now - reach, now)
    label = f"{_unit_label(unit, first)}/{_unit_label(unit, last)}"
    return Core(match.start(), match.end(), label=label, relative=True)


def _read_count_of_year(match, ref):
    g = grammar()
    count, unit = number_value(match["n"]), g.units[_normalize(match["unit"])]
    parts = PARTS_PER_YEAR[unit]
    year_named = match["y"] or not re.search(r"(?:\bde|d['’])\Z", match[0])     # "de 2025", "de l'année"
    if unit == "year" or not 2 <= count <= parts or not year_named or not match["y"] and ref is None:
        return None
    year = int(match["y"]) if match["y"] else ref.year
    first = 0 if g.year_edges[_normalize(match["edge"])] == "first" else parts - count
    begin = year * parts + first
    if not match["y"] and label_bounds(_unit_label(unit, begin))[0] > ref:
        begin -= parts      # "les trois derniers mois de l'année" said in February: last year's
    label = f"{_unit_label(unit, begin)}/{_unit_label(unit, begin + count - 1)}"
    if unit == "month" and count in (3, 6) and begin % count == 0 and "exercice" not in match[0].lower():
        # "les six premiers mois de l'année": its first half, 2024-H1 (a financial year's months are read later)
        label = _unit_label("quarter" if count == 3 else "semester", begin // count)
    return Core(match.start(), match.end(), label=label, relative=not match["y"])


def _read_count_point(match, ref):
    if ref is None:
        return None
    unit = grammar().units[_normalize(match["unit"])]
    lead = _normalize(match["lead"])
    offset = -number_value(match["n"]) if lead == "il y a" else number_value(match["n"])
    label = _unit_label(unit, _unit_index(unit, ref) + offset)
    if lead.startswith("d'ici"):
        label = f"{OPEN}/{label}"
    return Core(match.start(), match.end(), label=label, relative=True)


def number_value(number: str) -> int:
    """'trois' -> 3, '12' -> 12: a count said in digits or in words."""
    return int(number) if number.isdigit() else grammar().numbers[number.lower()]


CORE_READERS = {
    "year_span": _read_year_span, "decade": _read_decade, "decade_end": _read_decade_end,
    "decade_next": _read_decade_next, "decade_ahead": _read_decade_ahead, "fiscal_year": _read_fiscal_year, "year": _read_year, "ordinal_part": _read_ordinal_part, "elided_part": _read_elided_part, "bounded_part": _read_bounded_part,
    "letter_part": _read_letter_part, "month": _read_month, "numeric_date": _read_numeric_date, "iso_date": _read_numeric_date,
    "relative": _read_relative, "modified_year": _read_modified_year,
    "count_span": _read_count_span, "count_of_year": _read_count_of_year, "count_point": _read_count_point,
}


def _non_overlapping(cores: list[Core]) -> list[Core]:
    """Longest cores first; a core overlapping one already kept is dropped."""
    kept: list[Core] = []
    for core in sorted(cores, key=lambda c: (c.begin - c.stop, c.begin)):
        if all(core.stop <= k.begin or core.begin >= k.stop for k in kept):
            kept.append(core)
    return sorted(kept, key=lambda c: c.begin)


# ---------------------------------------------------------------- resolution

def _resolve(core: Core, ref: date | None, year: int | None = None) -> tuple[str, bool] | None:
    """The core's label and whether ref was used; `year` stands in for a missing one."""
    if core.label is not None:
        return core.label, core.relative
    unit = core.unit
    if unit.year is not None or year is not None:
        return unit.label(unit.year or year), False
    if ref is None:
        return None
    return _nearest_label(unit, ref), True


def _nearest_label(unit: CalendarUnit, ref: date) -> str:
    """The occurrence of a year-less unit closest to ref (or the last before / next after it)."""
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if unit.unit == "day" and not _is_date(year, unit.part, unit.day):
            continue
        label = unit.label(year)
        start, end = label_bounds(label)
        if unit.lean < 0 and end >= ref or unit.lean > 0 and start <= ref:
            continue
        distance = 0 if start <= ref <= end else min(abs((ref - start).days), abs((ref - end).days))
        candidates.append((distance, start, label))
    return min(candidates)[2]


@dataclass(frozen=True)
class Lead:
    """What the words before a core say: an open prefix and the lead words."""

    begin: int
    open_side: str | None         # "until", "completion" (until, by the year), "to_date", "since", "after" or None
    words: tuple[str, ...]


def _lead(text: str, floor: int, begin: int) -> Lead:
    match = grammar().lead.search(text, max(floor, begin - 80), begin)
    if match is None:               # the core is glued to a word ("PLF-2024")
        return Lead(begin, None, ())
    open_side = next((side for side in ("until", "completion", "to_date", "since", "after") if match[side]), None)
    return Lead(match.start(), open_side, _words(match["tokens"]))


def _words(tokens: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[^\W\d_]+", tokens.lower()))


def _accepts(core: Core, lead: Lead, before: str) -> bool:
    """Conditions some cores put on the words before them."""
    lex = grammar().lexicon
    if core.needs == "month_context":
        context = {w.rstrip("-") for w in lex["leads"]["month_context"]}
        return lead.open_side is not None or bool(context & set(lead.words))
    if core.needs == "modifier":
        return bool(set(lex["relative_modifier_only"]["modifier_words"]) & set(lead.words))
    if core.needs == "not_quantity":
        return not grammar().quantity_before.search(before)
    return True


def _open(label: str, side: str | None) -> str:
    if side == "until":
        return f"{OPEN}/{label.split('/')[-1]}"
    if side == "completion":
        return f"{OPEN}/{label.split('/')[-1][:4]}"
    if side == "to_date" and re.fullmatch(r"\d{4}-\d{2}", label):
        return f"{label[:4]}-01/{label}" if label[5:] != "01" else label
    if side == "since" or side == "after" and not label.isdigit():
        return f"{label.split('/')[0]}/{OPEN}"
    if side == "after":
        return f"{int(label) + 1}/{OPEN}"
    return label


Found = tuple[int, int, str, bool]     # begin, stop, label, relative


def _single(text: str, core: Core, floor: int, ref: date | None) -> Found | None:
    """One core with the open prefix and lead words before it."""
    resolved = _resolve(core, ref)
    lead = _lead(text, floor, core.begin)
    if resolved is None or not _accepts(core, lead, text[floor:core.begin]):
        return None
    label, relative = resolved
    if lead.open_side == "until" and relative and core.label is None and ref is not None \
            and re.fullmatch(r"\d{4}-\d{2}", label) and label_bounds(label)[1] < ref:
        label = f"{int(label[:4]) + 1}{label[4:]}"  # "qui court jusqu'à fin septembre", said in January: the coming one
    return lead.begin, core.stop, _open(label, lead.open_side), relative


def _range(text: str, first: Core, second: Core, floor: int, ref: date | None) -> Found | None:
    """'entre P1 et P2', 'de P1 à P2', 'du P1 au P2', 'depuis P1 jusqu'en P2' as one interval; so are
    two months joined by a dash ("son trimestre janvier-mars")."""
    g = grammar()
    if first.unit and second.unit and first.unit.unit == second.unit.unit == "month" and \
            re.fullmatch(r"\s*[-–]\s*", text[first.stop:second.begin]):
        begin, sides_accepted = first.begin, True
    else:
        closer = g.range_closer.fullmatch(text, first.stop, second.begin)
        opener = g.range_opener.search(text, max(floor, first.begin - 80), first.begin)
        if not closer or not opener:
            return None
        joiners = g.range_joiners
        if joiners["openers"][_normalize(opener["joiner"])] != joiners["closers"][_normalize(closer["joiner"])]:
            return None
        begin = opener.start()
        sides_accepted = all(
            core.needs == "month_context" or _accepts(core, Lead(lead.start(), None, _words(lead["tokens"])), before)
            for core, lead, before in ((first, opener, text[floor:first.begin]), (second, closer, "")))
    right = _resolve(second, ref)
    borrowed = second.unit.year if second.unit and first.unit and first.unit.year is None else None
    left = _resolve(first, ref, borrowed)
    if ref is not None and first.unit and second.unit and first.unit.year is None and second.unit.year is None \
            and first.unit.unit == second.unit.unit != "day":
        left, right = _nearest_pair(first.unit, second.unit, ref)
    if not sides_accepted or left is None or right is None:
        return None
    (left_start, _), (right_start, _) = label_bounds(left[0]), label_bounds(right[0])
    if left_start is None or right_start is None or left_start >= right_start:
        return None
    return begin, second.stop, _interval(left[0], right[0]), left[1] or right[1]


def _nearest_pair(first: CalendarUnit, second: CalendarUnit, ref: date) -> tuple[tuple[str, bool], tuple[str, bool]]:
    """'d'octobre à décembre' with no year: the occurrence of the whole interval closest to ref (said
    in February 2026: 2025-10/2025-12), not the closest of each side on its own."""
    def distance(year: int) -> int:
        start = label_bounds(first.label(year))[0]
        end = label_bounds(second.label(year + (second.part < first.part)))[1]
        return 0 if start <= ref <= end else min(abs((ref - start).days), abs((ref - end).days))

    year = min((ref.year - 1, ref.year, ref.year + 1), key=distance)
    return (first.label(year), True), (second.label(year + (second.part < first.part)), True)


def is_completion(period: Period) -> bool:
    """Is the period a completion date ("achevé en 2027", "sera bouclé en 2026")?"""
    return period.text.lower().startswith(tuple(grammar().lexicon["open_prefixes"]["completion"]))


def find_periods(text: str, ref: date | None = None) -> list[Period]:
    """Every period expression in text, in order, non-overlapping. Relative ones need `ref`
    (the publication date): without it they are left out."""
    if isinstance(ref, datetime):
        ref = ref.date()
    cores = _non_overlapping(_cores(text, ref))
    periods: list[Period] = []
    i = 0
    while i < len(cores):
        floor = periods[-1].stop if periods else 0
        found = _range(text, cores[i], cores[i + 1], floor, ref) if i + 1 < len(cores) else None
        if found:
            i += 2
        else:
            found = _single(text, cores[i], floor, ref)
            i += 1
        if found:
            begin, stop, label, relative = found
            periods.append(Period(label, *label_bounds(label), begin, stop, text[begin:stop], relative))
    periods = _counted_back(text, periods)
    # "sur trois exercices, de 2024 à 2026": the dates say which three
    periods = [p for p, q in zip(periods, periods[1:] + [None])
               if not (q and p.relative and not q.relative and "/" in p.label and "/" in q.label
                       and re.fullmatch(r"\s*[,(]?\s*", text[p.stop:q.begin]))]
    # "au cours du trimestre de juillet à septembre", "l'exercice, d'avril à mars": the months say which one
    periods = [p for p, q in zip(periods, periods[1:] + [None])
               if not (q and p.relative and "/" not in p.label and not any(ch.isdigit() for ch in p.text)
                       and re.fullmatch(r"\d{4}-\d{2}/\d{4}-\d{2}", q.label)
                       and re.fullmatch(r"\s*[,(]?\s*", text[p.stop:q.begin]))]
    # "cette année et l'an prochain": two years in a row said together are one span
    joined: list[Period] = []
    for p in periods:
        last = joined[-1] if joined else None
        if last and re.fullmatch(r"\d{4}", last.label) and re.fullmatch(r"\d{4}", p.label) \
                and int(p.label) == int(last.label) + 1 and re.fullmatch(r"\s+et\s+", text[last.stop:p.begin]) \
                and not re.search(r",\s*\Z", text[:last.begin]):     # "en 2030, 2031 et 2032" lists three
            label = f"{last.label}/{p.label}"
            joined[-1] = Period(label, *label_bounds(label), last.begin, p.stop, text[last.begin:p.stop],
                                last.relative or p.relative)
        else:
            joined.append(p)
    return _since_then(text, joined)


def _since_then(text: str, periods: list[Period]) -> list[Period]:
    """'Arrivé en 2014, ... depuis cette date': the date said before, opened (2014/..)."""
    found = list(periods)
    for m in re.finditer(_alternation(grammar().lexicon["since_then"]), text, re.IGNORECASE):
        said = [p for p in periods if p.stop <= m.start() and not p.label.startswith(OPEN)]
        if said:
            label = f"{said[-1].label.split('/')[0]}/{OPEN}"
            found.append(Period(label, *label_bounds(label), m.start(), m.end(), m[0], said[-1].relative))
    return sorted(found, key=lambda p: p.begin)


def _counted_back(text: str, periods: list[Period]) -> list[Period]:
    """'sur cinq ans, jusqu'en mars 2029': a length said before the horizon it ends at is counted back from it
    (2024-04/2029-03; "sur cinq ans jusqu'en 2029": 2025/2029); said beside the start it runs from, it is counted
    on from there ("sur cinq ans, à partir de l'an prochain" said in 2025, "à partir de 2026 et sur cinq ans":
    2026/2030)."""
    out: list[Period] = []
    for p in periods:
        joined = _length_at_bound(text, out[-1], p) if out else None
        if joined:
            out[-1] = joined
        else:
            out.append(p)
    return out


def _length_at_bound(text: str, first: Period, second: Period) -> Period | None:
    """The span a length said next to its horizon or its start covers, or None."""
    def is_length(p: Period) -> bool:
        return p.relative and "/" in p.label and OPEN not in p.label and p.start is not None and p.end is not None

    if not re.fullmatch(r"\s*,?\s*(?:et\s+)?", text[first.stop:second.begin]):
        return None
    if is_length(first) and second.label.startswith(f"{OPEN}/") and second.end:
        length, last = first, second.end.year * 12 + second.end.month - 1     # (months from year 0, January = 0)
        begin = last - months_of(length) + 1
    else:
        length, bound = (first, second) if is_length(first) else (second, first)
        if not is_length(length) or not bound.label.endswith(f"/{OPEN}") or bound.start is None \
                or bound.text.lower().startswith("depuis"):    # "depuis 2019" is money spent since, no start
            return None
        begin = bound.start.year * 12 + bound.start.month - 1
        last = begin + months_of(length) - 1
    label = f"{begin // 12}/{last // 12}" if begin % 12 == 0 and last % 12 == 11 else \
        f"{begin // 12}-{begin % 12 + 1:02d}/{last // 12}-{last % 12 + 1:02d}"
    return Period(label, *label_bounds(label), first.begin, second.stop, text[first.begin:second.stop],
                  first.relative and second.relative)


def months_of(span: Period) -> int | None:
    """How many calendar months a closed period covers (None when open)."""
    if span.start is None or span.end is None:
        return None
    return (span.end.year - span.start.year) * 12 + span.end.month - span.start.month + 1


def find_rates(text: str) -> list[RateMarker]:
    """'par an', 'chaque année', 'annuel(s)', 'l'an', 'par trimestre', 'trimestriel', 'par mois',
    'mensuel', ... Every rate word is reported, even 'chiffre d'affaires annuel': the caller decides."""
    return [RateMarker(match.lastgroup, match.start(), match.end(), match[0])
            for match in grammar().rates.finditer(text)]


# ---------------------------------------------------------------- financial years

_PAST_FISCAL = re.compile(r"\b(écoulé|dernier|précédent|passé)\b", re.IGNORECASE)
# "l'exercice clos fin mars", said in May: the year just closed (of a quarter, "clos fin septembre" is the quarter's end)
_CLOSED = re.compile(r"\b(clos|achevé|terminé)\b", re.IGNORECASE)
_CURRENT = re.compile(r"\ben cours\b|\bactuel", re.IGNORECASE)     # "son exercice en cours, clos fin juin"
_JUST_ENDED = re.compile(r"\bécoulé\b", re.IGNORECASE)
_WHOLE = re.compile(r"\b(?:ensemble|totalité)\b", re.IGNORECASE)    # "sur l'ensemble de l'exercice"
_REST = re.compile(r"\breste\b", re.IGNORECASE)
_FISCAL = re.compile(r"\bexercices?\b|\bfiscal", re.IGNORECASE)
_NEXT_FISCAL = re.compile(r"\bexercice\s+(?:suivant|prochain)\b|\bprochain\s+exercice\b", re.IGNORECASE)
# "premier trimestre", "S2": a part of a year named by its rank
RANKED_PART = re.compile(r"\b(premier|première|1er|1re|second|seconde|deuxième|2e|troisième|3e|quatrième|4e"
                           r"|[TQS][1-4])\b", re.IGNORECASE)


def _month_label(year: int, month: int) -> tuple[int, int]:
    """(year, month) normalised so that month is 1..12."""
    year += (month - 1) // 12
    return year, (month - 1) % 12 + 1


def fiscal_period(period: Period, fiscal_year_end: int, ref: date | None, context: str = "",
                  named_by_start: bool = False, ahead: bool = False, rated: bool = False, done: bool = False) -> Period:
    """A period said of a company's financial year, in calendar terms.

    French articles say "l'exercice 2025", "le premier trimestre de son exercice 2025", "l'exercice
    écoulé" of companies whose year does not end in December (Microsoft: June). A financial year is
    named by the calendar year it ends in ("exercice 2025" of Microsoft = 2024-07..2025-06) and labelled by
    its months, "2024-07/2025-06" (annotators write "2025", "2024/2025" or the months: the months are
    never wrong); "d'ici la fin de son exercice" is by its last month ("../2026-06"); its quarters and halves become calendar quarters and halves (Q1 of Microsoft's 2025
    year = "2024-Q3"), or month ranges when they straddle calendar quarters (Q2 of Oracle's 2026 year,
    which ends in May, = "2025-09/2025-11"). A quarter or half named by its rank with no year ("au
    premier trimestre") is the company's own. Periods not about a financial year, and December years,
    are returned as they are. `context` is the text right after the expression ("au premier trimestre| de ce nouvel exercice");
    a bracket there restates the period in other terms ("au quatrième trimestre 2025 (deuxième trimestre de
    l'exercice fiscal 2026)") and does not make it a financial one.
    `named_by_start`: the company names its years by the calendar year they start in (Japanese groups:
    Toyota's "exercice 2025" runs from April 2025 to March 2026, label "2025-04/2026-03").
    `ahead`: the sentence says what will be spent, so "son exercice, clos fin juin" is the year under way.
    `rated`: the money is a rate (per quarter, per year), which runs over a span, not by a date.
    `done`: the sentence says money already spent, so "sur l'ensemble de l'exercice", said in May of a year that
    ends in March, is the whole year just closed (not "l'exercice qui s'achève fin mai", the year under way).
    """
    if period.fiscal:
        return period       # (the year before of a period already converted: "contre 369 millions un an plus tôt")
    said = f"{period.text} {re.split(r'[(.;]', context[:40])[0]}"     # (not the next sentence's words)
    # "au premier trimestre", no year: the company's own quarter, as its results speak of it
    own_quarter = bool(re.fullmatch(r"\d{4}-[QH]\d", period.label) and RANKED_PART.search(period.text)
                       and not re.search(r"\d{4}", period.text))
    if fiscal_year_end != 12 and period.relative and ref is not None and \
            re.fullmatch(r"\d{4}-Q[1-4]", period.label) and _JUST_ENDED.search(f"{period.text} {context[:10]}"):
        # "le trimestre écoulé" of Oracle (year ending in May), said on 11 December: its own quarter, the
        # one that ended in November
        y, last = _month_label(ref.year, ref.month - 1 - (ref.month - 1 - fiscal_year_end) % 3)
        y0, first = _month_label(y, last - 2)
        label = f"{y}-Q{last // 3}" if last % 3 == 0 else f"{y0}-{first:02d}/{y}-{last:02d}"
        start, end = label_bounds(label)
        return replace(period, label=label, start=start, end=end, fiscal=True)
    if fiscal_year_end == 12 or not (_FISCAL.search(said) or own_quarter):
        return period
    m = re.fullmatch(r"(\.\./)?(\d{4})(?:-([QH])([1-4])|-(\d\d)/\2-(\d\d))?", period.label)
    if not m or m[1] and (m[3] or m[5] or not period.relative):
        return period       # ("d'ici l'exercice 2027": by that year, as the article says it)
    if m[5] and not any(_normalize(w) in grammar().year_edges for w in period.text.split()):
        return period       # "de juillet à décembre", "juillet-septembre": calendar months (not "les six premiers mois")
    # (a year said by its closing month, "l'exercice qui se clôturera fin mars 2026", is the year it ends in)
    year = int(m[2]) + (named_by_start and not period.relative and not any(map(is_month, period.text.split())))
    if period.relative and ref is not None:
        # the financial year that contains the reference date, or the one before it; "l'exercice suivant",
        # "le prochain exercice": the one after it
        year = ref.year + (ref.month > fiscal_year_end) + bool(_NEXT_FISCAL.search(period.text))
        if _PAST_FISCAL.search(said) and not _CURRENT.search(period.text) or m[3] is m[5] is None and (
                _CLOSED.search(said) or done and not m[1] and _WHOLE.search(period.text)) \
                and not _CURRENT.search(said) and not ahead:
            year -= 1
    if m[1] and not (rated and period.relative and ref is not None):
        label = f"../{year}-{fiscal_year_end:02d}"     # "d'ici la fin de son exercice": by the month it ends
    elif (m[1] or _REST.search(period.text)) and period.relative and ref is not None:
        # ("un rythme de 35 milliards par trimestre d'ici la fin de l'exercice": a rate, over the rest of the year)
        # "pendant le reste de l'exercice, qui se termine en juin", said in January: from the quarter under way
        y0, first = _month_label(ref.year, ref.month - (ref.month - 1 - fiscal_year_end) % 3)
        label = f"{y0}-{first:02d}/{year}-{fiscal_year_end:02d}"
    elif m[5]:      # "les six premiers mois de son exercice": its months counted from the year's first
        y0, first = _month_label(year - 1, fiscal_year_end + int(m[5]))
        y1, last = _month_label(year - 1, fiscal_year_end + int(m[6]))
        label = f"{y0}-{first:02d}/{y1}-{last:02d}"
    elif m[3] is None:     # the whole year by its months, a label every convention accepts ("2024-07/2025-06")
        y0, first = _month_label(year - 1, fiscal_year_end + 1)
        label = f"{y0}-{first:02d}/{year}-{fiscal_year_end:02d}"
    elif not RANKED_PART.search(period.text):
        return period       # "le dernier trimestre de son exercice": already a calendar quarter
    else:
        months = 3 if m[3] == "Q" else 6
        y, first = _month_label(year - 1, fiscal_year_end + 1 + months * (int(m[4]) - 1))
        y_last, last = _month_label(y, first + months - 1)
        label = f"{y}-{m[3]}{(first - 1) // months + 1}" if (first - 1) % months == 0 else \
            f"{y}-{first:02d}/{y_last}-{last:02d}"
    start, end = label_bounds(label)
    return replace(period, label=label, start=start, end=end, fiscal=True)


def shift_months(period: Period, months: int) -> Period | None:
    """The same period `months` later (earlier when negative), when it is made of whole units of that step:
    "contre 22,6 milliards trois mois plus tôt" of a quarter is the quarter before; a year three months back
    is no period (None)."""
    if months % 12 == 0:
        return shift_years(period, months // 12)

    def side(label: str) -> str | None:
        year, half, quarter, month, day = LABEL_SIDE.fullmatch(label).groups()
        unit, part = ("month", month) if month and not day else ("quarter", quarter) if quarter else \
            ("semester", half) if half else (None, None)
        step = 12 // PARTS_PER_YEAR[unit] if unit else 0
        if not step or months % step:
            return None
        return _unit_label(unit, int(year) * PARTS_PER_YEAR[unit] + int(part) - 1 + months // step)

    sides = [OPEN if part == OPEN else side(part) for part in period.label.split("/")]
    if None in sides:
        return None
    label = "/".join(sides)
    start, end = label_bounds(label)
    return replace(period, label=label, start=start, end=end, relative=False)


def shift_years(period: Period, years: int) -> Period:
    """The same period `years` later (earlier when negative): "contre 9,2 milliards un an plus tôt"."""
    def side(label: str) -> str:
        return label if label == OPEN else f"{int(label[:4]) + years}{label[4:]}"

    label = "/".join(side(part) for part in period.label.split("/"))
    start, end = label_bounds(label)
    return replace(period, label=label, start=start, end=end, relative=False)   # its year is now set
