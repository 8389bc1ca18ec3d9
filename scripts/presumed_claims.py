"""Stock wordings that presume an event, a programme, a body or a verdict the profile never gave.

Round ai's readers marked as invented (A) bank units that state as given what only a profile
can say: a verdict on the year (完成了年初确定的主要任务, 各方面都有进步) over a profile with
no review, an audit's findings (对审计指出的问题…), a named programme (名师名校长培养工程), a
partner body (高校), a building role (自然资源部门…建设用地) where no building is planned, a
bureau's promise nobody decided (列入项目计划, 认定办法…抓紧研究完善), a mechanism (实行清单化
管理). Each such wording carries a trigger (templates/norms/named.yaml, or a situation in
situation.PRESUPPOSED) and is said only where the profile names it.

Usage:
  python scripts/presumed_claims.py bank          every bank wording that presumes, guarded or not
  python scripts/presumed_claims.py render DIR…   rendered lines that presume, over the profiles
                                                  in the folders (seeds 1-3), with whether the
                                                  profile names what they presume
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from speechdraft.phrasebank import claims

ROOT = Path(__file__).resolve().parent.parent

# what a wording presumes, and the words by which a profile names it
PRESUMES: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    (
        "year_verdict",
        re.compile(
            r"完成了?年初[^，。；]{0,6}(?:确定|部署)的[^，。；]{0,4}任务|各方面都有进步|成绩是主要的"
        ),
        re.compile(r"(?!)"),  # a review: read from the profile's achievements below
    ),
    ("audit", re.compile(r"审计(?:指出|发现|反馈|查出)的问题"), re.compile(r"审计")),
    (
        "named_programme",
        re.compile(r"名师[^，。；]{0,4}培养工程|名师工程|名校长工程"),
        re.compile(r"名师[^，。；]{0,4}(?:培养)?工程|名校长"),
    ),
    ("partner_university", re.compile(r"高校和优质高中"), re.compile(r"高校|大学|学院")),
    (
        "building_role",
        re.compile(r"建设用地"),
        re.compile(
            r"用地|新建|改扩建|扩建|续建|建设项目|项目建设|校舍建设|开工|竣工|基建|"
            r"建设工程|工程建设|学位建设|新增学位|(?:幼儿园|学校)建设|建设[^，。；]{0,6}(?:幼儿园|学校)"
        ),
    ),
    ("project_plan", re.compile(r"列入项目计划"), re.compile(r"项目计划|项目库|列入项目")),
    (
        "rule_revision",
        re.compile(r"认定办法[^。；]{0,4}我们将[^。；]{0,4}(?:研究|完善|修订)"),
        re.compile(r"认定(?:办法|标准)"),
    ),
    ("list_mechanism", re.compile(r"实行清单化管理"), re.compile(r"清单")),
)


def presumed(text: str) -> list[str]:
    return [key for key, form, _ in PRESUMES if form.search(text)]


def _wordings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        if "text" in value:
            return _wordings(value["text"])
        return [w for item in value.values() for w in _wordings(item)]
    if isinstance(value, list):
        return [w for item in value for w in _wordings(item)]
    return []


def bank() -> int:
    found = Counter()
    for path in sorted((ROOT / "templates" / "phrases").rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for text in _wordings(data):
            for key in presumed(text):
                presupposes, names = claims(text)
                guarded = bool(presupposes or names)
                found[guarded] += 1
                mark = "guarded  " if guarded else "UNGUARDED"
                print(f"{mark} {key:18} {path.relative_to(ROOT)}: {text}")
    print(f"wordings: {found[True]} guarded, {found[False]} unguarded")
    return found[False]


def render(folders: list[str]) -> int:
    from speechdraft.pipeline import build_draft

    lines = Counter()
    unnamed = Counter()
    for folder in folders:
        for path in sorted(Path(folder).glob("*.yaml")):
            source = path.read_text(encoding="utf-8")
            data = yaml.safe_load(source)
            reviewed = bool((data.get("review") or {}).get("achievements"))
            for seed in (1, 2, 3):
                draft = build_draft(path, seed=seed)
                text = draft.document.plain_text() if hasattr(draft.document, "plain_text") else ""
                if not text:
                    text = "\n".join(_block_texts(draft.document))
                for sentence in re.findall(r"[^。！？\n]*[。！？]", text):
                    for key in presumed(sentence):
                        lines[key] += 1
                        licence = dict((k, n) for k, _, n in PRESUMES)[key]
                        named = reviewed if key == "year_verdict" else bool(licence.search(source))
                        if not named:
                            unnamed[key] += 1
                            print(f"unnamed {key:18} {path.name} seed {seed}: {sentence.strip()}")
    print("lines:", dict(lines), "of which the profile never names it:", dict(unnamed))
    return sum(unnamed.values())


def _block_texts(document: object) -> list[str]:
    out = []
    for block in getattr(document, "blocks", ()):
        if hasattr(block, "body"):
            out.append(getattr(block, "title", "") + "".join(r.text for r in block.body))
        elif hasattr(block, "text"):
            out.append(block.text)
    return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["bank"]:
        bank()
    elif sys.argv[1:2] == ["render"]:
        render(sys.argv[2:])
    else:
        print(__doc__)
        sys.exit(2)
