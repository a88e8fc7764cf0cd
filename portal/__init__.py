"""Pure logic of the Budget-für-Arbeit portal: load, validate, select and render data.

This package never imports MkDocs: ``hooks/`` wires it into the build, and the
same functions serve ``python -m portal`` and the tests.
"""

from portal.dataset import Dataset, load_dataset
from portal.errors import DataError, Problem

__all__ = ["DataError", "Dataset", "Problem", "load_dataset"]
