"""Good-practice cases: one file each in data/good-practice/, a page each, the filterable listing."""

from __future__ import annotations

from markupsafe import Markup

from portal.core.errors import Problem
from portal.core.model import Dataset, Directive, GeneratedPage, Record, RecordType
from portal.core.schemas import CASE_KINDS, LAENDER, SECTORS
from portal.exports.charts import figure_html
from portal.leichte_sprache.fields import name_allowances, sentences
from portal.rendering.dates import partial_date_text
from portal.rendering.render import render
from portal.rendering.paths import relative
from portal.rendering.twins import EASY_DIR, is_easy
from portal.types.providers import easy_provider_uri, has_easy_page, provider_uri
from portal.types.statistics import group_charts

CASE_DIR = "gute-praxis"
NATIONWIDE = "bundesweit"
# Programmes for long-term unemployed people (SGB II): part of this portal's history, but no Budget für Arbeit;
# listed apart from the Budget-für-Arbeit and Budget-für-Ausbildung practice, never mixed into its filters.
RELATED_KIND = "Verwandtes Programm (SGB II)"
# From whose side a case is told (schema field ``perspective``), as the listing and the case page say it.
PERSPECTIVES = {"employer": "Betrieb", "person": "Beschäftigte Person", "programme": "Träger oder Projekt"}
PERSPECTIVES_EASY = {"employer": "ein Betrieb", "person": "ein Mensch mit Budget", "programme": "ein Amt, eine Werkstatt oder ein Projekt"}


def case_uri(record: Record) -> str:
    return f"{CASE_DIR}/{record.slug}.md"


def easy_case_uri(record: Record) -> str:
    """The case's Leichte-Sprache twin (only for records with ``summary_leichte_sprache``)."""
    return f"{EASY_DIR}{CASE_DIR}/{record.slug}.md"


def has_easy_case_page(record: Record | dict) -> bool:
    """A case gets a Leichte-Sprache page only where an editor wrote its summary in Leichter Sprache."""
    return bool((record.get("summary_leichte_sprache") or "").strip())


def easy_title(record: Record | dict) -> str:
    """The title the Leichte-Sprache pages show: ``title_leichte_sprache``, else the title."""
    return record.get("title_leichte_sprache") or record["title"]


def case_problems(dataset: Dataset) -> list[Problem]:
    """Figures must name existing statistics series."""
    problems: list[Problem] = []
    for record in dataset.cases:
        problems += _figure_problems(record, dataset)
    return problems


def _figure_problems(record: Record, dataset: Dataset) -> list[Problem]:
    problems = []
    figures = record.get("figures") or []
    for index, series_id in enumerate(figures if isinstance(figures, list) else []):
        if isinstance(series_id, str) and series_id not in dataset.statistics:
            known = ", ".join(sorted(dataset.statistics)) or "keine"
            problems.append(
                Problem(
                    record.file,
                    record.line_of(("figures", index)),
                    f"figures[{index}]",
                    f"Die Zahlenreihe „{series_id}“ gibt es nicht in data/statistics/",
                    f"Tragen Sie den Dateinamen einer Reihe ohne .yaml ein. Vorhanden sind: {known}.",
                )
            )
    return problems


def _organisation(dataset: Dataset, name: str) -> dict:
    provider = dataset.provider(name)
    if provider is None:
        return {"name": name, "uri": None}
    return {"name": provider["name"], "uri": provider_uri(provider)}


def is_related(record: Record) -> bool:
    """A related programme (SGB II), not Budget-für-Arbeit practice."""
    return record.get("kind") == RELATED_KIND


def case_listing(dataset: Dataset, page: str) -> str:
    """Good-practice cases, newest start first, under a filter form; related programmes (SGB II) apart below them."""
    ordered = sorted(dataset.cases, key=lambda record: (record.get("period", {}).get("start", ""), record.slug), reverse=True)
    records = [record for record in ordered if not is_related(record)]
    related = [record for record in ordered if is_related(record)]
    periods = {record.slug: period_text(record.get("period")) for record in ordered}
    filters = case_filters(records)
    return render(
        "cases/list-cases-easy.md" if is_easy(page) else "cases/list-cases.md",
        cases=records,
        related=related,
        perspectives=PERSPECTIVES_EASY if is_easy(page) else PERSPECTIVES,
        periods=periods,
        page=page,
        uri=case_uri,
        easy_uri=lambda record: easy_case_uri(record) if has_easy_case_page(record) else None,
        filters=filters,
        lands=next(item["options"] for item in filters if item["name"] == "land") if records else [],
        sentences=sentences,
        NATIONWIDE=NATIONWIDE,
    )


