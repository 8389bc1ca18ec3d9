"""The speaker and the people he names, as he says them (stop 63; rounds bo's and bp's F, R).

His own post among the recap's actors is 我 (州委书记和我分别带队…), a top leader's duty never
names the 主要负责同志 he is, and a teacher's school in brackets after the name is said before it
(市第二中学綦晓岚、城南小学阙明辉): a bracket is no word read aloud. Every test function has cases
that fail on b2145b54."""

from __future__ import annotations

import re

import pytest

from speechdraft.compose.context import _named_with_school, _own_post_named


@pytest.mark.parametrize(
    ("recap", "title", "said"),
    [
        (
            "州委书记、州长分别带队走访慰问了乡村学校教师",
            "州委副书记、州长",
            "州委书记和我分别带队走访慰问了乡村学校教师",
        ),
        ("县委书记、县长带队调研", "县委书记", "我和县长带队调研"),
        # another's post that holds the speaker's as a part (副县长) is not his
        ("副县长通报了情况", "县长", "副县长通报了情况"),
        # several leaders with 等: said as written
        ("县委书记、县长等县领导带队察看了学校", "县长", "县委书记、县长等县领导带队察看了学校"),
    ],
)
def test_the_speakers_own_post_in_the_recap_is_me(recap: str, title: str, said: str) -> None:
    """Round bo's 09 (F R): a 州长 recapped 州委书记、州长分别带队走访慰问…, himself in the third
    person."""
    assert _own_post_named(recap, title) == said


def test_the_top_leaders_duty_names_no_one_he_is() -> None:
    """镇党委、镇政府主要负责同志要带头到学校去 said by the 镇党委书记 (round bp's 16 and 17, R; two
    more drafts of earlier rounds): the speaker is the 主要负责同志 himself."""
    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.resources import builtin_templates_dir

    bank = load_phrasebank(builtin_templates_dir(), None)
    wordings = [
        text
        for area in (*bank.areas.values(), *bank.safeguards.values())
        for family in area.families
        for unit in family.units
        if {"party_secretary", "group_head"} & set(unit.tags.roles)
        for text in unit.wordings
    ]
    assert wordings
    said = [t for t in wordings if re.match(r"(?:\{\{ w\.party_gov \}\}|党委|党政)主要负责同志", t)]
    assert not said, said


@pytest.mark.parametrize(
    ("said", "spoken"),
    [
        (
            "向全市教师学习綦晓岚（市第二中学）、阙明辉（城南小学）等教书育人楷模",
            "向全市教师学习市第二中学綦晓岚、城南小学阙明辉等教书育人楷模",
        ),
        (
            "为甘永红（城关第一小学）、鲁红梅（马岗镇中心学校）等17名从教30年教师颁发荣誉证书",
            "为城关第一小学甘永红、马岗镇中心学校鲁红梅等17名从教30年教师颁发荣誉证书",
        ),
        (
            "教师代表乔慧（旗第一小学）、蒲德胜（巴彦苏木学校）先后发言",
            "教师代表旗第一小学乔慧、巴彦苏木学校蒲德胜先后发言",
        ),
        ("特别要感谢胡秀兰（原旗实验小学）", "特别要感谢原旗实验小学胡秀兰"),
        # a name longer than four characters cannot be told from the words before it: the list
        # is left as the clerk wrote it, all of it
        (
            "呼和巴特尔（旗蒙古族中学）、庞晓燕（旗第三幼儿园）等发言",
            "呼和巴特尔（旗蒙古族中学）、庞晓燕（旗第三幼儿园）等发言",
        ),
        # a school's own part, or a school named after what it is: no person
        ("城关第一小学（小学部）", "城关第一小学（小学部）"),
        ("新建一所九年一贯制学校（城东学校）", "新建一所九年一贯制学校（城东学校）"),
        # another bracket in the list (a post): as written
        (
            "达布希拉图（原苏木中心学校校长）、胡秀兰（原旗实验小学）",
            "达布希拉图（原苏木中心学校校长）、胡秀兰（原旗实验小学）",
        ),
    ],
)
def test_a_teachers_school_is_said_before_the_name(said: str, spoken: str) -> None:
    """Eleven lines of rounds bo and bp (R): “念出来是‘额日和木括号旗蒙古族中学’”."""
    assert _named_with_school(said) == spoken


@pytest.mark.parametrize(
    ("point", "said"),
    [
        (
            "九年义务教育巩固率达到96.4%（2015年为91.2%）。",
            "九年义务教育巩固率由2015年的91.2%提高到96.4%",
        ),
        (
            "公办园在园幼儿占比力争达到85%（去年为79%）",
            "公办园在园幼儿占比力争由去年的79%提高到85%",
        ),
        ("近视率为52.1%（上年为54.3%）", "近视率由上年的54.3%下降到52.1%"),
        ("挂牌督导要覆盖58所（全覆盖）学校", "挂牌督导要覆盖全部58所学校"),
        (
            "市实验学校获评全国中小学科学教育实验校（国家级）。",
            "市实验学校获评全国中小学科学教育实验校",
        ),
        ("村级幼儿园分园全部达到市二类园标准（力争）", "力争村级幼儿园分园全部达到市二类园标准"),
        # a level the name does not say is the clerk's to keep
        ("获评市级示范校（省级）", "获评市级示范校（省级）"),
    ],
)
def test_the_clerks_brackets_said_in_words(point: str, said: str) -> None:
    """Rounds bo and bp (R): “括注‘（2015年为91.2%）’不宜口播”, “（力争）是备注括号直接贴进句子”,
    “58所（全覆盖）学校”, “全国……（国家级）重复”."""
    from speechdraft.compose.context import _clause

    assert _clause(point) == said
