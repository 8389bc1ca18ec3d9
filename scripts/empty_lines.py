"""Counts, in rendered drafts, general sentences with nothing to refer to (issue 11's E;
round af, where the length units of length16 were struck as filler).

    python scripts/empty_lines.py               # every profile of the repository, seeds 1–3
    python scripts/empty_lines.py FOLDER… [-v]  # other folders; -v lists every hit
    python scripts/empty_lines.py --bank        # the bank's wordings that hold an empty shape

The empty shapes are data: the ``referent`` entries of ``templates/norms/named.yaml`` (read
here from this script's own tree, so a run with another tree's package on PYTHONPATH counts
the same shapes), each with the profile words that give it a referent (班子 for 班子成员要
分工不分家, 改革 for 推进改革类的任务…) or none (认清形势，是为了更好地谋划工作: empty
wherever it stands). A hit is a sentence of the draft holding a shape whose referent the
profile's own text (all it says but the speaker's and region's names) does not give.

Two checks of fit, as word lists here (the bank's ``roles`` and ``kinds`` tags answer them):
- ``off_speaker``: 督学培训 said by anyone but a bureau's or a school's head (round af: a
  市委书记 at a leading-group meeting);
- ``off_occasion``: 非遗传承人…进课堂 at a teachers' day, 资金落实、项目进度 as the 督导's
  focus at a school opening or a teachers' day; round ah's (pad19): a work meeting's assessment
  (心服口服, 不再让基层另外填报) at a safety meeting, a bureau's pledges on the year's tasks
  (制约发展的重大问题, 一件一件抓落实) at a themed meeting, 民办园、无证园、收费 and the bureau's
  epidemic checks at a teachers' day, the schools' care of new buildings at a leading group.

``--read DIR`` counts the texts ``stock_lines.py --texts DIR`` kept (another tree's drafts)
instead of rendering.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import yaml
from detector_runs import ROOT, profiles, run_detector, tally

SEEDS = (1, 2, 3)
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")


def _table() -> list[dict[str, Any]]:
    entries = yaml.safe_load((ROOT / "templates" / "norms" / "named.yaml").read_text("utf-8"))
    return [e for e in entries if e["kind"] == "referent"]


def _joined(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


SHAPES = [
    (e["id"], _joined(e["forms"]), _joined(e.get("named_by") or e["forms"])) for e in _table()
]
# (check, sentence pattern, what in the profile makes it misplaced)
_BUREAU = re.compile(r"教育(?:局|厅|体育局)(?:党[组委])?[^，、]{0,6}(?:局长|厅长|书记)|校长")
OFF_SPEAKER = [("off_speaker", re.compile(r"督学培训"), _BUREAU)]
OFF_OCCASION = [
    ("off_occasion", re.compile(r"非遗传承人"), {"teachers_day"}),
    (
        "off_occasion",
        re.compile(r"资金落实、项目进度|资金到位、项目推进"),
        {"school_opening", "teachers_day"},
    ),
    # round ah's E (pad19): a work meeting's assessment at a safety meeting, a bureau's pledges
    # on the year's tasks at a themed meeting, 民办园、无证园、收费 and the bureau's epidemic
    # checks at a teachers' day, the schools' care of new buildings at a leading group
    (
        "off_occasion",
        re.compile(r"心服口服|不再让基层另外填报|压减台账报表|知道差距所在|指出差距、分析原因"),
        {"safety"},
    ),
    (
        "off_occasion",
        re.compile(r"制约发展的重大|一件一件抓落实|部署的(?:各项)?任务，我们将"),
        {"safety", "teachers_day", "school_opening"},
    ),
    (
        "off_occasion",
        re.compile(r"无证园|无证办园|民办园|幼儿园收费|防控措施落得实不实|逐校查看健康监测"),
        {"teachers_day"},
    ),
    (
        "off_occasion",
        re.compile(r"新校舍、新设备|新建校舍和设备|发挥领导小组作用"),
        {"leading_group"},
    ),
]
KEYS = ["empty_" + s[0] for s in SHAPES] + ["off_speaker", "off_occasion"]


def profile_text(data: dict[str, Any]) -> str:
    """All the clerk wrote but the speaker's and region's own names."""
    kept = {k: v for k, v in data.items() if k not in ("speaker", "region", "kind", "seed")}
    return yaml.safe_dump(kept, allow_unicode=True)


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    written = profile_text(data)
    title = str((data.get("speaker") or {}).get("title", ""))
    kind = str(data.get("kind", ""))
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        for sentence in _SENTENCE.findall(line):
            for key, shape, referent in SHAPES:
                if shape.search(sentence) and not referent.search(written):
                    found.setdefault("empty_" + key, []).append(sentence.strip())
            for key, pattern, bureau in OFF_SPEAKER:
                if pattern.search(sentence) and not bureau.search(title):
                    found.setdefault(key, []).append(f"{title}：{sentence.strip()}")
            for key, pattern, kinds in OFF_OCCASION:
                if pattern.search(sentence) and kind in kinds:
                    found.setdefault(key, []).append(f"{kind}：{sentence.strip()}")
    return found


def bank() -> None:
    """The bank's wordings holding a shape: those with a referent are said only where the
    profile gives it (the composer reads the same table); those without should be none."""
    for path in sorted((ROOT / "templates" / "phrases").rglob("*.yaml")):
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.lstrip().startswith("#"):
                continue
            for key, shape, referent in SHAPES:
                if shape.search(line):
                    gated = referent.pattern != shape.pattern
                    where = f"{path.relative_to(ROOT)}:{number}"
                    print(f"{key}\t{'referent' if gated else 'EMPTY'}\t{where}\t{line.strip()}")


def read_kept(folder: Path) -> None:
    """The checks on the texts ``stock_lines.py --texts`` kept (one file a profile and seed)."""
    show = "-v" in sys.argv
    results = []
    for path in profiles():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for seed in SEEDS:
            name = f"{path.parent.parent.name}-{path.stem}#{seed}"
            kept = folder / f"{name}.txt"
            text = kept.read_text(encoding="utf-8") if kept.exists() else ""
            results.append((name, check(text, data) if text else {}, int(bool(text))))
    rendered, lines, drafts = tally(results, show)
    print(f"{rendered} drafts")
    for key in KEYS:
        print(f"{key}: {lines[key]} lines in {drafts[key]} drafts")
    print(f"total: {sum(lines[key] for key in KEYS)} lines")


def main() -> None:
    if "--bank" in sys.argv:
        bank()
        return
    if "--read" in sys.argv:
        read_kept(Path(sys.argv[sys.argv.index("--read") + 1]))
        return
    run_detector(check, KEYS, SEEDS, total=True)


if __name__ == "__main__":
    main()
