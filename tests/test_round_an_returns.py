"""Two seams round an's readers marked in every rich profile, fixed after the reading.

- A department's return written ``X负责，deed`` was said ``X要负责，deed``: the comma leaves 负责
  without its object (G). It is said as the deed, then whose duty it is: ``deed，由X负责``.
- A review figure the clerk marked as the present level (``现有93.8%``) was said ``达到现有93.8%``
  (G): in a review of achievements the rate is where the work stands, so 现有 goes; a count
  keeps the clerk's 现有 (``平安校园创建达标现有96所``), which turned round reads worse.
"""

from __future__ import annotations

from typing import Any

import pytest

from _matrix import draft as render
from speechdraft.compose.weave import charge_pieces, review_figure

SEEDS = (1, 2, 3)


def _said(point: str, bureau: bool) -> str:
    return "".join(charge_pieces(point, bureau))


@pytest.mark.parametrize(
    ("point", "said"),
    [
        (
            "县编办、县人社局负责，6月底前完成年度教师招聘",
            "6月底前完成年度教师招聘，由县编办、县人社局负责",
        ),
        ("厅办公室负责，会后一周内印发任务分工清单", "会后一周内印发任务分工清单，由厅办公室负责"),
        ("苏木妇联负责，每学期举办家庭教育讲座", "每学期举办家庭教育讲座，由苏木妇联负责"),
        (
            "省发展改革委、省财政厅、省教育厅负责，年底前完成超大班额清零",
            "年底前完成超大班额清零，由省发展改革委、省财政厅、省教育厅负责",
        ),
    ],
)
def test_a_duty_then_its_deed_is_said_as_the_deed_and_whose_it_is(point: str, said: str) -> None:
    assert _said(point, False) == said
    assert "要负责，" not in _said(point, False)


def test_a_bureaus_report_keeps_the_division_as_written() -> None:
    point = "县编办、县人社局负责，6月底前完成年度教师招聘"
    assert _said(point, True) == point


def test_a_duty_without_a_comma_is_still_a_charge() -> None:
    assert _said("县财政局负责按月足额发放教师工资", False) == "县财政局要负责按月足额发放教师工资"


@pytest.mark.parametrize(
    ("label", "value", "said"),
    [
        ("学前三年毛入园率", "现有93.8%", "学前三年毛入园率达到93.8%"),
        ("一键报警装置安装率", "现有100%", "一键报警装置安装率达到100%"),
        ("研究生学历教师占比", "目前31.6%", "研究生学历教师占比达到31.6%"),
        ("高等教育毛入学率", "已达64.5%", "高等教育毛入学率达到64.5%"),
        ("高等教育毛入学率", "已经达到64.5%", "高等教育毛入学率达到64.5%"),
    ],
)
def test_a_present_rate_in_a_review_loses_its_now_word(label: str, value: str, said: str) -> None:
    assert review_figure(label, value) == said


def test_a_present_count_in_a_review_keeps_the_clerks_words() -> None:
    assert "现有96所" in review_figure("平安校园创建达标", "现有96所")


def _profile() -> dict[str, Any]:
    return {
        "kind": "leader_speech",
        "meeting": {"date": "2027-02-26"},
        "region": {"level": "county", "name": "青溪县"},
        "speaker": {"title": "县长", "name": "周明"},
        "review": {
            "achievements": [
                {
                    "area": "学前教育",
                    "points": ["每个乡镇建成一所公办中心幼儿园"],
                    "figures": {"学前三年毛入园率": "现有93.8%", "普惠性幼儿园覆盖率": "现有91.2%"},
                }
            ]
        },
        "priorities": [
            {
                "area": "教师队伍",
                "points": ["县编办、县人社局负责，6月底前完成年度教师招聘"],
            }
        ],
    }


def test_a_draft_has_neither_seam() -> None:
    for seed in SEEDS:
        text = "".join(render(_profile(), seed).document.spoken_lines())
        assert "达到现有" not in text and "要负责，" not in text, seed
        assert "学前三年毛入园率达到93.8%" in text, seed
        assert "6月底前完成年度教师招聘，由县编办、县人社局负责" in text, seed


@pytest.mark.parametrize(
    ("texts", "below"),
    [
        (["建成一批面向东盟的特色专业群", "深化中国—东盟职业教育合作"], "各市"),
        (["面向东盟开放合作", "锡林盟委"], "各盟市"),
    ],
)
def test_asean_is_not_a_league(texts: list[str], below: str) -> None:
    # round an's L: 各盟市 three times in a 壮族自治区 whose profile spoke only of 东盟
    from speechdraft.lexicon import regions_below

    assert regions_below("南溟壮族自治区", texts) == below


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("7月底前完成今年教师招聘（已完成92%）", True),
        ("2027年3月底前印发方案", True),
        ("10月底前完成校舍维修", False),
        ("年底前完成超大班额清零", False),
        ("明年3月底前完成评估", False),
        ("已于6月底前完成招聘", False),
        ("6月底前完成了招聘", False),
        ("每年6月底前报送数据", False),
    ],
)
def test_a_deadline_before_the_meeting_is_told(text: str, passed: bool) -> None:
    import datetime

    from speechdraft.seasons import deadline_passed

    why = deadline_passed(text, datetime.date(2027, 9, 8))
    assert (why is not None) == passed, why
    assert not passed or (why is not None and "早于会议日期" in why)


def test_a_passed_deadline_is_marked_in_the_draft() -> None:
    data = _profile()
    data["meeting"] = {"date": "2027-09-08"}
    data["kind"] = "teachers_day"
    data["priorities"][0]["points"] = ["7月底前完成今年教师招聘"]
    for seed in SEEDS:
        text = "".join(render(data, seed).document.spoken_lines())
        assert "7月底前完成今年教师招聘【待核：期限“7月底前”早于会议日期" in text, seed
