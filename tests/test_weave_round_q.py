"""Round q's readers (G, F, R on woven content): the clerk's points, figures, targets and
area names said as correct Chinese in the speaker's sentences. Four families, each over a
table of shapes of our own (not the round's profiles), then in rendered drafts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from point_support import said_form
from speechdraft.compose.render import own_headings
from speechdraft.compose.weave import charge, review_figure, spoken_target, target_clause
from speechdraft.pipeline import build_draft

# --- 1. 要 in its place: after the actor, before the manner; a condition first ------------

POINT_SHAPES = [
    # a manner word before the verb: 要 goes before it (优先要安排 was G)
    ("特岗教师优先安排到边远村小和教学点", "特岗教师要优先安排到边远村小和教学点"),
    (
        "州发改、财政、住建部门优先保障教育项目用地和资金",
        "州发改、财政、住建部门要优先保障教育项目用地和资金",
    ),
    ("县财政部门及时足额拨付生均公用经费", "县财政部门要及时足额拨付生均公用经费"),
    ("市卫健部门及时派驻校医", "市卫健部门要及时派驻校医"),
    ("各乡镇全面排查适龄儿童入学情况", "各乡镇要全面排查适龄儿童入学情况"),
    ("县人社局逐步提高乡村教师岗位津贴", "县人社局要逐步提高乡村教师岗位津贴"),
    ("学校全部配齐专职心理健康教师", "学校要全部配齐专职心理健康教师"),
    ("区住建局优先安排教育项目用地", "区住建局要优先安排教育项目用地"),
    ("公安交警部门定期整治校园周边交通秩序", "公安交警部门要定期整治校园周边交通秩序"),
    ("县市场监管局每学期检查一次学校食堂", "县市场监管局要每学期检查一次学校食堂"),
    # two units paired: brought together (要确保…结对帮扶 was G)
    ("旗一中与自治区示范高中结对帮扶", "要推动旗一中与自治区示范高中结对帮扶"),
    ("县第一小学与五所村小结对帮扶", "要推动县第一小学与五所村小结对帮扶"),
    ("城区学校和乡村学校结对共建", "要推动城区学校和乡村学校结对共建"),
    ("实验中学同乡镇中学对口帮扶", "要推动实验中学同乡镇中学对口帮扶"),
    ("市职教中心与本地企业合作办学", "要推动市职教中心与本地企业合作办学"),
    # a share taken out of something: 从 (要新建人才公寓中拿出… was G)
    (
        "新建人才公寓中拿出300套定向配租给新入职教师",
        "要从新建人才公寓中拿出300套定向配租给新入职教师",
    ),
    ("县直学校富余教师中选派30名到乡村学校支教", "要从县直学校富余教师中选派30名到乡村学校支教"),
    ("公租房中划出100套用于教师周转", "要从公租房中划出100套用于教师周转"),
    ("年度编制总量中调剂20名专门用于特教学校", "要从年度编制总量中调剂20名专门用于特教学校"),
    # a condition first, the charge after it (要由遇暴雪天气由… was G)
    (
        "遇暴雪天气由旗教育局统一发布停课或延迟返校通知",
        "遇暴雪天气，要由旗教育局统一发布停课或延迟返校通知",
    ),
    ("遇台风暴雨天气由县教育局统一发布停课通知", "遇台风暴雨天气，要由县教育局统一发布停课通知"),
    ("凡涉及学生安全的事项由校长亲自过问", "凡涉及学生安全的事项，要由校长亲自过问"),
    (
        "一旦发生溺水事故由乡镇政府第一时间组织救援",
        "一旦发生溺水事故，要由乡镇政府第一时间组织救援",
    ),
    ("如遇极端天气由学校通知家长延迟到校", "如遇极端天气，要由学校通知家长延迟到校"),
    ("遇有重大疫情，由县教育局统一安排线上教学", "遇有重大疫情，要由县教育局统一安排线上教学"),
    # the actor named before 为: actor first (要为县住建局为… was G)
    ("县住建局为新入职教师提供三年免租公寓", "县住建局要为新入职教师提供三年免租公寓"),
    ("市民政局为困难学生家庭办理临时救助", "市民政局要为困难学生家庭办理临时救助"),
    ("区人社局为乡村教师发放生活补助", "区人社局要为乡村教师发放生活补助"),
    ("县医保局为在校学生办理基本医疗保险", "县医保局要为在校学生办理基本医疗保险"),
    # a verb that opens the point, its second clause its own (要把盘活… was G)
    ("盘活闲置校舍，优先改建为托幼一体化机构", "要盘活闲置校舍，优先改建为托幼一体化机构"),
    ("盘活撤并学校校舍，用于举办社区学校", "要盘活撤并学校校舍，用于举办社区学校"),
    # 要 never inside a noun (迎接…督导要评估 was G)
    (
        "剩余四个县区全部迎接省级义务教育基本均衡督导评估",
        "剩余四个县区要全部迎接省级义务教育基本均衡督导评估",
    ),
    ("三个县全部迎接国家义务教育优质均衡督导评估", "三个县要全部迎接国家义务教育优质均衡督导评估"),
    ("各县区全部完成学校安全风险评估", "各县区要全部完成学校安全风险评估"),
    # round p's shapes of the same families: a rule stands as written, a thing put to use
    # takes 要 after it, a time first takes 要在, a manner word after the actor
    (
        "学生手机原则上不带入校园，确需带入的由学校统一保管",
        "学生手机原则上不带入校园，确需带入的由学校统一保管",
    ),
    ("每年9月为师德集中学习月", "每年9月为师德集中学习月"),
    ("每个村确定一名村干部担任留守儿童联络员", "每个村要确定一名村干部担任留守儿童联络员"),
    ("开学第一个月进行学情摸底", "要在开学第一个月进行学情摸底"),
    ("签订师德承诺书，严查在职教师有偿补课", "要签订师德承诺书，严查在职教师有偿补课"),
    ("城西小学临时借用进修学校教学楼安排12个班", "城西小学要临时借用进修学校教学楼安排12个班"),
    ("闲置校舍优先用于托育、老年教育和社区教育", "闲置校舍要优先用于托育、老年教育和社区教育"),
    ("撤并后的校舍全部用于举办幼儿园", "撤并后的校舍要全部用于举办幼儿园"),
    ("劝返学生逐人制定“一生一案”，防止再次辍学", "对劝返学生要逐人制定“一生一案”，防止再次辍学"),
    ("留守儿童逐一建立成长档案", "对留守儿童要逐一建立成长档案"),
    ("困难家庭学生逐人落实资助", "对困难家庭学生要逐人落实资助"),
    # shapes that were right before and stay so
    ("完善乡村教师荣誉制度", "要完善乡村教师荣誉制度"),
    ("全面落实教师工资不低于公务员政策", "要全面落实教师工资不低于公务员政策"),
    ("年底前兑现教师绩效工资", "要在年底前兑现教师绩效工资"),
    ("镇政府协调解决村小用地问题", "镇政府要协调解决村小用地问题"),
    ("校车驾驶员资质每学期复核一次", "校车驾驶员资质要每学期复核一次"),
    ("每个社区设立1名校外教育辅导员", "每个社区要设立1名校外教育辅导员"),
    # round y: 确保 takes an outcome; schools that act are charged actor first (weave12)
    ("各中小学统一使用国家智慧教育平台资源", "各中小学要统一使用国家智慧教育平台资源"),
]

# What a bureau's own report says: it does not charge other organs, and 我们将… reads.
BUREAU_SHAPES = [
    ("旗一中与自治区示范高中结对帮扶", "我们将推动旗一中与自治区示范高中结对帮扶"),
    (
        "新建人才公寓中拿出300套定向配租给新入职教师",
        "我们将从新建人才公寓中拿出300套定向配租给新入职教师",
    ),
    (
        "遇暴雪天气由旗教育局统一发布停课或延迟返校通知",
        "遇暴雪天气，由旗教育局统一发布停课或延迟返校通知",
    ),
    ("县住建局为新入职教师提供三年免租公寓", "我们将推动县住建局为新入职教师提供三年免租公寓"),
    ("盘活闲置校舍，优先改建为托幼一体化机构", "我们将盘活闲置校舍，优先改建为托幼一体化机构"),
]

# 要 right after a manner word, a second 由 or 为 after a demand, 要 inside a noun.
_MISPLACED = re.compile(
    r"(?:优先|及时|全面|逐步|全部|统一|按时|足额|定期)要(?!求)|要由[^，。；]{1,8}由|"
    r"要为[^，。；]{1,6}(?:局|部门)为|要把盘活|要确保[^，。；]{2,20}结对|督导要评估|"
    r"要(?:新建|县直)[^，。；]{1,10}中(?:拿出|选派)"
)


@pytest.mark.parametrize(("point", "said"), POINT_SHAPES)
def test_a_point_takes_its_demand_where_its_form_puts_it(point: str, said: str) -> None:
    assert charge(point, False) == said
    assert not _MISPLACED.search(said)
    # the clerk's words are all there, in order, with only the demand's words added
    assert re.sub(r"^对|要(?:从|推动|确保|在)?|，", "", said) == re.sub("，", "", point)


def test_the_table_is_large_enough_to_mean_something() -> None:
    assert len(POINT_SHAPES) >= 40
    assert len({point for point, _ in POINT_SHAPES}) == len(POINT_SHAPES)


@pytest.mark.parametrize(("point", "said"), BUREAU_SHAPES)
def test_a_bureau_says_what_it_will_do(point: str, said: str) -> None:
    assert charge(point, True) == said


# --- 2. review figures: a lead that fits the noun, never 有 before a stock ------------------

FIGURE_SHAPES = [
    ("中高职贯通培养专业点", "118个", "开设中高职贯通培养专业点118个"),
    ("中职特色专业", "12个", "开设中职特色专业12个"),
    ("教育集团", "48个", "组建教育集团48个"),
    ("城乡教育共同体", "12个", "组建城乡教育共同体12个"),
    ("集团化办学联盟", "6个", "组建集团化办学联盟6个"),
    ("省级名师工作室", "9个", "省级名师工作室达到9个"),
    ("县级骨干教师", "812名", "县级骨干教师达到812名"),
    ("市级骨干教师", "2,450名", "市级骨干教师达到2,450名"),
    ("自治区级平安校园", "420所", "自治区级平安校园达到420所"),
    ("民族团结进步示范学校", "86所", "民族团结进步示范学校达到86所"),
    ("省级特色学校", "35所", "省级特色学校达到35所"),
    ("市级学科带头人", "160名", "市级学科带头人达到160名"),
    ("省级示范性幼儿园", "21所", "省级示范性幼儿园达到21所"),
    ("县级名班主任", "40名", "县级名班主任达到40名"),
    ("省级文明校园", "18所", "省级文明校园达到18所"),
    ("研学实践基地", "7个", "研学实践基地达到7个"),
    # a label with its own verb, a rate, a change: as before
    ("新招聘教师", "1860名", "新招聘教师1860名"),
    ("新增学位", "2400个", "新增学位2400个"),
    ("普惠性幼儿园覆盖率", "91.5%", "普惠性幼儿园覆盖率达到91.5%"),
    ("校车", "212辆", "配备校车212辆"),
    # round p's shapes: a share of a harm is 为, a share without its noun takes 比例, a
    # project's investment is done, everyone's training carried out, a headcount reached
    ("56人以上大班额比例", "4.2%", "56人以上大班额比例为4.2%"),
    ("学生近视率", "52.1%", "学生近视率为52.1%"),
    ("初中辍学率", "0.3%", "初中辍学率为0.3%"),
    ("教师普通话二级乙等以上", "97.3%", "教师普通话二级乙等以上比例达到97.3%"),
    ("学生体质健康测试合格", "95.1%", "学生体质健康测试合格比例达到95.1%"),
    ("改造投资", "2650万元", "完成改造投资2650万元"),
    ("校舍维修投资", "860万元", "完成校舍维修投资860万元"),
    ("教师全员培训", "6.3万人次", "开展教师全员培训6.3万人次"),
    ("寄宿生", "3860人", "寄宿生达到3860人"),
    ("在校生", "9120人", "在校生达到9120人"),
]


@pytest.mark.parametrize(("label", "value", "said"), FIGURE_SHAPES)
def test_a_review_figure_has_a_lead_that_fits_its_noun(label: str, value: str, said: str) -> None:
    assert review_figure(label, value) == said
    assert not said.startswith("有")
    assert label in said and value in said  # the clerk's label and figure kept whole


TARGET_SHAPES = [
    ("续建项目数", "3", "个", "3个续建项目按期推进"),
    ("续建项目数", "18", "个", "18个续建项目按期推进"),
    ("在建项目数", "5", "个", "5个在建项目按期推进"),
    ("新建项目数", "2", "个", "2个新建项目开工建设"),
    ("年度教育专项督导次数", "2", "次", "开展教育专项督导2次"),
    ("民族团结进步示范学校数", "100", "所", "民族团结进步示范学校达到100所"),
    ("学生近视率", "50", "%", "学生近视率控制在50%"),
]


@pytest.mark.parametrize(("label", "value", "unit", "said"), TARGET_SHAPES)
def test_a_count_target_is_said_by_its_noun(label: str, value: str, unit: str, said: str) -> None:
    assert spoken_target(label, value, unit) == said
    assert "达到2次" not in target_clause(label, value, unit)


# --- 3. own headings: the name's head noun decides the verb ---------------------------------

# (a name a clerk might type, the first heading made from it)
HEADING_SHAPES = [
    ("城区入学压力", "缓解城区入学压力"),
    ("学位供给压力", "缓解学位供给压力"),
    ("大班额压力", "缓解大班额压力"),
    ("入园难", "破解入园难"),
    ("上学难", "破解上学难"),
    ("乡村教师招聘难", "破解乡村教师招聘难"),
    ("教师结构性缺编难题", "破解教师结构性缺编难题"),
    ("校外培训治理瓶颈", "破解校外培训治理瓶颈"),
    ("择校问题", "解决择校问题"),
    ("留守儿童突出问题", "解决留守儿童突出问题"),
    ("学前教育短板", "补齐学前教育短板"),
    ("教师编制缺口", "补齐教师编制缺口"),
    ("特殊教育弱项", "补齐特殊教育弱项"),
    ("城乡学位矛盾", "化解城乡学位矛盾"),
    ("办学条件", "改善办学条件"),
    ("乡村学校办学条件", "改善乡村学校办学条件"),
    ("寄宿条件", "改善寄宿条件"),
    ("校园安全设施", "改善校园安全设施"),
    ("意识形态风险", "防范意识形态风险"),
    ("校园欺凌风险", "防范校园欺凌风险"),
    ("在建项目", "加快在建项目建设"),
    ("续建项目", "加快续建项目建设"),
    ("新建项目", "加快新建项目建设"),
    ("学校建设项目", "加快学校建设项目建设"),
    ("全面改薄", "扎实推进全面改薄"),
    ("义务教育巩固", "持续巩固义务教育成果"),
    ("控辍保学成果巩固", "持续巩固控辍保学成果成果"),
    ("均衡发展巩固", "持续巩固均衡发展成果"),
    ("普惠扩容", "推动普惠资源扩容"),
    ("学前教育扩容", "推动学前教育资源扩容"),
    ("城区学位扩容", "推动城区学位扩容"),
    ("优质资源扩容", "推动优质资源扩容"),
    ("县中提质", "推动县中提质增效"),
    ("乡村小规模学校提质", "推动乡村小规模学校提质增效"),
    ("教学质量提升", "推动教学质量提升"),
    ("信息化水平提升", "推动信息化水平提升"),
    ("控辍保学攻坚", "打好控辍保学攻坚战"),
    ("大班额攻坚", "打好大班额攻坚战"),
    ("学生体质和近视防控", "抓好学生体质提升和近视防控"),
    ("学生体能和心理健康", "抓好学生体能提升和心理健康"),
    ("综合素质和劳动教育", "抓好综合素质提升和劳动教育"),
    ("贯彻全国教育大会精神", "深入贯彻全国教育大会精神"),
    ("新建学校启用", "确保新建学校按期启用"),
    ("城南幼儿园投用", "确保城南幼儿园按期投用"),
    ("城乡教育共同体", "加强城乡教育共同体建设"),
    ("县域教育联合体", "加强县域教育联合体建设"),
    ("县二中新校区开学", "确保县二中新校区按期开学"),
    ("教师周转房竣工", "确保教师周转房按期竣工"),
    ("学习教育家精神", "深入学习教育家精神"),
    ("践行社会主义核心价值观", "深入践行社会主义核心价值观"),
    ("宣传教育法律法规", "深入宣传教育法律法规"),
]
# Names whose headings were right before: still one of the known good forms.
MORE_NAMES = [
    "大班额",
    "集团化办学",
    "乡村小规模学校",
    "校舍安全",
    "控辍保学",
    "教师交流轮岗",
    "县管校聘改革",
    "学前教育",
    "课后服务",
    "校园食品安全",
    "家校共育",
    "职业教育",
    "特殊教育",
    "民族团结教育",
    "师德师风",
    "教育督导",
    "教育信息化",
    "学生资助",
    "防溺水",
    "校车安全",
]
# An adverb or frame run into a name that is no verb phrase (进一步在建项目, 切实办学条件),
# a frame before a pressure or a difficulty (做好城区入学压力工作), a name ending in its verb
# put after a frame (稳妥推进义务教育巩固), a frame before a clerk's own verb (弘扬贯彻).
_BAD_HEADING = re.compile(
    r"^(?:切实|进一步|持续|深化)(?:在建|新建|续建|办学|寄宿)|(?:压力|难|难题|问题|短板)工作$|"
    r"推进[^，]{2,}(?:巩固|扩容|提质)$|弘扬(?:贯彻|学习|践行)|^深化[^，]*(?:体质|体能)和|"
    r"^稳妥推进全面改薄|^(?:进一步|切实|持续)新建|做好[^，]*共同体工作$"
)


@pytest.mark.parametrize(("name", "first"), HEADING_SHAPES)
def test_a_heading_is_made_from_its_names_head_noun(name: str, first: str) -> None:
    headings = own_headings(name, 2026)
    assert headings[0] == first
    assert len(set(headings)) == 3
    for heading in headings:
        assert not _BAD_HEADING.search(heading), heading
        assert "，" not in heading


def test_heading_names_number_sixty_or_more_and_none_reads_badly() -> None:
    names = [name for name, _ in HEADING_SHAPES] + MORE_NAMES
    assert len(set(names)) >= 60
    bad = [h for name in names for h in own_headings(name, 2026) if _BAD_HEADING.search(h)]
    assert not bad, bad


# --- in drafts: kinds × levels × 3 seeds ----------------------------------------------------

TITLES = {
    "leader_speech": "县委书记",
    "work_report": "教育局局长",
    "concluding_remarks": "副县长",
    "leading_group": "县委书记、县委教育工作领导小组组长",
    "teachers_day": "县长",
    "school_opening": "教育局局长",
    "safety": "副县长",
}
DATES = {"school_opening": "2027-08-27", "teachers_day": "2027-09-09"}
CASES = [
    ("leader_speech", "county"),
    ("work_report", "district"),
    ("concluding_remarks", "city"),
    ("leading_group", "banner"),
    ("teachers_day", "county"),
    ("school_opening", "district"),
    ("safety", "county"),
]
POINTS = {
    "城区入学压力": ["特岗教师优先安排到边远村小和教学点"],
    "教师住房": [
        "新建人才公寓中拿出300套定向配租给新入职教师",
        "县住建局为新入职教师提供三年免租公寓",
    ],
    "应急管理": ["遇暴雪天气由县教育局统一发布停课或延迟返校通知"],
    "结对帮扶": ["县一中与市示范高中结对帮扶"],
}
FIGURES = {"省级名师工作室": "9个", "县级骨干教师": "812名", "教育集团": "6个"}
_SAID_FIGURES = ("省级名师工作室达到9个", "县级骨干教师达到812名", "组建教育集团6个")


def _profile(kind: str, level: str) -> dict[str, Any]:
    priorities: list[dict[str, Any]] = [
        {"area": area, "points": points} for area, points in POINTS.items()
    ]
    priorities.append({"area": "在建项目", "facts": {"续建项目数": 3}})
    return {
        "kind": kind,
        "meeting": {"date": DATES.get(kind, "2027-03-10")},
        "region": {"level": level, "name": "安和"},
        "speaker": {"title": TITLES[kind], "name": "林平"},
        "review": {"achievements": [{"area": "教师队伍", "figures": FIGURES}]},
        "priorities": priorities,
    }


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str, int], str]:
    folder = tmp_path_factory.mktemp("round_q")
    texts = {}
    for kind, level in CASES:
        for seed in (1, 2, 3):
            path = folder / f"{kind}-{seed}.yaml"
            path.write_text(yaml.safe_dump(_profile(kind, level), allow_unicode=True), "utf-8")
            texts[kind, level, seed] = "\n".join(
                build_draft(path, seed=seed).document.spoken_lines()
            )
    return texts


def test_drafts_say_the_clerks_points_in_their_place(
    drafts: dict[tuple[str, str, int], str],
) -> None:
    for key, text in drafts.items():
        for point in (p for ps in POINTS.values() for p in ps):
            assert said_form(point, text) is not None, (key, point)  # nothing dropped
        found = _MISPLACED.search(text)
        assert not found, (key, text[max(0, found.start() - 20) : found.end() + 20])
        assert "要确保续建项目" not in text and "续建项目3个" not in text, key
        assert "3个续建项目" in text, key


def test_drafts_give_review_figures_a_lead(drafts: dict[tuple[str, str, int], str]) -> None:
    for key, text in drafts.items():
        if key[0] in ("leading_group",) and "812名" not in text:
            continue  # a leading group may not review the year
        for said in _SAID_FIGURES:
            assert said in text, (key, said)
        assert not re.search(r"有(?:省级名师工作室|县级骨干教师)", text), key


def test_drafts_head_their_own_sections_with_a_fitting_verb(
    drafts: dict[tuple[str, str, int], str],
) -> None:
    for key, text in drafts.items():
        lines = text.split("\n")
        assert not any(
            _BAD_HEADING.search(re.sub(r"^（[一二三四五六七八九十]）", "", x)) for x in lines
        )
        assert "城区入学压力工作" not in text, key


# --- 4. logic and calendar in woven content --------------------------------------------------

# Wordings round q's readers struck as F: true at one date only, or a claim nobody made.
_STRUCK_F = (
    "汛期和暑假是防溺水教育的关键时段",
    "把隐患消除在开学之前",
    "是绩效评价最核心的指标",
    "决不能外传",
    "规划确定的项目要在今年全面落地",
    "全年排查整改的{{",
    "教育专项督导开展时",
    "民族团结进步示范学校要建成",
    "从县域高中违规抽调",
)


def test_the_bank_no_longer_holds_round_qs_struck_wordings() -> None:
    root = Path(__file__).resolve().parent.parent / "templates" / "phrases"
    found = [
        (path.name, words)
        for path in root.rglob("*.yaml")
        for words in _STRUCK_F
        if words in path.read_text("utf-8")
    ]
    assert not found, found


@pytest.mark.parametrize(
    ("date", "span"),
    [("2026-12-10", "2026年"), ("2027-03-10", "2026年"), ("2027-06-10", "去年以来")],
)
def test_a_safety_review_placeholder_names_the_span_it_reviews(
    tmp_path: Path, date: str, span: str
) -> None:
    data = {
        "kind": "safety",
        "meeting": {"date": date},
        "region": {"level": "county", "name": "安和"},
        "speaker": {"title": "副县长", "name": "林平"},
        "priorities": [{"area": "防溺水"}],
    }
    path = tmp_path / "safety.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    text = "\n".join(build_draft(path, seed=1).document.spoken_lines())
    assert f"{span}校园安全工作成效" in text
    assert "上一年校园安全工作成效" not in text
