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
            r"隐患排查|排查[^，。；]{0,6}隐患|拉网|大排查|全面排查|一处不漏",
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
        # the stock safeguard lines below, each said once a draft
        ("nail_spirit", r"钉钉子|一颗钉子"),
        ("act_at_once", r"马上就办|马上办"),
        ("look_back", r"“回头看”"),
        ("light_travel", r"轻车简从"),
        ("tally_by_list", r"逐项盘点"),
        ("asked_first", r"首问负责"),
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
