"""Rendering: the autoescaping Jinja2 environment, templates by type, directives, twins, generated pages."""
