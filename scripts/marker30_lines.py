"""Counts, in rendered drafts, round ar's G lines where a clerk's marked fact or point is
forced into a frame (branch marker30):

- ``marker_after_verb``: 达到/覆盖/确保/推动 followed by the clerk's marker 已完成/现有/计划
  (整改隐患达到已完成1862处, 城乡学校共同体达到现有24个, 确保新招聘教师计划150名);
- ``plan_pledged``: a plan figure (…计划N名) inside 要/确保/推动…落实到位 (要招聘教师计划45名);
- ``twice_now``: 现有 twice in one clause (全旗现有寄宿生现有约3400人);
- ``modal_in_word``: 要/将 between two characters of a word of the norms files (bodies, terms:
  面要向, 乡水利将站, 教职工要编制);
- ``bare_marker``: a sentence that is only a noun and its marked figure (重点关注学生现有约180人。).

    python scripts/marker30_lines.py [FOLDER…] [--every N] [--seeds 1,2,3] [-v]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
_MARKER_AFTER = re.compile(r"(?:达到|覆盖(?!率)|确保|推动)[^，。；：【]{0,6}?(?:已完成|现有|计划)")
_PLAN_PLEDGED = re.compile(
    r"(?:要|确保|推动)[^，。；：]{0,16}计划(?:约)?\d[\d.,，万]*[名人个所套项家]|计划(?:约)?\d[^，。；]*落实到位"
)
_TWICE_NOW = re.compile(r"现有[^，。；]*现有")
_BARE = re.compile(r"^[^，；：]{2,14}(?:现有|已完成)(?:约)?\d[^，；：]*。$")
_CJK = re.compile(r"[\u4e00-\u9fff]{2,8}")
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
# words a modal was seen inside, and the ends of a body's name (a name is whole)
_WORDS = ("面向", "水利站", "教职工", "编制", "编委", "教职工编制")
_BODY_ENDS = ("局", "站", "委", "办", "院", "所", "厅", "中心", "部", "会")
# 要 that is part of its own word (主要任务, 要求): not a modal
_OWN_WORD = re.compile(r"(?:主|重|需|必|首|只|纲)要|要(?:求|点|素|件|害)")


def _dictionary() -> list[str]:
    """Words the norms files name (bodies, terms): a modal never goes inside one."""
    words: set[str] = set(_WORDS)
    for name in ("authority.yaml", "named.yaml", "terms.yaml"):
        data = yaml.safe_load((ROOT / "templates" / "norms" / name).read_text(encoding="utf-8"))
        chunks = _CJK.findall(yaml.safe_dump(data, allow_unicode=True))
        words.update(w for w in chunks if w.endswith(_BODY_ENDS))
    return sorted(w for w in words if "要" not in w and "将" not in w and len(w) <= 8)


_SPLIT = re.compile(
    "|".join(
        re.escape(w[:i]) + "[要将]" + re.escape(w[i:])
        for w in _dictionary()
        for i in range(1, len(w))
    )
)


def defects(sentence: str) -> list[str]:
    found = []
    if _MARKER_AFTER.search(sentence):
        found.append("marker_after_verb")
    if _PLAN_PLEDGED.search(sentence):
        found.append("plan_pledged")
    if _TWICE_NOW.search(sentence):
        found.append("twice_now")
    hit = _SPLIT.search(sentence)
    if hit and not _allowed_split(sentence, hit):
        found.append("modal_in_word")
    if _BARE.match(sentence):
        found.append("bare_marker")
    return found


def _allowed_split(sentence: str, hit: re.Match[str]) -> bool:
    """A modal that opens a verb right after a word ending as the dictionary word starts
    (…局要局… cannot be told apart): only the listed words with the modal inside count."""
    start, end = hit.span()
    return bool(_OWN_WORD.search(sentence[max(0, start - 1) : end + 1]))


KEYS = ("marker_after_verb", "plan_pledged", "twice_now", "modal_in_word", "bare_marker")


def main() -> None:
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_text

    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--every", type=int, default=1, help="every N-th profile (a sample)")
    parser.add_argument("-v", action="store_true", help="print each line found")
    args = parser.parse_args()
    folders = [Path(f) for f in args.folders] or [
        ROOT / "profiles",
        *sorted((ROOT / "docs" / "review").glob("*/profiles")),
    ]
    profiles = [p for f in folders for p in sorted(f.glob("*.yaml"))][:: args.every]
    counts: Counter[str] = Counter()
    drafts = 0
    for profile in profiles:
        for seed in (int(s) for s in args.seeds.split(",")):
            try:
                draft = build_draft(profile, seed=seed)
            except Exception:  # a profile the tool refuses counts nothing
                continue
            drafts += 1
            for line in to_text(draft.document).splitlines():
                for sentence in _SENTENCE.findall(line.strip()):
                    for defect in defects(sentence.strip()):
                        counts[defect] += 1
                        if args.v:
                            print(f"{defect}\t{profile.name}:{seed}\t{sentence.strip()}")
    print(f"{drafts} drafts")
    for key in KEYS:
        print(f"{key:18} {counts[key]}")
    print(f"{'total':18} {sum(counts.values())}")


if __name__ == "__main__":
    sys.exit(main())
