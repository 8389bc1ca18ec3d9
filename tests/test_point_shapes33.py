"""Points of the shapes round ar's readers found framed wrongly, said the way a clerk writes
them (compose/point_shapes.py, weave._put_into); and points of near shapes left as they were.
The points are this file's own, in the shapes of round ar's lines."""

from __future__ import annotations

import pytest

from speechdraft.compose.weave import charge

# (point, said by a bureau, said by a government's leader)
FIXED = [
    (
        "放假前每名学生家长签收防溺水告知书",
        "我们将确保放假前每名学生家长签收防溺水告知书",
        "要确保放假前每名学生家长签收防溺水告知书",
    ),
    (
        "新建2所小学8月25日前投入使用",
        "我们将确保新建的2所小学8月25日前投入使用",
        "要确保新建的2所小学8月25日前投入使用",
    ),
    ("每个教学点设一部亲情电话", "我们将在每个教学点设一部亲情电话", "每个教学点要设一部亲情电话"),
    (
        "每所村小至少配一名音乐教师",
        "我们将为每所村小至少配一名音乐教师",
        "要为每所村小至少配一名音乐教师",
    ),
    (
        "乡村学校教师每月交通补助提高到400元",
        "我们将推动乡村学校教师每月交通补助提高到400元",
        "乡村学校教师每月交通补助要提高到400元",
    ),
    (
        "寒假实行24小时值班和领导带班",
        "寒假要实行24小时值班和领导带班",
        "寒假要实行24小时值班和领导带班",
    ),
    (
        "县教育局分4个组于2月中旬开展开学检查",
        "县教育局将分4个组于2月中旬开展开学检查",
        "县教育局要分4个组于2月中旬开展开学检查",
    ),
    ("侗族大歌进课堂", "我们将推动侗族大歌进课堂", "要推动侗族大歌进课堂"),
    (
        "座谈中提出的“乡村教师职称”问题，会同县人社局专题研究",
        "对座谈中提出的“乡村教师职称”问题，我们将会同县人社局专题研究",
        "对座谈中提出的“乡村教师职称”问题，要会同县人社局专题研究",
    ),
    ("3月10日前结清工程欠款", "我们将在3月10日前结清工程欠款", "要在3月10日前结清工程欠款"),
    (
        "2027年秋季开学前清退无证代课人员",
        "我们将在2027年秋季开学前清退无证代课人员",
        "要在2027年秋季开学前清退无证代课人员",
    ),
    (
        "根据生源变化，调整中心校寄宿部规模",
        "我们将根据生源变化，调整中心校寄宿部规模",
        "要根据生源变化，调整中心校寄宿部规模",
    ),
    (
        "控辍保学完成情况纳入乡镇年度综合考核",
        "我们将推动把控辍保学完成情况纳入乡镇年度综合考核",
        "要把控辍保学完成情况纳入乡镇年度综合考核",
    ),
    (
        "教师家访情况纳入学校年度考核",
        "我们将把教师家访情况纳入学校年度考核",
        "要把教师家访情况纳入学校年度考核",
    ),
]

# near shapes another rule already says well: left as they were
KEPT = [
    ("各学校每学期开展一次禁毒宣传进课堂", "各学校要每学期开展一次禁毒宣传进课堂"),
    ("已将乡村教师生活补助提高到每人每月600元", None),
    (
        "积极争取县财政将生均公用经费提高到每生每年900元",
        "要积极争取县财政将生均公用经费提高到每生每年900元",
    ),
    ("县市场监管局负责春季开学前学校食堂检查", "县市场监管局要负责春季开学前学校食堂检查"),
    ("每所学校建设一间校史陈列室", "每所学校要建设一间校史陈列室"),
]


@pytest.mark.parametrize(("point", "bureau", "leader"), FIXED)
def test_round_ar_shapes(point: str, bureau: str, leader: str) -> None:
    assert charge(point, True) == bureau
    assert charge(point, False) == leader


@pytest.mark.parametrize(("point", "leader"), KEPT)
def test_near_shapes_left_to_their_rules(point: str, leader: str | None) -> None:
    said = charge(point, False)
    assert point.replace("要", "") in said.replace("要", "") or leader is None
    if leader is not None:
        assert said == leader
    assert "要提高" not in said or not point.startswith(("已", "积极争取"))
    assert "推动各学校" not in said


def _governor(point: str) -> dict[str, object]:
    return {
        "kind": "leader_speech",
        "meeting": {"date": "2034-03-08"},
        "region": {"level": "province", "name": "澜沧省"},
        "speaker": {"title": "副省长", "name": "韦永强"},
        "priorities": [{"area": "义务教育优质均衡", "points": [point]}],
    }


@pytest.mark.parametrize("seed", (1, 2, 3))
def test_a_leader_names_who_works_with_a_department(seed: int) -> None:
    from _matrix import spoken

    text = spoken(_governor("会同省财政厅设立薄弱县帮扶专项资金"), seed)
    assert "省教育厅要会同省财政厅设立薄弱县帮扶专项资金" in text
    assert "。要会同" not in text and "，要会同" not in text


@pytest.mark.parametrize(
    ("point", "leader"),
    [
        ("计划边远县教师专项招聘800名", "要专项招聘边远县教师800名"),
        ("计划乡村教师培训1.2万人次", "要培训乡村教师1.2万人次"),
        ("计划“强基学科”建设12个", "要建设“强基学科”12个"),
        ("计划新招聘教师150名", "要新招聘教师150名"),
    ],
)
def test_a_plan_row_says_its_deed_first(point: str, leader: str) -> None:
    """山区县教师专项招聘计划5,000名 became 要山区县教师专项招聘5000名 (round ar's new arm)."""
    assert charge(point, False) == leader
    assert charge(point, True) == "我们将" + leader.removeprefix("要")


@pytest.mark.parametrize(
    ("point", "leader"),
    [
        ("劝返复学学生“一生一案”", "要对劝返复学学生实行“一生一案”"),
        ("随班就读残疾儿童“一人一案”", "要对随班就读残疾儿童实行“一人一案”"),
        ("实施青年教师“三年成长计划”", "要实施青年教师“三年成长计划”"),
        ("建立心理危机学生“一人一档”", "要建立心理危机学生“一人一档”"),
    ],
)
def test_people_and_their_practice(point: str, leader: str) -> None:
    """二是劝返复学学生“一生一案” had no verb (round ar's G)."""
    assert charge(point, False) == leader
