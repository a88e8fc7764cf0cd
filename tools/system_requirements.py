"""The system programs the test suite calls, and the Debian packages that bring them.

One list for three readers: ``make test`` checks it before running the suite,
``.ci/run`` installs what is missing, and the README names the same packages
(a unit test holds the README to this list).

    python3 tools/system_requirements.py                     # check; exit 1 naming the packages
    python3 tools/system_requirements.py --missing-packages  # print missing package names, one per line
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class Tool:
    command: str
    package: str
    purpose: str


TOOLS: tuple[Tool, ...] = (
    Tool("/usr/bin/chromium", "chromium", "Browser-Tests (Playwright steuert Debians Chromium)"),
    Tool("pdftotext", "poppler-utils", "Drucktests lesen das erzeugte PDF"),
    Tool("java", "default-jre-headless", "Nu HTML Checker (vnu.jar)"),
    Tool("npm", "npm", "installiert vnu-jar, eslint und pa11y aus package-lock.json"),
    Tool("node", "nodejs", "führt eslint und pa11y aus"),
    Tool("unshare", "util-linux", "Build ohne Netz (Test der Offline-Fähigkeit)"),
)


def _found(command: str, path: str | None) -> bool:
    if os.path.isabs(command):
        return os.access(command, os.X_OK)
    return shutil.which(command, path=path) is not None


def missing(path: str | None = None) -> list[Tool]:
    """The tools not found on ``path`` (default: the PATH of this process)."""
    return [tool for tool in TOOLS if not _found(tool.command, path)]


def report(absent: list[Tool]) -> str:
    lines = ["Für die Tests fehlen Programme:"]
    lines += [f"  {tool.command}: {tool.purpose} (Debian-Paket {tool.package})" for tool in absent]
    packages = " ".join(dict.fromkeys(tool.package for tool in absent))
    lines.append(f"Installieren Sie sie mit: apt-get install -y {packages}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    absent = missing()
    if argv[1:] == ["--missing-packages"]:
        for package in dict.fromkeys(tool.package for tool in absent):
            print(package)
        return 0
    if absent:
        print(report(absent), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
