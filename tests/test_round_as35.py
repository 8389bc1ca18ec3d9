"""Round as's L and A, from its labels: a town's 中心学校校长 speaks as the school he runs, not
as the bureau over him; a concluding speech does not say what a superior's speech covered."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from _matrix import draft as render
from speechdraft.compose.context import _clause
from speechdraft.phrasebank import load_phrasebank, sayable
from speechdraft.pipeline import validate_profile
from speechdraft.resources import builtin_templates_dir
from speechdraft.voice import unfit

BANK = load_phrasebank(builtin_templates_dir())

SCHOOL_HEAD_LINES = (
    "坚持深入一线，帮助学校解决实际困难",
    "深入基层一线，帮助学校解难题",
    "上面这些问题，各单位要对号认领、逐项研究，拿出解决的办法。",
    "考核要讲公道，标准公开、结果公开，让各单位心服口服。",
    "坚持行政和教育双线控辍，层层压实责任。",
)


@pytest.mark.parametrize("line", SCHOOL_HEAD_LINES)
def test_a_centre_school_head_does_not_speak_as_the_bureau(line: str) -> None:
    assert unfit(line, "school_head", "town")
    assert not unfit(line, "bureau_chief", "county")  # the county's bureau says it


def test_a_town_has_no_system_of_its_own_and_no_top_scorers() -> None:
    assert unfit("2034年，全系统工作的总体考虑是：", "bureau_chief", "town")
    assert unfit("不炒作升学率、不宣传考试状元，这是一条纪律。", "party_secretary", "town")
    assert not unfit("2034年，全系统工作的总体考虑是：", "bureau_chief", "county")
    # a wording that says 全系统 only where the level is not a town stays sayable there
    thanks = "向{{ w.all ~ '的老师们' if w.key == 'town' else '全系统的干部和教师' }}道一声辛苦！"
    assert not unfit(thanks, "bureau_chief", "town")


def _town_report(seed: int) -> dict[str, Any]:
    return {
        "kind": "work_report",
        "meeting": {"date": "2031-01-15"},
        "region": {"level": "town", "name": "青岗乡"},
        "speaker": {"title": "乡中心学校校长", "name": "吕明远"},
        "preceding": ["乡长讲话"],
        "review": {
            "achievements": [
                {"area": "学校建设", "points": ["中心学校学生宿舍改造完工"]},
                {"area": "教学质量", "points": ["六年级学业质量监测进入全县前十"]},
            ],
            "problems": ["村小教师年龄偏大", "留守儿童多，家庭教育跟不上"],
        },
        "priorities": [
            {"area": "乡村小规模学校", "points": ["中心学校教师到村小走教"]},
            {"area": "控辍保学", "facts": {"九年义务教育巩固率": "保持100%"}},
            {"area": "家校共育"},
        ],
        "seed": seed,
    }


@pytest.mark.parametrize("seed", range(1, 7))
def test_a_centre_school_heads_report_says_none_of_the_bureaus_words(seed: int) -> None:
    text = "\n".join(render(_town_report(seed), seed).document.spoken_lines())
    for words in ("全系统", "各单位", "帮助学校解", "层层压实", "状元", "双线控辍"):
        assert words not in text, (seed, words)


def _closing(seed: int) -> dict[str, Any]:
    return {
        "kind": "concluding_remarks",
        "meeting": {"date": "2029-02-20"},
        "region": {"level": "autonomous_region", "name": "北疆自治区"},
        "speaker": {"title": "自治区教育厅厅长"},
        "preceding": ["自治区副主席作了讲话"],
        "priorities": [
            {"area": "县域普通高中发展", "points": ["实施县中振兴行动"]},
            {"area": "职业教育", "points": ["推进产教融合实训基地建设"]},
        ],
        "seed": seed,
    }


# what a superior's speech would have to have said for the line to be true
_CLAIMED_CONTENT = re.compile(r"肯定|回顾|总结|讲得很清楚|讲得很充分|讲到了")


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_closing_speech_does_not_say_what_the_superior_covered(seed: int) -> None:
    """Round as's A: 2026年全区教育工作取得的成绩，自治区副主席的重要讲话已经讲得很清楚 —
    the profile said only that the 副主席 spoke."""
    text = "".join(render(_closing(seed), seed).document.spoken_lines())
    claims = [
        s
        for s in re.split("[。！；]", text)
        if ("副主席" in s and "成绩" in s) or ("副主席" in s and _CLAIMED_CONTENT.search(s))
    ]
    assert claims == [], (seed, claims)


def test_a_school_head_does_not_clear_the_school_surroundings() -> None:
    line = "校园周边环境要常抓常治，让学生上学放学一路平安。"
    assert unfit(line, "school_head", "town")
    assert not unfit(line, "bureau_chief", "county")


def test_the_drowning_lines_keep_to_the_water() -> None:
    """Round as's S in three drafts: 放学时段要有专人在校门口值守 under 防溺水."""
    safety = BANK.areas["safety"]
    drowning = next(f for f in safety.families if f.key == "drowning")
    gate = [t for u in drowning.units for t in u.wordings if re.search("校门|保安", t)]
    assert gate == []


