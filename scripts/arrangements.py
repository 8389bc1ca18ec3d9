"""Lists the arrangements the phrase bank states (speechdraft/arrangements.py).

    python scripts/arrangements.py            # counts by class
    python scripts/arrangements.py --list     # every decided wording and what licenses it

A wording that states an arrangement as decided (我们将建立…, 向集团放权, 分片包校, 在建项目…)
must be covered by an entry of templates/norms/named.yaml, so that it is said only where the
profile names the thing; tests/test_arrangements.py fails on any that is not ("未标注").
"""

from __future__ import annotations

import re
import sys
from collections import Counter

from speechdraft.arrangements import candidates, covering, decided
from speechdraft.named import load_named
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def wordings() -> list[tuple[str, str]]:
    """(where, wording) for every wording of the built-in bank, template code blanked."""
    bank = load_phrasebank(builtin_templates_dir())
    found: set[tuple[str, str]] = set()
    for area in (*bank.areas.values(), *bank.safeguards.values()):
        for family in area.families:
            for unit in (*family.headings, *family.units):
                found |= {(f"{area.key}.{family.key}", t) for t in unit.wordings}
    for slot, units in bank.frames.items():
        found |= {(slot, t) for unit in units for t in unit.wordings}
    return sorted((where, _CODE.sub("□", text)) for where, text in found)


def main(argv: list[str]) -> None:
    table = load_named()
    all_wordings = wordings()
    spoken: Counter[str] = Counter()
    settled: Counter[str] = Counter()
    lines = []
    untagged = 0
    for where, text in all_wordings:
        spoken.update({a.kind for a in candidates(text)})
        for found in decided(text):
            settled[found.kind] += 1
            ids = covering(text, found, table)
            untagged += not ids
            lines.append(f"{found.kind}\t{'、'.join(ids) or '未标注'}\t{where}\t{text}")
    print(
        f"措辞 {len(all_wordings)} 条；讲到安排的 {sum(bool(candidates(t)) for _, t in all_wordings)} 条"
    )
    for kind in sorted(spoken):
        print(f"  {kind}: 讲到 {spoken[kind]} 处，其中当作已定的 {settled[kind]} 处")
    print(f"当作已定的安排 {len(lines)} 处，未标注 {untagged} 处")
    if "--list" in argv:
        print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
