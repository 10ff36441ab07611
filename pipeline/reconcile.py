"""Facts of many articles -> one row per real-world fact, every source kept, disagreements flagged.

Outlets restate one announcement in different words: rounded ("environ 100 milliards"), as a
range or a bound ("entre 60 et 65", "jusqu'à 65"), per quarter ("26,3 milliards chaque
trimestre"), with the period said ("en 2025"), open ("d'ici 2025") or left to the article's
date. Two facts are linked when they can be the same figure (compatible) or the same
announcement reported with different figures (conflict); rows are grown from the closest links
first, and a row only holds facts that are all linked to each other (complete linkage), so a
chain of near matches never glues two distinct facts. Every order is derived from the facts'
content, never from the input order. The rules are explained in docs/reconcile.md.
"""
from __future__ import annotations

import hashlib
import itertools
import math
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterable

import pandas as pd
import pyarrow as pa

from pipeline.facts import FACT_COLUMNS, RECONCILED_SCHEMA, Fact
from pipeline.periods import label_bounds

SAME_FIGURE = 0.01      # figures within 1% are one figure (the scorer's tolerance)
APPROX = 0.10           # "environ", "près de", "quelque": ±10%
ROUNDING_CAP = 0.05     # a round figure ("80 milliards") may round anything within half its last digit, at most 5%
OPEN_BOUND = 1.25       # "au moins A" is read as at most 1.25·A, "jusqu'à A" as at least A/1.25
CONFLICT_RATIO = 1.25   # figures apart by at most this ratio: one announcement, conflicting sources

MONTHS_PER_UNIT = {"per_month": 1, "per_quarter": 3, "per_year": 12}
RATE_WORDS = {"per_month": "per month", "per_quarter": "per quarter", "per_year": "per year"}
QUALIFIER_WORDS = {"approx": "about ", "at_least": "at least ", "at_most": "up to "}
POINT_QUALIFIERS = ("exact", "approx")


@dataclass(frozen=True)
class Span:
    """A period label's first and last day; None on an open side ("../2025")."""

    start: date | None
    end: date | None

    @property
    def closed(self) -> bool:
        return self.start is not None and self.end is not None

    def months(self) -> int | None:
        """Calendar months covered, for turning a per-quarter amount into a total; None when open."""
        if not self.closed:
            return None
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    def contains(self, other: Span) -> bool:
        return ((self.start is None or (other.start is not None and self.start <= other.start))
                and (self.end is None or (other.end is not None and other.end <= self.end)))


@dataclass(frozen=True)
class Source:
    """One fact as the reconciler sees it: its block, period span, the year an unstated period implies, and
    its figures (stated, the values its wording allows, the centre), computed once."""

    fact: Fact
    block: tuple[str, str]
    span: Span | None
    year: int | None
    figures: tuple[float, ...]
    bounds: tuple[float, float] | None
    centre: float | None

    @property
    def implied_span(self) -> Span | None:
        """The stated period, else the article's year (an unstated period is the year the article is about)."""
        if self.span is not None or self.year is None:
            return self.span
        return year_span(self.year)


@dataclass(frozen=True)
class Link:
    """Two facts that can be one real-world fact; `conflict` when their figures disagree beyond rounding."""

    distance: float
    conflict: bool


# ---------------------------------------------------------------- public API

def reconcile(facts: Iterable[Fact]) -> list[dict]:
    """One row per real-world fact (columns RECONCILED_COLUMNS), the same rows for the same facts in any order."""
    sources = _sources(facts)
    clusters = _cluster(sources)
    rows = [_row([sources[i] for i in sorted(cluster)]) for cluster in clusters]
    return sorted(rows, key=_row_order)


def reconcile_frame(facts: pd.DataFrame) -> pd.DataFrame:
    """`reconcile` over a facts table (FACT_COLUMNS), returned typed as RECONCILED_SCHEMA."""
    rows = reconcile(_fact_from_record(record) for record in facts.to_dict("records"))
    return pa.Table.from_pylist(rows, schema=RECONCILED_SCHEMA).to_pandas()


# ---------------------------------------------------------------- periods

def year_span(year: int) -> Span:
    return Span(date(year, 1, 1), date(year, 12, 31))


