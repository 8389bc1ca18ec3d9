"""Counts the register and grammar families of round ad's R and G (tests/register_support.py)
in every bank wording and in every profile of the repository rendered at seeds 1–3.

    python scripts/register_lines.py               # the bank, then every profile, seeds 1–3
    python scripts/register_lines.py --bank        # the bank only
    python scripts/register_lines.py FOLDER… [-v]  # other folders; -v lists every hit

PYTHONPATH=<tree>/src measures another tree with the same ruler.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from multiprocessing import Pool
from pathlib import Path

import yaml
from detector_runs import draft_findings, profiles, tally

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from register_support import KEYS, line_findings, voice_lines  # noqa: E402

SEEDS = (1, 2, 3)
_NORM = re.compile(r"\{\{\s*norm\(\s*['\"]([a-z_0-9]+)['\"][^}]*\}\}")
_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)


def bank_texts() -> list[str]:
    """Every string of templates/phrases, a norm() call put as its rule's words."""
    rules = {
        r["id"]: r["text"]
        for r in yaml.safe_load((ROOT / "templates/norms/rules.yaml").read_text("utf-8"))
    }
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            text = _NORM.sub(lambda m: rules.get(m[1], "X"), node)
            found.append(_CODE.sub("X", text))
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted((ROOT / "templates" / "phrases").rglob("*.yaml")):
        walk(yaml.safe_load(path.read_text("utf-8")))
    return found


def bank_counts(show: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in bank_texts():
        for sentence in re.findall(r"[^。！？]*[。！？]|[^。！？]+$", text):
            for key in line_findings(sentence):
                counts[key] += 1
                if show:
                    print(f"bank\t{key}\t{sentence}")
    return counts


def _one(job: tuple[Path, int | None]) -> tuple[str, dict[str, list[str]], int]:
    return draft_findings(job, lambda text, data: voice_lines(text))


def main() -> None:
    show = "-v" in sys.argv
    counts = bank_counts(show)
    print("bank wordings:", sum(counts.values()), dict(counts))
    if "--bank" in sys.argv:
        return
    folders = [Path(a).resolve() for a in sys.argv[1:] if not a.startswith("-")]
    jobs = [(path, seed) for path in profiles(folders or None) for seed in SEEDS]
    with Pool(2) as pool:
        rendered, lines, drafts = tally(pool.imap(_one, jobs, chunksize=8), show)
    print(f"{rendered} drafts")
    for key in KEYS:
        print(f"{key}\t{lines[key]} lines\t{drafts[key]} drafts")
    print(f"all\t{sum(lines.values())} lines")


if __name__ == "__main__":
    main()
