"""A draft says an idea once (compose/restate.py): the readers' largest class of change was
the same thought coming back in other words a few paragraphs later."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from document_support import spoken_paragraphs
from speechdraft.compose.restate import (
    COMMON_PAIRS,
    IDEAS,
    Said,
    common_pairs,
    ideas_in,
    pairs_in,
)
from speechdraft.phrasebank import load_phrasebank
from speechdraft.pipeline import build_draft
from speechdraft.resources import builtin_templates_dir

_SENTENCE = re.compile(r"[^。！？]+[。！？]")


def test_an_idea_said_once_is_not_said_again() -> None:
    said = Said()
    said.add("各学校校长是校园安全的第一责任人，要亲自抓、负总责。")
    assert said.repeats("校长作为本校工作的第一责任人，要把任务落实到具体岗位。")
    assert not said.repeats("食堂要严格落实进货查验和索证索票制度。")


def test_a_figure_of_speech_is_said_once() -> None:
    said = Said()
    said.add("检验资助工作，要看困难学生是否真正得到了帮助。")
    assert said.repeats("交流轮岗的成效，要看薄弱学校的教学质量是否提上来了。")
    assert said.repeats("集团办得好不好，关键看成员校的质量有没有变化。")


def test_most_of_one_earlier_sentence_again_is_a_restatement() -> None:
    said = Said()
    said.add("要全面清理进校园事项，未经审批的检查评比一律不得进入学校。")
    said.add("城镇小区配套园要逐一核查，按规定移交当地教育部门。")
    # the same words in another order: most of its telling pairs are in one sentence
    assert said.repeats("小区配套园要按规定移交，逐一核查到位。")
    # sharing only the pairs every unit uses (学校, 教育, 要把…) is no restatement
    assert not said.repeats("要把学校体育工作摆在突出位置，保证学生每天的锻炼。")


def test_template_code_is_not_compared() -> None:
    assert pairs_in("{{ w.all }}各学校要把安全放在首位") == pairs_in("各学校要把安全放在首位")
    assert ideas_in("{{ fact('x') }}要看实效") == frozenset({"judge_by"})


def test_the_common_pairs_still_match_the_bank() -> None:
    """COMMON_PAIRS is kept as a constant; it must still be the bank's most common pairs."""
    bank = load_phrasebank(builtin_templates_dir())
    families = [f for a in (*bank.areas.values(), *bank.safeguards.values()) for f in a.families]
    texts = [w for f in families for u in (*f.headings, *f.units) for w in u.wordings]
    texts += [w for units in bank.frames.values() for u in units for w in u.wordings]
    now = common_pairs(texts)
    assert len(now & COMMON_PAIRS) >= 0.8 * len(COMMON_PAIRS)


def _profile(tmp_path: Path, kind: str, level: str, date: str, seed: int) -> Path:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": date},
        "region": {"level": level, "name": "青禾县" if level == "county" else None},
        "speaker": {"title": "县委书记" if level == "county" else "书记", "name": "王明"},
        "priorities": [
            {"area": "校园安全"},
            {"area": "教师队伍"},
            {"area": "学前教育"},
            {"area": "控辍保学"},
            {"area": "教育督导"},
        ],
        "seed": seed,
    }
    if data["region"]["name"] is None:
        del data["region"]["name"]
    path = tmp_path / f"{kind}-{level}-{seed}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("kind", "level", "date"),
    [
        ("leader_speech", "county", "2026-03-10"),
        ("work_report", "city", "2019-02-20"),
        ("safety", "county", "2031-05-20"),
        ("leading_group", "province", "2023-04-12"),
    ],
)
def test_a_draft_says_each_idea_in_one_paragraph_only(
    tmp_path: Path, kind: str, level: str, date: str
) -> None:
    """Over drafts of five tasks (which do not reach the longest level, where a restated
    sentence may return), no idea or figure of speech is in two paragraphs. Not counted:
    headings (a section keeps its heading when another task is dropped, so it is chosen
    without looking back) and sentences carrying a fact, which the profile asked for."""
    for seed in (1, 2, 3):
        draft = build_draft(_profile(tmp_path, kind, level, date, seed))
        where: dict[str, set[int]] = {}
        for index, paragraph in enumerate(spoken_paragraphs(draft.document)):
            for sentence in _SENTENCE.findall(paragraph):
                if "【" in sentence or re.search(r"\d", sentence):
                    continue
                for name, pattern in IDEAS:
                    if pattern.search(sentence):
                        where.setdefault(name, set()).add(index)
        twice = {name: len(found) for name, found in where.items() if len(found) > 1}
        assert not twice, (kind, seed, twice)


@pytest.mark.parametrize("kind", ["leader_speech", "work_report", "safety", "teachers_day"])
def test_a_single_task_is_not_announced_as_several(tmp_path: Path, kind: str) -> None:
    """One key task and one achievement: no "主要有一个方面", and the review's one figure is
    not announced as "有这样几个方面值得肯定" (the safeguards, still several, may be)."""
    for seed in (1, 2, 3, 4):
        data = yaml.safe_load(_profile(tmp_path, kind, "county", "2026-03-10", seed).read_text())
        data["priorities"] = data["priorities"][:1]
        data["review"] = {"achievements": [{"area": "学前教育", "figures": {"新建幼儿园": "3所"}}]}
        path = tmp_path / f"one-{kind}-{seed}.yaml"
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        text = "".join(build_draft(path).document.spoken_lines())
        assert "一个方面" not in text, (kind, seed)
        # the review's one achievement is not announced as several
        assert not re.search(r"(?:几个方面|这样几|以下几)[^。]{0,6}(?:值得肯定|体现)", text)
