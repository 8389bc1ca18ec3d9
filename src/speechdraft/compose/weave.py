"""How the profile's own words are woven into sentences, as a clerk would write them.

A point pasted as it was typed (校车驾驶员资质每学期复核一次。) reads as a note, not as
something the speaker says; a figure joined by 达到 whatever it is (送教上门达到7人) or
printed with its field's name (今年新补充教师人数180) reads as a form. Each function here
takes the clerk's text whole (nothing is reworded, so every point and figure can be traced
in the draft) and gives it the lead, verb or unit its form asks for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from speechdraft.compose.charge_clauses import (
    charge_where_the_clauses_take_it,
    without_a_commendation_not_held,
)
from speechdraft.compose.charge_reread import reread
from speechdraft.compose.deed_once import column_said
from speechdraft.compose.point_clause import clause_pieces, frame_over_clause
from speechdraft.compose.point_fit import Pieces, after_fit, reported_pieces, sourced_pieces
from speechdraft.compose.point_grammar import after_frame, keeps_its_shape, repaired_pieces
from speechdraft.compose.point_meaning import FACT, meaning_of, meaning_pieces
from speechdraft.compose.point_openings import opening_pieces
from speechdraft.compose.point_place import (
    BY_A_DATE as _BY_A_DATE,
)
from speechdraft.compose.point_place import (
    DEADLINE_NEXT as _DEADLINE_NEXT,
)
from speechdraft.compose.point_place import (
    after_bare,
    after_lead,
    after_modal,
    after_split,
    placed_pieces,
    return_shaped,
)
from speechdraft.compose.point_shapes import shaped_pieces
from speechdraft.compose.review_said import budgeted, figure_verbed, marked_said
from speechdraft.compose.whole_words import stated_problem, whole_words
from speechdraft.figures import NOW_VALUE, in_wan, typeset

# A value that brings its own verb (提高到93%, 较上年提高3.4个百分点) takes no second one.
VERB_LED = re.compile(
    r"^(?:提高到|提升到|达到|保持在|保持|控制在|降低到|下降到|增长到|增加到|增长|不低于|不少于|"
    r"超过|新增|完成|实现|稳定在|全部|力争|由|从|较|比上年|同比|与上年|增加|减少|提高|下降|"
    r"降低|上升)"
)

# A point that already says who is to act, or how firmly: said as it was written.
_CHARGED = re.compile(
    r"^(?:要|必须|务必|确保|力争|争取|坚决|我们|全体|凡|请|关于)"
    # anywhere in its first clause (…的教学点要先征求群众意见, …负责同志开学当天要到…: rounds
    # ab's G put 我们将/要做好 before the clerk's own 要 and reversed the sentence)
    r"|^[^，。；]{1,30}?(?:(?<![主重需必纲摘提只不首])要(?![求素点闻道件害职])|必须|务必|应当)"
    # a condition and then its clause's own charge (…上下学的，学校要及时劝导…: round z's G
    # 要确保未满16周岁学生…的，学校要…)
    r"|^[^。；]{2,30}[，：][^，。；]{1,12}?(?:(?<![主重需必纲摘提只])要(?![求素点闻])|必须|务必|应当)"
)
# How a point that says what to do begins (完善乡村教师荣誉制度: a verb phrase). Round g's
# readers struck 要确保坚持晨午检…: every common starter is listed, so that a point that
# opens with a verb is never taken for one with a subject of its own.
MEASURE_VERB = re.compile(
    r"(?:推进|推动|完成|落实|建立|健全|加强|开展|实施|会同|新建|改扩建|改造|启动|(?<!党)组织|加快|深化|"
    r"扩大|提高|提升|做好|抓好|统筹|建成|配齐|配备|整治|排查|规范|严格|增设|设立|出台|制定|印发|"
    r"举办|完善|强化|优化|推行|试点|探索|争创|创建|打造|补齐|消除|化解|兑现|发放|保障|核查|"
    r"复核|督促|指导|召开|设置|安装|更新|招聘|补充|培训|表彰|评选|选树|实行|执行|严查|查处|倒查|追究|联合|改善|"
    r"按照|依照|结清|清退|清偿|拆除|签订|加大|用好|办好|建好|管好|守好|筑牢|压实|畅通|压减|清理|对口帮扶|对口支援|对|把|将|在(?![职编岗读园校])|"
    # round f's readers: 要确保与…开展结对帮扶 / 要确保推广… read as clumsy; these take 要
    r"推广|引导|鼓励|支持|组建|(?<!中国)成立|建设|提供|配置|整合|调整|开设|开通|扩充|增加|与|同|向|"
    r"围绕|结合|依托|通过|以|"
    # round g's readers: 要确保坚持晨午检…
    r"坚持|坚守|巩固|确立|明确|核定|核对|登记|协调|解决|撤销|停招|撤并|合并|取消|免收|减免|"
    r"落细|细化|压紧|健康(?!证|档案|码|状况|教育|监测|体检|检查|管理)|关爱|关心|走访|家访|包保|包村|包户|劝返|动员|宣传|普及|推广|防范|"
    r"防止|杜绝|纠正|整改|督查|督办|检查|巡查|考核|评估|监测|公示|公开|聚焦|瞄准|突出|"
    r"持续|继续|全面|进一步|做实|抓实|夯实|织密|构建|形成|营造|培育|培养|选派|轮岗|交流|"
    r"实现|确保|力争|争取|保持|稳定|控制|降低|减少|扩容|新增|增加|分类|按(?![^，；]{0,14}平均的)|严把|严禁|禁止|"
    r"检测|检修|维护|体检|改作|改为|用作|为|给|帮助|推出|引进|遴选|认定|评选|选拔|牵头|负责(?!制|人|同志)|主导|上报|报送|提前|争做|争当|"
    # round l's points: 利用…开设专递课堂, 保留并办好…, 储备…物资, 精准识别…
    r"利用|保留|储备|识别|安排|纳入|列入|颁发|"
    # round q's points: 盘活闲置校舍…, 剩余四个县区全部迎接…督导评估 (要 went inside 督导评估)
    r"盘活|迎接|进行|签订|"
    # round aw's points: 县发改、住建、国土部门开辟教育项目审批绿色通道 (…开辟教育项目要审批…)
    r"开辟|"
    # round s's points: 配合省教育厅落实…, 提请市委编委在…调剂…, 开工建设城东实验学校… (配合…要落实…
    # and 开工要建设… put 要 inside the clerk's verb phrase: G)
    r"配合|提请|协助|商请|开工|暂停|停止|"
    # round y's G: 认真学习要宣传贯彻…, 要确保严厉打击…, 要确保义务教育阶段开齐…
    r"学习|打击|开齐|保证|"
    # round ac's G: 要抓好租用临时场地…, 要确保弘扬教育家精神…
    r"租用|租赁|搭建|弘扬|提交|"
    # round bw's 07 G: 区卫健局指定两家医院要开通… (指定 is the point's verb); round bx's 11 G:
    # 县安监局、县教育局组成要联合督查组
    r"指定|(?<!小)组成(?!员)|"
    # round by's 19, 20 and 10 G: 要确保…全部装好…报警器, 要确保初中部与小学部共用…, 要确保…由…老师
    # 承担, 副县（市）长开学第一天带队到学校要检查
    r"装好|共用|承担|带队|"
    # round bz's 17 G: 要推动年底前维修…周转宿舍8套落实到位
    r"维修(?!资金|经费|项目|工程|改造|基金|和|、)|"
    # round v's G: 要实施边境学校教师享受边境补助并…单列计划 (享受 is the point's verb)
    r"享受|"
    # round af's G: 要确保严控县城学校招生规模, 要确保贯彻落实《家庭教育促进法》
    r"严控|贯彻|"
    # round ag's G: 切实做好打赢教育脱贫攻坚战工作 (a battle's verb is the point's own)
    r"打赢|打好|"
    # round z's G: 要确保定向培养…, 我们将确保新组建…, …督查组要分片督查 (派出 unread)
    r"定向培养|定向招收|定向招聘|新组建|新开办|派出|精简|"
    r"编制(?!部门|办|总量|核定|数|标准|统筹|管理|周转|资源|保障|调剂|缺口|结构|使用|问题|不足|紧张)|送|接|派|建|修|补|改|办|抓|管|查|报(?!警))"
)
# A point that states a rule (中小学生原则上不得将手机带入校园, 师德考核不合格的实行
# “一票否决”): said as the clerk wrote it; 要明确，… before it was struck (readers' R).
_RULE = re.compile(
    # 须 (城区学校教师晋升高级职称须有…经历: round y's 要推动…须有… was G)
    # (…方案，必须经学校教代会审议通过: a procedure, round ce's 02 G — 我们将推动…方案，必须经…)
    r"(?<![必无])须(?!知)|必须经(?=[^，；。]{0,20}(?:审议|批准|同意|审定|备案|公示))|原则上|^[^，；]{2,10}为[^，；]{2,10}(?:月|周|日)$|不得|严禁|禁止|一律|不准|的(?:，)?(?:实行|予以|一票否决|取消)|^[^，；]{2,16}的，"
)
# A rule about who qualifies (在边远山区学校工作满3年的教师，职称评聘同等条件下优先): its
# first clause names the people, its second what they get; 要在…的教师，… was round s's G.
_WHO_QUALIFIES = re.compile(
    r"^[^，；]{2,30}的(?:[^，；]{0,6})，[^，；]*(?:优先|予以|给予|享受|倾斜|免|减|可以?|一律|不再|"
    # round z's G: 一是要在边境旗市…任教满15年的教师，职称评聘单列评审
    r"单列|单独|直接|不受|放宽|破格)"
)
# A verb phrase that opens with how (全面落实…, 进一步规范…, 持续深化…).
_ADVERB_FIRST = re.compile(
    r"^(?:全面|切实|持续|进一步|大力|积极|深入|着力|认真|扎实|稳步|有序|分类|逐步|全力|"
    r"主动|依法|及时|常态化|定期|经常|长期|集中|加快|不断|统一|逐一|逐校|逐人|按时|足额|严格|精准|优先|高质量|高标准|高水平|严肃|严厉|平稳|分批|稳妥|"
    # round ag's G: 要确保毫不放松抓好…, 要推动2024年底前再建…落实到位 (再 + a verb is a verb phrase)
    r"毫不放松|毫不动摇|毫不松懈|坚定不移|始终|再|重点(?=排查|整治|检查|关注|抓好|做好|推进|解决|保障|支持|加强))"
)
# A point that opens with when (暑假前对…设置警示牌, 年底前兑现…, 每学期复核…).
_TIME_FIRST = re.compile(
    r"^(?:年底前|年内|今年|明年|全年|上半年|下半年|暑假前|寒假前|开学前|汛期前|入冬前|"
    r"每学期|每学年|每年|每季度|每月|每周|\d{1,2}月(?:底|中旬|上旬|下旬|\d{1,2}日)?前|"
    r"(?:国庆节?|春节|元旦|教师节|中秋节?|五一|清明节?|端午节?|中考|高考|秋季开学|春季开学)前|"
    # round ac's 要做好雨季前对…逐一排查: a season the work is done before
    r"(?:雨季|旱季|冬季|夏季|入汛|防汛期|供暖季|采暖季|供暖期)前|"
    r"\d{4}年(?:底|\d{1,2}月(?:底)?)?前|"
    r"(?:秋季|春季|新|本|下)学期起|(?:本|新)学年起|(?:\d{4}年|今年|明年)?(?:秋季|春季)?(?:\d{1,2}月)?起|"
    r"开学(?:第一(?:个月|周)|初|后)|新学期)"
)
# When the work is to be done by, said 要在…前 (要在年底前兑现…): 要确保年底前… was a
# frame around a clause, not a charge.
# A half year is a span the work is done in, said 要在 too (round v's G: 我们将上半年组织…).
_BY_WHEN = re.compile(r"^(?:[^，。；]*前|年内|开学第一(?:个月|周)|开学初|上半年|下半年)$")
# A time word that starts a rule from a date (秋季学期起公办幼儿园免收保育教育费).
_FROM_WHEN = re.compile(r"起$")
# What a point says when it is an aim for a unit to reach (旗一中创建自治区级示范性普通高中).
_AIM = re.compile(r"创建|争创|建成|达到|达标|通过|晋升|入选|进入|评为|认定|完工|投用|投入使用")
# Who may act of their own accord in a point: organs and departments, schools, people. A
# point that opens with one names its own actor (镇政府协调解决…, 每校建立…).
_ACTOR = re.compile(
    r"(?:部门|政府|党委|委员会|局|厅|办|委|中心|街道|乡镇|各镇|各乡|村委会|村|学校|各校|每校|"
    r"每所学校|中小学|幼儿园|园|校|干部|教师|老师|校长|班主任|家长|学生|四级|三级|两级|"
    r"成员单位|单位|集团)$"
)
# A point that is a thing to carry out, not a sentence (师生返校前14天健康监测).
_NOUN_LIKE_END = re.compile(
    r"(?:监测|制度|机制|要求|管理|工作|措施|规定|标准|办法|体系|行动|工程|计划|全覆盖|责任制|"
    r"预案|演练|检查|排查|教育|培训|服务|政策|落地)$"
)
# A set of rules named by its number (汛期防溺水“六不准”, 安全“十不准”): a thing to carry out, not a
# rule stated (round ag's G: the point said alone as a sentence, 汛期防溺水“六不准”。).
_NAMED_RULES = re.compile(r"^[^，；“]{0,14}“[^”]{0,6}(?:不准|不得|严禁|禁止|禁令)[^”]{0,4}”$")


# The verb a thing to carry out takes, by how it ends (要落实…制度, 要做好…监测, 要实施…
# 工程, 要推动…政策落地): 抓好 or 落实 only where it fits.
_NOUN_VERBS = (
    (re.compile(r"(?:制度|机制|要求|规定|标准|办法|责任制|措施|政策)$"), "落实"),
    (re.compile(r"(?:行动|工程|计划)$"), "实施"),
    (re.compile(r"(?:落地|全覆盖)$"), "推动"),
    (re.compile(r"(?:体系)$"), "完善"),
    (re.compile(r"(?:预案|演练)$"), "落实"),
    (_NAMED_RULES, "严格落实"),
)


# A verb that names a noun at a point's start (新建小区 is an estate, not 新建 + 小区).
_NAME_WITH_VERB = re.compile(
    r"(?:(?:新建|在建|新增|改扩建)(?:小区|住宅|居住区|楼盘|商品房)|建档立卡|全面改薄"
    # a verb said as an adjective (新建的2栋教师周转宿舍: round ab's 要新建的…交付)
    r"|(?:新建|在建|新增|改扩建|续建|新购|改造)的)"
)
_NOUN_NOT_VERB = re.compile("^" + _NAME_WITH_VERB.pattern)


# what a thing is after a change (撤并后的苏木中心校校舍保留…): the verb before 后的 describes the
# subject, the point's own verb comes later (round bx's 19, G: 要撤并后的…校舍保留)
def _after_a_change(text: str) -> int:
    """The length of an opening 撤并后的/调整后的 (a change's verb, then 后的), or 0."""
    verb = MEASURE_VERB.match(text)
    if verb and len(verb.group()) == 2 and text.startswith("后的", 2):
        return 4
    return 0


class PointForm:
    """What a point's grammar is (point_form): who or what it starts with."""

    CHARGED = "charged"  # already says 要/必须 or who is charged
    RULE = "rule"  # …的实行…, 不得…, 秋季学期起…免收…
    OWN_ACTOR = "own_actor"  # 镇政府协调…, 每校建立…, 营养餐每餐实名登记
    AIM = "aim"  # 旗一中创建…: a unit's aim, said with 要推动
    BY_WHEN = "by_when"  # 年底前兑现…: 要在年底前兑现…
    VERB = "verb"  # 完善…, 全面落实…, 每年评选…: 要完善…
    NOUN = "noun"  # 师生返校前14天健康监测: 要落实/做好…
    OTHER = "other"


def _adverb_then_verb(text: str) -> bool:
    """全面落实…, 进一步规范…: an adverb and then a verb (逐步免费学前教育政策落地 is no verb
    phrase: 逐步 there says how the policy goes)."""
    if _NOUN_NOT_VERB.match(text):
        return False  # 全面改薄项目…: a programme's name, not 全面 + 改
    adverb = _ADVERB_FIRST.match(text)
    while adverb:
        rest = text[adverb.end() :]
        if MEASURE_VERB.match(rest) and not _ADVERB_FIRST.match(rest):
            return True
        adverb = _ADVERB_FIRST.match(rest)
        text = rest
    return False


def _first_verb_at(text: str) -> int:
    """Where the first verb of the point begins (-1 when none): what stands before it is
    the point's subject or its time word."""
    at = 0
    while at < len(text):
        if text[at] in "，；。":
            return -1
        name = _NAME_WITH_VERB.match(text, at)
        if name:  # 全面改薄, 建档立卡, 新建小区: a name, its verb is no verb of the point
            at = name.end()
            continue
        if at == 0 and (changed := _after_a_change(text)):
            at = changed
            continue
        verb = MEASURE_VERB.match(text, at)
        if (
            verb
            and at
            and len(verb.group()) == 2
            and text.startswith("后", verb.end())
            and not text.startswith("后的", verb.end())
        ):
            # …小学撤并后新增…: a time after a change, the point's verb comes later (round bz's 07,
            # G: …小学要撤并后新增一条校车线路)
            at = verb.end() + 1
            continue
        if verb and not _inside_word(text, at):
            if not _NAMED_BY_ITS_VERB.match(text, at) and not _HOW_A_DEED_WENT.match(
                text, verb.end()
            ):
                return at
            at = verb.end() - 1
        at += 1
    return -1


# a subject whose head noun is a verb's name, its rule after it (课程设置按…执行, 经费保障由…: round
# bw's 06, G — 课程要设置按…)
_NAMED_BY_ITS_VERB = re.compile(r"(?:设置|保障|管理|安排|配置)(?=[按由])")
# how a deed went is a noun (陪餐制度落实情况纳入年度考核: round by's 06, G — 陪餐制度要落实情况…)
_HOW_A_DEED_WENT = re.compile(r"(?:情况|进度|成效)")


# A single character that is a verb or preposition only at a word's start: 存在 is no 在,
# 学校 no 校.
_ONE_CHAR = re.compile(r"[对把将在与同向以为给送接派建修补改办抓管查按]")


def _inside_word(text: str, at: int) -> bool:
    match = MEASURE_VERB.match(text, at)
    return bool(match and len(match.group()) == 1 and _ONE_CHAR.match(text, at) and at > 0)


# A point that states what is (今年是脱贫攻坚收官之年…, 校长是本校安全工作第一责任人): a fact or
# a standing rule, no charge (round y's G: 要确保今年是…之年, 要确保校长是…).
_IS_STATEMENT = re.compile(
    r"^[^，；是]{1,14}(?:(?<![还但就都总只于凡要或即])是(?!否)|为(?=[^，；]{0,12}责任人$))"
)
# Whose power a matter is (…教师编制调整属县里事权, …不在乡镇权限内): a statement, no 要 in it
# (round bf's 04 G: 教师要编制调整属县里事权)
_WHOSE_POWER = re.compile(
    r"^[^。；]{2,40}?(?:属于?|归)[^，。；]{0,8}(?:事权|职责|职权|权限|管理范围)"
)
# What the meeting itself decided or adopted (会议议定，…; 《…》会议已原则通过，…): said as
# decided, no 要推动 over it (round bf's 04: 要推动《…议事规则》会议已原则通过)
_MEETING_DECIDED = re.compile(
    r"^(?:(?:本次|这次)?会议(?:已)?(?:原则)?(?:议定|决定|确定|通过|听取了|审议了)"
    r"|《[^》]+》(?:（[^）]*）)?(?:会议|领导小组)(?:已)?(?:原则)?(?:通过|审定))"
)
# A procedure a thing must pass (…方案，必须经学校教代会审议通过): a rule, no 推动 over it (round
# ce's 02, G)
_PROCEDURE = re.compile(
    r"^[^。；]{2,40}?[，,]\s*必须经(?:过)?[^，；。]{2,20}(?:审议|批准|同意|审定)"
)
# A budget as the clerk states it (全年教育经费预算安排98.5亿元; 2019年教育预算安排6.12亿元，…):
# what is set aside, said as written (round bq's 03, 13 and 22, G: 全年要教育经费预算安排…,
# 要确保2019年教育预算安排…, 我们将推动2021年教育经费预算安排…)
_BUDGET_STATED = re.compile(
    r"^[^，；。要]{0,20}?(?:预算(?:安排)?|预算教育支出|教育支出|项目总投资|计划总投资)约?\d+(?:\.\d+)?(?:亿|万)元"
)
# A standard as the clerk states it (义务教育生均公用经费标准为小学每生每年900元、…): said as written
# (…标准：小学720元/生·年 — round bs's 24, G: 要确保2028年生均公用经费标准：…)
# (and a measure's value as stated: …参与率为96.4%【待核：…】 — round bz's 14, G 我们将推动…为96.4%…落实到位)
_STANDARD_STATED = re.compile(
    r"^[^，；。要]{2,16}?(?:标准|比例|占比)(?:为|：)[^，；。]{0,12}?\d"
    r"|^[^，；。要]{2,24}?(?:率|数)为约?[\d.]+(?:万|亿)?[^\d，；。【]{0,4}(?:【[^】]*】)?[。]?$"
)
# A thing named by what it is for (接送学生的电动自行车): a noun phrase, not a verb phrase
# (round y's G: 二是要接送学生的电动自行车).
_OF_PHRASE = re.compile(r"^[^，；]{2,}的(?P<noun>[^，；的]{1,8})$")
_USED_FOR = re.compile(r"^(?:接送|运送|搭载|载运|存放|储存)")


def point_form(point: str) -> str:
    """The point's grammar, from a small table of word classes (organs and schools, time
    words, verb and adverb starters): a verb-led point takes 要; one that names its own
    actor or states a rule stands as the clerk wrote it."""
    if _CHARGED.match(point):
        return PointForm.CHARGED
    shaped = _form_by_shape(point)
    if shaped:
        return shaped
    if _WHO_QUALIFIES.match(point):
        return PointForm.RULE
    time = _TIME_FIRST.match(point)
    if time:
        return _form_after_time(time.group(), point[time.end() :], point)
    if _RULE.search(re.split("[，；]", point, maxsplit=1)[0]):
        return PointForm.RULE  # 在职教师一律不得…: the rule is the point's first clause
    named = _form_of_a_verb_in_a_name(point)
    if named:
        return named
    if MEASURE_VERB.match(point) or _adverb_then_verb(point) or point.startswith("联系"):
        # (联系 a partner, the point's first word: round bf's 18, 要确保联系通信运营企业…; not a
        # subject's 联系 — 县级领导联系学校制度 is a scheme's name)
        return PointForm.VERB
    if "确保" in point and not _acts_then_ensures(point):  # 要确保…，确保… would say it twice
        return PointForm.AIM
    first_clause = re.split("[，；]", point, maxsplit=1)[0]
    if _RULE.search(point) and not _subject_and_verb(first_clause)[1]:
        return PointForm.RULE  # 各地建立…清单，未列入的一律不得…: the first clause leads
    return _form_of_subject_first(point)


def _form_by_shape(point: str) -> str:
    """A fact or standing rule (今年是…, 校长是…第一责任人), a thing named by its use
    (接送学生的电动自行车), or "" for any other point."""
    if _NAMED_RULES.match(point):  # 汛期防溺水“六不准”: a thing carried out (round ag)
        return PointForm.NOUN
    if _IS_STATEMENT.match(point) or _MEETING_DECIDED.match(point) or _WHOSE_POWER.search(point):
        return PointForm.RULE
    if _BUDGET_STATED.match(point) or _PROCEDURE.match(point):
        return PointForm.RULE
    if _OF_PHRASE.match(point) and _USED_FOR.match(point) and _THINGS_KEPT_SAFE.search(point):
        return PointForm.NOUN
    return ""


def _form_of_a_verb_in_a_name(point: str) -> str:
    """A point whose first verb belongs to a name (新建小区配套学校…) or describes its subject
    (撤并后的…校舍保留…), or "" for any other point."""
    if _NOUN_NOT_VERB.match(point):
        return PointForm.OTHER  # 新建小区配套学校…: 新建 names the estate, it is no verb
    if _after_a_change(point):
        return _form_of_subject_first(point)
    return ""


def _form_after_time(time: str, rest: str, point: str) -> str:
    """秋季学期起…免收… is a rule; 年底前兑现… is done by then; 年底前学校… has a subject."""
    if _FROM_WHEN.search(time) or _RULE.search(point):
        return PointForm.RULE
    then = _TIME_FIRST.match(rest)
    if then and then.end() < len(rest):  # 每年教师节前走访…: 要在每年教师节前…
        return _form_after_time(time + then.group(), rest[then.end() :], point)
    if _first_verb_at(rest) == 0 or _adverb_then_verb(rest):
        return PointForm.BY_WHEN if _BY_WHEN.match(time) else PointForm.VERB
    return PointForm.OWN_ACTOR if _first_verb_at(rest) > 0 else PointForm.OTHER


def _form_of_subject_first(point: str) -> str:
    """A point that does not open with a verb: a subject and its verb (镇政府协调…), a
    unit's aim (旗一中创建…), or a thing to carry out (…健康监测)."""
    if _TOP_OPENS.match(point):
        return PointForm.OWN_ACTOR  # 县委、县政府每半年专题研究一次教育工作: no 工作 to 做好
    verb_at = _first_verb_at(point)
    ends_as_noun = _NOUN_LIKE_END.search(point)
    if verb_at > 0 and not (ends_as_noun and verb_at + 2 >= len(point) - 2):
        subject = point[:verb_at]
        if _AIM.search(point[verb_at:]) and not _ACTOR.search(_without_adverbs(subject)):
            return PointForm.AIM
        return PointForm.OWN_ACTOR
    if _AIM.search(point):
        return PointForm.AIM
    if ends_as_noun:
        return PointForm.OWN_ACTOR if _ORGAN_FIRST.match(point) else PointForm.NOUN
    if _ACTOR_OPENS.match(point) or _SUBJECT_THEN_HOW_OFTEN.match(point):
        return PointForm.OWN_ACTOR  # 书记校长访企拓岗, 校车每学期检测一次: verbs the table lacks
    return PointForm.OTHER


# An organ that opens a point is its actor, whatever the point ends with (市场监管部门开学前对
# 学校食堂全面检查: 要做好市场监管部门…检查 was round s's G).
_ORGAN_FIRST = re.compile(r"^[^，；、]{0,8}?(?:部门|局|厅|政府|编办|委员会)(?=[^，；、的])")


def _acts_then_ensures(point: str) -> bool:
    """Whether organs open the point with a deed of their own before its 确保 (市住建局、市自然
    资源局协调解决…，确保年内主体封顶): they are its actors, told to act (round av's R: 要推动
    市住建局… in a 市委副书记's mouth). An organ that ensures (县财政局确保…) is the AIM's."""
    organs = _ORGANS_FIRST.match(point)
    return organs is not None and not point[organs.end() :].startswith("确保")


# …and organs listed first (市住建局、市自然资源局协调解决…)
_ORGANS_FIRST = re.compile(
    r"^(?:[^，；、]{2,10}、)*[^，；、]{0,8}?(?:部门|局|厅|政府|编办|委员会)(?=[^，；、的])"
)
_SUBJECT_THEN_HOW_OFTEN = re.compile(
    r"^(?:[^，；、]{2,8}、)*[^，；、]{2,12}?(?:每学期|每学年|每年|每季度|每月|每周|每天|每日|每晚|每餐|逐人|逐校)"
)
_ACTOR_OPENS = re.compile(
    # people listed (学校党组织书记、校长每学期…: round y's 学校党要组织书记)
    r"^(?:[^，；、]{2,8}、)*[^，；、]{0,6}?(?:书记|校长|干部|教师|老师|班主任|家长|部门|政府|编办|党委)(?=[^，；、])"
)


_TRAILING_ADVERB = re.compile(r"(?:另行|统一|逐一|按时|足额|全部|全面|每学期|每年|每餐|每天)+$")


def _without_adverbs(subject: str) -> str:
    return _TRAILING_ADVERB.sub("", subject)


def _noun_verb(point: str) -> str:
    return next((verb for pattern, verb in _NOUN_VERBS if pattern.search(point)), "做好")


def charge(point: str, speaks_for_bureau: bool, party_side: bool = False) -> str:
    """A key task's point (the clerk's words, whole) said as a demand: 要完善… (a verb
    phrase; 我们将完善… in a bureau's own report), 要在年底前兑现… (a deadline first),
    要推动旗一中创建… (an aim), 要落实…制度 / 要做好…监测 (a thing to carry out). A point
    with a subject of its own (round l's readers struck 每个村设立1名家庭教育联络员。 as a
    memo's line) is said actor first with 要 before its verb (每个村要设立…, 住建部门要牵头…;
    round m's readers struck 要由住建部门… as G), or with 要把/要为 where the point is the
    verb's object (own_actor_lead). A rule (…的实行“一票否决”, 秋季学期起…免收…) or a
    point that already says 要 is left as it is."""
    prefix, head, infix, tail, suffix = charge_pieces(point, speaks_for_bureau, party_side)
    return prefix + head + infix + tail + suffix


# The leads that put a demand before a subject the point names itself (要由住建部门…, 要对
# 宿舍查寝实行…, 要确保州领导联系…): round m's readers struck them as broken grammar (G).
# Such a point is said with its subject first and 要 before its verb (住建部门要…), the
# clerk's words whole on both sides of it.
_SAID_BY_SUBJECT = frozenset({"由", "对", "组织", "确保", "在", "推动", "落实"})
# A bureau says what it does itself (我们将在每个社区设立…, 我们将推动卫健部门…); only where
# its lead would put a verb before someone else's act is the actor said first.
_BUREAU_SUBJECT = frozenset({"对", "确保", "组织", "落实"})
# A date the work is due by (12月底前, 年内): 要在 before it, and the actor ends there.


# A point that asks a body to act (提请市委编委在…调剂教师编制): a request made upward, said
# whole after 要/我们将 (round s's G: 提请市委编委要在… put 要 inside the request). The
# Party's own side does not request of its own committee's organs (round s's R: 提请 in a
# 市委副书记's mouth): it charges the body itself (市委编委要在…).
_ASKS_A_BODY = re.compile(r"^(?:提请|报请)(?=[^，；。]{0,10}(?:委|编办|领导小组|政府))")


# A Party committee's standing committee or a government's executive meeting and how often it
# meets (市委常委会每年至少两次专题研究教育工作): the body is the subject, 要 after it (the
# render says 将 where the body is the speaker's own); round ac's readers struck 要做好市委常委会…
# (the secretary presides over it, no one is charged to "do" it). A bureau says it as written.
_STANDING_BODY = re.compile(
    # (市委教育工作领导小组每半年至少专题研究一次…: round ce's 13, G — 要做好市委教育工作领导小组…)
    # (the group only where the point says no 要 of its own: …，县级领导联系学校制度要落到实处)
    # (not after a verb: 健全市委常委会每年…研究教育工作的机制 is a mechanism to build — round ch's
    # 13, G: 健全市委常委会要每年…)
    r"^(?!提请|报请|健全|建立|完善|落实|坚持|执行)(?P<body>[^，；、]{1,4}(?:委常委会|政府常务会议?"
    r"|委教育(?:工作)?领导小组(?![^。]*要)))"
    r"(?=[^，；]{0,6}(?:每|定期|至少)[^，；]*(?:研究|听取|专题))"
)
# A time word a point opens with that is no deadline (今年继续招聘…, 明年新增…): the charge
# follows it (今年要继续招聘…); 要今年…/我们将今年… was round ac's G.
_POINT_IN_TIME = re.compile(
    r"^(?:今年|明年|本年度|本学期|新学期|下学期|当年|全年|今冬明春|今后|"
    # a span around a day (开学前后要重点抓好…: round aw's G 要确保开学前后重点抓好…)
    r"开学前后|开学初|放假前后|节假日期间|寒暑假期间)"
    r"(?:上半年|下半年|暑期|寒假期间|暑假期间)?(?=[^，；])"
)


def _said_before_any_lead(point: str, bureau: bool) -> tuple[str, str, str, str, str] | None:
    """A standing body's practice with the body as its subject (市委常委会要每年…), or a
    time word first with the charge after it (_time_then_deed); None for any other point."""
    standing = _STANDING_BODY.match(point)
    if standing and bureau:
        return "", point, "", "", ""
    if standing:
        return "", standing["body"], "要", point[standing.end() :], ""
    return _time_then_deed(point, bureau)


def _said_by_its_subject(point: str) -> tuple[str, str, str, str, str] | None:
    """Named schools from a start (…今年秋季起要实行…), a scheme kept on (…制度要继续执行), a
    holder's benefit (…可在…免费), a work kept up (…防治要常抓不懈) and a body that gets people
    to act (镇派出所、团委要组织志愿者在…): the point's own subject first, the charge after it;
    what follows a merger with 要 before who arranges it (撤并后…教师要由中心校统筹安排); a
    request upward (汛期前请县里对…) as the clerk wrote it."""
    for shape, part, infix in (
        (_UNITS_FROM_WHEN, "when", "要"),
        (_SCHEME_KEPT, "scheme", "要"),
        (_HOLDERS_BENEFIT, "who", "可"),
        (_KEPT_UP, "work", "要"),
        (_BODY_GETS_PEOPLE, "who", "要"),
    ):
        found = shape.match(point)
        if found:
            at = found.end(part)
            return "", point[:at], infix, point[at:], ""
    if _REQUEST_UP.match(point):
        return "", point, "", "", ""
    if (after := _AFTER_A_CHANGE.match(point)) and "要" not in point:  # (the clerk's own 要 stays)
        # 要 before who arranges it (合并后空置教学点校舍要由村委会统筹…, as test_point_clause has it)
        by = point.find("由", after.end())
        if by > 0:
            return "", point[:by], "要", point[by:], ""
    return _said_of_a_topic(point)


# a work kept up (防溺水、交通、食品安全和校园欺凌防治常抓不懈): 要 before how (round ch's 01, G:
# 要做好…防治常抓不懈)
_KEPT_UP = re.compile(r"^(?P<work>[^，；。]{2,30}?)(?=常抓不懈|久久为功|毫不放松|一以贯之)")
# a body that gets people to act (镇派出所、团委组织志愿者在…巡查): 要 before 组织 (round ch's
# 15, G: …组织志愿者要在…)
_BODY_GETS_PEOPLE = re.compile(
    r"^(?P<who>[^，；。]{2,20}?(?:局|所|委|站|部|办|院|校|妇联|政府|大队|中队|村|社区))"
    r"(?=(?:组织|动员|安排)(?:志愿者|党员|民兵|家长|[^，；。]{1,4}(?:人员|干部))(?:在|到|对|开展|参与))"
)
# a request upward with its time first (汛期前请县里对…再鉴定一次): the request is said whole
# (round ch's 21, G: 汛期前请县里将对…)
# (a time first: a bare 提请… is said after 要/我们将 — _ASKS_A_BODY, round s)
_REQUEST_UP = re.compile(r"^[^，；。]{1,8}?(?:前|后|内|期间)，?请(?!示)")
# what follows a merger or a move (撤并后上寨、下寨教学点原有3名教师由中心校统筹安排): the arrangement
# as written after its time (round ch's 05, G: 要撤并后…)
_AFTER_A_CHANGE = re.compile(
    # (not where a topic of its own follows: 撤并后新开的校车线路，9月8日前…)
    r"^(?P<when>(?:撤并|合并|并校|搬迁|建成|投用|完工|移交)后)(?![，,的])(?![^，；。]{0,10}，)"
)
# those a point is about, then what is done for them (地处山洪…易发区的学校，汛期前逐校落实…;
# 接送学生的校车和定制公交，节前由…逐车检查一遍; 接送学生车辆再查一次): the topic first, 要
# after the time that opens the rest (round ch's 10, 06 and 18, G: 要落实…的学校，…落实;
# 要接送学生的校车…)
_TOPIC_THEN_DEED = re.compile(
    # (places and things acted on, not people: …满5年的教师，职称评审单列指标 is their due)
    r"^(?P<topic>[^，；。]{4,30}的(?:学校|幼儿园|村小|教学点|车辆))，(?!要|必须|一律|严禁)"
)
_VEHICLES_FIRST = re.compile(
    r"^(?P<topic>接送学生的?[^，；。要由将]{0,12}(?:车辆|校车|公交|车))(?P<comma>，?)"
)
_OPENING_TIME = re.compile(r"^[^，；。由]{1,8}?(?:前|内|起|期间|以后|之后)")


def _said_of_a_topic(point: str) -> tuple[str, str, str, str, str] | None:
    topic = _TOPIC_THEN_DEED.match(point)
    found = topic or _VEHICLES_FIRST.match(point)
    if found is None:
        return None
    lead, head = ("" if topic else "对"), found.group()
    if topic and 0 <= _verb_at(head) <= _DEED_FIRST_AT:
        return None  # a deed first (稳妥撤并…的教学点，…): charged as a deed
    rest = point[len(head) :]
    if _RULE_OR_CHARGED.search(rest):
        # a rule the topic enjoys (…满5年的教师，职称评聘优先) or a charge of its own: as written
        return None
    time = _OPENING_TIME.match(rest)
    by = rest.find("由")
    if time:
        return lead, head + time.group(), "要", rest[time.end() :], ""
    if 0 <= by <= _BY_NEAR:
        return lead, head + rest[:by], "要", rest[by:], ""
    return lead, head, "要", rest, ""


_BY_NEAR = 6  # characters after a topic within which its 由 names who acts
_DEED_FIRST_AT = 3  # a verb this near the start (要稳妥撤并…) makes the topic a deed
_RULE_OR_CHARGED = re.compile(
    r"^(?:须|必须|应)|(?:要|可|不得|一律|严禁|优先|倾斜|为主|不变|除外|免费|减半)"
)


def _time_then_deed(point: str, bureau: bool) -> tuple[str, str, str, str, str] | None:
    """今年要继续招聘… (a verb after the time word) or 今年招录教师要重点补充… (a subject
    after it, split as a point of its own would be); None for any other point."""
    in_time = _POINT_IN_TIME.match(point)
    deadline = None if in_time else _DEADLINE_NEXT.match(point)
    time = in_time or deadline
    if not time:
        return None
    head, rest = point[: time.end()], point[time.end() :]
    if bureau and in_time and rest.startswith(("力争", "争取")):
        return "", head, "我们", rest, ""  # 今年我们力争… (round bu's 21, G: 我们将今年力争…)
    if (
        _CHARGED.match(rest)
        or _RULE.search(re.split("[，；]", rest, maxsplit=1)[0])
        # an amount stated (今年项目总投资约3.6亿元: round ce's 01, G — 今年要项目总投资…)
        or _BUDGET_STATED.match(rest)
    ):
        return None
    verb_first = MEASURE_VERB.match(rest) or _adverb_then_verb(rest)
    if _OUTCOME.search(rest) and not verb_first:
        return None  # 全年未发生…, 暑假前每名学生收到…: an outcome 确保 takes
    if deadline and verb_first:
        return None  # 年底前完成…: 要在年底前完成… (BY_WHEN)
    people = _PEOPLE_THEN_DEED.match(rest)
    if people:  # 今年交流轮岗教师要按计划… (round bu's 23, G: 今年要交流轮岗教师按计划…)
        return "", head + people["who"], "将" if bureau else "要", rest[people.end() :], ""
    if verb_first:
        # a bureau's plan is said as the clerk wrote it (its list lead says 我们将 once)
        return "", head, ("" if bureau else "要"), rest, ""
    prefix, inner, infix, tail, suffix = charge_pieces(rest, bureau)
    if not prefix and infix:
        return "", head + inner, infix, tail, suffix
    return None


# people named by their deed (交流轮岗教师), then how they are to act (按计划…, 全部…)
_PEOPLE_THEN_DEED = re.compile(
    r"^(?P<who>[^，；。]{2,10}?(?:教师|学生|校长|人员))(?=按|全部|均|都|须)"
)


# The government's own budget duties (两个只增不减): a bureau does not 落实 them itself, it
# 推动 them (round aa's L: 我们将落实一般公共预算教育支出逐年只增不减 from an 教育厅).
_GOVERNMENTS_BUDGET = re.compile(r"只增不减|一般公共预算教育支出|三个增长")
_BUREAU_OWN_VERB = re.compile(r"^(?:督促|推动|推进|争取|会同|配合|协调|提请|报请)")


# What a bureau cannot do itself (round ah's L, voice19): set its government's leaders to
# follow a case (对未通过评估的县实行州级领导联系督办: it 提请s that), or build something in
# the places below it (各市建立…机制: 我们将在各市建立… put it in the bureau's hands; what
# it says instead is _lower_places_lead's).
_LEADERS_OF_THE_LEVEL = re.compile(r"[省市州县区旗盟]级领导|[省市州县区旗盟]领导联系")
_PLACES_BELOW = re.compile(r"^各(?:市|州|盟|地|县|旗|区)(?!直)")


def _beyond_bureau(point: str, bureau: bool) -> tuple[str, str, str, str, str] | None:
    """A bureau's own lead for a point it cannot carry out itself (see above), the point
    whole after it; None for any other point or speaker."""
    lead = _bureau_lead(point) if bureau else ""
    return (lead, point, "", "", "") if lead else None


def _bureau_lead(point: str) -> str:
    first = re.split("[，；]", point, maxsplit=1)[0]
    if re.search(r"要|提请|报请|争取|督促|指导|推动", first):
        return ""
    if _LEADERS_OF_THE_LEVEL.search(point):
        return "我们将提请"
    if not _PLACES_BELOW.match(point):
        return ""
    return _lower_places_lead(point)


# The places below a bureau's own level that act for themselves (各市, 各县（市、区）, 各乡镇).
_LOWER_PLACES = re.compile(r"^各(?:[省市州盟县区旗]|县（市、区）|旗县|县区|地|乡镇|苏木|乡|镇)")
# The system's own working records and plans ahead, whose method a bureau gives the places
# below (业务指导): a ledger, a file, a plan, a forecast over years to come.
_GUIDED_WORK = re.compile(r"台账|档案|规划|未来[一二两三四五六七八九十\d]+年")


def _lower_places_lead(point: str) -> str:
    """A bureau's lead for what the places below it do themselves, decided here alone
    (point19's 推动 and voice19's 指导/督促 met on 各市建立…: round ah's G and L, neither
    我们将在各市建立… nor an order to them): the bureaus below are the system's own, urged
    (我们将督促各市教育局…); the system's records and plans ahead are guided (我们将指导各县
    建立…台账, …发布未来五年入学人数预测); what the places set up of their own (a mechanism, a
    service station) is pushed (我们将推动各市建立…机制, 我们将推动各乡镇设立…). Their own
    schools are charged (各学校要…): no lead. "" for any other point."""
    if not _LOWER_PLACES.match(point) or re.match(r"^各[^，；]{0,8}学校", point):
        return ""
    if re.match(r"^各[^，；]{0,8}教育", point):
        return "我们将督促"
    return "我们将指导" if _GUIDED_WORK.search(point) else "我们将推动"


_FORECAST = re.compile(r"^[^，；。]{0,10}?(?:预计|预测|预估)")
# a thing and the office's first thought on it (context._suggestion_said): said as it stands
_FIRST_THOUGHT = re.compile(r"^(?:[^。；]{2,30}[，,])?初步考虑")
_ONLY_A_MARK = re.compile(r"^【待(?:核|补)：[^【】]*】$")


# a named teacher and what she has done (韩宝音老师一个人守着…教学点十二年): a deed to honour,
# no task to charge
_A_TEACHERS_DEED = re.compile(
    r"^(?!(?:骨干|新任|新入职|青年|全体|各位|乡村|农村|城区|优秀|专任|特岗|代课))"
    r"[\u4e00-\u9fff]{2,4}老师(?!们)(?=[^，；。]*(?:\d+|[一二三四五六七八九十]+)年)"
    r"(?![^，；。]{0,4}要)"
)


def told_as_deed(point: str) -> bool:
    """Whether a point tells what a named teacher has done (韩宝音老师一个人守着…十二年)."""
    return bool(_A_TEACHERS_DEED.match(point))


_MEMBERS_LISTED = re.compile(r"^[^，；。]{0,12}成员(?:单位)?(?:包括|有)")
# a school's size as planned (…第二寄宿制小学设24个班、寄宿床位1080个) and a rule in principle
_SCALE_STATED = re.compile(r"^[^，；。]{2,30}?(?:设|设置|规划|建成)\d+个(?:班|教学班)")
_IN_PRINCIPLE = re.compile(r"^[^。；]{0,30}原则上")
_ASKS_UPWARD = re.compile(r"^[^，；。要]{2,20}?拟(?:请|报|提请|报请)")
_COUNT_STATED = re.compile(
    r"^[^，；。要]{2,30}?共[\d一二三四五六七八九十百千]+(?:名|人|所|个|项|家)(?:[，；。]|$)"
    # (…的老师，今年全镇有4位拿到荣誉证书; 总投资180万元，…: round bz's 17 and 09, G 要确保…)
    r"|^[^。；要]{2,30}?[，,][^，；。要]{0,6}有[\d一二三四五六七八九十]+(?:位|名|人)"
    r"|^总投资[^，；。]{1,12}元[，,]"
    # (a plan's count as a noun: 中职招生计划1.8万人，去年实际1.61万人 — round bz's 02, G 我们将确保…)
    r"|^[^，；。要]{2,12}?(?<![新建扩改])计划约?[\d.]+(?:万|亿)?(?:人|名)[，,]"
    # (an estimate made: 县发改局测算今年需新增学位约2400个 — round bz's 01, F G: 县发改局要测算…)
    r"|^[^，；。要]{2,16}?(?:测算|摸排|统计|核算|预计)[^，；。要]{0,6}?(?:需|为|有|约|共)[^，；。]{0,12}?\d"
)
_PLAN_COUNT_STATED = re.compile(
    # (a place before the plan: a bare 计划新建…4所 is the leader's charge, 要新建… — round an)
    r"^[^，；。要]{1,10}?计划(?:实施|新建|建设|新增|开工)[^，；。]{1,20}?\d+(?:个|所|项)"
    # (a thing then its planned count: 全年教育项目计划13个，其中… — round ca's 01, 全年要教育项目…)
    r"|^[^，；。要]{2,14}?计划约?\d+(?:个|所|项|家)(?:[，；。]|$)"
    # (projects and their counts: 今年教育项目续建5个、新建8个 — round cd's 08, G: 今年要教育项目…)
    r"|^[^，；。要]{2,14}?项目(?:续建|新建|改扩建|开工)\d+(?:个|所|项)"
)
_PERIOD_STATED = re.compile(
    r"^[^，；。要]{2,10}?(?:期|时间)(?:至|到|延至|延长至)[^，；。]{2,12}(?:结束|为止)(?:[，；。]|$)"
)
# what a body may do (当地教育部门可决定停课): a power granted, said as granted
# (and 可直接决定停课: round bl's 04, G — 要由市县教育局可直接决定停课)
_PERMITTED = re.compile(r"[^，；。]{2,12}(?:可|可以)(?:直接|先行)?(?:决定|自行|视情|根据)")


def _said_by_its_shape(
    point: str, speaks_for_bureau: bool
) -> tuple[str, str, str, str, str] | None:
    """Points whose shape puts 要 (or nothing) in its place before any frame is tried: an
    invitation, a wish, a statement then its charge, a count then its deed, a time and who
    then the object, a body and its time, the speaker's own office after its time, bodies
    acting together; None for any other point."""
    return (
        _said_as_written(point, speaks_for_bureau)
        or _state_then_deadline(point, speaks_for_bureau)
        or _timed_shape(point, speaks_for_bureau)
        or _thing_shape(point, speaks_for_bureau)
    )


# a state reached, then what remains by a date (城区学校课后服务覆盖率已达到100%，农村学校现有76%，
# 2021年秋季学期前做到应开尽开): the state as written, the charge before the date (round by's 11, G —
# 要推动…覆盖率已达到100%…)
_STATE_THEN_DEADLINE = re.compile(
    r"^(?P<state>[^；。要（(]*?(?:已经|已)(?:达到|实现|完成|建成|覆盖|开通)[^；。要（(]*?)，"
    r"(?P<date>(?:\d{4}年)?(?:" + _BY_A_DATE + r"|(?:秋季|春季)学期前))"
    r"(?P<rest>(?:全部|全面)?(?:做到|完成|实现|达到|达标|覆盖|开通|补齐)[^；。]*[。]?)$"
)


def _state_then_deadline(point: str, speaks_for_bureau: bool) -> Pieces | None:
    found = _STATE_THEN_DEADLINE.match(point)
    if found is None:
        return None
    head = found["state"] + "，"
    return "", head, "我们将在" if speaks_for_bureau else "要在", found["date"] + found["rest"], ""


_SOMEONE_SAID = re.compile(
    r"^[^，；。要]{2,24}?(?:老师|校长|代表|家长|同志)(?:说|讲|反映|提出|建议)[，：:]"
)
_THANKS_GIVEN = re.compile(r"(?:一并|表示|致以)(?:衷心的?)?感谢|看在眼里|在这里[^，；。]{0,4}感谢")


def _said_as_written(point: str, speaks_for_bureau: bool) -> Pieces | None:
    """An invitation, a lead body's row, a wish or an event then its own charge: as written."""
    if _INVITES.match(point):  # an invitation is said as one (round ba's G: 要确保欢迎代表们…)
        return ("我们" if speaks_for_bureau else ""), point, "", "", ""
    # 州人社局牵头的…，还有83人… (round bb's 08: 州人社局要牵头的…); 希望老教师发挥… is the
    # speaker's wish (round bb's G: 要确保希望…); 今年中考在6月下旬举行，各地要… (round bb's
    # G: 今年要中考…)
    if (
        _LED_BY.match(point)
        or _WISH.match(point)
        or _EVENT_THEN_CHARGE.match(point)
        or _BY_BODY_INSIDE.match(point)  # …开学当天由中心校派车送教材 (round bb's G: 要加强…管理)
        or _FIRST_THOUGHT.match(point)  # …测评，初步考虑委托第三方 (round bc's 06: 要确保…测评，)
        or _DONE_REPORT.match(point)
        or _QUESTION_TOPIC.match(point)  # 大雪天是否停课，…按县教育局统一通知执行 (round bd's 24)
        or _DECIDED_BY.match(point)
        or _NO_PROMISE.search(point)  # …中心学校不作承诺 (round bd's 14 F: 教学点要保留到…)
        or _PROJECT_COUNTS.match(point)
        or _ASIDE_TURNED_TO.match(point)  # 这里再强调一下，… (round bh's 10: 要确保这里再强调一下)
        or _A_TEACHERS_DEED.match(point)  # 韩宝音老师一个人守着…十二年 (round bh's 05: 要确保…)
        or _MEMBERS_LISTED.match(point)  # 成员单位包括…、镇派出所… (round bh's 04: 镇派出所要、)
        or _PERMITTED.search(point)  # …当地教育部门可决定停课 (round bh's 19: 要由…可决定)
        or _SCALE_STATED.match(point)  # …寄宿制小学设24个班 (round bh's 07: 要确保…设24个班)
        or _COUNT_STATED.match(point)  # 今年全县从教满30年教师共87名 (round bi's 05: 今年要全县…)
        or _PLAN_COUNT_STATED.match(point)  # 全市计划实施教育项目46个 (round bi's 13: 要对全市…)
        or _PERIOD_STATED.match(point)  # 取暖期至5月中旬结束，… (round bi's 07: 要确保取暖期…)
        or _ASKS_UPWARD.match(point)  # …校舍拟请县教育局评估 (round bi's 04: 要撤并后的校舍拟请…)
        or _IN_PRINCIPLE.search(point)  # …的，原则上不撤并 (round bh's 20: 要确保…的，原则上)
        or _SOMEONE_SAID.match(
            point
        )  # …鞠冬梅老师说，村小老师最盼的是… (round bz's 21: 要确保…老师说)
        or _THANKS_GIVEN.search(
            point
        )  # …看在眼里，在这里一并感谢 (round bz's 17: 要确保更多的老师…)
    ):
        return "", point, "", "", ""
    if _ACTIVITY_FIRST.match(point):  # 要做好返校前14天健康监测，… (round bb's G: 要确保…监测，)
        return ("我们将做好" if speaks_for_bureau else "要做好"), point, "", "", ""
    charged_after = None if speaks_for_bureau else _DEED_THEN_WHO.match(point)
    if charged_after:  # 镇派出所要严查… (round bb's R: 要严查…，由镇派出所负责)
        return "", charged_after["who"], "要", charged_after["deed"], ""
    tribute = _TRIBUTE.match(point)
    if tribute:  # 我们向…致敬，市人社局、市教育局要研究… (round bb's G: 要向…致敬 as an order)
        rest = tribute["rest"]
        organs = _ORGANS_THEN_DEED.match(rest)
        if organs:
            rest = organs["who"] + "要" + organs["deed"]
        return "我们", tribute["tribute"] + rest, "", "", ""
    return None


def _timed_shape(point: str, speaks_for_bureau: bool) -> Pieces | None:
    """A time and who then the deed, a body and the time it acts: 要 in its place."""
    # 开学前各完小、教学点要对校舍…再查一遍 (round ba's G, read in draft 26: 要确保开学前…);
    # 放假前最后一节课，各校、各班要统一上… (read in round bb's 14: 要确保放假前…)
    due = _EVENT_DATED_THEN_DUE.match(point)
    if due:  # 县督导评估组6月上旬入乡，乡中心校…要在5月底前完成自查 (round bc's 07)
        return "", due["event"] + "，" + due["who"], "要在", due["rest"], ""
    timed = _TIME_WHO_OBJECT.match(point) or _TIME_CLAUSE_THEN_EVERY.match(point)
    if timed:
        return "", timed["time"] + timed["who"], _modal_unless_own(timed["rest"]), timed["rest"], ""
    office = _OWN_OFFICE_DEED.match(point)
    if office:  # 节后厅里将组织暗访组… (round ba's G, read in draft 28: 要确保节后厅里组织…)
        return "", office["time"] or "", "", office["who"] + "将" + office["rest"], ""
    if speaks_for_bureau:
        return None
    officials = _TIME_THEN_OFFICIALS.match(point)
    if officials:  # 教师节前后，旗级领导要分头走访… (round bd's 15)
        return "", officials["time"] + officials["who"], "要", officials["rest"], ""
    time_body = _TIME_THEN_BODY.match(point)
    if time_body:  # 会后，市教育局要把… (round bb's G: 要由会后市教育局把…)
        return "", time_body["time"] + "，" + time_body["who"], "要", time_body["rest"], ""
    body_year = _BODY_THEN_YEAR.match(point)
    if body_year:  # 镇政府今年要再筹措… (round bb's G: 要由镇政府今年再筹措…)
        return "", body_year["who"] + body_year["time"], "要", body_year["rest"], ""
    body_timed = _BODY_THEN_TIME.match(point)
    if body_timed:  # 镇派出所要在节前对… (read in round bb's 14: 要确保镇派出所节前对接送…)
        return "", body_timed["who"], "要在", body_timed["time"] + body_timed["rest"], ""
    return None


def _thing_shape(point: str, speaks_for_bureau: bool) -> Pieces | None:
    """A count then its deed, a thing then its deadline or where it must reach, bodies acting
    together: 要 in its place."""
    # 全镇留守儿童406人，我们将继续实行… (要确保全镇留守儿童406人: read in round bb's 04)
    counted = _HOW_MANY_THEN_DEED.match(point)
    if counted:
        will = "我们将" if speaks_for_bureau else "要"
        return "", counted["count"] + "，", will, counted["rest"], ""
    under = None if speaks_for_bureau else _PUT_UNDER.match(point)
    if under:
        return "", under["thing"], "要", under["rest"], ""
    due_done = None if speaks_for_bureau else _THING_DUE_DONE.match(point)
    if due_done:  # 校舍安全隐患排查3月底前完成 (round bd's 20 G: 要对…排查3月底前完成)
        return "", due_done["thing"], "要在", due_done["due"] + due_done["rest"], ""
    thing_due = _THING_THEN_DEADLINE.match(point)
    if thing_due:  # 问题清单，要在6月10日前全部销号 (read in round bb's 20: 要对…清单，6月10日前…)
        will = "我们将在" if speaks_for_bureau else "要在"
        return "", thing_due["thing"] + "，", will, thing_due["rest"], ""
    lands = _THING_LANDS.match(point)
    if lands:  # 责任要落到人头 (read in round bb's 14: 要抓好责任落到人头)
        return "", lands["thing"], "要", lands["rest"], ""
    jointly = None if speaks_for_bureau else _ORGANS_JOINTLY.match(point)
    if jointly:  # 县扶贫办、县教育局要共同比对… (round ba's G: 要由县扶贫办、县教育局共同比对…)
        return "", jointly["who"], "要", jointly["rest"], ""
    return None


# the clerk's marks at a point's end (…1.35亿元【待核：市发改委报；…】): the point charged
# without them and the marks put back where it ends (round bt's 01, G: 【待核：市发改委要报】 —
# 要 cut into the mark by the 报 read as a deed)
_MARKS_LAST = re.compile(r"(?:【待核：[^【】]*】)+(?=[。；]?$)")
_END_MARK = re.compile(r"[。；]*$")
# marks that only say who sent a figure or that two returns differ (…报, 回表, 立项数, 核实)
_SOURCE_MARKS = re.compile(
    r"(?:【待核：(?![^】]*(?:早于会议日期|已经过了|是否|？|待定))[^】]*(?:报|回表|立项数|核实|不一致)[^】]*】)+"
)


def charge_pieces(
    point: str, speaks_for_bureau: bool, party_side: bool = False
) -> tuple[str, str, str, str, str]:
    """A point's charge as five pieces (_charge_unmarked), the clerk's marks at its end kept
    out of it and put back after the words before the suffix."""
    point = without_a_commendation_not_held(point)
    marks = _MARKS_LAST.search(point)
    if marks is None or marks.start() == 0 or not _SOURCE_MARKS.fullmatch(marks.group()):
        # (a passed deadline's or a pending question's mark keeps its point as it was charged:
        # round bc's test, 开学前完成… not ordered after its date)
        return _charge_unmarked(point, speaks_for_bureau, party_side)
    bare = point[: marks.start()] + point[marks.end() :]
    prefix, head, infix, tail, suffix = _charge_unmarked(bare, speaks_for_bureau, party_side)
    if tail:
        return prefix, head, infix, _marked_at_end(tail, marks.group()), suffix
    return prefix, _marked_at_end(head, marks.group()), infix, tail, suffix


def _marked_at_end(words: str, marks: str) -> str:
    end = _END_MARK.search(words)
    return words[: end.start()] + marks + words[end.start() :] if end else words + marks


def _charge_unmarked(
    point: str, speaks_for_bureau: bool, party_side: bool = False
) -> tuple[str, str, str, str, str]:
    """A point's charge as five pieces (_charged_pieces), with no 要 or 确保 put over the
    clerk's 拟 (明年起拟提高到60分: read in round bb's 16), read once more where it cut the
    clerk's words (charge_reread)."""
    if speaks_for_bureau and _BUREAUS_OWN_PEOPLE.match(point):
        return "", point, "", "", ""
    point = _RULE_CARRIED_OUT.sub(r"\1的要求", point)
    placed = reread(
        point, _charge_first_placed(point, speaks_for_bureau, party_side), _first_verb_at
    )
    if not speaks_for_bureau:
        placed = _charge_over_bodies_said_whole(placed)
    return charge_where_the_clauses_take_it(point, _charge_placed_again(placed), speaks_for_bureau)


# a rule carried out, the clerk's clause ending on its measure (落实中小学生每天综合体育活动不低于2小时):
# its 要求 named, so 落实 has its object (round cr's 04, G — "缺宾语中心词")
_RULE_CARRIED_OUT = re.compile(
    r"^((?:严格)?落实[^，。；]{4,40}?(?:不低于|不少于|不超过|不多于)约?\d[\d.]*[^\d，。；的]{1,4})(?=[。；]?$)"
)


# the bureau's own people doing their part (每名局领导联系一个县（区）…): the report says what they
# do, as the clerk wrote it, not 我们将推动 over its own leaders (round cr's 04, R)
_BUREAUS_OWN_PEOPLE = re.compile(
    r"^(?:每名|每位|各位)?(?:局领导|局班子成员|局党组成员|局机关干部|机关干部)"
)


# bodies, then their deed, said whole or under a frame (团旗委、旗妇联发动志愿者…; 区住建局研究在…拿出
# 60套房源; 要选好配强各村（社区）入户提醒家长): 要 after the bodies, as a leader charges them (round
# cn's 03, 16 and 18, R G — read as done, or as what is to be picked). Not for a bureau's report: a
# peer's deed it does not order (its rules decide 商请、会同).
# what a body's name ends with (县住建局, 镇派出所, 区融媒体中心)
_BODY_END = r"(?:局|委|办|政府|中心|分局|大队|妇联|所|站|院)"
_ONE_BODY = (
    r"(?:各村（社区）|各村|团[省市县区州旗盟]委|[省市县区州旗盟镇乡][\u4e00-\u9fff]{0,8}?"
    + _BODY_END
    + ")"
)
_BODIES_THEN_DEED = re.compile(
    rf"^(?P<bodies>{_ONE_BODY}(?:[、和与及]{_ONE_BODY})*)"
    r"(?P<deed>(?:研究|发动|入户|组织|牵头|负责|会同|联合|安排|拿出|开设|建立|开展)(?!的)[^，；。]*.*)$"
)


def _charge_over_bodies_said_whole(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if infix or tail or (prefix and not prefix.startswith("要")):
        return pieces
    found = _BODIES_THEN_DEED.match(head)
    # (…牵头清理进校园事项，目前已清理27项: under way, its progress said — facts26)
    if found is None or re.search("已|目前|现有", head):
        return pieces
    return "", found["bodies"], "要", found["deed"], suffix


def _charge_first_placed(
    point: str, speaks_for_bureau: bool, party_side: bool = False
) -> tuple[str, str, str, str, str]:
    # the first clause is a topic or a decision (九所…不达标的学校，县自然资源局…; 两个教学点保留，
    # 继续开足…): it stays before the charge of the rest (round ce's 24 and 05, G: 要推动九所…的
    # 学校，县自然资源局…; 要推动…两个教学点保留，…)
    first = _FIRST_CLAUSE_STANDS.match(point)
    standing = first and _first_clause_then_charge(point, first, speaks_for_bureau, party_side)
    if standing:
        return standing
    stance = _STANCE_FIRST.match(point)
    if stance:  # 疫情防控不松劲，…: 疫情防控不能松劲，要… (round ce's 13, G: 要落实疫情防控不松劲)
        said = f"{stance['thing']}不能{stance['slack']}{stance['comma']}"
        return _said_then_charged(said, point[stance.end() :], speaks_for_bureau, party_side)
    charged = _charged_pieces(point, speaks_for_bureau, party_side)
    unframed = frame_over_clause(point, charged, speaks_for_bureau, charge_pieces)
    # (whole_words last too: the later passes cut 核要对, 不能只要在 — round bp's 20 and 04, G)
    pieces = _charge_before_its_manner(
        _charge_where_the_words_put_it(
            _year_with_its_date(
                whole_words(_manner_after_charge(_no_charge_before_a_plan(unframed)))
            )
        )
    )
    if pieces[2] and pieces[1].endswith(("已", "已经")):
        # no charge after what is already done (…负责制已要全面推行: round bz's 14, G)
        return "", point, "", "", ""
    if pieces[2] and (
        pieces[1].count("“") > pieces[1].count("”")
        # nor inside the clerk's brackets (…不属于迎检内要容）: round by's 22, G)
        or pieces[1].count("（") > pieces[1].count("）")
    ):
        # no 要 inside the clerk's quoted words (做到“课前要到书、…”: the 前 of 课前 read as a
        # deadline): the point whole after the frame
        return ("我们将确保" if speaks_for_bureau else "要确保"), point, "", "", ""
    if (
        _ensured_for_want_of_a_verb(point, pieces)
        or _charge_breaks_the_words(point, pieces)
        or _counts_after_what_there_is(pieces)
    ):
        return "", point, "", "", ""
    if pieces[2] and not (pieces[3] or pieces[4]) and pieces[1] == point:
        # a charge with nothing after it (…，实行清单化督办要: round ch's 13, G): the lead
        # before the point whole
        return _said_whole(point, speaks_for_bureau)
    return pieces


def _charge_placed_again(pieces: Pieces) -> Pieces:
    """The charge moved where the clerk's words take it, after every rule placed it (stop 75:
    rounds cm and cn)."""
    pieces = _charge_over_a_rates_level(_charge_over_an_emphasis(pieces))
    pieces = _charge_before_its_span(_charge_after_the_office(_charge_after_at_least(pieces)))
    pieces = _no_frame_over_a_doer(_no_charge_over_what_is_past(_date_cut_from_its_before(pieces)))
    pieces = _charge_before_its_adverb_or_verb(_thing_then_since(pieces))
    pieces = _charge_before_the_clauses_verb(
        _result_achieved(_put_into_by_ba(_charge_at_its_date(pieces)))
    )
    pieces = _charge_after_the_thing(_no_cut_in_a_word_said_before(pieces))
    return _police_asked(_frame_over_the_whole_placed(_charge_not_cutting(pieces)))


# the clause's own verb, with its manner, left before the charge: the charge goes before them
# (对…农村学校，稳妥研究布局｜要｜调整 — round cr's 14, G: 稳妥研究布局要调整)
_VERB_OPENS_LAST_CLAUSE = re.compile(
    r"[，；](?P<clause>(?:稳妥|认真|深入|抓紧|及时|积极|统筹)?"
    r"(?:研究|推进|推动|做好|抓好|落实|完善|实施|制定|探索|谋划)[^，；。要]{1,10})$"
)


def _charge_before_the_clauses_verb(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    found = _VERB_OPENS_LAST_CLAUSE.search(head) if infix == "要" and tail and not prefix else None
    if found is None:
        return pieces
    before = head[: found.start("clause")]
    return "", before, "要", found["clause"] + tail, suffix


# a word the point has said already, cut by the charge (…课后服务做到…，课后｜要｜服务经费由…: round
# cs's 20, G — 课后要服务经费): the charge after the noun the word opens, before its 由/把/在…
_AFTER_THE_NOUN = re.compile(r"[^，；。、由把在对将按从向给比要]{1,10}?(?=[由把在对将按从向给比])")


def _no_cut_in_a_word_said_before(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if infix not in ("要", "要在") or len(head) < 4 or len(tail) < 2:
        return pieces
    if head[-2:] + tail[:2] not in head[:-2]:
        return pieces
    noun = _AFTER_THE_NOUN.match(tail)
    if noun is None:
        return pieces
    return prefix, head + noun.group(), "要", tail[noun.end() :], suffix


# a preposition the frame put first that the clerk's clause says after its own subject
_PREPOSITIONS = ("从", "在", "为", "对", "把")
_PREPOSITION_SAID_AGAIN = re.compile(
    r"^(?P<subject>[^，；。从在为对把要]{2,12}?)(?P<rest>(?P<word>[从在为对把])[^，；。]*.*)$"
)
# a thing, then how often at least (送教上门每月不少于2次): 要 after the thing (round cs's 05 and
# 19, G — 要送教上门每月不少于2次, "语序不通")
_THING_THEN_HOW_OFTEN = re.compile(
    r"^(?P<thing>[^，；。要]{2,12}?)(?P<rest>每(?:月|周|学期|年|季度|天|日)(?:不少于|至少|不低于)[^，；。]*.*)$"
)
# a work's list, then how much less or more than last year (发文、开会、进校检查比去年各压减三分之一):
# 要 before the comparison (round cs's 14, G: 进校要检查比去年…)
_THEN_AGAINST_LAST_YEAR = re.compile(
    r"^(?P<word>[^，；。比要]{1,6}?)(?P<rest>比(?:去年|上年|上一年)[^，；。]*.*)$"
)
# a thing, then its date, under a frame over the whole (要对…专项排查3月底前覆盖…): the thing, then
# 要在 before its date (round cs's 12, G)
# (要确保/要推动 + a date first keep the clause whole: test_weave_round_s, test_round_cf71)
_FRAMES_OVER_A_DATED_THING = ("要对", "要做好", "我们将对")
# (or a deed of setting up or carrying out: 健全县委常委会每年至少两次…的机制 is one thing to build —
# test_round_cg72)
_FRAMED_ALREADY = re.compile(
    r"^(?:把|对|在|将|由|为|向|给|从|按|健全|建立|完善|落实|推行|实行|坚持|开展|组织|制定|出台)"
)


# a work, then the way it is run (整改工作实行“清单化”管理): 要 after the work (round ct's 08 and 20,
# G — 要整改工作实行…, "句子残缺")
# (not a plan's span, 规划分三年实施，…: test_woven_frames)
_WORK_THEN_WAY = re.compile(
    r"^(?P<thing>[^，；。要]{2,8}?(?:工作)?)(?P<rest>(?:实行|实施|采取|采用)(?=[^，；。])[^，；。]*.*)$"
)
# the schools or things a frame pushed, then a clause of their own (没有达标的23所中职学校，由…制定
# 方案; …不达标的九所学校，暑假期间完成…; 生活老师配备和宿舍改造，秋季开学前全部到位): 对 them,
# then 要 before the clause (round ct's 07 and 20, G — 要推动…学校，由…, 要为…改造，…到位)
_PUSHED_THEN_CLAUSE = re.compile(
    r"^(?P<what>[^，；。要]{4,24}?(?:学校|幼儿园|改造|配备|建设|项目))，(?P<rest>(?:由|[^，；。]{0,8}(?:前|期间))[^；。]*.*)$"
)
_FRAMES_OVER_A_PUSHED = ("要推动", "要为", "我们将推动", "我们将为")
# a list of what is checked, the charge after its first word (专职保安员｜将｜配备、一键报警…全部达标):
# the charge before the list's common verb (round ct's 14, G)
_LIST_THEN_ALL = re.compile(
    r"^(?!完成|开展|组织|推进|实施|落实)(?P<list>[^，；。]{1,8}、[^，；。]*?)"
    r"(?P<rest>(?:全部|均|都)(?:达标|到位|完成|覆盖|落实|建成|配齐)[^，；。]*.*)$"
)


# what the charge must not cut, and where it goes instead (round cu's G lines): inside a measure
# (不低于每人｜要｜每月800元), between a work and the way it is run (教育项目｜要｜审批实行…), between
# a day and its count (放假前｜要｜一天发放…), after a deed before its floor (每所学校储备｜要｜不少于…)
_MEASURE_IN_LAST_CLAUSE = re.compile(r"(?:不低于|不少于|不超过|不高于)[^，；。]{0,6}$")
_WORD_THEN_WAY = re.compile(
    r"^(?P<word>[^，；。]{1,4}?)(?P<rest>(?:实行|实施|采用)(?=[^，；。])[^，；。]*.*)$"
)
_DAYS_AFTER_BEFORE = re.compile(r"^(?P<word>(?:一|两|二|三|\d+)(?:天|周|个工作日))(?P<rest>.*)$")
_DEED_BEFORE_FLOOR = re.compile(r"(?P<verb>储备|配备|安排|开设|设立|配齐)$")
# a date, then the thing and its deed, under a frame (要推动9月1日城北实验学校投入使用): the thing,
# then 要在 its date (round cu's 01, G)
_DATE_THEN_THING = re.compile(
    r"^(?P<date>\d{1,2}月\d{1,2}日|\d{1,2}月底|\d{1,2}月|年底|秋季开学前|春季开学前)(?:前)?"
    r"(?P<thing>[^，；。要]{2,12}?)(?P<deed>投入使用|建成|竣工|开工|开学|交付|启用)(?P<rest>.*)$"
)
# a thing, then who does it (编制、用地、资金三件事由分管副市长每月调度一次): 要 before 由 (round cu's 01)
_THING_THEN_BY = re.compile(r"^(?P<thing>[^，；。由要]{2,16}?)(?P<rest>由[^，；。]{2,}.*)$")
# what runs through or goes into something, under a frame of doing (要抓好…教育贯穿课堂…全过程):
# 把 it (round cu's 08, G)
_RUNS_THROUGH = re.compile(r"^(?!把|将)[^，；。]{2,24}?(?:贯穿|融入|落实到|延伸到)")
_FRAMES_OF_DOING = {
    "要抓好": "要把",
    "要做好": "要把",
    "我们将抓好": "我们将把",
}


def _charge_not_cutting(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if infix == "要" and tail:
        last = re.split("[，；]", head)[-1]
        measure = _MEASURE_IN_LAST_CLAUSE.search(last)
        if measure:
            at = len(head) - len(last) + measure.start()
            return prefix, head[:at], "要", head[at:] + tail, suffix
        way = _WORD_THEN_WAY.match(tail)
        if way and not head.endswith(("，", "；")):
            return prefix, head + way["word"], "要", way["rest"], suffix
        days = _DAYS_AFTER_BEFORE.match(tail) if head.endswith("前") else None
        if days:
            return prefix, head + days["word"], "要", days["rest"], suffix
        deed = _DEED_BEFORE_FLOOR.search(head) if re.match("不少于|不低于|至少", tail) else None
        if deed:
            return prefix, head[: deed.start()], "要", deed["verb"] + tail, suffix
    return pieces


def _frame_over_the_whole_placed(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if infix or tail:
        return pieces
    dated = _DATE_THEN_THING.match(head) if prefix in ("要推动", "我们将推动") else None
    if dated:
        return "", dated["thing"], "要在", dated["date"] + dated["deed"] + dated["rest"], suffix
    by = _THING_THEN_BY.match(head) if prefix in ("要", "我们将") else None
    if by and (_verb_at(by["thing"]) < 0 or "、" in by["thing"] or by["thing"].endswith("事")):
        return "", by["thing"], "要", by["rest"], suffix
    if prefix in _FRAMES_OF_DOING and _RUNS_THROUGH.match(head):
        return _FRAMES_OF_DOING[prefix], head, "", "", suffix
    return pieces


def _charge_after_the_thing(pieces: Pieces) -> Pieces:
    """The thing a frame was put over said first, the charge after it (the patterns above)."""
    prefix, head, infix, tail, suffix = pieces
    if not infix and not tail:
        placed = _thing_before_its_charge(prefix, head)
        if placed is not None:
            return (*placed, suffix)
    if infix == "要" and tail:
        against = _THEN_AGAINST_LAST_YEAR.match(tail)
        if against:
            return prefix, head + against["word"], "要", against["rest"], suffix
    if infix in ("要", "将") and tail:
        listed = _LIST_THEN_ALL.match(tail)
        if listed:
            return prefix, head + listed["list"], infix, listed["rest"], suffix
    return pieces


def _thing_before_its_charge(prefix: str, head: str) -> tuple[str, str, str, str] | None:
    said_again = _PREPOSITION_SAID_AGAIN.match(head) if prefix.endswith(_PREPOSITIONS) else None
    if said_again and said_again["word"] == prefix[-1]:
        # 要从镇中心学校从现有教师中调剂… (round ct's 17, G: 两个“从”): the subject, then 要
        return "", said_again["subject"], "要", said_again["rest"]
    if prefix in ("要", "我们将"):
        often = _THING_THEN_HOW_OFTEN.match(head)
        if often and not _FRAMED_ALREADY.match(often["thing"]):
            return "", often["thing"], "要", often["rest"]
        way = _WORK_THEN_WAY.match(head)
        if way and (_verb_at(way["thing"]) < 0 or way["thing"].startswith("整改")):
            return "", way["thing"], "要", way["rest"]
    if prefix in _FRAMES_OVER_A_DATED_THING:
        dated = _THING_THEN_ITS_DATE.match(head)
        if dated and not _FRAMED_ALREADY.match(dated["thing"]):
            return "", dated["thing"], "要在", dated["when"] + dated["rest"]
    pushed = _PUSHED_THEN_CLAUSE.match(head) if prefix in _FRAMES_OVER_A_PUSHED else None
    if pushed:
        rest, what = pushed["rest"], pushed["what"]
        before = f"对{what}，" if what.endswith(("学校", "幼儿园")) else f"{what}，"
        return "", before, "要" if rest.startswith("由") else "要在", rest
    return None


# the police station, then where it stands guard (派出所在上学、放学时段到…执勤): no one at a school
# meeting orders it; it is asked (round cr's 17, G L — 要派出所在… read broken, and a 副镇长 gave
# the police an order)
_POLICE_FIRST = re.compile(r"^(?:[镇乡]|辖区|属地|当地)?派出所在")


def _police_asked(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if prefix not in ("要", "我们将") or infix or tail or not _POLICE_FIRST.match(head):
        return pieces
    return ("请" if prefix == "要" else "我们将商请"), head, "", "", suffix


# an adverb of doing it together, or the verb of a level, left before the charge (县委编办、县教育局
# 一起｜要｜把…; 巩固率保持｜要｜在99%以上; 扩建工程计划｜要在｜8月底前交付): 要 before them (round
# cp's 15, 24 and 02, G — 一起要把, 保持要在, 计划要在)
# (轮流, 照常, 分别: round cu's 11 and 17, G — 轮流要在…, 照常要开展)
_ADVERB_OR_LEVEL_LAST = re.compile(
    r"(?P<word>一起|共同|一道|保持|稳定|控制|计划|轮流|照常|分别|按时)$"
)


def _charge_before_its_adverb_or_verb(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    found = _ADVERB_OR_LEVEL_LAST.search(head) if infix in ("要", "要在", "将") and tail else None
    if found is None or found.start() < 2:
        return pieces
    word = found["word"]
    if word == "计划":  # (a plan is said as one: 扩建工程计划在8月底前交付)
        return prefix, head, infix.removeprefix("要"), tail, suffix
    at = "在" if infix == "要在" else ""
    return prefix, head[: found.start()], infix[0], word + at + tail, suffix


# a thing, then from when it holds (送教上门教师交通补助从今年起单列), under a bare 要: 要 after the
# thing (round cp's 12, G — 要送教上门教师交通补助从今年起…)
_THING_THEN_SINCE = re.compile(
    r"^(?P<thing>[^，；。要]{2,20}?)(?P<rest>从(?:今年|明年|下学期|\d{4}年)起.*)$"
)


def _thing_then_since(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    found = _THING_THEN_SINCE.match(head) if prefix == "要" and not (infix or tail) else None
    if found is None:
        return pieces
    return "", found["thing"], "要", found["rest"], suffix


# a date cut from its 前 (村小教师的周转房今年年底｜要在｜前修好): 要在 before the whole date (round
# co's 22, G — 今年年底要在前修好)
_DATE_BEFORE_ITS_QIAN = re.compile(
    r"(?P<when>(?:今年|明年)?(?:年底|年内|月底|\d{1,2}月(?:底|\d{1,2}日|上旬|中旬|下旬)?|开学|放假|国庆|春节))$"
)


def _date_cut_from_its_before(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    found = _DATE_BEFORE_ITS_QIAN.search(head) if infix in ("要在", "将在") else None
    if found is None or not tail.startswith(("前", "以前", "之前")) or found.start() == 0:
        return pieces
    return prefix, head[: found.start()], infix, found["when"] + tail, suffix


# what did not get done, or was done today, in the first clause (教师培训学分达标率去年没有完成，…;
# 修订后的议事规则今天通过，…): a fact, no charge inside or over it (round co's 14 and 15, G —
# 教师要培训学分达标率去年没有完成; 要修订后的议事规则今天通过)
_PAST_IN_FIRST = re.compile(
    r"^[^，；。]{2,30}?(?:没有完成|未完成|没完成|未达标|今天通过|已经通过|已通过)(?=[，；。]|$)"
    # last year's deed, its count said (去年排查隐患1274项，已整改1251项…: round cr's 14, G — 去年要
    # 排查…): what was done, not charged; not a clause that plans (去年结转的项目今年完工)
    r"|^(?:去年|上年|上一年|上学期)(?![^，；。]*(?:今年|本年|计划|力争|争取|要|将|拟))[^，；。]{2,30}?"
    r"\d[^，；。]*(?=[，；。]|$)"
)


def _no_charge_over_what_is_past(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    charged = prefix in ("要", "我们将") or (not prefix and infix in ("要", "将"))
    if charged and _PAST_IN_FIRST.match(head + tail):
        return "", head + tail, "", "", suffix
    return pieces


# a frame over a point that names who acts and when (要推动县教育局每周一调度…; 要推动…两个项目，县自然
# 资源局4月底前完成…; 要推动…的学生，秋季学期前完成…; 要做好…电暖器放假前全部断电检查): the doer and
# 要 (要在 before its date), no 推动 over another's deed (round cn's 07, 20 and 18, G)
_OVER_A_DOER = ("要推动", "要确保", "要做好", "要抓好", "要落实")
_DOER_FIRST = re.compile(
    rf"^(?P<body>(?:各|[省市县区州旗盟镇乡])[\u4e00-\u9fff]{{0,8}}?{_BODY_END}"
    rf"(?:[、和与及](?:[省市县区州旗盟镇乡])?[\u4e00-\u9fff]{{1,10}}?{_BODY_END})*)"
    r"(?P<rest>(?:每|在|于|\d|今年|明年|年内|年底|[一二三四五六七八九十]月)[^，；。]*.*)$"
)
_PEOPLE_CLAUSE = re.compile(r"^[^，；。]{4,30}(?:的学生|的教师|的家庭|的儿童|学生|儿童|家庭)$")
_THING_THEN_ITS_DATE = re.compile(
    r"^(?P<thing>[^，；。]{2,16}?)(?P<when>(?:放假|开学|离校|假期|汛期|年底|月底|\d{1,2}月(?:\d{1,2}日|底)?)(?:前|以前))"
    r"(?P<rest>[^，；。]{2,}.*)$"
)


def _no_frame_over_a_doer(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if prefix not in _OVER_A_DOER or infix or tail:
        return pieces
    doer = _DOER_FIRST.match(head)
    if doer:
        return "", doer["body"], "要", doer["rest"], suffix
    first, _, after = head.partition("，")
    doer = _DOER_FIRST.match(after) if after else None
    if doer:
        return "", f"{first}，{doer['body']}", "要", doer["rest"], suffix
    if after and _PEOPLE_CLAUSE.match(first) and _DATE_AFTER_CHARGE.match(after):
        return "", f"对{first}，", "要在", after, suffix
    dated = _THING_THEN_ITS_DATE.match(head) if prefix == "要做好" else None
    if dated:
        return "", dated["thing"], "要在", dated["when"] + dated["rest"], suffix
    return pieces


# a date the deed is done by, after the charge (…科技局｜要｜明年3月前统一…): 要在 (round cn's 24, G)
_DATE_AFTER_CHARGE = re.compile(
    r"^(?:今年|明年|年内)?(?:(?:秋季|春季)学期|\d{1,2}月(?:\d{1,2}日|底|上旬|中旬|下旬|末)?)(?:前|以前|之前)"
)


def _charge_at_its_date(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if infix == "要" and head and _DATE_AFTER_CHARGE.match(tail):
        return prefix, head, "要在", tail, suffix
    return pieces


# what is put into a plan or an assessment, after 要 with no 把 (要创建工作纳入…考核): 把 before
# it (round cn's 07, G)
_PUT_INTO_NO_BA = re.compile(
    # (not after a manner: 教师待遇保障资金要优先列入预算 — round ce's test)
    r"^(?!把|将|对|由|在|按|优先|及时|全部|统一|一并|逐步|全面|依法|分别|同步|一律|都|均|全)"
    r"[^，；。要]{2,16}?(?<!优先)(?<!及时)(?<!全部)(?<!统一)(?<!一并)(?<!逐步)(?=纳入|列入)"
)


def _put_into_by_ba(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if (
        prefix.endswith("要")
        and not infix
        and _PUT_INTO_NO_BA.match(head)
        and "把" not in head.split("，")[0]
    ):
        return prefix, "把" + head, infix, tail, suffix
    if infix == "要" and _PUT_INTO_NO_BA.match(tail) and "把" not in tail.split("，")[0]:
        return prefix, head, infix, "把" + tail, suffix
    return pieces


# a result with no verb to reach it, after the charge (年底前｜要｜建档立卡…学生辍学动态清零): 实现
# before it (round cn's 08, G)
_RESULT_WITHOUT_VERB = re.compile(r"(?:清零|全覆盖|零发生|零事故|零伤亡)$")


def _result_achieved(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if infix != "要" or not tail:
        return pieces
    first = re.split("[，；]", tail, maxsplit=1)[0]
    # (how often is no result to reach: 教师家访要每学期全覆盖 — round ba's test)
    if first.startswith("每"):
        return pieces
    if _RESULT_WITHOUT_VERB.search(first) and _first_verb_at(first) == -1:
        return prefix, head, infix, "实现" + tail, suffix
    return pieces


# a span the deed is done within, after the charge (会后｜要｜一个月内逐件交办; ｜要｜议定事项十个工作
# 日内形成…): 要 after the span, 要在 before it after the thing (round cn's 02 and 12, G)
_SPAN_THEN_DEED = re.compile(
    r"^(?P<thing>[^，；。要将在]{0,8}?)"
    r"(?P<span>[一二三四五六七八九十两\d]+个?(?:工作日|月|天|日|周|小时)(?:内|以内))(?=[\u4e00-\u9fff])"
)


def _charge_before_its_span(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    found = _SPAN_THEN_DEED.match(tail) if infix == "要" and not prefix else None
    if found is None:
        return pieces
    if not found["thing"]:
        return prefix, head + found["span"], "要", tail[found.end() :], suffix
    return prefix, head + found["thing"], "要在", tail[found.start("span") :], suffix


# a committee's office cut from its committee (区委｜要｜宣传部、区融媒体中心开设…): the office and the
# bodies listed with it act (round cn's 04 and 13, G: 区委将宣传部…开设, 市委将组织部、…每年至少听取…)
_COMMITTEE_HEAD = re.compile(r"(?:^|[、，])[\u4e00-\u9fff]{0,8}?[省市县区州旗盟镇乡]委$")
_OFFICE_THEN_BODIES = re.compile(
    r"^(?:宣传部|组织部|统战部|政法委|编办|教育工委|网信办|办公室|督查室)"
    r"(?:[、和与及][^、，；。要将]{2,12}?(?:局|委|工委|办|中心|部|站|所|妇联|分局|大队))*"
)


def _charge_after_the_office(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if infix not in ("要", "将") or not _COMMITTEE_HEAD.search(head):
        return pieces
    office = _OFFICE_THEN_BODIES.match(tail)
    if office is None or office.end() == len(tail):
        return pieces
    return prefix, head + office.group(), "要", tail[office.end() :], suffix


# a measure then its level (专职保安员配备达标率保持100%): the charge after the measure's name, not
# inside it (round cm's 23, G: 专职保安员将配备达标率保持100% — 保安员 read as the one who acts)
_MEASURE_THEN_LEVEL = re.compile(
    # (with its year: 城区骨干教师下乡交流比例今年｜要｜提高到15% — round cs's 20, G: 下乡要交流比例)
    r"^(?P<measure>[^，；。要将]{1,14}?(?:率|比例|占比)(?:今年|明年|年内)?)"
    r"(?=保持|达到|稳定在|提高到|不低于|控制在)"
)
# what is the emphasis, said as 为重点 with no 以 (中午、傍晚两个时段为重点巡查时段): 要以…为…
# (round cm's 18, G: “五一”假期要每天中午、傍晚两个时段为重点巡查时段)
_EMPHASIS_WITHOUT_YI = re.compile(r"^(?!以)[^，；。为]{2,20}为(?:重点|主|首要)")


# 至少 and where it goes before the deed (…开学第一个月至少到学校检查一次): the charge after 至少
# (round cm's 09, G: 至少到学校要检查一次)
_AT_LEAST_THEN_WHERE = re.compile(r"至少(?P<where>[^，；。要至]{1,8})$")


def _charge_after_at_least(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    found = _AT_LEAST_THEN_WHERE.search(head) if infix == "要" and tail else None
    if found is None:
        return pieces
    return prefix, head[: found.start() + 2], infix, found["where"] + tail, suffix


def _charge_over_a_rates_level(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    measure = _MEASURE_THEN_LEVEL.match(tail) if infix in ("要", "将") and not prefix else None
    if measure is None:
        return pieces
    return prefix, head + measure["measure"], infix, tail[measure.end() :], suffix


def _charge_over_an_emphasis(pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if infix in ("要", "将") and _EMPHASIS_WITHOUT_YI.match(tail):
        return prefix, head, infix, "以" + tail, suffix
    return pieces


def _counts_after_what_there_is(pieces: Pieces) -> bool:
    """A charge put between what there is and its next count (中心幼儿园现有6个班，在园幼儿186人:
    round ch's 21, 要在园幼儿186人): a count is no deed."""
    if not pieces[2] or pieces[0] or not pieces[1].endswith("，"):
        return False
    next_clause = re.split("[，；（(]", pieces[3], maxsplit=1)[0]
    return bool(
        _PRESENT_STATE.search(pieces[1])
        and _COUNTED_LAST.search(next_clause)
        and _first_verb_at(next_clause) == -1
    )


# a charge that cuts the clerk's words where no charge fits (round cb's 20 and ca's 08: 镇派出所要、
# 中心学校联合…; cb's 16: …请各村（社区）要配合, 我们将推动…用地请镇政府帮助协调; cb's 05 and 20:
# …教学点要暂时保留, a decision taken): the point as written
_REQUEST_OPEN = re.compile(r"请[^，；。]{0,14}$")
# a first clause that is no deed: places named as a topic before the organs that act on them, or
# a decision on schools already taken (_charge_unmarked)
_FIRST_CLAUSE_STANDS = re.compile(
    r"^(?:(?P<topic>[^，；。]{2,24}?的(?:学校|幼儿园|教学点|项目))"
    r"(?=[，,](?:[^，；、]{2,10}、)*[^，；、]{0,8}?(?:部门|局|厅|政府|编办|委员会)(?=[^，；、的]))"
    r"|(?P<decided>[^，；。]{2,24}?(?:教学点|学校|小学|中学|幼儿园|校区|完小|分校)"
    r"(?:继续)?(?:保留|撤并|停办|停招|维持不变|暂不撤并)))"
    r"(?P<comma>[，,])(?=\S{4})"
)
# waiting on someone's decision (待区发改局, 待局长, 待…批复后), not 待遇 or 待复核县
_WAITS_ON = re.compile(
    r"待[^，；。】]{0,10}(?:局|委|办|厅|部门|政府|局长|主任|书记|县长|市长|领导|党委会|会议|中心|管委会|后)$"
)
_DECIDED_FOR_NOW = re.compile(r"^(?:暂时|暂不|暂(?=保留|按|定|设|留|维持))")


_STANCE_FIRST = re.compile(
    r"^(?P<thing>[^，；。]{2,12}?)不(?P<slack>松劲|放松|松懈|停步|降温)(?P<comma>[，,])(?=\S{4})"
)


def _first_clause_then_charge(
    point: str, first: re.Match[str], speaks_for_bureau: bool, party_side: bool
) -> tuple[str, str, str, str, str] | None:
    """The topic (对…) or the decision as written, then the rest charged; None where the rest
    is no deed to charge (由…复核, 镇里无权决定…)."""
    rest = point[first.end() :]
    topic = first["topic"]
    if (topic and rest.startswith("由")) or (not topic and point_form(rest) != PointForm.VERB):
        return None
    head = ("对" + topic if topic else first["decided"]) + first["comma"]
    return _said_then_charged(head, rest, speaks_for_bureau, party_side)


def _said_then_charged(
    said: str, rest: str, speaks_for_bureau: bool, party_side: bool
) -> tuple[str, str, str, str, str]:
    """``said`` as it stands, then ``rest`` charged as a point of its own."""
    prefix, head, infix, tail, suffix = _charge_unmarked(rest, speaks_for_bureau, party_side)
    return "", said + prefix + head, infix, tail, suffix


def _charge_breaks_the_words(point: str, pieces: tuple[str, str, str, str, str]) -> bool:
    prefix, head, infix, tail, _suffix = pieces
    if infix.startswith("要") and (
        tail.startswith("、")
        or _REQUEST_OPEN.search(head)
        or _DECIDED_FOR_NOW.match(tail)
        # (…待区发改局要测算后…定, 开学第一周待局长要定: round ce's 03 and 12, G)
        or _WAITS_ON.search(head)
    ):
        return True
    if prefix.endswith(("推动", "确保")) and head == point and "请" in point:
        return True
    charged_whole = prefix in ("要", "我们将") and head == point
    after = tail if infix in ("要", "将") else head if charged_whole else ""
    return bool(after) and _NOT_A_DEED_AFTER.match(after.split("，")[0]) is not None


# what follows a 要 that cannot be the deed it charges (round cc, G, some fifteen lines): a noun
# phrase its words go on to (市域产教要联合体…, 县心理健康教育要指导中心热线…, 要同步课堂从…, 集团内教师要
# 统一调配办法年底前提交…, 教师子女要在城区入学问题), an attribute (要撤并学校的四名教师), a thing
# then where it goes (周转房要维修列入…), or a clause that says it is done (…要改造（…）已再次申报)
_NOT_A_DEED_AFTER = re.compile(
    r"^(?:联合体|指导中心|中心热线|(?:同步|专递|空中)?课堂)"
    r"|^[\u4e00-\u9fff]{2,4}办法(?=[年今明本\d])"
    r"|^(?!解决|研究|处理|关注|重视|回应|破解|化解|聚焦|针对|防范)[\u4e00-\u9fff]{1,6}(?:问题|方面)(?=[，,]|$)"
    r"|^(?:撤并|合并|新建|新开|迁建|改扩建)[\u4e00-\u9fff]{1,4}的"
    r"|^(?:建设|维修|改造)(?:列入|纳入)"
    r"|^[^，；。]*?(?:[）)]已|已再次)"
)


# a point of several clauses is ensured whole only when its first clause is a result reached
# (春季开学后课后服务全覆盖，不得…; 锅炉工全部持证上岗，…); anything else the clerk wrote read broken
# under 要确保 (round bz's 06 要确保今年新开工区…，计划…; by's 10 要确保…开学首月，州教育局派工作组
# 驻校): over rounds ba–bz such a line was struck far more often than a point said as the clerk
# wrote it (one clause or more: 42–67 % against 27–33 %; G 30–46 % against 12–13 %), so it is
# said as written. One clause (食品安全, 上下学交通安全) keeps its 确保.
_CLAUSE_BREAK = re.compile(r"[，；：,;:]")
_A_RESULT = re.compile(
    r"(?:到位|达标|完成|全覆盖|覆盖|落实|落地|建成|投用|投入使用|交付使用|启用|开学|开课|到岗|上岗|"
    r"有序|平稳|安全|\d+(?:\.\d+)?%|百分之百|不发生[^，；。]*|为零|清零|全部[^，；。]{0,8})$"
)


def _ensured_for_want_of_a_verb(point: str, pieces: tuple[str, str, str, str, str]) -> bool:
    prefix, head, infix, tail, suffix = pieces
    if prefix not in _ENSURED or head != point or infix or tail or suffix:
        return False
    first = _CLAUSE_BREAK.search(point)
    return first is not None and not _A_RESULT.search(point[: first.start()])


_YEAR_ONLY = re.compile(r"\d{4}年")
_MONTH_FIRST = re.compile(r"\d{1,2}月")


# a modal the clerk put before the deed (…放学时间可提前到四点): no 要 after it (round bs's 23, G:
# 可要提前)
_MODAL_LAST = re.compile(r"(?:可|可以|应|应当|须|必须|需|需要|能|能够|拟)$")
# a total stated (…，共设考场86个: round bt's 24, G — 要共设考场86个)
# (…镇里只有中心校…: round bu's 07, G — 镇里将只有…)
_TOTAL_FIRST = re.compile(r"(?:共设|共有|共计|合计|累计|只有|现有|没有|已有)")


# a dated time right after 要 (镇中心幼儿园要秋季开学前增设…): 要在 before it
_DATED_NEXT = re.compile(
    r"^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|上旬|中旬|下旬)?|(?:秋季|春季)?(?:开学|放假|暑假|寒假)|年底)前"
)


# things then how they are checked, with no 对 before them (各校锅炉房、煤炉逐个检查): 要对…
# (round bu's 20, G: 各校要锅炉房、煤炉逐个检查)
_THINGS_CHECKED = re.compile(
    r"^(?![对把将按在向为由从与和]|完成|组织|开展|进行|做好|抓好|落实|加强|实施)[^，；。对]{2,20}?"
    r"(?:逐个|逐一|逐项|全面)(?:检查|排查|检修|清查|核查)"
)


# a verb left before 要 whose object opens with 对 (各地完成要对…的全面排查: round bu's 19, G)
_VERB_BEFORE_ITS_OBJECT = re.compile(r"(?:完成|开展|进行|加强|做好|抓好|落实|实施|组织)$")


def _charge_where_the_words_put_it(pieces: Pieces) -> Pieces:
    """要 moved or dropped where the words around it decide (rounds bs, bt and bu, G): the first
    of the steps below that changes the pieces says them."""
    for step in (
        _verb_keeps_its_object,
        _things_checked_take_dui,
        _dated_time_takes_zai,
        _no_charge_after_a_modal_or_before_a_total,
    ):
        moved = step(pieces)
        if moved != pieces:
            return moved
    return pieces


def _verb_keeps_its_object(pieces: Pieces) -> Pieces:
    """各地要完成对…, not 各地完成要对…."""
    prefix, head, infix, tail, suffix = pieces
    verb = (
        _VERB_BEFORE_ITS_OBJECT.search(head) if infix in ("要", "将") and tail[:1] == "对" else None
    )
    if verb and verb.start() > 0:
        return prefix, head[: verb.start()], infix, verb.group() + tail, suffix
    return pieces


def _things_checked_take_dui(pieces: Pieces) -> Pieces:
    """各校要对锅炉房、煤炉逐个检查, not 各校要锅炉房、煤炉逐个检查."""
    prefix, head, infix, tail, suffix = pieces
    if infix == "要" and head and _THINGS_CHECKED.match(tail) and "、" in tail.split("逐")[0]:
        return prefix, head, "要对", tail, suffix
    return pieces


def _dated_time_takes_zai(pieces: Pieces) -> Pieces:
    """镇中心幼儿园要在秋季开学前增设…, not 要秋季开学前…."""
    prefix, head, infix, tail, suffix = pieces
    if infix in ("要", "将") and head and _DATED_NEXT.match(tail):
        return prefix, head, infix + "在", tail, suffix
    return pieces


def _no_charge_after_a_modal_or_before_a_total(pieces: Pieces) -> Pieces:
    """…可提前到四点, …共设考场86个, 镇里只有…: the point as written."""
    prefix, head, infix, tail, suffix = pieces
    if (
        not prefix
        and infix in ("要", "将", "要在", "将在")
        and (_MODAL_LAST.search(head) or _TOTAL_FIRST.match(tail))
    ):
        return "", head + infix.removeprefix("要").removeprefix("将") + tail, "", "", suffix
    return pieces


def _year_with_its_date(pieces: Pieces) -> Pieces:
    """要在 before a whole date, not between its year and its month (2017年要在12月31日前完成…:
    round bm's 08 at stop 65's tree, G)."""
    prefix, head, infix, tail, suffix = pieces
    if (
        not prefix
        and _YEAR_ONLY.fullmatch(head)
        and infix.endswith("在")
        and _MONTH_FIRST.match(tail)
    ):
        return infix, head + tail, "", "", suffix
    return pieces


# a manner before the verb (逐生, 逐一, 统一…) follows the charge: 各校要逐生核对, not 各校逐生要
# 核对 (round bh's 18, G)
_MANNER_LAST = re.compile(r"(?:逐生|逐人|逐校|逐户|逐一|逐项|逐个|逐条|分别|统一|一律|全部)$")


# the clerk's 计划 before a date, where the charge goes (要计划3月10日前全部落实; 计划在明年3月前要
# 形成: round bh's 07 and 11, G): the charge takes the date, 要在3月10日前…
# (a frequency before the quota keeps 要 before it: 校领导陪餐要每天不少于1人次 — round ba's test)
_THING_THEN_QUOTA = re.compile(r"^(?P<thing>[^，；。要每]{2,10}?)(?=不少于|不低于|不超过|不高于)")
_PLANNED_DATE_FIRST = re.compile(r"^计划(?:在|于)?(?=[^，；。]{1,12}?(?:前|底|内))")
_PLANNED_DATE_LAST = re.compile(r"计划(?:在|于)?(?P<date>[^，；。]{1,12}?(?:前|底|内))$")


# a thing, then the time it is done by (撤并学校学生的…生活补助在开学前落实到人): 要 before the time,
# not before the thing (round bh's 07, G: 要撤并学校学生的… read as an order to merge schools)
_THING_THEN_TIME = re.compile(
    r"^(?P<thing>[^，；。在要]{4,24}?(?:补助|经费|资金|方案|项目|设施|手续|任务|材料|教材|设备|人员|名单))"
    r"(?P<rest>在[^，；。]{1,10}?(?:前|后|内|底)[^，；。]*.*)$"
)


_WHOLE_CHARGES = ("要", "要确保", "我们将", "我们将确保")
_BODY_FIRST = re.compile(
    r"^(?P<body>[^，；。]{2,12}?(?:局|委|办|中心|政府|所|站))(?P<rest>[^，；。]{2,}.*)$"
)
_TOPIC_THEN_ACTOR = re.compile(
    # (or a rule to be set: 企业接收实习学生的补贴标准，市财政局…12月15日前拿出意见 — round bw's
    # 11, G: 要确保企业接收实习学生的补贴标准，…)
    # (and the children or traders a doer acts on: 留守儿童、单亲家庭孩子，班主任假期每天…联系一次;
    # 学校周边小卖部、流动摊贩，各县（市）市场监管部门节前集中清理一次 — round bz's 20 and 06, G 要确保…)
    r"^(?P<topic>[^，；。要]{2,16}?(?:学生|儿童|幼儿|教师|人员|对象|孩子|摊贩|商户)|[^，；。要]{2,16}的"
    r"[^，；。要]{0,6}?(?:标准|办法|方案|制度))，"
    r"(?P<who>各[^，；。要]{1,8}?(?:（[^）]{1,4}）)?[^，；。要、]{0,8}?部门"
    r"|各[^，；。要]{1,8}?(?:（[^）]{1,4}）)?"
    r"|[^，；。要、]{2,10}?(?:局|委|办|政府|乡镇|街道)(?:[、和与][^，；。要、]{2,10}?(?:局|委|办|政府|乡镇|街道))*"
    r"|班主任|任课教师|学校)"
    r"(?P<rest>[^，；。要].*)$"
)
# an eve the deadlines (_DEADLINE_NEXT) do not name (节前, 假期前, 五一前): 要在 before it
_BEFORE_A_HOLIDAY = re.compile(r"^(?:节|假期|五一|元旦)前")
# a span a deed is done in (假期, 寒假期间): 要 after it
_IN_A_SPAN = re.compile(r"^(?:假期|寒假|暑假|寒暑假|节假日)(?:期间|里|中)?")
_LEADS_OVER_A_PLAN = (*_WHOLE_CHARGES, "要推动", "我们将推动")
_PLANNED_ON_A_DATE = re.compile(
    r"^(?P<subject>[^，；。]{2,40}?)计划(?:在|于)?"
    r"(?P<rest>[^，；。]{0,12}?(?:前|底|内|上半年|下半年|季度|学期)[^，；。]*.*)$"
)


def _charge_before_its_manner(pieces: Pieces) -> Pieces:
    """要 before the manner words that stand before the verb, however it got after them (round
    bv's 14, G: 乡村教师生活补助继续要按…分档发放)."""
    prefix, head, infix, tail, suffix = pieces
    if infix not in ("要", "将") or not tail:
        return pieces
    at = _before_manner(head, len(head))
    if at == len(head) or head[at - 1] in "、和及与，；":
        return pieces
    return prefix, head[:at], infix, head[at:] + tail, suffix


def _manner_after_charge(pieces: Pieces) -> Pieces:
    """The charge moved to where the point puts it (round bh's and bi's G lines): the whole
    point's shape first (_charge_over_the_point), then the word just before 要
    (_charge_after_the_word)."""
    moved = _charge_over_the_point(pieces)
    if moved is not None:
        return moved
    return _charge_after_the_word(pieces) if pieces[2] == "要" else pieces


def _charge_over_the_point(pieces: Pieces) -> Pieces | None:
    """计划 with a count kept, a topic then its actor, a thing then its deadline, a plan on its
    date: the charge where each puts it; None for any other point."""
    prefix, head, infix, tail, suffix = pieces
    if infix == "要" and head and tail.startswith("计划") and not _PLANNED_DATE_FIRST.match(tail):
        return prefix, head, "", tail, suffix  # …现有2个，计划撤并1个 (round bi's 04 G: 要计划)
    whole = (head + tail) if not prefix else head
    topic = _TOPIC_THEN_ACTOR.match(whole) if prefix in ("要", "要确保", "我们将确保", "") else None
    if topic and (prefix or infix):
        # 对未到校的47名学生，各县（市）要在3月10日前逐一劝返 (round bi's 07 G: 要确保未到校的…)
        rest = topic["rest"]
        dated = _DEADLINE_NEXT.match(rest) or _BEFORE_A_HOLIDAY.match(rest)
        # (a topic the clerk opened with 对 is not given a second: round bi's 07 read 对对未到校的…)
        said = f"{'' if topic['topic'].startswith('对') else '对'}{topic['topic']}，{topic['who']}"
        span = _IN_A_SPAN.match(rest)
        if span and not dated:  # 班主任假期要每天…联系 (round bz's 20, G: 班主任要假期每天…)
            return "", said + span.group(), "要", rest[span.end() :], suffix
        return "", said, "要在" if dated else "要", rest, suffix
    if prefix in _WHOLE_CHARGES and not infix and (thing := _THING_THEN_TIME.match(head)):
        return "", thing["thing"], "要", thing["rest"] + tail, suffix
    over_plan = (prefix in _LEADS_OVER_A_PLAN and not infix) or (not prefix and infix == "要")
    planned = _PLANNED_ON_A_DATE.match(head + tail) if over_plan else None
    if planned:  # 要推动…两个新建项目计划8月底前竣工 (round bh's 02, G): …项目要在8月底前竣工
        return "", planned["subject"], "要在", planned["rest"], suffix
    return None


def _charge_after_the_word(pieces: Pieces) -> Pieces:
    """要 after a body before 负责人, 要在 before the clerk's dated 计划, 要 before a quota and
    after a manner word."""
    prefix, head, infix, tail, suffix = pieces
    person = _BODY_FIRST.match(head) if tail.startswith("负责人") else None
    if person:  # 负责人 is a person, no verb (round bi's 11 G: 市市场监管局落实学校要负责人陪餐)
        return prefix, person["body"], infix, person["rest"] + tail, suffix
    if _PLANNED_DATE_FIRST.match(tail):
        return prefix, head, "要在", _PLANNED_DATE_FIRST.sub("", tail), suffix
    dated = _PLANNED_DATE_LAST.search(head)
    if dated:
        return prefix, head[: dated.start()], "要在", dated["date"] + tail, suffix
    quota = _THING_THEN_QUOTA.match(tail)
    if quota and head:  # 集团内交流教师要不少于… (round bh's 03 and 11, G: 集团内要交流教师不少于…)
        return prefix, head + quota["thing"], infix, tail[quota.end("thing") :], suffix
    manner = _MANNER_LAST.search(head)
    if manner is None or manner.start() < 2:
        return pieces
    return prefix, head[: manner.start()], infix, manner.group() + tail, suffix


# a project named, then who must do what for it (县第三中学迁建项目总投资1.2亿元，县发改局…务必在4月
# 30日前办结前期手续): the demand is the clerk's own, no 要确保 over the name (round bk's 13, G)
_NAMED_THEN_DEMANDED = re.compile(
    r"^[^，；。要]{2,30}?(?:项目|工程|学校|小学|中学|幼儿园)(?:总投资[^，；。]{2,16})?[，,][^；。]*?"
    r"(?:务必|必须)"
)


# a work and the bodies that do it together (暑期校外培训治理由市教育局、市公安局联合执法): the
# arrangement said as the clerk wrote it, no 要 between the bodies and their deed (round bl's 21, G)
_ARRANGED_BY = re.compile(
    r"^[^，；。由要]{2,20}由[^，；。要]{2,30}?(?:联合|共同)(?:执法|检查|开展|督查|整治|组织)"
)


_DUE = (
    r"(?:\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬)?|年底|国庆|春节|元旦|五一|开学|放假|寒假|暑假|汛期"
    r"|春季开学|秋季开学)前"
)
# a date, then who does what (3月底前，各县（市、区）把…分解到…): 要 after the doer, not 要确保 before
# the date (round bl's 19, G: 要确保3月底前，各县…)
_DATE_THEN_DOER = re.compile(
    rf"^(?P<date>{_DUE})[，,](?P<doer>[^，；。要把将]{{2,20}}?)(?P<rest>(?:把|将)[^；。]+)$"
    # (a doer that is a body or schools, then its deed: 6月10日前，…周边学校完成一次撤离演练; 7月20日
    # 前，各村（社区）对…逐一排查 — round bm's 16 and 21, G: 要确保6月10日前，…)
    rf"|^(?P<date2>{_DUE})[，,](?P<doer2>[^，；。要]{{1,24}}?(?:学校|各校|村（社区）|社区|各县|各地|各乡镇|单位|部门))"
    r"(?P<rest2>(?:对|在|完成|开展|组织|逐一|逐校|全部|做好|落实)[^；。]+)$"
)
# a school or a project, a comma, then its date (9所…学校，4月15日前全部纳入…), and a check then the
# day it is done by (宿舍消防检查国庆前全部完成): 要在 before the date (round bl's 19 and 23, G: 要确保9所
# …学校，…; 宿舍消防要检查国庆前…); a thing with no comma before a month's date keeps its lead
# (要推动城南学校8月底前完工: test_weave)
_DONE_BY = r"(?:全部|全面|如期|逐校|逐一)?(?:完成|纳入|到位|交付|投用|建成|完工)[^；。]*"
_THING_THEN_DATE = re.compile(
    rf"^(?P<thing>[^，；。：:要由在]{{4,30}}?(?:学校|小学|中学|幼儿园|教学点|项目))[，,]"
    rf"(?P<date>{_DUE})(?P<rest>{_DONE_BY})$"
)
_CHECK_THEN_DAY = re.compile(
    r"^(?P<thing>[^，；。：:要由在]{4,30}?(?:检查|排查|维修|整改|演练))"
    r"(?P<date>(?:国庆|春节|元旦|五一|开学|放假|寒假|暑假|汛期|春季开学|秋季开学)前)"
    rf"(?P<rest>{_DONE_BY})$"
)


# a project named, its investment, then its date (…两所寄宿制学校改造项目，总投资2600万元，8月底前主体完工;
# 河口完小运动场硬化项目，总投资38万元，暑假期间完工): 要在 before the date, none inside the name
# (round bm's 01, 02 and 13, G: …学校要改造项目; 我们将推动…项目，总投资…，暑假期间完工)
_PROJECT_THEN_DATE = re.compile(
    r"^(?P<thing>[^，；。要]{4,40}?(?:项目|工程))[，,]?(?P<money>总投资[^，；。]{2,16})?[，,]"
    rf"(?P<date>{_DUE}|暑假期间|寒假期间|年内|今年内)(?P<rest>[^；。]+)$"
)


# a work taken into something (教育强市建设纳入…年度考核): 要把…纳入…, as the other such points are
# said (test_point_shapes33), not 要 inside the work's name (round bm's 07 and 23, G: 教育强市要建设纳入…)
# (only a work whose name ends like a verb, 建设/改革…: other subjects keep the charge they had,
# 两所村办幼儿园要纳入…, 我们将推动把…情况纳入… — test_round_bd58, test_point_shapes33)
_THING_INTO = re.compile(
    r"^(?P<thing>[^，；。要把将对由在]{2,20}?(?:建设|改革|发展|治理))(?P<rest>(?:纳入|列入)[^；。]+)$"
)


def _dated_deed_pieces(point: str, bureau: bool = False) -> tuple[str, str, str, str, str] | None:
    project = _PROJECT_THEN_DATE.match(point)
    if project and not _VERB_LED.match(project["thing"]):
        head = project["thing"] + (project["money"] or "") + "，"
        return "", head, "将在" if bureau else "要在", project["date"] + project["rest"], ""
    into = _THING_INTO.match(point)
    if into and not _VERB_LED.match(into["thing"]) and "是否" not in into["thing"]:
        return "我们将把" if bureau else "要把", into["thing"], "", into["rest"], ""
    found = _DATE_THEN_DOER.match(point)
    if found:
        date, doer = found["date"] or found["date2"], found["doer"] or found["doer2"]
        return "", f"{date}，{doer}", "要", found["rest"] or found["rest2"], ""
    found = _THING_THEN_DATE.match(point) or _CHECK_THEN_DAY.match(point)
    if found and not _VERB_LED.match(found["thing"]):
        return "", found["thing"], "要在", found["date"] + found["rest"], ""
    return None


_VERB_LED = re.compile(
    r"^(?:完成|推进|开展|启动|落实|组织|实施|建立|加强|推动|确保|做好|抓好|新建|改造)"
)


_WHICHEVER = re.compile(
    r"(?P<which>哪个|哪家|哪所|哪一级)[^，；。]{1,14}[，,][^；。]*?就[^；。]*?(?P=which)"
)
# a time, then where the deed is done (年内在全市公办中小学全面落实…): 要 after the time, not
# 要在年内在… (round cg's 01, R: “两个‘在’叠用”)
_TIME_THEN_WHERE = re.compile(
    r"^(?P<when>年内|年底前|今年|\d{1,2}月(?:\d{1,2}日|底|上旬|中旬|下旬)?前)(?=在[^，；。]{2,})"
)


def _charged_pieces(
    point: str, speaks_for_bureau: bool, party_side: bool = False
) -> tuple[str, str, str, str, str]:
    """A point's charge as five pieces: lead, the clerk's words up to where 要 goes, 要 (or
    要在 before a deadline), the rest of the clerk's words, a closing word. Joined they are
    the sentence; the two middle pieces of the clerk's words are the point, whole (but for
    the 提请 a Party speaker does not say: ``party_side``)."""
    if (
        _FORECAST.match(point)
        or _ONLY_A_MARK.match(point)
        or _NAMED_THEN_DEMANDED.match(point)
        or _ARRANGED_BY.match(point)
        # a question put to a body (是否…，请县财政局…测算后报县政府研究): no 要确保 over 是否
        # (round bm's 01, G)
        or point.startswith("是否")
        # a budget as stated (全年教育经费预算安排98.5亿元): what is set aside, no 要 in it
        or bool(_BUDGET_STATED.match(point) or _STANDARD_STATED.match(point))
        # a row that says its own 要在 (…由市教育局牵头、…配合，要在8月底前完成; …总投资1.85亿元，要在
        # …主体完工): no second charge over it (round bm's 07 and 23, G: 要由…，要在…; 要推动…，要在…)
        or bool(re.search(r"[，,]要在", point))
        # whichever body fails pays for it (哪个部门拖了后腿，年底考核就扣哪个部门的分): a rule, as
        # written (round cg's 01, G: 哪个部门要拖了后腿)
        or bool(_WHICHEVER.search(point))
    ):
        # a forecast is said as one (round az's G); a point that is only the clerk's mark
        # (【待核：是否…？】) is left as he must answer it (round bc's 11)
        return "", point, "", "", ""
    when = _TIME_THEN_WHERE.match(point)
    if when:
        rest = point[when.end() :]
        if speaks_for_bureau:
            return "", when["when"] + "，", "我们将", rest, ""
        return "", when["when"], "要", rest, ""
    dated = _dated_deed_pieces(point, speaks_for_bureau)
    if dated:  # 3月底前，各县要把…; …学校要在4月15日前全部纳入… (round bl's 19 and 23, G)
        return dated
    shaped_first = _said_by_its_shape(point, speaks_for_bureau)
    if shaped_first:  # an invitation, a count then its deed, a time and its doer (rounds ba, bb)
        return shaped_first
    sourced = sourced_pieces(point, speaks_for_bureau)
    if sourced:  # 据X统计，…: no lead inside the attribution (round ap's G: fixlists27)
        return sourced
    # …已完成…: the clerk's account (round at's G), where no return shape says it (facts26;
    # asked only of a point that reports, the fewer)
    reported = reported_pieces(point)
    if reported and not return_shaped(point, speaks_for_bureau):
        return reported
    opening = opening_pieces(point, speaks_for_bureau, charge)
    if opening:  # 秋季开学前要…, …高发，要落实…, 要重点抓好… (round at's G)
        return opening
    shaped = shaped_pieces(point, speaks_for_bureau)
    if shaped:  # read whole by its shape: no later frame to second-guess it (round ar's G)
        return whole_words(shaped)
    pieces = _charge_pieces(point, speaks_for_bureau, party_side)
    pieces = after_frame(pieces, speaks_for_bureau)  # 推动…确保 (round ai's G)
    pieces = after_lead(after_split(pieces))  # …由X要…, 确保…配备 (round ak's G: paste22)
    pieces = after_bare(pieces, speaks_for_bureau)  # 教师要招聘 (round al's R: voice24)
    pieces = after_modal(pieces, speaks_for_bureau, charge_pieces)  # 可要按规定 (round ap's G)
    pieces = after_fit(pieces, speaks_for_bureau)  # the frame fits the point (round am: frames25)
    pieces = in_order(pieces)  # 开学前要由…, 至少开设10门 (round ap's G: figures30)
    pieces = _deed_named_then_every(pieces)  # 教师家访要每学期全覆盖 (round ba's G)
    # 面要向, 乡水利将站, …问题要突出 (round ar's G: marker30)
    return _not_ensured(point, speaks_for_bureau, stated_problem(whole_words(pieces)))


# a duty named by who does it and what (教师家访, 领导陪餐), then how often it is done: 要 goes
# before how often, not between the doer and the deed (round ba's G: 教师要家访每学期全覆盖)
_DEED_THEN_EVERY = re.compile(
    r"(?P<deed>家访|走访|巡查|值班|陪餐|听课|巡课|带班|体检|演练)(?P<rest>每[^，。；]+)"
)


def _deed_named_then_every(
    pieces: tuple[str, str, str, str, str],
) -> tuple[str, str, str, str, str]:
    prefix, head, infix, tail, suffix = pieces
    found = _DEED_THEN_EVERY.match(tail)
    if infix != "要" or not head or found is None:
        return pieces
    return prefix, head + found["deed"], infix, found["rest"], suffix


# how many there are, then what is done for them (全镇留守儿童406人，继续实行…结对帮扶): the count is
# the fact it is, the charge goes before the deed
_HOW_MANY_THEN_DEED = re.compile(
    r"^(?P<count>[^，；。要]{2,16}?[\d一二三四五六七八九十百千万两零]+余?(?:人|名|户|所))，"
    r"(?P<rest>(?:继续|坚持|全部|逐一|逐人|实行|落实|开展|建立|安排)[^，；。]*.*)$"
)


# a time, then who (各…, 每个…), then what they act on (对/把…): 要 before the object
_TIME_WHO_OBJECT = re.compile(
    r"^(?P<time>(?:开学|放假|节|假期|汛期|寒假|暑假|月底|年底|会后)[前后]，?)"
    r"(?P<who>(?:各|每个|每所)[^，；。对把要由]{1,16}?)(?<!一起)(?<!共同)(?<!联合)(?<!分别)"
    r"(?P<rest>[对把][^，；。]+.*)$"
)


# a time said as a clause of its own (放假前最后一节课，节后开学第一天，), then every school or
# class that acts (各校、各班) and its deed: 要 after the doers
_TIME_CLAUSE_THEN_EVERY = re.compile(
    r"^(?P<time>[^，；。要]{2,12}?(?:前|后|期间|之前|之后|第一天|最后一天|一节课)，)"
    r"(?P<who>各[\u4e00-\u9fff]{1,6}?(?:、各[\u4e00-\u9fff]{1,6}?)*)"
    r"(?P<rest>(?:要|必须|统一|分别|集中|逐一|全面|组织|开展|召开|落实|发放|安排)[^，；。]*.*)$"
)


def _modal_unless_own(rest: str) -> str:
    return "" if rest.startswith(("要", "必须")) else "要"


# a body, then the time it acts (镇派出所节前对接送学生车辆集中检查一次): 要在 between them
_BODY_THEN_TIME = re.compile(
    r"^(?P<who>[^，；。、由要对]{1,10}?(?:派出所|局|办|站|所|队|大队|中队|中心|委员会))"
    r"(?P<time>节前|节后|假前|假期中|开学前|放假前|汛期前|汛前|会后)"
    r"(?P<rest>[^，；。要]{4,}.*)$"
)


# a dated event, then who must be ready by when (县督导评估组6月上旬入乡，乡中心校、各村（社区）5月底前
# 完成自查): 要在 before the second clause's deadline (round bc's G: 要对县督导评估组…入乡，…)
_EVENT_DATED_THEN_DUE = re.compile(
    r"^(?P<event>[^，；。要对把]{2,20}?\d{1,2}月(?:上旬|中旬|下旬|底|初|\d{1,2}日)?[^，；。要\d]{1,10})，"
    r"(?P<who>[^，；。要对把\d]{2,24}?(?:校|园|局|所|站|村|（社区）|社区|镇|乡|街道|单位|部门))"
    r"(?P<rest>\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬|初)?前(?!要|必须)[^；。]+)$"
)


# an event and when it is held, then who must do what for it (今年中考在6月下旬举行，各地要提前…):
# the first clause is a fact, the second carries its own 要
_EVENT_THEN_CHARGE = re.compile(
    r"^(?:[^，；。要]{4,30}(?:举行|进行|召开|开考|开始|结束|启动)|[^，；。要]{2,8}(?:临近|来临|到来|将至|在即))"
    r"，[^，；。]{0,24}(?:要|必须|务必)"
)


# a thing, then when it must be done (预评估反馈的问题清单，6月10日前全部销号): 要在 before the date
_THING_THEN_DEADLINE = re.compile(
    r"^(?P<thing>[^，；。要对把]{4,20}(?:清单|问题|隐患|任务|事项|项目|台账|短板))，"
    r"(?P<rest>(?:\d{1,2}月(?:\d{1,2}日|底|中旬|上旬|下旬)?|年底|开学|放假|汛期|汛)前"
    r"(?!要|必须)[^；。]+)$"
)


# a deed, then the body charged with it (严查…超员载客，由镇派出所负责): the body first
_DEED_THEN_WHO = re.compile(
    r"^(?P<deed>(?:严查|严厉打击|排查|清理|整治|检查|督促|负责)[^，；。]{4,40})，"
    r"由(?P<who>[^，；。、]{2,12}?(?:局|所|站|办|委|队|大队|中心|政府))(?:牵头)?负责$"
)


# the speaker's own tribute (向段晓梅老师这样…的老师致敬), then perhaps a charge of its own
_TRIBUTE = re.compile(
    r"^(?P<tribute>向[^，；。]{2,40}?(?:致敬|致以[^，；。]{2,8}|表示[^，；。]{2,8}))(?P<rest>(?:，.*)?)$"
)
_ORGANS_THEN_DEED = re.compile(
    r"^(?P<who>，(?:[^，；。、要]{2,10}?(?:局|办|委|部|厅)、)*[^，；。、要]{2,10}?(?:局|办|委|部|厅))"
    r"(?P<deed>(?!要|将)[^，；。]{2,}.*)$"
)
_BY_BODY_INSIDE = re.compile(
    # (a time before 由: 遇暴雪天气由旗教育局统一发布… is a condition, said 遇…，要由…)
    r"^(?!遇|如遇|一旦|若|如果)[^，；。要由]{2,30}(?:当天|当日|前|后|期间)由[^，；。、要]{2,10}?(?:校|局|站|所|办|中心|政府)"
    r"(?:派|负责|统一|组织|送|发放|汇总|安排|牵头)"
)
_ACTIVITY_FIRST = re.compile(
    # (a noun phrase only: 各乡镇对辖区水塘逐一登记，… has its subject and verb)
    # (…内完成…核查 is a deed with its time: round bd's 17 G, 要做好开学两周内完成“一生一档”核查)
    r"^(?!做好|抓好|开展|加强|落实|组织|各|每)(?![^，；。]*完成)[^，；。要对把将逐]{2,16}"
    r"(?:监测|排查|摸底|登记|统计|体检|核查)，[^；。]+$"
)
_LED_BY = re.compile(r"^[^，；。要]{2,16}?牵头的[^，；。]{2,24}，")
# a work, then the time it is done by, then 完成 (校舍安全隐患排查3月底前完成，…)
_THING_DUE_DONE = re.compile(
    r"^(?P<thing>[^，；。\d要]{4,20}?(?:排查|检查|核查|整改|改造|维修|建设|培训|评估|验收|普查))"
    r"(?P<due>\d{1,2}月(?:底|末|上旬|中旬|下旬|\d{1,2}日)?前|年底前)(?P<rest>(?:全部)?完成.*)$"
)
# a question as the topic, then who decides it (context._question_said)
_QUESTION_TOPIC = re.compile(r"^[^，；。]{2,20}是否[^，；。]{2,12}，")
# a point that reports a deed done and names no task (…8月20日起撤并到乡中心校，所涉学生87名
# 已全部安排校车接送: round bc's G and F, 要确保…已全部安排 — a pledge made of a fact)
_DONE_REPORT = re.compile(
    # (progress is not a deed done: …正在开展，已完成58% asks to speed up, return_said's)
    r"^(?![^。]*(?:要|将|须|力争|确保|计划|拟|争取|务必|正在|在建|剩余|其余|[%％]))"
    r"[^。；]{4,40}，[^，；。]{0,16}"
    r"已(?:经|全部|基本|于[^，；。]{2,10})?(?:安排|完成|落实|到位|开工|建成|撤并|启用|发放|签订|印发|覆盖)"
    r"[^，；。]{0,12}。?$"
)
_WISH = re.compile(r"^(?:希望|期望|期待|祝愿)")
_PLACE_ORGAN = (
    r"(?:[省市州盟县区旗乡镇][^，；。、由要对把]{0,10}?(?:局|办|委|政府|中心|中心学校|大队))"
)
# a time clause, then officials of the place and their deed (教师节前后，旗级领导分头走访慰问…):
# 要 after the officials (round bd's 15 G: 要对旗级领导分头走访)
_TIME_THEN_OFFICIALS = re.compile(
    r"^(?P<time>[^，；。要]{2,10}?(?:前后|前|后|期间)，)"
    r"(?P<who>[省市州盟县区旗乡镇]级领导|[^，；。要]{2,10}?(?:领导班子|班子成员|负责同志))"
    r"(?P<rest>(?!要|将)[^，；。]{2,}.*)$"
)
# a thing, then the body that decides or runs it (…停课由市县教育部门按程序决定，当天报省厅;
# 校车由中心学校和镇交管站共同管理): a rule said as written (round bd's 16 G: 要确保…停课由…决定;
# 04 G R: 我们将做好校车由…共同管理)
_DECIDED_BY = re.compile(
    r"^[^，；。要]{2,24}由[^，；。要]{2,16}?(?:共同|统一|按程序)?(?:决定|确定|审批|审定|管理|管护|负责)"
    r"(?![^，；。]*(?:工作|机制|制度))"
)
# what the speaker will not promise (…中心学校不作承诺): said as written (round bd's 14 F)
_NO_PROMISE = re.compile(r"不作承诺|不作表态|暂不承诺")
# a thing put under another's management (两所村办幼儿园纳入中心幼儿园统一管理): 要 before 纳入
# (round bd's 14 G: …纳入中心幼儿园要统一管理)
_PUT_UNDER = re.compile(
    r"^(?P<thing>[^，；。要]{2,16}?)(?P<rest>(?:纳入|划入|并入|划归)[^，；。要]{2,16}?(?:统一)?管理.*)$"
)
# counts of projects as the clerk's return gives them (续建项目6个，新建项目5个，总投资…): a
# statement, no 要确保 (round bd's 01 and 07 G R)
_PROJECT_COUNTS = re.compile(
    # (a year word first too: 今年续建项目6个… — round bh's 02 G, 我们将确保今年续建项目6个)
    r"^(?:今年|明年|全年)?(?:续建|新建|在建|改扩建|新开工)项目[\d一二三四五六七八九十两]+个"
)
# a point that states its own plan and date (…两个新建项目计划8月底前竣工): said as it stands
# the clerk's aside turned to (context._ASIDE_LABEL): said as it stands
_ASIDE_TURNED_TO = re.compile(r"^这里(?:再)?强调一下")
# a time, then a body of the place and its deed (会后市教育局把…梳理): the time is said first
_TIME_THEN_BODY = re.compile(
    r"^(?P<time>会后|节后|节前|开学后|开学前|放假前)(?P<who>" + _PLACE_ORGAN + r")"
    r"(?P<rest>[把对将在向按从为给][^；。]+|(?:逐|认真|抓紧|尽快|立即|研究|组织|牵头)[^；。]+)$"
)
# a body of the place, then the year it acts in (镇政府今年再筹措资金20万元): 要 after the year
_BODY_THEN_YEAR = re.compile(
    # (not a report: …今年协调解决了…, …已完成报名遴选 are said as written)
    # (区人社局2020年招聘教师220名: round bd's 07 R, 区人社局要2020年招聘)
    r"^(?!.*(?:已|了))(?P<who>" + _PLACE_ORGAN + r")(?P<time>今年|明年|本学期内?|20\d\d年)"
    r"(?P<rest>(?!要|将|计划|拟|内|中)[^，；。]{2,}.*)$"
)


# a thing and where it must reach (责任落到人头, 任务落实到班级): 要 between them, no frame over it
_THING_LANDS = re.compile(
    r"^(?P<thing>责任|任务|措施|要求|工作|压力)"
    r"(?P<rest>(?:落到|落实到|压到|传导到|延伸到|细化到|分解到)[^，；。]{1,12})$"
)


# the speaker's own office by its everyday name (厅里, 局里), after the time it acts: it will
_OWN_OFFICE_DEED = re.compile(
    r"^(?P<time>(?:节后|节前|会后|假期|假期中|寒假|暑假|开学前|开学后|放假前|放假后)，?)?"
    r"(?P<who>厅里|局里)(?P<rest>(?!将|要)[^，；。]+.*)$"
)


# bodies that act together (县扶贫办、县教育局共同比对…): 要 before 共同, after them all
_ORGANS_JOINTLY = re.compile(
    r"^(?P<who>(?:[^，；。、由要]{2,10}?(?:局|办|委|部|厅|院|所|中心|妇联|团县委|团市委)、)+"
    r"[^，；。、由要]{2,10}?(?:局|办|委|部|厅|院|所|中心|妇联|团县委|团市委))"
    r"(?P<rest>(?:共同|联合|协同)[^，；。]+.*)$"
)


# what follows 要 says its own plan: the clerk's 拟 (明年起拟提高到60分), his 将 before a deed
# (…自治区将组织专项督查: round bb's G, 自治区要将组织), a plan's name before its 拟 (…纲要拟于
# 9月提交…: round bb's G, 教育强区要建设实施纲要…), a thing before its 拟 (校舍拟改建为…: round
# bc's 12, 要把校舍拟改建) or his 计划 before a count (计划新增6500个: round bc's 02, 要计划新增)
_OWN_PLAN_AHEAD = re.compile(
    r"拟|将(?:组织|开展|启动|举办|召开|进行|出台|印发|实施|推出|派出|安排|通报|表彰|会同|适时)"
    r"|[^，；]*拟(?:于|在|将|按|提交|出台|新建|提高)"
    r"|[^，；。要]{1,8}拟|计划(?=新增|新建|新招|补充|增加|完成)"
)


_PLANNED_BEFORE = re.compile(
    r"(?:计划|拟)(?:在|于)?(?:今年|明年|年内|年底前|[上下]半年|\d{1,2}月(?:底)?前)?$"
)


# (…and one of a failed check: 锅炉房检测不合格的三所学校 — round bf's 21, 锅炉房要检测不合格的…)
_RELATIVE_NEXT = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{0,4}(?:不合格|不达标|未达标|不到位|不规范))的[^，；。]{2,}"
)


def _no_charge_before_a_plan(
    pieces: tuple[str, str, str, str, str],
) -> tuple[str, str, str, str, str]:
    """No 要 right before the clerk's 拟 (明年起要拟提高到60分) and no 确保 over a first clause
    that plans with 拟 (要确保体育中考分值明年起拟提高到60分): the plan is said as planned."""
    prefix, head, infix, tail, suffix = pieces
    if infix.startswith("要") and _OWN_PLAN_AHEAD.match(tail):
        infix = ""
    if infix == "要" and _PLANNED_BEFORE.search(head):
        # the clerk's plan and its year before the deed (两个教学点计划今年配齐…: round dh's 10, G —
        # 计划今年要, “杂糅”): said as planned
        infix = ""
    if infix == "要" and _RELATIVE_NEXT.match(tail) and not tail.startswith(("把", "将")):
        # a deed said of a thing (东屿区教育局交流的…做法, 今天签订的目标责任书): no 要 inside
        # the noun phrase (round bc's 05: 东屿区教育局要交流的…, 今天要签订的…)
        infix = ""
    # …and no charge over a plan its first clause says is only planned (…校舍拟交村委会改作…，待镇
    # 党委会研究): said as planned (round ce's 18, G: 要撤并后坳背教学点校舍拟交…); the clerk's
    # marks are no words of the plan
    unmarked = re.split("[，；]", re.sub("【[^】]*】", "", head), maxsplit=1)[0]
    if (prefix.endswith("确保") and "拟" in re.split("[，；]", head, maxsplit=1)[0]) or (
        prefix in _PLAIN_CHARGES and _PLAN_PENDING.search(unmarked)
    ):
        prefix, suffix = "", ""
    if infix == "要" and (once := _ONCE_IT_OPENS.match(tail)):
        # what a building brings once it opens (…扩建项目投用后新增学位900个): 将, after the 后
        # (round ce's 01, G: …项目要投用后新增)
        infix, tail = "", tail[: once.end()] + "将" + tail[once.end() :]
    if prefix.endswith("对") and head.startswith(_OWN_PREPOSITION):
        # a point opening with its own preposition takes no 对 before it (round bf's 02:
        # 一是对针对八年级数学监测问题，…)
        prefix = prefix[:-1]
    return prefix, head, infix, tail, suffix


_OWN_PREPOSITION = ("对", "针对", "对于", "关于", "围绕", "按照", "根据")
_PLAIN_CHARGES = (
    *("要", "我们将", "要推动", "我们将推动", "要确保", "我们将确保", "要做好", "我们将做好"),
    *("要在", "我们将在"),
)
_PLAN_PENDING = re.compile(
    r"(?<![模虚])拟(?![定订稿写])|待[^，；。]{1,12}?(?:研究|商量|商定|决定|确定|审定|定(?=$|[，；。【]))"
)
_ONCE_IT_OPENS = re.compile(r"^(?:建成|投用|投入使用|竣工|完工|启用|交付使用)后(?![要将])")


# an invitation the speaker makes (欢迎代表们随时到学校走一走…, 恳请各位代表…): no 要 or 确保 before it
_INVITES = re.compile(r"(?:欢迎|恳请|诚邀|敬请|真诚欢迎)")


# A point that is a whole statement of its own, which 要确保 before it broke (round az's G,
# nine lines): a thing and who acts on it (连续两次通报滞后的单位，由…约谈…), a thing already
# done (开学前已组织…，剩余6项9月10日前整改到位), a thing named as what it is (新学期第一个月为
# 常规管理月，…). Said as the clerk wrote it; a topic the clerk heads with 方面 (一年级大班额
# 方面，…) keeps its head and the rest is charged.
_AGENT_LATER = re.compile(
    r"，(?:会后|[^，；]{0,6}前)?由|，[^，；]{1,8}由[^，；]{2,12}(?:统筹|负责|牵头)"
    # a thing and who does it in its first clause (两个教学点由中心小学统一排课、教师走教，…:
    # round ba's G, 要确保两个教学点由…)
    r"|^[^，；由]{2,12}由[^，；]{2,12}?(?:统一|统筹|负责|牵头|组织)"
)
_NAMED_AS = re.compile(r"^[^，；、]{2,16}?为[^，；]{2,12}(?:，|$)")
_ENSURED = ("要确保", "我们将确保")
_SPAN_FIRST = re.compile(
    r"^(?:假期|寒假|暑假|寒暑假|节假日|汛期|考试期间|开学期间)(?:期间)?(?=实行|执行|落实)"
)
_SINCE_DAY = re.compile(r"(?<![从自])(?:开学第一天|开学当天|即日|下周|本学期|新学期)起")
_AFTER_TIMES = ("会后", "近期", "年内", "随后")
_LEADERS_IN_TIME = re.compile(
    r"^(?P<time>[^，；]{2,8}?(?:期间|前后|前|后))"
    r"(?P<who>[^，；]{1,6}?(?:领导|班子成员|负责同志|党政主要负责同志))(?P<rest>[^，；]{2,}.*)$"
)
_DONE_FIRST = re.compile(
    r"已(?:经)?(?:组织|完成|开展|建成|建立|落实|整改|排查|配备|启动|召开|印发|实现)"
    # a deed done on its date (…教学点已于2030年12月底撤并: round bh's 18 G, 已于…要撤并)
    r"|已(?:于|在)[^，；。]{1,14}?(?:撤并|完成|建成|启用|投用|投入使用|交付|开工)"
    # (…8月20日已通过县住建局验收, …已到岗480名: round dg's 17 and 12, G — 要推动…已通过验收,
    # 要招聘…，已到岗480名)
    r"|已(?:通过|到岗|封顶|竣工|投用|下达|拨付|开工|签订)"
    # a thing set for its day (新校区定于9月1日启用: round dg's 12, G — 要确保…定于9月1日启用) and
    # this meeting's own deed (本次共表彰…: round dg's 04, G F — 我们要确保本次共表彰…)
    r"|定于|^本次(?:共|会议)?(?:表彰|颁发|命名)"
)
_PLAN_THEN_DONE = re.compile(r"^(?:其中)?已(?:经)?(?:到岗|完成|建成|招聘|录用|开工|交付)?[约]?\d")
# a shortfall the clerk states (编制缺口约210名, 资金缺口1800万元左右): no one ensures a gap (round
# az's G F: 要确保县二小扩建资金缺口1800万元左右)
# (…占比上年差2.8个百分点: round bz's 14, G 我们将确保…差2.8个百分点)
_GAP = re.compile(r"缺口|短缺|缺编|欠账|不足\d|差[\d.]+个?(?:百分点|人|名|所|个)")
# a body acting after the thing it acts on (…问题，区教育局会后列出清单: round az's G, 要对…问题，
# 区教育局… changed its subject halfway)
# (领导小组办公室 is one body: no 要 inside it — round bb's G, 领导小组办要公室)
# (not 未办/在办/已办 of a deed, round bc's 01: 逾期未办要的在全县通报)
_BODY_AFTER = re.compile(
    r"，[^，；]{1,8}?(?:局|委|办公室|(?<![未已在没待])办(?!公室|的|结|理)|政府|部门)"
    # with its own unit (县公安局户政大队: round bd's 01 G, 县公安局要户政大队配合)
    r"(?:[\u4e00-\u9fff]{1,6}?(?:大队|中队|支队|派出所|分局|科|股))?"
    # (and its office: 旗委督查室, 区委办公室 — round ce's 08 and 16, G: 旗委要督查室实行…)
    r"(?:督查室|督查组|督导室|办公室|组织部|宣传部|巡察办)?(?!要)"
)
# a time at which the thing is done (开学两周内调整到位)
# (not 室内, 校内: round bd's 05 G, 冬季拟以室内要场馆…)
_WHEN_DONE = re.compile(r"^[^，；]{1,8}?(?:前|后|(?<![室国省区县市校园])内|起|期间)")


def _not_ensured(point: str, bureau: bool, pieces: Pieces) -> Pieces:
    """The pieces, unless the point is a statement a lead breaks (see the comment above)."""
    return (
        _whole_as_written(point, pieces)
        or _after_a_count(point, pieces)
        or _clerks_own_object(point, pieces)
        or _ensured_statement(point, bureau, pieces)
        or pieces
    )


def _after_a_count(point: str, pieces: Pieces) -> Pieces | None:
    """A count, then what is said after it (全旗寄宿生现有2317人，寄宿生营养餐…开学首周全部核对一遍;
    …寄宿制学校14所，寄宿生4870人): the rest charged by itself, a second count or a share not at
    all (round bz's 07, 19 and 23, G: 要寄宿生4870人, 要寄宿生营养餐…, 要今年计划更换…); None for
    any other point."""
    first_clause, comma, rest = point.partition("，")
    if not rest or not _COUNTED_LAST.search(first_clause):
        return None
    # (only a bare 要 before the rest: 要为每名留守儿童确定… is the rest's own charge already)
    split_after = not pieces[0] and pieces[1] == first_clause + comma and pieces[2] in ("要", "将")
    # (or the whole point under a lead: 我们将确保镇初级中学寄宿生382人，今年增配… — round bz's 09)
    # (a count of what there is, not a deed counted: 新建公办幼儿园4所 is charged as it was)
    whole = (
        bool(pieces[0])
        and not pieces[2]
        and pieces[1] == point
        and bool(_WHAT_THERE_IS.search(first_clause))
        and _first_verb_at(first_clause) == -1
    )
    if not (split_after or whole):
        return None
    first_after = re.split("[，；（(]", rest, maxsplit=1)[0]
    if (
        _COUNTED_LAST.search(first_after)
        or _SHARE_OF_IT.search(first_after)
        or _COMPARED.match(first_after)
    ):
        return "", point, "", "", ""
    inner = charge_pieces(rest, pieces[2] == "将" or pieces[0].startswith("我们将"))
    if whole and (inner[0] or not inner[2]):
        # what follows a count under a lead is said as the clerk wrote it unless it takes its
        # own 要 inside (…上线1126人，要抓好创历史新高 was no better than 要确保…)
        return "", point, "", "", ""
    return "", first_clause + comma + inner[0] + inner[1], inner[2], inner[3], inner[4]


def _whole_as_written(point: str, pieces: Pieces) -> Pieces | None:
    """即将 split, a place's leaders in a span, a gap, a thing already done: None for others."""
    lead = pieces[0]
    if pieces[1].endswith("即") and pieces[3].startswith("将"):
        return "", point, "", "", ""  # 即将启动 is one word (round az's G: 即要将启动)
    leaders = _LEADERS_IN_TIME.match(point)
    if leaders and lead in _ENSURED:
        # the place's leaders in a span (教师节期间区领导分头走访…): their own plan, said 将 after
        # them (round az's R: 要确保教师节期间区领导…)
        return "", leaders["time"] + "，" + leaders["who"], "将", leaders["rest"], ""
    first_clause, comma, rest = point.partition("，")
    if first_clause.endswith("方面") and rest and lead:
        # a topic, then what is said of it (城南中学项目方面，主体工程…): no lead before the
        # topic (round ba's G: 要推动城南中学项目方面，…)
        said = rest if _PLANNED_DATE.search(rest) else charge(rest, lead.startswith("我们将"))
        return "", first_clause + comma, "", said, ""
    if _GAP.search(first_clause) and re.search(r"\d", first_clause) and lead:
        return "", point, "", "", ""  # no one ensures or pushes a gap
    if _SEASON_NEAR.match(first_clause) and rest and lead:
        # the season at hand, then what is to be done in it (马上进入供暖期，农村学校…要在12月1日
        # 前…): no lead before the season (round ba's G: 要推动马上进入供暖期，…)
        return "", first_clause + comma, "", charge(rest, lead.startswith("我们将")), ""
    if _STILL_OPEN.search(first_clause) and lead:
        return "", point, "", "", ""  # 实地核查学校名单待定，… (round ba's G: 要对…名单待定)
    if _DECIDED_NOT.match(first_clause) and lead:
        # a decision not to do a thing (今年不另行评比表彰，集中…) is the clerk's as written
        # (round ba's G: 要对今年不另行评比表彰)
        return "", point, "", "", ""
    if _PRESENT_STATE.search(first_clause) and lead:
        return "", point, "", "", ""  # …现有…完好率96%，…: a present state (round ba's G)
    # (what is done may follow its plan: 招聘特岗教师600名，已到岗480名 — the plan is half done)
    second_clause = re.split("[，；]", rest, maxsplit=1)[0]
    done = _DONE_FIRST.search(first_clause) or (
        _PLAN_THEN_DONE.match(second_clause) and _COUNTED_LAST.search(first_clause)
    )
    if done and (lead or (pieces[2] and len(pieces[1]) < len(first_clause))):
        return "", point, "", "", ""  # …已组织…开展…: no 要 inside what is done (round az's G)
    return None


def _clerks_own_object(point: str, pieces: Pieces) -> Pieces | None:
    """A body acting on a thing named before it, a span read as 对's object, a day without 从,
    the clerk's own 对…: None for any other point."""
    lead = pieces[0]
    if lead in ("要对", "我们将对") and _BODY_AFTER.search(point):
        return "", point, "", "", ""
    span = _SPAN_FIRST.match(point)
    if lead in ("要对", "我们将对") and span:
        # 假期实行领导带班… is no 对假期 (round az's G: 要对假期实行…制度): the span, then 要
        return "", span.group(), "要", point[span.end() :], ""
    since = _SINCE_DAY.search(point)
    if lead in _ENSURED and since:
        # …制度开学第一天起落实 lacks its 从 (round az's G)
        return lead, point[: since.start()] + "从", "", point[since.start() :], ""
    body = _BODY_AFTER.search(point) if point.startswith("对") else None
    if body and body.group().startswith("，由"):
        # …，由县公安局、县教育局共同负责 says who does it (round bg's 13 G: 由县公安局要、…)
        return "", point, "", "", ""
    if lead in ("要", "我们将") and body:
        # 对…问题，区教育局会后列出清单 (the clerk's own 对): 要 after the body and its time
        at = body.end() + (2 if point[body.end() : body.end() + 2] in _AFTER_TIMES else 0)
        return "", point[:at], "要", point[at:], ""
    return None


def _ensured_statement(point: str, bureau: bool, pieces: Pieces) -> Pieces | None:
    """A point 要确保 stands before that is a statement of its own: None for any other."""
    if pieces[0] not in _ENSURED:
        return None
    first, comma, rest = point.partition("，")
    if first.endswith("方面") and rest:
        return "", first + comma, "", charge(rest, bureau), ""
    if "已" in first or _AGENT_LATER.search(point) or _NAMED_AS.match(point):
        return "", point, "", "", ""
    if _PLANNED_SUM.search(first):
        # a plan and its figure (…今年计划投入约6800万元，涉及学校23所): a report of what is
        # planned, not a thing to make sure of (round ba's G: 要确保…今年计划投入…)
        return "", point, "", "", ""
    each = _TIME_THEN_EACH.match(point)
    if each and not bureau:  # 放假前每校要上好一堂… (round ba's G: 要确保放假前每校上好…)
        return "", each["time"] + each["who"], "要", each["rest"], ""
    bodies = _BODIES_BY_A_MODE.match(point)
    if bodies and not bureau:  # 各村（社区）和学校要“双线”摸排 (round ba's G: 要确保各村…摸排)
        return "", bodies["who"], "要", bodies["rest"], ""
    again = _ONE_MORE_BATCH.match(point)
    if again:  # 县中托管帮扶要再扩大一批 (round ba's G: 要确保县中托管帮扶再扩大一批)
        return "", again["what"], "要", again["rest"], ""
    time = _WHEN_DONE.match(rest)
    # …开学三天内未报到的学生: the time tells which pupils, not when it is done (round ba's G:
    # 开学三天内要未报到的学生)
    negated = time is not None and rest[time.end() :].startswith(("未", "没有", "不"))
    if (
        time
        and not negated
        and not MEASURE_VERB.search(first)
        and "要" not in rest[: time.end() + 1]
    ):
        return _after_the_time(first + comma, rest, time.end())
    return None


def _after_the_time(first: str, rest: str, end: int) -> Pieces:
    """A thing, then when it is done (旗第一小学一年级超额班，开学两周内调整到位): the thing heads
    the sentence and 要 goes after the time (…，开学两周内要调整到位); after the bodies that do
    it where they follow the time (…，年底前市财政局、市人社局要联合开展…: round dc's 13, G); in
    the first clause where the second only says what matters most (…，疫情期间外出务工家庭子女是
    重点: round dc's 05, G — 疫情期间要外出务工…)."""
    after = rest[end:]
    if _WHAT_MATTERS_MOST.match(after) and (first_time := _WHEN_DONE.match(first)):
        cut = first_time.end()
        return "", first[:cut], "要", first[cut:] + rest, ""
    bodies = _BODIES_FIRST.match(after)
    if bodies:
        return "", first + rest[:end] + bodies["bodies"], "要", after[bodies.end() :], ""
    return "", first + rest[:end], "要", after, ""


_WHAT_MATTERS_MOST = re.compile(r"^[^，；。]{2,24}?是(?:重点|关键|难点|重中之重)[。；]?$")
_BODIES_FIRST = re.compile(
    rf"(?P<bodies>{_ONE_BODY}(?:[、和与及]{_ONE_BODY})*)(?=联合|共同|会同|牵头|分别)"
)


_PLANNED_DATE = re.compile(r"^[^，；。]{0,10}计划(?:\d|年内|年底|今年|明年|[上下]半年)")
_SEASON_NEAR = re.compile(r"^(?:马上|即将|眼下|很快)(?:就)?(?:要)?(?:进入|到了|迎来)")
_STILL_OPEN = re.compile(
    r"(?:待定|未定|待研究|尚未确定|还没定"
    # (…人数待县教育局分配: round bz's 09, G 确保…人数待县教育局分配)
    r"|待[^，；。]{2,10}(?:分配|批复|确定|研究|反馈|回复|明确))$"
)
_DECIDED_NOT = re.compile(
    r"^(?:今年|本年度|全年|今后|本学期)?(?:不另行|不再|暂不|不搞|不组织|不单独)"
)
_TIME_THEN_EACH = re.compile(
    r"^(?P<time>[^，；。要]{1,6}?前)(?P<who>每校|每所学校|各校|各学校|各地|各地各校)"
    r"(?P<rest>(?!要)[\u4e00-\u9fff].*)$"
)
_BODIES_BY_A_MODE = re.compile(
    r"^(?P<who>各[^，；。要“]{1,16}?(?:学校|单位|部门|乡镇|街道|村（社区）|社区))"
    r"(?P<rest>“[^”]{1,6}”[\u4e00-\u9fff]{1,4}.*)$"
)
_PRESENT_STATE = re.compile(r"现有[^，；。]{0,20}\d")
_COUNTED_LAST = re.compile(r"\d[\d.]*余?(?:万)?(?:人|名|户|所|个|套|辆|间|栋|(?<=个)班|张)$")
# what part of it is which (其中…, 本科以上学历占92%): a count's own detail, no charge
# (a count against an earlier year: …上线1126人，比上年增加97人)
_COMPARED = re.compile(r"^[^，；。]{0,8}?(?:比|较)(?:上年|去年|往年|\d{4}年)")
# what there is, counted (寄宿生382人, 现有…, 在校生…): a count a lead is not put over
_WHAT_THERE_IS = re.compile(r"现有|共有|仅剩|只有|寄宿生|住校生|在校|在园|教职工|留守儿童")
_SHARE_OF_IT = re.compile(r"^其中|占(?:比)?[^，；。]{0,8}\d[\d.]*%$|\d[\d.]*%$")
_PLANNED_SUM = re.compile(
    r"计划(?:投入|投资|安排|新增|新建|建设|招聘|补充|发放|拨付|下达|资助)[^，；。]{0,6}\d"
)
_ONE_MORE_BATCH = re.compile(
    r"^(?P<what>[^，；。要再]{2,16}?)(?P<rest>再(?:扩大|新增|增加|建成|打造|培育|创建|认定|遴选)[^，；。]*)$"
)
# a time the work is done by, then who does it (开学前由旗交警大队…): 要 goes between them
_TIME_THEN_AGENT = re.compile(r"^(?P<time>[^，；。要由在]{2,8}?(?:前|后|期间))(?=由)")
# 至少 and 以上 say the same floor: one of them is enough (至少开设10门以上 → 至少开设10门)
_AT_LEAST_ABOVE = re.compile(r"(至少[^，；。]{0,12}?\d[^，；。以]{0,3}?)(?:及)?以上")
# people, their count, then 全部 (新入职教师68名全部…): the count goes before them (68名新入职教师
# 全部…), as a sentence counts people it says something of
_COUNT_AFTER = re.compile(
    r"(^|[，；])(?P<place>全[县市区旗乡镇省州])?"
    r"(?P<who>[\u4e00-\u9fff]{0,4}(?:教师|学生|人员|干部|校长|班主任))(?P<n>\d+名)全部"
)
# …the same across the place 要 goes (每校至少 | 要 | 开设10门以上…)
_ABOVE_AFTER = re.compile(r"^([^，；。]*?\d[^，；。以]{0,3}?)(?:及)?以上")


def in_order(pieces: tuple[str, str, str, str, str]) -> tuple[str, str, str, str, str]:
    """The charge after a time and before its agent (round ap's G: 要开学前由旗交警大队… →
    开学前要由旗交警大队…), and no 以上 after 至少 in the clerk's words (round ap's G: 至少开设10门
    以上课后服务课程)."""
    lead, head, modal, tail, close = (_AT_LEAST_ABOVE.sub(r"\1", p) for p in pieces)
    head, tail = (_COUNT_AFTER.sub(r"\1\g<place>\g<n>\g<who>全部", p) for p in (head, tail))
    if re.search(r"至少[^，；。]*$", head):
        tail = _ABOVE_AFTER.sub(r"\1", tail, count=1)
    if lead in ("要", "要推动") and not modal and not tail:
        found = _TIME_THEN_AGENT.match(head)
        if found:
            return "", found["time"], "要", head[found.end() :], ""
    if not lead and modal == "要":
        found = _TIME_THEN_AGENT.match(tail)
        if found:
            return "", head + found["time"], "要", tail[found.end() :], close
    return lead, head, modal, tail, close


# A point that opens with the season it is done in (进入汛期前对重点水域设立警示标志): the time
# is one phrase, not a subject 进入 with 要 after it (round as's G: 进入要在汛期前对…).
_ENTERING = re.compile(
    r"^进入[^，；。]{1,6}?(?P<edge>前|以前|后|以后|期间)(?![^，；。]*?(?:要|将))"
)


# Works the return says are planned to open (城东…两个项目计划9月投入使用，约新增学位2100个):
# the plan's date is the pledge, 要确保 the works open then (round as's G: 要推动…两个项目计划9月
# 投入使用 put a frame before the clerk's plan).
_PLANNED_USE = re.compile(
    r"^(?P<works>[^，；。]{4,40}?)，?计划(?P<when>[^，；。]{1,14}?)"
    r"(?P<deed>投入使用|交付使用|建成投用|建成使用|投用|启用)(?P<rest>(?:[，（].*)?)$"
)


def _planned_into_use(point: str, speaks_for_bureau: bool) -> tuple[str, str, str, str, str] | None:
    planned = _PLANNED_USE.match(point)
    if planned is None or re.search(r"要|将|确保", planned["works"]):
        return None
    lead = "我们将确保" if speaks_for_bureau else "要确保"
    said = planned["works"] + planned["when"] + planned["deed"]
    return lead, said, "", planned["rest"], ""


def _entering_a_season(
    point: str, speaks_for_bureau: bool
) -> tuple[str, str, str, str, str] | None:
    entering = _ENTERING.match(point)
    if entering is None or entering.end() >= len(point):
        return None
    will = "我们将" if speaks_for_bureau else "要"
    if entering["edge"] in ("前", "以前"):  # 要在进入汛期前…
        return "", will + "在" + point[: entering.end()], "", point[entering.end() :], ""
    return "", point[: entering.end()], will, point[entering.end() :], ""


def _charge_pieces(
    point: str, speaks_for_bureau: bool, party_side: bool = False
) -> tuple[str, str, str, str, str]:
    # what the point means decides its frame where a class reads it (point_meaning: round ah)
    first = (
        _question_answered(point)
        or _said_by_its_subject(point)  # round cg's 12 and 13, G
        or _every_then_deed(point, speaks_for_bureau)
        or _entering_a_season(point, speaks_for_bureau)  # round as's G
        or _planned_into_use(point, speaks_for_bureau)  # round as's G
        or _put_into(point, speaks_for_bureau)  # round ar's G L
        or placed_pieces(point, speaks_for_bureau)  # round ak's G (paste22)
        or repaired_pieces(point, speaks_for_bureau, charge_pieces)  # round ai's G (point20)
        or clause_pieces(point, speaks_for_bureau, charge_pieces)  # round aj's G (paste20)
        or _said_before_any_lead(point, speaks_for_bureau)
        or meaning_pieces(point, speaks_for_bureau, _verb_at(point), point_form(point))
    )
    if first:
        return first
    asks = _ASKS_A_BODY.match(point)
    if asks and party_side:
        return charge_pieces(point[asks.end() :], speaks_for_bureau)
    if asks:
        return ("我们将" if speaks_for_bureau else "要"), point, "", "", ""
    if point.startswith("由"):  # 由县财政安排…: the clerk named who does it
        return ("我们将争取" if speaks_for_bureau else "要"), point, "", "", ""
    if speaks_for_bureau and _GOVERNMENTS_BUDGET.search(point) and not point.startswith("确保"):
        # 督促各地落实… already says what the bureau does (round af's G: 我们将推动督促…)
        return ("我们将" if _BUREAU_OWN_VERB.match(point) else "我们将推动"), point, "", "", ""
    if speaks_for_bureau and (peer := _peer_department_clause(point)):
        return _with_peer_department(point, peer)
    shaped = (
        _beyond_bureau(point, speaks_for_bureau)
        or _charge_by_shape(point, speaks_for_bureau)
        or _charge_by_what_it_names(point, speaks_for_bureau)
        or _time_then_actor(point, speaks_for_bureau)
    )
    if shaped:
        return shaped
    split = _subject_split(point, speaks_for_bureau)
    if split and point[split - 1] == "在" and _DEADLINE_NEXT.match(point[split:]):
        split -= 1  # 区委编委在年内…: 要 before the clerk's 在 (round w's G: 在要在年内)
    split = _past_quota_deed(point, split)
    split = _past_event_time(point, split)
    split = _before_its_season(point, split)
    split = _past_noun_before_its_date(point, split)
    split = _before_a_deed_not_a_date(point, split)
    return _charged_at(point, split) or _said_whole(point, speaks_for_bureau)


def _before_a_deed_not_a_date(point: str, split: int) -> int:
    """The split moved back to the deed where it fell after a 前 that names a kind of thing, not a
    time (参加…的岗前培训: round de's 09, G — …的岗前要培训)."""
    if not split or not _KIND_BY_BEFORE.search(point, 0, split):
        return split
    deed = _TAKES_PART.search(point, 0, split)
    return deed.start() if deed and deed.start() > 1 else split


_KIND_BY_BEFORE = re.compile(r"(?:的|加)(?:岗前|职前|课前|赛前|考前)$")
_TAKES_PART = re.compile(r"(?:全部|都|均|按时)?(?:参加|接受|完成|组织)")


def _charged_at(point: str, split: int) -> tuple[str, str, str, str, str] | None:
    """The point charged at ``split`` (see _split_charge), a rate per head said after 对 its
    people; None where it does not split cleanly there."""
    if split and _RATE_PER_HEAD.match(point, split):
        head = point[:split].removesuffix("每人")
        return "对", head + "，", "", point[len(head) :], ""
    if split and splits_cleanly(point[:split], point[split:]):
        return _split_charge(point[:split], point[split:])
    return None


def _split_charge(head: str, tail: str) -> tuple[str, str, str, str, str]:
    """要 (要在 before a date) between a subject and its deed; where the subject already holds a
    place with 在 (明厨亮灶在剩余19所村小6月底前…), 要 after the date (round dc's 14, G: …村小
    要在6月底前全部接入)."""
    dated = _DEADLINE_NEXT.match(tail) or _ON_A_DAY.match(tail)
    if dated and _PLACE_WITH_ZAI.search(head):
        return "", head + tail[: dated.end()], "要", tail[dated.end() :], ""
    return "", head, "要在" if dated else "要", tail, ""


# a subject holding a place with 在 (明厨亮灶在剩余19所村小)
_PLACE_WITH_ZAI = re.compile(r"[\u4e00-\u9fff]在[^，；。]{2,16}$")
# a rate per head after the subject's head (三个课堂主讲教师每人每学期补助1500元): 对 its people, the
# rate as the clerk set it (round dc's 08, G: …主讲教师每人要每学期补助1500元)
_RATE_PER_HEAD = re.compile(
    r"(?<=每人)每?(?:学期|年|月|季度)?(?:补助|补贴|发放|奖励|资助)[^，；。]*\d"
)


def _past_noun_before_its_date(point: str, split: int) -> int:
    """The split moved past a word that names a thing, not a deed, where a date follows it
    (课后服务教师补助5月10日前补发到位: round dc's 03, G — …教师要补助5月10日前…)."""
    if not split or not _NOUN_LIKE_DEED.match(point, split):
        return split
    after = split + 2
    return after if _DEADLINE_NEXT.match(point[after:]) else split


_NOUN_LIKE_DEED = re.compile(r"补助|补贴|奖补|资助|改造|建设|维修|配套|经费|资金|工程")


# A question a clerk wrote with its answer (…“一肩挑”还是分设？拟按学校规模分类确定): read aloud, a
# speech does not ask and answer itself, and a 要 before the answer read 拟要 (round ba's G R)
_QUESTION_THEN_ANSWER = re.compile(r"^(?P<question>[^；。？]{4,60})？(?P<answer>[^？]{4,})$")


# how often a thing is done, then the deed (每学期邀请人大代表到学校视察一次): 要 after how often,
# not after the deed's object (round ba's G: 每学期邀请人大代表要到学校视察一次)
_EVERY_THEN_DEED = re.compile(
    r"^(?P<every>每(?:学期|学年|年|季度|月|周))(?=邀请|组织|开展|召开|举办|安排|听取|通报|走访|培训|检查)"
)


def _every_then_deed(point: str, bureau: bool) -> tuple[str, str, str, str, str] | None:
    found = _EVERY_THEN_DEED.match(point)
    if not found:
        return None
    # 要 before how often keeps the clerk's words whole (要每学期邀请…)
    return ("我们将" if bureau else "要"), point, "", "", ""


def _question_answered(point: str) -> tuple[str, str, str, str, str] | None:
    """关于 the question, the answer as the clerk wrote it."""
    found = _QUESTION_THEN_ANSWER.match(point.rstrip("。"))
    if not found or "？" not in re.sub(r"【[^】]*】", "", point):
        # (a question inside the clerk's mark is no question said: round bg's 10, 关于联系…【待核：
        # 是否…？…】)
        return None
    question, answer = found["question"].removeprefix("关于"), found["answer"]
    if "，" in question:
        # a question after what it is about (上湾教学点本学期只有9名学生，是否并入坪头完小？待…):
        # the answer goes on after a comma
        return "", f"{question}，{answer}", "", "", ""
    return "", f"关于{question}，{answer}", "", "", ""


# A thing put into a list or a reckoning (目标责任书完成情况纳入镇（街道）年度综合考核): 要把 before
# it; a bureau puts it into its own (学校年度考核) but only works for it in the governments' and
# their leaders' (round ar's G L: 我们将确保目标责任书完成情况纳入镇（街道）年度综合考核).
_PUT_INTO = re.compile(
    r"^(?P<what>[^，；。要将把对由在]{2,16}?)(?P<rest>(?:纳入|列入)[^，；。]{2,})$"
)
# a deed's record, a noun whatever verb it holds (目标责任书完成情况, 教师家访情况)
_A_RECORD = re.compile(r"(?:情况|结果|成效|成绩|数据|指标)$")
_GOVERNMENTS_RECKONING = re.compile(
    r"乡镇|街道|苏木|各[镇乡]|[镇乡](?:政府|党委)|党政|政府|领导班子|部门|财政|预算|县（市、区）|市州|"
    r"各[县市区旗州盟]|绩效"
)


def _put_into(point: str, bureau: bool) -> tuple[str, str, str, str, str] | None:
    found = _PUT_INTO.match(point)
    if not found or (_verb_at(found["what"]) >= 0 and not _A_RECORD.search(found["what"])):
        return None
    lead = "要把"
    if bureau:
        lead = "我们将推动把" if _GOVERNMENTS_RECKONING.search(found["rest"]) else "我们将把"
    return lead, found["what"], "", found["rest"], ""


# People who act on their own (镇党政领导, 班子成员, 各校校长): after a time word they are the
# clause's subject and 要 follows them.
_ACTING_PEOPLE = re.compile(r"(?:领导|负责同志|班子成员|干部|校长|书记|局长|教师|老师|班主任)$")


# Every school as a subject, and a deed it does for others (给家长发…, 向家长发放…): 要 after the
# school (要推动暑假前每所学校给家长发…落实到位 read as a name pushed through: round ah's readers).
_SCHOOL_EACH = re.compile(r"(?:每所|各|所有|全部)?(?:学校|中小学|中小学校|幼儿园|中小学幼儿园)")
_TO_OTHERS = re.compile(r"(?:给|向)(?:家长|学生|监护人|每名|每位|全体)")


def _time_then_actor(point: str, bureau: bool) -> tuple[str, str, str, str, str] | None:
    """A time word, then who acts and what they do (每年春节前镇党政领导走访慰问困难教师): 要
    after the actor (要确保每年春节前镇党政领导走访… was a frame around a clause with no
    outcome: round ag's detector, sure_of_noun); None for any other point."""
    time, rest = "", point
    while (found := _TIME_FIRST.match(rest)) and found.end() < len(rest):
        time, rest = time + found.group(), rest[found.end() :]
    if not time or _FROM_WHEN.search(time) or _CHARGED.match(rest):
        return None
    school = _SCHOOL_EACH.match(rest)
    hands_out = bool(school and _TO_OTHERS.match(rest, school.end()))
    at = school.end() if school and hands_out else _first_verb_at(rest)
    subject = rest[:at] if at > 0 else ""
    if not subject or not (_ACTING_PEOPLE.search(subject) or hands_out):
        return None  # a school by a date: 确保 (round s), unless it hands something to others
    if _RULE.search(re.split("[，；]", rest, maxsplit=1)[0]):
        return None
    if bureau and not hands_out:  # a bureau does not charge others: it works for it (我们将推动…)
        return "我们将推动", point, "", "", ""  # (its own schools it charges: 各学校要…)
    head = point[: len(time) + at]
    return ("", head, "要", rest[at:], "") if splits_cleanly(head, rest[at:]) else None


# An event a deed is done before (项目开工前完成招投标): the time stays with its subject and 要
# follows it (项目要开工前完成… was round ah's G).
_EVENT_BEFORE = re.compile(
    # (开学前, 放假前 are dates _BY_A_DATE says 要在 before)
    r"(?:开工|施工|动工|入学|入园|上岗|入职|竣工|交付|投用|验收|开园)前"
    r"(?=[^，；]{2,})"
)


def _before_its_season(point: str, split: int) -> int:
    """The split moved before a season that names its date (秋季 of 秋季开学前: round bk's 06, G —
    新入职双语教师48名秋季要在开学前完成…)."""
    # (searched up to the split: its $ is the split)
    season = _SEASON_OF_DATE.search(point, 0, split) if split else None
    if season is None or not _DEADLINE_NEXT.match(point[split:]):
        return split
    return season.start()


_SEASON_OF_DATE = re.compile(r"(?:秋季|春季|新学期|下学期)$")


def _past_event_time(point: str, split: int) -> int:
    """The split moved past an event the deed is done before (see _EVENT_BEFORE)."""
    event = _EVENT_BEFORE.match(point, split) if split else None
    return event.end() if event else split


def _past_quota_deed(point: str, split: int) -> int:
    """The split moved past a deed named with its quota: 新入职教师岗前培训要不少于5天
    (…岗前要培训不少于5天 was round af's G)."""
    quota = _DEED_THEN_QUOTA.match(point, split) if split else None
    return quota.end() if quota else split


# A deed named with its quota (岗前培训不少于5天): 要 goes before the quota, not the deed.
_DEED_THEN_QUOTA = re.compile(
    r"(?:培训|研修|轮训|跟岗|见习|实践|锻炼|学习|家访|听课|教研)(?:时间|时长|课时)?"
    r"(?=(?:不少于|不低于|不超过|不高于|少于|低于)[^，；]*\d)"
)


# A subject, the date it is due by, and an outcome (生活教师和宿管人员开学前配备到位): 要在
# goes before the date.
_DUE_THEN_DONE = re.compile(
    # (no season for a subject: 秋季开学前砚湖中学扩建二期交付使用 — round cf's 13, G 秋季要在开学前…)
    rf"^(?P<what>(?!(?:今年|明年)?(?:秋季|春季)(?:开学|学期))[^，；]{{2,24}}?)"
    rf"(?:(?:秋季|春季|新学期)?(?:{_BY_A_DATE}))[^，；]{{0,8}}"
    r"(?:到位|配齐|配足|完成|投用|建成|落实|开工|交付|竣工|完工|封顶|交付使用)$"
)
# A project named by the verb that makes it (新建城西小学、城南幼儿园两个项目): a subject.
_PROJECT_NAMED = re.compile(r"(?:项目|工程)$")
# What a point makes first (…入住周转房优先): a principle kept, not a thing made sure of.
_PRINCIPLE_LAST = re.compile(r"(?<!的)优先$")
# A day of the year the work is done on (每年教师节走访…): 要在 before it (各嘎查要每年教师节
# 走访… lacked its 在: round z's G).
_ON_A_DAY = re.compile(
    r"^每(?:年|学年|学期)的?(?:教师节|春节|元旦|中秋节?|国庆节?|重阳节?|六一|儿童节|开学|寒假|暑假|"
    r"汛期|清明节?|端午节?|毕业)"
)


# A subject, the date it is due by, and what it does to something (各县区开学前对校舍…逐校
# 检查): 要在 before the date (要做好各县区开学前对…检查 was round ac's G).
_WHO_BY_WHEN_ON = re.compile(rf"^(?P<who>[^，；]{{2,10}}?)(?=(?:{_BY_A_DATE})对[^，；]{{2,}})")


# a thing, then the whole place it is spread across (…平台应用全区推开, 课后服务全县铺开)
_SPREAD_ACROSS = re.compile(
    r"^(?P<thing>[^，；。在]{4,24}?)(?P<place>全[省市区县旗州盟镇乡])(?P<verb>推开|铺开|推广|普及)$"
)


# A benefit people are given (教师凭教师证免费游览市内A级景区): a policy carried out, not a deed
# to 抓好 (round ag's G: 要抓好教师凭教师证免费游览…).
_BENEFIT = re.compile(
    # the people first, as its subject (要每年为教师免费体检一次 is a deed done for them)
    r"^(?:[^，；、为给对向每]{0,8}、)*[^，；、为给对向每]{0,8}?(?:教师|老师|学生|幼儿|师生|子女|家庭)"
    r"(?:凭[^，；]{1,10}?)?(?:免费|半价|优惠|减免|免收|免交)[^，；]{2,}$"
)


def _charge_by_what_it_names(point: str, bureau: bool) -> tuple[str, str, str, str, str] | None:
    """Pupils checked (寄宿生晚间点名), a subject due by a date (…开学前配备到位), one that
    acts on something by a date (各县区要在开学前对…检查), a principle (…入住周转房优先) and a
    benefit (…免费游览…: 要落实…的优待政策): the leads round z's, ac's and ag's readers asked
    for; None for others."""
    spread = _SPREAD_ACROSS.match(point)
    if spread:
        # 国家智慧教育平台应用全区推开: a thing spread across the place (round cf's 08, G: 要抓好
        # …应用全区推开 — “简报式要点直接套进‘要抓好……’，句子不通”)
        lead = "我们将推动" if bureau else "要推动"
        return lead, f"{spread['thing']}在{spread['place']}{spread['verb']}", "", "", ""
    if _BENEFIT.match(point) and not _PROHIBITS.search(point):
        kind = "的优待政策" if re.search("教师|老师", point) else "的政策"  # 教师优待 is the term
        return ("我们将推动落实" if bureau else "要落实"), point, "", "", kind
    who = _WHO_BY_WHEN_ON.match(point)
    if who and _verb_at(who["who"]) < 0 and splits_cleanly(who["who"], point[who.end() :]):
        return "", who["who"], "要在", point[who.end() :], ""
    if _PUPILS_CHECKED_WHOLE.match(point):  # 要做好寄宿生晚间点名 (要对寄宿生晚间点名)
        return ("我们将" if bureau else "要") + "做好", point, "", "", ""
    due = _DUE_THEN_DONE.match(point)
    named = due and (_verb_at(due["what"]) < 0 or _PROJECT_NAMED.search(due["what"]))
    if due and named and splits_cleanly(due["what"], point[due.end("what") :]):
        # 生活教师和宿管人员要在开学前配备到位 (要为…开学前配备到位: round z's G)
        return "", due["what"], "要在", point[due.end("what") :], ""
    if _PRINCIPLE_LAST.search(point) and len(point) > 6 and not re.search("[，；]", point):
        # 新教师入住周转房优先 is a principle (要确保…入住周转房优先: round z's G)
        return ("我们将坚持" if bureau else "要坚持"), point, "", "", "的原则"
    return None


def _said_whole(point: str, bureau: bool) -> tuple[str, str, str, str, str]:
    """A point with no clean place for 要 inside it: a lead before it (charge_parts), but
    确保 only before an outcome (_OUTCOME): a clause the tables cannot read takes 要 after
    its subject (公安、交警要在上下学高峰时段护学), a noun phrase the verb its last word
    takes (要做好课后托管, 要落实…资金: _lead_for_whole)."""
    prefix, suffix = charge_parts(point, bureau)
    if prefix.endswith("对") and _TIED_TO.search(point):
        # a thing tied to another (项目进度与…年度考核挂钩): 把, not 对 (round dd's 13, G)
        prefix = prefix[:-1] + "把"
    needs = noun_needs_verb(point)
    if needs and (_first_verb_at(point) < 0 or prefix.endswith(("确保", "抓好", "做好"))):
        # a noun no lead takes bare (要补齐…设备缺口, 要做好春季诺如病毒防控)
        return ("我们将" if bureau else "要") + needs[0], point, "", "", needs[1]
    if not prefix.endswith("确保") or _OUTCOME.search(point):
        return prefix, point, "", "", suffix
    clause = _clause_split(point)
    if clause and bureau:  # a bureau does not charge others: it works for it
        return "我们将推动", point, "", "", ""
    if clause:
        # (十九个教育项目每个明确一名州级领导包联: 要 before 每个, the deed's own start — round dd's
        # 13, G: …每个明确一名州级领导要包联)
        each = _EACH_NAMES.search(point, 0, clause)
        clause = each.start() if each else clause
        infix = "要在" if _DEADLINE_NEXT.match(point[clause:]) else "要"
        return "", point[:clause], infix, point[clause:], ""
    if _no_predicate(point) or _bare_noun(point):  # 要确保援藏教师, 要确保课后托管 (round y's G)
        prefix, suffix = _lead_for_whole(point, bureau)
    if prefix.endswith("确保"):
        prefix, suffix = _sure_of_nothing(point, bureau, prefix, suffix)
    return prefix, point, "", "", suffix


# each of the things names its own (每个明确一名…, 每所学校确定…)
_EACH_NAMES = re.compile(
    r"(?<=[\u4e00-\u9fff])每(?:个|所|项|校|位)?(?:明确|确定|安排|落实|配备|指定)"
)
_TIED_TO = re.compile(r"与[^，。；]{2,24}(?:挂钩|结合|衔接|对接)")


_FLOOR_SPAN = re.compile(r"\d+(?:\.\d+)?个?(?:小时|天|日|分钟|周)(?:以上|及以上)$")


def _sure_of_nothing(point: str, bureau: bool, prefix: str, suffix: str) -> tuple[str, str]:
    """确保 before a point that names an activity or a practice and states no outcome (round
    af's G: 要确保青蓝结对, 要确保校外培训机构消防安全检查): the verb its last word takes, or, for a
    name no verb is known for (one with no verb of its own, or ending in its deed), the point
    said whole as what is to be carried through (要推动青蓝结对落实到位)."""
    will = "我们将" if bureau else "要"
    if _FLOOR_SPAN.search(point):
        # a span kept at least (食品留样48小时以上) is the outcome made sure of: 要推动…48小时
        # 以上落实到位 was round ag's R
        return will + "确保", ""
    at = _verb_at(point)
    deed = point[at:] if at >= 0 else ""
    if _EVERY_ONE.match(point) or _SETS_UP.match(deed) or _GIVES.match(deed) or "，" in point:
        return prefix, suffix  # 旗所有中小学开设…: a deed every one is to do, made sure of
    needs = noun_needs_verb(point)
    if needs:
        return will + needs[0], needs[1]
    verb = next((verb for pattern, verb in _WHOLE_LEADS if pattern.search(point)), "")
    if verb:
        return will + verb, ""
    deed_last = at >= 0 and (MEASURE_VERB.fullmatch(point, at) or _MORE_VERBS.fullmatch(point, at))
    if at < 0 or deed_last:
        return will + "推动", "落实到位"
    return prefix, suffix


def _bare_noun(point: str) -> bool:
    """A name with no verb, no clause and no figure (代理家长, 无证无照机构, 寄宿生晚间查寝,
    高考考务和考风考纪): 确保 before it left the sentence without its predicate (round z's G,
    in the list and ；同时 frames)."""
    if re.search(r"[，；\d]", point) or _OUTCOME.search(point):
        return False
    if _verb_at(point) < 0:
        return True
    # a name with a verb inside it (校外培训无证办学机构, 午间巡查和放学护导) whose last word
    # says what it is: a thing the tables know how to carry out
    named = any(p.search(point) for p in (_HAZARDS, _BODIES_WATCHED, _PAPERS_CHECKED))
    named = named or any(p.search(point) for p, _ in _WHOLE_LEADS[3:8])  # 台账…家长: rounds z, aa
    verb = point[_verb_at(point) :]
    if _EVERY_ONE.match(point) or _SETS_UP.match(verb) or _GIVES.match(verb):
        return False  # 旗所有中小学开设人工智能课程: a deed, the name is its object
    return named and point_form(point) in (PointForm.OTHER, PointForm.NOUN, PointForm.OWN_ACTOR)


def _clause_split(point: str) -> int:
    first_clause = re.split("[，；]", point, maxsplit=1)[0]
    turn = _CLAUSE_TURNS.search(first_clause, 2)
    if not turn:
        return 0
    head, tail = point[: turn.start()], point[turn.start() :]
    if _TIME_END.search(head) or not _SUBJECT_END.search(head):
        return 0  # 每年要春节前…: a time is no actor
    return turn.start() if splits_cleanly(head, tail) else 0


_TIME_END = re.compile(
    r"(?:年|月|底|旬|季|节|时段|期间|前|内|后|暑假|寒假|暑期|周|汛期|天气|学期|学年|夜间|天|分钟)$"
)
# What a clause says beyond a noun phrase: a count, a relation, a place or an agent.
_PREDICATE_MARK = re.compile(
    r"[\d一二两三四五六七八九十]+[名所个套项次人间辆台批]|至少|不少于|由|向|与|在|到|把|将|给|"
    r"对|按|从|被|让|使|所有|全部|统一|每"
)


_VERB_AS_NOUN = re.compile(r"质量|资金|经费|计划|书记|项目|标准|政策|负责制|责任制")


def _no_predicate(point: str) -> bool:
    """A noun phrase (援藏教师, 课后托管, 供暖改造, 镇财政慰问教师资金): no verb, or one that
    ends the point, and a last word whose own verb is known (_lead_for_whole)."""
    if re.search("[，；]", point) or _PREDICATE_MARK.search(point) or _TIME_FIRST.match(point):
        return False
    for at in range(1, len(point)):
        verb = MEASURE_VERB.match(point, at) or _MORE_VERBS.match(point, at)
        if not verb or _inside_word(point, at) or verb.end() == len(point):
            continue
        if not _VERB_AS_NOUN.match(point, verb.end()):  # 建设质量, 补助政策: a name
            return False
    return bool(
        _THINGS_KEPT_SAFE.search(point)
        or _PEOPLE_SERVED.search(point)
        or any(pattern.search(point) for pattern, _ in _WHOLE_LEADS)
    )


# Where 要 may stand inside the clerk's words (round y's G: 庆祝新中国要成立70周年, 学校党要
# 组织书记, 项目工程质量终身要负责制, 乡村教师生活要补助政策…, 一校一要公示, 9所要新建学校,
# “一校一案”要调整布局, 去要向): only after a whole subject — an organ or a body, people, a
# school, a place, a time, or a thing named as the topic (生活补助要按…发放) — never inside
# quotation marks, after a count and its measure word (9所), after a verb that opens the
# point (庆祝…), or before a verb that is part of a name (负责制, 补助政策). Anywhere else the
# point keeps its words whole with a lead before it (charge_parts, _lead_for_whole).
_SUBJECT_END = re.compile(
    r"(?:部门|政府|党委|党组|委员会|常委会|编委|编办|局|厅|委|办|派出所|监管所|站|院|队|中心|妇联|"
    r"团委|工会|公安|城管|市场监管|交警|消防|应急|民政|财政|人社|发改|住建|卫健|文旅|司法|网信|"
    r"水利|综治|街道|乡镇|镇|乡|村|乡里|苏木|嘎查|社区|单位|集团|学区|领导小组|小组|指挥部|专班|"
    r"电视台|报社|馆|协会|"
    r"班子|两级|三级|四级|各地|[省市州盟县区旗]|（[^（）]{1,6}）|"
    r"教师|老师|校长|园长|书记|班主任|干部|家长|学生|幼儿|儿童|生|员|人员|专家|志愿者|保安|"
    r"师生|领导|成员|每人|同志|代表|骨干|名师|工作者|监护人|"
    r"学校|中学|小学|幼儿园|园|校|高校|职校|教学点|完小|村小|分校|实验室|工作室|基地|"
    r"宿舍|校舍|周转房|公寓|校车|车辆|补助|资金|经费|工程|项目|锅炉|锅炉房|化学品|课程|设施|"
    r"设备|食堂|线路|管道|装置|报警器|招生|入校|宿舍区|营养餐|标准|比例|楼|房|行为|问题|现象|"
    r"室|所|组|级|城|媒体|教室|制度|机制|政策|证|费|分值|班额|通道|出口|课|中小学|中小学校|"
    r"[一二三四五六七八九十\d][中小]|初中|高中|管理|工作|改革|治理|查寝|考核|评价|补课|监测|"
    r"职工|会|表|作业|水域|层面|评审|服务|预案|事项|流动|流出|交流|轮岗|"
    r"年|月|底|旬|季|节|时段|期间|[^以]前|内|后|暑假|寒假|暑期|周|汛期|天气|学期|学年|夜间|天|分钟|"
    r"至少|均|都|也|全部|各)$"
)
_COUNT_THEN_MEASURE = re.compile(
    r"(?:\d|[一二两三四五六七八九十百千几])(?:所|个|名|项|家|辆|次|人|座|间|套|批|处|条)?$"
)
_OPENS_WITH_ACT = re.compile(r"^(?:庆祝|纪念|保证|确保|开展|推动|推进|落实|实现|加强|做好|抓好)")
_NAME_AFTER = re.compile(
    r"^[^，；]{2}(?:制(?!定|订|作)|政策|对象)|^(?:建设|补助|改善|组织|发展)(?:质量|资金|经费|计划|书记|项目)"
)


# What may follow 要 after any noun phrase (X要在…前, X要由…, X要按…, X要每学期…, X要全部…):
# a preposition, a time or a manner, never part of a word before it.
_PREPOSITION_NEXT = re.compile(
    r"^(?:由|在|按|从|对|向|每|给|把|将|于|经|分|与|同|跟|" + _BY_A_DATE + r"|"
    r"统一|全部|逐一|及时|定期|严格|全面|优先|切实|认真|依法|主动|积极|足额|按时|尽快|提前|带头)"
)
_PARTICLE_END = re.compile(
    r"(?:是|的|(?<![各基本外两当属驻])地|得|去|之|和|与|及|或|、|从|由|在|对|向|把|将)$"
)
_PREPOSITION_INSIDE = re.compile(r"(?<![自理缘])由|从(?!事|业|严|而|小|教)")


_TOGETHER_NEXT = re.compile(r"(?:共用|共享|共同|联合|一起)")


def splits_cleanly(head: str, tail: str) -> bool:
    """Whether 要 may stand between ``head`` and ``tail`` of a clerk's point (see above)."""
    open_quotes = head.count("“") + head.count("《") - head.count("”") - head.count("》")
    # a body named in quotes is a whole subject (村“两委”: round ac's 要抓好村“两委”…摸排)
    quoted_body = head.endswith(("“两委”", "“两委”班子"))
    # (and a thing named in quotes, then who does it: 教学点的“专递课堂”由…老师承担 — round by's 20, G)
    quoted_thing = tail.startswith("由") and not open_quotes
    if (
        open_quotes
        or (head.endswith(("”", "》", '"')) and not quoted_body and not quoted_thing)
        or _COUNT_THEN_MEASURE.search(head)
        or _OPENS_WITH_ACT.match(head)
        or _PARTICLE_END.search(head)
        or _PREPOSITION_INSIDE.search(head)
    ):
        return False
    if _WHO_ARE_COUNTED.match(tail) or _SENDS_OUT.search(head) or _pupils_checked(head, tail):
        return False
    if _splits_a_noun(head, tail):
        return False
    if _PREPOSITION_NEXT.match(tail):
        return True
    # two bodies acting together (初中部与小学部共用…: round by's 20, G — 要确保初中部与…)
    joint = _TOGETHER_NEXT.match(tail) and re.search("[与和、]", head)
    return bool(_SUBJECT_END.search(head) or joint) and not _NAME_AFTER.match(tail)


# What stands after 要 where the point is a noun phrase, not a subject and its deed (round
# af's G and R): the activity alone that ends it (县管校聘改革|试点, 宿舍电气线路|改造, 汛期|防范)
# or a fund named by what it pays for (教师|培训经费); and nothing after a prohibition's own
# words (公用经费不得挪|用于…).
_DEED_ALONE = re.compile(
    r"(?:试点|改造|改建|建设|防范|培训|整治|治理|提升|推进|检修|维修|管理|维护|排查|巡查|检查|"
    r"演练|宣传|监测|督导|评估|创建|普及|推广|实施)"
)
_FUND_NAMED = re.compile(
    r"^(?:培训|教研|研修|慰问|奖励|表彰|体检|家访|走访|维修|改造|建设|安保|取暖)"
    r"(?:经费|资金|补助|补贴|津贴)$"
)


def _splits_a_noun(head: str, tail: str) -> bool:
    """Whether 要 between ``head`` and ``tail`` would split a noun phrase (see above)."""
    in_a_list = _LIST_ITEM_END.search(head) and _LIST_ITEM_START.match(tail)
    return bool(
        _DEED_ALONE.fullmatch(tail)
        or _FUND_NAMED.match(tail)
        or _PROHIBITS.search(head)
        or in_a_list  # 县级领导包乡、乡级领导|包村、教师包户: one clause of a list (round ae's G)
    )


_LIST_ITEM_END = re.compile(r"、[^、，；]{2,6}$")
_LIST_ITEM_START = re.compile(r"^[^、，；]{1,4}、")


# The words after the split describe the point's real subject, whose share follows (城区学校|
# 每年到乡村学校交流轮岗的教师|不少于…10%: round z's G put 要 after 城区学校).
_WHO_ARE_COUNTED = re.compile(
    r"^[^，；]*的[^，；的]{1,8}(?:不少于|不低于|不超过|不高于|达到|占|比例|总数|人数)"
)


def _pupils_checked(head: str, tail: str) -> bool:
    """寄宿生夜间|巡查: the pupils are checked, they do not check (寄宿生夜间要巡查); a place
    is checked too (危险水域|巡查: round ac's 三是危险水域要巡查)."""
    checked = _TIME_WORDS.sub("", head)
    return bool((_PUPILS.search(checked) or _HAZARDS.search(checked)) and _CHECKS.match(tail))


_PUPIL = r"(?:学生|寄宿生|住校生|走读生|幼儿|儿童|新生)"
_TIME_OF_DAY = r"(?:晚间|夜间|每晚|每天|每日|早晚|午间|周末|节假日)"
_PUPILS = re.compile(_PUPIL + "$")
_PUPILS_CHECKED_WHOLE = re.compile(
    r"^[^，；]{0,6}" + _PUPIL + _TIME_OF_DAY + r"*(?:巡查|查寝|点名|晨午检|体检|筛查)$"
)
_TIME_WORDS = re.compile(_TIME_OF_DAY + "+$")
_CHECKS = re.compile(r"^(?:巡查|查寝|点名|检查|晨午检|体检|筛查|核查|排查)")


# What an actor sends out is no subject (…派出5个督查组|分片督查: round z's G).
_SENDS_OUT = re.compile(r"(?:派出|抽调|选派|组成|成立|组建)[^，；]*[\d一二两三四五六七八九十]")


# What 确保 is said before: a clause that states an outcome (…到位, …全覆盖, 不低于…, 一个都
# 不能少). Round y's readers struck 要确保援藏教师, 要确保课后托管, 要确保寄宿制学校宿舍电气
# 线路, 要确保校长是…第一责任人: a noun phrase or a fact is no outcome to make sure of.
_OUTCOME = re.compile(
    r"到位|落实|落地|达到|达标|实现|完成|不低于|不少于|不超过|低于|高于|控制在|保持|覆盖|正常|"
    # 安全 as a state, not the name of a check (round af's G: 要确保…消防安全检查)
    r"安全(?!检查|管理|教育|排查|培训|演练|工作|巡查|督查|整治|评估|宣传)|"
    r"有序|按期|如期|按时|足额|及时|全部|均|都|一律|全面|不发生|不出现|不能少|不漏|零(?!容忍)|"
    r"投入使用|交付使用|竣工|完工|通过|得到|见效|稳定|畅通|规范|在岗|到岗|到校|上岗|配齐|配足|"
    r"入住|开通|建成|投用|运行|达|满足|有专人|有人|不(?:降低|减少|变)|交付|"
    # a clause whose verb 抓好 does not take (职称评聘向乡村教师倾斜, …与…相衔接, …就近入学:
    # round ac's and ab's 要抓好… were G): 确保 the state it names
    r"倾斜$|相?衔接$|就近入学$|就近入园$|"
    # round ac's 要抓好全年未发生…, 要抓好暑假前每名学生家长签收…
    r"未发生|未出现|签收|收到|"
    # round af's G: 要加强开学第一天学生人手一套教材管理 (each pupil's books are the outcome)
    r"人手一|"
    # a place opening its doors is the outcome itself (城南幼儿园秋季开园: 要推动…开园落实到位
    # read as a name to carry through)
    r"开园$|开学$|开工$|启用$|招生$|"
    # round ag's G: 要抓好一般公共预算教育支出逐年只增不减 (the budget's rule is a state to keep)
    r"只增不减|逐年增长"
)
# A point with no outcome of its own is carried out by the verb its last word takes (要落实…
# 资金, 要组织…宣誓, 要办好教师食堂, 要加强对…电气线路的安全管理), or pushed forward where it
# says something a thing does (要推动乡村教师生活补助政策实现…); 抓好 where nothing fits.
_WHOLE_LEADS = (
    (
        re.compile(
            r"(?:制度|机制|制|政策|要求|规定|标准|办法|措施|资金|经费|补助|补贴|奖励|津贴|岗)$"
        ),
        "落实",
    ),
    (re.compile(r"(?:行动|工程|计划)$"), "实施"),
    (re.compile(r"(?:宣誓|活动|仪式|比赛|竞赛|评选|宣讲|演练|家访|体检|慰问|讲座)$"), "组织"),
    # round z's G: 要确保建档立卡贫困学生台账, …人工智能通识课, …晨午检和因病缺勤追踪, …查寝
    (re.compile(r"(?:台账|档案|清单|名册|工作室|工作站|平台|基地)$"), "建好用好"),
    # a class to hold, not 停课/复课/上课 (round ar's new arm: 要开齐开好…遇暴雨预警立即停课)
    (re.compile(r"(?<![停复上听调代补罢])(?:课|课程)$"), "开齐开好"),
    (
        re.compile(
            r"(?:追踪|跟踪|查寝|晨午检|巡查|巡逻|值守|值班|警示|通报|疏导|护导|点名|防控|防溺水|更换|"
            r"遴选|选拔|试点|防范)$"
        ),
        "做好",
    ),
    # round aa's G: 二是要确保专递课堂
    (re.compile(r"课堂$"), "开好用好"),
    (re.compile(r"(?:家长|辅导员|联络员|网格员|宿管员|护导员)$"), "选好配强"),
    (re.compile(r"(?:托管|服务|管理|工作|监测|检查|排查|教育|改造|建设|整治|治理|培训)$"), "做好"),
    (re.compile(r"食堂$"), "办好"),
    (re.compile(r"(?:宿舍|周转房|公寓|校舍)$"), "管好用好"),
)
_THINGS_KEPT_SAFE = re.compile(
    r"(?:线路|管道|设施|设备|装置|车|锅炉|锅炉房|配电房|配电室|燃气|电器|器材|器|减速带|护栏|围墙|"
    r"围栏|栓|灯|罐|气瓶|钢瓶)$"
)
_PEOPLE_SERVED = re.compile(r"(?:教师|老师|干部|人员|专家|志愿者|人才)$")
_HAZARDS = re.compile(
    r"(?:隐患点|隐患|危险源|风险点|险情|水域|河段|河道|沟渠|水库|山塘|塘坝|坑塘)$"
)
_BODIES_WATCHED = re.compile(r"(?:机构|场所|网点|摊点|摊贩|商户|门店)$")
_PAPERS_CHECKED = re.compile(r"(?:健康证|资格证|上岗证|资质|证照)$")


# Nouns a lead cannot take bare (rounds ab and ac's G: 抓好…设备缺口, 抓好春季诺如病毒, 抓好教材
# 教辅, 抓好学生近视率, 确保…“绿色通道”, 做好防溺水, 做好…专项整治): the verb each takes, and
# the word after it where the noun alone is no task. Checked before any other lead.
NOUN_NEEDS_VERB: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"(?:缺口|短板|弱项)$"), "补齐", ""),
    (re.compile(r"(?:病毒|传染病|流感|手足口病|疫情|诺如)$"), "做好", "防控"),
    (re.compile(r"(?:教辅|教辅材料|课外读物|读物|教材)$"), "加强", "管理"),
    (re.compile(r"(?:近视率|肥胖率|辍学率|流失率|发生率)$"), "降低", ""),
    (re.compile(r"(?:绿色通道|通道)”?$"), "畅通", ""),
    (re.compile(r"^防[\u4e00-\u9fff]{1,3}$"), "做好", "工作"),
    (re.compile(r"专项(?:整治|治理|检查|督查)$"), "开展", ""),
    # round ag's G: 一是确保校外培训机构排查整改“回头看”
    (re.compile(r"“?回头看”?$"), "开展", ""),
    # round ag's G: 做好党对教育工作的领导工作 (the Party's leadership is strengthened)
    (re.compile(r"(?:的|全面)领导$"), "加强", ""),
    # round ad's G: 确保校车安全管理, 确保…标准动态调整, 确保…白名单、黑名单, 抓好…融入课堂教学,
    # 确保新教师入职三年跟岗培养, 管好用好…生活补助、周转宿舍 (a list whose items take no one verb)
    (re.compile(r"(?<!分楼)(?<!分区)安全管理$"), "加强", ""),
    (re.compile(r"动态调整$"), "建立", "机制"),
    (re.compile(r"(?:白名单|黑名单)$"), "实行", "管理"),
    (re.compile(r"融入[^，；、]{1,10}$"), "推动", ""),
    (re.compile(r"(?:跟岗|带岗|跟班)(?:培养|学习|锻炼)$"), "落实", "制度"),
    (re.compile(r"(?:补助|补贴|津贴)、[^，；]{0,12}(?:宿舍|周转房|公寓)$"), "做好", "保障"),
    # round af's G: 要加强对一氧化碳报警器的安全管理 (an alarm is fitted and kept working)
    (re.compile(r"(?:报警器|报警装置|探测器|烟感|摄像头)$"), "做好", "的安装维护"),
    # round af's G: 要确保12所新建学校, 要抓好实验室危化品双人双锁
    (
        re.compile(r"(?:新建|改扩建|在建|续建)的?(?:学校|幼儿园|中小学|小学|中学|校舍|教学楼)$"),
        "推进",
        "建设",
    ),
    (re.compile(r"双[\u4e00-\u9fff]{1,2}双[\u4e00-\u9fff]{1,2}$"), "落实", "制度"),
)


def noun_needs_verb(point: str) -> tuple[str, str] | None:
    """The verb and closing word a bare noun takes (NOUN_NEEDS_VERB), or None (a clause:
    全年未发生校园聚集性疫情 is an outcome, not a disease to control)."""
    purpose = _PURPOSE_AFTER.match(point)
    if purpose:  # 校车安全管理，做到“一车一档…” (round ad's G): the noun before what it is for
        needs = noun_needs_verb(purpose["noun"])
        return needs if needs and not needs[1] else None
    if re.search(r"[，；]|未|不|没有|零|人手一", point):
        return None
    return next(((v, after) for p, v, after in NOUN_NEEDS_VERB if p.search(point)), None)


# A noun and, after a comma, what it is to achieve (…，做到…/实现…/确保…).
_PURPOSE_AFTER = re.compile(r"^(?P<noun>[^，；]{2,24})，(?:做到|实现|确保|达到)")


def _lead_for_whole(point: str, bureau: bool) -> tuple[str, str]:
    """The lead (and closing words) for a point said whole where 确保 does not fit."""
    will = "我们将" if bureau else "要"
    needs = noun_needs_verb(point)
    if needs:
        return will + needs[0], needs[1]
    if _THINGS_KEPT_SAFE.search(point):
        return will + "加强对", "的安全管理"
    if _HAZARDS.search(point):  # 要确保地质灾害隐患点 (round z's G)
        return will + "加强对", "的排查整治"
    if _BODIES_WATCHED.search(point):  # 一是确保无证无照机构 (round z's G)
        return will + "加强对", "的监管"
    if _PAPERS_CHECKED.search(point):
        return will + "加强对", "的查验"
    if _PEOPLE_SERVED.search(point) and _first_verb_at(point) <= 0:
        return will + "做好", "服务保障工作"
    verb = next((verb for pattern, verb in _WHOLE_LEADS if pattern.search(point)), "")
    if verb:
        return will + verb, ""
    if _TIME_FIRST.match(point):  # 暑假前每所学校给家长发…: a state to reach by then
        return will + "确保", ""
    if _verb_at(point) > 0:
        return will + "推动", ""
    return will + "抓好", ""


# Another department named as the actor of a clause (旗交通运输局核定线路, 县财政局拨付…):
# a bureau does not order its peers, it works with them (round r's L: a 旗教育局's report
# said 旗交通运输局核定线路 as its own charge). The clause then reads 会同旗交通运输局核定线路.
_PEER_DEPARTMENT = re.compile(
    r"(?:^|(?<=[，；]))(?:(?:自治区|[省市州盟县区旗])?"
    r"(?:交通运输|财政|公安|卫生健康|卫健|住建|住房城乡建设|人社|人力资源社会保障|自然资源"
    r"|市场监管|发改|发展改革|民政|应急管理|文旅|文化和旅游|编制|机构编制)"
    r"(?:局|厅|委|办|部门))(?![的和、与])"
)
_ALREADY_JOINT = re.compile(r"会同|配合|提请|争取|协调")


def _peer_department_clause(point: str) -> int | None:
    """Where a clause of the point opens with another department as its actor, if any."""
    if _ALREADY_JOINT.search(point):
        return None
    found = _PEER_DEPARTMENT.search(point)
    return found.start() if found is not None else None


def _with_peer_department(point: str, at: int) -> tuple[str, str, str, str, str]:
    """我们将推动…包车接送，会同旗交通运输局核定线路: the clerk's words whole, the peer
    department joined, not ordered. (A point that opens with the department is said
    我们将推动卫健部门… by the bureau's own-actor lead: round l's tests.)"""
    return "我们将推动", point[:at], "会同", point[at:], ""


# Round q's readers (G): 要由遇暴雪天气由旗教育局…, 要新建人才公寓中拿出300套…, 要确保旗一中与
# 自治区示范高中结对帮扶. A condition is said first and the charge after it (遇暴雪天气，要由
# 旗教育局…); a share taken out of something takes 从 (要从新建人才公寓中拿出…); two units
# paired are brought together (要推动旗一中与…结对帮扶).
_CONDITION_FIRST = re.compile(
    r"^(?P<when>(?:如遇|遇到|遇有|遇|凡是|凡|一旦|发生)[^，；由]{1,14}?)(?P<comma>，?)(?=由[^，；]{2,})"
)
_FROM_WITHIN = re.compile(
    r"^(?!从)[^，；]{2,14}?中(?=拿出|划出|腾出|调剂|调出|抽出|统筹|选派|选拔|挑选|遴选|安排)"
)
_PEOPLE_ACTED_ON = re.compile(
    r"^(?P<who>(?:劝返|返校|复学|辍学|困难|留守|随迁|残疾|贫困)[^，；]{0,4}(?:学生|儿童|少年|家庭))"
    r"(?=逐人|逐一|逐户|一人一|每人)"
)
_PUT_TO_USE = re.compile(
    r"^(?P<thing>(?!要|把|将)[^，；]{2,20}?)(?:优先|全部|全额|足额|统一|主要|统筹|专项)?(?:用于|用作)"
)
_ZERO_TOLERANCE = re.compile(r"“?零容忍”?$")
_PROHIBITS = re.compile(r"不得|严禁|禁止|不准|一律")
_PAIRED = re.compile(
    r"^[^，；]{2,20}?(?:与|同|和)[^，；]{2,24}?(?:结对|结成|对口帮扶|对口支援|共建|合作办学|联合办学|"
    r"托管|帮扶)"
)


# A scheme named by its pattern after what it is for (对…学校一校一策, 对…学生一人一案): no
# verb of its own, so 实行 goes before the scheme.
_ONE_BY_ONE = re.compile(r"^对[^，；]{2,30}?(?P<how>“?一[校生人园村户班家]一[策案档表]”?)$")
# The same scheme after the schools or pupils it is for, with no 对 (位于…的学校“一校一案”，
# 遇…: round ac's 要确保…“一校一案” had no verb): 要对…实行 before it.
_ONE_BY_ONE_AFTER = re.compile(
    r"^(?P<who>(?!对)[^，；]{2,30}?(?:学校|学生|幼儿园|教学点|儿童|家庭|班级|年级))"
    r"(?P<how>“?一[校生人园村户班家]一[策案档表]”?)(?=$|，)"
)


# named schools, then when they start, then the deed (县二中、县三中今年秋季起实行与县一中联合教研):
# 要 after the start (round cg's 13, G: 要对县二中、县三中今年秋季起实行…)
_ONE_SCHOOL = r"[^，；。、\d]{1,10}?(?:中学|小学|学校|幼儿园|中心校|[一二三四五六七八九十]中|[一二三四五六七八九十]小)"
# (one school, then more after 、: no repeat inside a repeat, which backtracked without end on a
# long point)
_UNITS_FROM_WHEN = re.compile(
    rf"^(?P<who>{_ONE_SCHOOL}(?:、{_ONE_SCHOOL})*)"
    # (a time before 起: 城区学校起始年级 starts nothing — the 起 of 起始)
    r"(?P<when>(?:(?:今年|明年|本学期|下学期)(?:春季|秋季|\d{1,2}月(?:\d{1,2}日)?)?"
    r"|(?:春季|秋季|\d{1,2}月(?:\d{1,2}日)?))(?:起|开始))"
    r"(?=[\u4e00-\u9fff])(?!始)"
)
# a standing scheme kept on (县级领导联系学校制度继续执行): 要 before how it is kept (round cg's
# 13, G: 县级领导要联系学校制度继续执行)
_SCHEME_KEPT = re.compile(
    r"^(?P<scheme>[^，；。]{2,16}?(?:制度|机制|办法|做法))(?=(?:继续|长期|严格|坚持)(?:执行|实行|坚持|落实))"
)
# a standing benefit (教师持教师证在县内公园、景区免费): what the holder may do, not a charge
# (round cg's 12, G: 教师持教师证要在县内公园、景区免费)
_HOLDERS_BENEFIT = re.compile(
    r"^(?P<who>[^，；。]{2,12}?(?:持|凭)[^，；。在]{2,8}?)(?=在[^，；。]{2,24}(?:免费|免票|半价|优惠)$)"
)


def _charge_by_shape(point: str, bureau: bool) -> tuple[str, str, str, str, str] | None:
    """The charges a point's shape decides before its grammar is read (see above)."""
    condition = _CONDITION_FIRST.match(point)
    if condition:
        when = condition["when"] + condition["comma"]
        return (
            "",
            when,
            ("" if condition["comma"] else "，") + ("" if bureau else "要"),
            point[len(when) :],
            "",
        )
    after_condition = _charge_after_condition(point, bureau)
    if after_condition:
        return after_condition
    if _ZERO_TOLERANCE.search(point) and _verb_at(point) < 0:
        return ("我们将对" if bureau else "要对"), point, "", "", ""  # 确保…“零容忍” (round y)
    if _FROM_WITHIN.match(point):
        return ("我们将从" if bureau else "要从"), point, "", "", ""
    acted_on = _PEOPLE_ACTED_ON.match(point)
    if acted_on:  # 对劝返学生要逐人制定… (要劝返学生逐人制定… was round p's G)
        at = len(acted_on["who"])
        return "对", point[:at], "要", point[at:], ""
    put_to_use = _PUT_TO_USE.match(point)
    # a thing with its own verb is an actor's deed (市财政每年安排专项资金用于…: round aa's G put
    # 要 before 用于), unless the verb only describes it (撤并后的校舍)
    thing = put_to_use["thing"] if put_to_use else ""
    if (
        put_to_use and not _PROHIBITS.search(thing) and (_verb_at(thing) < 0 or "的" in thing)
    ):  # 闲置校舍要优先用于托育… (要做好闲置校舍… was round p's G)
        at = len(put_to_use["thing"])
        return "", point[:at], "要", point[at:], ""
    return _charge_of_scheme_or_year(point, bureau)


def _charge_of_scheme_or_year(point: str, bureau: bool) -> tuple[str, str, str, str, str] | None:
    """The rest of _charge_by_shape: a scheme named by its pattern, a pair of deeds, a
    year word first."""
    scheme = _ONE_BY_ONE.match(point)
    if scheme:  # 要对…小规模学校实行一校一策 (要对…一校一策 had no verb: round z's G)
        at = len(point) - len(scheme["how"])
        return ("我们将" if bureau else "要"), point[:at], "实行", point[at:], ""
    after = _ONE_BY_ONE_AFTER.match(point)
    if after and _verb_at(after["who"]) < 0:
        at = len(after["who"])
        return ("我们将对" if bureau else "要对"), point[:at], "实行", point[at:], ""
    if _PAIRED.match(point) and not MEASURE_VERB.match(point):
        return ("我们将推动" if bureau else "要推动"), point, "", "", ""
    year = _THIS_YEAR_FIRST.match(point)
    if year and not bureau:  # 今年要新增校车12辆 (要今年新增… was round ac's G)
        return "", year.group(), "要", point[year.end() :], ""
    return None


# A year word before a deed and its figure: 要 goes after it, where the year stays first.
_THIS_YEAR_FIRST = re.compile(
    # a year word before the clerk's own 要/将 takes no second one (round ag's G: 今年要要确保)
    r"^(?:今年|明年|全年)"
    # with the time inside the year that follows it (今年冬季前再建成…24套: round dh's 04, G — 今年要
    # 冬季前再建成, “应为今年冬季前要”)
    r"(?:(?:春季|夏季|秋季|冬季|入冬|开学|汛期|暑假|寒假|上半年|下半年|年底|\d{1,2}月(?:底|中旬|上旬)?)前)?"
    r"(?=(?!是|的|起|以来|要|将|必须|务必)(?:继续|再)?[^，；\d]{2,12}\d)"
)


# A condition said first and a clause with its own actor after it (遇暴雪天气，旗教育局会同
# …发布停运通知): 要确保遇暴雪天气，… was round s's G. The condition stands first and the
# clause after it takes its charge as a point of its own would (旗教育局要会同…).
_CONDITION_THEN_CLAUSE = re.compile(
    r"^(?P<when>(?:如遇|遇到|遇有|遇|凡是|一旦|发生)[^，；]{1,14}，)(?P<rest>[^，；]{4,}.*)$"
    # a time said as a clause (寒潮、暴雪天气来临前，各市教育局…: round aa's 要确保…来临前，…)
    r"|^(?P<when2>[^，；]{2,16}(?:来临前|到来前|来临时|期间|之前|以前|之后)，)(?P<rest2>[^，；]{4,}.*)$"
    # the first days of a term (round ae's G: 要确保开学第一周，市教育局班子成员…)
    r"|^(?P<when3>(?:[^，；]{0,6}开学)(?:后?第一(?:周|天|个月)|初|前后|后)，)(?P<rest3>[^，；]{4,}.*)$"
    # a day the work starts from (5月下旬起，镇派出所…: round bi's 16 G, 要确保5月下旬起，…)
    r"|^(?P<when4>[^，；要]{2,10}?(?:起|开始)，)(?P<rest4>[^，；]{4,}.*)$"
)


def _charge_after_condition(point: str, bureau: bool) -> tuple[str, str, str, str, str] | None:
    """遇暴雪天气，旗教育局要会同… (a subject split in the clause after the condition) or
    遇…，要… (a lead before it); None for a point that does not open with a condition."""
    found = _CONDITION_THEN_CLAUSE.match(point)
    if not found:
        return None
    when = found["when"] or found["when2"] or found["when3"] or found["when4"]
    rest = found["rest"] or found["rest2"] or found["rest3"] or found["rest4"]
    if rest.startswith("由"):
        return None
    prefix, head, infix, tail, suffix = charge_pieces(rest, bureau)
    if not prefix and infix:  # the clause names its actor: 要 after it
        return "", when + head, infix, tail, suffix
    if prefix and not infix and not suffix and not prefix.startswith("我们将"):
        return "", when, prefix, rest, ""
    return "", point, "", "", ""  # said as the clerk wrote it: a condition and its rule


# How a deed is done, said after 要 (特岗教师要优先安排…, 四个县区要全部迎接…): round q's
# readers struck 特岗教师优先要安排… and 州发改、财政、住建部门优先要保障… (G).
# 新 before a verb is how (市职教中心新开设…: round aw's R), not the end of a name (创新, 更新)
_NEW = r"(?<![创更革重])新"
_MANNER_BEFORE_VERB = re.compile(
    r"(?:优先|及时|全面|逐步|全部|统一|按时|足额|逐一|定期|主动|积极|切实|认真|依法|严格|尽快|"
    r"率先|全力|进一步|持续|继续|陆续|分批|逐年|提前|同步|共同|一律|均|临时|带头|逐户|逐人|逐校|入户|"
    # a share each takes, against last year (…报表比去年各压减三成: round bw's 02, G 各要压减)
    r"比(?:去年|上年|往年)各|各|暂时|暂|" + _NEW + r")+$"
)


def _before_manner(point: str, split: int) -> int:
    """The split moved back before the manner words that stand right before the verb."""
    manner = _MANNER_BEFORE_VERB.search(point[:split])
    return manner.start() if manner and manner.start() >= 2 else split


def _subject_split(point: str, speaks_for_bureau: bool) -> int:
    """Where 要 goes in a point that names its own actor, or 0 where a lead goes before it
    (把/为 take the point as their object; a bureau does not charge other organs)."""
    form = point_form(point)
    if form not in (PointForm.OWN_ACTOR, PointForm.OTHER) or _HOW_FIRST.match(point):
        return 0
    lead = own_actor_lead(point)
    if lead not in _SAID_BY_SUBJECT or (speaks_for_bureau and lead not in _BUREAU_SUBJECT):
        return 0
    manner = _IN_A_MANNER.match(point)
    if lead == "落实" and manner:
        return len(manner["subject"])
    together = _TOGETHER.search(point)
    if lead == "组织" and together:
        return together.start()
    split = _actor_end(point, form == PointForm.OTHER)
    # 由 in a later clause names that clause's actor (…，撤并学校的校舍由所在乡镇统筹使用)
    by = _BY_WHOM.search(re.split("[，；]", point, maxsplit=1)[0], 1)
    if split and by:  # 寄宿生每周往返车费由县财政补助: 要 goes before the one who does it
        split = by.start()
    split = _before_manner(point, split)
    time = _TIME_FIRST.match(point)
    if time and split <= time.end():  # 2019年底前全省…: 2019要在年底前… was round s's G
        return 0
    subject = point[:split]
    if split < 2 or "，" in subject or "；" in subject or point[split - 1] in "、和及与":
        return 0
    return split


def _actor_end(point: str, verb_like_only: bool) -> int:
    """Where the named actor ends: before the first time, preposition or manner word, or
    before the first verb (not one inside a name: 督查室, 负责同志); 0 where none is found.
    A point the grammar table could not read (verb_like_only) splits only before a word
    that is surely a verb (包片, 联系, 牵头…)."""
    if verb_like_only:
        edge = _SURE_VERB.search(point, 2)
        return edge.start() if edge else 0
    at = _verb_at(point)
    if at > 0 and _NAME_AFTER_VERB.match(point, at + 2):
        at = -1
    edge = _ACTOR_ENDS.search(point, 2, at + 1 if at > 0 else len(point))
    return edge.start() if edge else max(at, 0)


_TOGETHER = re.compile(r"联合|共同|合力")
# A point opening with how it is done (对照国家评估指标…) has no actor of its own.
_HOW_FIRST = re.compile(r"对照|按照|围绕|结合|依托|针对|通过|利用|依据|根据")
_BY_WHOM = re.compile(r"(?<![自理缘])由(?=[^，；]{2,})")
_NAME_AFTER_VERB = re.compile(
    r"室|组|办|科|处|股|中心|人|同志|员|装置|器|设备|系统|课(?!后|程|外|堂)"
)
# 为 right after an organ (市民政局为困难学生家庭办理…: round q's 要由县住建局为…) ends the actor
_SURE_VERB = re.compile(
    r"包片|分片|包联|联系|牵头|会同|联合|测算|确定(?!为)|\d{1,2}月(?:底)?前|年底前|年内|(?<=[局委厅办府门])为(?![主重])"
)


# Where the actor a clerk names ends: a time or frequency (每学期, 12月底前, 年内), a
# preposition (为/对/把/向/按/经…), a manner (统一, 分片, 联合) or a verb the tables lack.
_ACTOR_ENDS_SOURCE = (
    r"每(?:学期|学年|半年|年|季度|月|周|天|日|晚|餐)|" + _BY_A_DATE + "|"
    r"(?<![以作成行认])为(?![主重])|对(?![象比称应照])|把|将(?![来])|向|按(?!时)|经(?!费|验|济|常)|"
    # 以…为单位 is how the actor works (各市（州）以县为单位编制…: round ac's 以县要为单位)
    r"(?<![可所加予难])以(?=[^，；以]{1,8}?为)|"
    r"会同|牵头|统一|全面|逐一|逐校|逐人|逐户|逐车|分别|及时|定期|专题|分片|包片|包联|联合|联系|测算|稳妥|"
    r"严厉|严格|坚决|依法|切实|认真|全力|主动|积极|加快|持续|确定|临时|"
    # what the deed favours (今年招录教师重点补充…: round ac's 要确保今年招录教师重点补充…)
    r"重点(?=补充|保障|支持|解决|安排|用于|投向|向)|"
    # in stages (规划分三年实施: 要对规划分三年实施 was round v's G)
    r"分(?:[一二两三四五六\d]+(?:年|步|期|批|个阶段)|批|期|步|阶段)|"
    r"(?<![存现正所实内外])在(?!校[生学师幼人]|园[幼儿]|读|职|编|岗)|"
    # a source (县财政从地方教育附加中按15%安排…: round y's 县财政从…中要按…)
    r"从(?!事|业|严|而|小|教)|对照|依照|根据|依据"
)
_ACTOR_ENDS = re.compile(_ACTOR_ENDS_SOURCE)
# Where a clause the tables cannot read turns from who to what they do (公安、交警在上下学…,
# 中心学校音体美教师到教学点走教): 要 goes there when what stands before it is a whole subject.
_CLAUSE_TURNS = re.compile(_ACTOR_ENDS_SOURCE + r"|到(?=[^，；]{2,})")


def _verb_at(point: str) -> int:
    """Where the point's first verb stands (the verb table and a few more), or -1."""
    at = _first_verb_at(point)
    first_clause = re.split("[，；]", point, maxsplit=1)[0]
    more = _MORE_VERBS.search(
        first_clause
    )  # 盘活闲置校舍，优先改建为…: 改建 is the second clause's
    if more and more.start() > 0 and (at < 0 or more.start() < at):
        at = more.start()
    return at


def charge_parts(point: str, speaks_for_bureau: bool) -> tuple[str, str]:
    """The words said before and after a point (charge): the point itself stays whole."""
    form = point_form(point)
    if form == PointForm.OWN_ACTOR:
        return _own_actor_parts(point, speaks_for_bureau)
    if form in (PointForm.CHARGED, PointForm.RULE):
        return "", ""
    if form == PointForm.VERB:
        if speaks_for_bureau and point.startswith("将"):  # 我们将将…: the clerk's 将 is 把
            return "我们", ""
        return ("我们将" if speaks_for_bureau else "要"), ""
    if form == PointForm.BY_WHEN:
        return ("我们将在" if speaks_for_bureau else "要在"), ""
    if form == PointForm.AIM and re.search(r"(?:工程|行动|计划)$", point):
        return ("我们将实施" if speaks_for_bureau else "要实施"), ""  # 要推动…达标工程 (round aa)
    if form == PointForm.AIM:
        return ("我们将推动" if speaks_for_bureau else "要推动"), ""
    if form == PointForm.NOUN and _THINGS_KEPT_SAFE.search(point):
        return ("我们将" if speaks_for_bureau else "要") + "加强对", "的安全管理"
    if form == PointForm.NOUN:
        return ("我们将" if speaks_for_bureau else "要") + _noun_verb(point), ""
    return _own_actor_parts(point, speaks_for_bureau)  # 要为…颁发, 要确保…覆盖…


def _own_actor_parts(point: str, speaks_for_bureau: bool) -> tuple[str, str]:
    lead = own_actor_lead(point)
    if lead == "建立":  # 区委、区政府每季度听取…: a standing practice is set up
        return ("我们将推动建立" if speaks_for_bureau else "要建立"), "的制度"
    if speaks_for_bureau and lead in ("在", "为") and (below := _lower_places_lead(point)):
        # 各市建立… is the cities' own deed, not the bureau's (我们将在各市建立… was round ah's G)
        return below, ""
    if speaks_for_bureau:  # a bureau does not charge organs (由): it works for it (推动)
        return "我们将" + ("推动" if lead in ("由", "让") else lead), ""
    return "要" + lead, ""


# A point with a subject of its own that still reads as a note when said alone (round i's
# readers' R): every one of a kind (旗所有中小学开设…, 所有燃煤取暖的宿舍安装…) is something
# to make sure of; a payment or a rule done in a manner (生活补助按…分档发放) is carried out;
# several kinds of people acting together (村干部、包村干部和班主任联合入户劝返) are brought
# together. A single organ, a school or 每校 (镇政府协调…, 每校建立…) stands as written.
_EVERY_ONE = re.compile(r"^(?:[省市州盟县区旗乡镇]|全[省市州盟县区旗乡镇])?(?:所有|全部)")
_PEOPLE_JOINTLY = re.compile(
    r"^[^，；]*、[^，；]*(?:干部|教师|老师|班主任|校长|家长|网格员)(?:联合|共同|合力)[^，；]*$"
)
_IN_A_MANNER = re.compile(
    r"^(?P<subject>[^，；]{2,12}?)按(?!时)[^，；]*(?:发放|拨付|核定|执行|落实|配齐|配足|配备)$"
)


# Who or what a point opens with, by the words a clerk types: organs and departments (by
# their short names too: 公安、城管、市场监管), the Party committee and government of a place
# (区委、区政府), every school or village (每个村, 各校), people, or a thing.
_ORGAN = re.compile(
    r"(?:部门|政府|党委|编办|委员会|局|厅|委|办|街道|乡镇|村委会|妇联|团委|公安|城管|市场监管|"
    r"文旅|卫健|交警|交通运输|住建|自然资源|消防|应急|民政|财政|人社|发改|司法|网信|水利|"
    r"综治|三级|四级|两级|成员单位|中心校|学区|学校|中学|小学|幼儿园|"
    # a centre, a station, a paper, a hall or an academy acts too (round aw's R: 要确保州电视台
    # 开设…专栏 → 州电视台要开设…; 我们将确保市职教中心新开设…)
    r"中心|电视台|报社|馆|院|协会)$"
)
_TOP_BODY = re.compile(r"^[^、，]{0,4}(?:委|政府)(?:、[^、，]{0,4}(?:委|政府))*$")
_EACH_PLACE = re.compile(r"^(?:每个?|各|所有)[^，；、]{0,8}$")
_PEOPLE = re.compile(
    r"(?:教师|老师|校长|班主任|干部|家长|学生|幼儿|儿童|生|员|人员|专家|志愿者|保安|工|医|"
    r"代表|骨干|名师)$"
)
# What the point's first verb does to its subject: puts it somewhere (把), gives it
# something (为), is done to it (对), or sets something up in it (在).
_PUTS = re.compile(r"^(?:纳入|列入|作为|转为|改建为|改为|改建成|用作|确定为|认定为|并入|划入)")
_GIVES = re.compile(r"^(?:颁发|发放|提供|办理|补发|购买|缴纳|配备|配齐|配发|兑现|增发)")
_DONE_TO = re.compile(
    r"^(?:实行|实施|执行|检测|检查|抽查|复核|核查|核验|点名|登记|审批|备案|评估|考核|体检|筛查|"
    r"监测|公示|排查|建档|跟踪|回访|家访|走访|慰问|表彰|奖励|补助|资助|免收|减免)"
)
_SETS_UP = re.compile(r"^(?:设立|建立|开设|设置|成立|组建|建成|建好|办好|开办|增设)")
_BETWEEN = re.compile(r"(?:经|通过|均|都|也|另行|统一|逐一|优先|全部|一律|按时|足额|实名)+$")
_HOW_OFTEN = re.compile(
    r"(?:每学期|每学年|每半年|每年|每季度|每月|每周|每天|每日|每晚|每餐|每次|逐人|逐校|年内|专题|"
    r"\d{1,2}月底前|年底前|开学前)+$"
)
_WHEN_IN_SUBJECT = re.compile(r"期间|[^以]前|之后|以后|时$|内")
_TOP_OPENS = re.compile(r"^[^，；、]{1,4}(?:委|政府)(?=、[^，；、]{1,4}(?:委|政府)|每|定期|专题)")
_ORGAN_OPENS = re.compile(r"^[^，；]{1,12}?(?:部门|局|政府|编办|妇联|团委)")
_SCHOOL = re.compile(r"(?:学校|中学|小学|初中|高中|幼儿园|中心校|学区)$")
# 为 too (县住建局为新入职教师提供…: the actor stands before it; round q's 要为县住建局为…)
_OBJECT_MARK = re.compile(r"(?<=..)(?:对|把|将|(?<![作认成改转称因以])为)(?![象比称应照主重])")
_HOW_OFTEN_FIRST = re.compile(r"^每(?:学期|学年|年|季度|月|周|天|日)[一两二三四五六七八九十\d]+次")
# Verbs the first-verb table (MEASURE_VERB) lacks that a clerk opens a clause with.
_MORE_VERBS = re.compile(
    r"纳入|列入|颁发|转岗|改建|接入|覆盖|听取|联合|牵头|协调|点名|抽查|审批|"
    r"(?<!生活)补助(?!政策|标准|资金|经费|对象)|配发|安装|开园|"
    r"开工|投用|完工|交付|研究|结对|"
    # officials who lead a team out (班子成员带队分赴8个县（市）开展督查: round bc's 12 G, 要 put
    # before 开展)
    r"(?<=[员导部长记])带队|分赴"
)


def _subject_and_verb(point: str) -> tuple[str, str]:
    """The point split before its first verb (the verb table and a few more): the subject
    without the adverbs and time words that stand before the verb (另行, 每学期)."""
    at = _verb_at(point)
    if at <= 0:
        return point, ""
    subject = point[:at]
    object_first = _OBJECT_MARK.search(subject)
    if object_first:  # 各乡镇对辖区河流…逐一登记: the actor stands before 对
        return subject[: object_first.start()], point[object_first.start() :]
    for _ in range(3):  # 寄宿生每晚, 山区学校教师另行, 富余小学教师经
        subject = _BETWEEN.sub("", _HOW_OFTEN.sub("", subject)) or subject
    return subject, point[at:]


# a check named as a thing, then what it reaches (监测覆盖…, 测评实现全覆盖)
# (作业公示制度全覆盖: round cg's 02, G — 我们将对全区义务教育学校作业公示制度全覆盖)
_CHECK_AS_NOUN = re.compile(
    r"^(?:监测|评估|测评|体检|筛查|考核|公示|检查|排查|家访|走访)(?:制度|工作|机制)?"
    r"(?:覆盖|实现|达到|达标|全覆盖)"
)


def own_actor_lead(point: str) -> str:
    """The verb or preposition before a point that names who or what it is about:
    由 (an organ acts: 要由住建部门牵头…), 建立 (the Party committee and government's own
    practice: 要建立区委、区政府每季度听取…的制度), 在/为 (every place: 要在每个村设立…,
    要为每所学校配备…), 把/为/对 (people or a thing the verb acts on: 要把青年教师纳入…,
    要为山区学校教师另行发放…, 要对校车每学期检测一次), 组织 (people who act, or several
    kinds of people together), 落实 (a payment done in a manner), else 确保 (所有学校…, a
    thing to reach a state: 要确保食堂燃气报警装置6月底前安装到位)."""
    whole = _lead_by_whole_point(point)
    if whole:
        return whole
    subject, verb = _subject_and_verb(point)
    if verb and _FUND_NAMED.match(verb):
        return "落实"  # 教师培训经费: a fund named by what it pays for (要组织教师培训经费: af's G)
    if not verb and _ORGAN_OPENS.match(point):
        return "由"  # 卫健部门每学期派医生…: a verb the tables lack
    if not verb or _WHEN_IN_SUBJECT.search(subject) or "由" in subject:
        return (
            "确保"  # no verb; 雨季期间山区学校…: a time first; …路费由旗财政补助: an organ inside
        )
    if _CHECK_AS_NOUN.match(verb):
        # 质量监测覆盖全部公办学校: the check is a thing that reaches a state, not a deed done
        # to 质量 (round cf's 13 and 02, G: 要对全区义务教育质量监测覆盖全部公办学校)
        return "确保"
    return _lead_by_subject(subject, verb) or _lead_by_verb(subject, verb)


def _lead_by_whole_point(point: str) -> str:
    """The leads a point's whole shape decides: all of a kind (确保), people together
    (组织), a practice kept up (坚持), a payment in a manner (落实), the Party committee and
    government (建立…的制度 for a standing practice, else 由)."""
    if _EVERY_ONE.match(point):
        return "确保"
    if _PEOPLE_JOINTLY.match(point):
        return "组织"
    if _HOW_OFTEN_FIRST.match(point):
        return "坚持"  # 每月一次教学常规检查: a practice kept up
    manner = _IN_A_MANNER.match(point)
    # (people staffed by a standard are not its actors: 生活教师按…配齐, round av's G 要为生活
    # 教师按…配齐)
    staffed = point.endswith(("配齐", "配足", "配备"))
    if manner and (staffed or not _ACTOR.search(_without_adverbs(manner["subject"]))):
        return "落实"  # 生活补助按…分档发放: a payment made in a manner
    if _TOP_OPENS.match(point):  # 区委、区政府每季度听取…: their standing practice
        return "建立" if _STANDING_PRACTICE.search(point) else "由"
    return ""


# a standing practice is one clause kept up at a frequency (区委、区政府每季度听取…); not a
# one-off (班子成员每人联系一所学校，开学第一天全部到校) nor a list of three (…每半年听取…，教育
# 项目用地优先保障，…每学期至少…): 要建立…的制度 did not hold them (round cr's 07 and 13, G)
_STANDING_PRACTICE = re.compile(
    r"^[^，；。]*(?:每(?:年|半年|季度|学期|月|周|两个月)|定期)[^，；。]*[。；]?$"
)


def _lead_by_subject(subject: str, verb: str) -> str:
    """Every place (在/为/确保), a school (推动), an organ (由), or "" for people and things."""
    subject = _NEW_BEFORE_VERB.sub("", subject) or subject  # 市职教中心新开设: the centre
    quoted = _QUOTED_LAST.search(subject)
    if quoted and quoted.start() > 0:  # 城区初中“一校一策”, 乡镇学校和教学点“一校一案”: schools
        subject = re.split("[和、]", subject[: quoted.start()])[0]
    if _TOP_BODY.match(subject):
        return "由"
    each = _EACH_PLACE.match(subject) and not re.search(r"部门|单位|政府|党委", subject)
    each = bool(each) and not _PEOPLE.search(subject)
    if each and (_GIVES.match(verb) or _SETS_UP.match(verb)):
        return "为" if _GIVES.match(verb) else "在"  # 要为每所学校配备…, 要在每个村设立…
    if _SCHOOL.search(subject) and not _ORGAN_OPENS.match(subject):
        return "推动"  # 要推动乡村学校接入…, 要推动中心学校每月组织…: a school is led
    if _ORGAN.search(subject) or _ORGAN.search(subject.split("、")[0]):
        return "由"
    return "确保" if each else ""


_QUOTED_LAST = re.compile(r"“[^”]*”$")
_NEW_BEFORE_VERB = re.compile(_NEW + "$")


def _lead_by_verb(subject: str, verb: str) -> str:
    """People or a thing, by what the verb does to them: 把, 为, 对; people who act (组织);
    people who receive (让: 要让边境学校教师享受边境补助)."""
    if verb.startswith("享受") and _PEOPLE.search(subject):
        return "让"
    if _PUTS.match(verb) or re.match(r"优先(?:改建|改为|转为|纳入|列入)", verb):
        return "把"
    if _GIVES.match(verb) and _PEOPLE.search(subject):
        return "为"
    if _DONE_TO.match(verb):
        return "对"
    return "组织" if _PEOPLE.search(subject) else "确保"


class SaidShape:
    """How a point is said once its charge is read (said_shape): the shape a list frame
    (一是…；二是…) asks all its items to share. Round af's readers struck lists of mixed
    shapes (一是要…；二是各县区要…, 一是要…；二是学生宿舍严禁…) and a bureau's 我们将重点做好两件事：
    over an item with its own subject or a prohibition (二是无证无照机构一律取缔) as G."""

    LED = "led"  # a lead before the clerk's words: 要完善…, 要做好…, 我们将…
    SUBJECT = "subject"  # its own subject, 要 after it: 各县区要…, 校车要…
    WHOLE = "whole"  # said as written: a point that says 要 itself (各镇要…)
    # a rule said as written (严禁…, …一律取缔, …的实行“一票否决”): no "thing to do" a
    # 抓好两件事： lead may count (round ag's G: 抓好两件事：一是师德考核不合格者…一律不合格)
    RULE = "rule"


def said_shape(point: str, speaks_for_bureau: bool, party_side: bool = False) -> str:
    """The shape ``point`` is said in (SaidShape), from the pieces charge_pieces gives it."""
    prefix, _head, infix, _tail, _suffix = charge_pieces(point, speaks_for_bureau, party_side)
    if meaning_of(point) == FACT or keeps_its_shape(point):  # a fact, a case's rule (ai)
        return SaidShape.RULE
    if "要" in infix:  # 各县区要…, and 对劝返复学学生要逐人建档 (its topic first)
        return SaidShape.SUBJECT
    if prefix:
        return SaidShape.LED
    if re.match(r"(?:要|必须|务必|确保)", point):
        return SaidShape.LED
    return SaidShape.RULE if point_form(point) == PointForm.RULE else SaidShape.WHOLE


def one_list(shapes: Iterable[str], speaks_for_bureau: bool) -> bool:
    """Whether points said in ``shapes`` may stand as the items of one list: all of one
    shape, and in a bureau's own list (我们将重点做好…：) only what the bureau does itself."""
    found = set(shapes)
    if len(found) != 1 or found == {SaidShape.RULE}:
        return False
    return not speaks_for_bureau or found == {SaidShape.LED}


def charges(points: Iterable[str], speaks_for_bureau: bool) -> list[str]:
    return [charge(point, speaks_for_bureau) for point in points]


# A rate, share or level: the only values that are 达到.
_RATE_LABEL = re.compile(r"(?:率|比例|比重|占比|水平|覆盖面|指数|得分|均分)(?:目标)?$")
_RANK = re.compile(r"第[一二三四五六七八九十百\d]+(?:名|位)")
_RANK_LABEL = re.compile(r"(?:排名|名次|位次|排位)$")
# A label that ends in the change it measures (较上年下降, 同比增长): its value is the size.
_CHANGE_LABEL = re.compile(r"(?:下降|降低|减少|提高|提升|增长|增加|上升|回落)(?:了)?$")


def is_rate(label: str, value: str) -> bool:
    return value.rstrip().endswith("%") or bool(_RATE_LABEL.search(label))


def review_joiner(label: str, value: str) -> str:
    """The verb between a review figure's label and its value: 达到 only before a rate,
    share or level (覆盖率达到92%); a value that is a change (较上年提高…) takes none;
    a rank takes 位居 unless its label is the ranking (排名第4位); counts and sums take
    none (送教上门7人, 争取项目资金186万元, 纳入监管校车4820辆)."""
    if VERB_LED.match(value) or _CHANGE_LABEL.search(label):
        return ""  # 溺亡人数较上年下降23.5%: 下降达到 was struck (readers' R)
    if _RANK.search(value):
        return "" if _RANK_LABEL.search(label) else "位居"
    if is_rate(label, value) and _BAD_RATE.search(label):
        return "为"  # 大班额比例达到4.2% read as a gain (round p's G): a share of a harm is 为
    return "达到" if is_rate(label, value) else ""


# A rate or share of something a speaker wants less of: reviewed with 为, aimed at with 控制在.
_BAD_RATE = re.compile(
    r"(?:大班额|超大班额|辍学|失学|近视|肥胖|溺亡|溺水|事故|超标|流失|不合格|不达标|违规)"
    r"[^，；]{0,8}(?:率|比例|比重|占比)$"
)


# A field's name as a clerk files it, not as a speaker says it.
_PLAN_YEAR_HEAD = re.compile(r"^(?:今年|明年|本年度|年度)(?=\S)")
_GOAL_TAIL = re.compile(r"目标$")
_BARE_NUMBER = re.compile(r"^\d+(?:\.\d+)?$")
_COUNTED_BY = (
    # what the label ends with, what its count is said in (新补充教师180名, 集团9个)
    (re.compile(r"(?:教师|校长|班主任|教研员|保安员|辅导员|驾驶员|员|干部)(?:人数)?$"), "名"),
    (re.compile(r"人次$"), "人次"),
    (re.compile(r"(?:学生|幼儿|人员|人)(?:人数)?$|人数$"), "人"),
    (re.compile(r"(?:学校|中学|小学|幼儿园|园|校)(?:数|数量)?$"), "所"),
    (re.compile(r"(?:机构|企业|单位)(?:数|数量)?$"), "家"),
    (re.compile(r"(?:校车|车辆)(?:数|数量)?$"), "辆"),
    (re.compile(r"(?:隐患|问题|项目)(?:数|数量)?$"), "项"),
    (re.compile(r"(?:检查|督查|督导|会议|演练|活动|培训)(?:数|次数)?$"), "次"),
    (re.compile(r"(?:学位|班级|集团|基地|中心|工作室)(?:数|数量)?$"), "个"),
    # stations, rooms and points are counted in 个 (round ak's G: 新建微型消防站为60, a bare
    # number after 为 with no measure word)
    (
        re.compile(
            r"(?:消防站|工作站|站|功能室|教室|活动室|心理辅导室|教学点|点|平台)(?:数|数量)?$"
        ),
        "个",
    ),
)
_COUNT_WORD = re.compile(r"(?<![指系分])(?:人数|次数|数量|个数|总数|数)$")
_UNIT_AT_END = re.compile(r"[^\d.%]+$")


def spoken_fact(label: str, value: str, unit: str = "") -> tuple[str, str]:
    """A target as a speaker says it: (label, value) with the field's 今年…人数 wording
    taken off and the unit a bare number lacks put on (今年新补充教师人数 180 → 新补充教师,
    180名; 集团化办学覆盖率 60 → 60%; 教师全员培训人次 6000人次 → 教师全员培训, 6000人次)."""
    # the clerk's 计划达到40% is the target's verb: 计划 dropped (round bb's G: 覆盖率达到计划达到40%)
    value = _PLANNED_VERB.sub("", value)
    said = _GOAL_TAIL.sub("", _PLAN_YEAR_HEAD.sub("", label)) or label
    if _BARE_NUMBER.match(value):
        if is_rate(said, value):
            return said, value + "%"
        # the field's own unit first (总投资 in 万元: 52000万元, never 总投资为52000); a bare
        # fraction in a money field (0.4) gets none: 0.4亿元 is a sum nobody wrote
        if unit in ("万元", "亿元") and value.startswith("0."):
            unit = "为"
        unit = unit or next((unit for pattern, unit in _COUNTED_BY if pattern.search(said)), "")
        if unit in ("", "为"):
            return said, value  # the unit cannot be told: said with 为 (fact_clause)
        value += unit
    return _signup_said_once(_without_count_word(said, value), value), in_wan(value)


def _signup_said_once(name: str, value: str) -> str:
    """中考报名 before 已完成报名约52万人: 报名 once (round bb's R, draft 02)."""
    return name.removesuffix("报名") if "报名" in value else name


def _without_count_word(said: str, value: str) -> str:
    """新补充教师人数 before 180名 → 新补充教师; a rate's name stays whole."""
    if value.endswith("%"):
        return said
    found = _UNIT_AT_END.search(value)
    unit = found.group().lstrip("万亿千百") if found else ""  # 1.2万人次 counts 人次
    if unit and said.endswith(unit) and len(said) > len(unit):
        return said[: -len(unit)]
    return _COUNT_WORD.sub("", said) or said


def fact_clause(label: str, value: str, unit: str = "") -> str:
    """新补充教师180名, 集团化办学覆盖率达到60%, 总投资52000万元 (``unit``: the field's
    own), 年度教育经费预算安排为12.6 (a bare number whose unit cannot be told is said with
    为, not run into its label)."""
    said, value = spoken_fact(label, value, unit)
    if VERB_LED.match(value) or _CHANGE_LABEL.search(said):
        return said + value
    if is_rate(said, value):
        return f"{said}{'控制在' if _BAD_RATE.search(said) else '达到'}{value}"
    return f"{said}{'为' if _BARE_NUMBER.match(value) else ''}{value}"


# A target's verb, where its name has none (round i's G, R: 今年的具体目标是：校企合作企业140家,
# 教师全员培训人次1.2万人次, 教师工资差额补足资金2350万元 read as a form).
_TARGET_HAS_VERB = re.compile(
    r"安排|达到|控制在|保持在|提高到|提升到|降低到|稳定在|新增|完成|实现|建成|新建|改造|补充|招聘|"
    r"续建|在建|^(?:" + VERB_LED.pattern.lstrip("^") + ")"
)
# A sum takes the verb that provides it, before the field's name kept whole (落实教师工资差额
# 补足资金2350万元, 安排一般公共预算教育支出17.8亿元).
_SUM_VERBS = (
    (re.compile(r"(?:资金|补助|奖补|专项)$"), "落实"),
    (re.compile(r"(?:支出|经费|投入|预算)$"), "安排"),
)
_ACT_LAST = re.compile(r"^(?P<what>.{2,}?)(?P<verb>创建|新建|建成|认定|评选|改造|招聘|引进)$")
_DONE_BY_COUNT = re.compile(r"(?:培训|轮训|研修|家访|走访|体检|筛查|演练)$")


# A count of projects is said by its noun (3个续建项目按期推进): 要确保续建项目3个 put the
# demand before a line of a table (round q's G).
_PROJECTS = re.compile(r"^(?P<stage>续建|在建|新建|新开工)项目$")
_PROJECT_DONE = {"续建": "按期推进", "在建": "按期推进", "新建": "开工建设", "新开工": "开工建设"}
_VISITS = re.compile(r"\d(?:次|轮|场)$")


def spoken_target(label: str, value: str, unit: str = "") -> str:
    """A target as said in a sentence of its own (今年要确保…): a count of projects by its
    noun (3个续建项目按期推进), any other as target_clause says it."""
    said, counted = spoken_fact(label, value, unit)
    projects = _PROJECTS.match(said)
    if projects and _is_count(counted):  # 今年要确保续建项目3个 (round q's G)
        return f"{counted}{said}{_PROJECT_DONE[projects['stage']]}"
    return target_clause(label, value, unit)


# A sum already spent or budgeted is stated, not reached: 总投资4.5亿元, never 总投资达到…
_STATED_SUM = re.compile(r"(?:投资|总额|规模)$")
# a project's whole investment (总投资 2.3亿元): the project's, over its years, not this year's
_PROJECT_TOTAL = re.compile(r"(?:总投资|投资总额|总投资额)$")


def planned_clause(label: str, value: str, unit: str = "") -> str:
    """A task's figure as the plan it is (after 按计划，): a count of new projects as counted
    (新建项目3个: not 3个新建项目开工建设, a start the profile never dated: round t's A), a
    total investment as stated (总投资4.5亿元), any other with the verb its noun takes
    (target_clause: 校企合作企业达到140家)."""
    state = _STATE_AIM.match(typeset(value))
    if (
        state
    ):  # 控辍保学目标: 辍学率为零 — a state with its own subject (round ar's G: 计划达到辍学率为零)
        return f"{label.removesuffix('目标')}的目标是{value}"
    proposed = _PER_HEAD_PROPOSED.match(typeset(value))
    if proposed:  # 每人每月拟提高至1200元: the proposal after its subject, its rate after the verb
        return f"{label}{proposed['verb']}{proposed['per']}{proposed['number']}"
    added = _PEOPLE_ADDED.match(typeset(value))
    if added and label.endswith("人数"):
        # 专职思政课教师配备人数: 计划新增600名 — the people added (新增专职思政课教师600名), not a
        # 配备人 (round cf's 20, G: 计划新增专职思政课教师配备人600名)
        return f"{added['plan'] or ''}{added['verb']}{counted_thing(label)}{added['count']}"
    said, counted = spoken_fact(label, value, unit)
    if _STATED_SUM.search(said):
        return fact_clause(label, value, unit)
    projects = _PROJECTS.match(said)
    if projects and projects["stage"] == "新建" and _is_count(counted):
        return f"{said}{counted}"
    item = data_item_said(said, counted)
    if item:
        return item
    target = spoken_target(label, value, unit)
    # a frequency named in the field goes before the deed (每校每学期开展应急演练2次, not
    # 计划开展每校每学期应急演练2次: round ac's G)
    return _FREQUENCY_INSIDE.sub(r"\2\1", target)


_COUNT_NAME_END = re.compile(r"(?:(?:配备|配置)?人数|数量|数)$")


def counted_thing(name: str) -> str:
    """What a count's name counts (专职思政课教师配备人数 → 专职思政课教师, 教育集团数 → 教育集团):
    the people, not a 配备人 (round cf's 20, G: 计划新增专职思政课教师配备人600名)."""
    return _COUNT_NAME_END.sub("", name)


_PEOPLE_ADDED = re.compile(
    r"^(?P<plan>计划|拟)?(?P<verb>新增|补充|新招聘|招聘|新配备)(?P<count>\d+(?:名|人))$"
)
# an aim that is a state with its own subject (辍学率为零, 安全事故为零, 零辍学)
_STATE_AIM = re.compile(r"^(?:[\u4e00-\u9fff]{2,10}(?:为零|为0|零发生)|零[\u4e00-\u9fff]{2,6})$")
# a rate for each one, then a proposal (每人每月拟提高至1,200元: round ar's G, 今年全区计划落实边境
# 学校教师补助每人每月拟提高至1200元 — "计划落实…拟提高至"双重虚化)
_PER_HEAD_PROPOSED = re.compile(
    r"^(?P<per>(?:每人|每生|人均|生均)(?:每月|每年|每天|每学期)?)"
    r"(?P<verb>(?:拟|计划)(?:提高|调整|增加|上调)(?:至|到|为))(?P<number>\d.*)$"
)
_FREQUENCY_INSIDE = re.compile(
    r"^(开展|组织|召开|举办)(每(?:校|所学校|个学校)?每?(?:学期|学年|年|季度|月|周))(?=[^\d，；]{2,})"
)


# A data item's name read out (round ab's R: 全区专职保安员配备326名, 全州计划学校食堂燃气改造
# 86所): a count of people a place staffs takes its verb first (配备专职保安员326名), a count
# of works done on things is the work completed (完成学校食堂燃气改造86所).
_ITEM_STAFFED = re.compile(r"^(?P<who>[^，；\d]{2,}?)(?P<verb>配备|配齐|配置|招聘|招收)$")
_ITEM_WORKS = re.compile(r"^[^，；\d]{2,}?(?:改造|改建|改厕|维修|加固|整治)$")
# a count of people named by what they take part in (县管校聘交流轮岗教师): they take part in it
_ITEM_TAKING_PART = re.compile(
    r"^(?P<deed>[^，；、\d的]{0,8}(?:交流轮岗|轮岗交流|支教|跟岗研修|跟岗|轮训))"
    r"(?P<who>教师|校长|校长教师|干部|骨干教师)$"
)


def data_item_said(label: str, counted: str) -> str:
    """A figure whose label is a data item's name (noun + 配备/改造) with a count, said verb
    first; "" for any other label or a value that is no count (a rate, a change)."""
    if not _is_count(counted):
        return ""
    taking_part = _ITEM_TAKING_PART.match(label)
    if taking_part:  # 参加县管校聘交流轮岗的教师达到2.1万名 (round aj's R: the name pasted in)
        return f"参加{taking_part['deed']}的{taking_part['who']}达到{counted}"
    if MEASURE_VERB.match(label):
        return ""
    staffed = _ITEM_STAFFED.match(label)
    if staffed:
        return f"{staffed['verb']}{staffed['who']}{counted}"
    if _ITEM_WORKS.match(label):
        return f"完成{label}{counted}"
    return ""


# A task's figures the clerk gave, not pledged, said the way a clerk writes a plan, with
# its subject named: round v's readers struck 按计划，总投资2.6亿元 (which project?) and
# 按计划，标准班额达标率达到90% as pasted facts (G, R). A rate's noun is the subject
# (全省标准班额达标率计划达到90%), a sum is the task's project's (全面改薄项目计划总投资
# 4.2亿元), a deed is the place's (今年全县计划新建改扩建公办幼儿园4所).
_PLAN_RISE = re.compile(r"^(?P<what>[^，；\d]{2,}?)达到(?P<value>.+)$")
_COUNT_THEN_DEED = re.compile(
    r"^(?P<count>\d[\d.]*个[^，；]{1,8}?项目)(?P<deed>按期推进|开工建设)$"
)
_STAFFED = re.compile(r"^(?P<who>[^，；]{2,}?)(?P<verb>配备|配齐|配置)$")
_BODY_MEETS = re.compile(
    r"^(?:开展|召开)(?P<body>[^，；]{2,14}?(?:领导小组|委员会|联席会议|编委))(?P<what>[^，；]*会议\d+次)$"
)
_A_PROJECT = re.compile(r"(?:项目|工程|计划|行动)$")
_EXAM_COUNT = re.compile(r"(?:报名|考生|参考|应考|考点|考场)(?:人数|数量|总数|数)?$")
_PLAN_TIME_FIRST = re.compile(r"^(?:年内|年底前|全年|上半年|下半年)(?=[^，；]{2,})")


def _meetings_planned(body: re.Match[str], when: str, mark: Callable[[str], str]) -> str:
    """A body's planned meetings, the body the subject; a count the clerk files as 年度 is
    the year's, said 全年 once (round aw's R: 计划召开年度专题会议4次, "应为全年召开4次")."""
    what, verb = body["what"], "计划召开"
    if what.startswith("年度"):
        when, what, verb = "", what.removeprefix("年度"), "全年计划召开"
    return f"{when}{mark(body['body'])}{verb}{mark(what)}"


def plan_sentence(
    clauses: Sequence[str],
    when: str,
    place: str,
    task: str,
    mark: Callable[[str], str] = str,
) -> str:
    """The sentence saying ``clauses`` (planned_clause's) as the plan they are: ``when`` is
    今年, or "" where the profile cannot say whose year it is (a November meeting);
    ``place`` the level's 全县; ``task`` the clerk's name of the task, the subject of a sum;
    ``mark`` keeps the clerk's words whole (render's literal)."""
    if not clauses:
        return ""
    first, rest = clauses[0], [mark(c) for c in clauses[1:]]
    # 今年全县计划落实全年学生资助资金3150万元 said the year twice (round ag's R): a figure
    # whose label carries its own year takes no second one
    when = "" if _OWN_YEAR.search(re.split(r"\d", first, maxsplit=1)[0]) else when
    total = _total_said(clauses, when, place, task, mark)
    if total:
        return total
    if _STATED_SUM.search(re.split(r"\d", first, maxsplit=1)[0]):
        subject = task if _A_PROJECT.search(task) else _project_of(task)
        return _plan_joined(f"{when}{subject}计划{mark(first)}", rest)
    rise = _PLAN_RISE.match(first)
    risen = _rise_said(rise, first, when + place, mark) if rise else ""
    if risen:
        return _plan_joined(risen, rest)
    body = _BODY_MEETS.match(first)
    if body:  # a body's own meetings: the body is the subject (round w's G, R: 按计划，开展
        return _plan_joined(_meetings_planned(body, when, mark), rest)  # 领导小组…会议4次)
    deed = _COUNT_THEN_DEED.match(first)
    if deed:  # 3个续建项目按期推进: the count is the subject
        return _plan_joined(f"{when}{place}{mark(deed['count'])}计划{deed['deed']}", rest)
    kept = _PLAN_KEPT.match(first)
    if kept:
        # a rate kept where it is, as the clerk wrote it (参与率保持在96%以上): no plan to keep it
        # (round df's 14, R: 全区计划义务教育学校课后服务学生参与率保持在96%以上 — “计划…保持在”别扭)
        return _plan_joined(f"{when}{place}{mark(kept['what'])}要{mark(kept['value'])}", rest)
    time = _PLAN_TIME_FIRST.match(first)
    if time:  # 年内排查整改…: its own time, no 今年 before it
        head = f"{time.group()}{place}计划{mark(first[time.end() :])}"
        return _plan_joined(head, rest)
    return _plain_plan(first, rest, when, place, mark)


_KEPT_VALUE = re.compile(r"^(?:保持|稳定在|巩固在|继续保持)")
_PLAN_KEPT = re.compile(
    r"^(?P<what>[^，；\d]{2,}?(?:率|比例|占比|比重))(?P<value>(?:继续)?(?:保持在|保持|稳定在)\d.*)$"
)


def _rise_said(rise: re.Match[str], first: str, lead: str, mark: Callable[[str], str]) -> str:
    """A plan that reaches a value (X达到N) said as its shape asks, after ``lead`` (今年全县); ""
    where it is a measure's deed, not a rise."""
    if _EXAM_COUNT.search(rise["what"]):
        # how many sit an exam, or where: no aim to reach (round aw's F: 高考报名计划达到4120人,
        # 考点计划达到3个, "报名早已结束，人数不是计划目标")
        return f"{lead}{mark(_exam_count_said(rise['what'], rise['value']))}"
    staffed = None if is_rate(first, first) else _STAFFED.match(rise["what"])
    if staffed:  # 宿舍管理员配备达到126名: 计划配备宿舍管理员126名
        return f"{lead}计划{staffed['verb']}{mark(staffed['who'] + rise['value'])}"
    if _KEPT_VALUE.match(rise["value"]):
        # a rate kept where it is (保持100%) is no aim to reach (round bk's 09 and 22, G: 计划达到
        # 保持100%)
        return f"{lead}{mark(rise['what'])}要{mark(rise['value'])}"
    if MEASURE_VERB.match(first):
        return ""
    if is_rate(rise["what"], rise["value"]) and lead.startswith(("今年", "全年")):
        # a rate is an aim to reach, not a plan, and a span's 全年 does not fit it (readers struck
        # 率计划达到 at 65 % over rounds a–cd, against 19 % for 率要达到; round cd's 03, A R:
        # 全年全市学校食堂明厨亮灶覆盖率计划达到100% — “全年”“计划”是加的); only where the year
        # is named: late in the year the figure is the plan already set, no pledge (round s's A)
        return f"{lead.removeprefix('全年')}{mark(rise['what'])}要达到{mark(rise['value'])}"
    return f"{lead}{mark(rise['what'])}计划达到{mark(rise['value'])}"


def _exam_count_said(what: str, value: str) -> str:
    """设考点3个, 高考报名4120人, 中考考生人数为2300人."""
    stem = re.sub(r"(?:人数|数量|总数|数)$", "", what)
    if stem.endswith(("考点", "考场")):
        return f"设{stem}{value}"
    if stem.endswith("报名"):
        return f"{_signup_said_once(stem, value)}{value}"
    return f"{what}为{value}"


def _plain_plan(
    first: str, rest: list[str], when: str, place: str, mark: Callable[[str], str]
) -> str:
    """plan_sentence for a first clause no shape above reads: 今年全县计划 before it."""
    if first.startswith("落实") and _SUM_PLANNED.search(re.split(r"\d", first, maxsplit=1)[0]):
        # a sum is planned by being budgeted (全市计划安排教师工资差额补足资金…): 计划落实…资金
        # was round ah's R (生硬)
        first = "安排" + first.removeprefix("落实")
    # 教育经费预算安排1126亿元 is decided: 计划 before it doubled the plan (round an's G)
    plan = "" if budgeted(first) or _DONE_ALREADY.search(first) else "计划"
    if re.search(r"拟|计划|的目标是", re.split(r"\d", first, maxsplit=1)[0]):
        # 三年攻坚计划新建改扩建学校14所 names its plan: 全市计划三年攻坚计划… said it twice
        # (round ar's G), and 今年 is not the three years' span
        plan, when = "", ""
    return _plan_joined(f"{when}{place}{plan}{mark(first)}", rest)


_SUM_PLANNED = re.compile(r"(?:资金|补助|奖补|专项|经费)$")
# a figure already reached (中考报名已完成报名约52万人) is no plan: 计划…已完成 read as planned
# and done at once (round bb's G F, draft 02)
_DONE_ALREADY = re.compile(r"已(?:完成|经|有|达|建成|发放|落实|到位)")


_OWN_YEAR = re.compile(r"全年|今年|年内|年度")


def _total_said(
    clauses: Sequence[str],
    when: str,
    place: str,
    task: str,
    mark: Callable[[str], str],
) -> str:
    """A project's 总投资 is the whole project's, not this year's plan (round ak's A, R: 今年
    边境地区学校建设项目计划总投资26.5亿元, "档案只给总投资，未说是今年计划"): said as the
    project's, with no year of its own, after the year's plan of the other figures; "" where
    no clause is a project's total."""
    total = next((c for c in clauses if _PROJECT_TOTAL.search(re.split(r"\d", c)[0])), "")
    if not total:
        return ""
    subject = task if _A_PROJECT.search(task) else _project_of(task)
    said = f"{subject}{mark(total)}"
    others = [c for c in clauses if c is not total]
    if not others:
        return f"{said}。"
    planned = plan_sentence(others, when, place, task, mark)
    return planned.removesuffix("。") + f"，{said}。"


def _project_of(task: str) -> str:
    """The projects a task's sum is planned for: 城区学位扩容项目; a task named by its projects
    says them once (项目建设 → 建设项目: 今年项目建设项目计划总投资… was round z's G)."""
    if "项目" not in task:
        return f"{task}项目"
    named = task[: task.index("项目") + 2]
    return "建设项目" if named == "项目" else named


def _plan_joined(head: str, rest: Sequence[str]) -> str:
    # the clerk's own 力争/争取 is the plan's word (round bb's G, two drafts: 力争计划达到45%)
    head = _STRIVE_THEN_PLAN.sub(r"\g<strive>\g<mark>", head)
    return "，".join([head, *rest]) + "。"


_PLANNED_VERB = re.compile(r"^计划(?=达到|提高到|提升到|控制在|保持在|稳定在)")
_STRIVE_THEN_PLAN = re.compile(
    r"(?P<strive>力争|争取)(?P<mark>[\ue000-\ue0ff]?)计划(?=[\ue000-\ue0ff]?达到)"
)


# A count of things the clerk gives under a task with no verb (校车: 6,300辆) is what the place
# has, not a plan: round v's A read 按计划，今年校车达到6300辆 for a province's fleet.
_THINGS_COUNTED = re.compile(r"\d(?:辆|台|套|间|座|处|栋|艘)$")
# the pupils or staff a place has (寄宿生: 286人 — round ac's F read 今年寄宿生计划达到286人,
# a count of pupils set as a target)
_PEOPLE_HELD = re.compile(r"(?:寄宿生|在校生|在园幼儿|留守儿童|教职工|专任教师)$")
_MADE_OR_BOUGHT = re.compile(r"新|建|改|增|购|配|换|修|添置|投|达标|覆盖|率")


_STOCK_MARK = re.compile(r"^(?:现有|目前有|目前共有|现共有|共有)(?=约?\d)")


def stock_clause(label: str, value: str, unit: str = "") -> str:
    """The count of things a place has (校车6300辆), said without 按计划 or 达到; "" for any
    figure that may be a plan or a target (新建…, 配备…, a rate). The clerk's 现有 is the
    sentence's own word (全旗现有寄宿生约3400人), not the value's (round ar's G: 全旗现有寄宿生
    现有约3400人)."""
    value = _STOCK_MARK.sub("", str(value).strip())
    said, counted = spoken_fact(label, value, unit)
    people = _PEOPLE_HELD.search(said) and re.search(r"\d(?:人|名)$", counted)
    if not (_THINGS_COUNTED.search(counted) or people) or _MADE_OR_BOUGHT.search(said):
        return ""
    if target_clause(label, value, unit) != f"{said}达到{counted}":
        return ""  # the label has a verb of its own: a deed, not a stock
    return f"{said}{counted}"


def target_clause(label: str, value: str, unit: str = "") -> str:
    """A target as a clause with the verb its noun takes: 校企合作企业达到140家, 完成教师全员
    培训1.2万人次, 落实教师工资差额补足资金2350万元, 集团化办学覆盖率达到60%; a label that has
    its own verb (年度教育经费预算安排…, 年内排查整改…) as fact_clause says it."""
    clause = fact_clause(label, value, unit)
    if _TARGET_HAS_VERB.search(clause):
        return clause
    said, value = spoken_fact(label, value, unit)
    if said.startswith(("拟", "计划")):
        return f"{said}{value}"  # 拟表彰优秀教师…490人: a plan's count, no 达到 (round k's G)
    time = _TIME_FIRST.match(said)
    if MEASURE_VERB.match(said, time.end() if time else 0):
        return clause  # 年内排查整改校园安全隐患1500项: its verb comes first
    named_by_act = _ACT_LAST.match(said)
    if named_by_act:  # 特色高中创建数 3 → 创建特色高中3所
        return f"{named_by_act['verb']}{named_by_act['what']}{value}"
    verb = next((verb for pattern, verb in _SUM_VERBS if pattern.search(said)), "")
    if verb:
        return f"{verb}{said}{value}"
    if _VISITS.search(value) and not value.endswith("人次"):  # 教育专项督导达到2次 (round q)
        return f"开展{said}{value}"
    counted = _people_or_schools(said, value)
    if counted:
        return counted
    if _DONE_BY_COUNT.search(said) or value.endswith("人次"):
        return f"完成{said}{value}"
    if _BARE_NUMBER.match(value):
        return clause  # a number whose unit cannot be told: 为 (fact_clause)
    return f"{said}达到{value}"


def _people_or_schools(said: str, value: str) -> str:
    """受资助学生 2.1万人次 → 资助学生2.1万人次 (完成受资助学生… was round ag's G); 教育收费
    专项检查学校 180所 → 对180所学校开展教育收费专项检查 (…检查学校计划达到180所: round ag's
    R); "" for any other figure."""
    if not _is_count(value):
        return ""
    passive = _PASSIVE_COUNT.match(said)
    if passive:
        return f"{passive['verb']}{passive['who']}{value}"
    checked = _CHECKED_COUNT.match(said)
    if not checked:
        return ""
    when = re.match(r"(?:全年|年内|今年|年度)", checked["what"])
    head, what = (when.group(), checked["what"][when.end() :]) if when else ("", checked["what"])
    return f"{head}对{value}{checked['who']}开展{what}"


# a count of people named by what they receive (受资助学生, 受表彰教师): the deed is said
_PASSIVE_COUNT = re.compile(r"^受(?P<verb>资助|表彰|培训|救助|帮扶)(?P<who>[^，；\d]{1,8})$")
# a count of schools named by the check made of them (教育收费专项检查学校)
_CHECKED_COUNT = re.compile(
    r"^(?P<what>[^，；\d]{2,16}?(?:检查|督导|督查|抽查|评估|验收|巡查))(?P<who>学校|幼儿园|单位)$"
)


# What a review lead may claim, and what its achievement's points and figures must state
# for it to claim it (readers' A: 中高考成绩再创新高 over a rate and a rise, 公办幼儿园学位
# 有效扩容 over figures about something else).
_CLAIMS = (
    # a record needs a record
    (
        re.compile(r"新高|再创|历史最好|最好水平|最好成绩|创历史"),
        re.compile(r"新高|历史|最好|首次|最高"),
    ),
    # everyone, everywhere needs all of them
    (
        re.compile(r"全覆盖|应开尽开|应助尽助|应入尽入|全面(?:完成|实现|落实)"),
        re.compile(r"全覆盖|100%|全部|所有|应开尽开|应助尽助|应入尽入|每一所|每所"),
    ),
    # a safe record needs one (round an's A: 中考高考实现安全零事故 over 本科上线率68.2%)
    (
        re.compile(r"零事故|零发生|零伤亡|安全零"),
        re.compile(r"零|未发生|没有发生|无[^，。；]{0,6}事故"),
    ),
    # a marked change needs a measured one
    (
        re.compile(r"显著|明显|大幅|跨越|长足"),
        re.compile(r"较上年|比上年|同比|百分点|翻番|提高到|提升到|增长\d|提高\d|增加\d"),
    ),
    # a quality needs a measure of quality, not of access (round s's F: 幼儿园保教质量持续向好
    # over 毛入园率 and 普惠性幼儿园覆盖率)
    (
        re.compile(r"(?:保教|教学|教育|办学|育人)质量"),
        # (中考成绩进入全县前十, 中考平均分提高23分 measure it too: round am's F, 教学质量保持
        # 稳定 over them)
        re.compile(
            r"质量|评估|监测|优秀|优良|示范|一级|上线|合格率|及格率|达标|获奖|一等奖|"
            r"考试成绩|[中高]考成绩|平均分|进入[^，。；]{0,6}前(?:[一二三四五六七八九十]|[1-9]\d?)(?![\d百千])|位次|"
            r"升入|考入|升学|录取|"  # (普高录取率: round bg's 24 F, 保持稳定 over a rise)
            r"平均成绩|排名|名次|总评|[中高]考"  # (…毕业考试全镇平均成绩排全县第七名: round bz's 05;
            # 镇初中中考总评由全县第十一名前移到第七名: round cb's 09, F — 教育质量保持稳定)
        ),
    ),
    # a return on money needs a measure of it, not the sum spent (round v's A: 教育经费使用效益
    # 不断提高 over 全省教育经费总投入1,650亿元)
    (
        re.compile(r"效益|绩效"),
        re.compile(r"效益|绩效|审计|结余|节约|执行率|支出进度"),
    ),
    # a rise or a gain needs something that rose or was added
    (
        re.compile(r"扩容|扩大|提升|提高|增强|优化|改善|加快|增加|增长|壮大"),
        re.compile(
            r"提高|提升|增长|增加|新增|扩大|新建|改扩建|建成|较上年|比上年|同比|首次|突破|"
            r"新招聘|招聘|补充|引进|投入|"
            # (比去年多9人: round bg's 12 F, 教育质量保持稳定 over it)
            r"(?:比|较)去年(?:多|增|提高|上升)|"
            # a ranking that rose (综合排名由第十一名上升到第七名: round ba's F, 教育质量保持稳定)
            r"上升|前移|跃升|进位|"
            # (比去年前进了四位: round bz's 05, 教育质量保持稳定 over it)
            r"前进了?[一二三四五六七八九十\d]+位|"
            # a title won is a gain (市职教中心获评省级示范性中等职业学校，这是我市第一所…: round cb's
            # 01, F — 职业教育办学水平保持稳定 over it)
            r"获评|被评为|评为|命名为|入选|第一所|第一个|首所|首个|"
            # a standing moved into (中考成绩进入全县前十: round am's F, 保持稳定 over it)
            r"进入[^，。；]{0,6}前(?:[一二三四五六七八九十]|[1-9]\d?)(?![\d百千])"
        ),
    ),
)


# A lead that names a sort of school or place claims its results were of that sort:
# 公办幼儿园学位有效扩容 over 新增幼儿园学位2,160个 (round t0's A) needs 公办 in the evidence.
_SORTS = re.compile(r"公办|民办|普惠|优质|城区|乡村|农村|寄宿|特殊教育")


def claims_unsupported(lead: str, evidence: str, topic: str = "") -> bool:
    """The lead claims a record, a full coverage, a marked change or a gain that the
    achievement's points and figures (``evidence``) do not state, or names a sort of school
    or place (``_SORTS``) neither they nor the area's name (``topic``) do."""
    if any(claim.search(lead) and not needs.search(evidence) for claim, needs in _CLAIMS):
        return True
    return any(sort not in evidence + topic for sort in _SORTS.findall(lead))


# What a review lead says of its topic, not what the topic is: 极端天气应对平稳有序 shares
# 平稳 with 线上线下教学平稳切换 but is not about it.
_PREDICATE = re.compile(
    r"平稳有序|总体平稳|平稳|有序|扎实推进|深入推进|稳步推进|稳步提升|持续巩固|持续|不断|有效|"
    r"显著|明显|全面|进一步|推进|提升|提高|巩固|增强|加强|优化|改善|扩容|实现|取得|成效|成果|"
    r"新进展|进展|走深走实|落地见效|见实效|再创新高|新高|加快|更加|得到|切实"
)


def lead_topic(lead: str) -> str:
    """The lead without the words that judge its topic (weave._PREDICATE)."""
    return _PREDICATE.sub("，", lead)


# 今年 in a bank wording is the year planned for (今年以来 is the year so far), 去年 the
# year reviewed.
_YEAR_WORD = re.compile(r"今年(?!以来)|去年")
_ONE_YEAR_ON = {"今年": "明年", "去年": "今年"}


def for_planned_year(text: str, ahead: bool) -> str:
    """A bank wording's years said one year on when the speech plans for the next year (a
    November or December meeting): 今年 → 明年, 去年 (the year reviewed) → 今年."""
    if not ahead:
        return text
    return _YEAR_WORD.sub(lambda match: _ONE_YEAR_ON[match.group()], text)


# A safety meeting between spring and autumn (防溺水 in May, 开学 in August) reviews the
# work so far, not a closed year (readers' F: a May meeting 总结2029年校园安全工作).
MID_YEAR_MONTHS = range(4, 11)
_REVIEW_YEAR = re.compile(r"\{\{ *y\.review *\}\}年")


def plan_reviewed(plan: str, index: int, texts: Iterable[str]) -> str:
    """The five-year plan a speech looks back over, where the year reviewed closes it and
    the profile's look back speaks of the plan (“十三五”, 五年, 累计…五年): 回顾2020年 over
    five-year totals was wrong (round y's F); else ""."""
    if index != 5:
        return ""
    said = " ".join(texts)
    # the plan named as what was done in it (“十五五”时期, “十三五”教育投入, …规划各项指标全面完成),
    # not only as a target's source (提前完成了“十五五”规划中期目标 over last year's results: round
    # dd's 02, F — “十五五”时期工作成效回顾)
    spans = any(
        not _PLAN_AS_TARGET.match(said, found.end()) for found in re.finditer(re.escape(plan), said)
    )
    return plan if spans or re.search(r"五年(?!规划)|近五年|这五年", said) else ""


_PLAN_AS_TARGET = re.compile(r"”?规划(?:的|确定的)?(?:中期|年度)?(?:目标|指标)")


def for_plan_reviewed(source: str, plan: str) -> str:
    """A bank wording's {{ y.review }}年 said as the plan's span (“十三五”时期)."""
    return _REVIEW_YEAR.sub(f"“{plan}”时期", source) if plan else source


def reviews_so_far(kind: str, month: int) -> bool:
    return kind == "safety" and month in MID_YEAR_MONTHS


def for_review_span(source: str, so_far: str) -> str:
    """A bank wording's {{ y.review }}年 said as ``so_far`` (去年以来, or 今年以来 where the
    results are this year's) at a meeting that reviews the work so far (reviews_so_far):
    总结去年以来校园安全工作, 去年以来的校园安全工作是扎实有效的; unchanged where ``so_far`` is ""."""
    return _REVIEW_YEAR.sub(so_far, source) if so_far else source


# A lead naming the year reviewed (2028年，全区教育系统…; 回顾2028年，…), said at a meeting from
# June to October that looks back on the year so far (context.Years.so_far): 今年以来，…
# (round am's Y: 2028年，全区教育系统… at a meeting of 27 August 2029, above 今年以来 figures)
_REVIEW_YEAR_LEAD = re.compile(r"(?:(?<=^)|(?<=[。！；]))(?:回顾)?\{\{ *y\.review *\}\}年，")


def for_year_so_far(source: str, so_far: bool) -> str:
    """A bank wording's lead {{ y.review }}年， said as 今年以来， where the meeting reviews the
    year so far (context.Years.so_far); its other mentions of the year are left as they are
    (对2028年的工作，报告作了全面总结 speaks of what a report covered)."""
    return _REVIEW_YEAR_LEAD.sub("今年以来，", source) if so_far else source


# What a safety meeting plans for: the year at one held early in it (a year's 校园安全工作
# 会议), the season after that. Round s's F and Y: a November meeting 对2032年的校园安全工作
# 作出部署 / 明年要重点抓好 (the winter is what it plans: 今冬明春), a June meeting 部署2025年
# 校园安全重点工作 (half the year gone).
_SAFETY_SPANS = ((range(1, 4), ""), (range(4, 9), "近期"), (range(9, 11), "秋冬季"))
_SAFETY_WINTER = "今冬明春"
_MEETING_YEAR = re.compile(r"\{\{ *y\.meeting *\}\}年")
_THIS_YEAR = re.compile(r"今年(?!以来)")


def planned_span(kind: str, month: int, holiday_named: bool = False) -> str:
    """The span a safety meeting held in ``month`` plans for (empty: the year); any other
    kind plans for the year. A meeting named for the holiday ahead (国庆节前…, 中秋国庆…)
    plans for the days around it, not the autumn and winter (rounds cl's 06 and 18, F: 秋冬季要
    集中力量… at a 国庆节前 meeting on 校车 and canteens)."""
    if kind != "safety":
        return ""
    if holiday_named and month in (9, 10):
        return "节日前后"
    return next((span for months, span in _SAFETY_SPANS if month in months), _SAFETY_WINTER)


# A year's count the clerk gives (年度教育专项督导次数: a field whose label says 年度 or 全年)
# is the year's whatever the span a meeting plans for: 今年 before it is 全年, not 近期
# (round z's F: 近期3次教育专项督导 of a profile's 全年3次).
_CLAUSE_END = "，。；！？"


def for_planned_span(source: str, span: str, annual: frozenset[str] = frozenset()) -> str:
    """A bank wording's {{ y.meeting }}年 and 今年 said as the span planned for (今冬明春),
    when it is not the year; 今年 in a clause carrying a fact of ``annual`` (a year's
    count) is 全年; before any other fact it goes: the figure is the clerk's, its time is not
    ours to set (round ac's A: 近期…覆盖率要达到100%, 近期新建的40个…)."""
    if not span:
        return source
    if annual and "今年" in source:
        source = re.sub(
            r"今年(?!以来)(?=[^"
            + _CLAUSE_END
            + r"]*\{\{ *fact\(\"(?:"
            + "|".join(map(re.escape, sorted(annual)))
            + r")\")",
            "全年",
            source,
        )
    # 今年的目标是X达到{{…}} without its year is no sentence (round ag's G: 的目标是学生心理健康
    # 测评覆盖率达到100%): the aim is said as the work towards it
    source = re.sub(
        r"今年的(?:主要)?目标是(?=[^" + _CLAUSE_END + r"]*达到\{\{ *fact\()", "要推动", source
    )
    source = re.sub(r"今年的(?=(?:主要)?目标是[^" + _CLAUSE_END + r"]*\{\{ *fact\()", "", source)
    # 今年的 goes whole (今年的{{ fact }}应急物资保障资金 was said 的650万元…, 对今年的…督导 as
    # 对的…督导: round as's G)
    source = re.sub(r"今年的(?=[^" + _CLAUSE_END + r"]*\{\{ *fact\()", "", source)
    source = re.sub(r"今年(?!以来)(?=[^" + _CLAUSE_END + r"]*\{\{ *fact\()", "", source)
    return _THIS_YEAR.sub(span, _MEETING_YEAR.sub(span, source))


# A review figure that is a bare count says what was done with it (readers' R: 校车186辆,
# 乡村教师周转宿舍1260套, 全年学生资助资金3240万元 with no verb): the verb its noun takes.
_FIGURE_ALREADY_VERB = re.compile(
    r"^(?:已经?|新增|新建|新招聘|新招录|新补充|招录|招聘|劝返|受益|受资助|资助|慰问|取缔|托管|考入|"
    r"消除|更换|排查|整改|送教|争取|纳入|完成|开展|发放|培训|创建|建成|改造|改扩建|投入|累计|"
    r"帮扶|补充|引进|实现|覆盖|减少|增加|提高|下降|压减|享受|参训|结对|维修|新改扩建|修缮|"
    # round s: 招聘新分配特岗教师 said the hiring twice (G)
    r"新分配|分配|新入职|新录用|新聘用?|招收|录取|惠及|建设)"
)
# A sum named by what it pays for (维修资金, 改造资金): 维修 there is no verb of the figure;
# the sum takes 投入 (维修资金38万元 tacked on after a point read as a stray line: round s's G).
_PURPOSE_SUM = re.compile(
    r"^(?:维修|修缮|改造|改扩建|新改扩建|建设|帮扶|结对|补充|培训|资助|补助|整改|隐患整改)(?:专项)?(?:资金|经费)$"
)
# A label that already holds the verb that moves its money (秋季学期发放资助资金, 全面改薄投入
# 资金): no second one (投入…发放资助资金, 投入全面改薄投入资金 were round s's G).
# 下拨, 到位: money that arrived (round ar's G: 投入上半年教育项目到位资金4.6亿元)
_MONEY_VERB_INSIDE = re.compile(r"发放|投入|安排|拨付|下达|下拨|到位|到账|落实|争取|筹集|兑现")
_FIGURE_WHEN_WHERE = re.compile(
    r"^(?:全年|年内|年度|一年来|累计|暑期|寒假|暑假|(?:秋季|春季|上|本|下)学期|全[省市区县旗州盟镇乡])"
)
_FIGURE_VERBS = (
    # round w's G: 生活教师86名 hung after a clause with no verb
    (
        re.compile(
            r"(?:校车|车辆|专职保安员|保安员|专职保安|保安|心理健康教师|校医|生活教师|生活老师|宿管员|"
            r"宿舍管理员|保育员|营养师|照管员|随车照管员|辅导员)$"
        ),
        "配备",
    ),
    (re.compile(r"(?:宿舍|校舍|教室|运动场|食堂|厕所|周转房)$"), "建成"),
    # an allowance paid out (round w's G: 乡村教师生活补助9.8亿元 had no verb)
    (re.compile(r"(?:资助资金|资助金|补助资金|奖助学金|资助|补助|补贴|津贴)$"), "发放"),
    # a gift of money to people (round ag's G: 新建教师周转宿舍12套，慰问金3.6万元 had no verb)
    (re.compile(r"(?:慰问金|慰问资金|奖励金|奖教金|奖学金|助学金|救助金)$"), "发放"),
    (re.compile(r"学位$"), "新增"),
    (re.compile(r"(?:特岗教师|支教教师)$"), "招聘"),
    # students are taken in and trained, not hired (round z's G: 招聘公费师范生1380名)
    (re.compile(r"(?:公费师范生|定向师范生|免费师范生|师范生)$"), "招收"),
    (re.compile(r"专业点?$"), "开设"),
    (re.compile(r"(?:教育集团|集团|共同体|联盟|联合体)$"), "组建"),
)
# What an office holds by the year's end, not what it did (省级名师工作室9个, 自治区级平安校园
# 420所): round q's readers struck 有省级名师工作室9个 and the bare 平安校园420所 (G, R); a stock
# is said with 达到 after its name (县级骨干教师达到812名).
_STOCK = re.compile(
    r"(?:骨干教师|名师|名校长|名班主任|学科带头人|特级教师|工作室|示范学校|示范校|示范园|"
    r"平安校园|特色学校|特色校|标准化学校|星级学校|文明校园|绿色学校|优质学校|一级园|示范性幼儿园|"
    r"示范性高中|示范高中|实训基地|基地|工作站|研究基地|实验校|实验学校|试点校|试点学校)$"
)
# An honour held by people (省级乡村教师荣誉1.2万人: round w's G): they received it.
_HONOUR = re.compile(r"(?:荣誉|称号|荣誉证书)$")
_PEOPLE_COUNTED = re.compile(r"\d(?:万|千)?(?:人|名)$")
_TRAINING_TAIL = re.compile(r"^(?P<who>.{2,})培训$")


# A deed's field name that ends in what its unit measures (新建改扩建校舍面积 5.6万平方米):
# said after its verb, the measure is the unit's (round aj's R: 新建改扩建校舍面积5.6万平方米
# "是表格字段直接拼入"): 新建改扩建校舍5.6万平方米
_MEASURED_BY = (
    (re.compile(r"面积$"), re.compile(r"(?:平方米|平米|亩|公顷)$")),
    (re.compile(r"(?:长度|里程)$"), re.compile(r"(?:公里|千米|米)$")),
)


def _without_measure(label: str, value: str) -> str:
    when = _FIGURE_WHEN_WHERE.match(label)
    rest = label[when.end() :] if when else label
    if not _FIGURE_ALREADY_VERB.match(rest):
        return label
    for measure, unit in _MEASURED_BY:
        found = measure.search(label)
        if found and unit.search(value) and len(rest) > found.end() - found.start() + 2:
            return label[: found.start()]
    return label


_NAMED_HONOUR = re.compile(
    r"^[\u4e00-\u9fff“”（）]{2,24}?(?:学校|小学|中学|幼儿园|中心|学院|集团)(?:被评为|获评|入选|荣获|被命名为|被认定为)"
)
_ONE_OF_IT = re.compile(r"^(?:1|一)(?:所|个|项|家|次)?$")


def review_figure(label: str, value: str) -> str:
    """A review figure said as a clerk writes it (_review_figure), with the verb its measure
    takes where that gave none (review_said.figure_verbed: 受教育年限达到11.9年, 创建达标的现有
    96所, 约286亿元 not 达到约: round an's G, R)."""
    if _NAMED_HONOUR.match(label) and _ONE_OF_IT.match(value.strip()):
        # a named school's honour counted once (县第一中学被评为省级文明校园: 1所): the label says it
        # all (round bk's 13, G R: …被评为省级文明校园达到1所)
        return label
    # a value that carries 已/现有 is said as what it says (review_said.marked_said: round ap's
    # 拟表彰…已表彰210名, 寄宿生现有3412人)
    # a marked value with more after it (已完成1,862处，整改率96.4%; 现有24个，覆盖…100%): the
    # mark read on its own clause; the rest follows as the clerk wrote it (round ar's G:
    # 整改隐患达到已完成1862处, 城乡学校共同体达到现有24个 — the rate at its end drew 达到)
    head, comma, rest = value.partition("，")
    marked = marked_said(label, head) if comma and rest else ""
    if marked:
        return f"{marked}，{rest}"
    return marked_said(label, value) or figure_verbed(label, value, _review_figure(label, value))


# a reached value with its year and verb (今年已达到96.2%, 今年达到92.8%): the review says the verb
# itself (round bm's 10, G: 参与率达到今年已达到96.2%)
_YEAR_REACHED = re.compile(r"^(?:今年|年内|全年)?(?:已经|已)?(?:达到|达)(?=\d)")


def _review_figure(label: str, value: str) -> str:
    """A review figure said as a clerk writes it: 达到 before a rate (覆盖率达到92%); a count
    with the verb its noun takes (配备校车186辆, 培训校车驾驶员372人次, 建成乡村教师周转宿舍
    1260套, 全年发放学生资助资金3240万元, 区级以上骨干教师达到812名); a label that opens with
    its own verb (新招聘教师156名) as it is. The label's words are all kept. A bare count
    takes the unit its label is counted in (新招聘教师: 46 → 新招聘教师46名; round y's
    全旗新招聘教师46。 lost it)."""
    value = _counted(label, _now_dropped(_YEAR_REACHED.sub("", value)))
    label = _without_measure(label, value)
    reworded = (
        column_said(label, value)  # 累计通过县数88个 read as a table's column (round al's R)
        or _framed_count(label, value)
        or _figure_reworded(label, value)
        or data_item_said(label, value)
    )
    if reworded:
        return reworded
    joiner = review_joiner(label, value)
    given = _allowance_said(label, value) or _honour_said(label, value)
    if given:
        return given
    if joiner or not _is_count(value):
        return f"{label}{joiner}{value}"
    when = _FIGURE_WHEN_WHERE.match(label)
    head, rest = (when.group(), label[when.end() :]) if when else ("", label)
    opens = MEASURE_VERB.match(rest)
    sum_said = _sum_figure(head, rest, value)
    if sum_said:
        return sum_said
    already = opens or _FIGURE_ALREADY_VERB.match(rest)
    if already and _MODIFIED_FUND.fullmatch(rest) and not _FUND_VERB.match(rest):
        # 维修改造资金3860万元 had no verb (round af's G): the verb is the fund's name
        return f"{head}投入{rest}{in_wan(value)}"
    if not rest or _FIGURE_ALREADY_VERB.match(rest) or opens:
        return f"{label}{value}"
    if _PROGRAMMES_ONLY.fullmatch(rest) and value.endswith("人次"):
        # 全省“国培”“省培”46万人次 had no verb (round ae's G): the programmes' training
        return f"{head}开展{rest}培训{value}"
    trained = _training(head, rest, value)
    if trained:
        return trained
    if _SUM_LABEL.search(rest):  # 全省一般公共预算教育支出2316亿元。 read as a fragment (R)
        return f"{label}达到{in_wan(value)}"
    return _count_said(label, head, rest, value)


# A review says where the work stands now; the clerk's mark of the present before a rate
# (figures.NOW_VALUE: 现有, 目前, 已达…) is the state his table column meant (round an's G:
# 高等教育毛入学率达到现有64.5%; 达到已达64.5% the same). A count keeps it: with 现有 gone, a
# label ending in its own verb is turned round (平安校园创建达标96所 → 达标平安校园创建96所),
# which reads worse than the clerk's words.
def _now_dropped(value: str) -> str:
    value = value.strip()
    # the rate may come with its change, as a statistics sheet gives it (现有86.5%，同比提高
    # 3.2个百分点: round ao's G in five drafts): the mark goes, the change stays
    rate, comma, change = value.partition("，")
    found = NOW_VALUE.match(rate)
    if found and found["number"].endswith("%") and (not comma or _CHANGE.match(change)):
        return found["number"] + comma + change
    return value


# what a statistics sheet says after a rate: its change against a year or the last one
_CHANGE = re.compile(r"(?:同比|比上年|较上年|较\d{4}年|比\d{4}年|较去年|比去年)")


def _count_said(label: str, head: str, rest: str, value: str) -> str:
    """A count with the verb its noun takes (配备校车186辆), a number held with 达到 (寄宿学生
    达到2180名, 村幼教点达到512个), a rotation's teachers named (…交流轮岗教师236名)."""
    verb = _count_verb(rest)
    if rest.endswith(("交流轮岗", "轮岗交流")) and _PEOPLE_COUNTED.search(value):
        # 县管校聘交流轮岗236名 had no one who moved (round ad's R): the teachers it moved
        return f"{head}{rest}教师{value}"
    held = _HELD.search(rest) and _verb_at(re.sub(r"“[^”]*”", "", rest)) < 0
    # 四是寄宿学生2180名 read as a note (round j's R)
    if not verb and (_HEADCOUNT.search(rest) or held):
        return f"{label}达到{in_wan(value)}"
    if not verb and rest.endswith("资金"):  # 二是全面改薄资金6.2亿元 (round j's R)
        verb = "投入"
    return f"{head}{verb}{rest}{in_wan(value)}"


def _counted(label: str, value: str) -> str:
    """A bare number with the unit its label is counted in (_COUNTED_BY), if one fits."""
    if not _BARE_NUMBER.match(value) or is_rate(label, value):
        return value
    said = _without_count_word(label, value)
    unit = next((unit for pattern, unit in _COUNTED_BY if pattern.search(said)), "")
    return value + unit


def _honour_said(label: str, value: str) -> str:
    """1.2万人获得省级乡村教师荣誉; "" for a figure that is no honour held by people."""
    if _HONOUR.search(label) and _PEOPLE_COUNTED.search(value) and not MEASURE_VERB.match(label):
        return f"{value}获得{label}"
    return ""


def _allowance_said(label: str, value: str) -> str:
    """An allowance paid by the head: 乡村教师生活补助人均每月500元 had no verb (round i's R);
    a rate for each one is the standard it is paid at (round v's G: 发放乡村教师生活补助每人每月
    400至1000元 said a rate as a sum sent). "" for any other figure."""
    if not (_PER_HEAD.match(value) and _ALLOWANCE.search(label)) or MEASURE_VERB.match(label):
        return ""
    if _A_RATE_PER_HEAD.match(value):
        return f"按{value}的标准发放{label}"
    per_period = _PER_HEAD_PERIOD.match(value)
    if per_period:  # 乡村教师生活补助人均每月达到780元 (发放…人均每月780元: round z's G)
        return f"{label}{per_period.group()}达到{value[per_period.end() :]}"
    return f"发放{label}{value}"


# An average for a period (人均每月780元): a level reached, not a sum sent.
_PER_HEAD_PERIOD = re.compile(r"^(?:人均|生均)(?:每月|每年|每学期|月|年)")


def _sum_figure(head: str, rest: str, value: str) -> str:
    """A sum whose label holds the verb that moves it (秋季学期发放资助资金1.12亿元, 全面改薄
    投入资金达到1.37亿元) or names what it pays for (投入维修资金38万元); "" for others."""
    if _GIFT_MONEY.fullmatch(rest):  # 慰问金3.6万元 had no verb (round ag's G): 慰问 is its name
        return f"{head}发放{rest}{in_wan(value)}"
    if _SUM_WORD.search(rest) and _MONEY_VERB_INSIDE.search(rest):
        verb_first = _FIGURE_ALREADY_VERB.match(rest) or _MONEY_VERB_INSIDE.match(rest)
        return f"{head}{rest}{'' if verb_first else '达到'}{in_wan(value)}"
    if _PURPOSE_SUM.match(rest):
        verb = "发放" if rest.startswith(("资助", "补助")) else "投入"
        return f"{head}{verb}{rest}{in_wan(value)}"
    opens = MEASURE_VERB.match(rest)
    if rest.endswith("资金") and opens and opens.group() == "全面" and "资助" not in rest:
        return f"{head}投入{rest}{in_wan(value)}"  # 全面改薄资金: a project's name, not 全面…
    return ""


def _count_verb(rest: str) -> str:
    """The verb a counted noun takes (配备校车, 建成宿舍), or "" where the label already says
    it (普通高中新增学位: 新增普通高中新增学位 was round p's G)."""
    verb = next((verb for pattern, verb in _FIGURE_VERBS if pattern.search(rest)), "")
    # a label that says its own deed after its place (中心小学新建食堂, 镇中学改造运动场):
    # 建成中心小学新建食堂 said two deeds (round ag's G, R)
    if verb and _OWN_DEED.search(rest):
        return ""
    return "" if verb in rest else verb


_GIFT_MONEY = re.compile(r"(?:教师节)?(?:慰问金|慰问资金|奖励金|奖教金|奖学金|助学金|救助金)")
_OWN_DEED = re.compile(r"(?:新建|改建|扩建|改扩建|改造|维修|修缮|建成|加固|配备|配齐|更换)")


def _training(head: str, rest: str, value: str) -> str:
    """培训校车驾驶员430人次 (people trained); 开展职业技能社会培训18.6万人次 (training
    that is not of people: 培训职业技能社会 was round l's G); "" for no training."""
    trained = _TRAINING_TAIL.match(rest)
    if not trained:
        return ""
    if not _TRAINED_PEOPLE.search(trained["who"]) or trained["who"].endswith("全员"):
        return f"{head}开展{rest}{value}"
    return f"{head}培训{trained['who']}{value}"


_SUM_WORD = re.compile(r"(?:资金|经费|补助|津贴)$")
_TRAINED_PEOPLE = re.compile(
    r"(?:教师|校长|班主任|驾驶员|员|干部|家长|学生|人员|师|工|人|骨干|带头人|书记)$"
)
# A count of people in a top group (中考全市前100名: 23人): 有23人进入中考全市前100名; the
# label said before its count read as a rank (round l's G).
_TOP_GROUP = re.compile(r"前[\d一二三四五六七八九十百千]+名$")
_HEADS = re.compile(r"^\d[\d,]*(?:人|名)$")
# A label that ends in its verb (县中标准化建设完成: 64所): the verb first.
_DONE_LAST = re.compile(r"^(?P<what>.{2,}?)(?P<verb>完成|建成|达标|投用|改造|改扩建)$")
# A sum a treasury spent on something (镇财政慰问教师资金): its verb after the treasury.
_FUNDER_FIRST = re.compile(r"^(?P<who>[^，]{0,4}财政)(?P<what>[^，]{2,}(?:资金|经费|补助))$")
# A count of something bad that is zero (失学辍学: 0人) is said as a state reached.
_ZERO = re.compile(r"^0(?:人|名|起|例|所|个|次|人次)?$")
_DROPOUT = re.compile(r"失学|辍学")
# A share of a count noun (课后服务覆盖学校: 100%): 比例 makes it a rate.
_COUNT_NOUN_END = re.compile(r"(?:学校|学生|教师|幼儿|班级|家庭|园|校|家长)$")


def _figure_reworded(label: str, value: str) -> str:
    """The figures whose label and value do not run together as a clerk wrote them: a top
    group's headcount (有23人进入中考全市前100名), a label ending in its verb (完成县中标准化
    建设64所), a treasury's sum (镇财政安排慰问教师资金8.6万元), a dropout count of zero
    (实现…失学辍学动态清零; …为零), a share of a count noun (课后服务覆盖学校比例达到100%).
    Every word of the label is kept; "" where none of these applies."""
    if _TOP_GROUP.search(label) and _HEADS.match(value):
        return f"有{value}进入{label}"
    if _ZERO.match(value):
        return f"实现{label}动态清零" if _DROPOUT.search(label) else f"{label}为零"
    if _STOCK.search(label) and _is_count(value) and not _FIGURE_ALREADY_VERB.match(label):
        return f"{label}达到{in_wan(value)}"  # 省级名师工作室达到9个, never 有… (round q)
    done = _DONE_LAST.match(label)
    if done and _is_count(value) and not _FIGURE_ALREADY_VERB.match(label):
        return f"{done['verb']}{done['what']}{value}"
    funder = _FUNDER_FIRST.match(label)
    if funder and _is_count(value):
        # 市财政安排教师节慰问资金: its own verb, said once (安排安排 was round aa's G)
        verb = "" if _MONEY_VERB_INSIDE.match(funder["what"]) else "安排"
        return f"{funder['who']}{verb}{funder['what']}{in_wan(value)}"
    done_all = _all_done(label, value)
    if done_all:
        return done_all
    if _INVESTMENT.search(label) and _is_count(value) and "完成" not in label:
        return f"完成{label}{in_wan(value)}"  # 改造投资2650万元 (round p's G)
    if value.endswith("%") and _SHARE_WITHOUT_NOUN.search(label) and not VERB_LED.match(value):
        return f"{label}比例达到{value}"  # 教师普通话二级乙等以上达到97.3% (round p's G)
    if value.endswith("%") and _COUNT_NOUN_END.search(label) and not VERB_LED.match(value):
        return f"{label}比例达到{value}"
    return ""


# Counts whose name is no noun a count can follow (round ak's G, R): an honour's quoted name
# (“青梅好老师”30名: no verb), a grade the things reached (学校食堂量化分级A级68所), a report
# table's row (通过…认定的县96个). Each is said with the predicate the name implies.
_HONOUR_NAME = re.compile(r"^(?P<head>[^“”]{0,8}?)“(?P<name>[^”]{2,16})”$")
_GRADE_END = re.compile(
    r"^(?P<what>[^，；\d]{2,}?)(?P<grade>[A-Z一二三四五甲乙丙]级|优秀等次|优秀等级)$"
)
_ROW_OF = re.compile(
    r"^(?P<what>[^，；\d]{4,}?)的(?P<noun>县（市、区）|县（市）|县市区|县区|县|市|区|旗|学校|幼儿园|乡镇|单位)$"
)


def _framed_count(label: str, value: str) -> str:
    """An honour, a grade or a table row's count with the predicate its name implies; "" for
    any other figure."""
    if not _is_count(value):
        return ""
    honour = _HONOUR_NAME.match(label)
    if honour and _PEOPLE_COUNTED.search(value):
        return f"{honour['head']}评选表彰“{honour['name']}”{value}"
    if honour:
        return f"{label}达到{value}"
    grade = _GRADE_END.match(label)
    if grade and re.search(r"(?:学校|食堂|幼儿园|园|校|单位|宿舍)", grade["what"]):
        when = _FIGURE_WHEN_WHERE.match(grade["what"])
        head = when.group() if when else ""
        what = grade["what"][len(head) :]
        reached = "达到" if not what.endswith(("达到", "为", "评为")) else ""
        return f"{head}{value}{what}{reached}{grade['grade']}"
    row = _ROW_OF.match(label)
    if row:
        return f"有{value}{row['noun']}{row['what']}"
    return ""


def _all_done(label: str, value: str) -> str:
    """56人以上大班额全部消除, 一键式紧急报警装置全部安装到位 (消除…达到100%, 安装达到100%:
    round aa's G), 国培省培培训教师3200人次 (no verb); "" for other figures."""
    whole = _ALL_DONE.match(label)
    if whole and _FULL.match(value):
        what = whole["what"] or whole["after"]
        verb = whole["verb"] or whole["verb2"]
        return f"{what}全部{verb}{'' if verb == '消除' else '到位'}"
    if _PROGRAMMES.search(label) and value.endswith("人次") and _is_count(value):
        return f"{label}培训教师{value}"  # 国培省培3200人次 had no verb (round aa's G)
    return ""


_SHARE_WITHOUT_NOUN = re.compile(r"(?:以上|以下|及以上|达标|合格)$")
_ALL_DONE = re.compile(
    r"^(?:(?P<verb>消除)(?P<after>[^，；\d]*\d*[^，；]{2,}))$"
    r"|^(?P<what>[^，；]{2,}?)(?P<verb2>安装|配备|接入|配齐)$"
)
_FULL = re.compile(r"^100(?:\.0+)?%$")
_PROGRAMMES = re.compile(r"(?:国培|省培|区培|市培|国培计划|省培计划|区培计划|市培计划)$")
# A project's investment done (改造投资2650万元 read as a line of a table, round p's G).
_INVESTMENT = re.compile(r"(?<!总)投资$")
_HEADCOUNT = re.compile(r"(?:学生|幼儿|儿童|人数|生数|寄宿生|住宿生|在校生|在读生)$")
# round ad's R: places and people counted with no verb of their own (…，村幼教点512个。, 省级
# “银龄讲学”教师85名。) hung bare after a claim: a number held, said with 达到 (not a deed's
# count: 交流轮岗教师312名 moved them)
_HELD = re.compile(r"(?:教学点|幼教点|教学站|[^中小]学校|幼儿园|教师|老师|合作企业)$")
# a fund named by what it pays for (维修改造资金, 改薄资金): no verb of its own; one that
# opens with what is done with money (争取/下达…资金) has its verb
_MODIFIED_FUND = re.compile(r"[\u4e00-\u9fff]{2,12}(?:资金|经费)")
_FUND_VERB = re.compile(r"争取|筹措|筹集|下达|拨付|落实|安排|发放|投入|统筹|使用|兑现|整合")
# programmes named in quotes and nothing else (“国培”“省培”)
_PROGRAMMES_ONLY = re.compile(r"(?:“[^”]{1,12}”[、和]?)+")


_PER_HEAD = re.compile(r"^(?:人均|每人|生均)")
# A rate for each one (每人每月400至1000元, 每生每年1000元): the standard money is paid at
_A_RATE_PER_HEAD = re.compile(r"^每(?:人|生|名)")
_ALLOWANCE = re.compile(r"(?:补助|津贴|补贴|奖励|资助)$")


# A sum spent or raised (教育支出, 教育投入, 经费总额): its figure is 达到, like a rate.
_SUM_LABEL = re.compile(r"(?:支出|投入|经费|总额|总量|规模|总投资)$")


_COUNT = re.compile(r"^(?:约|近|逾|共|超过)?\d[\d,]*(?:\.\d+)?(?:万|亿)?(?:余|多)?[^\d%]{1,4}$")


def _is_count(value: str) -> bool:
    """1260套, 3240万元, 约400项: a number and its unit (not a rate, a rank or a change)."""
    return bool(_COUNT.match(value)) and not VERB_LED.match(value)


# A target no office sets: a quota of hazards to find (年内排查整改校园安全隐患数) says how
# many problems there should be, in any month (readers' F); when the profile gives none,
# the bank's clause reads without it and the clerk is not asked for one.
_NOT_ASKED = re.compile(r"隐患(?:数|数量|项数)$")


def not_asked(label: str) -> bool:
    return bool(_NOT_ASKED.search(label))


# 年内 before such a quota is the quota's time: with no quota it is a time limit nobody set
# (round ac's A: 年内要排查整改校园安全隐患，逐项落实… with the count left out)
_TIMED_FACT = re.compile(r"年内(?=[^，。；！？]*\{\{ *fact\(\"(\w+)\"\) *\}\})")


def without_unasked_time(source: str, unasked: frozenset[str]) -> str:
    """A wording's 年内 before a fact of ``unasked`` (left out, not asked for) taken away."""
    if not unasked or "年内" not in source:
        return source
    return _TIMED_FACT.sub(lambda m: "" if m.group(1) in unasked else m.group(), source)


def names_its_subject(text: str) -> bool:
    """Whether a review point or figure, said first, already says what it is about
    (学前一年免费教育全面落实, 一般公共预算教育支出达到312.6亿元, 高考二本以上上线1208人): a
    lead naming its area before it (围绕教育经费，…) only says the area twice (round i's G).
    One that opens with a verb, an adverb or a time (配备标准化校车168辆, 排查整改…) does not."""
    if _PLACE_FIRST.match(text):
        return True  # 全省所有县（市、区）通过…, 全镇学校师生零感染
    text = _DATE_OPENS.sub("", text)  # 11月顺利通过…: what follows the date says who
    return not (
        _HOW_IT_WENT.match(text)
        or MEASURE_VERB.match(text)
        or _FIGURE_ALREADY_VERB.match(text)
        or _adverb_then_verb(text)
        or _TIME_FIRST.match(text)
        or _FIGURE_WHEN_WHERE.match(text)
        or text.startswith(("一年来", "过去一年", "去年"))
    )


_DATE_OPENS = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月(?:份)?)?(?:\d{1,2}日)?")
_HOW_IT_WENT = re.compile(r"^(?:顺利|成功|首次|率先|圆满|先后|相继|如期|按期|高标准)")
_PLACE_FIRST = re.compile(r"^全[省市区县旗州盟镇乡](?!面|部|年|员|体|程|力|方位)")


# What a preceding item opens with before its object: 会议审议通过了, 县政府与各乡镇签订了.
_DONE_LEAD = re.compile(r"^(?P<lead>[^，；《》“”]{2,24}?了)(?P<what>[^，；]+)$")


def one_lead_each(items: Iterable[str]) -> tuple[str, ...]:
    """The items said before the speech with one lead for a run that shares it (round i's R:
    会议审议通过了《…》；会议审议通过了《…》): 会议审议通过了《…》和《…》. Each object is kept
    whole, in order."""
    merged: list[tuple[str, list[str]]] = []
    for item in items:
        done = _DONE_LEAD.match(item)
        lead, what = (done["lead"], done["what"]) if done else ("", item)
        if lead and merged and merged[-1][0] == lead:
            merged[-1][1].append(what)
        else:
            merged.append((lead, [what]))
    return tuple(lead + _listed(whats) for lead, whats in merged)


def _listed(things: list[str]) -> str:
    """《甲》, 《甲》和《乙》, 《甲》、《乙》和《丙》."""
    if len(things) == 1:
        return things[0]
    return "、".join(things[:-1]) + "和" + things[-1]


# Where a bank wording puts a fact the profile does not give (it is then a 【待补】 mark, or
# nothing for a fact not asked): the mark must stand where the value goes, after the verb
# that takes it (今年要完成教师全员培训【待补】, 全年安排学生资助资金【待补】). Round s's
# readers struck the wordings that leave an empty shell round it: a clause with no verb
# before the mark (教师全员培训【待补】，是今年必须完成的任务), the mark used as an attribute
# (今年的【待补】学生资助资金, 巩固【待补】的高中阶段毛入学率), and a 完成 left with no count
# when the fact is not asked (今年要完成排查整改校园安全隐患，…).
_FACT_SLOT = re.compile(r"\{\{ *fact\([\"'](?P<key>[a-z_0-9]+)[\"']\) *\}\}")
_TAKES_A_VALUE = re.compile(
    r"要|达到|完成|安排|组织|新增|投入|发放|落实|招聘|补充|提高|降低|控制在|保持在|巩固在|稳定在|"
    r"建成|新建|创建|开展|实现|用好|确保|力争|推动|目标是|拨付|下达|争取|录用|消除|改造|覆盖|"
    r"配备|配齐|开设|组建|认定|表彰|累计|培训(?=教师|校长|干部|班主任)|(?:为|是|到|共|设)$"
)
_AS_ATTRIBUTE = re.compile(r"^的(?!基础上|同时|前提下)|^(?!以上|以下|以内|左右|的)[\u4e00-\u9fff]")
_WANTS_A_COUNT = re.compile(r"完成")


def leaves_a_shell(source: str, missing: frozenset[str], not_asked_keys: frozenset[str]) -> bool:
    """Whether the wording, said without the facts in ``missing``, leaves a sentence round
    an empty slot (see above). A wording without those facts leaves none."""
    for slot in _FACT_SLOT.finditer(source):
        key = slot["key"]
        if key not in missing:
            continue
        before = _FACT_SLOT.sub("", re.split(r"[，。；：]", source[: slot.start()])[-1])
        if key in not_asked_keys:
            if _WANTS_A_COUNT.search(before):
                return True
            continue
        after = source[slot.end() :]
        if not _TAKES_A_VALUE.search(before) or (
            _AS_ATTRIBUTE.match(after) and not after.startswith(_MEASURED_NOUNS)
        ):
            return True
    return False


# Nouns a count is said before, as its measure (覆盖【待补：…（所）】学校 reads as a count).
_MEASURED_NOUNS = ("学校", "考点", "所", "个", "人", "名")
