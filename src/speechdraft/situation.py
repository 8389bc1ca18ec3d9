"""What a profile says about the place's situation, read from its own words.

A stock unit presupposes a situation: 化解大班额 and 入学高峰 presuppose pupils crowding in,
闲置校舍改建幼儿园 presupposes empty schools, 校车 a place that runs school buses, a
congratulation to 先进集体 a commendation of collectives. Round h's readers marked each of
them where the profile said the opposite (a city whose pupil numbers had fallen three years
running was told to 化解大班额). A unit names the situations it needs or rules out
(``needs``/``unless`` in the phrase files); this module reads which hold for a profile.

Only what the clerk wrote counts: a situation is a set of words, and it holds when any of
them occurs in the profile's text (problems, achievements, priorities, targets, preceding
items, attendees, the meeting's name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from speechdraft.seasons import out_of_season


@dataclass(frozen=True)
class Situation:
    key: str
    label: str  # how the phrase-file guide and messages name it
    pattern: re.Pattern[str]


def _words(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(alternatives))


def _passed(balance: str) -> tuple[str, ...]:
    """The ways a profile says ``balance`` (均衡, 优质均衡) was certified; a target to pass
    (2017年义务教育基本均衡发展通过自治区评估 at a 2016 meeting, 力争通过…, 优质均衡发展县达到60%)
    is not a pass."""
    return (
        balance + r"[^，。；]{0,16}(?:已|已经|顺利)(?:通过|达标)",
        r"(?<!力争)(?<!确保)(?<!争取)(?<!计划)(?<!迎接)通过[^，。；]{0,12}"
        + balance
        + r"[^，。；]{0,12}(?:评估|认定|验收|国检)",
        # a dated pass after the name (…优质均衡发展，完成情况：2035年10月通过国家督导评估认定:
        # round bl's 24, F — 加快推进…优质均衡 and 对照评估标准查找差距 after the pass)
        balance
        + r"[^。；]{0,24}?(?<!力争)(?<!确保)(?<!争取)(?<!计划)(?<!拟于)(?<!预计)\d{4}年\d{1,2}月"
        r"(?:已)?通过[^，。；]{0,10}(?:评估|认定|验收)",
    )


SITUATIONS: tuple[Situation, ...] = (
    # a school opening held after the term began (开学检查, a March meeting): its frames check what
    # was done, they do not prepare an opening that has passed (round bi's 07, round bg's 07: F,
    # 确保按时开学 and 开学前要… at meetings held after the schools opened); set from the meeting's
    # date and the profile's own dates (context._term_begun), never by a word alone
    Situation("term_begun", "开学以后才召开的开学工作会议", re.compile(r"(?!)")),
    # …held on the opening day itself: nothing has happened 开学以来 yet (round da's 05, F)
    Situation("opening_day", "开学当天召开的开学工作会议", re.compile(r"(?!)")),
    # private kindergartens or schools named by the clerk: a town speech speaks of 普惠性民办园 only
    # where it has them (round bi's 10, A: 发挥公办园和普惠性民办园的共同作用 at a town with none)
    Situation("private_named", "档案提到民办园、民办学校", _words(r"民办")),
    # a new school opening, said by the clerk: only then is its enrolment area published ahead
    # (round bw's 12, A F: 对即将启用的新学校，招生范围要提前向社会公布 at a town with none)
    Situation(
        "new_school_named",
        "档案提到新学校、新校区启用或投入使用",
        _words(
            r"新校区|新(?:建|学)校|(?:学校|小学|中学|校区)[^，。；]{0,8}(?:启用|投入使用|交付使用|投用)"
        ),
    ),
    # who decides to close schools, said by the clerk (遇暴雨红色预警，当地教育部门可决定停课; 停课通知
    # 由市教育局统一发布): no wording leaves it to each school (round bh's 19, round bg's 09: F)
    Situation(
        "closure_decided",
        "停课由谁决定、由谁发布已有规定",
        _words(
            r"停课[^，。；]{0,12}(?:由|须经|报经)[^，。；]{1,16}(?:决定|发布|批准|统一)",
            r"(?:决定|统一发布|批准)[^，。；]{0,6}停课",
        ),
    ),
    Situation(
        "enrolment_falling",
        "生源减少（在校生、学龄人口下降，校舍有空余，压减规模）",
        _words(
            r"(在校生|学生数|学生人数|入学人数|招生人数|生源|学龄人口|出生人口)[^，。；]{0,12}(下降|减少|回落|萎缩)",
            r"生源不足",
            # a trend of pupils (村小学生逐年减少: round v's F), not a count of those helped
            r"学生(?:人?数)?(?:逐年|持续|连年|连续[^，。；]{1,4}年|不断)(?:减少|下降)",
            r"空余(教室|校舍|学位)",
            r"(校舍|教室|学位)[^，。；]{0,4}(闲置|富余|空余)",
            r"减量",
        ),
    ),
    # the clerk names a shortage of teachers of some subjects (英语、音乐没有专职教师, 学科教师缺口
    # 约140人): a stock line on 紧缺学科 or 学科缺口 is an invented fact without it (round bo's 16
    # and 24, A: 着力解决部分学科教师短缺问题 at a town that named none)
    Situation(
        "subjects_short",
        "资料提到学科教师紧缺（缺某学科教师、教师缺口）",
        _words(
            r"紧缺学科",
            r"学科[^，。；]{0,6}(?:缺|不足|短缺|紧缺)",
            r"(?:缺|短缺|不足|缺少)[^，。；]{0,8}教师",
            r"教师[^，。；]{0,8}(?:缺口|不足|短缺|紧缺|缺编|紧张)",
            r"没有(?:专职|专任|专业)[^，。；]{0,6}教师",
            r"(?:音体美|音乐|美术|体育|英语|科学|心理健康|信息科技)[^，。；]{0,10}(?:缺|不足|没有|紧缺|兼课|兼任)",
            r"走教|兼课",
        ),
    ),
    Situation(
        "places_short",
        "学位紧张（学位缺口、学位不足、大班额）",
        _words(
            r"学位[^，。；]{0,4}(缺口|不足|紧张|短缺)",
            # 学位供需矛盾仍然突出 (round bc's 02: 规范招生入学 over the year's new places)
            r"学位[^，。；]{0,4}供需矛盾|学位供给[^，。；]{0,4}(不足|紧张|矛盾)",
            r"大班额",
            r"入学高峰",
            r"(人口|学龄人口|生源)[^，。；]{0,6}(增长|增加|涌入)",
        ),
    ),
    Situation(
        "crowded_classes",
        "有大班额（档案提到大班额、班额超标、超员班级）",
        _words(r"大班额", r"班额", r"超员班"),
    ),
    Situation("school_bus", "有校车（档案提到校车）", _words(r"校车")),
    # psychology teachers short or to be recruited, as the clerk says: the bureau pledges to seek
    # their posts only then (round dd's 14, A: 我们将就心理健康教师的缺口…沟通，争取招聘计划 where
    # the profile gave a rate of schools staffed and no gap)
    Situation(
        "psych_teachers_short",
        "档案讲到心理健康教师短缺或要补充、招聘",
        re.compile(
            r"心理(?:健康)?(?:教育)?教师[^。；\n]{0,10}(?:缺|不足|短缺|空编)"
            r"|(?:缺|缺少|短缺|补充|招聘|招录|引进|配齐)[^。；\n]{0,8}心理(?:健康)?(?:教育)?教师"
        ),
    ),
    # an assessment of schools or teachers the clerk named: a bank line puts a piece of work into
    # one only then (round dd's 08, A ×2: 纳入对学校的考核, 纳入教师师德考核 where the clerk's own
    # 考核 was the villages' — and rounds bd, cp, cq before)
    Situation(
        "assessment_named",
        "档案讲到了对学校或教师的考核、考评或评价",
        re.compile(
            r"(?:学校|教师|校长|各校|师德|办学)[^。；\n]{0,12}(?:考核|考评|评价|评估)"
            r"|(?:考核|考评|评价|评估)[^。；\n]{0,6}(?:学校|教师|校长|各校)"
        ),
    ),
    Situation("bus_tasked", "重点任务的要点讲到了校车", re.compile(r"(?!)")),
    # the meeting's decisions named who leads each (会议议定：一、…由市编办牵头…): the problems are
    # not handed to the group's office on top of them (round cl's 15, A F: 请领导小组秘书组会同
    # 有关单位逐项研究 after 会议已议定由编办、财政牵头)
    Situation(
        "decisions_named",
        "档案写了会议议定的事项",
        _words(r"会议议定", r"议定(?:了)?[一二两三四五六]件事", r"会议(?:研究)?决定"),
    ),
    # the clerk names school cameras or alarms: only then is linking them to the police a task
    # (round cl's 06, A: 要推动学校视频监控与公安机关的监控系统逐步联通, a project nobody set)
    Situation(
        "cameras_named",
        "档案提到视频监控、一键报警或技防",
        _words(r"视频监控", r"监控系统", r"一键报警", r"技防", r"联网报警"),
    ),
    # every school already has its Party organisation (党组织覆盖率保持100%): none is to be set up
    # (round ck's 02, F: 对尚未建立党组织的学校…要逐一排查 after 覆盖率保持100%)
    Situation(
        "party_orgs_full",
        "档案说学校党组织已经全覆盖（覆盖率100%）",
        _words(r"党组织覆盖率[^，。；]{0,8}(?:100|百分之百|全覆盖)", r"党组织(?:已)?全覆盖"),
    ),
    # the teachers raised the problems (a 座谈 where they spoke, what they 反映): only then are
    # the problems called theirs (round ck's 05, A: 老师们反映的一些问题 over a review's list)
    Situation(
        "teachers_raised",
        "档案写了老师们提出、反映的问题",
        _words(
            r"(?:老师|教师)[们代表]{0,2}[^，。；]{0,8}(?:反映|提出|反馈|提了)",
            r"座谈中",
            r"反映(?:较多|强烈|集中|最多)",
        ),
    ),
    # a gap between teachers' and civil servants' pay the clerk names: only then is it to be
    # made up, and the departments set to do it (round ck's 05, A: 财政、人社部门要会同教育部门
    # 把教师收入的差额算准补齐 at a profile that named no gap)
    Situation(
        "pay_gap",
        "档案提到教师工资与公务员收入的差额（差额、补差、补足、低于公务员）",
        _words(
            r"工资差额", r"收入差额", r"补差", r"差额补足", r"补足差额", r"低于[^，。；]{0,8}公务员"
        ),
    ),
    # 守住均衡发展的成果，和当初创建一样 takes a balance assessment passed for granted (round
    # al's A: a city of 2016 whose profile never said so; branch stock24)
    Situation(
        "balance_reached",
        "义务教育均衡已通过评估（档案提到通过均衡验收、认定，巩固均衡成果）",
        _words(r"(?:巩固|守住|保持)[^，。；]{0,8}均衡[^，。；]{0,6}成果", *_passed("均衡")),
    ),
    # the quality balance in particular (a county that passed the basic one in 2016 has no
    # 优质均衡 to 巩固提升: round by's 01, S)
    Situation(
        "quality_balance_reached",
        "义务教育优质均衡已通过评估（档案提到通过优质均衡评估、认定）",
        _words(*_passed("优质均衡")),
    ),
    # a meeting on the basic balance (基本均衡迎检) that never names the quality one: 优质均衡 is
    # another stage's goal there (round cj's 12, F Y: 对标优质均衡评估标准 and 优质均衡比基本均衡
    # 要求更高 at a 2017 基本均衡 推进会)
    Situation(
        "basic_balance_only",
        "档案只讲义务教育基本均衡（没有提到优质均衡）",
        re.compile(r"\A(?![\s\S]*优质均衡)[\s\S]*基本均衡"),
    ),
    Situation("boarding", "有寄宿制学校（档案提到寄宿、住校）", _words(r"寄宿(?!费)", r"住校")),
    # kindergartens being built (新建、改扩建幼儿园, …分园开园): a line on how to build them is said
    # only then (rounds bs's 09 and bt's 01, E F: 对新建幼儿园，户外活动场地和功能用房都要按标准建设
    # in a 乡 with no kindergarten to build)
    Situation(
        "new_kindergartens",
        "档案提到新建、改扩建幼儿园",
        _words(
            r"(?:新建|改扩建|扩建|新增|迁建)[^，；。]{0,12}(?:幼儿园|园(?![区长所舍]))",
            r"幼儿园[^，；。]{0,10}(?:开工|竣工|主体完工|建成|开园)",
            r"新建园",
        ),
    ),
    # village kindergartens or classes named by the clerk (村级幼儿园, 分园, 附设班): a town speech
    # asks villages to run them, or its centre to lead them, only where it has them (round bl's 14,
    # A L: 带动村级园共同提高 and 人口较多的村要办好幼儿园或附设班 in a town of three kindergartens)
    Situation(
        "village_kindergartens",
        "档案提到村级幼儿园、分园、附设班",
        _words(r"村级(?:幼儿园|园|分园|班点|幼儿班)", r"附设(?:幼儿)?班", r"分园", r"村幼儿园"),
    ),
    # (round ch's 02, A: 对小区配套园，我们将…逐一核查 in a banner whose gap is in its 牧区苏木)
    Situation(
        "estate_kindergartens",
        "档案提到小区配套幼儿园",
        _words(r"配套(?:幼儿)?园", r"小区(?:配套)?幼儿园"),
    ),
    Situation("epidemic", "档案提到疫情（疫情、新冠、防疫）", _words(r"疫情", r"新冠", r"防疫")),
    # the school gates still shut, as the clerk says (延期开学, 疫情不解除不返校): an opening meeting
    # held then speaks of no pupil arriving, no book handed out in class, no 晨午检 and no lessons to
    # sit in (round cs's 17, F ×12: 每一名学生按时到校, 教材要在开学前分发到班, 孩子们就要回到校园了
    # in February 2020)
    Situation(
        "schools_closed",
        "学校延期开学、学生还没有返校（延期开学、不返校、居家线上学习）",
        _words(
            r"延期开学",
            r"推迟开学",
            r"(?:暂|暂时|疫情不解除)不返校",
            r"开学时间另行通知",
            r"居家(?:线上)?学习",
        ),
    ),
    # a death or an injury the profile reports (未发生溺亡事故, 预防溺亡 are none): a safety
    # review then claims no 安宁 and no 总体平稳 (round t0's F: 守护了校园的安宁 just before 3
    # drownings)
    Situation(
        "accidents",
        "发生过伤亡事故（档案写到溺亡、死亡、伤亡、遇难）",
        _words(
            r"(?:^|[，。；\n])(?![^，。；\n]*(?:未|没有|无|零|杜绝|防止|预防|避免|严防))"
            r"[^，。；\n]*(?:溺亡|死亡|身亡|伤亡|遇难)"
        ),
    ),
    # the clerk gave the year's targets (set from the profile's targets, not its words: see
    # context._situation): a heading promising them (锁定年度目标) is said only then (round
    # y's S: 锁定年度目标，抓好重点工作 over a part with no target in it)
    Situation("targets_given", "档案列出了今年的目标（targets）", re.compile(r"(?!)")),
    # a target the clerk strives for (力争零发生, 争取…): no 要确保： over the list (round ce's 06,
    # G: 要确保：…二是假期学生溺水事故力争零发生 — "确保与力争不能并用")
    Situation("targets_striven", "目标中有“力争”“争取”的", re.compile(r"(?!)")),
    # the clerk named two key tasks or more: a part heading promising 各项重点工作 or 以点带面
    # 推动全局 stands over them only then (round ah's S: 突出重点，以点带面推动全局工作 over a
    # single task; context._situation)
    Situation("several_tasks", "档案列出了两项以上重点任务（priorities）", re.compile(r"(?!)")),
    # a key task on 学生资助: a stock line on it before its own section says it twice (round bd's
    # 06 and 17, D: 六是落实学生资助政策 in 开学准备, then a whole 资助 section)
    Situation("aid_task", "档案的重点任务里有学生资助（priorities）", re.compile(r"(?!)")),
    # a key task not about the teachers (村小教学管理 beside 补充师资): a teachers' day heading
    # promising 学校发展 beside 教师成长 stands over them only then (round ai's S: …为教师成长和
    # 学校发展办实事 over two teacher items; context._situation)
    Situation(
        "tasks_beyond_teachers",
        "档案的重点任务里有不是讲教师的（priorities）",
        re.compile(r"(?!)"),
    ),
    # the clerk reviewed the past year (review.achievements): a verdict on it (成绩是主要的，
    # 各方面都有进步) is said only then (round ai's A: 各方面都有进步，有的方面进步还比较明显
    # over a profile with no review at all; context._situation)
    Situation("review_given", "档案写了上一年的成绩（review.achievements）", re.compile(r"(?!)")),
    # the problems a frame announces (round af's G: …差距，主要是：村小教师年龄偏大 over one
    # problem; 短板同样明显：村小一年级新生仅9人 over a figure, which is a fact, not a 短板)
    # the season's topics the meeting must speak of and its profile does not (seasons.
    # season_due, templates/norms/season_topics.yaml; round ao's S: a July summer-break
    # safety meeting's draft that "几乎不提暑假"): the bank's season lines need them
    Situation(
        "summer_due",
        "暑假前的安全会议，档案没讲暑假（防溺水、暑期安全、假期联系家长）",
        re.compile(r"(?!)"),
    ),
    Situation("flood_due", "汛期的安全会议或秋季开学会议，档案没讲汛期、防汛", re.compile(r"(?!)")),
    Situation(
        "winter_due", "冬季的安全会议或春季开学会议，档案没讲取暖、冰雪天气", re.compile(r"(?!)")
    ),
    Situation(
        "winter_break_due", "寒假、春节前的安全会议，档案没讲寒假、烟花爆竹", re.compile(r"(?!)")
    ),
    # a concluding or leading-group speech at a meeting named for safety keeps to safety
    # (seasons.safety_meeting; round ao's S: 乘势而上、为加快建设教育强县作出新的更大贡献
    # closing the concluding speech of a 春季学校安全工作会议)
    Situation("safety_meeting", "安全工作会议（会议名称讲安全）上的讲话", re.compile(r"(?!)")),
    # a leading group's meeting the clerk calls 全体会议 (or names none): only then is it said
    # to be one (round at's A: 全体会议 over a clerk's bare …领导小组会议)
    Situation(
        "plenary", "领导小组全体会议（会议名称讲全体会议，或没写会议名称）", re.compile(r"(?!)")
    ),
    # a leading group meeting for the first time (its name says 第一次, or the clerk says it
    # was founded): no year of its members' work to thank (round av's F)
    Situation("group_new", "领导小组刚成立（第一次会议，或档案写了成立）", re.compile(r"(?!)")),
    # a site or progress meeting on one line of work (…现场会, …观摩推进会): its concluding
    # speech weighs that work and the morning's visits, not the year (round av's S: 一、正确看待
    # 成绩和不足 and 一年来… over a 春季教学工作现场会; 新的一年充满希望 closing one in March)
    Situation(
        "topical_meeting", "现场会、观摩推进会（会议名称讲现场、观摩、推进会）", re.compile(r"(?!)")
    ),
    # …with no result the clerk reviewed: what the reports before showed is not known to be a
    # result (round cj's 24, A: 从工作汇报看，这项工作已经见到实效 and 肯定成绩不松劲 at a 迎检推进会
    # whose reports were of the problems found and of delays)
    Situation(
        "topical_unreviewed",
        "专题推进会、现场会，档案没有写成绩",
        re.compile(r"(?!)"),
    ),
    # an assessment the place is to pass, named by the clerk (迎检, 督导评估, 评估认定, 创建…): only then
    # are its standards and indicators said (rounds cn's 14 and co's 17, A: 我们将逐项认领评估指标,
    # 评估标准中哪一项没有达到… where the profile named none)
    Situation(
        "assessment_ahead",
        "档案提到要迎接的评估、督导评估认定或创建验收",
        # (not a building's 竣工验收 nor a kindergarten's 普惠园认定: round co's 17, where a school's
        # 通过竣工验收 set it)
        _words(
            r"评估|迎检|国检|省检|督导认定|督导检查",
            r"(?<!竣工)(?<!工程)(?<!交付)验收(?!合格)",
            # (被认定为省级…示范校 is a title won, 创建党建示范校 a count of schools: round cw's 14, A
            # — 对评估中发现的薄弱指标… where no assessment was named)
            # (nor 对认定的普惠性民办园, nor 创建方案已报县委组织部: round cz's 02, A — 我们将逐项认领评估
            # 指标 in a report whose only 创建 was two schools' Party-building)
            r"(?<!普惠园)(?<!普惠性幼儿园)(?<!普惠)(?<!被)认定(?!为|的普惠)",
            r"创建[^，。；（）()]{0,16}(?<!报)(?:县|区|市|旗)(?!委|政府|教育局)|创建[^，。；]{0,16}验收",
        ),
    ),
    # the year's work deployed at another meeting, as the clerk notes (明年的工作放到全区教育工作会议上
    # 部署): this one studies no year's work and checks no tasks it deployed (round cm's 15, F: 研究
    # 2033年全区教育工作, 明年部署的重点任务，督导要一项一项跟上)
    Situation(
        "year_deployed_elsewhere",
        "全年工作另行部署，这次会议不作全面部署",
        _words(
            r"(?:明年|下一年度?|今年|全年|\d{4}年)(?:的|度)?(?:教育)?(?:工作|任务)[^，。；]{0,4}"
            r"(?:放到|放在|留到|留待|另行|另外)[^，。；]{0,24}(?:部署|安排)",
            r"不再(?:全面)?部署|不作全面部署|不(?:再)?全面铺开",
        ),
    ),
    # the meeting went to see something before the speech (观摩、参观、实地察看 among the
    # preceding items): only then is it said that everyone saw it (round aw's A: 今天大家看了现场
    # at an 经验交流会 whose profile named no visit)
    Situation("site_visited", "讲话前安排了现场观摩、参观（会议前面的议程）", re.compile(r"(?!)")),
    # what was heard before the speech forecasts (气候趋势预测, 汛情会商): it is prepared for, not
    # checked against (round ba's G R: 省气象局的通报很有针对性，各单位要结合实际认真对照)
    Situation(
        "forecast_heard", "会上听取的是天气、汛情等趋势预测（会议前面的议程）", re.compile(r"(?!)")
    ),
    # the clerk names the subjects short of teachers, and music, sport and art are not among
    # them: a stock line naming 音体美 as the shortage contradicts the profile (round ba's F:
    # 对音体美、心理健康等紧缺学科 beside 科学、心理健康、信息科技专任教师不足)
    Situation(
        "other_subjects_short",
        "资料写明了紧缺学科，其中没有音体美",
        re.compile(r"(?!)"),
    ),
    # no coal burnt any more (全部完成燃煤锅炉清洁能源改造, 已全部“煤改电”): a line on coal-fired
    # heating speaks of what the place no longer has (round dd's 18, F: 燃煤取暖的场所门窗要留有通风口)
    Situation(
        "no_coal",
        "燃煤取暖已全部改为清洁能源（档案说燃煤锅炉已全部改造）",
        re.compile(
            r"(?:全部|全面)(?:完成)?(?:燃煤锅炉)?(?:清洁能源改造|煤改电|煤改气)"
            r"|燃煤锅炉[^。；\n]{0,12}(?:全部|已全部)(?:完成)?(?:改造|淘汰|拆除)"
        ),
    ),
    # a town whose clerk counts its schools (村小、完小) and names no 教学点: it has none, and a
    # stock line on 教学点 invents them (round ba's A: 办好乡村小规模学校和教学点, 教学点缺的课…
    # for a town of seven primary schools)
    Situation(
        "no_teaching_points",
        "乡镇的学校里没有教学点（资料没提教学点）",
        re.compile(r"(?!)"),
    ),
    # a leading group that heard reports on one line of work alone (context._one_line_heard):
    # its opening studies that work, not the year's (rounds cr's 08 and cs's 08, F)
    Situation(
        "one_line_heard",
        "领导小组会议只听取了某一项工作的汇报（如学前教育、县域高中），没有听取全年教育工作",
        re.compile(r"(?!)"),
    ),
    # teachers short somewhere, as the clerk says (缺编, 缺口, 紧缺, 没有专业教师, 招聘教师…): only then
    # are subject gaps said to be filled (round cu's 04, A: 着力解决部分学科教师短缺问题 and 学科缺口
    # 摸清报准 at a town whose clerk named none)
    # (not 招不来、留不住 alone, which test_situation reads as stating nothing of the kind)
    Situation(
        "teachers_short",
        "资料提到教师短缺、缺编、缺口或补充招聘教师",
        _words(
            r"缺(?:员|编|口|少|人)",
            r"短缺",
            r"紧缺",
            r"没有专业教师",
            r"(?:补充|招聘|招录|引进)[^，。；]{0,6}教师",
            r"开不齐",
            r"包多科",
            r"包班",
        ),
    ),
    # village kindergarten classes folded into the centre, as the clerk says (两个村级幼儿班纳入镇中心
    # 幼儿园统一管理): no more village kindergartens to run (round cu's 04, A: 人口较多的村要办好幼儿园
    # 或附设班)
    Situation(
        "village_classes_merged",
        "村级幼儿班（附设班）并入或纳入中心幼儿园",
        _words(
            r"(?:村级)?(?:幼儿班|附设班|幼儿园教学点)[^，。；]{0,10}(?:纳入|并入|撤并|合并|集中到)"
        ),
    ),
    # no child out of school, as the clerk says (全乡没有一名学生辍学, 零辍学): no pupils brought
    # back to place (round cr's 10, F: 坚持劝返复学…, 要根据每名复学学生的年龄… in a town of none)
    Situation(
        "no_dropouts",
        "资料写明没有辍学学生",
        _words(
            r"没有(?:一名|一个)?(?:学生|适龄儿童少年?)?(?:失学)?辍学",
            r"(?:无|零)辍学",
            r"辍学(?:学生)?(?:人数)?(?:动态)?清零",
        ),
    ),
    # unlicensed kindergartens named by the clerk (无证园, 无证办园): only then are they searched out
    # and closed (round cy's 19 and 20, A — 开展无证园排查治理…坚决取缔, 对无证办园的苗头及时报告,
    # tasks no one set)
    Situation(
        "unlicensed_named",
        "资料提到无证幼儿园（无证园、无证办园）",
        _words(r"无证(?:幼儿)?园", r"无证办园", r"黑园"),
    ),
    # the schools' own assessment named by the clerk (办学水平考核, 学校考核办法): only then does the
    # bureau say it will change it (round cy's 14, A — 我们将改进学校办学水平考核办法)
    Situation(
        "school_assessment_named",
        "资料提到对学校的办学水平考核或考核办法",
        _words(r"办学水平(?:考核|评价|督导)", r"(?:学校|办学)考核", r"考核办法", r"综合考评"),
    ),
    # the adults' Putonghua training named by the clerk (青壮年, 普通话培训): only then is it assigned
    # (round cz's 13, A — 面向农村青壮年的普通话培训，州教育局要…, a task nobody set)
    Situation(
        "adult_putonghua_named",
        "资料提到面向成人的普通话培训",
        _words(r"青壮年", r"普通话培训", r"推普培训"),
    ),
    # no senior high school in the place, as the clerk says (高考本科上线率目标: 无高中，此项不填; 全区
    # 无高中): no 高考, 选科走班 or 高中 teaching (round cx's 02, F — seven lines on 高中三年 and 高考
    # 综合改革 in a district of none)
    Situation(
        "no_high_school",
        "资料写明本地没有高中",
        _words(
            r"(?:无|没有|不设|未设)(?:普通)?高中(?!阶段)", r"高中[^，。；]{0,6}(?:由|在)[县市]里?"
        ),
    ),
    # primary schools only, as the clerk says (只有小学和幼儿园, 小学毕业生全部升入县…初中): no 九年
    # 巩固率 and no 初中 of its own (round cx's 10, L R; round cw's 09, F L — 不以升学率给学校排名)
    Situation(
        "no_junior_school",
        "资料写明本地只有小学（和幼儿园），没有初中",
        _words(
            r"(?:无|没有|不设|未设)初中",
            r"只有(?:中心)?小学(?:和|、)?(?:幼儿园)?(?!和初中)",
            r"小学毕业生[^，。；]{0,8}(?:升入|到|去)[^，。；]{0,10}初中",
        ),
    ),
    # a report to the place's people's congress or its standing committee (…人民代表大会第N次
    # 会议, 人大常委会): the delegates oversee, they are no one's to direct; the report says what
    # its body did and will do and ends asking for their 审议 (round ba's R S: two town reports
    # closing on 蓝图已经绘就 and telling 各村 what to build)
    Situation(
        "congress_report",
        "向人大作的报告（人民代表大会、人大常委会会议上）",
        re.compile(r"(?!)"),
    ),
    # a report whose problems say the place itself may not decide them (…由县里统一核定，镇里决定
    # 不了; 是否恢复初中只能由县里决定): the report does not promise to fix them itself but to ask
    # for them (rounds bs's 21 and bt's 04, F: 我们将在今后的工作中认真加以改进)
    Situation(
        "problems_above",
        "报告列的问题写明本级决定不了、要由上级决定",
        re.compile(r"(?!)"),
    ),
    # a leading group's meeting that checks its tasks (…督办会, …调度会): it hears progress and
    # presses on what lags, not "贯彻纲要、部署工作" (round aw's R), and its members' mechanism
    # is not said to run smoothly (round aw's F: 运行机制总体顺畅 beside 4项滞后)
    Situation(
        "supervision_meeting",
        "领导小组督办会、调度会（会议名称讲督办、调度、督查、推进）",
        re.compile(r"(?!)"),
    ),
    # a safety meeting held for a break whose name does not say 校园安全: its frames speak of
    # the break's safety (c.break_theme: 暑期学生安全), not the campus's (seasons.break_theme;
    # round ap's F)
    Situation(
        "holiday_theme",
        "假期安全会议（会议名称讲暑期、寒假，不讲校园安全）",
        re.compile(r"(?!)"),
    ),
    # a safety meeting named for its hazards (防汛和学生防溺水工作会议): its frames speak of them
    # (c.hazard_theme), not of 校园安全 in general (seasons.hazard_theme; round ba's S)
    Situation(
        "hazard_theme",
        "专项安全会议（会议名称讲防汛、防溺水、消防等，不讲校园安全）",
        re.compile(r"(?!)"),
    ),
    # a school opening whose guideline is the opening's alone (确保9月1日平稳有序开学…; 平安开学、有序
    # 开学): its lead says 这次开学工作, not 这个学期工作 (set by the composer; round ca's 06 and 11,
    # round by's 05: G, "总要求是开学工作的，套进这个学期工作的总体要求不对")
    Situation(
        "opening_guideline",
        "开学工作会议的总体要求只讲开学（不讲学期、学年）",
        re.compile(r"(?!)"),
    ),
    Situation(
        "drowning_only",
        "预防学生溺水专项会议（会议名称只讲溺水，不讲防汛）",
        re.compile(r"(?!)"),
    ),
    # a meeting on water and weather (防汛, 防溺水): no 护学 or 校园周边 lines (seasons; round bk's
    # 07 and 20, S F)
    Situation(
        "water_theme",
        "防汛、防溺水、防灾减灾专项安全会议（会议名称讲这些，不讲校园安全）",
        re.compile(r"(?!)"),
    ),
    # achievements of several years (2020年以来…, 三年累计…): the review is not one year's (set
    # by the composer from the review, context._situation; round bc's F: 回顾2022年 and 回顾一年的
    # 工作 over three years' figures)
    Situation(
        "years_reviewed",
        "回顾的成绩讲的是几年来的（以来、累计、三年）",
        re.compile(r"(?!)"),
    ),
    # a speech of a few minutes (a video meeting before a holiday, a ceremony): it deploys, it
    # does not review the past year (set by the composer from duration_minutes; round bd's D F:
    # 回顾去年工作 in a 12-minute 五一 and flood-season meeting)
    Situation("brief_meeting", "讲话不超过12分钟（duration_minutes）", re.compile(r"(?!)")),
    # a brief meeting whose profile reviews nothing: no review to ask for, no year to sum up
    # (set by the composer; round bd's A S: 回顾2033年工作 and 二是要客观看待2033年的工作 with a
    # placeholder in an 8-minute town meeting on one inspection)
    Situation(
        "brief_unreviewed",
        "讲话不超过12分钟，档案没写成绩（review.achievements）",
        re.compile(r"(?!)"),
    ),
    # problems that fault the members themselves (部门当配角, 看客, 推诿): no praise of their
    # teamwork beside them (set by the composer; round bd's 07 and 18 F: 运行机制总体顺畅 and
    # 想在一起、干在一起 beside 部门当配角)
    Situation(
        "members_faulted",
        "档案的问题里批评了成员单位（配角、看客、推诿、等通知）",
        re.compile(r"(?!)"),
    ),
    Situation("one_problem", "档案只列了一个问题（review.problems 一条）", re.compile(r"(?!)")),
    # one result only: no 这些成绩/这些进展 over it (round bu's 04 and 16, E F)
    Situation("one_result", "档案只写了一项成绩（review.achievements 一条）", re.compile(r"(?!)")),
    Situation(
        "problem_figure",
        "档案的问题里有数字（如“新生仅9人”，是事实，不是短板）",
        re.compile(r"(?!)"),
    ),
    # a problem that names its own shortfall (…教师补充仍有困难, 城乡教育差距依然明显): a lead
    # that calls them 困难/差距/不足/短板 says the word twice (round ag's R: 也要正视老师们反映的
    # 困难：乡村学校和薄弱学科教师补充仍有困难)
    Situation(
        "problem_names_shortfall",
        "档案的问题自己说了差距、不足、短板或困难",
        re.compile(r"(?!)"),
    ),
    # a problem about something other than the teachers (三所村小还没有标准操场) under a
    # teachers' day lead that files every problem under 教师队伍建设 (round as's G F: 对照建设
    # 高素质专业化教师队伍的要求，我们的工作还有差距：村小办学条件差…)
    Situation(
        "problem_off_teachers",
        "档案的问题里有不是教师方面的（如校舍、操场）",
        re.compile(r"(?!)"),
    ),
    # a pastoral place's pupils board and go home at weekends; a highland's summer is short
    # (round aa's F: 学生每天往返于家庭和学校之间 in a 牧区 banner, 初秋气温仍然较高 on a plateau
    # in late August): CONTRADICTED below
    Situation("pastoral", "牧区（档案提到牧区、牧民、游牧）", _words(r"牧区", r"牧民", r"游牧")),
    Situation(
        "highland",
        "高原、高寒地区（档案提到高原、高寒、高海拔、藏区）",
        _words(r"高原", r"高寒", r"海拔", r"藏区"),
    ),
    # the profile's own word for its digital work: 数字化 and never 信息化 (round ad's and
    # ae's Y: 夯实教育信息化基础 as the heading of a 2028 and a 2031 report whose profile said
    # 教育数字化): the bank's 信息化 headings are not said (CONTRADICTED below)
    # (set by the composer from the profile's words and the year, context._situation: only
    # from 2022, when 教育数字化 began; before it 信息化 is the period's word whatever the clerk
    # calls the area)
    Situation("says_digital", "档案用“数字化”、不用“信息化”（2022年起）", re.compile(r"(?!)")),
    # someone reported, spoke or set out work before the speech (set by the composer from the
    # profile's preceding items, context._heard): 我再强调 has something to follow (PRESUPPOSED
    # below); an announcement without 再 is for a speech nobody spoke before (round ah's F)
    Situation(
        "spoke_before",
        "讲话前已有人作报告、讲话或部署（程序据会议前面的议程判断）",
        re.compile(r"(?!)"),
    ),
    # one person spoke before the speech (set by the composer from the preceding items,
    # context._heard): no 代表们的发言 of one (round dg's 16, F: 只有蒙小英一人作典型发言)
    Situation("one_speaker", "会上只有一人发言（程序据会议前面的议程判断）", re.compile(r"(?!)")),
    # the meeting studied, reviewed or adopted items before the speech (set by the composer
    # from the profile's preceding items, context._heard; round ak's A: 刚才会上研究的事项 at
    # a leading group whose profile lists no item)
    Situation(
        "items_studied",
        "会上研究、审议或讨论了事项（程序据会议前面的议程判断）",
        re.compile(r"(?!)"),
    ),
    # what was heard set out work or pointed out problems (set by the composer: plans_heard or
    # problems_heard, context._heard): 逐项抓好落实 has items to carry out (round ak's F: a
    # 通报 of last year's work answered with 大家要认真对照，逐项抓好落实)
    # what was heard is exchange speeches alone (几个单位的交流发言): learned from, not carried
    # out (round bf's 11 R: …交流发言把情况讲得很清楚，大家要认真对照、抓好落实; context._heard)
    Situation(
        "exchange_only_heard",
        "会上听到的只有交流发言（学习借鉴，不是抓好落实）",
        re.compile(r"(?!)"),
    ),
    Situation(
        "actionable_heard",
        "会上听到的有部署、有要求或指出了问题（不只是回顾情况）",
        re.compile(r"(?!)"),
    ),
    # the meeting commends: its name says 表彰 (州教师节表彰大会), or a commendation was read
    # before the speech (set by the composer, context._situation): the salute congratulates
    # the commended (round am's F: a 表彰大会 whose draft never mentioned the award winners)
    Situation(
        "commendation_meeting",
        "会议有表彰（会议名称有“表彰”，或会前宣读了表彰决定）",
        re.compile(r"(?!)"),
    ),
    # a deputy speaks for the principal the profile names (speaker.on_behalf_of), at a kind
    # whose speech says so (norms/authority.yaml entrusted_kinds; set by the composer,
    # context._entrusted): 下面，受旗委书记委托，我讲三点意见 (round ao's S, round am's S)
    Situation(
        "entrusted",
        "副职受主要负责同志委托讲话（档案写了代表谁）",
        re.compile(r"(?!)"),
    ),
    # the targets are not the calendar year's (set by the composer, context._time_frame): a
    # meeting from June to October whose targets do not say 全年/今年/年度, or targets that
    # all name a term or a break (寒假期间…, 开学前…). 今年的主要目标是 is not said over them
    # (round am's F: 今年工作的主要目标是：开学前校舍安全排查覆盖率达到100% on 27 August; a
    # 今年 training target at a meeting on 8 September): CONTRADICTED below
    Situation(
        "targets_not_year",
        "目标不是全年的（年中以后的会议、或目标只讲某个学期、假期）",
        re.compile(r"(?!)"),
    ),
    # a target names the year (全年校园安全零事故: set by the composer, context._time_frame):
    # 这学期的工作目标是 is not said over it (round ar's F: 说是“这学期的工作目标”，却包括“全年
    # 校园安全零事故”): CONTRADICTED below
    Situation(
        "targets_year",
        "目标里有全年的（全年、今年、年度…）",
        re.compile(r"(?!)"),
    ),
    # the guideline speaks of a term or a break (确保寒假和春节期间…安全稳定), not of the
    # year (set by the composer, context._time_frame; round am's F: 今年安全工作的基本思路是
    # over a winter-break guideline): CONTRADICTED below
    Situation(
        "term_guideline",
        "总体要求只讲某个学期、假期（寒假、暑期、开学、汛期…）",
        re.compile(r"(?!)"),
    ),
    # a collective honoured: not 集体宣誓, 集体备课 or 集体学习 (round ak's A: 先进集体和个人
    # after 新入职教师代表进行了集体宣誓, where only individuals were honoured)
    # only units honoured (表彰…先进单位, no 个人 or 优秀教师): no 受表彰的同志, no 单位和个人
    # (round ck's 01 and 13, F: 受到表彰的单位和个人 and 希望受表彰的同志 after a commendation of
    # 先进单位 alone)
    Situation(
        "units_only_honoured",
        "只表彰了单位（先进单位、先进集体），没有表彰个人",
        re.compile(
            r"\A(?![\s\S]*(?:个人|优秀教师|优秀班主任|先进工作者|优秀校长|优秀教育工作者|教学能手"
            # (not 名师课堂 nor 名师工作室: round cs's 01, F — a county's 三个课堂 made its
            # commended 先进乡镇和先进单位 into 先进集体和个人)
            r"|名师(?!课堂|工作室)|标兵|模范教师|最美))[\s\S]*(?:先进单位|先进集体|优秀集体|先进学校|先进乡镇)"
        ),
    ),
    Situation(
        "collective_honorees",
        "表彰了集体（先进集体、先进单位）",
        _words(
            r"(?:先进|优秀|模范|班)集体",
            r"集体(?:奖|荣誉|称号|[一二三]等功)",
            r"(?:表彰|命名|授予|奖励)[^。；\n]{0,30}集体(?!宣誓)",
            r"集体[^。；\n]{0,4}(?:\d+|[一二三四五六七八九十]+)个",
            r"先进单位",
            r"先进学校",
            r"示范校",
        ),
    ),
    # the clerk's count of awardees says they are already commended (拟表彰…人数: 已表彰210名):
    # a frame of the plan (今年拟表彰…) fights it (round ap's G F: 今年拟表彰优秀教师和教育工作者
    # 已表彰210名, "拟…已 自相矛盾")
    Situation(
        "honours_given",
        "表彰已经进行（表彰人数写成“已表彰…名”）",
        _words(r"已(?:经)?表彰[^。；，\n]{0,4}\d"),
    ),
    # something found that is being put right: a 督导's or an inspection's findings, hazards
    # found, an audit (round y's F: 整改工作的总责任… where nothing had been found; a
    # safeguard named 督导考核 is no finding)
    Situation(
        "rectification",
        "有待整改的问题（督导、督查、检查、巡视、审计发现的问题，排查出的隐患）",
        _words(
            r"整改(?!完成率)",
            r"巡视|巡察",
            r"审计",
            r"(?:督导|督查|检查|暗访|评估)(?:中)?(?:发现|反馈|指出|查出)",
            r"反馈(?:的)?问题",
            r"问题清单",
            r"隐患",
        ),
    ),
    # the meeting adopted the group's rules before the speech (审议通过了…工作规则): a proposal
    # to write something into them is not said then (round ad's F: 要把…做法写进领导小组工作
    # 规则 right after 审议通过了《…工作规则》; CONTRADICTED below)
    Situation(
        "rules_adopted",
        "会上审议通过了工作规则（议事规则）",
        _words(r"(?:审议|通过|印发|修订)[^。；\n]{0,30}(?:工作规则|议事规则)"),
    ),
    # the place's own 高中阶段毛入学率 is given: the national 2025 aim of 92% is no yardstick to
    # "find the gap" against (round cd's 01, F: 对照全国92%找差距 where the city aims at 95%以上)
    Situation(
        "hs_rate_given",
        "档案给出了本地高中阶段毛入学率",
        _words(r"高中阶段(?:教育)?毛入学率[^，。；\n]{0,12}?\d"),
    ),
)

SITUATION_KEYS: tuple[str, ...] = tuple(s.key for s in SITUATIONS)

# Words that presuppose a situation whatever the unit's tags say: a bank line on 寄宿制学校
# or 生活教师 is an invented fact in a town with no boarding school, a 疫情防控 line an
# invented epidemic (round l's A). Any wording naming them is said only where the profile
# states the situation.
PRESUPPOSED: tuple[tuple[re.Pattern[str], str], ...] = (
    (_words(r"寄宿(?!费)", r"住校", r"生活教师", r"宿舍管理员"), "boarding"),
    # 卫生防疫 is a school's routine (晨午检, a canteen's checks), not an epidemic
    (_words(r"疫情", r"(?<!卫生)防疫", r"新冠"), "epidemic"),
    # a cluster of cases with no disease named (对聚集性病例…不让其在校内扩散) reads as the
    # epidemic's; 流感、诺如病毒等聚集性病例 is a school's routine (round ae's Y)
    (
        re.compile(r"(?:^|[。；])(?![^。；]*(?:流感|诺如|传染病))[^。；]*聚集性(?:病例|疫情)"),
        "epidemic",
    ),
    (_words(r"新建幼儿园", r"建幼儿园不比"), "new_kindergartens"),
    (
        _words(r"学科教师短缺", r"学科缺口", r"学科教师缺口", r"紧缺学科", r"学科结构"),
        "teachers_short",
    ),
    # 化解大班额是…必须啃下的硬骨头 states a local problem: round r's A in a district whose
    # profile named short places (学位缺口) but never crowded classes
    (_words(r"大班额"), "crowded_classes"),
    # rural rolls falling is the place's to say (round df's 17, A: 破解城区学位紧张和乡村生源减少并存的
    # 矛盾 where the clerk named only the town's crowding)
    (
        _words(r"乡村生源减少", r"城挤乡空", r"乡村空", r"乡村稳生源", r"稳乡村生源"),
        "enrolment_falling",
    ),
    (_words(r"心理健康教师(?:的)?缺口", r"心理健康教师招聘"), "psych_teachers_short"),
    (
        _words(
            r"纳入(?:对)?(?:学校|教师|各校|校长|师德|办学)[^。，；]{0,10}(?:考核|考评|评价|评估)",
            r"纳入考核",
        ),
        "assessment_named",
    ),
    (
        _words(r"学科缺口", r"紧缺学科", r"学科教师短缺", r"学科教师不足", r"缺哪个学科"),
        "subjects_short",
    ),
    # the gains of a balance assessment, or its first passing (当初创建), are the profile's to
    # give (round al's A: 巩固均衡发展成果, 守住均衡发展的成果，和当初创建一样 in a city of 2016)
    (
        _words(r"均衡发展(?:取得)?的?成果", r"均衡(?:的|创建)成果", r"当初创建"),
        "balance_reached",
    ),
    # a sentence that opens by judging a rectification (整改成效如何, 检验整改成效, 整改到不到位)
    # takes something found to put right for granted (round ah's S: 整改成效如何… in a part on
    # incentives where nothing was to be corrected; compose/antecedent.py)
    (re.compile(r"(?:^|[。；！])(?:检验)?整改(?:成效|到不到位|是否到位|效果)"), "rectification"),
    # the commended greeted, or the meeting said to commend, presumes a commendation (round ba's
    # F: a 慰问会 whose clerk wrote 今年不另行评比表彰 said 表彰先进、树立标杆, 向今天受到表彰的
    # 同志们表示热烈的祝贺, 希望受表彰的同志戒骄戒躁)
    (
        _words(
            r"受(?:到)?表彰",
            r"表彰先进",
            r"褒奖先进",
            r"为先进颁奖",
            r"(?:这次|今天|本次)的?表彰",
            r"表彰会",
            r"表彰的名额",
            r"对标先进",
            r"榜样可亲可敬",
        ),
        "commendation_meeting",
    ),
    # a verdict on the year's results presumes the profile's review (round ai's A)
    (_words(r"各方面都有进步", r"成绩是主要的"), "review_given"),
    # 大家讲得都很好 and 几位同志 after one report (round w's F): context._several_spoke
    (_words(r"大家讲得", r"几位(?:同志|代表)", r"讲得都", r"讲话都", r"发言都"), "several_spoke"),
    # …，我都同意 of what was heard grades several items: not one report beside a signing
    # (round aj's R: 汇报实事求是，情况清楚，我都同意 after a 汇报 and a 责任书 signed)
    (_words(r"heard_named \}\}[^。]*我也?都(?:同意|赞同)"), "several_spoke"),
    # 我再强调 / 再讲 answers someone who spoke before the speech (round ah's F: 下面，我再强调
    # 三点 where the profile lists no earlier item): context._heard
    (_words(r"我(?:简要地)?再(?:强调|讲)", r"再强调\{\{"), "spoke_before"),
    # items the meeting studied (round ak's A: 刚才会上研究的事项，大家已经形成了共识 where no
    # item was studied): context._heard
    (
        _words(
            r"会上研究的事项",
            r"会上(?:审议|讨论|议定)的事项",
            r"刚才(?:会上)?(?:研究|审议|讨论)(?:的|了)",
        ),
        "items_studied",
    ),
    # an endorsement praising plans after a look back alone, or 我完全同意 a peer department's
    # briefing (round y's F; context._heard)
    (
        _words(
            r"安排具体",
            r"部署工作思路",
            r"作了具体安排",
            r"具体安排了",
            r"有部署",
            r"部署的任务",
            r"任务讲实",
            r"提出的思路",
            r"思路(?:讲得|清晰|明确|清楚|是清楚)",
            r"措施(?:具体|提得)",
            r"提出的措施(?:具体|也很具体)",
            r"(?:讲|的情况和)打算",
            r"情况和安排",
            r"工作安排切合",
            r"(?:情况|意见)和措施",
            # 会后就要抓紧推开 carries out a plan, not a report of the work done (round af's R)
            r"抓紧推开",
            r"需要推动的实事",
        ),
        "plans_heard",
    ),
    (_words(r"我(?:完全|都|也都|\{\{ c\.agree_all \}\})(?:同意|赞同)", r"我都同意"), "endorsable"),
    # …的安排情况很清楚, 发言情况清楚: 情况 follows the name of a report only (round af's R:
    # 通报和…负责同志的安排情况摸得清); context._heard
    (_words(r"heard_named \}\}情况"), "report_named_last"),
    # …讲了情况、讲了打算 says a report (round aj's R: 部署讲了情况、讲了打算 — a 部署 tells no
    # 情况 and is no subject of 讲)
    (_words(r"heard_named \}\}讲了?情况"), "report_named_last"),
    # 实事求是 grades an account of the facts: a report's, not a 部署's or a speech's
    (_words(r"heard_named \}\}[^。]*实事求是"), "report_named_last"),
    # the report praised in passing (讲得很充分, 实事求是的总结, 我完全赞同): someone else's, not
    # the speaker's own (round ar's F; context._heard)
    (
        _words(r"report_(?:said|word) \}\}[^。]*(?:讲得|实事求是|赞同|全面总结|讲清楚|实实在在)"),
        "others_report",
    ),
    # …讲得很好，大家要认真学习借鉴: said of an exchange of experience only (交流发言)
    (_words(r"heard_named \}\}[^。]*学习借鉴"), "exchange_heard"),
    # 学做法、找差距 and 把会上的好做法带回去 take practices shown at the meeting for granted: an
    # exam-organising meeting heard a 部署, no one's practice (round bo's 12, F S)
    (_words(r"学做法、找差距", r"把会上的好做法带回去"), "exchange_heard"),
    # 讲得很好 grades a talk: a 通报 or a 说明 informs and is acted on, not 讲得好 (round ai's
    # R: 部署和通报讲得很好，我都同意); context._heard
    (_words(r"heard_named \}\}[^。]*讲得"), "talk_heard"),
    # …讲得都很好 of the items named: several of them, not one report named where an exchange
    # was said apart (round dc's 13, R: 蒋慕白同志的报告讲得都很好); context._heard
    (_words(r"heard_named \}\}讲得都"), "several_named"),
    # 对号入座、抓紧整改 answers an item that pointed out problems (an inspection's 通报, a
    # 督查), not a technical briefing or a plan (round ai's F, R: 区卫健局…讲解了…技术方案 then
    # 请各学校会后对号入座、抓紧整改); context._heard
    (_words(r"heard_named \}\}[^。]*(?:整改|能改的|对号入座)"), "problems_heard"),
    # 逐项抓好落实 of what was heard takes items to carry out for granted: a plan set out or
    # problems pointed out, not a look back alone (round ak's F; context._heard)
    (_words(r"heard_named \}\}[^。]*逐项"), "actionable_heard"),
    # …讲到的事项，请…抓紧推进 takes what was heard for a list of tasks (round an's R: 省教育厅的
    # 汇报讲到的事项 after a report of the half-year's work)
    (_words(r"heard_named \}\}讲到的事项"), "actionable_heard"),
    # a 乡 or a 苏木 has villages (嘎查), not 社区, unless its profile names one (round z's L:
    # 家长、社区和志愿者 in a mountain 乡's safety speech): context.communities
    (_words(r"社区"), "communities"),
    # speaking for the bureau's leadership (先从局班子和机关改起) is its head's: a 副局长 does
    # not (round z's L): context._situation, from the speaker's title
    (
        _words(
            r"局班子",
            r"从班子",
            r"班子和机关",
            r"班子自身",
            r"(?:^|局|\}\})班子成员(?:要|将|和机关)",
        ),
        "heads_leadership",
    ),
    # a 特殊教育学校 is a county's (a county of 20万 people runs one): a town's teachers'-day
    # speech praised 特殊教育学校的老师 where the town had a central school and a kindergarten
    # (round ao's L); has_special_schools decides where one is taken as given (town27)
    (_words(r"特殊教育学校", r"特教学校"), "special_schools"),
    # 县域高中, 县中振兴 and 生源外流 are a county's problems: round ab's L in a district whose
    # profile's problem was too few places (重振县域高中办学信心, 违规从县域高中抽调骨干教师):
    # county_high_schools below decides where they are taken as given
    (_words(r"县域", r"县中", r"生源[^，。；]{0,4}外流"), "county_schools"),
    # 补齐农村学校短板, 乡村稳生源 presuppose a countryside: round q's A in an urban district
    # whose profile raised no rural school (rural_place decides where one is taken as given)
    (
        # (w.children prints 农村孩子: a wording written with it is as rural as its printed
        # words, town27 — 要让{{ w.children }}也能在家门口遇到好老师 in an all-urban city)
        _words(
            r"(?<!农业)农村",
            r"乡村",
            r"村小",
            r"教学点",
            r"乡镇(?:学校|中小学|中心学校)",
            r"\{\{ w\.children \}\}",
        ),
        "rural",
    ),
)

# A district (市辖区) is a city's urban part: its schools are not taken to be rural unless its
# profile says so. Counties, banners, county-level cities and towns have a countryside; a city,
# prefecture or province speaks for one too (its 农村 lines are ordinary policy).
URBAN_LEVELS = frozenset({"district"})
_RURAL_WORDS = PRESUPPOSED[-1][0]
# A profile may say its schools are all urban (全区学校均在城区, 无农村学校): then no
# rural line either, whatever the level.
_SAYS_URBAN = _words(
    r"(?:无|没有)(?:农村|乡村|乡镇)(?:学校|中小学)?",
    r"(?:均|全部|都)(?:在|位于|地处)(?:主)?城区",
    r"(?:全部|均)为城区学校",
)


_COMMUNITIES_SAID = _words(r"社区", r"居委会", r"街道")


def has_communities(level: str, region_name: str | None, texts: Iterable[str]) -> bool:
    """Whether the place has 社区 to speak of: any place but a 乡 or a 苏木 whose profile
    names none (a 镇 has its town's 社区; a 乡 and a 苏木 have villages and 嘎查)."""
    name = (region_name or "").strip()
    if level != "town" or not name.endswith(("乡", "苏木")):
        return True
    return bool(_COMMUNITIES_SAID.search("\n".join(texts)))


_SPECIAL_SCHOOLS_SAID = _words(r"特殊教育", r"特教", r"残疾")


def has_special_schools(level: str, texts: Iterable[str]) -> bool:
    """Whether a 特殊教育学校 may be spoken of: at any level but a town's, whose profile
    must name special education (a town has its 中心学校, 村小, 教学点 and 幼儿园)."""
    return level != "town" or bool(_SPECIAL_SCHOOLS_SAID.search("\n".join(texts)))


# A deputy's title: he speaks for his own charge, not for the leadership he belongs to.
_DEPUTY_TITLE = _words(r"副(?:局长|厅长|主任|校长|院长)", r"副处长", r"副科长")


def heads_leadership(title: str) -> bool:
    """Whether the speaker heads his organ's leadership (not a 副局长, a 副校长)."""
    return _DEPUTY_TITLE.search(title) is None


def rural_place(level: str, texts: Iterable[str]) -> bool:
    """Whether rural schools may be spoken of: where the profile names them, or, unless it says
    its schools are all urban, at any level but an urban district's."""
    joined = "\n".join(texts)
    without_urban = _SAYS_URBAN.sub("", joined)
    if _RURAL_WORDS.search(without_urban):
        return True
    return level not in URBAN_LEVELS and not _SAYS_URBAN.search(joined)


# Levels that hold counties and their high schools: a county, a county-level city and a banner
# speak of their own 县域高中; a prefecture, a province and a region speak for the counties
# below them. A city speaks of them where its profile names a county (各县, 县域); a district
# and a town only where the profile raises 县域高中 itself.
_COUNTY_SCHOOL_LEVELS = frozenset(
    {"county", "county_city", "banner", "prefecture", "province", "autonomous_region"}
)
_COUNTY_SCHOOL_WORDS = _words(r"县域", r"县中", r"生源[^，。；]{0,4}外流")
_COUNTIES_NAMED = _words(r"县")


def county_high_schools(level: str, texts: Iterable[str]) -> bool:
    """Whether 县域高中 (县中振兴, 生源外流) may be spoken of at this level with these texts."""
    joined = "\n".join(texts)
    if level in _COUNTY_SCHOOL_LEVELS or _COUNTY_SCHOOL_WORDS.search(joined):
        return True
    return level == "city" and bool(_COUNTIES_NAMED.search(joined))


# Words a situation makes untrue, whatever the unit's tags say: any wording saying them is not
# said where the profile states it.
CONTRADICTED: tuple[tuple[re.Pattern[str], str], ...] = (
    # music, sport and art named as the shortage where the clerk names others (round ba's F)
    (_words(r"音体美"), "other_subjects_short"),
    (_words(r"教学点"), "no_teaching_points"),
    (_words(r"燃煤"), "no_coal"),
    (_words(r"复学学生", r"劝返复学", r"劝返回来的学生"), "no_dropouts"),
    (
        _words(
            r"高考",
            r"高中(?!阶段毛入学率)",
            r"选科",
            r"走班",
            r"临界学生",
            r"毕业年级",
            r"复习备考",
        ),
        "no_high_school",
    ),
    (_words(r"九年义务教育巩固率", r"初中", r"升学率", r"中考"), "no_junior_school"),
    (_words(r"幼儿园或附设班"), "village_classes_merged"),
    (
        _words(
            r"按时到校",
            r"分发到班",
            r"开学之初",
            r"回到校园",
            r"在校时间",
            r"多进课堂",
            r"晨午检",
            r"一进校门",
            r"开学第一天",
            r"返校报到",
        ),
        "schools_closed",
    ),
    (_words(r"优质均衡"), "basic_balance_only"),
    (
        _words(
            r"部署的重点任务",
            r"(?:今年|明年|年度)的重点任务",
            r"围绕(?:今年|明年)的工作思路",
            r"研究(?:\d{4}年|今年|明年)[^，。；]{0,6}教育工作",
        ),
        "year_deployed_elsewhere",
    ),
    (_words(r"每天往返", r"过马路", r"每天(?:上下学|接送)"), "pastoral"),
    (_words(r"初秋气温", r"气温(?:仍然|依然)较高"), "highland"),
    # a pastoral place lies high and north: its late August is cool too
    (_words(r"初秋气温", r"气温(?:仍然|依然)较高"), "pastoral"),
    # the framing heading only: 信息化设备 in a measure is still the ordinary word
    (_words(r"夯实教育信息化基础", r"补齐学校信息化短板"), "says_digital"),
    (_words(r"写进[^，。；]{0,12}规则"), "rules_adopted"),
    # a lead calling the targets the year's (今年的主要目标是：, 今年要实现的目标是：, 今年的
    # 教师全员培训要达到…) over targets that are not (targets_not_year)
    (
        _words(
            r"今年(?:工作)?的(?:主要)?目标",
            r"今年要实现的(?:主要)?目标",
            r"今年努力达到的目标",
            r"今年的[^。；，：]{0,12}要达到",
        ),
        "targets_not_year",
    ),
    (
        _words(
            r"今年(?:工作)?的(?:主要)?目标",
            r"今年要实现的(?:主要)?目标",
            r"今年努力达到的目标",
        ),
        "term_guideline",
    ),
    # a progress or site meeting's targets are its work's (7月20日前完成全部硬件整改), not the
    # year's (round cj's 24, R: 今年的工作目标是： over two deadlines of a 迎检推进会)
    (
        _words(
            r"今年(?:工作)?的(?:主要)?(?:工作)?目标",
            r"今年要实现的(?:主要)?目标",
            r"今年努力达到的目标",
        ),
        "topical_meeting",
    ),
    # a term's lead over targets one of which is the year's (targets_year)
    (
        _words(
            r"(?:本|这个?|新|秋季|春季)学期(?:的|工作的)?(?:主要|工作)?目标",
            r"(?:本|这|新)学期(?:一定|切实)?要(?:切实)?确保",
        ),
        "targets_year",
    ),
    # the year's guideline leads (今年安全工作的基本思路是：) over a term's or a break's
    (
        _words(
            r"今年[^。；：，]{0,10}(?:思路|总体要求|总的要求|总的考虑|考虑)",
            r"(?:做好|对)今年的[^。；：]{0,8}(?:总的要求|总体要求)",
            r"今年抓安全",
            r"明确了今年的总体要求",
        ),
        "term_guideline",
    ),
)


def contradicted(text: str, situation: frozenset[str]) -> bool:
    """Whether a wording says what the profile's situation makes untrue (``CONTRADICTED``), or
    words that do not fit the meeting's occasion or season (seasons.py)."""
    return any(key in situation and pattern.search(text) for pattern, key in CONTRADICTED) or (
        out_of_season(text, situation) is not None
    )


def presupposed(text: str) -> frozenset[str]:
    """The situations a wording takes for granted (``PRESUPPOSED``)."""
    return frozenset(key for pattern, key in PRESUPPOSED if pattern.search(text))


SITUATION_LABELS: dict[str, str] = {s.key: s.label for s in SITUATIONS}


# the schools a place has none of (无高中, 只有小学): read in every field, those answered none too
_SCHOOLS_NOT_HELD = tuple(s for s in SITUATIONS if s.key in ("no_high_school", "no_junior_school"))


def schools_not_held(texts: Iterable[str]) -> frozenset[str]:
    """``read_situation(texts)`` of the two situations of schools a place has none of only."""
    joined = "\n".join(texts)
    return frozenset(s.key for s in _SCHOOLS_NOT_HELD if s.pattern.search(joined))


def read_situation(texts: Iterable[str]) -> frozenset[str]:
    """The situations the texts state: each whose words occur in any of them."""
    return _situations_in("\n".join(texts))


# Asked once a draft of the profile's whole text (every situation's words searched through
# a thousand characters or more, ~0.6 ms a draft): a process drafting the same profile
# again (another seed, the web face's redraws) has the answer by the text (speed36).
@lru_cache(maxsize=256)
def _situations_in(joined: str) -> frozenset[str]:
    return frozenset(s.key for s in SITUATIONS if s.pattern.search(joined))


def strings_in(value: object, unsaid: Callable[[object], bool] | None = None) -> Iterable[str]:
    """Every string in a nested structure of dicts, lists and data objects (keys included: a figure's name
    says as much as a point, 小学在校生较2026年减少: 3.1万人). ``unsaid`` leaves out a field whose
    value says there is none of it (新建改扩建公办幼儿园数: 无 states no kindergarten to build: round
    ct's 23, F — 对新建公办园，要…确保按时开园)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if unsaid is not None and unsaid(item):
                continue
            yield from strings_in(key, unsaid)
            yield from strings_in(item, unsaid)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from strings_in(item, unsaid)
    elif hasattr(value, "__dict__") and not isinstance(value, type):
        # a data model's fields (read directly: a kept profile's model is built lazily, and
        # serialising it would build it, a cold render's cost)
        fields = {k: v for k, v in vars(value).items() if not k.startswith("_")}
        yield from strings_in(fields, unsaid)
