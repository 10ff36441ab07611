"""The word lists that decide what an amount is (data/cues.toml), loaded into one record.

Each field names a list of cues.toml by its section and key; sets are matched against lowercased
words and lemmas, phrases (tuples) against the lowercased text with plain apostrophes.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

# typographic characters made plain, one for one so that offsets stay exact
TYPOGRAPHY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00a0": " ", "\u202f": " ",
                            "\u2009": " ", "\u2007": " ", "\u00ab": '"', "\u00bb": '"', "\u201c": '"',
                            "\u201d": '"'})


@dataclass(frozen=True)
class Cues:
    """Field name -> (section, key) of cues.toml, in the metadata."""

    invest_verbs: frozenset[str]
    invest_nouns: frozenset[str]
    invest_phrases: tuple[str, ...]
    other_nouns: frozenset[str]
    other_verbs: frozenset[str]
    negation: frozenset[str]
    hypothesis: frozenset[str]
    planned_verbs: frozenset[str]
    planned_nouns: frozenset[str]
    purpose_introducers: tuple[str, ...]
    takeup: tuple[str, ...]
    joint: tuple[str, ...]
    name_heads: frozenset[str]
    public_actors: frozenset[str]
    spending_subjects: frozenset[str]
    relation_nouns: frozenset[str]
    not_investor_heads: frozenset[str]
    superseded_after: tuple[str, ...]
    period_ignore_after: frozenset[str]
    period_horizon_after: tuple[str, ...]
    period_since: frozenset[str]
    period_span_back: tuple[str, ...]
    plan_nouns: frozenset[str]
    announce_verbs: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> "Cues":
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        values = {}
        for f in fields(cls):
            section, key = _PLACES[f.name]
            words = [w.translate(TYPOGRAPHY).lower() for w in data[section][key]]
            # phrases are tried longest first, so that "consacrés à" wins over "à"
            values[f.name] = frozenset(words) if f.type.startswith("frozenset") else \
                tuple(sorted(set(words), key=lambda w: (-len(w), w)))
        return cls(**values)


_PLACES = {
    "invest_verbs": ("invest", "verbs"), "invest_nouns": ("invest", "nouns"), "invest_phrases": ("invest", "phrases"),
    "other_nouns": ("not_invest", "nouns"), "other_verbs": ("not_invest", "verbs"),
    "negation": ("negation", "words"), "hypothesis": ("hypothesis", "words"),
    "planned_verbs": ("status", "planned_verbs"), "planned_nouns": ("status", "planned_nouns"),
    "purpose_introducers": ("purpose", "introducers"),
    "takeup": ("attribution", "takeup"), "joint": ("attribution", "joint"),
    "name_heads": ("attribution", "name_heads"), "public_actors": ("attribution", "public_actors"),
    "spending_subjects": ("attribution", "spending_subjects"), "relation_nouns": ("attribution", "relation_nouns"),
    "not_investor_heads": ("attribution", "not_investor_heads"),
    "superseded_after": ("not_invest", "superseded_after"),
    "period_ignore_after": ("period", "ignore_after"), "period_horizon_after": ("period", "horizon_after"),
    "period_since": ("period", "since_words"), "period_span_back": ("period", "span_back"),
    "plan_nouns": ("period", "plan_nouns"), "announce_verbs": ("period", "announce_verbs"),
}