def case_filters(records: list[Record]) -> list[dict]:
    """The listing's filters, each offering only values some case has, in the schema's order, with counts.

    A filter without any value to choose (no case names a sector yet) is left out rather than shown empty.
    """

    def options(values: list[str], order: tuple[str, ...] | None, labels: dict[str, str] | None = None) -> list[dict]:
        counts: dict[str, int] = {}
        for value in values:
            counts[value] = counts.get(value, 0) + 1
        ranked = [value for value in order if value in counts] if order else sorted(counts, key=str.casefold)
        ranked += [value for value in counts if value not in ranked]  # "bundesweit" after the Länder
        return [{"value": value, "label": (labels or {}).get(value, value), "count": counts[value]} for value in ranked]

    filters = [
        ("art", "kind", "Art", "Alle Arten", [record["kind"] for record in records], CASE_KINDS, None),
        ("sicht", "perspective", "Sicht", "Alle Sichten", [record["perspective"] for record in records if record.get("perspective")], tuple(PERSPECTIVES), PERSPECTIVES),
        ("land", "land", "Bundesland", "Alle Bundesländer", [record.get("land") or NATIONWIDE for record in records], LAENDER, None),
        ("branche", "sector", "Branche (WZ 2008)", "Alle Branchen", [record["sector"] for record in records if record.get("sector")], SECTORS, None),
        ("zielgruppe", "target", "Zielgruppe", "Alle Zielgruppen", [group for record in records for group in record.get("target_group", [])], None, None),
    ]
    return [
        {"name": name, "field": field, "label": label, "all": all_text, "options": options(values, order, labels)}
        for name, field, label, all_text, values, order, labels in filters
        if values
    ]


def case_pages(dataset: Dataset) -> list[GeneratedPage]:
    """One page per good-practice case: facts, what happened, its figures as charts, sources."""
    charts = group_charts(dataset.statistics)
    pages = []
    for record in dataset.cases:
        uri = case_uri(record)
        organisations = [_organisation(dataset, name) for name in record.get("organisations", [])]
        pages.append(
            GeneratedPage(
                uri,
                render(
                    "cases/case.md",
                    c=record.data,
                    perspective=PERSPECTIVES.get(record.get("perspective", "")),
                    related=is_related(record),
                    organisations=organisations,
                    page=uri,
                    period=period_text(record.get("period")),
                    figures=case_figures(record, dataset, charts),
                    easy_lines=sentences(record.get("summary_leichte_sprache")),
                ),
            )
        )
    return pages


def easy_case_pages(dataset: Dataset) -> list[GeneratedPage]:
    """The Leichte-Sprache twin of each case with ``summary_leichte_sprache`` (checked by the build like a content page)."""
    pages = []
    for record in dataset.cases:
        if not has_easy_case_page(record):
            continue
        uri = easy_case_uri(record)
        organisations = []
        for name in record.get("organisations", []):
            provider = dataset.provider(name)
            if provider is None:
                organisations.append({"name": name, "uri": None})
            else:
                target = easy_provider_uri(provider) if has_easy_page(provider) else provider_uri(provider)
                organisations.append({"name": provider["name"], "uri": target})
        # Without title_leichte_sprache the page shows the title, and the check holds it to the rules like any easy text.
        names = [organisation["name"] for organisation in organisations] + [record.get("land")]
        pages.append(
            GeneratedPage(
                uri,
                render(
                    "cases/case-easy.md",
                    c=record.data,
                    title=easy_title(record),
                    page=uri,
                    period=period_text(record.get("period")),
                    organisations=organisations,
                    easy_lines=sentences(record.get("summary_leichte_sprache")),
                    allow=name_allowances(names, "Name einer Stelle oder eines Orts: Namen bleiben, wie sie sind."),
                    standard=relative(case_uri(record), uri),
                    listing=relative(f"{EASY_DIR}{CASE_DIR}/index.md", uri),
                ),
                record=record,
            )
        )
    return pages


def case_figures(record: Record, dataset: Dataset, charts: dict | None = None) -> list[Markup]:
    """The charts that hold the case's series, each once, in the order the case names them."""
    charts = group_charts(dataset.statistics) if charts is None else charts
    chart_order = []
    for series_id in record.get("figures", []):
        chart_id = dataset.statistics[series_id].chart_id
        if chart_id not in chart_order:
            chart_order.append(chart_id)
    # figure_html renders through the autoescaping environment, so its output is safe markup.
    return [Markup(figure_html(charts[chart_id], f"chart-{chart_id}")) for chart_id in chart_order]


def period_text(period: dict | None) -> dict | None:
    """Start and end of a case as display text with their machine-readable values."""
    if not period or not period.get("start"):
        return None
    text = {"start": period["start"], "start_text": partial_date_text(period["start"])}
    if period.get("end"):
        text.update(end=period["end"], end_text=partial_date_text(period["end"]))
    return text


TYPE = RecordType(
    name="cases",
    counted_as=("Beispiel", "Beispiele"),
    source="data/good-practice/",
    schema="good-practice.schema.json",
    example="inklusionsbetrieb-musterstadt.yaml",
    url_dir=CASE_DIR,
    easy_fields=("title_leichte_sprache", "summary_leichte_sprache"),
    check=case_problems,
    pages=lambda dataset, now: [*case_pages(dataset), *easy_case_pages(dataset)],
    directives={"good-practice": Directive({}, lambda ctx, page: case_listing(ctx.dataset, page))},
)