def test_the_weather_line_does_not_lump_in_the_pupils_minds() -> None:
    """Round as's R: 极端天气下的校舍和出行安全、学生的心理健康，都需要我们更加重视."""
    lines = [t for u in BANK.frames["safety.trend"] for t in u.wordings if "极端天气" in t]
    assert lines and not any("心理" in t for t in lines)


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "上学年共查处违规问题9起（其中有偿补课6起），已全部处理到位。",
            "上学年共查处违规问题9起，其中有偿补课6起，已全部处理到位",
        ),
        (
            "计划新建7所，约需资金2100万元（含设备购置）。",
            "计划新建7所，约需资金2100万元，含设备购置",
        ),
        (
            "主体已完成，室外工程正在施工（绿化、运动场）",
            "主体已完成，室外工程正在施工，包括绿化、运动场",
        ),
        (
            "可聘请退休教师参与（费用按物价部门核定标准收取）。",
            "可聘请退休教师参与，费用按物价部门核定标准收取",
        ),
        ("严禁在职教师有偿补课（已查处3起）", "严禁在职教师有偿补课，已查处3起"),
        # a title's brackets and a word's alternative stay
        (
            "审议《教育强市建设实施方案（2035—2040年）》（送审稿）",
            "审议《教育强市建设实施方案（2035—2040年）》（送审稿）",
        ),
        ("县（区）教育局要抓好", "县（区）教育局要抓好"),
        ("落实学校布局专项规划（2032—2040年）", "落实《学校布局专项规划（2032—2040年）》"),
    ],
)
def test_a_clerks_note_in_brackets_is_said_as_a_clause(written: str, said: str) -> None:
    """Round as's R: （其中有偿补课六起）, （含设备购置）, （绿化、运动场） read aloud as brackets."""
    assert _clause(written) == said


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("已完成征地和规划设计，现有施工单位已进场。", "已完成征地和规划设计，目前施工单位已进场"),
        ("目前主体已完成，现有室外工程正在施工", "目前主体已完成，室外工程正在施工"),
        ("现有乡镇公办园11所，计划新建7所", "现有乡镇公办园11所，计划新建7所"),  # a stock
    ],
)
def test_a_returns_now_of_work_in_progress_is_said_as_a_speaker_says_it(
    written: str, said: str
) -> None:
    """Round as's G R: 现有施工单位已进场 read as "the existing contractor"."""
    assert _clause(written) == said


def test_this_meeting_is_said_without_its_year() -> None:
    """Round as's R: 这次2019年全镇教育工作会议, 拗口; 这次全镇教育工作会议."""
    found = []
    for seed in range(1, 9):
        profile = {
            "kind": "leader_speech",
            "meeting": {"date": "2024-02-06", "name": "柳湾镇2024年教育工作会议"},
            "region": {"level": "town", "name": "柳湾镇"},
            "speaker": {"title": "镇党委书记", "name": "杜文清"},
            "priorities": [{"area": "控辍保学"}, {"area": "乡村小规模学校"}],
        }
        text = "\n".join(render(profile, seed).document.spoken_lines())
        assert not re.search(r"这次\d{4}年", text), (seed, text[:300])
        found += re.findall(r"这次(全镇教育工作会议)", text)
    assert found  # the wording that says 这次… is among those drawn


