"""Stock lines that presume an arrangement, equipment or an item nobody gave (round ak's A).

    python scripts/presumed_stock.py DIR [DIR …]     # profiles (*.yaml) × seeds 1–3

Renders every profile of the folders at seeds 1–3 and counts the drafts' sentences that say
an arrangement the profile does not name (speechdraft/arrangements.py: equipment a rule
installs, a hard rule, a mechanism, a division of duty, and the older classes), that refer to
items the meeting studied where its agenda lists none (刚才会上研究的事项), or congratulate a
collective where none was honoured (先进集体和个人). Run it at main and at a branch
(PYTHONPATH=…/src) to compare; ``--list`` prints each sentence.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

if "--rules" in sys.argv:  # the detector of another tree's file, over drafts of this one
    import importlib.util

    _spec = importlib.util.spec_from_file_location(
        "_rules", sys.argv[sys.argv.index("--rules") + 1]
    )
    assert _spec and _spec.loader
    _rules = importlib.util.module_from_spec(_spec)
    sys.modules["_rules"] = _rules
    _spec.loader.exec_module(_rules)
    covering, decided = _rules.covering, _rules.decided
else:
    from speechdraft.arrangements import covering, decided
from speechdraft.named import load_named
from speechdraft.pipeline import build_draft

_STUDIED = re.compile(
    r"会上研究的事项|会上(?:审议|讨论|议定)的事项|刚才(?:会上)?(?:研究|审议|讨论)(?:的|了)"
)
_AGENDA = re.compile(r"审议|研究|讨论|议定|审定|通过了")
_COLLECTIVE = re.compile(r"先进集体")
_NAMES_COLLECTIVE = re.compile(
    r"(?:先进|优秀|模范|班)集体|集体(?:奖|荣誉|称号)|(?:表彰|命名|授予|奖励)[^。；\n]{0,30}集体(?!宣誓)"
    r"|先进单位|先进学校|示范校"
)


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [str(value)] if value is not None else []


def _from_profile(sentence: str, start: int, told: str) -> bool:
    """The arrangement's clause repeats the profile's words (组建学区联盟6个: a fact given)."""
    begin = max(sentence.rfind(m, 0, start) for m in "，。；：") + 1
    ends = [i for i in (sentence.find(m, start) for m in "，。；！？") if i >= 0]
    clause = sentence[begin : min(ends) if ends else len(sentence)]
    return any(clause[i : i + 6] in told for i in range(max(1, len(clause) - 5)))


def findings(path: Path, seed: int) -> list[tuple[str, str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    told = "\n".join(_strings(data))
    preceding = "\n".join(_strings(data.get("preceding") or []))
    table = load_named()
    draft = build_draft(path, seed=seed)
    found = []
    for line in draft.document.spoken_lines():
        for sentence in re.findall(r"[^。！？]+[。！？]?", line):
            for arrangement in decided(sentence):
                ids = covering(sentence, arrangement, table)
                licensed = [
                    i for i in ids if any(e.licence.search(told) for e in table if e.id == i)
                ]
                if not licensed and not _from_profile(sentence, arrangement.start, told):
                    found.append((arrangement.kind, sentence))
            if _STUDIED.search(sentence) and not _AGENDA.search(preceding):
                found.append(("items_studied", sentence))
            if _COLLECTIVE.search(sentence) and not _NAMES_COLLECTIVE.search(told):
                found.append(("collective", sentence))
    return found


def main(argv: list[str]) -> None:
    rules = argv[argv.index("--rules") + 1] if "--rules" in argv else None
    folders = [Path(a) for a in argv if not a.startswith("--") and a != rules]
    counts: Counter[str] = Counter()
    drafts = hit = 0
    lines = []
    for folder in folders:
        for path in sorted(folder.glob("*.yaml")):
            for seed in (1, 2, 3):
                drafts += 1
                found = findings(path, seed)
                hit += bool(found)
                counts.update(kind for kind, _ in found)
                lines += [f"{path.stem}\t{seed}\t{kind}\t{s}" for kind, s in found]
    print(f"稿子 {drafts} 篇，有此类句子的 {hit} 篇，句子 {sum(counts.values())} 句")
    for kind, n in sorted(counts.items()):
        print(f"  {kind}: {n}")
    if "--list" in argv:
        print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1:])
