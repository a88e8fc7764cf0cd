"""axe-core in the page: the options every accessibility test uses, and a readable report."""

from __future__ import annotations

from axe_playwright_python.sync_playwright import Axe

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": AXE_TAGS},
    "resultTypes": ["violations"],
    # No rule is switched off. Add one here only for a proven false positive,
    # with the reason and a link to the axe-core issue beside it, e.g.
    #   "rule-id": {"enabled": False},  # why; https://github.com/dequelabs/axe-core/issues/NNNN
    "rules": {},
}

axe = Axe()


def describe(violations: list[dict]) -> str:
    """One block per violated rule: id, impact, help text and the selectors of every failing node."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']} <{violation['helpUrl']}>")
        for node in violation["nodes"]:
            target = " >> ".join(map(str, node["target"]))
            lines.append(f"    {target}")
            if node.get("failureSummary"):
                lines.append("      " + node["failureSummary"].replace("\n", "\n      "))
    return "\n".join(lines)


# A click leaves the pointer on the button, and its colours then run a short CSS
# transition: axe would measure the contrast of a colour halfway between two
# states, which no reader sees for longer than a fraction of a second. Wait for
# finite transitions and animations (at most 2 s; endless ones are not waited for).
SETTLE = """() => Promise.race([
    Promise.all(document.getAnimations()
        .filter((animation) => animation.effect && animation.effect.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => null))),
    new Promise((resolve) => setTimeout(resolve, 2000)),
]).then(() => true)"""


def violations_of(page) -> list[dict]:
    page.evaluate(SETTLE)
    return axe.run(page, options=AXE_OPTIONS).response["violations"]


def assert_no_violations(page) -> None:
    violations = violations_of(page)
    assert not violations, f"axe meldet {len(violations)} Regelverstöße auf {page.url}:\n{describe(violations)}"
