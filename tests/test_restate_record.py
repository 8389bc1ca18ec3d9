"""The draft's record keeps its answers (compose/restate.py: Said): between two sentences, and
for good once a wording brings back what was said. Kept answers must be the answers the
definition gives at that point of the draft, whatever order the render asks in, for the
bank's wordings and for the clerk's own sentences alike (a unit's wordings asked together:
``fresh``, ``any_fresh``)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from speechdraft.compose import restate
from speechdraft.compose.restate import (
    HEADING_ECHO,
    SAID_ONCE,
    SAME_WORDING,
    SHARED_WEIGHT,
    SIMILAR,
    Said,
    content_pairs,
    ideas_in,
    openers,
    pairs_in,
)
from speechdraft.pipeline import build_draft, phrasebank

ROOT = Path(__file__).resolve().parents[1]
_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_NUMBERING = re.compile(r"^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)")

# The clerk's own words, as a profile gives them (written for this test): points and review
# lines the bank never holds, some saying again what a bank line says.
CLERK_SENTENCES = (
    "今年要把全县二十三所乡村小学的食堂全部改造到位，让孩子们吃上热乎饭。",
    "校长是学校安全工作的第一责任人，要亲自抓、带头管。",
    "对排查出来的问题建立台账，整改一项销号一项。",
    "全县教师培训经费要足额列入预算，不得挤占挪用。",
    "暑期防溺水工作要做到家访全覆盖，一个孩子都不能落下。",
    "一、持续加强乡村教师队伍建设",
    "（二）扎实推进义务教育优质均衡发展",
)


def _han(text: str) -> str:
    return re.sub(r"[^\u4e00-\u9fff]+", "", text)


def plain_repeats(said: Said, record: list[tuple[str, bool]], text: str) -> bool:
    """The definition, sentence by sentence over everything recorded so far: an opening like
    the last sentence's (two lines in a row do not open alike: round ak's D), an idea said
    before (a heading's section topics apart), HEADING_ECHO characters of the last heading
    in a row, or one earlier sentence (not a heading) carrying SIMILAR and SHARED_WEIGHT of
    the wording's content weight, or one earlier sentence with SAME_WORDING of its pairs.
    (The opening rule was missing here: hypothesis found 下一步工作的总体要求是： asked right after
    下面，就做好校园安全工作… at stop 67, a repeat by that rule the definition did not name.)"""
    ideas = plain_ideas(record)
    heading = ""
    for earlier, is_heading in record:
        if is_heading:
            heading = _han(_NUMBERING.sub("", _CODE.sub("", earlier)))
    if opens_like_the_last(record, text) or ideas_in(text) & ideas:
        return True
    plain = _han(_CODE.sub("|", text))
    windows = range(len(heading) - HEADING_ECHO + 1)
    if any(heading[i : i + HEADING_ECHO] in plain for i in windows):
        return True
    weights, total = said.rarity.weighted(text)
    telling = pairs_in(text) - said.common
    enough = SAME_WORDING * len(telling) if len(telling) >= 4 else float("inf")
    for earlier, is_heading in record:
        content = frozenset() if is_heading else content_pairs(earlier)
        shared = 0.0
        for pair in weights:
            if pair in content:
                shared += weights[pair]
        if shared >= SHARED_WEIGHT and shared >= SIMILAR * total:
            return True
        if len(telling & (pairs_in(earlier) - said.common)) >= enough:
            return True
    return False


def opens_like_the_last(record: list[tuple[str, bool]], text: str) -> bool:
    """Whether ``text`` opens as the last sentence recorded ends (a heading resets it)."""
    if not record or record[-1][1]:
        return False
    last = openers(record[-1][0])[1]
    return bool(last) and openers(text)[0] == last


def plain_ideas(record: list[tuple[str, bool]]) -> set[str]:
    """The ideas said so far: a heading's promise (the ideas of its first clause) is not
    said by the heading itself, its body says it once (branch idea18); no section is
    closed in these records, so a promise stays unsaid."""
    ideas: set[str] = set()
    for earlier, is_heading in record:
        found = ideas_in(earlier)
        ideas |= found - promised_ideas(earlier) if is_heading else found
    return ideas


def promised_ideas(heading: str) -> frozenset[str]:
    """The ideas of a heading's first clause, template code left out."""
    return ideas_in(re.split(r"[，,：:；]", _CODE.sub("", heading), maxsplit=1)[0])


def units_wordings() -> list[tuple[str, ...]]:
    """Each unit's wordings in the built-in bank (areas', safeguards' and frames')."""
    return [tuple(unit.wordings) for unit in restate._bank_units(phrasebank())]


def recorded(profile: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    record: list[tuple[str, bool]] = []
    add = Said.add

    def recording(self: Said, text: str, heading: bool = False) -> None:
        record.append((text, heading))
        add(self, text, heading)

    with monkeypatch.context() as patch:
        patch.setattr(restate.Said, "add", recording)
        build_draft(profile)
    return record


@pytest.mark.parametrize("name", ["county-teachers-day-2026", "city-school-opening-2027"])
def test_kept_answers_are_the_definitions_at_every_point_of_a_draft(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A draft's own record, asked about every unit of the bank (its wordings together, as
    the render asks) at four points, twice at each point and after asking in another order:
    the record's kept answers never differ from the definition's."""
    record = recorded(ROOT / "profiles" / f"{name}.yaml", monkeypatch)
    assert len(record) > 40
    announcing = ("下面，我讲三点意见。", "下面，我就做好今年的工作讲几点意见。")
    units = units_wordings()[::7] + [CLERK_SENTENCES, announcing]
    said = Said()
    checkpoints = {len(record) // 4, len(record) // 2, 3 * len(record) // 4, len(record)}
    decided = {True: 0, False: 0}
    for index, (text, heading) in enumerate(record, start=1):
        said.add(text, heading=heading)
        if index not in checkpoints:
            continue
        so_far = record[:index]
        for wordings in units:
            expected = [plain_repeats(said, so_far, asked) for asked in wordings]
            assert said.fresh(wordings) == [
                t for t, r in zip(wordings, expected, strict=True) if not r
            ]
            assert said.any_fresh(wordings) == (not all(expected))
            said_once = [bool(ideas_in(t) & SAID_ONCE & plain_ideas(so_far)) for t in wordings]
            assert said.all_bring_back_said_once(wordings) == all(said_once)
            # asked again in the other order, from the kept answers this time
            assert [said.repeats(t) for t in reversed(wordings)] == expected[::-1]
            for answer in expected:
                decided[answer] += 1
    assert decided[True] > 100 and decided[False] > 100


_BANK_SAMPLE = sorted({text for wordings in units_wordings()[::11] for text in wordings})
_SENTENCES = st.sampled_from(_BANK_SAMPLE + list(CLERK_SENTENCES))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(  # a random draw (speed19's run): a heading's promise is its body's to say once
    steps=[
        (
            "{{ ITEM }}做好教室通风消毒。春季气温回升，要保持教室空气流通，公共区域定期清洁消毒。",
            True,
            [],
        ),
        (
            "{{ ITEM }}上好开学安全第一课。要围绕交通、防溺水、防欺凌、防诈骗等开展专题教育，组织应急疏散演练。",
            False,
            ["重点场所的通风消毒要落实到人，就餐、放学等环节尽量错峰。"],
        ),
    ]
)
@given(
    steps=st.lists(
        st.tuples(_SENTENCES, st.booleans(), st.lists(_SENTENCES, max_size=6)), max_size=25
    )
)
def test_answers_kept_between_sentences_follow_what_is_added(
    steps: list[tuple[str, bool, list[str]]],
) -> None:
    """Any order of sentences and headings recorded, with questions asked between them (the
    same wording again and again, as the render does): each answer is the definition's for
    the record at that moment, so a kept "no" never outlives the sentence that changes it,
    and a heading's echo ends with the next heading."""
    said = Said()
    record: list[tuple[str, bool]] = []
    for text, heading, questions in steps:
        for question in questions + questions:
            assert said.repeats(question) == plain_repeats(said, record, question), question
        said.add(text, heading=heading)
        record.append((text, heading))


def test_a_repeat_found_is_kept_and_an_echo_ends_with_its_heading() -> None:
    said = Said()
    line = "乡村教师队伍建设要下更大功夫，让教师下得去、留得住。"
    assert not said.repeats(line)
    said.add("一、持续加强乡村教师队伍建设", heading=True)
    assert said.repeats(line)  # 乡村教师队伍 and more: the heading said again
    said.add("二、扎实推进学前教育普及普惠", heading=True)
    assert not said.repeats(line)  # the echo was of the heading before
    said.add("让乡村教师下得去、留得住、教得好，是我们的责任。")
    assert said.repeats(line)  # the idea said now, and from here on
    said.add("三、统筹抓好校园安全", heading=True)
    assert said.repeats(line)


def test_after_the_first_draft_what_stays_is_frozen_and_new_garbage_still_collected() -> None:
    """In a fresh process (the freeze is once a process, and a batch's parent undoes its own
    freezing): nothing frozen before the first draft, the bank and templates after it, no
    second freeze after the next draft, and a cycle made afterwards is still collected."""
    script = f"""
import gc
from pathlib import Path
from speechdraft.pipeline import build_draft
profile = Path({str(ROOT / "profiles" / "county-leader-2025.yaml")!r})
before = gc.get_freeze_count()
build_draft(profile)
first = gc.get_freeze_count()
build_draft(profile)
second = gc.get_freeze_count()
class Cycle:
    other = None
a, b = Cycle(), Cycle()
a.other, b.other = b, a
del a, b
print(before, first, second, gc.collect())
"""
    # twice: the first process may find the kept answers (datacache) cold — as on a fresh
    # machine where this test runs before any other draft — and then one object frozen
    # after the first draft is freed during the second (91,302 → 91,301 at stop 50's tree
    # too): fewer frozen objects, never a second freeze. The second process, its answers
    # kept, freezes exactly once.
    runs = [
        subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
        )
        for _ in range(2)
    ]
    for number, done in enumerate(runs):
        before, first, second, collected = map(int, done.stdout.split())
        assert before == 0 and first > 1000  # the bank, templates and records: many objects
        assert second <= first  # no second freeze, cold or warm
        assert collected >= 2  # a draft's own cycles are collected as before
        if number == 1:
            assert second == first  # once a process, the answers kept


def test_a_unit_said_once_is_left_out_only_when_every_wording_brings_it_back() -> None:
    said = Said()
    announcing = ("下面，我讲三点意见。", "下面，我就做好今年的工作讲几点意见。")
    assert not said.all_bring_back_said_once(announcing)
    said.add("今天，我就全县教育工作讲几点意见。")
    assert said.all_bring_back_said_once(announcing)
    assert not said.all_bring_back_said_once((*announcing, "下面，我们进入下一项议程。"))
