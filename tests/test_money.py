"""French money grammar: the spec in tests/data/money_cases.tsv, plus property tests."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.money import Amount, find_amounts, local_currencies, parse_amount

CASES_FILE = Path(__file__).parent / "data" / "money_cases.tsv"


def _load_cases() -> list[dict[str, str]]:
    with open(CASES_FILE, encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _number(cell: str) -> float | None:
    return float(cell) if cell else None


def _options(cell: str) -> dict[str, str]:
    return dict(option.split("=", 1) for option in cell.split(";") if option)


CASES = _load_cases()
POSITIVE = [c for c in CASES if c["span"]]
NEGATIVE = [c for c in CASES if not c["span"]]


def test_spec_is_large_enough():
    assert len(POSITIVE) >= 60 and len(NEGATIVE) >= 15


@pytest.mark.parametrize("case", POSITIVE, ids=[c["span"] for c in POSITIVE])
def test_money_case(case):
    text = case["text"]
    amounts = find_amounts(text, **_options(case["options"] or ""))
    matching = [a for a in amounts if a.text == case["span"]]
    assert len(matching) == 1, f"{case['span']!r} not found alone in {[a.text for a in amounts]}"
    amount = matching[0]
    assert text[amount.start:amount.end] == case["span"]
    assert amount.value == pytest.approx(_number(case["value"])) if case["value"] else amount.value is None
    assert amount.low == pytest.approx(_number(case["low"])) if case["low"] else amount.low is None
    assert amount.high == pytest.approx(_number(case["high"])) if case["high"] else amount.high is None
    assert amount.currency == (case["currency"] or None)
    assert amount.qualifier == case["qualifier"]
    assert amount.currency_elided == (case["elided"] == "true")


@pytest.mark.parametrize("case", NEGATIVE, ids=[c["text"][:40] for c in NEGATIVE])
def test_not_money(case):
    assert find_amounts(case["text"], default_currency="EUR") == []


def test_parse_amount_whole_expression():
    amount = parse_amount("environ 100 milliards de dollars.")
    assert amount == Amount(100e9, None, None, "USD", "approx", 0, 32, "environ 100 milliards de dollars", False)
    assert parse_amount("1725 projets") is None
    assert parse_amount("Meta prévoit jusqu'à 65 milliards de dollars") is None  # more than the amount


def test_amounts_do_not_overlap_and_keep_order():
    text = ("Google annonce 75 milliards de dollars, Meta entre 60 et 65 milliards, Microsoft plus "
            "de 80 milliards et Amazon 26 Mds$ par trimestre, pour 500 000 GPU.")
    amounts = find_amounts(text)
    assert [a.text for a in amounts] == ["75 milliards de dollars", "entre 60 et 65 milliards",
                                         "plus de 80 milliards", "26 Mds$"]
    assert all(a.end <= b.start for a, b in zip(amounts, amounts[1:]))


SEPARATORS = st.sampled_from([" ", "\u00a0", "\u202f"])


def _french_thousands(n: int, separator: str) -> str:
    return f"{n:,}".replace(",", separator)


@settings(max_examples=200, deadline=None)
@given(n=st.integers(min_value=1, max_value=10**9), separator=SEPARATORS)
def test_thousands_with_scale_and_currency(n, separator):
    number = _french_thousands(n, separator)
    expression = f"{number} millions d’euros"
    text = f"Le groupe a annoncé {expression} d'investissements."
    amounts = find_amounts(text)
    assert len(amounts) == 1
    amount = amounts[0]
    assert (amount.value, amount.currency, amount.qualifier) == (n * 1e6, "EUR", "exact")
    assert (amount.start, amount.end) == (text.index(number), text.index(number) + len(expression))


@settings(max_examples=200, deadline=None)
@given(units=st.integers(min_value=0, max_value=999), cents=st.integers(min_value=1, max_value=99),
       scale=st.sampled_from([("millions", 1e6), ("milliards", 1e9)]),
       currency=st.sampled_from([("de dollars", "USD"), ("d'euros", "EUR"), ("de yens", "JPY"),
                                 ("de francs suisses", "CHF"), ("de livres sterling", "GBP")]))
def test_decimal_comma(units, cents, scale, currency):
    text = f"{units},{cents:02d} {scale[0]} {currency[0]}"
    amount = parse_amount(text)
    assert amount is not None
    assert amount.value == pytest.approx((units + cents / 100) * scale[1])
    assert amount.currency == currency[1]


@settings(max_examples=200, deadline=None)
@given(low=st.integers(min_value=1, max_value=500), extra=st.integers(min_value=1, max_value=500),
       form=st.sampled_from(["entre {a} et {b}", "de {a} à {b}", "{a} à {b}"]))
def test_ranges_share_the_second_scale(low, extra, form):
    high = low + extra
    expression = form.format(a=low, b=high) + " milliards de dollars"
    amount = parse_amount(expression)
    assert amount is not None
    assert (amount.low, amount.high, amount.value, amount.qualifier) == (low * 1e9, high * 1e9, None, "range")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ,.$€%-àéde lnsmiarMdk'\u00a0")), max_size=60))
def test_spans_always_slice_the_input(text):
    amounts = find_amounts(text)
    for a in amounts:
        assert text[a.start:a.end] == a.text and a.text.strip() == a.text
    assert all(a.end <= b.start for a, b in zip(amounts, amounts[1:]))


@pytest.mark.parametrize("text, word, iso", [
    ("Sonatrach investira 50 milliards de dinars.", "dinar", "DZD"),
    ("La Tunisie attire. En Tunisie, à Tunis, le tunisien PGH investira 400 millions de dinars.", "dinar", "TND"),
    ("Le groupe a réalisé des investissements de 285 MD et prévoit 410 millions de dinars.", "dinar", "TND"),
    ("Nestlé investira 300 millions de francs.", "franc", "CHF"),
    ("À Dakar, au Sénégal, la Sénégalaise des eaux investira 20 milliards de francs CFA.", "franc", "XOF"),
    ("La minière Kelbor investira 90 milliards de FCFA et versera 30 milliards de FCFA à l'État gabonais.", "cfa",
     "XAF"),
    ("La minière Kelbor investira 90 milliards de FCFA dans ses mines.", "cfa", "XOF"),
    ("Hydro-Québec investira 5 milliards $ au Québec.", "dollar", "CAD"),
    ("Le texan Orvel investira 5 milliards de dollars, dont une usine près de Montréal.", "dollar", "USD"),
    ("Microsoft investira 80 milliards de dollars.", "dollar", "USD"),
    ("L'entreprise injectera 38 millions de dollars canadiens. Nous allons investir 38 millions de dollars.",
     "dollar", "CAD"),
    ("Le groupe investira 5 millions de dollars canadiens et 20 millions de dollars US.", "dollar", "USD"),
    ("Nvidia investira 5 milliards de dollars, après 300 millions de dollars canadiens à Toronto.", "dollar", "USD"),
    ("Le danois Novo Nordisk, au Danemark, à Copenhague, a investi 60 milliards de couronnes.", "couronne", "DKK"),
    ("Volvo investira 10 milliards de couronnes.", "couronne", "SEK"),
])
def test_local_currencies_follow_the_country_the_article_names(text, word, iso):
    assert local_currencies(text)[word] == iso
