"""Every clerk's point in the repository's profiles, said by weave's charge_pieces (as a
school-side speaker and as a bureau): prints each sentence and counts the ones with 要 where
no speaker puts it (paste22, round ak's G). Run with PYTHONPATH at two trees to compare.

    python scripts/point_place_scan.py [--list]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

from speechdraft.compose.weave import charge_pieces

ROOT = Path(__file__).resolve().parent.parent
# 要 where no speaker puts it: before a leading month (要组织4月份…), after 由X (由班主任要上),
# between a topic's first word and its noun (教师要培训经费), before a 对…的， case (要对…的，),
# 做好 over an actor and deed (要做好旗级领导包联…), 确保 over a bare 配备, a rule kept (要组织…不变)
BROKEN = re.compile(
    r"^(?:要|我们将)(?:组织|开展|做好|推动|确保)?\d{1,2}月份?(?![底前\d日中上下])|由[^，；。要]{0,7}[^，；。要需重主只必想]要|"
    r"^[^，；要]{1,6}要(?:[^，；要]{0,6}?)(?:经费|资金|补助|补贴)(?:按|由)|^(?:要|我们将)对[^，；]{2,24}的，|"
    r"做好[^，；]{0,4}(?:级领导|财政)[^，；]{0,2}(?:包联|慰问|走访)|确保[^，；]{2,20}(?:配备|配置)$|"
    r"^(?:要|我们将)(?!坚持)[^，；]{2,40}(?:不变|不动摇)$|^[^，；要]{0,6}(?:校长|教师)要交流轮岗"
)


def points() -> list[str]:
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "points" and isinstance(value, list):
                    found.update(v for v in value if isinstance(v, str))
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in sorted(ROOT.glob("**/*.yaml")):
        if ".git" in path.parts:
            continue
        try:
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
        except (yaml.YAMLError, UnicodeDecodeError):
            continue
    return sorted(found)


def main() -> None:
    said = []
    for point in points():
        for bureau in (False, True):
            said.append("".join(charge_pieces(point, bureau)))
    broken = [s for s in said if BROKEN.search(s)]
    if "--list" in sys.argv:
        print("\n".join(said))
    else:
        print("\n".join(broken))
    print(f"points {len(said) // 2}, sentences {len(said)}, broken {len(broken)}", file=sys.stderr)


def drafts(folders: list[str], seeds: tuple[int, ...] = (1, 2, 3)) -> None:
    """Each profile under ``folders`` (deduplicated by text) rendered with ``seeds``: the spoken
    lines BROKEN finds, and the count."""
    from speechdraft.pipeline import build_draft

    seen: set[str] = set()
    paths = []
    for folder in folders:
        for path in sorted((ROOT / folder).glob("**/*.yaml")):
            text = path.read_text(encoding="utf-8")
            if (text.startswith("kind:") or "\nkind:" in text) and text not in seen:
                seen.add(text)
                paths.append(path)
    total = broken = 0
    for path in paths:
        for seed in seeds:
            for line in build_draft(path, seed=seed).document.spoken_lines():
                total += 1
                if BROKEN.search(line):
                    broken += 1
                    print(f"{path.parent.parent.name}/{path.stem} s{seed}: {line}")
    print(
        f"profiles {len(paths)}, drafts {len(paths) * len(seeds)}, lines {total}, broken {broken}"
    )


if __name__ == "__main__" and "--drafts" in sys.argv:
    drafts([a for a in sys.argv[1:] if not a.startswith("--")])


if __name__ == "__main__" and "--drafts" not in sys.argv:
    main()