def _written(tmp_path: Path, date: str, point: str) -> Path:
    path = tmp_path / "会议.yaml"
    profile = {
        "kind": "leader_speech",
        "meeting": {"date": date},
        "region": {"level": "county", "name": "石门县"},
        "speaker": {"title": "县长"},
        "priorities": [{"area": "学前教育", "points": [point]}],
    }
    path.write_text(yaml.safe_dump(profile, allow_unicode=True), encoding="utf-8")
    return path


def test_a_dated_term_in_the_clerks_words_outside_its_years_is_pointed_out(tmp_path: Path) -> None:
    """Round as's Y: 按照第三期学前教育行动计划 at a February 2017 meeting (the plan came in
    April 2017). The draft says the clerk's words as written; the clerk is told where."""
    point = "按照第三期学前教育行动计划，每个乡镇至少办好一所公办中心幼儿园"
    early = validate_profile(_written(tmp_path, "2017-02-22", point)).warnings
    [warning] = [w for w in early if "第三期学前教育行动计划" in w.message]
    assert warning.path == "priorities[0].points[0]" and warning.line
    assert "2017年4月" in warning.message and "稿中照写" in warning.message
    in_time = validate_profile(_written(tmp_path, "2018-03-01", point)).warnings
    assert not [w for w in in_time if "第三期" in w.message]
    late = validate_profile(_written(tmp_path, "2024-03-01", point)).warnings
    assert [w for w in late if "十四五" in w.message]


def test_the_2019_burden_document_is_not_named_in_a_late_draft() -> None:
    """Round as's Y: 中央专门印发了《关于减轻中小学教师负担…若干意见》 at a 2033 meeting."""
    named = [
        text
        for family in BANK.areas["teachers"].families
        for unit in family.units
        for text in unit.wordings
        if "减轻中小学教师负担进一步营造" in text
    ]
    assert named
    for text in named:
        assert sayable(text, "bureau_chief", "county", datetime.date(2024, 9, 9))
        assert not sayable(text, "bureau_chief", "county", datetime.date(2031, 9, 9))


@pytest.mark.parametrize("seed", range(1, 9))
def test_a_teachers_day_lead_does_not_file_a_playground_under_the_teachers(seed: int) -> None:
    """Round as's G F: 对照建设高素质专业化教师队伍的要求，我们的工作还有差距：村小办学条件差，
    有三所村小还没有标准操场."""
    profile = {
        "kind": "teachers_day",
        "meeting": {"date": "2027-09-08"},
        "region": {"level": "town", "name": "白沙镇"},
        "speaker": {"title": "镇长"},
        "review": {
            "achievements": [{"area": "教师队伍", "points": ["新来了8名特岗教师"]}],
            "problems": ["两所村小还没有标准操场", "青年教师留不住"],
        },
        "priorities": [{"area": "教师待遇", "points": ["落实乡村教师生活补助"]}],
    }
    text = "\n".join(render(profile, seed).document.spoken_lines())
    lead = text[: text.index("两所村小")].rsplit("\n", 1)[-1]
    assert "教师队伍" not in lead and "老师们反映" not in lead, lead


def test_the_discipline_headings_stand_over_no_learning_lines() -> None:
    """Round as's S in three drafts: 抓教育要懂教育，干部要加强学习 under 严守纪律规矩."""
    work_style = BANK.safeguards["work_style"]
    discipline = next(f for f in work_style.families if f.key == "discipline")
    learning = [t for u in discipline.units for t in u.wordings if "教育规律" in t]
    assert learning == []


