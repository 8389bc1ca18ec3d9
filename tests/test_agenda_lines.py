"""What a speech says about its own meeting (issue 11's G and R; round ag): the 刚才 recap, the
endorsement of each item before the speech, the title, the meeting's own year.

Round ag's readers struck agenda lines pasted as typed (刚才，州教育局局长作工作报告; …；会议审议
《…》; …；分组讨论), a subject ending at the wrong verb (州教育局局长作工作报告的报告), one predicate
for items of different kinds (报告和典型发言…我都同意; 报告和交流发言…学习借鉴; 部署和通报情况是
客观的), an accident or a case bulletin praised or "carried out" (市应急办的通报讲得很实在…抓好落实;
我们要把通报落实到各项具体工作中去), a concluding speech titled …上的讲话, a teachers' day titled
with the year inside its name (在哈日诺尔苏木2030年庆祝教师节座谈会上) and a December meeting naming
its own year (充分肯定2019年取得的成绩; 领导小组2019年召开的一次重要会议). These tests render their
own profiles over kinds × levels × seeds, the items typed as a clerk types an agenda (no 了), and
read the words with their own patterns (``scripts/agenda_lines.py`` runs the same families over
every profile of the repository).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import draft

SEEDS = [1, 2, 3]
_SENTENCE = re.compile(r"[^。！？\n]*[。！？]")

# level → (place, bureau, a superior's title, the speaker's title per kind)
_PLACES: dict[str, tuple[str, str, str]] = {
    "county": ("青川县", "县教育局", "副县长"),
    "city": ("沅江市", "市教育局", "副市长"),
    "province": ("江南省", "省教育厅", "副省长"),
}
_SPEAKERS: dict[str, dict[str, str]] = {
    "county": {
        "leader_speech": "县委书记",
        "concluding_remarks": "县教育局局长",
        "leading_group": "县委书记、县委教育工作领导小组组长",
        "safety": "县教育局局长",
        "school_opening": "县教育局局长",
    },
    "city": {
        "leader_speech": "市长",
        "concluding_remarks": "市教育局局长",
        "leading_group": "市委副书记、市委教育工作领导小组副组长",
        "safety": "市教育局局长",
        "school_opening": "市教育局局长",
    },
    "province": {
        "leader_speech": "省委常委、副省长",
        "concluding_remarks": "省教育厅厅长",
        "leading_group": "省委书记、省委教育工作领导小组组长",
        "safety": "省教育厅厅长",
        "school_opening": "省教育厅厅长",
    },
}
KINDS = sorted(_SPEAKERS["county"])
_DATES = {
    "leader_speech": "2027-02-20",
    "concluding_remarks": "2027-02-20",
    "leading_group": "2027-03-10",
    "safety": "2027-05-20",
    "school_opening": "2027-08-25",
}


def _short(level: str) -> str:
    return {"county": "县", "city": "市", "province": "省"}[level]


def _items(level: str) -> dict[str, str]:
    """One agenda line per kind of item, typed as a clerk types an agenda: no 了."""
    s = _short(level)
    bureau = _PLACES[level][1]
    head = "厅长" if level == "province" else "局长"
    return {
        "report": f"{bureau}{head}作工作报告",
        "cases": f"{s}纪委监委派驻纪检监察组组长通报教育系统违纪违规典型案例",
        "accidents": f"{s}应急管理局通报近期学生溺水事故",
        "deployment": f"{s}公安局、{s}市场监管局分别部署校园周边治理工作",
        "exchange": "3个单位作典型发言",
        "commendation": "宣读表彰决定",
        "signing": f"{bureau}与各学校签订安全目标责任书",
        "adoption": "审议《教育强县建设三年行动方案》",
        "discussion": "分组讨论",
        "speech": f"{_PLACES[level][2]}出席会议并讲话",
        "donation": "企业家代表向教育基金会捐赠200万元",
        "teacher": "优秀教师王敏同志代表受表彰教师发言",
    }


# the preceding items each case puts before the speech
_CASES: dict[str, tuple[str, ...]] = {
    "report_exchange": ("report", "exchange", "discussion"),
    "report_cases": ("report", "cases", "commendation", "signing"),
    "accidents": ("accidents",),
    "deployment_bulletin": ("accidents", "deployment"),
    "report_adoption": ("report", "adoption"),
    "commendation": ("commendation", "signing"),
    "speech_commendation": ("speech", "commendation", "teacher", "donation"),
}


def _draft(data: dict[str, Any], seed: int) -> str:
    """The draft as text; rendered once for the two tests that read each profile."""
    from speechdraft.writers.text import to_text

    return to_text(draft(data, seed).document)


def _profile(kind: str, level: str, preceding: list[str], date: str = "") -> dict[str, Any]:
    place = _PLACES[level][0]
    return {
        "kind": kind,
        "meeting": {"date": date or _DATES[kind]},
        "region": {"level": level, "name": place},
        "speaker": {"title": _SPEAKERS[level][kind]},
        "duration_minutes": 15,
        "preceding": preceding,
        "priorities": ["义务教育优质均衡", "校园安全"],
    }


def _opening(text: str) -> tuple[list[str], list[str]]:
    """The 刚才 recap's items and the sentences answering them (up to 下面/我讲…)."""
    line = next(ln for ln in text.splitlines() if "刚才，" in ln)
    recap, _, rest = line.partition("刚才，")[2].partition("。")
    answer = []
    for sentence in _SENTENCE.findall(rest):
        if re.search(r"下面|我讲|几点|我再强调", sentence):
            break
        answer.append(sentence)
    return recap.split("；"), answer


