"""The frames a clerk's points are said in (branch frames25; round am's G, R and D on point
lines): counts, per draft, how often each frame is used and where it does not fit the point.

    python scripts/frame_budget.py [--seeds 3] [--show] [FOLDER …]
    python scripts/frame_budget.py --texts DIR [--show]    # drafts lead_frames.py --dump wrote

Renders every profile of the repository (profiles/ and docs/review/*/profiles, each text once;
or the folders given) at seeds 1..N with the tree on PYTHONPATH, or reads dumped drafts, and
counts with word lists of this script's own (one ruler for main and a branch):

- ``frame again``: an enumerating frame (…抓好N件事, 有N件事要抓紧, 落到具体工作上…, 在具体措施
  上…, …N项工作) used a second time or more in one draft (each use after the first);
- ``frame first``: a 一是…二是… list of points under a lead (…抓好N件事：一是…, not a list of
  targets) as the first sentence of a section or a safeguard (right after a heading: nothing
  before it to go on from);
- ``stamped``: a point frame (要确保/要抓好/要推动/要做好 opening a sentence) a third time or
  more in one draft (each use after the second);
- ``sure of deed``: 要确保 before a deed with its own verb and no result (要确保…开展订单式
  培养), before a fact (要确保已完成…, 要确保正在推进…, 要确保计划新建…) or before a bare
  noun of a deed (要确保放假前一堂交通安全课, 要确保致家长一封信);
- ``grab verb``: 要抓好 before a verb phrase (要抓好丰富课后服务内容, 要抓好…各司其职) or a
  hazard with no work after it (要抓好防溺冰、防煤气中毒);
- ``push verb``: 推动…落实到位 round what is no policy, rule or fund (要推动班主任津贴提高落实
  到位, 要推动000个落实到位);
- ``doubled modal``: 要 + 要/必须/务必 in one clause, 确保…确保.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable
from multiprocessing import Pool
from pathlib import Path

from detector_runs import print_tally, speaking_lines

KEYS = (
    "frame again",
    "frame first",
    "stamped",
    "sure of deed",
    "grab verb",
    "push verb",
    "doubled modal",
)

_NUM = "[两三四五六七八九十几]"
# an enumerating frame and its family (the count left out)
_ENUMERATING = (
    ("抓好N件事", re.compile(rf"抓好{_NUM}件事")),
    ("做好N件事", re.compile(rf"做好{_NUM}件事")),
    ("办好N件事", re.compile(rf"办好{_NUM}件事")),
    ("有N件事要抓紧", re.compile(rf"有{_NUM}件事要抓紧")),
    ("N项工作", re.compile(rf"(?:抓好|推进|做好){_NUM}项工作")),
    ("落到具体工作上", re.compile(r"落到具体工作上")),
    ("在具体措施上", re.compile(r"在具体措施上")),
)
# a list of points under a lead (not a list of targets: 目标是：一是…)
_LISTED = re.compile(r"^(?![^：]*目标)[^。；：]{0,30}：一是")
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")
_STAMP = re.compile(r"^(?:[一二三四五六七八九十]是)?要(确保|抓好|推动|做好)")

# the detector's own words
_DEED_VERB = (
    r"开展|推进|组织|举办|召开|建立|实施|落实|发放|印发|出台|制定|完成|启动|负责|提供|设立|"
    r"培训|招聘|补充|改造|新建|建设|排查|检查|签订|配备|上好|讲好|讲|上|发|报送|报|派驻|"
    r"与[^，；]{1,12}开展"
)
_FACT = re.compile(r"^(?:已经|已|正在|计划|拟|将|目前|现有|共有)")
_RESULT = re.compile(
    r"到位|达到|达标|实现|全覆盖|覆盖|不出现|不发生|零|100%|全部|均|都|按期|如期|按时|足额|"
    r"不低于|不少于|控制在|上岗|安全(?!课|教育|检查|管理|排查|演练|培训|宣传)|稳定|有序|畅通|到岗|到校|在岗|投用|投入使用|交付|竣工|完工|"
    r"落实|落地|正常|及时|人手一|签收|全员|应[^，；]{1,4}尽"
)
_SURE = re.compile(r"要确保(?P<x>[^，。；]{2,40})")
_BARE_DEED_NOUN = re.compile(r"(?:一堂[^，；]{0,10}课|一封信|回执|主题班会|家长会)$")
_GRAB = re.compile(r"要抓好(?P<x>[^，。；]{2,40})")
_GRAB_VERB = re.compile(
    r"^(?:丰富|提高|提升|加强|推进|推动|落实|开展|组织|建立|健全|完善|严格|扩大|规范|强化|"
    r"优化|深化|发放|实施|增加|减少|降低|改善|确保|做好|抓好)"
)
_GRAB_CLAUSE = re.compile(r"各司其职|讲[^，；]{2,8}$|防[^、，；]{1,8}$")
_PUSH = re.compile(r"推动(?P<x>[^，。；]{1,40}?)落实到位")
_POLICY = re.compile(
    r"(?:政策|制度|要求|规定|机制|措施|标准|办法|责任|责任制|待遇|补助|补贴|津贴|经费|资金|"
    r"工资|部署|任务|方案|计划|意见|精神|”|》)$"
)
_MODAL_TWICE = re.compile(r"(?<![重需主只必纲摘紧首])要(?:要|必须|务必)|确保[^，。；]{0,20}确保")


def _sure_of_deed(x: str) -> bool:
    if _FACT.match(x) or _BARE_DEED_NOUN.search(x):
        return True
    if _RESULT.search(x):
        return False
    return bool(re.search(_DEED_VERB, x[:16]))


def _fits(line: str, found: dict[str, list[str]]) -> None:
    """The frame + point mismatches of one sentence, clause by clause."""
    for clause in re.split(r"[；：]", line):
        sure = _SURE.search(clause)
        if sure and _sure_of_deed(sure["x"]):
            found["sure of deed"].append(line)
        grab = _GRAB.search(clause)
        if grab and (_GRAB_VERB.match(grab["x"]) or _GRAB_CLAUSE.search(grab["x"])):
            found["grab verb"].append(line)
        push = _PUSH.search(clause)
        if push and not _POLICY.search(push["x"]):
            found["push verb"].append(line)
        if _MODAL_TWICE.search(clause):
            found["doubled modal"].append(line)


def check(text: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {key: [] for key in KEYS}
    families: Counter[str] = Counter()
    stamps: Counter[str] = Counter()
    after_heading = False
    for heading, line in speaking_lines(text):
        if heading:
            after_heading = True
            continue
        for name, pattern in _ENUMERATING:
            if pattern.search(line):
                families[name] += 1
                if families[name] > 1:
                    found["frame again"].append(line)
        if after_heading and _LISTED.match(line):
            found["frame first"].append(line)
        after_heading = False
        stamp = _STAMP.match(line)
        if stamp:
            stamps[stamp[1]] += 1
            if stamps[stamp[1]] > 2:
                found["stamped"].append(line)
        _fits(line, found)
    return {key: hits for key, hits in found.items() if hits}


def _one(job: tuple[Path, int]) -> tuple[str, dict[str, list[str]], int]:
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.text import to_text

    path, seed = job
    name = f"{path.parent.parent.name}-{path.stem}#{seed}"
    try:
        draft = build_draft(path, seed=seed)
    except Exception:  # a review's profile the current schema refuses: not counted
        return name, {}, 0
    return name, check(to_text(draft.document)), 1


def main() -> None:
    from lead_frames import _profiles

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--seeds", type=int, default=3)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--texts", default="", help="count the drafts a --dump wrote instead")
    args = parser.parse_args()
    if args.texts:
        paths = sorted(Path(args.texts).glob("*.txt"))
        _count(((p.stem, check(p.read_text(encoding="utf-8")), 1) for p in paths), args.show)
        return
    jobs = [(p, s) for p in _profiles(args.folders) for s in range(1, args.seeds + 1)]
    with Pool(2) as pool:
        _count(pool.imap(_one, jobs, chunksize=8), args.show)


def _count(results: Iterable[tuple[str, dict[str, list[str]], int]], show: bool) -> None:
    print_tally(results, KEYS, show, total=True)


if __name__ == "__main__":
    main()