def parse_period(label: str | None) -> Span | None:
    """The span of a period label; None for no label or one outside the grammar (then only equal labels match)."""
    if not label:
        return None
    try:
        return Span(*label_bounds(label))
    except ValueError:
        return None


def periods_match(a: Source, b: Source) -> bool:
    """Same label; equal known bounds when one side is open ("../2025" ~ "2025", not "2024-Q4" ~ "2024");
    an unstated period matches a period that covers the whole year its article is about."""
    if a.fact.period is not None and b.fact.period is not None:
        if a.fact.period == b.fact.period:
            return True
        if a.span is None or b.span is None:
            return False
        if a.span.closed and b.span.closed:
            return a.span == b.span
        if _announced_within(a, b) or _announced_within(b, a) or _counted_to_horizon(a, b) or _counted_to_horizon(b, a):
            return True
        shared = [(x, y) for x, y in ((a.span.start, b.span.start), (a.span.end, b.span.end))
                  if x is not None and y is not None]
        return bool(shared) and all(x == y for x, y in shared)
    if a.fact.period is None and b.fact.period is None:
        return a.year is not None and a.year == b.year
    unstated, known = (a, b) if a.fact.period is None else (b, a)
    return unstated.year is not None and known.span is not None and known.span.contains(year_span(unstated.year))


def _announced_within(dated: Source, horizon: Source) -> bool:
    """'Digital Realty investira 1,2 milliard' dated by its article's year (2025) and 'd'ici 2029' in
    another article: an announcement of that year falls within a horizon that starts open."""
    return (dated.year is not None and dated.span.closed and dated.span == year_span(dated.year)
            and horizon.span.start is None and horizon.span.end is not None and horizon.span.end.year >= dated.year)


def _counted_to_horizon(counted: Source, horizon: Source) -> bool:
    """'500 millions sur cinq ans' said in 2025 (2025/2029) and 'un demi-milliard d'ici 2030' in another
    article: years counted from the announcement end at the horizon or the year before it."""
    return (counted.year is not None and counted.span.closed and counted.span.start == date(counted.year, 1, 1)
            and horizon.span.start is None and horizon.span.end is not None
            and horizon.span.end.year - counted.span.end.year in (0, 1))


def spans_a_year(source: Source) -> bool:
    """Periods of a year or more: a fact stated without a period is never a quarter's or a month's figure."""
    span = source.span
    return span is not None and (not span.closed or span.months() >= 12)


# ---------------------------------------------------------------- amounts

def rounding(value: float) -> float:
    """Relative rounding a stated figure allows: half a unit of its last significant digit, within [1%, 5%]."""
    exponent = Decimal(f"{abs(value):.12g}").normalize().as_tuple().exponent
    half_unit = 5 * Decimal(10) ** (exponent - 1)
    return min(max(float(half_unit) / abs(value), SAME_FIGURE), ROUNDING_CAP)


def stated(fact: Fact) -> tuple[float, ...]:
    """The figures the fact states: one amount, or a range's two ends; () when vague (or not a positive sum)."""
    if fact.amount_min is not None and fact.amount_max is not None and fact.amount is None:
        figures = (min(fact.amount_min, fact.amount_max), max(fact.amount_min, fact.amount_max))
    else:
        figures = next(((v,) for v in (fact.amount, fact.amount_min, fact.amount_max) if v is not None), ())
    return figures if all(v > 0 for v in figures) else ()


def interval(fact: Fact) -> tuple[float, float] | None:
    """The values the fact's wording allows, rounding and qualifier included."""
    figures = stated(fact)
    if not figures:
        return None
    low, high = figures[0], figures[-1]
    if fact.qualifier == "approx":
        return low * (1 - APPROX), high * (1 + APPROX)
    low_ends = (low * (1 - rounding(low)), high * (1 + rounding(high)))
    if fact.qualifier == "at_least":
        return low_ends[0], low * OPEN_BOUND
    if fact.qualifier == "at_most":
        return high / OPEN_BOUND, low_ends[1]
    return low_ends


def factor(source: Source, basis: str) -> float | None:
    """Multiplier taking the fact's amount to `basis` (a rate, or total over its period); None if impossible."""
    rate = source.fact.rate
    if rate == basis:
        return 1.0
    if basis == "total":
        span = source.implied_span
        months = span.months() if span is not None else None
        return None if months is None or rate == "total" else months / MONTHS_PER_UNIT[rate]
    if rate == "total":
        return None
    return MONTHS_PER_UNIT[basis] / MONTHS_PER_UNIT[rate]


