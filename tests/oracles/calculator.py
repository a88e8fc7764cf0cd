"""Lohnkostenzuschuss arithmetic, the same as overrides/assets/components/calculator/calculator.js (kept equal by tests)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# § 61 Abs. 2 SGB IX: up to 75 % of the regularly paid wage (data/facts.yaml: lohnkostenzuschuss-hoechstanteil).
MAX_SHARE_PERCENT = Decimal(75)
CENT = Decimal("0.01")


def subsidy(gross_wage: Decimal, share_percent: Decimal) -> tuple[Decimal, Decimal]:
    """Monthly subsidy and the part of the wage the employer still pays, rounded half up to whole cents.

    Both inputs may have at most two decimals, as in the form; anything else is a ValueError.
    """
    for name, value in (("gross_wage", gross_wage), ("share_percent", share_percent)):
        if not isinstance(value, Decimal) or not value.is_finite():
            raise ValueError(f"{name} muss eine endliche Decimal-Zahl sein, nicht {value!r}")
        if value < 0:
            raise ValueError(f"{name} darf nicht negativ sein: {value}")
        if value != value.quantize(CENT):
            raise ValueError(f"{name} hat mehr als zwei Nachkommastellen: {value}")
    if share_percent > MAX_SHARE_PERCENT:
        raise ValueError(f"share_percent ist höchstens {MAX_SHARE_PERCENT}: {share_percent}")
    amount = (gross_wage * share_percent / 100).quantize(CENT, rounding=ROUND_HALF_UP)
    return amount, (gross_wage - amount).quantize(CENT)
