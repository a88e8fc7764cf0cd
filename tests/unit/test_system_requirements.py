"""The suite's system programs: one list, checked before the tests, named in the README."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys

from support import ROOT

SCRIPT = ROOT / "tools" / "system_requirements.py"
_spec = importlib.util.spec_from_file_location("system_requirements", SCRIPT)
system_requirements = importlib.util.module_from_spec(_spec)
sys.modules["system_requirements"] = system_requirements
_spec.loader.exec_module(system_requirements)


def test_every_tool_is_found_on_this_machine():
    assert system_requirements.missing() == []


def test_an_empty_path_names_every_package_to_install(tmp_path):
    absent = system_requirements.missing(path=str(tmp_path))
    relative = [tool for tool in system_requirements.TOOLS if not tool.command.startswith("/")]
    assert [tool.command for tool in absent if not tool.command.startswith("/")] == [tool.command for tool in relative]
    text = system_requirements.report(absent)
    assert "poppler-utils" in text and "default-jre-headless" in text
    assert "apt-get install -y" in text


def test_the_script_fails_with_the_package_names_when_a_tool_is_absent(tmp_path):
    # A PATH with only python: pdftotext, java, npm, node and unshare are all absent.
    (tmp_path / "python3").symlink_to(sys.executable)
    result = subprocess.run(
        ["python3", str(SCRIPT)], env={"PATH": str(tmp_path)}, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "Debian-Paket poppler-utils" in result.stderr
    assert "apt-get install -y" in result.stderr
    listed = subprocess.run(
        ["python3", str(SCRIPT), "--missing-packages"], env={"PATH": str(tmp_path)}, capture_output=True, text=True
    )
    assert "poppler-utils" in listed.stdout.split()


def test_the_readme_names_every_package():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    install_line = re.search(r"apt-get install -y ([a-z0-9 .+-]+)", readme).group(1).split()
    assert sorted(install_line) == sorted({tool.package for tool in system_requirements.TOOLS})


def test_ci_and_make_read_the_same_list():
    assert "tools/system_requirements.py --missing-packages" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "tools/system_requirements.py" in (ROOT / "Makefile").read_text(encoding="utf-8")
