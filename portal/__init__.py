"""Pure logic of the Budget-für-Arbeit portal: load, validate, select and render data.

This package never imports MkDocs: ``hooks/`` wires it into the build, and the
same functions serve ``python -m portal`` and the tests. Stages, in the order
data flows: ``core`` (load, validate, model), ``types`` (one module per record
type), ``rendering``, ``leichte_sprache``, ``exports``, ``postbuild``;
``build`` owns one build. See ARCHITECTURE.md.
"""
