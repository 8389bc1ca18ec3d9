"""Form words read out in a draft (issue 11's R, round aj): what a clerk typed into a form,
said by the speaker as the form has it.

Counted over every sentence of every draft (seeds 1–3):

- ``gov_post``: a preceding speaker's post with its government before it (刚才，市政府分管副市长
  作了动员讲话), and ``post_twice``: a nameless post's full title said again in the pledge
  (市政府分管副市长的重要讲话);
- ``in_charge``: 负责同志 named as if a person (负责同志的解读, not 省卫生健康委的解读);
- ``de_twice``: two 的 in one name before a heard item (五个市的分管副市长的交流发言);
- ``dui_lead``: a heard item led into by 对 with no author (对通报，/对部署和通报，);
- ``strive_floor``: 努力达到的目标是： at a school opening or a safety meeting;
- ``gap_aim``: a sentence X的目标是【待补…】。 (said 力争X达到【待补】);
- ``deictic_year``: a year before a time word in the title (2026年今冬明春);
- ``measure_field``: a deed's field name and its measure (新建改扩建校舍面积5.6万平方米);
- ``bare_sum``: a sum with no subject and no tense (安排应急物资保障资金2.3亿元，…);
- ``noun_twice``: a change said with the noun its clause just said (…溺亡人数下降，溺亡人数较上年
  下降40%).

  python scripts/form_words.py DIR_OR_PROFILE…     (seeds 1–3; PYTHONPATH picks the tree)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from speechdraft.pipeline import build_draft
from speechdraft.writers.text import to_text

SEEDS = (1, 2, 3)
_GOV = r"(?:省|市|县|区|旗|州|盟|自治区|自治州|自治县|乡|镇)(?:人民)?政府(?:分管|常务)?副?[^，。；]{0,3}长"
CHECKS = {
    "gov_post": re.compile(r"刚才，[^。]*" + _GOV + r"(?:作了|讲了|提出)"),
    "post_twice": re.compile(_GOV + r"的(?:重要)?讲话"),
    "in_charge": re.compile(r"(?<![\u4e00-\u9fff])负责同志的|^负责同志的"),
    "de_twice": re.compile(
        r"[^，。；：]{1,10}的[^，。；：的]{1,10}的(?:交流发言|典型发言|发言|汇报|报告|通报|解读|讲解|部署|介绍)"
    ),
    "dui_lead": re.compile(
        r"(?:^|[。！？])对(?:[^，。；的]{0,6})?(?:通报|部署|汇报|报告|安排|发言)，"
    ),
    "gap_aim": re.compile(r"的目标是【待补[^】]*】[。；]"),
    "noun_twice": re.compile(
        r"([\u4e00-\u9fff]{2,6}(?:人数|率|数))[^。；]{0,30}，\1(?:较上年|比上年|同比)"
    ),
    "bare_sum": re.compile(r"(?:^|[。！？])\s*(?:今年)?安排[^，。；的]{2,12}资金\d"),
    "measure_field": re.compile(r"(?:新建|改扩建|建成|完成|改造)[^，。；]{0,12}(?:面积|长度)\d"),
}
STRIVE = re.compile(r"努力达到的目标是：")
DEICTIC_TITLE = re.compile(r"\d{4}年(?:今冬明春|今[年冬春夏秋]|明[年春]|本学期|本学年|本年度)")


def faults(path: Path, seed: int) -> list[tuple[str, str]]:
    draft = build_draft(path, seed=seed)
    text = to_text(draft.document)
    lines = text.splitlines()
    found: list[tuple[str, str]] = []
    title = next((line for line in lines if line.strip()), "")
    if DEICTIC_TITLE.search(title):
        found.append(("deictic_year", title))
    kind = re.search(r"^kind:\s*(\S+)", path.read_text("utf-8"), flags=re.M)
    bottom_lines = bool(kind) and kind.group(1) in ("safety", "school_opening")
    for sentence in re.findall(r"[^。！？\n]*[。！？]|[^。！？\n]+$", text, flags=re.M):
        for name, pattern in CHECKS.items():
            if pattern.search(sentence):
                found.append((name, sentence.strip()))
        if STRIVE.search(sentence) and bottom_lines:
            found.append(("strive_floor", sentence.strip()))
    return found


def main(args: list[str]) -> None:
    paths: list[Path] = []
    for arg in args:
        p = Path(arg)
        paths.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
    counts: Counter[str] = Counter()
    drafts = 0
    shown: Counter[str] = Counter()
    for path in paths:
        for seed in SEEDS:
            found = faults(path, seed)
            drafts += bool(found)
            for name, line in found:
                counts[name] += 1
                if shown[name] < 2:
                    print(f"  [{name}] {path.stem} s{seed}: {line[:90]}")
                    shown[name] += 1
    print(f"{len(paths)} profiles x {len(SEEDS)} seeds: drafts with a form word {drafts}")
    print("  " + ", ".join(f"{k} {counts[k]}" for k in [*CHECKS, "strive_floor", "deictic_year"]))


if __name__ == "__main__":
    main(sys.argv[1:])
