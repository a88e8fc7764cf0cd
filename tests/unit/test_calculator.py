"""The Lohnkostenzuschuss arithmetic: Python and the calculator's JavaScript agree on every case."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from oracles.calculator import MAX_SHARE_PERCENT, subsidy

ROOT = Path(__file__).resolve().parents[2]
RECHNER_JS = ROOT / "overrides" / "assets" / "components" / "calculator" / "calculator.js"

# (gross wage €, share %, subsidy €, remaining €). The same cases run through the JavaScript in
# tests/browser/test_rechner.py; the half-cent cases catch float and banker's rounding.
CASES = [
    ("2400", "75", "1800.00", "600.00"),
    ("1234.56", "75", "925.92", "308.64"),
    ("1000.01", "75", "750.01", "250.00"),
    ("3333.33", "50", "1666.67", "1666.66"),
    ("999.99", "33.33", "333.30", "666.69"),
    ("2000.02", "62.5", "1250.01", "750.01"),
    ("0.02", "75", "0.02", "0.00"),
    ("1", "0", "0.00", "1.00"),
    ("100000", "75", "75000.00", "25000.00"),
]


@pytest.mark.parametrize(("gross", "share", "expected_subsidy", "expected_remaining"), CASES, ids=[f"{c[0]}@{c[1]}" for c in CASES])
def test_subsidy_rounds_half_up_to_cents(gross, share, expected_subsidy, expected_remaining):
    amount, remaining = subsidy(Decimal(gross), Decimal(share))
    assert (amount, remaining) == (Decimal(expected_subsidy), Decimal(expected_remaining))
    assert amount + remaining == Decimal(gross)


@pytest.mark.parametrize(
    ("gross", "share"),
    [("-1", "75"), ("2400", "-1"), ("2400", "75.01"), ("2400", "80"), ("2400.001", "75"), ("2400", "7.555"), ("NaN", "75"), ("Infinity", "75")],
)
def test_subsidy_rejects_what_the_form_rejects(gross, share):
    with pytest.raises(ValueError):
        subsidy(Decimal(gross), Decimal(share))


def test_subsidy_rejects_floats():
    with pytest.raises(ValueError):
        subsidy(2400.0, Decimal(75))  # type: ignore[arg-type]


def _fact_value(fact_id: str) -> Decimal:
    facts = yaml.safe_load((ROOT / "data" / "facts.yaml").read_text(encoding="utf-8"))["facts"]
    return Decimal(str(next(fact["value"] for fact in facts if fact["id"] == fact_id)))


def test_maximum_share_matches_the_fact_in_python_and_javascript():
    legal_maximum = _fact_value("lohnkostenzuschuss-hoechstanteil")
    assert MAX_SHARE_PERCENT == legal_maximum
    match = re.search(r"export const MAX_SHARE_PERCENT = (\d+);", RECHNER_JS.read_text(encoding="utf-8"))
    assert match, "calculator.js definiert MAX_SHARE_PERCENT nicht mehr"
    assert Decimal(match.group(1)) == legal_maximum
