"""Every clerk's point in the repository's profiles (profiles/, examples, tests' fixtures,
docs/review/*/profiles: every YAML file with a ``points`` list), said by weave's charge_pieces
as a school-side speaker and as a bureau, and counted by the defects round ak's readers
labelled R and G on points (point23):

- **fragment**: the point pasted, not said (校长教师要交流轮岗; 要对…的，在…中实行…);
- **rule as written**: a checklist case and its rule with no comma (…不合格的实行“一票否决”),
  counted apart: the existing tests keep a rule as the clerk wrote it;
- **inversion**: the object before its verb (全旗各学校国家统编教材要全面使用, …时机要抓住);
- **missing subject**: a time read as the object (要对开学第一周逐户核查), 确保 over a deed
  with no subject (要确保转变作风，…);
- **mixed list**: items of one list said in two forms (乡干部要包村、村干部包户: 要 on the first
  pair only; 要确保A包X、B包Y).

    python scripts/point_speech.py            # the counts, and each sentence found
    python scripts/point_speech.py --counts   # the counts only
    python scripts/point_speech.py --drafts   # teachers_day drafts × seeds 1–3: mixed lists

Run with PYTHONPATH at two trees to compare.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from point_place_scan import points

from speechdraft.compose.weave import charge_pieces

_SCHOOLS = (
    r"(?:各|全[省市州盟县区旗镇]|所有|每所)[^，；。要]{0,6}?(?:学校|中小学|中小学校|幼儿园|高校)"
)
DEFECTS: dict[str, re.Pattern[str]] = {
    "fragment": re.compile(
        r"^[^，；]{1,8}要(?:交流轮岗|轮岗交流|县管校聘|走教)$|^(?:要|我们将)对(?!照)[^，；]{2,24}的，"
    ),
    # a case and its rule with no comma (…不合格的实行“一票否决”): counted, not changed — the
    # existing tests keep a rule as the clerk wrote it (test_weave_points, PointForm.RULE)
    "rule_as_written": re.compile(
        r"^(?!对)[^，；。要“”]{3,24}?的(?:实行|一律|严禁|不得|禁止|取消|暂停|不予|责令)"
    ),
    "inversion": re.compile(
        r"^"
        + _SCHOOLS
        + r"[^，；。要]{2,12}要(?:全面|严格|认真|切实|统一)?(?:使用|开设|执行|推行)$"
        r"|(?:时机|机遇)要(?:抓住|用好)"
    ),
    "missing_subject": re.compile(
        r"^(?:要|我们将)对(?:每学期|每学年)?(?:开学|放假|期末|期中|寒假|暑假|寒暑假|节假日)"
        r"|^(?:要|我们将)做好(?:每学期|每学年)?(?:开学|放假|期末|期中|寒假|暑假|寒暑假|节假日)"
        r"[^，；]{0,6}?(?:集中|开展|组织|进行|完成)"
        r"|^(?:要|我们将)确保(?:转变|克服)"
    ),
    "mixed_list": re.compile(
        r"^[^，；要]{1,6}要包[^，；、]{1,3}、[^，；要]{1,6}包"
        r"|^(?:要|我们将)(?:确保|做好)[^，；]{1,6}包[^，；、]{1,3}、"
    ),
}


def main() -> None:
    found: dict[str, list[str]] = {name: [] for name in DEFECTS}
    every = points()
    for point in every:
        for bureau in (False, True):
            said = "".join(charge_pieces(point, bureau))
            for name, pattern in DEFECTS.items():
                if pattern.search(said):
                    found[name].append(("bureau  " if bureau else "school  ") + said)
    if "--counts" not in sys.argv:
        for name, lines in found.items():
            print(f"== {name}")
            print("\n".join(lines))
    total = sum(len(lines) for lines in found.values())
    counts = ", ".join(f"{name} {len(lines)}" for name, lines in found.items())
    print(f"points {len(every)}, sentences {2 * len(every)}: {counts}; total {total}")


_ITEM = re.compile(r"^([一二三四五六七八九十])是")


def list_heads(lines: list[str]) -> list[list[str]]:
    """The 一是/二是… runs of a draft's spoken lines, each as its items' heads (the words to
    the first 。), the lists of figures (an achievement's 212名) left out."""
    runs: list[list[str]] = []
    for line in lines:
        found = _ITEM.match(line)
        if not found:
            continue
        head = line[found.end() :].split("。", 1)[0]
        if found[1] == "一" or not runs:
            runs.append([])
        runs[-1].append(head)
    return [run for run in runs if len(run) > 1 and not any(re.search(r"\d", h) for h in run)]


def mixed(run: list[str]) -> bool:
    """A list whose heads are of two forms: one clause and two (做学生成长的引路人 among
    涵养高尚师德，做学生可亲可敬的榜样)."""
    return len({"，" in head for head in run}) > 1


def drafts(seeds: tuple[int, ...] = (1, 2, 3)) -> None:
    """Every teachers_day profile of the repository × ``seeds``: its hope lists, and how many
    mix the two forms."""
    from point_place_scan import ROOT

    from speechdraft.pipeline import build_draft

    seen: set[str] = set()
    lists = bad = 0
    for path in sorted(ROOT.glob("**/*.yaml")):
        if ".git" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        if not re.search(r"^kind:\s*teachers_day\s*$", text, re.M) or text in seen:
            continue
        seen.add(text)
        for seed in seeds:
            try:
                lines = build_draft(path, seed=seed).document.spoken_lines()
            except Exception:  # a fixture made to fail (tests' broken profiles)
                continue
            for run in list_heads(lines):
                lists += 1
                if mixed(run):
                    bad += 1
                    print(f"{path.relative_to(ROOT)} s{seed}: {' / '.join(run)}")
    print(f"teachers_day profiles {len(seen)}, lists {lists}, mixed {bad}")


if __name__ == "__main__" and "--drafts" in sys.argv:
    drafts()
elif __name__ == "__main__":
    main()
