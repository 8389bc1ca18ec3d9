"""Arrangements a draft states as decided: a detector for issue 11's class A beyond numbers.

Numbers, deadlines, frequencies and quotas are found by specifics.py. A draft also states
as decided things that are words: a new instrument or body, a division of labour, a pledge
by the speaker's side, a named event, a ranking or judgement about the place, a state of
projects the profile does not give. Readers of rounds t–x marked each kind as invented
(建立集团发展性评价办法, 局班子成员要分片包校, 我们将在教师调配和经费使用上向集团放权,
规划排定的项目今年要见到进度, 今年的财力有限, 城乡差距是…最突出的短板).

Two layers, both plain patterns over a sentence:

- ``CANDIDATES``: where a wording speaks of such a thing at all (要建立…机制, 我们将…,
  召开…会). Most of these are the genre's general calls: 要建立问题台账 is a direction,
  not a decision, and a clerk keeps it.
- ``DECIDED``: the candidates that state a thing as settled for this place: the speaker's
  side pledging a new instrument (我们将建立…, 我们将把…纳入…考核), issuing a document
  (出台/印发…方案), a rule of its own with a name (…办法, “…”制度, 三张清单), handing powers
  down (向…放权), a division of labour (分片, 包校, 挂点, 联系点), a named event (召开…推进会,
  “…”活动月), a ranking or a verdict on the place (最突出, 财力有限, 历史欠账), a state of
  projects (规划排定的项目, 在建项目).

A wording of the bank that says a decided thing is said only where the profile names the
thing: ``templates/norms/named.yaml`` holds an entry whose forms cover it and whose
``named_by`` words license it (phrasebank.licensed, the same machinery as named schemes).
``tests/test_arrangements.py`` checks that every decided phrase of the bank is covered so,
and that no rendered draft says one the profile does not name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from speechdraft.named import NamedSpecific

_CLAUSE = r"[^，。；：！？]"

# (class, pattern): where a sentence speaks of an arrangement at all
_INSTRUMENT = (
    r"(?:办法|制度|机制|方案|清单|基金|专班|工作室|细则|规程|台账|名录|标准|计划|工程|行动"
    r"|联盟|共同体|中心|平台|专项资金)"
)
CANDIDATES: tuple[tuple[str, str], ...] = (
    (
        "instrument",
        rf"(?:建立|出台|制定|印发|设立|组建|成立|推行|实行|设置){_CLAUSE}{{0,16}}?{_INSTRUMENT}",
    ),
    (
        "division",
        r"分片|片包干|包校|包联|包片|挂点|包保|联系点|分工联系|蹲点|分包|劝返由|劝返靠|安置由|安置靠",
    ),
    ("pledge", rf"(?:我们|局里|局党组|局党委)将|向{_CLAUSE}{{1,10}}放权|下放{_CLAUSE}{{0,6}}权"),
    (
        "event",
        rf"召开{_CLAUSE}{{0,12}}(?:推进会|现场会|观摩会|表彰会|表彰大会|座谈会|培训会|调度会)"
        rf"|开展{_CLAUSE}{{0,10}}(?:月|周|行动)(?:活动)?(?=[，。；、]|$)|举办{_CLAUSE}{{0,12}}"
        rf"(?:节|大赛|论坛|展演|运动会)",
    ),
    (
        "judgement",
        r"最突出|最薄弱|最紧迫|两个方面|财力有限|财力紧张|底子薄|欠账|基础薄弱|压力|困难矛盾|经过认真研究",
    ),
    ("tie", r"纳入[^，。；]{0,14}(?:考核|考评|督导|督查|评价)|重要依据|重要内容|挂钩"),
    (
        "routine",
        r"定期|如实通报|年度工作要点|按期交账|回访|逐家|公开|测评|试讲|动态管理|牵头|回头看",
    ),
    ("allocation", r"主要用于|优先用于"),
    ("equipment", r"报警器|报警装置|烟感|监控探头|摄像头"),
    ("rule", r"一律|都要算进去|计算在内|一并算入"),
    ("mechanism", r"办结|销号"),
    (
        "state",
        r"规划排定|排定的|在建项目|续建项目|已开工|已立项|列入规划的|规划[中内]的|规划确定的|假期实施的",
    ),
)

# (class, pattern): the candidates that state the thing as settled for this place
# a working list for problems (建立清单、对账销号) or a plan for the task in hand (逐校制定
# 工作方案) is how a task is done, not a new arrangement: 制定 decides only an 办法 or 细则
_DECIDE = r"(?:实行|建立|出台|设立|推行|成立|组建|启动|印发|设置|单列)"
_BASIS = r"的?(?:重要|主要)?(?:依据|参考(?:内容)?)"
_RESULTS_DECIDE = (
    rf"结果{_CLAUSE}{{0,4}}作为(?:重要|主要)?(?:依据|参考)(?=[，。；]|$)"
    rf"|(?<!把评议)(?:结果|情况)[^。；]{{0,20}}?作为评价{_CLAUSE}{{1,12}}?{_BASIS}"
    rf"|作为{_CLAUSE}{{0,12}}(?:奖补|扶持奖励|年检){_CLAUSE}{{0,4}}?{_BASIS}"
    rf"|(?:与|和){_CLAUSE}{{0,24}}(?:评优评先|绩效考核|绩效分配|干部任用|招生计划){_CLAUSE}{{0,8}}挂钩"
    rf"|(?:考核|评价){_CLAUSE}{{0,8}}，{_CLAUSE}{{0,4}}要?用好{_CLAUSE}{{0,24}}结果"
    # the same ties in other words (a seed says the other): 和考核奖惩挂起钩来, 评优评先、绩效
    # 考核、干部任用，都要用上督导结果, 年检结果用于扶持奖励, 扶持奖励以年检结果说话, 以年检结果
    # 定招生计划, 核定招生计划时要用起来
    rf"|(?<!预算安排)挂起钩|(?<!预算安排)挂上钩|(?:评优评先|评先评优|干部任用)[^。；]{{0,12}}都要用上"
    rf"|(?:用于|用到){_CLAUSE}{{0,8}}(?:奖补|扶持奖励|认定)"
    rf"|(?:扶持奖励|招生计划){_CLAUSE}{{0,2}}以{_CLAUSE}{{0,6}}结果|以{_CLAUSE}{{0,6}}结果(?:定|为依据){_CLAUSE}{{0,2}}(?:招生|扶持)"
    rf"|(?:核定|安排)招生计划{_CLAUSE}{{0,2}}要用起来"
)

_PARTNER_PLAN = (
    rf"(?:配合|会同|对接)(?!有关|上级)[^，。；]{{1,12}}部门[^。；]{{0,4}}?[，、]?[^。；]{{0,8}}?"
    rf"(?:把更多|争取更多(?!{_CLAUSE}{{0,6}}支持)|推动更多|更多地)"
)
_LEADERS_ROUND = (
    rf"班子成员{_CLAUSE}{{0,12}}(?:要|将){_CLAUSE}{{0,10}}(?:深入学校|到一线|下到学校|分赴)"
)
_COUNTED = r"[两二三四五六七八九十]"
DECIDED: tuple[tuple[str, str], ...] = (
    # the speaker's side pledges a new instrument or an assessment (我们将建立…)
    ("pledge", rf"(?:我们|局里|局党组|局党委)将[^。；！？：]{{0,20}}?{_DECIDE}"),
    # (a rule's 督导结果作为考核的依据 is the law's, not a pledge: a part 内容 of an assessment is)
    (
        "pledge",
        rf"(?:我们|局里|局党组|局党委)将[^。；！？：]{{0,24}}?(?:纳入{_CLAUSE}{{0,14}}考核"
        rf"|作为{_CLAUSE}{{0,10}}考核的{_CLAUSE}{{0,4}}内容)",
    ),
    # powers handed down (向集团放权)
    ("pledge", rf"向{_CLAUSE}{{1,10}}放权|下放{_CLAUSE}{{0,6}}权|给{_CLAUSE}{{0,6}}更大的自主权"),
    # a new body (组建讲师团, 成立工作专班)
    (
        "instrument",
        rf"(?:组建|成立|设立|组织){_CLAUSE}{{0,12}}(?:讲师团|宣讲团|专班|联盟|基金|工作室)",
    ),
    # a document issued, a rule of its own with a name or a count
    ("instrument", rf"(?:出台|印发){_CLAUSE}{{0,14}}?(?:办法|细则|方案|意见|标准|规定)"),
    # (制定…办法 alone is often ways and means: 对临界学生制定帮扶办法)
    ("instrument", rf"(?:建立|研究制定){_CLAUSE}{{2,14}}?(?:办法|细则)"),
    (
        "instrument",
        rf"(?:建立|实行|推行|实施|形成){_CLAUSE}{{0,8}}“[^”]{{2,10}}”(?:制度|机制|模式)",
    ),
    ("instrument", rf"{_COUNTED}张清单|{_COUNTED}书闭环"),
    # a platform of its own (round z's A: 把校企对接平台建起来), not a chance to grow (搭建成长平台)
    ("instrument", rf"对接平台|(?:搭建|建起|搭起){_CLAUSE}{{0,8}}(?:服务|信息|对接|合作)平台"),
    # a division of labour or a personal assignment
    ("division", r"分片|片包干|包校|包联|包片|挂点|联系点|分工联系"),
    # a named event or occasion
    (
        "event",
        rf"召开{_CLAUSE}{{0,10}}(?:推进会|现场会|观摩会|表彰会|表彰大会|经验交流会)"
        rf"|“[^”]{{2,12}}”(?:活动月|宣传月|宣传周|活动周|月|周|行动)"
        rf"|活动月|宣传月|宣传周|活动周|举办{_CLAUSE}{{0,10}}(?:艺术节|大赛|论坛|展演|运动会)",
    ),
    # a ranking or a verdict on the place
    (
        "judgement",
        rf"是{_CLAUSE}{{0,14}}最(?:突出|紧迫)|最(?:突出|紧迫)的{_CLAUSE}{{0,6}}是"
        rf"|财力有限|财力紧张|底子薄|历史欠账|欠账(?:较多|不少|多)"
        rf"|是{_CLAUSE}{{0,12}}最{_CLAUSE}{{0,4}}的(?:两|三)个方面|压力{_CLAUSE}{{0,2}}(?:都)?(?:不小|很大|较大)"
        rf"|困难矛盾较多|经过(?:认真|反复|深入)(?:研究|论证|酝酿)",
    ),
    # an assessment, a supervision or an evaluation tied to a piece of work (round y's A:
    # 纳入学校工作考核, 纳入督导, 作为对学校工作评价的重要内容, 与评先评优挂钩)
    (
        "tie",
        rf"纳入{_CLAUSE}{{0,14}}(?:考核|考评|督导|督查|评价)"
        rf"|作为{_CLAUSE}{{0,16}}(?:考核|考评|核定|奖惩|评先评优){_CLAUSE}{{0,8}}的(?:重要)?(?:内容|依据)"
        rf"|作为{_CLAUSE}{{1,16}}评价{_CLAUSE}{{0,8}}的(?:重要)?(?:内容|依据)"
        rf"|与{_CLAUSE}{{0,12}}(?:考核|考评|评先评优|评优|职称|奖惩){_CLAUSE}{{0,4}}挂钩"
        rf"|(?:算进|进入|用到|运用到|列入|计入){_CLAUSE}{{0,10}}考核|考核中(?:要)?体现|都要看考核结果"
        rf"|考核(?:中)?要把{_CLAUSE}{{0,20}}作为(?:重要)?(?:内容|依据)",
    ),
    # round aj's A (claim21): results made to decide a judgement, money or a status where
    # the consequence stands in a clause of its own (考核各学校，我们将把今年5次教育专项
    # 督导的结果作为重要依据; 评价学校和校长，…把行风评议结果作为重要依据; 考核各学校，要用好
    # …督导的结果), a judgement of people or schools (作为评价学校体育工作的重要依据, 作为评价
    # 干部、管理绩效的依据), aid or a status (年检结果作为扶持奖励的重要依据, 作为普惠园认定
    # 和奖补的重要依据) and a tie of several (督导结果要与评优评先、绩效考核、干部任用挂钩);
    # the law's tie of performance to the budget (绩效评价结果作为安排学校经费的重要依据, 与
    # 下一年度预算安排挂钩), 述职评议's and a way of working (作为改进教学的依据, 作为检验工作
    # 的重要依据) decide nothing
    ("tie", _RESULTS_DECIDE),
    # round aj's A (claim21): a named partner and a plan to widen something with it (我们将配合
    # 涉农部门，把更多农业园区纳入学生劳动实践场所; 会同宣传、文化等部门，推动纪念场馆…更多地
    # 向学生开放); 会同有关部门 names no partner
    ("pledge", _PARTNER_PLAN),
    # round ah's and aj's A: the office's leaders sent round the schools (省教育厅班子成员要在
    # 开学前后深入学校，到一线督促检查)
    ("division", _LEADERS_ROUND),
    # round aj's A: a disclosure rule nobody set for a fund (每一项惠师补助发给了谁、发了多少，
    # 都要公开; 各学校安全经费怎么用、用在哪里，要在校内公开)
    (
        "routine",
        r"(?:惠师(?:资金|补助)|安全经费)[^。；]{0,20}(?:公开|公示)"
        r"|公开[^。；]{0,4}(?:惠师(?:资金|补助)|安全经费)",
    ),
    # a routine or a procedure of its own (定期盘点、如实通报, 写进年度工作要点、按期交账, 逐人回访,
    # 抽样测评, 试讲, 动态管理 of model schools), a division (由…牵头…分头负责, 牵头抓总) or an
    # allocation (新增学位主要用于…)
    (
        "routine",
        rf"定期盘点|如实通报|定期复核|定期通报|定期公布|(?:列入|写进|写入|纳入){_CLAUSE}{{0,4}}年度工作要点"
        rf"|按期交账|逐人回访|逐家跟踪|人人有{_CLAUSE}{{0,4}}(?:提升|发展|培训)计划|逐人制定{_CLAUSE}{{0,6}}计划|(?<!招生)(?:结果|情况){_CLAUSE}{{0,6}}向(?:社会|教师)公开|抽样测评|试讲"
        rf"|示范{_CLAUSE}{{0,8}}动态管理|不是终身制|将对[^。]{{0,30}}进行督查"
        # a follow-up round nobody set (round z's A: 整改情况还要“回头看”)
        rf"|“回头看”|(?:实行|还要|开展|搞好){_CLAUSE}{{0,4}}回头看",
    ),
    (
        "division",
        rf"由{_CLAUSE}{{0,12}}牵头[^。]{{0,24}}分头负责|牵头抓总|由{_CLAUSE}{{0,12}}牵头抓好"
        rf"|牵头制定{_CLAUSE}{{0,8}}路线图"
        # who does 劝返 and who 安置 (round z's and aa's A)
        rf"|劝返(?:由|靠){_CLAUSE}{{0,10}}|安置(?:由|靠){_CLAUSE}{{0,8}}(?:教育局|教育厅|学校)",
    ),
    ("allocation", r"新增学位主要用于|新进人员主要用于|新补充的?教师主要用于"),
    # round ab's A: a rule stated as in force for every item, room, pupil or teacher (进入学校
    # 的各类事项要实行清单管理、未列入清单的一律不进; 每个学生都要有家访记录; 培训要覆盖全体
    # 教师; 凡是燃煤取暖的房间，报警器都要装上), a division it presumes (常到联系的学校走一走:
    # a 包联 system) and a media arrangement (新闻媒体要开设教育专栏、推出专题报道)
    (
        "routine",
        rf"实行{_CLAUSE}{{0,4}}清单管理|(?:未列入|不在)清单的?{_CLAUSE}{{0,4}}一律"
        rf"|清单(?:之外|以外)的?[^。；]{{0,14}}(?:一律|不得|不能)|进校园{_CLAUSE}{{0,6}}一律"
        rf"|(?:每个|每名|每位|每一个?)(?:学生|孩子|家庭|教师)都要有[^，。；]{{0,6}}记录|一生一记录"
        rf"|(?:培训|轮训){_CLAUSE}{{0,4}}覆盖全体|覆盖全体(?:教师|教职工|班主任)"
        rf"|凡是?[^。；]{{0,20}}都要(?:装|安装|配|配备)"
        rf"|开设{_CLAUSE}{{0,4}}专栏|推出专题报道",
    ),
    ("division", r"联系的学校"),
    # the last of round aa's and ab's A families (voice15): a sanction set by rank (对通报
    # 排名靠后的单位…约谈), a joint inspection pledged with named departments (会同公安交管、
    # 交通运输部门联合检查), a rule for where aid money goes first (学生资助资金…优先保障有辍学
    # 风险的学生) and a check of records nobody set (家访记录要抽查核实)
    (
        "routine",
        rf"排名靠后[^。；]{{0,16}}约谈|约谈{_CLAUSE}{{0,12}}排名靠后"
        rf"|(?:记录|台账|材料){_CLAUSE}{{0,2}}要?抽查核实|抽查核实{_CLAUSE}{{0,4}}(?:记录|台账)",
    ),
    ("pledge", r"会同[^。；]{0,24}联合(?:检查|执法|整治|督查)"),
    ("allocation", r"资助资金[^。；]{0,20}(?:优先保障|倾斜|优先用于|优先安排)"),
    # round ac's A in the bank: a division stated as the place's rule (实行行政和教育双线负责,
    # 中心学校要安排骨干教师联系教学点, …要牵头建立重点任务台账), a body's new remit (把教学点纳入
    # 中心学校统一管理), a way of judging set (把实地核查作为履职评价的主要方式, 请基层学校来评议,
    # 动态评估…限期整改), a record kept (家访情况要记入学生成长档案), a status given (办成示范园)
    ("division", rf"实行行政和教育双线|联系教学点|要牵头建立{_CLAUSE}{{0,8}}台账"),
    (
        "routine",
        rf"纳入中心学校统一管理|作为{_CLAUSE}{{0,8}}的主要方式|请基层学校{_CLAUSE}{{0,4}}评议"
        rf"|动态评估[^。；]{{0,12}}限期|记入{_CLAUSE}{{0,6}}档案|办成示范园",
    ),
    # round ad's A (truth16): a method set for every school (“一校一方案”推进), a reporting rule
    # (各单位要按时报送, 在领导小组会议上通报…通报里要写清), a ranking (通报中排名靠后的单位), a
    # division of labour (由市教育局研究制定, 市教育局牵头，编制、人社、财政等部门配合), a pilot
    # chosen (先选几所…学校试点), a record of a division (蹲点指导的学校…台账), a joint inspection
    # pledged for named departments (交通运输、公安部门要联合开展…检查), a check at night
    # (夜间抽查) and a body told to run another (乡中心学校要把中心幼儿园办好、带动村级园)
    ("routine", r"“一校一(?:方案|策)”|(?:按照|坚持|要|实行)一校一(?:方案|策)"),
    (
        "routine",
        rf"按时报送|定期报送|(?:在|到){_CLAUSE}{{0,10}}会议上通报|通报(?:里|中)要写清",
    ),
    ("routine", r"排名靠后|排名靠前|排名落后|排在后面"),
    (
        "division",
        rf"由{_CLAUSE}{{1,12}}研究制定|牵头，{_CLAUSE}{{1,16}}(?:部门|单位)配合"
        rf"|牵头、{_CLAUSE}{{1,16}}(?:部门|单位)配合",
    ),
    ("routine", rf"先选{_CLAUSE}{{0,12}}试点|选{_CLAUSE}{{0,4}}几所{_CLAUSE}{{0,8}}试点"),
    ("division", r"蹲点指导的(?:学校|学科)"),
    ("pledge", r"(?:部门|公安|交警|交通运输|市场监管)要?联合开展"),
    ("routine", r"夜间抽查|夜间突击检查|夜查"),
    (
        "division",
        rf"要(?:先)?把{_CLAUSE}{{1,12}}办好[^。；]{{0,12}}带动|要办好{_CLAUSE}{{1,12}}[^。；]{{0,6}}带动"
        rf"|要用它带动",
    ),
    # round ak's A (claim22): equipment a line installs as a new rule (要安装一氧化碳报警器, 看
    # 报警器装没装), a hard rule over a procedure nobody named (同类检查一律合并进行), an
    # accounting rule (核算教师收入时，要把…年终考核奖一并纳入), a mechanism (办结后向教师反馈,
    # 台账销号), a division of duty with named partners (由县教育局会同机构编制、人社、财政部门
    # 统筹核定) and a task with them (我们将会同自然资源、住建部门做好配套园核查移交)
    (
        "equipment",
        rf"(?:安装|装好|装上|加装|配备|配齐|配足){_CLAUSE}{{0,8}}(?:报警器|报警装置|烟感|监控探头|摄像头)"
        rf"|报警器{_CLAUSE}{{0,2}}(?:装没装|装了没有|都要装)",
    ),
    # (the nation's rule is 同类检查能合并的一律合并: 减负若干意见, norms/arrangement_shapes.yaml)
    (
        "rule",
        rf"同类{_CLAUSE}{{0,6}}(?<!能合并的)一律|一律合并进行"
        rf"|(?:绩效奖励|考核奖){_CLAUSE}{{0,12}}(?:算进去|计算在内|一并纳入|一并算入)",
    ),
    ("mechanism", rf"办结后{_CLAUSE}{{0,6}}(?:反馈|回复|答复)|台账销号|办结销号"),
    (
        "division",
        rf"由{_CLAUSE}{{1,14}}会同{_CLAUSE}{{2,24}}(?:核定|负责|审定)"
        rf"|会同机构编制[^。；]{{0,20}}(?:核定|统筹)|核查移交|移交一所",
    ),
    # a state of projects the profile does not give
    (
        "state",
        r"规划排定|排定的项目|在建项目|已开工|已立项|列入规划的项目|规划(?:中|确定|内)的(?:重点)?项目"
        r"|假期(?:实施|安排)的[^，。；]{0,6}项目",
    ),
)

# not decided: an illegal subcontract (违法分包) is no division of labour, a working list
# of problems is a method, the national weeks are the nation's, and a speech that points
# out 最突出的问题 ranks nothing
_NOT_DECIDED = re.compile(
    r"违法分包|转包|建立(?:问题)?(?:清单|台账)|全国推广普通话宣传周|职业教育活动周"
    r"|把最突出的问题|新中国(?:要)?成立|成立[0-9一二三四五六七八九十百]+周年"
)


@dataclass(frozen=True)
class Arrangement:
    kind: str  # instrument division pledge event judgement state equipment rule mechanism
    text: str
    start: int
    end: int


def _compile(table: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(table)))


_CANDIDATE = _compile(CANDIDATES)
_DECIDED = _compile(DECIDED)


def _found(
    pattern: re.Pattern[str], table: tuple[tuple[str, str], ...], text: str, spare: bool
) -> list[Arrangement]:
    found = []
    spared = [m.span() for m in _NOT_DECIDED.finditer(text)] if spare else []
    for match in pattern.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in spared):
            continue
        index = int((match.lastgroup or "k0")[1:])
        found.append(Arrangement(table[index][0], match.group(), *match.span()))
    return found


def candidates(text: str) -> list[Arrangement]:
    """Every place ``text`` speaks of an arrangement, decided or general."""
    return _found(_CANDIDATE, CANDIDATES, text, spare=False)


def decided(text: str) -> list[Arrangement]:
    """Every arrangement ``text`` states as settled for the place (it needs a source)."""
    return _found(_DECIDED, DECIDED, text, spare=True)


def covering(text: str, found: Arrangement, entries: tuple[NamedSpecific, ...]) -> list[str]:
    """The ids of the named entries (norms/named.yaml) whose form stands in the
    arrangement's own clause, from its start to the clause's end (我们将会同妇联、关工委组建
    is covered by the 讲师团 after it): the entries that license saying it."""
    ends = [i for i in (text.find(mark, found.end) for mark in "，。；！？") if i >= 0]
    end = min(ends) if ends else len(text)
    return [
        entry.id
        for entry in entries
        if any(m.start() < end and found.start < m.end() for m in entry.pattern.finditer(text))
    ]
