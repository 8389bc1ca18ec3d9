"""The lines that tie a speech to its meeting (issue 11's R, F, L, E; rounds ab and ac).

Readers struck the title that gives the year beside 第46个教师节, the 刚才 line read out with no
subject (刚才，宣读了…；为…颁发…), endorsements that name nothing (讲成绩实事求是…我完全赞同; 对会上
讲的意见…其他几项安排), 讲 or 我完全同意 said of a signing, a commendation or a document just
adopted, a 中心学校校长 approving the 副乡长's remarks, 刚才的重要讲话 with nobody named, a
promise not to elaborate before sixty sentences, and 收官之年的新起点.

The rules are compose/occasion.py (each preceding item read for its subject, act and rank),
the endorsement slots in phrases/frames (named by c.heard_named, c.superior_named, …) and
context._title. These tests render own profiles over kinds × levels × seeds, with and
without preceding items, and assert on the words; scripts/occasion_lines.py counts the same
families over every profile of the repository.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft
from bank_support import TEMPLATE_CODE
from speechdraft.phrasebank import load_phrasebank
from speechdraft.resources import builtin_templates_dir

_SEEDS = (1, 2, 3)
_LEVELS = (
    ("county", "清河县", "县"),
    ("city", "清河市", "市"),
    ("banner", "清河旗", "旗"),
)
# kinds that read out what preceded after 刚才 (a work report opens the meeting)
_KINDS = ("leader_speech", "concluding_remarks", "school_opening", "safety", "leading_group")
_DATES = {
    "leader_speech": "2027-02-20",
    "concluding_remarks": "2027-02-20",
    "school_opening": "2027-08-26",
    "safety": "2027-04-10",
    "leading_group": "2027-03-18",
    "teachers_day": "2027-09-09",
}
_TITLES = {
    "leader_speech": "{u}长",
    "concluding_remarks": "{u}委书记",
    "school_opening": "副{u}长",
    "safety": "副{u}长",
    "leading_group": "{u}委书记、{u}委教育工作领导小组组长",
    "teachers_day": "{u}委书记",
}


def _profile(
    kind: str, level: str, place: str, unit: str, preceding: list[str], seed: int, **more: Any
) -> dict[str, Any]:
    data: dict[str, Any] = {
        "kind": kind,
        "meeting": {"date": _DATES[kind]},
        "region": {"level": level, "name": place},
        "speaker": {"title": _TITLES[kind].format(u=unit)},
        "seed": seed,
        "preceding": preceding,
        "review": {
            "achievements": [{"area": "学前教育", "points": ["新建公办幼儿园4所"]}],
            "problems": ["城区学位仍然紧张"],
        },
        "priorities": [{"area": "学前教育"}, {"area": "校园安全"}],
    }
    data.update(more)
    return data


def _lines(data: dict[str, Any]) -> list[str]:
    return draft(data).document.spoken_lines()


def _title(data: dict[str, Any]) -> str:
    return draft(data).document.title


def _answer(lines: list[str]) -> tuple[str, list[str]]:
    """The items read out after 刚才 and the sentences that answer them, up to the next
    paragraph or the announced count."""
    opening = next(line for line in lines if "刚才，" in line)
    items, _, rest = opening.split("刚才，", 1)[1].partition("。")
    answer = []
    for sentence in re.findall(r"[^。！？]*[。！？]", rest):
        if re.search(r"下面|我讲|我再强调|几点|意见。", sentence):
            break
        answer.append(sentence)
    return items, answer


# --- titles ------------------------------------------------------------------------------


@pytest.mark.parametrize(("level", "place", "unit"), _LEVELS)
@pytest.mark.parametrize("year", [2019, 2027, 2034])
def test_a_title_dated_by_its_count_gives_no_year(
    level: str, place: str, unit: str, year: int
) -> None:
    """Round ab's R: 在2030年柳溪镇庆祝第46个教师节…: 第N个 already dates the meeting."""
    data = _profile("teachers_day", level, place, unit, [], 1)
    data["meeting"]["date"] = f"{year}-09-09"
    title = _title(data)
    assert re.search(r"第\d+个教师节", title), title
    assert not re.search(r"\d{4}年", title), title
    named = dict(
        data, meeting={"date": f"{year}-03-20", "name": f"{place}委教育工作领导小组第二次全体会议"}
    )
    named["kind"] = "leading_group"
    title = _title(named)
    assert not re.search(r"\d{4}年", title), title


