"""Demands a draft made twice in new words inside one part (issue 11, round v's D).

Kept apart from ``restate.IDEAS`` so that the owner of the record (restate.Said) and the
owner of the ideas can change theirs at the same time; ``restate.ideas_in`` reads this list
with the others. Each entry is a name (for reading only; a name another list also uses is
the same idea) and the wordings that make the demand: a draft makes it once. Round v's
readers marked the same demand said again a few lines later: a hazard sweep said as 大排查,
then 全面排查…一处不漏; 整改 owned by the head twice; patrolling waters and reminding
parents twice in one drowning section; 资金拨付与进度挂钩 then 按进度拨付; three lines in one
part sending cadres to schools to listen. A sentence that bundles such a demand with
another is left out whole where the demand was made before (templates/README.md).
"""

from __future__ import annotations

import re

DEMAND_IDEAS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        # the class-size cap: the clerk's 按45人标准编班, the target's 不让大班额反弹, the
        # duty line's 核定的班额就是红线 say one rule
        (
            "class_size_cap",
            r"班额[^，。；]{0,6}红线|编班[^，。；]{0,8}(?:不得突破|一律)|\d+人(?:的)?标准编班"
            r"|大班额[^，。；]{0,4}反弹",
        ),
        # asking teachers how they are: 谈心 with rural teachers, then 听取教师意见
        (
            "hear_teachers",
            r"谈心|听取[^，。；]{0,6}(?:教师|老师)|听(?:听)?(?:一线)?(?:教师|老师)们?(?:怎么说|的反映)"
            r"|多听一线教师",
        ),
        # whether a measure landed: 落得实不实 beside 是否落到了实处 (跟踪问效 is a clause of
        # many checks, not this question)
        (
            "landed_or_not",
            r"落得实不实|是否落到(?:了)?实处|有没有(?:真正)?落地|落没落地",
        ),
        ("income_reckoned", r"算清[^，。；]{0,6}(?:账|收入)|收入账|算清算准|口径一致"),
        # every task with its owner and deadline: the organisation's line and the
        # assessment's (round v's 02), or the schools' 具体岗位、具体人员 (26)
        (
            "owner_and_deadline",
            r"责任单位和完成时限|牵头领导、责任单位|责任单位[^，。；]{0,6}完成时限|时限要写清楚"
            r"|具体岗位、具体人员|具体单位和具体人",
        ),
        # money paid as the work goes: 资金拨付与项目进度挂钩, then 按进度拨付
        (
            "funds_with_progress",
            r"(?:拨付|资金)[^，。；]{0,6}与[^，。；]{0,6}进度挂钩|按(?:项目)?进度拨付|拨付到哪里",
        ),
        # a drowning section's two measures, each said once
        ("water_patrol", r"水域巡查|巡查[^，。；]{0,8}水域|巡河|巡塘"),
        # 整改 owned by the head: 校长亲自抓问题整改 beside 主要负责同志要亲自过问、负起总责
        (
            "heads_own_fixes",
            r"亲自(?:抓|过问)[^，。；]{0,6}整改|问题整改[^。；]{0,30}亲自|负起总责|整改[^，。；]{0,6}总责任",
        ),
        ("lagging_progress", r"进度落后|进度跟不上|工作滞后"),
        # seeing a task through: 不整改到位决不收兵, 一抓到底, 开头热闹、结尾冷清
        (
            "see_it_through",
            r"虎头蛇尾|一抓到底|开头热闹|结尾冷清|决不收兵|不达目的不松手",
        ),
        (
            "kindergarten_opens",
            r"(?:按时|按期|及时|如期|尽快)开园|配套园[^。；]{0,12}(?:移交|核查)",
        ),
        # 这些问题涉及多个部门…领导小组统筹, twice in one leading-group speech
        (
            "many_departments",
            r"涉及多个部门|多个部门[^，。；]{0,4}(?:统筹|协同)|(?:在|由)[^，。；]{0,8}领导小组统筹"
            r"|出面统筹",
        ),
        # the speaker announces his points once (restate.SAID_ONCE): 只讲几个方面的要求 too
        (
            "points_announced",
            r"讲[几一二三四五六两，]个方面的(?:要求|意见)|只讲几个方面|讲(?:以下|这么)几个方面"
            r"|(?:讲|谈)(?:几|[一二三四五六两，])点(?:体会|认识)",
        ),
        ("disinfection", r"消毒"),
        # the sweep of premises for hazards: 大排查, 拉网式, 全面排查…一处不漏
        (
            "hazard_sweep",
            # (…的隐患要排查清楚 after the clerk's 汛前隐患排查: round bk's 07 and 20, D)
            r"隐患排查|排查[^，。；]{0,6}隐患|隐患[^，。；]{0,3}排查|拉网|大排查|全面排查|一处不漏",
        ),
        (
            "textbooks_out",
            r"(?:教科书|教材)[^，。；]{0,10}(?:分发|发放|发到|到班|到手|手中)|课前到书",
        ),
        (
            "gate_traffic",
            r"接送区|(?:校门口|学校门口)[^。；]{0,12}交通|上下学时段[^，。；]{0,6}交通秩序"
            r"|上下学(?:的)?(?:高峰)?时段[^。；]{0,20}(?:巡逻|疏导)",
        ),
        # cadres going to schools to see and listen: three lines in one part (round v's 24)
        (
            "go_and_listen",
            r"轻车简从|(?:经常|多)到学校(?:去|一线|走)|(?:师生|家长)中去"
            r"|听听(?:他们|校长|师生|家长|群众)|(?:的|讲)真话|的心里话",
        ),
        # a finding put right: 督查发现的问题…限期整改, then 发现问题及时督促整改
        (
            "findings_fixed",
            r"(?:督查|检查)(?:中)?发现的问题|对发现的问题|发现问题[^，。；]{0,4}(?:及时|当场|马上)?"
            r"(?:督促)?整改|督促整改|立行立改",
        ),
        ("more_of_less_of", r"多一些|少一些"),
        ("new_teachers_paired", r"新(?:入职)?教师[^，。；]{0,8}结对|站稳讲台|过好教学关"),
        ("guard_safety", r"(?:守护|守牢|守住)[^，。；]{0,4}(?:师生|校园|学生)[^，。；]{0,2}平安"),
        # the adjectives of a speech's style (更实的作风 then 改进作风 in the next line)
        (
            "style_adjectives",
            r"更实的作风|更硬的举措|务实(?:的)?作风|过硬(?:的)?作风|严实(?:的)?作风",
        ),
        # round w's D (read at 41b9ffa): the same demand again a few lines later
        ("dropout_duty", r"包保|双线责任"),
        ("kindergarten_fees", r"幼儿园[^，。；]{0,4}收费|(?:超标|变相)收费"),
        ("beyond_students", r"不只是在校学生|社会成员|退役军人|转岗职工|新型职业农民"),
        ("platform_use", r"国家智慧教育平台[^，。；]{0,2}应用|平台资源进课堂"),
        ("used_in_class", r"最终(?:要)?落在|(?:落|用)在课堂上|课堂上用起来|落在学生身上"),
        ("back_the_doers", r"撑腰|敢抓敢管|得到重用|用人导向|为干事者"),
        ("school_based_training", r"送培到校|校本研修|外出学习"),
        ("parent_school_runs", r"家长学校[^。；]{0,10}(?:有场所|有人管|有师资|有人教)"),
        ("opinion_watch", r"舆情[^。；]{0,16}苗头|苗头[^。；]{0,10}(?:报告|处置)"),
        ("gate_closed", r"封闭管理|来访登记|登记核实|门卫值守|专人值守"),
        ("no_discount", r"打折扣|不折不扣"),
        ("school_land", r"用地"),
        ("rural_first_for_new", r"(?:新进|新补充|新招聘)[^。；]{0,16}(?:农村|乡村)"),
        ("these_achievements", r"这些成绩[，,]"),
        ("these_problems", r"这些问题[，,]"),
        ("members_cooperate", r"各司其职、(?:协同|密切|主动)配合"),
        ("staff_housing", r"周转(?:宿舍|住房|房)"),
        ("teachers_stories", r"事迹"),
        ("greet_teachers", r"道一声|节日快乐|节日的问候"),
        ("paid_in_full", r"足额(?:发放|拨付|到位)"),
        ("rooted_in_villages", r"扎根(?:基层|乡村)|留在乡村|走向乡村"),
        ("safety_lessons", r"安全教育要|安全教育纳入|把安全教育"),
        ("schools_difficulties", r"学校(?:提出|反映)(?:上来)?的困难|学校的困难"),
        ("drills", r"(?:应急|疏散)演练"),
        ("after_school_gap", r"下班时间|接送难|双职工|放学后去哪"),
        ("enrolment_status", r"就学(?:状态|情况)"),
        ("merged_checks", r"能合并的|合并进行|多头检查|重复检查"),
        ("phones_at_school", r"手机[^，。；]{0,8}带入"),
        ("patrol_around", r"周边(?:的)?巡逻|巡逻防控|周边[^。；]{0,12}巡查"),
        (
            "preschool_putonghua",
            r"学前阶段的短板|学前阶段这一关键期|学前儿童学普通话|入学前就?能听懂",
        ),
        ("hazard_fixing", r"隐患整改|整改一处|排查整改[^，。；]{0,6}隐患"),
        # round x's D (read at fc75bd8; the pairs found by scripts/idea_pairs.py over its
        # own profiles): one duty said twice a draft in different words.
        # Every task given its owner: 落到具体单位、具体责任人 beside 分解到具体岗位、具体人员;
        # 拿出具体的落实办法、落实到人 beside 主动对号入座、认领任务 beside 按分工把这些事项一件件
        # 落下去; a project's 牵头领导和责任单位 beside its 节点任务落实到具体单位和具体人
        (
            "tasks_owned",
            r"具体岗位|具体人员|具体单位[、和]具体(?:责任)?人|落实到人|到岗到人|分解到岗"
            r"|认领任务|对号入座|(?:明确|有)(?:牵头单位和)?责任人(?:和|、)|牵头领导(?:和|、)责任单位"
            r"|定责任单位|有人牵头、有人|落实办法|任务[^，。；]{0,6}分解到"
            r"|(?:按|按照)(?:职责)?分工[^，。；]{0,12}(?:推进|落下去|落实)"
            r"|谁负责、什么时候完成|谁牵头、谁负责|任务[^，。；]{0,4}明确到人"
            r"|责任单位[^，。；]{0,6}完成时限|牵头领导、责任单位|认领[^，。；]{0,8}任务"
            # round y: 落实到每个岗位 beside 每一个岗位都要明确安全职责 beside 具体岗位
            r"|每一?个岗位",
        ),
        # cadres inspecting at schools: 机关干部要经常深入学校督查 beside 班子成员要…深入学校，
        # 到一线督促检查 (going there to listen is go_and_listen)
        (
            "inspect_at_schools",
            r"深入学校[^。；]{0,14}(?:督查|检查|核查|督促)|深入学校督|进校督查|到一线督促检查"
            r"|(?:机关干部|班子成员)[^，。；]{0,10}(?:深入|下到?)学校|深入一线督查",
        ),
        ("mentoring", r"向老教师(?:求教|学习|请教)|带徒弟|多带一带|年轻人多学|比学赶超的好传统"),
        ("progress_tracked", r"跟踪督办|定期盘点|按月(?:跟踪|调度|通报|督办)|定期调度"),
        ("struggling_pupils", r"早关注|早帮扶|及早谈心|及早干预|学习跟不上"),
        ("party_cover", r"应建尽建|党组织覆盖|党的工作有效覆盖|党的工作不留空白"),
        ("stand_up_when_needed", r"站不站得出来|站得出来|能不能站出来|顶不顶得上|顶上去"),
        (
            "homework_amount",
            r"作业总量|书面作业[^，。；]{0,10}(?:时间|总量)|超时超量|作业[^，。；]{0,6}校内完成",
        ),
        (
            "quality_in_lessons",
            r"每一(?:节|堂)课|落到课堂上|体现在课堂里|把课上好|课堂教学质量作为",
        ),
        ("decide_here", r"当场定|能定的事|议一议、定下来"),
        # 让教师把精力用在教书育人上 beside 让学校把精力放到教书育人上 beside 让教师潜心教书育人
        ("focus_on_teaching", r"精力(?:用|放)(?:在|到)教书育人|潜心教书育人|潜心育人"),
        # a leader at schools: 各级领导干部要经常到学校去 beside 主要负责同志要带头到学校去
        ("leaders_at_schools", r"带头到学校"),
        ("learn_from_models", r"学习先进|对标先进|见贤思齐|向先进学习|向榜样学习"),
        ("remembered_for_years", r"很多年|许多年|记一辈子"),
        ("pay_told", r"讲给教师听|向教师公开|让教师知道|明明白白"),
        ("not_one_department", r"不只是教育部门|关心教师、支持教育作为"),
        ("every_cent", r"一分一厘|每一分钱"),
        ("face_problems", r"正视(?:问题|差距|短板|困难|[^，。；]{0,8}困难)"),
        ("utmost_care", r"头等大事|容不得半点|半点马虎|慎之又慎|一刻也松不得|掉以轻心"),
        ("school_based_training", r"培训[^，。；]{0,2}送到学校|送教到校|按需施训"),
        (
            "putonghua_daily",
            r"(?:说|讲)[^，。；]{0,6}普通话[^。；]{0,8}写[^，。；]{0,4}规范(?:汉)?字",
        ),
        # round y's D (read at b75b2cc): the same duty again in new words
        (
            "schools_spared_forms",
            r"少填表|少跑腿|另外填报|重复填报|不再让学校[^，。；]{0,6}填报|来办事不能等",
        ),
        ("members_cooperate", r"各司其职"),
        ("school_by_school", r"逐校建立"),
        ("homework_amount", r"超量[^，。；]{0,4}作业"),
        ("cross_department", r"跨部门(?:的)?事项|跨部门的事"),
        ("level_by_level", r"层层压实|一级一级往下压|责任传导到"),
        ("public_outcry", r"群众反映强烈"),
        (
            "teachers_are_key",
            r"关键(?:看|在)教师|要看教师|教师为本|教师是(?:第一资源|根本|关键)|根本在教师",
        ),
        ("cherish_the_honour", r"戒骄戒躁|再接再厉"),
        ("teachers_burden", r"不必要的事务|解脱出来"),
        ("campus_entry", r"进入学校的(?:各类)?事项|未列入清单的一律不进"),
        ("good_teachers_known", r"选树[^，。；]{0,6}典型"),
        ("accident_prone", r"易发期|事故多发期|高发期"),
        ("parents_watch_canteen", r"家长[^，。；]{0,8}(?:参与|陪餐)[^，。；]{0,4}监督"),
        ("days_left", r"没有几天了|时间已经不多|只争朝夕"),
        ("string_taut", r"弦[^，。；]{0,6}绷紧|绷紧[^，。；]{0,6}弦"),
        ("use_not_only_build", r"用起来、用得好|建好不是终点|建起来只是第一步"),
        ("school_run_patrol", r"护学"),
        ("findings_fixed", r"复查|查出来的问题"),
        ("warning_signs", r"警示和防护设施|警示(?:标识|设施)"),
        ("school_land", r"征地|征拆"),
        ("famous_teachers", r"名师[\u201d\x22]?(?:名校长)?培养工程"),
        ("performance_evaluation", r"全过程绩效|上马前先评估|事前评估"),
        ("unlicensed_tutoring", r"无证无照|未经审批[^，。；]{0,8}培训|发现一家、查处一家|依法取缔"),
        ("parents_calm", r"理性(?:看待|选择)[^，。；]{0,4}培训|盲目攀比|跟风报班"),
        ("funds_reckoned", r"资金需求[^，。；]{0,6}(?:测算|算清)|测算准"),
        ("researchers_in_class", r"教研员[^，。；]{0,10}(?:深入课堂|蹲点|指导教学|一线)"),
        ("heads_on_teaching", r"精力[^，。；]{0,6}放在(?:提高)?(?:教育)?教学"),
        ("no_poaching", r"掐尖招生"),
        ("dorm_night_watch", r"夜间[^，。；]{0,6}(?:值守|巡查)|夜有人守|夜间值班"),
        # the stock safeguard lines below, each said once a draft
        ("nail_spirit", r"钉钉子|一颗钉子"),
        ("act_at_once", r"马上就办|马上办"),
        ("look_back", r"“回头看”"),
        ("light_travel", r"轻车简从"),
        ("tally_by_list", r"逐项盘点"),
        ("asked_first", r"首问负责"),
        # round aa's D (read at eb75d73): a teachers' day heading 做学生成长的引路人, then
        # the item 四是尊重个性差异，做学生成长的引路人 (salient_pairs.py: 30 drafts of 2,349)
        ("growth_guide", r"成长的引路人"),
    )
)

# Stock safeguard lines: a reader who sees several drafts spots them (round v: 回头看 as the
# last gate, 轻车简从, 对照任务清单逐项盘点, 钉钉子精神, 马上就办 almost word for word in three
# drafts). A safeguard's sentence every wording of which speaks with one of them is said
# only in a speech of at least STOCK_MINUTES (render._stock_left_out): a short speech goes
# without them, and spends its few safeguard lines on what the meeting is about.
STOCK_LINES = frozenset(
    {"nail_spirit", "act_at_once", "look_back", "light_travel", "tally_by_list", "asked_first"}
)
STOCK_MINUTES = 20