def common_basis(rates: Iterable[str]) -> str:
    """Total when any source is a total (a per-quarter fact joins a yearly row as its yearly sum), else the
    shared rate, else per year."""
    rates = set(rates)
    return "total" if "total" in rates else rates.pop() if len(rates) == 1 else "per_year"


def _scaled(pair: tuple[float, float], by: float) -> tuple[float, float]:
    return pair[0] * by, pair[1] * by


def _overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _nearest_ratio(a: Iterable[float], b: Iterable[float]) -> float:
    return min(max(x, y) / min(x, y) for x in a for y in b)


# ---------------------------------------------------------------- linking two facts

def statuses_match(a: Source, b: Source) -> bool:
    """Equal, or planned vs an "actual" written before its period ended (or undated): a commitment in the past tense."""
    if a.fact.status == b.fact.status:
        return True
    actual = a if a.fact.status == "actual" else b
    span = actual.implied_span
    return (actual.fact.published is None or span is None or span.end is None
            or span.end >= actual.fact.published)


def link(a: Source, b: Source, *, period_known: bool = True) -> Link | None:
    """How two facts of one company and currency relate: one figure, one announcement in conflict, or none.

    Facts of one article are one fact only when they restate each other: an article states each fact
    once. `period_known=False` skips the period test, for the last-resort match of a fact whose period
    nobody can infer.
    """
    if a.block != b.block or not a.block[0] or not a.figures or not b.figures:
        return None
    if period_known and not periods_match(a, b):
        return None
    basis = common_basis((a.fact.rate, b.fact.rate))
    fa, fb = factor(a, basis), factor(b, basis)
    if fa is None or fb is None:
        return None
    distance = abs(math.log(a.centre * fa / (b.centre * fb)))
    compatible = _overlap(_scaled(a.bounds, fa), _scaled(b.bounds, fb))
    if a.fact.article_id == b.fact.article_id:
        return Link(distance, False) if _restates(a, b, compatible) else None
    if compatible:
        return Link(distance, False) if statuses_match(a, b) else None
    in_conflict = (period_known and a.fact.period is not None and b.fact.period is not None
                   and a.fact.rate == b.fact.rate and a.fact.status == b.fact.status
                   and _nearest_ratio(a.figures, b.figures) <= CONFLICT_RATIO)
    return Link(1 + distance, True) if in_conflict else None


def _restates(a: Source, b: Source, compatible: bool) -> bool:
    """Within one article: the same figure said again, or said again on another basis ("2,1 milliards par an",
    "10,5 milliards sur cinq ans") -- then within the usual tolerance, since the conversion is the writer's,
    and only when both state their period (a total with none is another share of the plan)."""
    if a.fact.rate != b.fact.rate:
        return compatible and a.fact.period is not None and b.fact.period is not None
    return len(a.figures) == len(b.figures) and all(
        math.isclose(x, y, rel_tol=SAME_FIGURE) for x, y in zip(a.figures, b.figures))


# ---------------------------------------------------------------- clustering

def _sources(facts: Iterable[Fact]) -> list[Source]:
    """Facts deduplicated by fact_id and put in content order, each with the year its article is about."""
    unique = {}
    for fact in sorted(facts, key=_fact_order):
        unique.setdefault(fact.fact_id, fact)
    ordered = list(unique.values())
    years = _article_years(ordered)
    return [_source(f, years.get(f.article_id)) for f in ordered]


def _source(fact: Fact, year: int | None) -> Source:
    figures = stated(fact)
    return Source(fact, (_investor_key(fact), (fact.currency or "").upper()), parse_period(fact.period), year,
                  figures, interval(fact), sum(figures) / len(figures) if figures else None)


def _article_years(facts: list[Fact]) -> dict[str, int]:
    """The publication year, else the one year the article's stated periods are most about."""
    stated_years = defaultdict(Counter)
    published = {}
    for fact in facts:
        if fact.published is not None:
            published[fact.article_id] = fact.published.year
        span = parse_period(fact.period)
        bound = span and (span.end or span.start)
        if bound:
            stated_years[fact.article_id][bound.year] += 1
    years = {}
    for article, counts in stated_years.items():
        ranked = counts.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            years[article] = ranked[0][0]
    return years | published