@pytest.mark.parametrize(("level", "place", "unit"), _LEVELS)
def test_a_year_stands_where_a_title_says_it(level: str, place: str, unit: str) -> None:
    """The year is kept where nothing else dates the meeting, in its usual place: after the
    place's own name, after a leading group's name, before 全县 (long titles unchanged)."""
    data = _profile("leader_speech", level, place, unit, [], 1)
    assert _title(data) == f"在2027年全{unit}教育工作会议上的讲话"
    data["meeting"]["name"] = f"{place}春季校园安全工作会议"
    assert _title(data) == f"在{place}2027年春季校园安全工作会议上的讲话"
    lg = _profile("leading_group", level, place, unit, [], 1)
    lg["meeting"]["name"] = f"{unit}委教育工作领导小组全体会议"
    title = _title(lg)
    assert re.search(r"领导小组2027年全体会议上的讲话$", title), title
    # a group's meeting the clerk did not name is its 会议, dated by the date line (round cm's
    # 06, A: 全体会议 is the clerk's to say; stop 75 changed the default from …全体会议)
    del lg["meeting"]["name"]
    assert re.search(r"领导小组会议上的讲话$", _title(lg)), _title(lg)


# --- 刚才，… with a subject ---------------------------------------------------------------


@pytest.mark.parametrize("seed", _SEEDS)
@pytest.mark.parametrize("kind", [*_KINDS, "teachers_day"])
def test_every_item_read_out_after_刚才_has_a_subject(kind: str, seed: int) -> None:
    """Round ab's R: 刚才，宣读了县委、县政府表彰决定；为从教30年以上乡村教师颁发荣誉证书."""
    preceding = [
        "宣读了县委、县政府表彰决定",
        "为从教30年的乡村教师颁发荣誉证书",
        "县教育局局长作了工作报告",
    ]
    lines = _lines(_profile(kind, "county", "清河县", "县", preceding, seed))
    items, _ = _answer(lines)
    assert items.startswith("会议宣读了"), items
    for clause in items.split("；"):  # a run sharing 会议 is joined by ，
        assert not re.match(r"(?:宣读|为|颁发|审议|表彰|通报)", clause), items
    # what the clerk typed is all said, in order (as done: 颁发了, round ag's G)
    assert "为从教30年的乡村教师颁发了荣誉证书" in items and "县教育局局长作了工作报告" in items


def test_a_run_of_items_with_no_subject_shares_one_会议() -> None:
    from speechdraft.compose.occasion import recap

    said = recap(["宣读了表彰决定", "为受表彰代表颁奖", "与各学校签订了目标责任书"])
    assert said == "会议宣读了表彰决定，为受表彰代表颁了奖，与各学校签订了目标责任书"
    assert recap(["与各学校签订了目标责任书"]) == "会上与各学校签订了目标责任书"
    # an item with its own subject is left as typed
    assert recap(["县政府与各乡镇签订了责任书"]) == "县政府与各乡镇签订了责任书"


# --- the endorsement names what it endorses, by what it was and by rank ------------------

_GRADE = re.compile(r"我(?:完全|都|也都|也)(?:同意|赞同)|讲得|讲的")
_UNNAMED = re.compile(
    r"^(?:讲|刚才讲|对会上|会上所讲|会上讲|其他同志|这些内容|这些安排|这些都是|对这些|大家讲|"
    r"情况讲得|发言)|其他几项安排|其他议程"
)


