"""Lines that bind the profile's figures or tasks to a consequence, a state or a whole norm
the profile did not give (issue 11's A and F; round aj's readers).

Round aj's readers struck: 考核各学校，我们将把今年5次教育专项督导的结果作为重要依据 (the
profile gave 5 督导, not that they decide 考核); 中小学校党组织覆盖率要稳定在100% (the profile
gave 达到100%: a target said as already met); “两个只增不减”要求落实到位 (the profile gave one
of the two); 今年开展的4次专项督导 (a plan read as done). Four families, counted in drafts:

- ``tie``: results made the basis of a judgement, money or status (…结果作为重要依据, 作为评价
  学校…的重要依据, 作为扶持奖励的依据, 与评优评先、绩效考核、干部任用挂钩, 挂起钩来) where the
  profile's own words tie nothing (依据, 挂钩, 纳入…考核);
- ``state``: 稳定在/巩固在/保持在 a figure the profile gives as a target (达到/提高到 or bare), not
  as a value already met (保持, 现有, a review figure);
- ``compound``: “两个只增不减” or “三个增长” said as met where the profile does not give it
  (nor, for the first, both its parts);
- ``done``: 今年开展的N次 (a plan said as done).

The rules are this script's own patterns, so the same count runs over another tree's drafts:

    PYTHONPATH=/tmp/old/src python scripts/invented_ties.py render DIR…   (main's drafts)
    python scripts/invented_ties.py render DIR…                            (this tree's)
    python scripts/invented_ties.py bank                                   (bank wordings)

DIR is a folder of profiles (or a profile file); seeds 1–3.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import yaml

SEEDS = (1, 2, 3)
_SENTENCE = re.compile(r"[^。！？\n]*[。！？]|[^。！？\n]+$", re.M)
_C = r"[^，。；]"

FAMILIES: dict[str, re.Pattern[str]] = {
    "tie": re.compile(
        rf"结果{_C}{{0,4}}作为(?:重要|主要)?(?:依据|参考)(?=[，。；]|$)"
        rf"|(?<!把评议)(?:结果|情况)[^。；]{{0,20}}?作为评价{_C}{{1,12}}?的?(?:重要|主要)?依据"
        rf"|作为{_C}{{0,12}}(?:奖补|扶持奖励|年检){_C}{{0,4}}?的?(?:重要|主要)?依据"
        rf"|(?:与|和){_C}{{0,24}}(?:评优评先|绩效考核|干部任用|招生计划){_C}{{0,8}}挂钩"
        rf"|(?<!预算安排)挂起钩|(?:评优评先|干部任用)[^。；]{{0,12}}都要用上"
        rf"|(?:考核|评价){_C}{{0,8}}，{_C}{{0,4}}要?用好{_C}{{0,24}}结果"
        rf"|(?:用于|用到){_C}{{0,8}}(?:奖补|扶持奖励)"
    ),
    "state": re.compile(r"(?:稳定|巩固|保持)在?(\d[\d.]*%?)"),
    "compound": re.compile(
        r"“(两个只增不减|三个增长)”[^，。；]{0,4}(?:要求)?[^，。；]{0,2}落实到位"
    ),
    "done": re.compile(r"今年开展的\d+次"),
}
_PROFILE_TIES = re.compile(rf"依据|挂钩|纳入{_C}{{0,20}}(?:考核|考评|评价)")
_BOTH_PARTS = (
    re.compile(r"一般公共预算教育支出[^，。；\n]{0,8}只增不减"),
    re.compile(r"按在校学生人数平均|生均一般公共预算教育支出"),
)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, (int, float)):
        return [str(value)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [str(k), *_strings(v)]]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _met(value: str, profile_text: str, review_text: str) -> bool:
    """The profile gives ``value`` as met: kept (保持/稳定/巩固), present (现有/目前) or a
    figure of the review."""
    said = re.escape(value.rstrip("%"))
    return bool(
        re.search(
            rf"(?:保持|稳定|巩固|现有|目前|已达到?|已经)[^，。；\d]{{0,8}}{said}", profile_text
        )
        or re.search(rf"(?<![\d.]){said}(?![\d])", review_text)
    )


def hits(text: str, data: dict) -> list[tuple[str, str]]:
    """(family, sentence) for each line of ``text`` the profile ``data`` does not license."""
    profile_text = "\n".join(_strings(data))
    review = ((data.get("review") or {}).get("achievements")) or data.get("achievements") or []
    review_text = "\n".join(_strings(review))
    found = []
    for sentence in (s.strip() for s in _SENTENCE.findall(re.sub(r"【[^】]*】", "", text))):
        for family, pattern in FAMILIES.items():
            match = pattern.search(sentence)
            if not match:
                continue
            if family == "tie" and _PROFILE_TIES.search(profile_text):
                continue
            if family == "state" and (
                match.group(1) not in profile_text
                or _met(match.group(1), profile_text, review_text)
            ):
                continue
            if family == "compound":
                if match.group(1) in profile_text:
                    continue
                if match.group(1) == "两个只增不减" and all(
                    p.search(profile_text) for p in _BOTH_PARTS
                ):
                    continue
            found.append((family, sentence))
    return found


def _spoken(path: Path, seed: int) -> str:
    from speechdraft.pipeline import build_draft

    data = yaml.safe_load(path.read_text("utf-8"))
    data["seed"] = seed
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / path.name
        copy.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
        return "\n".join(build_draft(copy).document.spoken_lines())


def _profiles(args: list[str]) -> list[Path]:
    paths: list[Path] = []
    for arg in args:
        path = Path(arg)
        paths.extend(sorted(path.rglob("*.yaml")) if path.is_dir() else [path])
    return paths


def render(args: list[str], show: int = 5) -> None:
    lines: Counter[str] = Counter()
    drafts: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    total = 0
    for path in _profiles(args):
        data = yaml.safe_load(path.read_text("utf-8"))
        if not isinstance(data, dict) or "kind" not in data:
            continue
        for seed in SEEDS:
            try:
                text = _spoken(path, seed)
            except Exception as error:  # a profile another tree rejects
                print(f"! {path.name} seed {seed}: {type(error).__name__}", file=sys.stderr)
                continue
            total += 1
            found = hits(text, data)
            for family, sentence in found:
                lines[family] += 1
                shown.setdefault(family, []).append(f"{path.name} s{seed}: {sentence}")
            for family in {f for f, _ in found}:
                drafts[family] += 1
    print(f"drafts {total}; lines {sum(lines.values())}")
    for family in FAMILIES:
        print(f"  {family}: {lines[family]} lines in {drafts[family]} drafts")
        for line in shown.get(family, [])[:show]:
            print(f"      {line}")


def bank() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from arrangements import wordings  # scripts/arrangements.py

    counts: Counter[str] = Counter()
    for where, text in wordings():
        for family, pattern in FAMILIES.items():
            if family == "state":
                hit = bool(re.search(r"(?:稳定|巩固|保持)在?□", text))
            else:
                hit = bool(pattern.search(text))
            if hit:
                counts[family] += 1
                print(f"{family}\t{where}\t{text}")
    print(dict(counts))


if __name__ == "__main__":
    if sys.argv[1:2] == ["bank"]:
        bank()
    elif sys.argv[1:2] == ["render"]:
        render(sys.argv[2:])
    else:
        print(__doc__)