def _cluster(sources: list[Source]) -> list[frozenset[int]]:
    """Complete-linkage grouping, closest links first, then the last-resort home of period-less facts."""
    blocks = defaultdict(list)
    for i, source in enumerate(sources):
        blocks[source.block].append(i)
    links = {}
    for members in blocks.values():
        for i, j in itertools.combinations(members, 2):
            if (found := link(sources[i], sources[j])) is not None:
                links[i, j] = found
    cluster_of = {i: frozenset([i]) for i in range(len(sources))}

    def merge(a: frozenset[int], b: frozenset[int]) -> None:
        merged = a | b
        for k in merged:
            cluster_of[k] = merged

    for (i, j), _ in sorted(links.items(), key=lambda item: (item[1].distance, item[0])):
        a, b = cluster_of[i], cluster_of[j]
        if a != b and all((min(x, y), max(x, y)) in links for x in a for y in b):
            merge(a, b)
    for i, source in enumerate(sources):
        if cluster_of[i] == {i} and source.fact.period is None:
            agreeing = {k for k in blocks[source.block] if k != i and _agree(source, sources[k])}
            candidates = {c for c in map(cluster_of.get, agreeing) if c <= agreeing and _yearly(c, sources)}
            if len(candidates) == 1:
                merge(cluster_of[i], candidates.pop())
    return sorted(set(cluster_of.values()), key=min)


def _agree(unplaced: Source, other: Source) -> bool:
    """Figures, basis and status agree, whatever the periods (the last resort of a period-less fact)."""
    found = link(unplaced, other, period_known=False)
    return found is not None and not found.conflict


def _yearly(cluster: frozenset[int], sources: list[Source]) -> bool:
    """A row with stated periods, each of a year or more: where a period-less fact may go as the only candidate."""
    stated_periods = [sources[k] for k in cluster if sources[k].fact.period is not None]
    return bool(stated_periods) and all(map(spans_a_year, stated_periods))


# ---------------------------------------------------------------- rows

def _row(members: list[Source]) -> dict:
    """The reconciled row of one group of facts; amounts on the row's rate basis."""
    facts = [m.fact for m in members]
    basis = common_basis(f.rate for f in facts)
    factors = [factor(m, basis) for m in members]  # never None: every member was linked on this basis
    every_figure = [v * k for m, k in zip(members, factors) for v in m.figures]
    bounds = [(m.fact.article_id, _scaled(m.bounds, k)) for m, k in zip(members, factors) if m.figures]
    conflict = any(article_x != article_y and not _overlap(x, y)
                   for (article_x, x), (article_y, y) in itertools.combinations(bounds, 2))
    fact_ids = sorted(f.fact_id for f in facts)
    article_ids = sorted({f.article_id for f in facts})
    converted = any(k != 1.0 for k in factors)
    return {
        "reconciled_id": hashlib.sha1(";".join(fact_ids).encode()).hexdigest()[:16],
        "company": _most_common(f.company for f in facts),
        "currency": _most_common((f.currency or "").upper() for f in facts),
        "period": _period_label(facts),
        "rate": basis,
        "status": _most_common(f.status for f in facts),
        "amount": _agreed_amount(members, factors),
        "amount_min": min(every_figure) if every_figure else None,
        "amount_max": max(every_figure) if every_figure else None,
        "purpose": _purpose(facts),
        "n_articles": len(article_ids),
        "article_ids": ";".join(article_ids),
        "fact_ids": ";".join(fact_ids),
        "conflict": conflict,
        "note": _note(members, factors, basis) if conflict or converted else None,
    }


def _agreed_amount(members: list[Source], factors: list[float]) -> float | None:
    """The point figure most sources give (ties: one stated on the row's basis rather than converted, then an
    exact one, then the lowest); None when sources give only ranges and bounds, whose span is min/max."""
    votes, direct, exact = Counter(), set(), set()
    for m, k in zip(members, factors):
        if m.fact.qualifier in POINT_QUALIFIERS and len(m.figures) == 1:
            value = float(f"{m.figures[0] * k:.4g}")
            votes[value] += 1
            direct.update([value] if k == 1.0 else [])
            exact.update([value] if m.fact.qualifier == "exact" else [])
    if not votes:
        return None
    return min(votes, key=lambda v: (-votes[v], v not in direct, v not in exact, v))


