"""A department's return pasted as a bare fact in a deployment part (branch facts26; round
an's R, G and S on point lines): counts, per draft, the lines that carry a clerk's point
(a run of six characters or more from a point of ``priorities`` or ``safeguards``) and say
it as the return wrote it.

    python scripts/bare_returns.py [FOLDER …] [-v] [--own | --seeds N]

Renders the profiles of the repository (profiles/, docs/review/*/profiles, examples/ and the
tests' fixture profiles; or the folders given) whose points carry a return's marker (已, 正在,
拟, 计划, 剩余, 在建 or a bracket with a figure: ``--all`` renders every one) at seeds 1..3 with
the tree on PYTHONPATH, on two processes. A profile with no such point has no point line that
can be counted here, and facts26's code leaves its points as main says them (return_said
returns None without a marker). Counts with word lists of this script's own (one ruler for
main and a branch):

- ``bare start``: the line (after 一是/（一）) opens with 已/正在/拟/计划 — a report with no
  subject (已完成城北小学选址，计划9月前开工);
- ``fact ordered``: 要 inside a fact (已要由…, 已…要…) or an order glued to a present state
  by a comma (各市州要建立…，已建成9个…);
- ``state only``: a present state (已…/正在…) said with nothing asked after it in its
  sentence (省人社厅已拟定…实施方案。: no 要/将/确保/抓紧/加快…);
- ``bracket``: a bracket with a figure copied from the return (（2031年通报2起）,
  （已完成76%）); the draft's own marks (【待补…】) and （市、区） are not brackets here.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import detector_runs
import yaml
from detector_runs import ROOT, run_detector

KEYS = ("bare start", "fact ordered", "bracket", "state only")

_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_ORDINAL = re.compile(
    r"^(?:[一二三四五六七八九十]+是|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)"
)
_BARE = re.compile(r"^(?:已经|已于|已|正在|拟于|拟|计划)")
_FACT_ORDERED = re.compile(
    r"已(?:经)?[^，；。要]{0,3}要(?!求)|要[^，；。]{2,40}，(?:目前)?(?:已经|已|在建|正在)"
)
_STATE = re.compile(r"(?:已经|已|正在)(?!要)")
_ASKED = re.compile(r"要|将|确保|抓紧|加快|力争|推动|推进|争取")
_MARK = re.compile(r"【[^】]*】")
_BRACKET = re.compile(r"[（(](?!\d{4}[—－-]+\d{4}年[）)])[^（）()]*\d[^（）()]*[）)]")
_TITLE = re.compile(r"《[^》]*》")
_RUN = 6


def _points(data: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for key in ("priorities", "safeguards"):
        for part in data.get(key) or []:
            if isinstance(part, dict):
                found.extend(str(p) for p in part.get("points") or [] if p)
    return found


def _runs(points: list[str]) -> set[str]:
    runs: set[str] = set()
    for point in points:
        text = re.sub(r"[，,；;。、（）()\s]", "", point)
        runs.update(text[i : i + _RUN] for i in range(len(text) - _RUN + 1))
    return runs


def _carries_point(line: str, runs: set[str]) -> bool:
    text = re.sub(r"[，,；;。、（）()\s]", "", line)
    return any(text[i : i + _RUN] in runs for i in range(len(text) - _RUN + 1))


def check(text: str, data: dict[str, Any]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {key: [] for key in KEYS}
    runs = _runs(_points(data))
    if not runs:
        return {}
    for line in text.splitlines():
        for sentence in _SENTENCE.findall(line.strip()):
            for clause in re.split(r"；", sentence):
                clause = _ORDINAL.sub("", clause.strip())
                if not clause or not _carries_point(clause, runs):
                    continue
                if _BARE.match(clause):
                    found["bare start"].append(clause)
                if _FACT_ORDERED.search(clause):
                    found["fact ordered"].append(clause)
                if _STATE.search(clause) and not _ASKED.search(sentence):
                    found["state only"].append(clause)
                if _BRACKET.search(_TITLE.sub("", _MARK.sub("", clause))):
                    found["bracket"].append(clause)
    return {key: hits for key, hits in found.items() if hits}


_MARKED = re.compile(r"已|正在|拟|计划|剩余|在建|[（(][^（）()]*\d")


def _marked(path: Path) -> bool:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return False
    return isinstance(data, dict) and any(_MARKED.search(p) for p in _points(data))


def _all_profiles(folders: list[Path] | None = None) -> Iterator[Path]:
    """The repository's profiles once each (by content), those with a return's marker."""
    if folders:
        found: Iterable[Path] = (p for f in folders for p in sorted(f.glob("*.yaml")))
    else:
        found = [
            *sorted((ROOT / "profiles").glob("*.yaml")),
            *sorted((ROOT / "examples").glob("*.yaml")),
            *sorted((ROOT / "tests").rglob("*.yaml")),
            *sorted((ROOT / "docs" / "review").glob("*/profiles/*.yaml")),
        ]
    seen: set[bytes] = set()
    for path in found:
        text = path.read_bytes()
        if text in seen or ("--all" not in sys.argv and not _marked(path)):
            continue
        seen.add(text)
        yield path


if __name__ == "__main__":
    detector_runs.profiles = _all_profiles
    run_detector(check, KEYS, total=True)
