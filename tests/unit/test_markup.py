"""Repairs to Material markup that vnu rejects."""

from portal.postbuild.markup import repair


def test_autocomplete_is_removed_from_checkboxes_only():
    html = '<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off"><input type="text" autocomplete="off">'
    assert repair(html) == '<input class="md-toggle" type="checkbox" id="__drawer"><input type="text" autocomplete="off">'


def test_headings_inside_hidden_parts_are_found_at_any_depth():
    from portal.postbuild.markup import hidden_heading_ids

    html = (
        '<h2 id="visible">A</h2><div id="finder" hidden><form><h2 id="finder-heading">B</h2>'
        '<input type="text"><br><div><h3 id="deep">C</h3></div></form></div><h2 id="after">D</h2>'
        '<section hidden="hidden"><h4>no id</h4></section>'
    )
    assert hidden_heading_ids(html) == {"finder-heading", "deep"}
    assert hidden_heading_ids('<h2 id="a">A</h2><p hidden>x</p><h2 id="b">B</h2>') == set()


def test_table_of_contents_drops_hidden_headings_and_keeps_the_rest():
    from mkdocs.structure.toc import AnchorLink

    from portal.postbuild.markup import prune_toc

    top = AnchorLink("Seite", "seite", 1)
    hidden = AnchorLink("Filtern", "case-filter-heading", 2)
    case = AnchorLink("Beispiel", "beispiel", 2)
    case.children = [AnchorLink("Versteckt", "deep", 3), AnchorLink("Sichtbar", "sichtbar", 3)]
    top.children = [hidden, case]
    [kept] = prune_toc([top], {"case-filter-heading", "deep"})
    assert [child.id for child in kept.children] == ["beispiel"]
    assert [child.id for child in kept.children[0].children] == ["sichtbar"]