def _period_label(facts: list[Fact]) -> str | None:
    """The most specific label: closed spans over open ones over none, then the most frequent."""
    labels = Counter(f.period for f in facts if f.period is not None)

    def specificity(label: str) -> int:
        span = parse_period(label)
        return 2 if span is not None and span.closed else 1

    return min(labels, key=lambda p: (-specificity(p), -labels[p], p)) if labels else None


def _purpose(facts: list[Fact]) -> str | None:
    """The most frequent purpose (case-insensitive), then the longest."""
    purposes = [f.purpose.strip() for f in facts if f.purpose and f.purpose.strip()]
    counts = Counter(p.casefold() for p in purposes)
    return min(purposes, key=lambda p: (-counts[p.casefold()], -len(p), p)) if purposes else None


def _note(members: list[Source], factors: list[float], basis: str) -> str:
    """What each article says, e.g. "a1: 75 bn USD; a2: 80 bn USD", with converted figures shown."""
    parts = []
    for m, k in sorted(zip(members, factors), key=lambda mk: (mk[0].fact.article_id, mk[0].fact.fact_id)):
        fact = m.fact
        figure = _say(fact.qualifier, m.figures, fact.currency, fact.rate)
        if k != 1.0:
            over = f" over {fact.period or m.year}" if basis == "total" else ""
            figure += f" (= {_say('exact', tuple(v * k for v in m.figures), fact.currency, basis)}{over})"
        parts.append(f"{fact.article_id}: {figure}")
    return "; ".join(parts)


def _say(qualifier: str, figures: tuple[float, ...], currency: str, rate: str) -> str:
    if not figures:
        return "an unstated amount"
    numbers = "–".join(_magnitude(v) for v in figures)
    unit = " bn" if figures[0] >= 1e9 else " m" if figures[0] >= 1e6 else ""
    words = f" {RATE_WORDS[rate]}" if rate in RATE_WORDS else ""
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{numbers}{unit} {currency}{words}"


def _magnitude(value: float) -> str:
    scale = 1e9 if value >= 1e9 else 1e6 if value >= 1e6 else 1
    return f"{value / scale:.4g}"


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


# ---------------------------------------------------------------- ordering and conversion

def _investor_key(fact: Fact) -> str:
    """A joint investment is the same whichever partner an article names first ("Calcéa, Mubadala et
    Bpifrance" / "Mubadala et Bpifrance"): its key is the first of its partners' keys in order."""
    members = [fact.company, *(fact.partners or "").split(";")]
    return min(_company_key(m) for m in members if m) if fact.partners else _company_key(fact.company)


def _company_key(name: str) -> str:
    """Case, accents and spacing do not split a company."""
    text = unicodedata.normalize("NFKD", name or "").casefold()
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def _fact_order(fact: Fact) -> tuple:
    return (fact.fact_id, fact.article_id, fact.char_start, fact.char_end, repr(fact))


def _row_order(row: dict) -> tuple:
    return (row["company"], row["currency"], row["period"] or "", row["rate"], row["status"], row["reconciled_id"])


DATE_FIELDS = ("published", "period_start", "period_end")


def _fact_from_record(record: dict) -> Fact:
    """A Fact from one facts-table row: NaN/NA read as missing, timestamps as dates."""
    values = {name: (None if _missing(record.get(name)) else record.get(name)) for name in FACT_COLUMNS}
    for name in DATE_FIELDS:
        value = values[name]
        if isinstance(value, str):
            values[name] = date.fromisoformat(value[:10])
        elif isinstance(value, pd.Timestamp):
            values[name] = value.date()
    for name in ("char_start", "char_end"):
        values[name] = int(values[name]) if values[name] is not None else 0
    defaults = {"rate": "total", "status": "planned", "company_raw": "", "amount_text": "", "content_hash": "",
                "fact_id": ""}
    return Fact(**{name: defaults[name] if value is None and name in defaults else value
                   for name, value in values.items()})


def _missing(value) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))
