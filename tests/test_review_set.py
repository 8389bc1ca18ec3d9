"""scripts/review_set.py: at least 27 drafts of every kind and level, 2016–2035, one
sentence per line, for a reader who has not seen the phrase bank."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def load_script():
    spec = importlib.util.spec_from_file_location("review_set", ROOT / "scripts" / "review_set.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_review_profiles_cover_kinds_levels_years_and_richness() -> None:
    profiles = [
        yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in sorted((ROOT / "docs" / "review" / "profiles").glob("*.yaml"))
    ]
    assert len(profiles) >= 27
    assert len({p["kind"] for p in profiles}) == 7
    assert len({p["region"]["level"] for p in profiles}) == 9
    years = {int(str(p["meeting"]["date"])[:4]) for p in profiles}
    assert min(years) == 2016 and max(years) == 2035 and len(years) >= 15
    rich = [p for p in profiles if p.get("priorities")]
    assert 8 <= len(rich) <= len(profiles) - 8


def test_review_set_writes_one_sentence_per_line(tmp_path: Path) -> None:
    script = load_script()
    assert script.main([str(tmp_path)]) == 0
    files = sorted(tmp_path.glob("*.txt"))
    assert len(files) >= 27
    for path in files:
        lines = path.read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# 稿件：") and "建议" in lines[2]
        body = [line for line in lines[4:] if line]
        assert len(body) > 25, path.name
        for line in body:
            # a sentence ends once: no 。 inside a line except before a closing quote
            assert len(re.findall(r"[。！？](?![”’）」』。！？]|$)", line)) == 0, (path.name, line)
    # refuses to overwrite without --force (exit code 2)
    assert script.main([str(tmp_path)]) == 2


def test_sentence_splitter_keeps_quotes_with_their_sentence() -> None:
    script = load_script()
    assert script.sentences("要抓好“双减”。老师说：“好！”然后走了。") == [
        "要抓好“双减”。",
        "老师说：“好！”",
        "然后走了。",
    ]
