"""Counts, in rendered drafts, a clerk's words said in a clause that does not carry them
(issue 11's G and R; round aj's readers; branches paste20 and paste21).

    python scripts/clause_lines.py                    # profiles/ and rounds ag–aj, seed 1
    python scripts/clause_lines.py --seeds 1,2,3 FOLDER…  # other folders and seeds; -v lists hits

Profiles are read once each (the paired rounds hold each profile twice). The checks use the
detector's own word lists, not the composer's:
- ``lead_plan``: a charge lead glued to a plan figure, 要 and 计划 in one sentence
  (要化解大班额，今年全市标准班额达标率计划达到95%); not a rate's own lead over a clause with
  no subject (要提高X率，今年全州计划达到98.8%);
- ``pasted_indicator``: a count of people named by what they take part in, read out as an
  indicator (全省县管校聘交流轮岗教师计划达到2.1万名);
- ``slogan_title``: the clerk's task title said alone as a sentence (要缓解城北片区入学压力。);
- ``bare_heading``: a heading that is the clerk's noun phrase as typed, a building verb used of a
  thing and the work on it (（一）新建校舍消防验收);
- ``pasted_clause``, ``actor_as_object``, ``verbless_noun``: paste20's shapes (要推动…后，…;
  要对…负责同志…; 要…台账。).
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from speechdraft.pipeline import build_draft
from speechdraft.writers.text import to_text

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = ("2026-12-01ag", "2026-12-01ah", "2026-12-01ai", "2026-12-01aj")
FOLDERS = (ROOT / "profiles", *(ROOT / "docs" / "review" / r / "profiles" for r in ROUNDS))

_LEAD_PLAN = re.compile(
    r"(?:^|[。；：])要[^，。；：]{2,16}，[^。；]{0,20}计划(?:达到|新|完成|落实|投入|开展)"
)
# the lead names the rate the clause reaches, no subject of its own (要提高X，今年全州计划达到…)
_RATE_LEAD = re.compile(r"要提高[^，。；]+率，(?:今年|全年|年内)?(?:全[^，。；计]{1,3})?计划达到")
_PASTED = re.compile(r"(?:交流轮岗|轮岗交流|支教|跟岗|轮训)(?:教师|校长|干部)(?:计划)?达到")
_BARE_HEAD = re.compile(
    r"^（[一二三四五六七八九十]+）(?:新建|改建|扩建|改扩建|在建|新增|新入职)[^，]{1,10}"
    r"(?:验收|管理|安全|检查|鉴定|维护|使用|评估|培训)$"
)
_PASTED_CLAUSE = re.compile(
    r"要(?:推动|做好|确保|抓好)?[^，。；要]{2,14}(?:后|完成后)，[^。；要]{4,}。"
)
_ACTOR_OBJECT = re.compile(
    r"要对[^，。；]{2,16}(?:负责同志|分管领导|校长|书记|局长)[^，。；的]{2,}"
)
_VERBLESS = re.compile(
    r"(?:^|[。；])要(?!建立|做好|落实|健全|完善)[^，。；要对]{2,14}(?:台账|登记|名册)。"
)


def titles(profile: Path) -> list[str]:
    data = yaml.safe_load(profile.read_text(encoding="utf-8")) or {}
    found = []
    for key in ("priorities", "safeguards"):
        for item in data.get(key) or []:
            if isinstance(item, dict) and item.get("title"):
                found.append(str(item["title"]))
    return found


def check(text: str, own_titles: list[str]) -> Counter[str]:
    hits: Counter[str] = Counter()
    for line in text.splitlines():
        line = line.strip().replace("\u3000", "")
        if _BARE_HEAD.match(line):
            hits["bare_heading"] += 1
        for sentence in re.findall(r"[^。]*。", line):
            for key, pattern in (
                ("lead_plan", _LEAD_PLAN),
                ("pasted_indicator", _PASTED),
                ("pasted_clause", _PASTED_CLAUSE),
                ("actor_as_object", _ACTOR_OBJECT),
                ("verbless_noun", _VERBLESS),
            ):
                if pattern.search(sentence) and not (
                    key == "lead_plan" and _RATE_LEAD.search(sentence)
                ):
                    hits[key] += 1
            bare = re.sub(r"^[一二三四五六七八九十]是", "", sentence)
            if any(bare in (f"要{t}。", f"{t}。") for t in own_titles):
                hits["slogan_title"] += 1
    return hits


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    seeds = [1]
    args = [a for a in argv if a != "-v"]
    if "--seeds" in args:
        at = args.index("--seeds")
        seeds = [int(s) for s in args[at + 1].split(",")]
        del args[at : at + 2]
    folders = [Path(a) for a in args] or list(FOLDERS)
    seen: set[str] = set()
    total: Counter[str] = Counter()
    drafts: Counter[str] = Counter()
    count = 0
    for folder in folders:
        for profile in sorted(folder.glob("*.yaml")):
            digest = hashlib.sha256(profile.read_bytes()).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            own = titles(profile)
            for seed in seeds:
                text = to_text(build_draft(profile, seed=seed).document)
                hits = check(text, own)
                count += 1
                total.update(hits)
                drafts.update(hits.keys())
                if verbose and hits:
                    print(profile.name, seed, dict(hits))
    print(f"{count} drafts ({len(seen)} profiles × seeds {seeds})")
    for key in (
        "lead_plan",
        "pasted_indicator",
        "slogan_title",
        "bare_heading",
        "pasted_clause",
        "actor_as_object",
        "verbless_noun",
    ):
        print(f"{key:18} {total[key]:4} sentences in {drafts[key]:4} drafts")


if __name__ == "__main__":
    main(sys.argv[1:])