_BARE_VERB = re.compile(r"^(?:宣读|审议|通报|颁发|签订|分组|讨论|表彰|作|与(?!会))")
_DOUBLED = re.compile(r"(报告|讲话|发言|汇报|通报)[^，。；、]{0,3}的\1")


@pytest.mark.parametrize("case", sorted(_CASES))
@pytest.mark.parametrize("level", sorted(_PLACES))
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", SEEDS)
def test_recap_says_every_item_done_with_its_subject(
    kind: str, level: str, case: str, seed: int
) -> None:
    items = _items(level)
    text = _draft(_profile(kind, level, [items[k] for k in _CASES[case]]), seed)
    clauses, answer = _opening(text)
    assert [c for c in clauses if "了" not in c] == []
    assert [c for c in clauses if _BARE_VERB.search(c)] == []
    assert [s for s in [*clauses, *answer] if _DOUBLED.search(s)] == []


_AGREE = re.compile(r"我(?:完全|都|也都|也)?(?:同意|赞同)")
_EXCHANGE = re.compile(r"交流发言|典型发言")


@pytest.mark.parametrize("case", sorted(_CASES))
@pytest.mark.parametrize("level", sorted(_PLACES))
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("seed", SEEDS)
def test_each_item_answered_by_what_it_was(kind: str, level: str, case: str, seed: int) -> None:
    items = _items(level)
    kinds = _CASES[case]
    text = _draft(_profile(kind, level, [items[k] for k in kinds]), seed)
    _, answer = _opening(text)
    said = "".join(answer)
    for sentence in answer:
        # exchange speeches are learned from, a report carried out: not one predicate for both
        assert not (_EXCHANGE.search(sentence) and _AGREE.search(sentence)), sentence
        assert not (re.search(r"报告|汇报", sentence) and "学习借鉴" in sentence), sentence
        # a 部署 is not 客观; 对汇报，我… names nothing; a report is not 直截了当
        assert not re.search(r"部署[^。]{0,12}客观", sentence), sentence
        assert not re.match(r"对(?:汇报|报告|通报)，", sentence), sentence
        assert "直截了当" not in sentence
        # a bulletin of accidents or cases is a warning, not work to grade or carry out
        if "accidents" in kinds or "cases" in kinds:
            assert not re.search(r"通报[^。]*(?:讲得|同意|赞同|落实到|学习领会)", sentence), (
                sentence
            )
    if "accidents" in kinds:
        assert re.search(r"引以为戒|举一反三|汲取教训", said), said
    if "cases" in kinds:
        assert re.search(r"以案为鉴|以案促改", said), said
    if "exchange" in kinds:
        assert "学习借鉴" in said or "借鉴" in said, said


@pytest.mark.parametrize("level", sorted(_PLACES))
@pytest.mark.parametrize("seed", SEEDS)
def test_concluding_remarks_titled_as_such(level: str, seed: int) -> None:
    data = _profile("concluding_remarks", level, [_items(level)["report"]])
    title = _draft(data, seed).splitlines()[0]
    assert title.startswith("在") and title.endswith("上的总结讲话"), title


_TOWNS = {
    "town": ("柳溪镇", "镇长", "柳溪镇庆祝教师节座谈会"),
    "county": ("青川县", "县长", "青川县庆祝教师节暨表彰大会"),
    "city": ("沅江市", "市委书记", "沅江市庆祝教师节大会"),
}


@pytest.mark.parametrize("year", [2019, 2027, 2030])
@pytest.mark.parametrize("level", sorted(_TOWNS))
def test_teachers_day_named_by_its_count(level: str, year: int) -> None:
    place, title, name = _TOWNS[level]
    data = {
        "kind": "teachers_day",
        "meeting": {"date": f"{year}-09-09", "name": name},
        "region": {"level": level, "name": place},
        "speaker": {"title": title},
        "duration_minutes": 10,
    }
    heading = _draft(data, 1).splitlines()[0]
    assert f"第{year - 1984}个教师节" in heading, heading
    assert not re.search(r"\d{4}年", heading), heading


@pytest.mark.parametrize("level", sorted(_PLACES))
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_december_meeting_says_its_year_as_this_year(level: str, seed: int) -> None:
    data = _profile("leading_group", level, [], date="2026-12-15")
    del data["preceding"]
    text = _draft(data, seed)
    found = [
        s
        for s in _SENTENCE.findall(text) + text.splitlines()
        if re.search(r"(?:肯定|总结|看待|珍惜)2026年|2026年(?:召开|取得的成绩)", s)
    ]
    assert found == []
