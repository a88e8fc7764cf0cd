"""Problems found in editors' files, reported together in German."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One mistake in one file: where it is, what is wrong and how to fix it."""

    file: str
    line: int
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" {self.field}" if self.field else ""
        hint = f" – {self.hint}" if self.hint else ""
        return f"{where}{field}: {self.message}{hint}"


class DataError(Exception):
    """Raised once with every problem of every file, so editors fix them in one go."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems))
        super().__init__(self.report())

    def report(self) -> str:
        count = len(self.problems)
        noun = "Fehler" if count != 1 else "Fehler"
        lines = [f"Die Daten enthalten {count} {noun}. Der Bau wurde abgebrochen; nichts wurde veröffentlicht."]
        lines += [f"  {problem}" for problem in self.problems]
        return "\n".join(lines)


def field_path(path: tuple) -> str:
    """Render a JSON path as editors read it: providers[3].contact.website."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text