@pytest.mark.parametrize("seed", _SEEDS)
@pytest.mark.parametrize(("level", "place", "unit"), _LEVELS)
@pytest.mark.parametrize("kind", ["leader_speech", "concluding_remarks", "safety"])
def test_a_report_is_graded_by_name_and_a_signing_and_a_commendation_as_what_they_are(
    kind: str, level: str, place: str, unit: str, seed: int
) -> None:
    """Round ab's R: 对会上讲的意见，我完全赞同；其他几项安排，都是推动工作的实招 — name the report
    (何文彬同志的报告), and say what to do about the 责任书 and the commended."""
    preceding = [
        f"{unit}教育局局长何文彬同志作了工作报告",
        f"{unit}政府与各有关单位签订了2027年教育目标责任书",
        "会议表彰了2026年度教育教学质量先进单位",
    ]
    data = _profile(kind, level, place, unit, preceding, seed)
    _, answer = _answer(_lines(data))
    assert "何文彬同志的报告" in answer[0], answer
    assert all("何文彬同志的报告" in s for s in answer if _GRADE.search(s)), answer
    assert not any(_UNNAMED.search(s) for s in answer), answer
    signed = [s for s in answer if "责任书" in s]
    assert signed and not any(_GRADE.search(s) for s in signed), answer
    assert any("表彰" in s for s in answer), answer


@pytest.mark.parametrize("seed", _SEEDS)
@pytest.mark.parametrize(
    "kind", ["leader_speech", "concluding_remarks", "safety", "school_opening"]
)
def test_a_signing_or_a_commendation_alone_is_not_讲_nor_approved(kind: str, seed: int) -> None:
    """Rounds ab and ac: 我完全同意 said of a signing, a commendation, a document adopted."""
    preceding = ["县政府与各乡镇签订了控辍保学目标责任书", "会议表彰了优秀教师和先进集体"]
    data = _profile(kind, "county", "清河县", "县", preceding, seed)
    _, answer = _answer(_lines(data))
    assert answer, "the signing and the commendation are answered"
    assert not any(_GRADE.search(s) for s in answer), answer
    assert any("控辍保学目标责任书" in s for s in answer), answer


@pytest.mark.parametrize("seed", _SEEDS)
@pytest.mark.parametrize(
    ("kind", "title", "level", "place", "item"),
    [
        (
            "school_opening",
            "乡中心学校校长",
            "town",
            "桃坪乡",
            "分管副乡长对秋季开学工作提出了要求",
        ),
        ("safety", "镇中心学校校长", "town", "柳溪镇", "副镇长就防溺水工作作了部署"),
        (
            "school_opening",
            "县教育局局长",
            "county",
            "清河县",
            "分管副县长对秋季开学工作作了具体安排",
        ),
        ("concluding_remarks", "县教育局局长", "county", "清河县", "副县长吴海涛同志作了讲话"),
    ],
)
def test_a_superior_s_words_are_carried_out_not_approved(
    kind: str, title: str, level: str, place: str, item: str, seed: int
) -> None:
    """Round ab's L: 这些安排我都同意 said by a 中心学校校长 of the 副乡长's remarks."""
    data = _profile(kind, level, place, "", [item], seed)
    data["speaker"] = {"title": title}
    _, answer = _answer(_lines(data))
    assert answer, "a superior's remarks are answered"
    assert not any(_GRADE.search(s) for s in answer), answer
    who = re.split(r"对|就|作了", item)[0].removesuffix("吴海涛同志")
    assert who in answer[0] or "吴海涛同志" in answer[0], answer
    assert "落实" in answer[0], answer


@pytest.mark.parametrize("seed", _SEEDS)
@pytest.mark.parametrize(("level", "place", "unit"), _LEVELS)
@pytest.mark.parametrize("kind", ["concluding_remarks", "leader_speech", "safety"])
def test_a_superior_s_speech_is_pledged_by_name_and_the_rest_endorsed(
    kind: str, level: str, place: str, unit: str, seed: int
) -> None:
    """Round ab's R: 我们要认真学习领会刚才的重要讲话精神 names no speech."""
    preceding = [f"{unit}委书记作了重要讲话", f"{unit}教育局作了工作报告", "三个乡镇作了表态发言"]
    data = _profile(kind, level, place, unit, preceding, seed)
    data["speaker"] = {"title": f"副{unit}长"}
    _, answer = _answer(_lines(data))
    assert f"{unit}委书记的重要讲话" in answer[0] and "刚才的重要讲话" not in answer[0], answer
    assert any(f"{unit}教育局的报告" in s for s in answer[1:]), answer
    # a 表态发言 is a promise to keep, not graded
    pledged = [s for s in answer if "表态发言" in s]
    assert pledged and not any(re.search(r"同意|赞同", s) for s in pledged), answer


