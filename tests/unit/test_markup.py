"""Repairs to Material markup that vnu rejects."""

from portal.markup import repair


def test_autocomplete_is_removed_from_checkboxes_only():
    html = '<input class="md-toggle" type="checkbox" id="__drawer" autocomplete="off"><input type="text" autocomplete="off">'
    assert repair(html) == '<input class="md-toggle" type="checkbox" id="__drawer"><input type="text" autocomplete="off">'
