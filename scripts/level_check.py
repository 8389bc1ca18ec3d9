"""Counts, over rendered drafts, the words a place's level or its speaker does not have
(tests/level_support.py: 各地 below a county, 各市（州） without a 州, 社区 in a 乡 or 苏木,
有关部门 in a town, a town's aid fund and project money, a bureau commanding the press, a
school head ordering road works, a deputy speaking for 局班子, a leader's 本班; town27: a
town's 特殊教育学校, teacher pay, titles and 师德线索, 各级各类学校 and 层层, a city's or a
province's leader and a leading group charging the schools).

    python scripts/level_check.py            # counts by family
    python scripts/level_check.py --list     # every sentence found, with its profile
    python scripts/level_check.py --jobs 2   # in two processes

Renders every profile of the repository (profiles/, docs/review/*/profiles) and the check's
own town, 苏木, county-level-city and province profiles at seeds 1–3.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from level_support import TOWN27_PLACES, findings, place_of  # noqa: E402
from speechdraft.pipeline import build_draft  # noqa: E402
from speechdraft.situation import strings_in  # noqa: E402

SEEDS = (1, 2, 3)

# The check's own places: a 乡 of villages, a 苏木 with one central school and a
# kindergarten, a county-level city, a province that names no 州.
OWN: dict[str, dict[str, object]] = {
    "own-xiang-safety": {
        "kind": "safety",
        "meeting": {"date": "2029-11-08"},
        "region": {"level": "town", "name": "青石乡"},
        "speaker": {"title": "乡中心学校校长"},
        "attendees": ["各村小、教学点负责人"],
        "priorities": ["校车安全", "交通安全", "冬季取暖", "防溺水"],
        "safeguards": ["协同联动", "督导考核"],
    },
    "own-xiang-leader": {
        "kind": "leader_speech",
        "meeting": {"date": "2021-03-10"},
        "region": {"level": "town", "name": "青石乡"},
        "speaker": {"title": "乡党委书记"},
        "priorities": ["控辍保学", "学生资助", "校舍建设"],
        "safeguards": ["经费保障", "督导考核", "宣传引导"],
    },
    "own-sumu-teachers": {
        "kind": "teachers_day",
        "meeting": {"date": "2019-09-10"},
        "region": {"level": "town", "name": "巴彦苏木"},
        "speaker": {"title": "苏木达"},
        "attendees": ["苏木中心校全体教师", "苏木幼儿园教师"],
        "priorities": ["乡村教师", "尊师重教", "师德师风"],
    },
    "own-county-city-report": {
        "kind": "work_report",
        "meeting": {"date": "2027-02-20"},
        "region": {"level": "county_city", "name": "丰渠市"},
        "speaker": {"title": "丰渠市教育体育局局长"},
        "priorities": ["校园安全", "防溺水", "义务教育优质均衡"],
        "safeguards": ["宣传引导", "作风建设", "经费保障"],
    },
    "own-province-teachers": {
        "kind": "teachers_day",
        "meeting": {"date": "2023-09-08"},
        "region": {"level": "province", "name": "淮岳省"},
        "speaker": {"title": "省委副书记、省长"},
        "priorities": ["教师待遇", "师德师风", "尊师重教"],
    },
    "own-district-deputy": {
        "kind": "school_opening",
        "meeting": {"date": "2028-08-28"},
        "region": {"level": "district", "name": "高塘区"},
        "speaker": {"title": "区教育局副局长"},
        "priorities": ["开学准备", "校园安全"],
        "safeguards": ["作风建设"],
    },
    "own-county-dropout": {
        "kind": "leader_speech",
        "meeting": {"date": "2026-03-10"},
        "region": {"level": "county", "name": "青川县"},
        "speaker": {"title": "县委书记"},
        "priorities": ["控辍保学", "家庭教育"],
    },
    "own-xiang-concluding": {
        "kind": "concluding_remarks",
        "meeting": {"date": "2031-02-25"},
        "region": {"level": "town", "name": "青石乡"},
        "speaker": {"title": "乡长"},
        "priorities": ["控辍保学", "学生资助", "校园安全"],
        "safeguards": ["作风建设", "督导考核"],
    },
    "own-banner-safety": {
        "kind": "safety",
        "meeting": {"date": "2035-04-20"},
        "region": {"level": "banner", "name": "查干旗"},
        "speaker": {"title": "副旗长"},
        "priorities": ["防溺水", "校园安全"],
        "safeguards": ["组织领导", "协同联动"],
    },
    "own-region-safety": {
        "kind": "safety",
        "meeting": {"date": "2028-04-20"},
        "region": {"level": "autonomous_region", "name": "宁远自治区"},
        "speaker": {"title": "自治区教育厅厅长"},
        "priorities": ["校园安全", "防溺水"],
        "safeguards": ["协同联动"],
    },
    # town27: round ao's L — a 苏木's teachers' day, a town's opening, a mayor, a city's and a
    # county-level city's leading group, a city bureau's opening, a province's leader
    "own-city-opening": {
        "kind": "school_opening",
        "meeting": {"date": "2026-02-20"},
        "region": {"level": "city", "name": "泷川市"},
        "speaker": {"title": "市教育局局长"},
        "attendees": ["各县（市、区）教育局局长", "市直学校校长"],
        "priorities": ["控辍保学", "校园安全", "开学准备"],
    },
    "own-province-leader": {
        "kind": "leader_speech",
        "meeting": {"date": "2030-03-15"},
        "region": {"level": "province", "name": "淮岳省"},
        "speaker": {"title": "副省长"},
        "priorities": ["心理健康", "教育数字化", "普通高中", "校园安全"],
        "safeguards": ["组织领导", "督导考核"],
    },
    **TOWN27_PLACES,
}


def profiles() -> list[Path]:
    found = (
        sorted(ROOT.glob("profiles/*.yaml"))
        + sorted(ROOT.glob("docs/review/*/profiles/*.yaml"))
        + sorted(ROOT.glob("docs/review/profiles/*.yaml"))
    )
    folder = Path(tempfile.mkdtemp(prefix="level_check-"))
    for name, data in OWN.items():
        path = folder / f"{name}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        found.append(path)
    return found


def check(path: Path) -> list[tuple[str, str, str]]:
    out = []
    for seed in SEEDS:
        try:
            draft = build_draft(path, seed=seed)
        except Exception as error:  # a profile of an older round may no longer load
            out.append(("(not rendered)", path.name, str(error)[:80]))
            break
        profile = draft.loaded.profile
        written = {k: v for k, v in vars(profile).items() if k not in ("speaker", "region", "kind")}
        place = place_of(draft, strings_in(written))
        text = "\n".join(draft.document.spoken_lines())
        out += [
            (family, f"{path.parent.parent.name}/{path.name}#{seed}", s)
            for family, s in findings(text, place)
        ]
    return out


def main(argv: list[str]) -> None:
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 1
    paths = profiles()
    with ProcessPoolExecutor(jobs) as pool:
        results = [f for found in pool.map(check, paths, chunksize=8) for f in found]
    counts = Counter(family for family, _, _ in results)
    drafts = {where for family, where, _ in results if family != "(not rendered)"}
    print(
        f"{len(paths)} 份档案 × {len(SEEDS)} 个种子；有问题的稿子 {len(drafts)} 篇，句子 {sum(counts.values()) - counts['(not rendered)']} 句"
    )
    for family, n in counts.most_common():
        print(f"  {n:5d}  {family}")
    if "--list" in argv:
        for family, where, sentence in sorted(results):
            print(f"{family}\t{where}\t{sentence}")


if __name__ == "__main__":
    main(sys.argv[1:])