@pytest.mark.parametrize("seed", _SEEDS)
@pytest.mark.parametrize(("level", "place", "unit"), _LEVELS)
def test_a_document_adopted_is_put_into_effect_not_approved(
    level: str, place: str, unit: str, seed: int
) -> None:
    """Round ac's R: 这些内容我都同意 of documents the meeting had just adopted."""
    preceding = [f"会议审议通过了《{unit}委教育工作领导小组2027年工作要点》"]
    data = _profile("leading_group", level, place, unit, preceding, seed)
    _, answer = _answer(_lines(data))
    assert answer and "工作要点》" in answer[0], answer
    assert not any(_GRADE.search(s) for s in answer), answer


@pytest.mark.parametrize("seed", _SEEDS)
@pytest.mark.parametrize("kind", _KINDS)
def test_nothing_answers_what_did_not_precede(kind: str, seed: int) -> None:
    """Without preceding items no endorsement names a report, a signing or a speech."""
    lines = _lines(_profile(kind, "county", "清河县", "县", [], seed))
    text = "\n".join(lines[:6])
    assert not re.search(r"的报告|责任书|重要讲话精神|表态发言|审议通过的", text), text


# --- the bank: no promise not to elaborate, no 收官 beside 新起点 --------------------------

_BANK = load_phrasebank(builtin_templates_dir())
_PHASES = ("开局之年", "第二年", "承上启下之年", "攻坚之年", "收官之年")


def _frame_wordings() -> list[str]:
    return [t for units in _BANK.frames.values() for u in units for t in u.wordings]


def test_no_frame_promises_not_to_elaborate() -> None:
    """Round ab's E: 会议议程比较集中…我不再一一展开, then sixty sentences (a frame is said at
    every length; an affirmation of one run of results, 不再展开，只归拢一下, says what it does)."""
    promised = re.compile(r"不再一一展开|不再重复|不多讲|不再多说|不再赘述")
    assert [t for t in _frame_wordings() if promised.search(t)] == []


@pytest.mark.parametrize("phase", _PHASES)
def test_no_frame_puts_a_plan_s_close_beside_a_new_start(phase: str) -> None:
    """Round ab's R: 站在“十五五”收官之年的新起点上."""
    collide = re.compile(r"收官[^。！？]*(?:新起点|开局起步)|(?:新起点|开局起步)[^。！？]*收官")
    said = [
        TEMPLATE_CODE.sub("", t.replace("{{ y.plan.phase }}", phase))
        for t in _frame_wordings()
        if "y.plan.phase" in t
    ]
    assert [t for t in said if collide.search(t)] == []


@pytest.mark.parametrize("seed", _SEEDS)
@pytest.mark.parametrize(("level", "place", "unit"), _LEVELS)
def test_a_junior_s_speech_is_answered_and_a_document_only_discussed_is_not_adopted(
    level: str, place: str, unit: str, seed: int
) -> None:
    """Round ac's R: a 旗长's speech before the secretary's concluding remarks never answered;
    a plan the meeting only 审议了 is not 审议通过的."""
    preceding = [f"{unit}长张明同志作了讲话", f"会议审议了《{place}学校布局调整方案》"]
    data = _profile("concluding_remarks", level, place, unit, preceding, seed)
    _, answer = _answer(_lines(data))
    assert "张明同志的讲话" in answer[0], answer
    assert any(f"会议审议的《{place}学校布局调整方案》" in s for s in answer), answer
    assert not any("审议通过" in s for s in answer), answer
