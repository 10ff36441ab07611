"""The Fact record and the column schemas of every table the pipeline writes, defined once.

The column names of `FACT_COLUMNS` and `RECONCILED_COLUMNS` are the data contract
(../shared/DESIGN.md): the scorer, `diff` and analysts' code read them.
"""
from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass, field
from datetime import date

import pyarrow as pa

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range", "vague")
RATES = ("total", "per_quarter", "per_year", "per_month")
STATUSES = ("planned", "actual")


@dataclass(frozen=True)
class Fact:
    """One investment fact stated in one article, with its evidence."""

    article_id: str
    company: str
    currency: str
    amount: float | None
    amount_min: float | None
    amount_max: float | None
    qualifier: str
    char_start: int
    char_end: int
    sentence: str
    company_raw: str = ""
    partners: str | None = None
    published: date | None = None
    period: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    rate: str = "total"
    status: str = "planned"
    purpose: str | None = None
    amount_text: str = ""
    content_hash: str = ""
    fact_id: str = field(default="")

    def __post_init__(self):
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"qualifier {self.qualifier!r} not in {QUALIFIERS}")
        if self.rate not in RATES:
            raise ValueError(f"rate {self.rate!r} not in {RATES}")
        if self.status not in STATUSES:
            raise ValueError(f"status {self.status!r} not in {STATUSES}")
        if not self.fact_id:
            object.__setattr__(self, "fact_id", make_fact_id(self.content_hash or self.article_id,
                                                             self.char_start, self.char_end))

    def to_row(self) -> dict:
        return {name: getattr(self, name) for name in FACT_COLUMNS}


def make_fact_id(article_key: str, start: int, end: int) -> str:
    """Stable id: the same article text and amount span give the same id on every run."""
    return hashlib.sha1(f"{article_key}:{start}:{end}".encode()).hexdigest()[:16]


FACTS_SCHEMA = pa.schema([
    ("fact_id", pa.string()),
    ("article_id", pa.string()),
    ("published", pa.date32()),
    ("company", pa.string()),
    ("company_raw", pa.string()),
    ("partners", pa.string()),
    ("amount", pa.float64()),
    ("amount_min", pa.float64()),
    ("amount_max", pa.float64()),
    ("qualifier", pa.string()),
    ("currency", pa.string()),
    ("period", pa.string()),
    ("period_start", pa.date32()),
    ("period_end", pa.date32()),
    ("rate", pa.string()),
    ("status", pa.string()),
    ("purpose", pa.string()),
    ("sentence", pa.string()),
    ("char_start", pa.int64()),
    ("char_end", pa.int64()),
    ("amount_text", pa.string()),
    ("content_hash", pa.string()),
])
FACT_COLUMNS = tuple(FACTS_SCHEMA.names)
assert set(FACT_COLUMNS) == {f.name for f in dataclasses.fields(Fact)}, "Fact and FACTS_SCHEMA disagree"

RECONCILED_SCHEMA = pa.schema([
    ("reconciled_id", pa.string()),
    ("company", pa.string()),
    ("currency", pa.string()),
    ("period", pa.string()),
    ("rate", pa.string()),
    ("status", pa.string()),
    ("amount", pa.float64()),
    ("amount_min", pa.float64()),
    ("amount_max", pa.float64()),
    ("purpose", pa.string()),
    ("n_articles", pa.int64()),
    ("article_ids", pa.string()),
    ("fact_ids", pa.string()),
    ("conflict", pa.bool_()),
    ("note", pa.string()),
])
RECONCILED_COLUMNS = tuple(RECONCILED_SCHEMA.names)
