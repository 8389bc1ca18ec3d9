"""A clerk's points said as speech (voice24; round al's readers, G and R on point lines):
要 before the point's main verb phrase, never inside it (和省内要对口帮扶城市…, 研究教学点要撤并
…, …带队分组要督查, 暑期返校、秋季要在开学前…); the speaker's own body says 将 (要确保镇里
为…, 要确保自治区教育厅组成… from its 副厅长); 抓好/确保 only over what takes them (要抓好水塘边
立警示牌, 要抓好治理…, 要确保开学安全第一课, 对师德考核一票否决); a judgement stated (要由…是第一
责任人); a note given its object (教师要招聘。).

The test's own points, first through weave's frames (a school-side speaker and a bureau), then
in the test's own two profiles rendered at seeds 1–3, asserted on the sentences.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from _matrix import spoken
from speechdraft.compose.weave import charge

# a point, and what a school-side speaker says
SAID = {
    # 要 before the point's verb phrase, after its subject and time
    "开学首日县领导带队分组督查": "开学首日县领导要带队分组督查",
    "和邻县结对学校开展联合教研": "要和邻县结对学校开展联合教研",
    "研究薄弱学校布局调整方案，报县政府审定": "要研究薄弱学校布局调整方案，报县政府审定",
    "寒假返校、春季开学前做好晨午检": "要在寒假返校、春季开学前做好晨午检",
    "各乡镇、各部门会后三天内传达会议精神": "各乡镇、各部门要在会后三天内传达会议精神",
    # people, then a term's time or a season, then their deed: 要在 after the people
    "校车驾驶员开学前全部参加岗前培训": "校车驾驶员要在开学前全部参加岗前培训",
    "村干部、网格员汛期巡河": "村干部、网格员要在汛期巡河",
    "春季开学和汛期前各开展一次校舍排查": "要在春季开学和汛期前各开展一次校舍排查",
    # the speaker's own body: 将
    "镇里为每位乡村教师办理意外伤害保险": "镇里将为每位乡村教师办理意外伤害保险",
    # a verb phrase takes 要 alone; a practice its own verb
    "河塘边立防溺水警示牌": "要在河塘边立防溺水警示牌",
    "治理无证托管机构": "要治理无证托管机构",
    "扶持农村普惠性幼儿园发展": "要扶持农村普惠性幼儿园发展",
    "秋季开学安全第一课": "要上好秋季开学安全第一课",
    "教师师德考核一票否决": "要实行教师师德考核一票否决",
    "各校开学第一周上好交通安全第一课": "各校要在开学第一周上好交通安全第一课",
    # a judgement said as a statement
    "各乡镇中心学校校长是控辍保学第一责任人": "各乡镇中心学校校长是控辍保学第一责任人，要切实扛起责任",
    # a note given its object
    "特岗教师招聘": "要招聘特岗教师",
    "困境儿童关爱": "要关爱困境儿童",
}
# what round al's readers struck, in the test's own words
BROKEN = re.compile(
    r"带队分组要|和邻县要|研究薄弱学校要|春季要在开学前|要由各乡镇|(?:要|将)确保镇里|"
    r"(?:抓好|确保)(?:河塘边|治理|扶持|秋季开学安全第一课)|对教师师德考核一票否决|要由各乡镇中心学校|"
    r"推动各乡镇中心学校校长是|特岗教师要招聘|困境儿童要关爱|开齐开好各校|镇里要为|"
    r"(?:抓好|做好)(?:校车驾驶员|村干部|春季开学)"
)


def test_a_school_side_speaker_says_each_point_as_speech() -> None:
    for point, said in SAID.items():
        assert charge(point, False) == said, point


def test_a_bureau_says_none_of_the_broken_forms() -> None:
    for point in SAID:
        text = charge(point, True)
        assert not BROKEN.search(text), (point, text)
    assert charge("特岗教师招聘", True) == "我们将招聘特岗教师"
    assert charge("镇里为每位乡村教师办理意外伤害保险", True).startswith("镇里将为")


def test_the_speakers_own_named_body_says_jiang() -> None:
    from speechdraft.compose.point_place import own_body_pieces  # new in voice24

    names = ("苍岭省教育厅", "省教育厅")
    assert own_body_pieces("省教育厅组成5个督查组，12月分片明查暗访", names) == (
        "",
        "省教育厅",
        "将",
        "组成5个督查组，12月分片明查暗访",
        "",
    )
    # another body's name that begins with the speaker's, or a body that is no subject
    assert own_body_pieces("省教育厅办公室印发通知", names) is None
    assert own_body_pieces("省教育厅和省财政厅联合督查", names) is None
    assert own_body_pieces("县委组织部选派干部", ("县委", "县政府")) is None
    # with no names given, only the spoken own bodies (镇里, 厅里) are the speaker's
    assert own_body_pieces("省教育厅组成5个督查组", ()) is None
    assert own_body_pieces("厅里组成5个督查组", ())[2] == "将"  # type: ignore[index]


def test_points_of_other_shapes_are_left_alone() -> None:
    # a noun that begins with one of the verbs is no verb phrase; a clerk's own 要 is kept
    assert not charge("研究生学历教师比例逐年提高", False).startswith("要研究")
    assert charge("县教育局组织专项督查", False) == "县教育局要组织专项督查"
    assert charge("9月底前完成全部校舍安全排查", False) == "要在9月底前完成全部校舍安全排查"
    assert "和谐" in charge("和谐校园创建", False)


# -- the drafts ---------------------------------------------------------------------------


def _province() -> dict[str, Any]:
    return {
        "kind": "safety",
        "meeting": {"date": "2030-11-14"},
        "region": {"level": "province", "name": "苍岭省"},
        "speaker": {"title": "省教育厅副厅长", "name": "韩立新"},
        "review": {
            "achievements": [{"area": "隐患排查", "figures": {"排查整改隐患": "3,200项"}}],
            "problems": ["部分寄宿制学校冬季取暖存在隐患"],
        },
        "priorities": [
            {
                "area": "责任落实",
                "points": [
                    "市县教育部门主要负责同志是第一责任人",
                    "省教育厅组成5个督查组，12月分片明查暗访",
                ],
            },
            {
                "area": "冬季取暖安全",
                "points": ["开学首日厅领导带队分组督查", "寒假返校、春季开学前做好晨午检"],
            },
        ],
    }


def _town() -> dict[str, Any]:
    return {
        "kind": "leading_group",
        "meeting": {"date": "2030-04-16"},
        "region": {"level": "town", "name": "青石镇"},
        "speaker": {"title": "镇党委书记、镇教育工作领导小组组长", "name": "韩立新"},
        "review": {
            "achievements": [{"area": "控辍保学", "figures": {"劝返复学": "6人"}}],
            "problems": ["村小教师年龄偏大"],
        },
        "priorities": [
            {
                "area": "防溺水",
                "points": ["河塘边立防溺水警示牌", "研究教学点撤并调整方案，报县教育局审批"],
            },
            {
                "area": "教师关爱",
                "points": ["镇里为每位乡村教师办理意外伤害保险", "特岗教师招聘"],
            },
        ],
    }


@pytest.fixture(scope="module")
def drafts() -> dict[tuple[str, int], str]:
    return {
        (name, seed): spoken(make(), seed)
        for name, make in (("province", _province), ("town", _town))
        for seed in (1, 2, 3)
    }


DRAFT_BROKEN = re.compile(
    r"要由市县|推动市县教育部门主要负责同志是|(?:要|将)确保(?:省教育厅|镇里)|带队分组要|"
    r"春季要在开学前|(?:抓好|确保)河塘边|研究教学点要|特岗教师要招聘|镇里要为"
)


def test_drafts_say_the_points_as_speech(drafts: dict[tuple[str, int], str]) -> None:
    broken = [(key, m[0]) for key, text in drafts.items() if (m := DRAFT_BROKEN.search(text))]
    assert not broken, broken
    for seed in (1, 2, 3):
        province, town = drafts[("province", seed)], drafts[("town", seed)]
        assert "省教育厅将组成5个督查组" in province, seed  # the 副厅长's own body
        assert "市县教育部门主要负责同志是第一责任人" in province, seed
        # the town's own body takes 将; voice30 names the clerk's 镇里 as 镇政府 (round ap's R:
        # a secretary does not call his town 乡里/镇里 from the rostrum)
        assert "镇政府将为每位乡村教师办理意外伤害保险" in town, seed
        assert "在河塘边立防溺水警示牌" in town, seed
        assert "招聘特岗教师" in town, seed
