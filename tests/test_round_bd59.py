"""Round bd's remaining labels (docs/review/2026-12-05bd/REMAINING-stop57.md), fixed in stop 58.
Every test function fails on e466700b but those marked as guards."""

from __future__ import annotations

import datetime
import re

import pytest

from _matrix import meeting, spoken


def _section(text: str, heading: str) -> str:
    """The lines under ``heading`` up to the next heading (a line not ending a sentence)."""
    body = []
    for line in text.split(heading, 1)[1].split("\n")[1:]:
        if not line.endswith(("。", "！", "？", "】")):
            break
        body.append(line)
    return "\n".join(body)


def _opening_with_new_campus() -> dict[str, object]:
    return meeting(
        "school_opening",
        "2030-08-26",
        "prefecture",
        "云岫州",
        "州教育局局长",
        minutes=15,
        priorities=[
            {
                "area": "义务教育优质均衡",
                "title": "做好新校区启用和学校撤并工作",
                "points": [
                    "州第三中学新校区9月1日启用，设计规模48个班，高一新生8月29日报到",
                    "松坪乡两个教学点暑期撤并，原有学生全部转入乡中心校寄宿，开学首周逐人核对到校情况",
                ],
            },
            {"area": "学生资助"},
        ],
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_title_past_its_area_keeps_the_section_on_the_clerks_points(seed: int) -> None:
    """A key task titled 做好新校区启用和学校撤并工作 on 义务教育优质均衡: the section says the
    clerk's points with one line of the bank's, not the area's run on 优质均衡评估 (round bd's
    17: eight lines labelled S or E under 做好新建学校启用和学校布局调整)."""
    text = spoken(_opening_with_new_campus(), seed)
    section = _section(text, "做好新校区启用和学校撤并工作")
    assert "新校区" in section and "撤并" in section
    sentences = [s for s in re.split(r"(?<=[。！？])", section) if s.strip()]
    of_points = [s for s in sentences if re.search(r"新校区|撤并|第三中学|教学点|松坪", s)]
    assert len(sentences) - len(of_points) <= 1, section
    assert "【待补" not in section


def _town_report(first: str) -> dict[str, object]:
    return meeting(
        "work_report",
        "2029-02-20",
        "town",
        "青禾镇",
        "镇中心学校校长",
        review={
            "achievements": [
                first,
                {
                    "area": "办学条件",
                    "points": [
                        "镇中心小学新建食堂投入使用，县、镇两级共投入160万元",
                        "原岭头村小学已于2028年7月撤并到镇中心小学，15名学生由校车接送",
                    ],
                },
                {"area": "教育质量", "points": ["六年级学业质量监测全县排名前移四位"]},
            ],
            "problems": [
                "两个教学点只有一至三年级，开不齐课",
                "教师平均年龄五十岁，年轻教师进不来",
            ],
        },
        duration_minutes=15,
        priorities=[{"area": "学前教育"}, {"area": "教师队伍"}],
    )


@pytest.mark.parametrize(
    "first",
    [
        "2028年全镇小学在校生968人，幼儿园在园幼儿271人，适龄儿童入学率保持100%。",
        "全镇5所小学和2所幼儿园运行平稳，在校小学生1420人，全年没有发生责任安全事故。",
    ],
)
def test_a_review_opening_on_the_schools_counts_is_their_account(first: str) -> None:
    """The review's first item, of no area, counting the place's pupils: its heading is the
    schools' 基本情况, not （一）其他各项工作有力推进 (round bd's 04 and 14, S)."""
    text = spoken(_town_report(first), 1)
    assert "其他各项工作" not in text
    assert "全镇学校基本情况" in text


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_no_section_heading_says_the_responsibility_its_part_says(seed: int) -> None:
    """（一）强化责任担当，确保各项部署落地见效 under 三、健全责任体系… or 三、把安全责任落到每一个
    岗位 (round bd's 11, 12, 21: D S) — the section says the part's topic again. A guard: this
    profile drew no such pair on e466700b either (the rounds' drafts did)."""
    data = meeting(
        "safety",
        "2027-06-24",
        "town",
        "溪口镇",
        "镇党委副书记",
        minutes=12,
        meeting={"date": "2027-06-24", "name": "全镇暑期防溺水和学生安全工作会议"},
        priorities=[{"area": "防溺水"}, {"area": "交通安全"}],
    )
    text = spoken(data, seed)
    parts = [line for line in text.split("\n") if re.match(r"^[一二三四五]、", line)]
    for line in text.split("\n"):
        if not re.match(r"^（[一二三四五六]）", line):
            continue
        first = re.split(r"[，：]", line[3:])[0]
        if "责任" in first:
            part = next(p for p in reversed(parts) if text.index(p) < text.index(line))
            assert "责任" not in re.split(r"[，：]", part)[0], (part, line)


def _opening_with_aid(year: int) -> dict[str, object]:
    return meeting(
        "school_opening",
        f"{year}-08-27",
        "prefecture",
        "岱宁州",
        "州教育局局长",
        minutes=15,
        priorities=[
            {"area": "校园安全"},
            {"area": "控辍保学与学生资助", "points": ["寄宿生生活补助9月底前发放到卡"]},
        ],
    )


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_an_opening_with_an_aid_task_lists_no_aid_line_before_it(seed: int) -> None:
    """六是落实学生资助政策。要把资助政策讲给每一个家庭… in the 开学准备 list, then the clerk's
    whole 资助 section (round bd's 06 and 17, D)."""
    text = spoken(_opening_with_aid(2031), seed)
    assert "资助政策讲给每一个家庭" not in text
    assert "寄宿生生活补助" in text and "9月底前发放到卡" in text


@pytest.mark.parametrize("year", [2024, 2026, 2031, 2035])
def test_the_transition_periods_aid_word_stays_in_its_years(year: int) -> None:
    """脱贫家庭学生 in 2031 (round bd's 17, Y: the 2021—2025 transition period's word), and 留守
    儿童 as a ground for aid (F): no unit a speaker may say after 2025 has either."""
    from bank_support import admitted
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir())
    day = datetime.date(year, 8, 27)
    units = [u for a in bank.areas.values() for f in a.families for u in f.units]
    said = [
        text
        for u in units
        if admitted(u, "school_opening", "bureau_chief", "prefecture", day)
        for text in u.wordings
        if "资助" in text
    ]
    assert said
    dated = [t for t in said if "脱贫家庭" in t]
    assert bool(dated) == (year <= 2025), dated
    assert not [t for t in said if re.search(r"留守儿童[^。]{0,12}资助|资助[^。]{0,16}留守儿童", t)]


def test_the_transition_periods_aid_word_is_dated_in_the_norms() -> None:
    from speechdraft.norms import load_terms

    found = [t for t in load_terms() if "脱贫家庭学生" in t.forms]
    assert found and found[0].until is not None and found[0].until.year == 2025
