"""A clerk's point whose first clause has its own subject and deed keeps its subject first, 要
after it (stop 64, issue 11's G).

Rounds bk–br's readers struck some sixty of every hundred lines where 要确保/要推动/要由/要为/要对
stood before such a point (要为寄宿制学校生活教师按…标准配齐; 要推动县中托管帮扶由市直学校与县中结对;
我们将推动每个股室年底向局党委述职; 要对牧区寄宿生往返交通补助按学期发放) and passed three of five
lines with plain 要 after the subject. A result the frame carries (…3月1日启用, …达到95%) keeps it;
a body above the speaker is said as decided; a bureau still 推动s its peers and lower places.
The points are the test's own, written in the shapes the readers struck.
"""

from __future__ import annotations

import pytest

from speechdraft.compose.weave import charge

# a point and what a government-side speaker says
SPOKEN = {
    "寄宿制学校生活教师按每60名寄宿生配备1名的标准配齐，所需经费列入县级预算": (
        "寄宿制学校生活教师要按每60名寄宿生配备1名的标准配齐，所需经费列入县级预算"
    ),
    "县中结对帮扶由市直高中与县中一对一结对，不得借帮扶之名抽调县中骨干教师": (
        "县中结对帮扶要由市直高中与县中一对一结对，不得借帮扶之名抽调县中骨干教师"
    ),
    "牧区学生往返路费补助按学期发放，不得由家长先行垫付": (
        "牧区学生往返路费补助要按学期发放，不得由家长先行垫付"
    ),
    "新录用特岗教师36名秋季开学前完成岗前培训，未经培训的不得单独上课": (
        "新录用特岗教师36名要在秋季开学前完成岗前培训，未经培训的不得单独上课"
    ),
    "“两免一补”资金春季学期3月20日前拨付到校": "“两免一补”资金春季学期要在3月20日前拨付到校",
    "中心学校每周一次通过家长群推送安全提示，班主任对寄宿生每周电话回访一次": (
        "中心学校要每周一次通过家长群推送安全提示，班主任对寄宿生每周电话回访一次"
    ),
    "各中小学公用经费压减会议、差旅类支出，不得用于发放津贴": (
        "各中小学公用经费要压减会议、差旅类支出，不得用于发放津贴"
    ),
    "县财政今年一般性支出压减8%以上，压减资金优先用于教育": (
        "县财政今年一般性支出要压减8%以上，压减资金优先用于教育"
    ),
    "南坡、北岭两所幼儿园新建项目4月10日前办完用地手续，5月开工": (
        "南坡、北岭两所幼儿园新建项目要在4月10日前办完用地手续，5月开工"
    ),
    "高寒地区教师补助按海拔高度分档发放，州财政局年底前完成测算": (
        "高寒地区教师补助要按海拔高度分档发放，州财政局年底前完成测算"
    ),
}

# results the frame carries, kept as readers passed them
KEPT = {
    "县第五小学新校区9月1日启用，首批招收一年级新生360名": (
        "要确保县第五小学新校区9月1日启用，首批招收一年级新生360名"
    ),
    "教师平均工资收入不低于当地公务员平均工资收入水平": (
        "要确保教师平均工资收入不低于当地公务员平均工资收入水平"
    ),
}


@pytest.mark.parametrize("point", sorted(SPOKEN))
def test_the_subject_keeps_its_place_and_yao_follows_it(point: str) -> None:
    said = charge(point, False)
    assert said == SPOKEN[point]
    assert not said.startswith(("要确保", "要推动", "要由", "要为", "要对", "要做好"))


@pytest.mark.parametrize("point", sorted(KEPT))
def test_a_result_keeps_the_frame_readers_passed(point: str) -> None:
    assert charge(point, False) == KEPT[point]


def test_a_body_above_the_speaker_is_said_as_decided() -> None:
    point = "市委、市政府今年拿出600万元设立乡村教师专项奖励，年内兑现"
    said = charge(point, False)
    assert said == point  # no 要由市委… in a deputy mayor's mouth


def test_a_bureau_says_jiang_of_its_own_things_and_pushes_its_peers() -> None:
    assert charge("每个科室年底向局党组述职，考核靠后的科室负责人调整岗位", True) == (
        "每个科室年底将向局党组述职，考核靠后的科室负责人调整岗位"
    )
    assert charge("各乡镇设立留守儿童关爱服务站", True).startswith("我们将推动各乡镇")
    assert charge("镇财政每年安排幼儿园运转补助6万元", True).startswith("我们将推动镇财政")


@pytest.mark.parametrize(
    "point",
    [
        "会议审议通过《领导小组工作规则》，领导小组每半年召开一次全体会议",
        "特岗教师计划招录90名，优先补足音体美教师",
        "暂缓新建县城景观类项目，教育项目资金专账核算",
        "开足开齐国家课程，音乐、美术通过专递课堂送到每个教学点",
    ],
)
def test_no_yao_inside_what_is_no_subject(point: str) -> None:
    """A plan (计划招录), a record (审议通过), a sanction (暂缓) or a verb (开足) is no subject:
    no 要 after its first words."""
    said = charge(point, False)
    first = point.split("，", 1)[0]
    for cut in range(2, len(first)):
        assert not said.startswith(first[:cut] + "要"), said
