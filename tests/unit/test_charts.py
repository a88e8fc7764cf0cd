"""Charts: accessible inline SVG, data table, plain-words reading, escaping."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from portal.exports.charts import X_LABEL_GAP, description_text, figure_html, format_number, reading_text
from portal.types.statistics import Point, Series, group_charts, load_statistics
from support import ROOT

SVG_NS = "{http://www.w3.org/2000/svg}"


def make_series(series_id="reihe", values=((2020, 1679), (2021, 2472), (2022, 2950), (2023, 3457)), **changes) -> Series:
    fields = dict(
        id=series_id,
        title="Menschen mit Budget für Arbeit",
        label="Budget für Arbeit",
        unit="Personen",
        description="Test",
        points=tuple(Point(date(year, 12, 31), value) for year, value in values),
        source={"title": "Erfundene Quelle", "url": "https://example.org/"},
        checked="2026-11-23",
        chart_id=series_id,
        chart_title="Gemeinsames Diagramm",
        file=f"data/statistics/{series_id}.yaml",
    )
    fields.update(changes)
    return Series(**fields)


@pytest.fixture(scope="module")
def real_charts():
    return group_charts(load_statistics(ROOT, []))


def svg_of(html: str) -> ET.Element:
    return ET.fromstring(re.search(r"<svg.*?</svg>", html, re.S).group())


def test_svg_is_well_formed_xml():
    svg_of(figure_html([make_series()], "fig"))


def test_svg_is_an_image_labelled_by_title_and_desc():
    svg = svg_of(figure_html([make_series()], "fig"))
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "fig-title fig-desc"
    assert svg.find(f"{SVG_NS}title").get("id") == "fig-title"
    assert svg.find(f"{SVG_NS}desc").get("id") == "fig-desc"


def test_desc_states_range_and_trend():
    desc = description_text([make_series()])
    assert "von Ende 2020 bis Ende 2023" in desc
    assert "zwischen 1.679 und 3.457 Personen" in desc
    assert "gestiegen, an jedem Stichtag höher" in desc


def test_svg_width_is_responsive():
    svg = svg_of(figure_html([make_series()], "fig"))
    assert svg.get("viewBox") == "0 0 640 360"
    assert svg.get("width") == "100%"
    assert svg.get("height") is None


def test_no_script_and_no_event_handlers():
    html = figure_html([make_series()], "fig")
    assert "<script" not in html
    assert not re.search(r"\son[a-z]+=", html)


def test_colours_come_from_current_color_only():
    html = figure_html([make_series(), make_series("zwei", values=((2020, 5), (2023, 9)))], "fig")
    colours = set(re.findall(r'(?:fill|stroke)="([^"]+)"', html))
    assert colours <= {"currentColor", "none"}


def test_lines_differ_by_marker_and_dash_not_colour():
    svg = svg_of(figure_html([make_series(), make_series("zwei", values=((2020, 5), (2023, 9)))], "fig"))
    groups = [g for g in svg.iter(f"{SVG_NS}g") if "portal-chart__series" in (g.get("class") or "")]
    dashes = [g.find(f"{SVG_NS}path").get("stroke-dasharray") for g in groups]
    markers = [g.findall(f"{SVG_NS}path")[1].get("d") for g in groups]
    assert dashes[0] is None and dashes[1]
    assert "a5 5" in markers[0] and "H" in markers[1]  # circle, then square


def test_each_line_has_a_direct_label():
    svg = svg_of(figure_html([make_series(), make_series("zwei", label="Zweite Reihe", values=((2020, 5), (2023, 9)))], "fig"))
    labels = ["".join(t.itertext()).strip() for t in svg.iter(f"{SVG_NS}text") if t.get("class") == "portal-chart__label"]
    assert [" ".join(label.split()) for label in labels] == ["Budget für Arbeit", "Zweite Reihe"]


def test_every_point_has_a_value_label_in_german_digits():
    svg = svg_of(figure_html([make_series()], "fig"))
    values = [t.text for t in svg.iter(f"{SVG_NS}text") if t.get("class") == "portal-chart__value"]
    assert values == ["1.679", "2.472", "2.950", "3.457"]


def test_axis_has_unit_and_readable_dates():
    svg = svg_of(figure_html([make_series()], "fig"))
    texts = [t.text for t in svg.iter(f"{SVG_NS}text")]
    assert "Personen" in texts
    assert {"Ende 2020", "Ende 2023"} <= set(texts)


def test_close_date_labels_do_not_overprint(real_charts):
    svg = svg_of(figure_html(real_charts["stata-stendal-folgegespraeche"], "fig"))
    ticks = [t for t in svg.iter(f"{SVG_NS}text") if re.fullmatch(r"\d\d\.\d\d\.\d{4}", t.text or "")]
    rows: dict[str, list[float]] = {}
    for tick in ticks:
        rows.setdefault(tick.get("y"), []).append(float(tick.get("x")))
    for xs in rows.values():
        assert all(b - a >= X_LABEL_GAP for a, b in zip(xs, xs[1:]))


def test_table_has_caption_and_header_scopes():
    html = figure_html([make_series()], "fig")
    assert "<caption>Die Zahlen zum Diagramm „Menschen mit Budget für Arbeit“</caption>" in html
    assert '<th scope="col">Budget für Arbeit (Personen)</th>' in html
    assert html.count('<th scope="row">') == 4


def test_table_uses_german_numbers_and_dates():
    html = figure_html([make_series()], "fig")
    assert '<time datetime="2023-12-31">31. Dezember 2023</time>' in html
    assert '<td class="portal-chart__number">1.679</td>' in html


def test_table_marks_a_missing_value():
    html = figure_html([make_series(), make_series("zwei", values=((2020, 5), (2023, 9)))], "fig")
    assert "keine Angabe" in html


def test_reading_sentence_in_plain_words():
    assert reading_text([make_series()]) == "Von Ende 2020 bis Ende 2023 stieg die Zahl von 1.679 auf 3.457 Personen."


def test_reading_sentence_for_a_fall():
    assert reading_text([make_series(values=((2020, 9), (2021, 4)))]) == "Von Ende 2020 bis Ende 2021 sank die Zahl von 9 auf 4 Personen."


def test_reading_with_exact_dates(real_charts):
    assert reading_text(real_charts["stata-stendal-agh-besetzt"]) == (
        "Vom 8. Mai 2018 bis zum 1. Dezember 2018 stieg die Zahl von 85 auf 111 Stellen."
    )


def test_reading_names_each_line_when_several_share_a_chart():
    text = reading_text([make_series(), make_series("zwei", label="Zweite", values=((2020, 5), (2023, 9)))])
    assert text.startswith("Budget für Arbeit: Von Ende 2020") and "Zweite: Von Ende 2020 bis Ende 2023 stieg die Zahl von 5 auf 9" in text


def test_real_budget_fuer_arbeit_reading(real_charts):
    assert reading_text(real_charts["budget-fuer-arbeit-deutschland"]) == (
        "Von Ende 2020 bis Ende 2023 stieg die Zahl von 1.679 auf 3.457 Personen."
    )


def test_source_and_stand_are_shown():
    html = figure_html([make_series()], "fig")
    assert '<a href="https://example.org/">Erfundene Quelle</a>' in html
    assert "Stand: <time datetime=\"2026-11-23\">23. November 2026</time>" in html


def test_contributed_text_is_escaped():
    html = figure_html([make_series(title="<script>alert(1)</script>", label="<b>x</b>", unit="Personen")], "fig")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_non_https_source_is_not_linked():
    html = figure_html([make_series(source={"title": "Quelle", "url": "javascript:alert(1)"})], "fig")
    assert "javascript:" not in html


def test_ids_are_unique_across_figures(real_charts):
    html = "".join(figure_html(series, f"fig-{chart_id}") for chart_id, series in real_charts.items())
    ids = re.findall(r'\sid="([^"]+)"', html)
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("bad_id", ["", "1abc", "a b", 'x"><script>'])
def test_figure_id_must_be_a_safe_name(bad_id):
    with pytest.raises(ValueError):
        figure_html([make_series()], bad_id)


def test_one_unit_per_chart_is_enforced():
    with pytest.raises(ValueError):
        figure_html([make_series(), make_series("zwei", unit="Stellen")], "fig")


def test_output_has_no_blank_line():
    # Python-Markdown would end the raw HTML block there and wrap the rest in <p>.
    html = figure_html([make_series()], "fig")
    assert "\n\n" not in html


def test_output_is_deterministic(real_charts):
    series = real_charts["stata-stendal-profilings"]
    assert figure_html(series, "fig") == figure_html(series, "fig")


def test_single_point_series_renders():
    html = figure_html([make_series(values=((2023, 7),))], "fig")
    assert "Ende 2023 waren es 7 Personen." in html


@pytest.mark.parametrize(("value", "text"), [(1679, "1.679"), (0, "0"), (2.5, "2,5"), (3.0, "3"), (1234567.25, "1.234.567,25")])
def test_format_number_in_german(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize("chart_id", ["budget-fuer-arbeit-deutschland", "stata-stendal-profilings", "stata-stendal-agh-beendet"])
def test_every_real_chart_renders(real_charts, chart_id):
    svg_of(figure_html(real_charts[chart_id], f"fig-{chart_id}"))
