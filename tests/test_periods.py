"""French period grammar: spec cases from tests/data/period_cases.jsonl, label bounds, properties."""
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from pipeline.periods import Period, find_periods, find_rates, label_bounds

CASES = [json.loads(line) for line in
         (Path(__file__).parent / "data" / "period_cases.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]
PERIOD_CASES = [c for c in CASES if "periods" in c]
RATE_CASES = [c for c in CASES if "rates" in c]


@pytest.mark.parametrize("case", PERIOD_CASES, ids=[c["text"][:50] for c in PERIOD_CASES])
def test_period_case(case):
    ref = date.fromisoformat(case["ref"]) if case["ref"] else None
    found = find_periods(case["text"], ref)
    assert [[p.label, p.text] for p in found] == case["periods"]
    for period in found:
        assert case["text"][period.begin:period.stop] == period.text
        assert (period.start, period.end) == label_bounds(period.label)


@pytest.mark.parametrize("case", RATE_CASES, ids=[c["text"][:50] for c in RATE_CASES])
def test_rate_case(case):
    found = find_rates(case["text"])
    assert [[r.rate, r.text] for r in found] == case["rates"]
    assert all(case["text"][r.begin:r.stop] == r.text for r in found)


def test_spec_file_is_large_enough():
    assert sum(len(c["periods"]) for c in PERIOD_CASES) >= 45
    assert sum(1 for c in PERIOD_CASES if not c["periods"]) >= 5
    assert len(RATE_CASES) >= 10


@pytest.mark.parametrize("label, start, end", [
    ("2025", date(2025, 1, 1), date(2025, 12, 31)),
    ("2025-H1", date(2025, 1, 1), date(2025, 6, 30)),
    ("2026-H2", date(2026, 7, 1), date(2026, 12, 31)),
    ("2024-Q4", date(2024, 10, 1), date(2024, 12, 31)),
    ("2024-Q1", date(2024, 1, 1), date(2024, 3, 31)),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),
    ("2025-03-14", date(2025, 3, 14), date(2025, 3, 14)),
    ("../2030", None, date(2030, 12, 31)),
    ("2026/..", date(2026, 1, 1), None),
    ("2025/2029", date(2025, 1, 1), date(2029, 12, 31)),
    ("2024-07/2025-06", date(2024, 7, 1), date(2025, 6, 30)),
    ("2026-H2/..", date(2026, 7, 1), None),
])
def test_label_bounds(label, start, end):
    assert label_bounds(label) == (start, end)


@pytest.mark.parametrize("label", ["", "25", "2025-Q5", "2025-H3", "2025-13", "2025-02-30",
                                   "../..", "2029/2025", "2025/2026/2027", "mars 2025"])
def test_label_bounds_rejects_what_is_not_a_label(label):
    with pytest.raises(ValueError):
        label_bounds(label)


# ---------------------------------------------------------------- properties

years = st.integers(1950, 2099)
refs = st.dates(date(1960, 1, 1), date(2090, 12, 31))


@given(years)
def test_en_year_is_that_year(year):
    [period] = find_periods(f"Le groupe a investi 3 milliards d'euros en {year} dans ses usines.")
    assert (period.label, period.text) == (str(year), f"en {year}")
    assert (period.start, period.end) == (date(year, 1, 1), date(year, 12, 31))
    assert not period.relative


@given(years, st.integers(1, 30))
def test_entre_two_years_is_their_interval(first, length):
    last = min(first + length, 2100)
    [period] = find_periods(f"Il investira entre {first} et {last} près de 8 milliards.")
    assert period.label == f"{first}/{last}"


@given(years, st.sampled_from(["d'ici", "d’ici à", "jusqu'en", "à l'horizon", "avant"]))
def test_until_prefix_opens_the_start(year, prefix):
    [period] = find_periods(f"Le plan court {prefix} {year}.")
    assert period.label == f"../{year}" and period.start is None


@given(years, st.sampled_from(["quarter", "semester", "month"]), st.integers(1, 12))
def test_every_label_has_ordered_bounds(year, unit, part):
    label = {"quarter": f"{year}-Q{(part - 1) % 4 + 1}", "semester": f"{year}-H{(part - 1) % 2 + 1}",
             "month": f"{year}-{part:02d}"}[unit]
    start, end = label_bounds(label)
    assert start <= end and start.year == end.year == year
    assert label_bounds(f"{label}/{year + 1}") == (start, date(year + 1, 12, 31))


@given(refs)
def test_relative_years_follow_the_reference(ref):
    text = "Après 1 milliard l'an dernier et 2 cette année, il vise 3 milliards l'an prochain."
    assert [p.label for p in find_periods(text, ref)] == [str(ref.year - 1), str(ref.year), str(ref.year + 1)]
    assert find_periods(text) == []


@given(refs, st.sampled_from(["premier", "deuxième", "troisième", "quatrième"]))
def test_quarter_without_year_is_the_closest_to_the_reference(ref, ordinal):
    [period] = find_periods(f"Les ventes ont progressé au {ordinal} trimestre.", ref)
    distance = 0 if period.start <= ref <= period.end else min(abs((ref - d).days) for d in (period.start, period.end))
    assert period.relative and distance <= (366 - 90) // 2


@given(refs, st.integers(2, 10))
def test_counted_spans_hold_the_reference_year(ref, count):
    """With a direction, this year and the N full years after or before it; a bare length ("sur N ans"),
    N years from this one."""
    forward, backward, length = find_periods(f"Il investira sur les {count} prochaines années, "
                                             f"après {count} milliards ces {count} dernières années, "
                                             f"soit {count} milliards sur {count} ans.", ref)
    assert forward.label == f"{ref.year}/{ref.year + count}"
    assert backward.label == f"{ref.year - count}/{ref.year}"
    assert length.label == f"{ref.year}/{ref.year + count - 1}"


text_parts = st.sampled_from([
    "Le groupe investira 2 milliards", "en 2025", "d'ici 2030", "entre 2024 et 2027", "cette année",
    "au premier trimestre", "le 14 mars", "2 500 emplois", "H100", "fin 2027", "depuis janvier",
    "sur cinq ans", "par an", "au T3 2024", "(2025-2029)", "l'an prochain", "de", "à", "et", ",",
])


@given(st.lists(text_parts, max_size=12), st.one_of(st.none(), refs))
def test_found_periods_are_ordered_spans_of_the_text(parts, ref):
    text = " ".join(parts)
    periods = find_periods(text, ref)
    assert all(isinstance(p, Period) and text[p.begin:p.stop] == p.text for p in periods)
    assert all(a.stop <= b.begin for a, b in zip(periods, periods[1:]))
    assert all((p.start, p.end) == label_bounds(p.label) for p in periods)
    assert ref is not None or not any(p.relative for p in periods)


@pytest.mark.parametrize("text, ref, fy_end, label", [
    ("au quatrième trimestre de son exercice 2025, clos le 30 juin", None, 6, "2025-Q2"),
    ("pour le premier trimestre de son exercice 2025", None, 6, "2024-Q3"),
    ("au premier semestre de l'exercice 2025", None, 9, "2024-10/2025-03"),
    ("au deuxième trimestre de son exercice 2026", None, 5, "2025-09/2025-11"),
    ("Au troisième trimestre de son exercice 2024-2025 (janvier à mars)", None, 6, "2025-Q1"),
    ("au deuxième trimestre de son exercice", date(2025, 12, 11), 5, "2025-09/2025-11"),
    ("Pour l'exercice 2026, qui a débuté le 1er juillet", None, 6, "2025-07/2026-06"),
    ("Sur l'ensemble de l'exercice écoulé, les investissements", date(2025, 7, 31), 6, "2024-07/2025-06"),
    ("Au cours de l'exercice clos fin mars, la filiale", date(2025, 5, 15), 3, "2024-04/2025-03"),
    ("sur son exercice en cours, clos fin juin, pour", date(2025, 1, 22), 6, "2024-07/2025-06"),
    ("Au premier trimestre de ce nouvel exercice, elles devraient", date(2025, 7, 31), 6, "2025-Q3"),
    ("au quatrième trimestre de son exercice 2025", None, 12, "2025-Q4"),
    ("au quatrième trimestre 2024, Microsoft a dépensé", None, 6, "2024-Q4"),
    ("au quatrième trimestre 2025 (deuxième trimestre de l'exercice fiscal 2026), un record", None, 6, "2025-Q4"),
    ("Sur les six premiers mois de son exercice décalé, la firme", date(2026, 1, 30), 6, "2025-07/2025-12"),
    ("sur les neuf premiers mois de l'exercice 2025", None, 6, "2024-07/2025-03"),
    ("les trois derniers mois de l'exercice 2025", None, 6, "2025-04/2025-06"),
    ("sur le trimestre juillet-septembre, le premier de son exercice", date(2025, 10, 31), 6, "2025-07/2025-09"),
    ("pendant le reste de l'exercice, qui se termine en juin", date(2026, 1, 29), 6, "2026-01/2026-06"),
    ("pendant le reste de l'exercice", date(2025, 10, 30), 6, "2025-10/2026-06"),
])
def test_fiscal_periods_become_calendar_periods(text, ref, fy_end, label):
    from pipeline.periods import fiscal_period
    p = find_periods(text, ref)[0]
    assert fiscal_period(p, fy_end, ref, text[p.stop:]).label == label


def test_japanese_years_are_named_by_the_year_they_start_in():
    from pipeline.periods import fiscal_period
    text = "Pour l'exercice 2025, Toyota prévoit 2 200 milliards de yens."
    p = find_periods(text)[0]
    assert fiscal_period(p, 3, None, text[p.stop:], named_by_start=True).label == "2025-04/2026-03"
    assert fiscal_period(p, 3, None, text[p.stop:]).label == "2024-04/2025-03"


def test_a_period_already_in_calendar_terms_is_not_converted_again():
    """'contre 369 millions un an plus tôt' of Nvidia's first quarter: the year back of a converted quarter."""
    from pipeline.periods import fiscal_period, shift_years
    text = "Au premier trimestre, Nvidia a investi 1,2 milliard"
    p = fiscal_period(find_periods(text, date(2025, 5, 29))[0], 1, date(2025, 5, 29), text)
    assert p.label == "2025-02/2025-04" and p.fiscal
    assert fiscal_period(shift_years(p, -1), 1, date(2025, 5, 29), text).label == "2024-02/2024-04"


def test_a_japanese_year_said_by_its_closing_month_is_the_year_it_ends_in():
    from dataclasses import replace
    from pipeline.extract import with_label
    from pipeline.periods import fiscal_period
    text = "Pour l'exercice qui se clôturera fin mars 2026, Toyota prévoit"
    p = find_periods(text)[0]
    # as the reading in context labels a year by its closing month, with the words that say the year
    year = replace(with_label(p, p.label[:4]), begin=0, text=text[:p.stop])
    assert fiscal_period(year, 3, None, "", named_by_start=True).label == "2025-04/2026-03"


def test_a_relative_quarter_of_a_financial_year_stays_a_calendar_quarter():
    from pipeline.periods import fiscal_period
    text = "au dernier trimestre de son exercice, un record"
    p = find_periods(text, date(2025, 7, 31))[0]
    assert fiscal_period(p, 6, date(2025, 7, 31), text[p.stop:]).label == "2025-Q2"


@pytest.mark.parametrize("text, ref, months, label", [
    ("au deuxième trimestre 2025", None, -3, "2025-Q1"),
    ("au premier trimestre 2025", None, -3, "2024-Q4"),
    ("au premier semestre 2025", None, -6, "2024-H2"),
    ("en juin 2025", None, -3, "2025-03"),
    ("de juillet à septembre 2025", None, -3, "2025-04/2025-06"),
    ("en 2025", None, -12, "2024"),
    ("en 2025", None, -3, None),
])
def test_shift_months_moves_whole_units_only(text, ref, months, label):
    """'contre 22,6 milliards trois mois plus tôt': the quarter before; a year three months back is no period."""
    from pipeline.periods import shift_months
    shifted = shift_months(find_periods(text, ref)[0], months)
    assert (shifted.label if shifted else None) == label