@pytest.mark.parametrize("seed", range(1, 13))
def test_a_report_without_a_teachers_task_does_not_default_to_respect_for_teachers(
    seed: int,
) -> None:
    """Round as's S: （四）弘扬尊师重教新风 under 三、压实责任 in a report with no teachers' task."""
    profile = {
        "kind": "work_report",
        "meeting": {"date": "2027-02-23"},
        "region": {"level": "county_city", "name": "临江市"},
        "speaker": {"title": "市教育局局长"},
        "priorities": [
            {"area": "学前教育", "points": ["新建公办幼儿园3所"]},
            {"area": "义务教育", "points": ["城区新增学位1200个"]},
        ],
    }
    text = "\n".join(render(profile, seed).document.spoken_lines())
    assert "尊师重教" not in text, seed


STRUCK_WORDINGS = (
    "走没走在前列",
    "日常督查和年终考核一起用",
    "不能当作分外之事",
    "一年一年带学生带出来",
    "最受尊重的职业之一",
    "事业的未来在奋斗",
    "红色遗址就在身边",
    "要把教师的评价作为重要依据",
    "支持教育是否有力",
    "回顾的{{ y.review }}年工作",
)


def test_the_wordings_round_as_struck_are_gone() -> None:
    """Round as's R: lines that read as spoken slips or slogans (each quoted in the labels)."""
    texts = [
        text
        for units in (
            *(u for a in BANK.areas.values() for f in a.families for u in (*f.units, *f.headings)),
            *(
                u
                for a in BANK.safeguards.values()
                for f in a.families
                for u in (*f.units, *f.headings)
            ),
            *(u for units in BANK.frames.values() for u in units),
        )
        for text in units.wordings
    ]
    assert len(texts) > 5000
    assert [w for w in STRUCK_WORDINGS if any(w in t for t in texts)] == []


def test_a_districts_subdivisions_are_said_without_brackets() -> None:
    """Round as's R: 各街道（乡镇）, brackets nobody can read aloud."""
    from speechdraft.genre import LEVELS

    assert LEVELS["district"].below == "各街道、乡镇"


STRUCK_AS_F_AND_G = (
    "配齐到{{",  # 配备到 (round as's G, two drafts)
    "音体美、心理健康等学科教师缺在哪里",  # subjects nobody named short (F, two drafts)
    "公安、司法行政部门要依法处理",  # 司法行政 does not prosecute (F)
    "把防范措施和监护责任落到人头",  # a guardian's duty is the parents' (G)
    "推动督政、督学、评估监测统筹推进",  # 推动…推进 (G)
    "千方百计扩充城区学位",  # F where pupils are falling
    "今年的重点工作，主要有",  # a closing speech does not count the year's work (F)
)


def test_the_wordings_round_as_read_as_false_or_broken_are_gone() -> None:
    files = sorted((Path(__file__).parents[1] / "templates" / "phrases").rglob("*.yaml"))
    source = "".join(path.read_text(encoding="utf-8") for path in files)
    assert [w for w in STRUCK_AS_F_AND_G if w in source] == []


@pytest.mark.parametrize("seed", range(1, 9))
def test_crowded_classes_are_not_said_where_pupils_are_falling(seed: int) -> None:
    """Round as's F: 一个班坐得太满 beside 学龄人口下降、乡村学校闲置."""
    profile = {
        "kind": "leading_group",
        "meeting": {"date": "2035-03-20", "name": "市委教育工作领导小组全体会议"},
        "region": {"level": "city", "name": "岚川市"},
        "speaker": {"title": "市委书记"},
        "review": {"problems": ["学龄人口持续下降，部分乡村学校校舍闲置"]},
        "priorities": [{"area": "义务教育", "points": ["稳妥推进乡村学校布局调整"]}],
    }
    text = "".join(render(profile, seed).document.spoken_lines())
    assert "坐得太满" not in text and "班额过大" not in text, seed


def test_places_are_claimed_as_their_supply() -> None:
    """Round as's G: 二是学位取得积极进展 (应为“学位供给”)."""
    from speechdraft.compose.render import _claimed_topic, _lead_topic

    assert _claimed_topic("学位") == "学位供给"
    assert _lead_topic("学位") == "学位供给"
    assert _claimed_topic("学前教育") == "学前教育工作"
