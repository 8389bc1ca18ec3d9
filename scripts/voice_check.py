"""Counts round ab's voice families (tests/voice_support.py) in the phrase bank and in drafts.

    python scripts/voice_check.py --bank          # bank wordings a voice may say that a rule finds
    python scripts/voice_check.py                 # every profile of the repository × seeds 1–3
    python scripts/voice_check.py --list          # … with every sentence found
    python scripts/voice_check.py --jobs 2

Bank: every wording of every unit (areas, safeguards, frames), for each speaker role and level
its tags allow, with {{ w.edu }} said as that level's bureau and other code blanked; a wording
counts when a rule finds it and the bank would let that voice say it (phrasebank.sayable, the
situations its words presuppose at a level, a named licence). Drafts: every profile in
profiles/ and docs/review/*/profiles at seeds 1–3, read with the profile's own texts.
Run at another tree with PYTHONPATH=OTHER/src (the detector is this tree's).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from voice_support import Voice, bank_findings, findings  # noqa: E402

SEEDS = (1, 2, 3)


def bank(listing: bool) -> None:
    found, wordings = bank_findings()
    counts = Counter(family for family, _ in found)
    print(f"措辞 {wordings} 条；检出可讲的 {len(found)} 条")
    for family, n in counts.most_common():
        print(f"  {n:5d}  {family}")
    if listing:
        for (family, text), voices in sorted(found.items()):
            print(f"{family}\t{text}\t{' '.join(sorted(voices)[:4])}")


def profiles() -> list[Path]:
    return (
        sorted(ROOT.glob("profiles/*.yaml"))
        + sorted(ROOT.glob("docs/review/*/profiles/*.yaml"))
        + sorted(ROOT.glob("docs/review/profiles/*.yaml"))
    )


def check(path: Path) -> list[tuple[str, str, str]]:
    from speechdraft.pipeline import build_draft
    from speechdraft.situation import strings_in

    out = []
    for seed in SEEDS:
        try:
            draft = build_draft(path, seed=seed)
        except Exception as error:  # a profile of an older round may no longer load
            out.append(("(not rendered)", path.name, str(error)[:80]))
            break
        profile = draft.loaded.profile
        written = {k: v for k, v in vars(profile).items() if k not in ("speaker", "region", "kind")}
        voice = Voice(
            role=draft.context.role,
            level=profile.region.level,
            texts="\n".join(strings_in(written)),
            superiors_given=bool(profile.region.superiors),
            heads_leadership=not re.search(r"副(?:局长|厅长|校长|主任)", profile.speaker.title),
        )
        text = "\n".join(draft.document.spoken_lines())
        out += [
            (family, f"{path.parent.parent.name}/{path.name}#{seed}", s)
            for family, s in findings(text, voice)
        ]
    return out


def drafts(argv: list[str]) -> None:
    jobs = int(argv[argv.index("--jobs") + 1]) if "--jobs" in argv else 1
    paths = profiles()
    with ProcessPoolExecutor(jobs) as pool:
        results = [f for found in pool.map(check, paths, chunksize=8) for f in found]
    counts = Counter(family for family, _, _ in results)
    where = {w for family, w, _ in results if family != "(not rendered)"}
    lines = sum(counts.values()) - counts["(not rendered)"]
    print(f"{len(paths)} 份档案 × {len(SEEDS)} 个种子；检出的稿子 {len(where)} 篇，句子 {lines} 句")
    for family, n in counts.most_common():
        print(f"  {n:5d}  {family}")
    if "--list" in argv:
        for family, w, sentence in sorted(results):
            print(f"{family}\t{w}\t{sentence}")


if __name__ == "__main__":
    if "--bank" in sys.argv:
        bank("--list" in sys.argv)
    else:
        drafts(sys.argv[1:])
