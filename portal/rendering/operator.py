"""The portal's operator (mkdocs.yml ``extra.operator``): what an Impressum needs and the block that shows it."""

from __future__ import annotations

from portal.core.model import Directive
from portal.rendering.render import render

OPERATOR_FIELDS = ("name", "street", "postal_code", "town", "email", "phone", "represented_by")
REQUIRED_FIELDS = ("name", "street", "postal_code", "town", "email")


def missing_operator_fields(operator: dict) -> list[str]:
    """Operator settings that an Impressum needs but are unset."""
    return [key for key in REQUIRED_FIELDS if not str(operator.get(key) or "").strip()]


def operator_details(operator: dict) -> str:
    """The operator block of Impressum and contact notes, or a plain notice while unset."""
    return render("operator/operator.md", o=operator or {}, missing=missing_operator_fields(operator or {}))


DIRECTIVES = {"operator": Directive({}, lambda ctx, page: operator_details(ctx.operator))}
