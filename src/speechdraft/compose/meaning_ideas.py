"""Meaning groups: one idea said in wordings that share no term (issue 11's D, branch pad15).

The record of a draft (restate.Said) refuses a wording whose idea was said, and one whose
terms or wording an earlier sentence carries. What it could not see is a paraphrase that
shares no term with what it repeats — the readers' first complaint about the lines the
length fitter adds (round ab: 把学校办成学生温暖的家 then 寄宿制学校就是他们在学校的家;
合作重在实效、不在签约数量 then 合作企业不在多而在实; 推动平台在日常教学中用起来 then
推动国家智慧教育平台常态化应用; 灾后校舍检查，不安全不复课 then 恶劣天气过后…确认安全后再恢复
正常教学; 牵头单位和配合单位 in six places; 帮学校解决困难 four times in a row).

Here each such idea is data: a name (for reading only) and a pattern for every wording that
says it. ``restate.ideas_in`` reads this list beside its own, frame_ideas' and
demand_ideas', so a wording naming one of these ideas is not said where the draft — a
clerk's point, a frames line, another piece — has said it. A name already used by one of
those lists (``into_department_plans``, ``back_the_doers``…) adds wordings to that idea
rather than making a second one.

Kept apart from ``restate.IDEAS`` so that other owners can add to theirs at the same time.
``scripts/same_idea_pairs.py`` reads this file (from its own tree) as its ruler: pairs of
sentences of one section naming one of these ideas, over every profile of the repository.
"""

from __future__ import annotations

import re

MEANING_IDEAS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        # a school (a boarding school) as the pupils' home
        (
            "school_as_home",
            r"温暖的家|在学校的家|第二个家|像家一样|家的温暖|家一样的温暖|也是生活的地方",
        ),
        # co-operation judged by what it does, not by how many sign
        (
            "cooperation_real",
            r"不在多而在实|重在实效[^。；]{0,6}不在|签约数量|挂名不合作|重实不重数|只挂名",
        ),
        # a platform or its resources put to daily use
        (
            "platform_in_use",
            r"平台[^。；]{0,16}(?:用起来|常态化|用在备课|日常教学)|常态化应用|平台资源[^。；]{0,8}用"
            r"|平台应用|平台资源进",
        ),
        # after a disaster or bad weather: check the buildings, resume only when safe
        (
            "check_before_resume",
            r"不安全不复课|灾后[^。；]{0,12}(?:检查|排查|复课)"
            r"|(?:恶劣天气|灾害天气|极端天气|暴雨|洪水|台风|地震)[^。；]{0,4}(?:过后|之后|结束后)"
            r"|确认安全后[^。；]{0,4}(?:恢复|复课|开学)",
        ),
        # a lead unit and those who assist it (a leading group's six places in round ab)
        ("lead_and_assist", r"牵头(?:单位|部门)|配合(?:单位|部门)|牵好头|牵头的主动|谁牵头"),
        # the schools' difficulties taken up and solved
        (
            "schools_difficulties",
            r"(?:学校|基层)(?:提出|反映|遇到|发展中)?的?(?:实际|具体)?(?:困难|难题|难处|问题)"
            r"[^。；]{0,14}(?:解决|带回|协调|回应|台账|销号)"
            r"|帮(?:助)?学校解决|为学校解决|难题带回来"
            # round av's D: 对学校请示的事项做到件件有回音 after 对学校提出的困难要逐件回应
            r"|学校请示的事项[^。；]{0,8}回音",
        ),
        # teachers' housing and lodging troubles
        ("teachers_lodging", r"(?:住房|住宿|周转房|交通)[^。；]{0,4}(?:困难|难题|难处)"),
        # a truant found is persuaded back
        ("persuade_back", r"劝返|劝回|发现一个"),
        # projects followed by their milestones
        (
            "schedule_tracked",
            r"对照节点|按节点|倒排工期|节点[^。；]{0,4}(?:核对|调度)|及时调度|跟踪调度|建账跟踪",
        ),
        # the counselling room open and staffed
        ("counselling_room_open", r"心理辅导室[^。；]{0,10}(?:开放|值守|有人)"),
        # effort on the weak indicators, not spread evenly
        (
            "weak_points_first",
            r"平均用力|撒胡椒面|哪项[^。；]{0,6}(?:弱|没有达到|不达标)|哪一项(?:上|没有达到|不达标)|薄弱指标"
            r"|对照评估(?:指标|标准)",
        ),
        # admission order: no poaching, admission by residence
        ("admission_order", r"掐尖招生|属地招生|公民同招|生源[^。；]{0,4}外流|招生秩序"),
        # pupils kept at the local high school by its quality
        ("keep_pupils_local", r"留住生源|留在本地|本地高中"),
        # illegal vehicles carrying pupils
        ("illegal_pupil_transport", r"无证驾驶|超员超载|非法营运|接送学生[^。；]{0,6}违法"),
        # what is seen and what is not (buildings vs minds and networks)
        ("seen_and_unseen", r"看得见的(?:设施|隐患|方面)|看不见的(?:方面|风险|隐患)"),
        # wiring and use of electricity against the rules
        ("illegal_wiring", r"违规用电|私拉乱接"),
        # books and teaching materials in hand before term
        (
            "books_ready",
            r"(?:教材|教学用书|教师用书|教辅|教学参考资料)[^。；]{0,12}(?:发放|发到|备齐|到位|手中)"
            r"|备齐教学用书",
        ),
        ("settle_in", r"收心"),
        # troubles reported up, not hidden
        (
            "report_troubles",
            r"捂着盖着|需要协调的[^。；]{0,8}提出|解决不了的[^。；]{0,6}(?:报告|反映|提出|提交)",
        ),
        # the rural teachers' honour
        ("rural_honour", r"荣誉证书|荣誉制度"),
        ("life_value", r"人生价值"),
        # examination staff trained
        ("exam_staff_trained", r"考务人员[^。；]{0,6}培训|监考[^。；]{0,8}培训"),
        # the honorees asked to go on (teachers' day: three hopes of one kind in a row)
        (
            "honorees_go_on",
            r"新的起点|戒骄戒躁|再创佳绩|再接再厉|继续走在前列|珍惜荣誉",
        ),
        # the bodies that keep one another informed and act together on a hazard
        ("joint_prevention", r"联防联控|信息共享|第一时间通报"),
        # a drop-off zone at the gate
        ("pickup_zone", r"接送区域|接送区|接送点"),
        # school and enterprise working together on the pupils' training itself
        (
            "enterprise_in_training",
            r"实训基地|共同开发课程|课程开发和学生评价|在育人上真正走到一起",
        ),
        # round ac's D (read at main 5a9d97b; /work/review-ac/INTEGRATOR-NOTES.md)
        ("cross_department", r"跨部门|多方共同办理|涉及(?:几|多)个部门"),
        ("laggards_catch_up", r"落后的|追赶|赶上来|滞后的要"),
        ("fast_approval", r"并联审批|加快审批|审批提速|简化审批"),
        ("joint_enforcement", r"联合(?:执法|查处)"),
        ("disguised_tutoring", r"露头就打|死灰复燃|改头换面|隐形变异"),
        (
            "aid_reaches_pupils",
            r"发到学生|到学生手中|学生或家长手里|发放到每一个|一分不少",
        ),
        ("boarding_life", r"吃得饱|住得暖|热水热饭|睡得香"),
        ("seasons_change_risks", r"季节不同|季节在变|当季的|不同季节|季节特点"),
        ("early_autumn_heat", r"初秋气温|气温仍然较高"),
        ("water_patrol", r"水域[^。；]{0,8}(?:巡查|看护)|巡查看护"),
        ("order_training", r"订单培养|现代学徒制"),
        ("pay_gap_filled", r"差额[^。；]{0,4}补足|收入比对"),
        ("families_trust", r"最大的信任|家庭的全部"),
        ("epidemic_supplies", r"防控物资|隔离观察"),
        ("school_leads_family", r"小手拉大手|以学校带家庭|带动家长|带动家庭"),
        ("heating_checked", r"取暖[^。；]{0,10}(?:查|排查)|逐校逐间|报警器"),
        (
            "group_teaches_as_one",
            r"教研共进|质量共评|统一教研|教研统一|质量统一评价|同步教研|同步备课",
        ),
        # ideas of the other lists, said in more wordings (the names join them)
        ("honour_means", r"表彰[^，。；]{0,6}，?是为了"),
        (
            "no_dropout_for_poverty",
            r"不让一名[^。；]{0,14}(?:失学|辍学)|因贫失学|因家庭经济困难而失学",
        ),
        ("disguised_burden", r"变相摊派|随意摊派|不得摊派"),
        ("meeting_decisions", r"会上定下的|会后就要抓紧"),
        ("honour_means", r"荣誉是对过去的肯定|一次致敬"),
        (
            "leaders_at_schools",
            r"深入(?:学校|一线)|下学校|到学校去|多到学校|机关干部[^。；]{0,6}(?:深入|下)",
        ),
        (
            "into_department_plans",
            r"本部门的(?:日常|业务)?工作|同部署、同检查|一起部署、一起检查"
            r"|写入[^。；]{0,8}(?:工作要点|年度工作)",
        ),
        ("members_own_it", r"分内事|必办事"),
        ("buck_passing", r"互相等待|互相观望|久拖不决"),
        ("refer_to_the_group", r"会商"),
        ("back_the_doers", r"卸下包袱|为担当者担当|为干事者"),
        ("personally", r"经常过问|亲自抓|具体抓、经常抓"),
        ("carry_it_out", r"抓好贯彻|认真(?:学习)?领会"),
        (
            "tasks_broken_down",
            r"责任主体|谁牵头|明确责任、明确时限|到人头|落到单位"
            # (round by's 13, D: 每一项任务都要落到具体单位、具体责任人，明确完成时限 after 明确责任、
            # 明确时限)
            r"|具体责任人[^。；]{0,10}时限",
        ),
        ("fewer_meetings_papers", r"以会议落实会议|以文件落实文件"),
        # round by's D lines, each said twice in one draft: 把公办园办多、办好 then 公办园要扩得开、
        # 也要办得好 (01, 13); 不能只盯着建楼买设备 then 不能只盯着校舍和设备 (01); 不能只在开会时
        # 表态 then …不能只表态 (11)
        (
            "public_kindergartens_both_ways",
            r"办多、办好|数量和质量两头|数量质量并重|扩得开[^。；]{0,6}办得好|只求数量"
            r"|和保教质量提升同步",
        ),
        ("not_only_buildings", r"不能只盯着[^。；]{0,6}(?:校舍|设备|建楼|硬件)|建楼买设备"),
        ("not_only_words", r"不能只表态|只在开会时表态|停留在表态"),
        # round ad's D (read at 20ea5bd; branch idea16): one idea said again anywhere in the
        # draft — a clerk's point, a target, a figure's sentence or a bank piece first, then
        # a bank piece in other words (招聘教师向乡村学校倾斜 / 补充的教师要向农村学校倾斜;
        # 校本研修 in one section, 校本教研 in another; three lines on guarding the gate)
        (
            "rural_first_for_new",
            r"(?:招聘|补充|新进|新招)[^。；]{0,12}教师[^。；]{0,6}向[^。；]{0,4}(?:农村|乡村)",
        ),
        ("homework_help", r"作业辅导|辅导作业|作业做完|完成作业"),
        ("interest_activities", r"兴趣活动|兴趣小组"),
        ("new_kindergartens", r"对新建[^，。；]{0,4}园"),
        ("school_funds_use", r"学校经费[^，。；]{0,6}使用"),
        ("school_leads_family", r"延伸到家庭|带到家庭"),
        (
            "public_kindergartens",
            r"公办园[^，。；]{0,10}(?:占比|主渠道|办多)|公办资源多了",
        ),
        ("party_cover", r"有学校的地方[^，。；]{0,6}党"),
        ("kindergarten_opens", r"(?:移交|接收)[^。；]{0,6}(?:小区)?配套园|核查配套园"),
        ("school_based_training", r"校本教研"),
        (
            "network_gaps",
            r"(?:网络|多媒体|信息化)[^。；]{0,24}短板|补齐[^，。；]{0,10}(?:网络|设备)",
        ),
        ("funds_reckoned", r"资金测算"),
        ("performance_evaluation", r"使用绩效|资金绩效"),
        (
            "campus_entry",
            r"进校园的(?:社会|各类)?(?:事务|活动|检查)|进校园开展活动|事务进校园",
        ),
        ("merged_checks", r"检查评比|检查、评比"),
        ("key_lies_in", r"关键在于|关键还在于"),
        (
            "meeting_decisions",
            r"会议(?:提出|确定)的(?:各项)?(?:要求|任务)|对照会议部署|会上讲到的|会议部署的各项任务"
            r"|议定了就",
        ),
        ("cherish_the_honour", r"骄傲自满"),
        (
            "hub_school_runs_villages",
            r"中心学校[^。；]{0,16}(?:带|帮助|帮扶)[^。；]{0,4}教学点|以中心学校带",
        ),
        ("linked_classrooms", r"教学点缺的课|开不齐的课"),
        ("backbone_exchanged", r"交流[^。；]{0,10}骨干教师|骨干教师[^。；]{0,10}交流"),
        ("persuade_back", r"(?:辍学|失学)的[^。；]{0,14}(?:动员|做工作)"),
        ("gate_closed", r"校门守住|校门都有人守|每个校门|门卫、监控|人防、物防、技防"),
        ("school_run_patrol", r"上下学(?:的)?(?:高峰)?时段[^，。；]{0,4}专人"),
        ("misuse_banned", r"挤占挪用|挤占、挪用|截留挪用|截留、挪用|截留套取|虚报冒领"),
        ("fixes_followed", r"整改[^，。；]{0,4}逐项跟踪|整改是否到位|跟踪整改"),
        ("members_own_it", r"提前对接|对接需求|主动对接"),
        (
            "more_than_meetings",
            r"开了几次会|发了几份文件|听汇报、念稿子|开成[^，。；]{0,8}例会",
        ),
        ("funds_followed", r"按时拨付|及时拨付"),
        ("listen_to_teachers", r"教师来评价|让教师评价|由教师评价"),
        ("teachers_burden", r"与(?:教育)?教学无关"),
        ("group_shares", r"集团内共建共享|向成员校输出"),
        (
            "honour_shared",
            r"荣誉(?:也)?属于|也是[^，。；]{0,10}的荣誉|对全体教师的(?:一次)?致敬",
        ),
        ("head_teachers_favoured", r"向[^，。；]{0,12}班主任[^，。；]{0,10}倾斜"),
        ("safety_bottom_line", r"安全是[^，。；]{0,8}底线"),
        ("course_plan_kept", r"课程方案"),
        ("heads_in_class", r"多进课堂|多到课堂|多听课|进课堂听课|推门听课"),
        ("cluster_cases", r"聚集性(?:病例|疫情)"),
        (
            "after_school_teachers",
            r"参与课后服务的教师|课后服务[^，。；]{0,4}教师[^，。；]{0,6}(?:补助|工作量|弹性)",
        ),
        ("campus_surroundings", r"校园及周边|周边(?:的)?治理"),
        ("canteen_regulators", r"市场监管[^。；]{0,16}食堂"),
        ("parent_letters", r"致家长(?:的一封)?信|告家长书|家长发一封信"),
        ("food_purchase", r"食材[^，。；]{0,6}采购|采购[^，。；]{0,4}食材|索证索票"),
        ("count_clear", r"底数清|情况明"),
        # a heading's 深入基层一线 (a section topic) said again in another section
        ("to_the_front_line", r"深入基层一线"),
        # round ac's D still said at main (read at 5a9d97b), the same way
        ("party_steers", r"把方向"),
        ("counselling_room_open", r"用好心理辅导室"),
        ("more_places", r"新建、改扩建学校|扩容|招生划片|划片招生"),
        ("order_training", r"订单式培养"),
        ("no_delay", r"不等不拖|不拖不等|不拖延"),
        (
            "funds_followed",
            r"及时足额|足额拨付|一分也不能|一分不少落实|拨付要跟踪|拨付[^。；]{0,6}对账|到校情况",
        ),
        ("epidemic_supplies", r"防疫物资"),
        ("pay_told", r"算得清[^，。；]{0,6}账"),
        ("ethics_first", r"第一位的[^，。；]{0,6}师德"),
        ("self_protection", r"自护能力|自我保护能力|自救自护"),
        ("first_responsible", r"负第一责任"),
        ("traffic_lessons", r"交通安全教育|遵守交通规则"),
        # round ae's D (read at 6ff86b2, this branch's start), the same way
        ("idle_premises", r"闲置(?:的)?(?:资源|校舍)"),
        ("dorm_night_watch", r"查寝"),
        (
            "laggards_catch_up",
            r"跟不上的|落后单位|落后了|推进迟缓|推进慢的|进度落后|工作滞后|滞后的单位",
        ),
        ("tasks_watched", r"盯住不放|有人盯着|件件有着落"),
        ("teachers_poached", r"违规抽调|教师外流|抢挖|挖抢"),
        (
            "training_for_class",
            r"贴近(?:教学|课堂)|学以致用|学了回去就能用|放进课堂",
        ),
        ("none_left_out", r"不漏一人|一人不漏|不落一人"),
        ("funds_followed", r"全过程监管"),
        ("counselling_room_open", r"心理辅导室[^。；]{0,20}(?:开放|值守|有人|开起来)"),
        ("enterprise_in_training", r"实训车间"),
        ("public_answered", r"件件有核实|答复群众"),
        ("good_start", r"开好局|起好步"),
        ("back_the_doers", r"容错纠错|保护[^，。；]{0,6}积极性"),
        (
            "parents_told",
            r"向家长[^。；]{0,6}(?:讲清|讲明白|宣传)|科学育人(?:理念|的道理)|对家长要多做引导",
        ),
        ("gaps_not_only_buildings", r"师资和(?:课程|管理)|不能只在校舍"),
        ("findings_fixed", r"发现的短板"),
        ("report_troubles", r"如实报告|既报成绩也报问题"),
        ("cross_department", r"部门之间空转"),
        ("budget_focus", r"有保有压|撒胡椒面|财力要集中|集中财力"),
        ("tight_budget", r"过紧日子|财力再紧|财政再紧"),
        (
            "supervision_used",
            r"束之高阁|一发了之|督导结果[^。；]{0,8}(?:挂钩|运用|用上|用不起来|用起来)"
            r"|用上督导结果",
        ),
        ("every_pupil_fair", r"没有[“\"]?差生|公平对待每一个|不歧视"),
        ("respect_shown", r"(?:尊师重教|尊重教师)[^。；]{0,12}体现在"),
        ("utmost_care", r"十防九空"),
        ("kindergarten_fees", r"普惠园的收费|收费监管"),
        ("not_only_reports", r"少听汇报|多看现场"),
        ("guardian_duty", r"监护人|监护责任"),
        ("teachers_hardships", r"(?:教师|老师)[^。；]{0,12}困难|困难的(?:教师|老师)"),
        ("carry_it_out", r"会上定下的安排"),
        ("utmost_care", r"一刻也不能放松|麻痹思想|松劲心态|麻痹松劲"),
        # branch length16: respect for teachers on every day, not on Teachers' Day alone
        ("respect_shown", r"只(?:停留)?在教师节|只在节日里|平常日子里见行动"),
        # supporting education is every department's own duty
        ("support_is_duty", r"(?:支持教育|关心教师)[^。；]{0,10}分内之(?:责|事)"),
        # round af's D (read at 97316f7, sealed; branch idea17) and round ae's still said at
        # fad1074: one idea in two wordings that shared no pattern (af 3 of 54 D lines seen)
        # a heading 坚持人防物防技防并举, then 要坚持人防、物防、技防一起抓 under it
        ("gate_closed", r"人防、?物防、?技防"),
        # each task with its owner and its deadline: 逐项明确责任…件件有着落 / 谁牵头、谁负责、
        # 什么时候完成 / 明确牵头单位和责任人 / 牵头单位、责任人、完成时限一项不缺
        (
            "tasks_owned",
            r"逐项明确责任|件件有着落|明确牵头单位和责任人|牵头单位、责任人|由谁负责|一项不缺",
        ),
        # every member doing its share: 各司其职、履职尽责 / 分内之事 / 主动认领任务
        ("members_own_it", r"各司其职、履职尽责|分内之(?:事|责)|认领任务"),
        # the documents adopted and the reports heard, each followed by 会后抓紧…
        (
            "get_going_after",
            r"会后[^，。；]{0,3}(?:抓紧|明确责任)|抓紧(?:推进|推开|组织实施)",
        ),
        # progress credited to the members' work, in two sentences of one review
        (
            "members_credit",
            r"凝聚着[^。；]{0,10}(?:努力|付出|心血|汗水|支持)|离不开各方面的支持",
        ),
        # teaching is for the pupils' growth as people
        (
            "teach_to_educate",
            r"教书的根本在育人|育人是使命|教书是职业|既教知识，更教做人|既教书，更育人",
        ),
        (
            "campus_entry",
            r"进校园的[^，。；]{0,4}(?:督查|检查|评比)|活动进校园|社会事务[^。；]{0,10}进校园",
        ),
        ("group_in_name", r"挂牌子|标语和牌子|挂牌了事|集而不团|只挂牌"),
        ("funds_reckoned", r"资金需求[^，。；]{0,4}测算|先算账|资金需求多少|算清资金需求"),
        # progress counted beside results: 增值评价 / 既看结果，也看进步幅度
        ("progress_counted", r"增值评价|进步幅度|看进步|进步大的"),
        # 成绩属于过去, then 对这些成绩，既要充分肯定…
        ("results_weighed", r"成绩属于过去|成绩只(?:能)?代表过去|对这些成绩，既要"),
        # one file a pupil: 一生一档 / 逐人建档
        ("file_each_pupil", r"一生一档|逐人建档|一人一档"),
        # cadres at each home: 包保到户 / 劝返工作要落实到户…上门
        ("door_to_door", r"包保到户|劝返[^。；]{0,8}到户"),
        ("water_patrol", r"巡查河塘|巡查[^，。；]{0,4}(?:河道|河塘|塘坝)|河道巡查"),
        # a rural teachers' allowance: said once, where its section is
        ("rural_allowance", r"乡村教师(?:生活)?补助"),
        ("payments_public", r"发放情况[^。；]{0,6}公开|发了多少[^。；]{0,6}公开"),
        ("opening_safety_strict", r"从严从[实细]"),
        ("requests_answered", r"逐件回应|及时办理、及时答复|及时答复"),
        ("no_delay", r"不等不靠"),
        ("canteen_chain", r"从加工到留样|采购、加工、分餐|从采购到"),
        ("with_locals", r"(?:配合|会同)属地和有关部门"),
        # a night watch in the dormitories: 值班巡查 / 夜间值守巡查 / 值班教师夜间巡查
        ("dorm_night_watch", r"值班巡查|夜间[^，。；]{0,4}巡查|夜间值守"),
        ("illegal_wiring", r"违规电器|大功率电器"),
        (
            "parents_judge",
            r"家长的评价作为|群众说好才是真的好|由群众来?评判|群众最有发言权"
            r"|群众(?:评判|评价)[^。；]{0,8}工作|群众满意作为[^。；]{0,8}标准",
        ),
        ("built_and_used", r"建用结合|建成、?用好|当摆设"),
        ("platform_in_use", r"(?:用进|进入|走进)日常(?:教学|课堂)"),
        ("managed_hiring", r"[县区旗市]管校聘"),
        (
            "rural_first_for_new",
            r"新(?:招聘|补充)[^。；]{0,6}教师[^。；]{0,8}优先(?:补充|满足|安排)[^。；]{0,4}(?:乡村|农村|村小|教学点)",
        ),
        # round ag's D (both arms; branch idea18): one idea in two sentences side by side
        # 这些成绩的取得，离不开各方面的支持 / 凝聚着各方面的支持 (members_credit, above);
        # 但也要清醒地看到… then 对此，我们务必保持清醒头脑
        ("clear_headed", r"清醒地看到|保持清醒头脑"),
        # 开学两周内要逐一核查未返校学生, then 对疑似失学辍学学生逐一核查、逐人建档
        (
            "dropouts_checked",
            r"(?:失学辍学|辍学|未返校)[^。；]{0,8}逐一核查|逐一核查[^。；]{0,6}(?:失学|辍学|未返校)"
            r"|逐一联系学生",
        ),
        # 把党的领导落实到办学治校全过程, then 要把党建工作融入教育教学全过程
        ("party_through_all", r"党的领导[^。；]{0,8}全过程|党建工作融入[^。；]{0,8}全过程"),
        # 疫情防控…必须慎终如始, then 学校是人员高度聚集的场所，疫情防控的弦必须始终绷紧
        ("covid_vigilance", r"慎终如始|疫情防控的弦"),
        # 培训内容要和课堂教学紧密结合, then 培训效果好不好，关键在贴近课堂 / 要让培训贴近教学实际
        (
            "training_fits_class",
            r"培训[^。；]{0,8}(?:和|与)课堂教学紧密结合|培训[^。；]{0,12}贴近(?:课堂|教学实际)"
            r"|关键在贴近课堂",
        ),
        # a teachers' pay line after the figure's 要按时发放到教师手中 and before 对账销号
        (
            "teacher_pay_on_time",
            r"按时(?:足额)?发放到教师|教师工资要按时|(?:工资|补助)[^。；]{0,4}发放要对账销号",
        ),
        # 说普通话、写规范字 / 说一口标准的普通话、写一手规范的汉字
        ("putonghua_said", r"普通话[^。；]{0,12}规范(?:的)?(?:汉)?字"),
        # 干得好的要表扬激励 / 按规定予以表扬激励 / 给予褒扬奖励 (three in one draft)
        (
            "praise_the_good",
            r"表扬激励|褒扬奖励|干得好的要表扬|干出成效[^。；]{0,10}表扬|(?:给予|予以)表彰奖励",
        ),
        # the clerk's 巩固“双减”成果, then 坚决巩固学科类培训机构的压减成果
        ("gains_kept", r"巩固[“”]?双减[“”]?成果|巩固[^。；]{0,10}压减成果"),
        # 早发现、早报告、早处置, then …做到及时处置、及时报告
        ("report_at_once", r"早发现、早报告、早处置|及时处置、及时报告|及时报告、妥善处置"),
        # 引进企业技术骨干和能工巧匠到校兼课, then 坚持校企人员互兼互聘
        ("staff_from_firms", r"互兼互聘|能工巧匠到校兼课|企业技术骨干[^。；]{0,6}兼课"),
        # 校长要把主要精力放到抓教学、抓质量上来 / 领导班子的心思和精力，要放在教育教学管理上
        ("heads_on_teaching", r"精力[^。；]{0,4}(?:放在|放到)(?:抓)?教(?:育)?学"),
        ("teachers_the_root", r"教师为本|立教之本"),
        # 今天的表彰…也是对全体教师的敬意 / 今天的表彰，是对全体教师的一次致敬
        ("homage_to_all", r"对全体教师的(?:一次)?(?:致敬|敬意)"),
        ("school_closed_if_needed", r"(?:视情|必要时)停课"),
        # 调研发现的问题要建台账 / 下学校发现的问题，能当场解决的要当场解决
        ("findings_on_visits", r"(?:调研|下学校)发现的问题"),
        # 是大家一起干出来的 / 是全系统干部教师一件一件干出来的
        ("done_by_all", r"干出来的"),
        ("homework_design", r"作业设计"),
        ("classics_read", r"经典诵读"),
        # 提高学生自护能力 / 学生会不会自我保护，要靠平时的安全教育
        ("pupils_protect_selves", r"自我保护|自护能力|自救自护"),
        ("prevent_early", r"功夫下在平时|防患于未然"),
        # two of a school opening's order lines side by side on 开学后的教学情况 (the city
        # school opening example, once the groups above moved its choices)
        ("term_teaching_known", r"开学后的教学情况"),
        # 落实不力的要督促整改 / 工作进度靠后的单位，要在整改提高上多下功夫
        (
            "laggards_corrected",
            r"落实不力的要|进度靠后|工作不力的|工作不力，|工作滞后的|进度落后的",
        ),
        # round ah's D (both arms; branch idea19): one idea in two wordings of two groups, or
        # of none. A name already used adds wordings to that idea (restate.IDEAS' too).
        # 项目推进到哪里，资金就拨付到哪里 / 坚持资金跟着进度走 / 资金支付情况要逐项对账
        ("funds_followed", r"跟着(?:项目)?进度走|资金支付情况|推进到哪里"),
        # 领导干部要经常到学校去 / 到教育一线走一走、看一看 / 下基层要多到条件差…的学校去
        ("leaders_at_schools", r"一线走一走|走一走、看一看|下基层要多到"),
        # 乡村教师荣誉制度…受到应有的尊重 / 他们的付出应当被看见、被尊重
        ("respect_everywhere", r"受到应有的尊重|被看见、被尊重|受到全社会的尊重"),
        # 关心教师不能只在节日里 / 最终要看老师们在日常生活里能不能感受到尊重
        ("respect_shown", r"日常生活里[^。；]{0,10}尊重"),
        # 周边水域的巡查看护 / 配合开展巡查劝导
        ("water_patrol", r"巡查看护|巡查劝导|水域[^。；]{0,4}巡查"),
        # 根据季节特点做好安全提醒 / 随着季节变化…防范工作要跟着调整
        ("season_changes", r"季节特点|季节变化"),
        # 要多用“四不两直”，看实情 / 要到重点水域实地查看，不能只看台账
        ("not_only_reports", r"四不两直|看实情|实地查看"),
        # 会后，大家要认真传达… / 会后，各市…要及时传达会议精神
        ("relay_the_meeting", r"传达[^。；]{0,4}会议精神|认真传达"),
        # 三、…为各项工作提供有力支撑, then （一）…为教育发展提供坚实支撑
        ("support_given", r"提供(?:坚实|有力|坚强)(?:的)?支撑"),
        # 园舍建成之日…到位之时 / 建成一所就要开园一所 / 校舍、老师、学生同时到位
        (
            "staffed_when_built",
            r"建成之日|建成一所|同步谋划教师配备|校舍、老师、学生同时到位|配齐一所",
        ),
        # 保障学生的睡眠时间 after the heading 保障睡眠 and the rule 每天睡眠10小时
        ("sleep_kept", r"睡眠"),
        # 要听取师生和家长的评价意见 / 调研直奔一线，听校长、教师和家长讲真话
        ("listen_to_teachers", r"听取师生|听校长、教师|家长讲真话"),
        # 对工作不力的学校及时督促 / 对责任落实不到位…的单位，要及时提醒、督促改进
        ("laggards_corrected", r"落实不到位的|督促改进|推进迟缓"),
        ("accountability", r"失责必问"),
        # 受表彰的同志是从广大教师中推选出来的 / 受到表彰的…是…教师队伍中的优秀代表
        ("honourees_stand_for", r"受(?:到)?表彰的[^。；]{0,24}(?:推选出来|优秀代表)"),
        # 培训…内容贴近教学实际 / 培训内容要和课堂教学紧密结合
        ("training_fits_class", r"贴近教学实际"),
        # 群众期盼强烈…要优先安排 / 群众反映集中的问题…优先位置 / 分清轻重缓急
        ("urgent_first", r"群众(?:期盼|反映)[^。；]{0,6}(?:强烈|集中)"),
        # fees of tutoring firms said four times in one section (收费行为, 预收费, 收费和广告)
        ("tutoring_fees", r"收费行为|收费项目和标准|预收费|收费和广告|一次性收取"),
        # 校外培训专项检查…全年开展4次 / 每季度组织一次专项检查
        ("tutoring_inspections", r"每季度[^。；]{0,6}专项检查|专项检查[^。；]{0,10}全年开展"),
        # 哪些机构合规、怎样举报 / 违规培训举报线索要跟踪问效 / 畅通举报渠道
        # (举报渠道要畅通 after 畅通举报渠道: round by's 13, D)
        ("reports_followed", r"怎样举报|畅通举报渠道|违规培训举报|举报线索|举报渠道"),
        # 新入职教师…站稳讲台 / 让新教师尽快进入角色 / 尽快过好教学关
        ("mentoring", r"尽快进入角色|过好教学关"),
        # 晨午检、因病缺勤追踪 / 学校要落实“两案九制”
        ("morning_check", r"因病缺勤|两案九制"),
        # 帮助家长树立科学的育儿观念，不盲目跟风报班 / 帮助家长明辨良莠、理性消费
        ("parents_rational", r"跟风报班|盲目报班|理性消费|育儿观念"),
        # 公开招生范围、招生计划 / 招生计划、招生范围、招生结果要全部向社会公开
        ("enrolment_public", r"公开招生(?:范围|计划)|招生(?:计划|范围)[^。；]{0,12}公(?:开|布)"),
        # 督导发现的问题，我们将督促各地逐项认领 / 督促各地把问题改到位
        ("supervision_fixed", r"督促各地[^。；]{0,8}(?:改到位|认领|立行立改)|逐项认领"),
        # 校园周边发现的问题要建台账 / 学校反映的周边问题…逐件跟进
        ("campus_surroundings", r"周边[^。；]{0,6}问题"),
        # 对列为重点关注的学生…跟踪 / 重点关注学生要因人施策，跟踪到位
        ("focus_pupils", r"重点关注的?(?:学生|对象)"),
        # 教学点缺的课，要…开齐开好 / 音体美…用走教、送教的办法把课开起来
        ("classes_opened", r"开齐开好|把课开起来|开齐开足|缺的课"),
        # 每个孩子都有自己的长处，老师要因材施教 / 善于发现每个学生的长处，因材施教
        ("each_strength", r"长处|因材施教|个性差异"),
        # 疫情防控还没有到可以松口气的时候 / 疫情防控一刻也不能放松
        ("utmost_care", r"松口气"),
        # 没有哪一件是教育部门一家能办成的 / 不能只靠教育部门唱独角戏
        ("not_one_department", r"唱独角戏|一家能办成"),
        # 各成员单位要把分内的任务认领下来 / 把会上明确的任务当作本部门的分内事来办 /
        # 领导小组分给…的教育事项，要列入各部门重点工作
        ("members_own_it", r"分内的任务|分内事|分给[^。；]{0,12}事项"),
        # 镇直各单位要把支持教育发展放在心上 / 镇直各单位要把支持教育纳入本单位工作
        ("units_back_education", r"要把支持教育"),
        # 向离退休老教师致敬, then 退休的老教师为教育事业奉献了一辈子
        ("retired_teachers", r"退休的?老教师"),
        # 一所学校的好风气，靠的是一代代老师… / 是一代代教师接续奋斗的结果
        ("generations", r"一代代(?:老师|教师)"),
        # 谁牵头、谁负责、什么时候完成 / 都要有人抓、有人管、有人负责
        ("someone_in_charge", r"谁负责|有人抓"),
        # 普惠性民办园补助制度 / 补助资金跟着质量走，普惠性民办园…
        ("kindergarten_aid", r"普惠性民办园补助|补助资金跟着质量走|民办园走普惠"),
        # 聘请能工巧匠…担任兼职教师 / 为职业学校聘请兼职教师争取政策支持
        ("staff_from_firms", r"兼职教师"),
        # 放假前每所学校要召开一次防溺水专题家长会 / 通过家访、家长会等方式…
        ("parents_meetings", r"家长会"),
        # 这些成绩来之不易，要倍加珍惜, then 这些进展，凝聚着…付出 (the review's close and its
        # credit: both speak of "these results"); 珍惜今年取得的成绩 as the item's head
        ("these_achievements", r"这些(?:成绩|进展)，|倍加珍惜|珍惜[^。；]{0,8}取得的成绩"),
        # 表彰的名额有限，老师们的付出无限 / 今天的表彰，是对全体教师的一次致敬
        ("homage_to_all", r"名额有限"),
        # round ai's D (new arm; branch idea20): stock ideas every draft carried twice.
        # 减负成效如何，要听教师的评价 / 尊师重教各项举措…要由广大教师来评判 / 待遇政策的落实成效，要以
        # 教师的满意度来检验 / 减负有没有效果，要听听一线教师怎么说: the teachers judge, said once
        (
            "listen_to_teachers",
            r"教师怎么说|由[^。；]{0,6}教师来?评判|教师的满意度|教师满意度[^。；]{0,6}检验",
        ),
        # 会后要有人抓、有人管、有结果 / 一项任务从部署到办结，都要有人盯着
        ("someone_in_charge", r"有人盯|从部署到办结"),
        # 班子成员要常到学校走一走 / 下基层要多往条件艰苦的学校走 / 经常到学校走一走: a group
        # of its own, not leaders_at_schools (whose 下学校 would then refuse 下学校发现的问题 under
        # 坚持深入一线 and leave a 30-minute teachers' day 87 characters short of its length)
        (
            "walks_to_schools",
            r"(?:常|经常)到学校走|艰苦的学校走|多往[^。；]{0,10}学校(?:走|跑|去)",
        ),
        # 不能各管一段、各吹各号 / 分工不分家，相互之间要多补台、不拆台
        ("work_as_one", r"各管一段|各吹各号|分工不分家|多补台|相互补台"),
        # the law's three increases of education funding, said in two sections of one draft
        ("three_increases", r"三个增长"),
        # 教育经费要专款专用 / 专款必须专用，财务制度…: one rule of money, said once a draft
        ("earmarked", r"专款(?:必须)?专用"),
        # 不得随意向学校摊派任务 after 对变相摊派给学校的任务…
        ("disguised_burden", r"摊派"),
        # 师德表现要成为…的首要标准 under 把师德师风作为…第一标准 (and its 一票否决 beside it)
        ("ethics_first", r"师德[^。；]{0,16}(?:第一标准|首要标准)"),
        # 学位供给要跟着学龄人口走 / 学位准备走在需求前面
        ("places_ahead", r"跟着学龄人口走|走在需求前面"),
        # 让教师把精力用在教书育人上 (减负 in a pay section) / 让学校把精力放到教书育人上
        ("minds_on_teaching", r"精力(?:用在|放到|放在|集中到)(?:教书)?育人上"),
        # round aj's D (branch echo20): a stock line saying again, in other words, what a line
        # a few lines before it in its section said. Each group names one idea by every
        # wording that says it; the pair the readers marked is in the comment above it.
        # 定牵头领导、定责任单位 then 有人盯、有人管; 一项一责任人 then 每一项都要有整改责任人
        (
            "someone_in_charge",
            r"有人管|有人抓|定牵头领导|定责任单位|一项一(?:责任人|负责人)|整改责任人"
            r"|每一项[^。；]{0,6}(?:责任人|负责人)",
        ),
        # 坚持进货查验、索证索票 then 每一批食材都要查验、留存票证
        ("food_purchase", r"进货查验|留存票证|查验[^。；]{0,6}票证|每一批食材"),
        # 资金要优先安排 then 财政部门要优先保障
        (
            "funds_first",
            r"资金[^。；]{0,4}优先安排|优先安排[^。；]{0,4}资金|财政[^。；]{0,6}优先保障",
        ),
        # 尊师重教要常态化…平常日子里见行动 then 走访慰问教师要经常化
        (
            "respect_every_day",
            r"尊师重教[^。；]{0,4}常态化|走访慰问[^。；]{0,6}经常化|平常日子|不能只在教师节",
        ),
        # 强化激励约束 then 激励担当作为 (two headings of one part)
        ("incentives", r"激励约束|激励担当|激励干部"),
        # 为开学打好基础 then 为新学年工作打好基础
        ("lay_foundation", r"打好基础"),
        # 不能议而不决、决而不行 then 不能以会议落实会议、以文件落实文件
        ("hot_meeting", r"以会议落实会议|以文件落实文件"),
        # 查实一起、严肃处理一起 after a line on 问责追责
        ("accountability", r"查实一起|严肃处理一起"),
        # 控辍保学责任要落实到校、到人 then 落实校长、班主任包保责任
        ("dropout_duty", r"控辍保学责任要|落实到校、到人"),
        # 足额发放到每一位教师手中 then 确保每一笔钱都用在教师身上
        ("pay_reaches_teachers", r"每一笔钱|足额发放到[^。；]{0,6}(?:教师|老师)|一分一厘"),
        # 教师培训经费 twice in a teachers' day
        ("training_funds", r"培训经费"),
        # 表彰名额有限 then 许多没有站上领奖台的老师
        ("not_all_honoured", r"领奖台|名额有限|没有受到表彰"),
        # 监测结果要用于改进教学 then 监测报告拿到手，学校要逐项查找问题
        (
            "monitoring_used",
            r"监测(?:结果|报告)[^。；]{0,12}(?:改进|查找问题|用起来|用好)|监测报告拿到手",
        ),
        # 培训要多安排课例研讨…贴近教学实际 then 教师需要什么就培训什么
        ("training_fits_class", r"需要什么就培训什么|形式化的集中讲座"),
        # 学位供给与学龄人口变化有效衔接 then 把入学高峰算在前面、学位准备走在需求前面
        ("places_ahead", r"学龄人口变化|入学高峰算在前面|学位供给[^。；]{0,4}(?:衔接|跟着)"),
        # 资金测算做扎实 then 逐项测算资金需求
        ("funds_reckoned", r"测算资金需求|资金需求[^。；]{0,4}测算|资金跟到哪里"),
        # 数字资源用于备课教研 then 推动平台资源进课堂、进备课、进教研
        ("platform_in_use", r"数字资源[^。；]{0,8}(?:备课|教研|课堂)"),
        # 返校核查劝返 (a section) then 准确掌握返校情况…未按时报到
        ("persuade_back", r"返校情况|未按时报到|返校核查"),
        # round ak's D (new arm; branch echo22): paraphrases a group held apart or none held.
        # 资金跟着进度走 then 任务到哪里，资金就跟到哪里 (funds_reckoned alone held the second)
        ("funds_followed", r"到哪里[^。；]{0,4}资金[^。；]{0,2}跟到哪里"),
        # 兑现要按时、要足额 / 对拖欠、克扣…要严肃追责 in 工资, then 按时足额发放到人，不拖欠 in
        # 惠师资金; 足额发到教师手中 then 教师工资发放必须按时足额，决不允许出现拖欠和克扣
        ("in_full_on_time", r"按时、(?:要)?足额|足额发(?:放)?到"),
        ("no_arrears", r"拖欠|克扣"),
        # 由广大教师来评判 / 老师们的感受最能说明问题 / 要由学校和师生来评判 / 要看老师们满意不满意
        # / 把群众的感受作为检验工作的重要依据: those served judge the work, said once a draft
        ("served_judge", r"来评判|最能说明问题|满意不满意|感受作为检验"),
        # 这些进展说明… then 这些进展，凝聚着… (two lines in a row opening on these results)
        ("these_achievements", r"这些(?:成绩|进展)(?:说明|凝聚|来之不易|的取得)"),
        # 教师节是属于老师们的节日 then 在这个属于老师们的日子里 (greetings)
        ("teachers_own_day", r"属于老师们的|属于教师的(?:节日|日子)"),
        # the clerk's 建好用好名师工作室, then a stock line on 名师工作室的示范带动作用
        ("master_studios", r"名师工作室"),
        # the clerk's 无证机构一律取缔, then 对未经审批擅自开展培训的机构，发现一家、查处一家
        ("unlicensed_tutoring", r"无证(?:的)?(?:校外)?(?:培训)?机构|一律取缔"),
        # 谁负责、什么时候完成 / 排出时间表、明确责任人 / 有人牵头、有人负责、有人跟踪
        ("someone_in_charge", r"明确责任人|排出时间表|有人牵头|有人负责"),
        # 有关部门要各负其责 then 各成员单位要各司其职、履职尽责 (members_cooperate: 各司其职)
        ("members_cooperate", r"(?:部门|单位)要各负其责"),
        # the clerk's 弘扬教育家精神 section, then 教育家精神要落到身边人身上 in another part
        ("educator_spirit", r"教育家精神"),
        # round ak's D still said at main b7eca2d (both arms; branch echo23): an idea said in
        # two places of one draft, in wordings no group joined. The pair the readers marked
        # is in the comment above each group.
        # 形成一级抓一级的工作格局 then 形成齐抓共管的格局
        ("pattern_formed", r"形成[^。；]{0,10}格局"),
        # 二、…织密校园安全防护网 then （一）…织密平安校园防护网 then （三）织密防溺水安全网
        ("weave_the_net", r"织密[^。；]{0,10}网"),
        # （二）…守护学生上下学路上的安全 / （三）…守护学生生命安全 / （四）…守护师生平安
        ("guard_safety", r"守护[^。；]{0,12}(?:安全|平安)"),
        # 四、压紧压实责任 then （一）加强组织领导，压实教育工作责任 / 压实安全责任 twice
        ("press_duty", r"压紧压实|压实(?!家长|监护)[^。；]{0,4}责任"),
        # （二）…提质增效 then （四）减负更要提质，推动课堂教学提质增效
        ("quality_up", r"提质"),
        # 把分内的任务认领下来 then 谁的问题谁认领，谁的任务谁完成，不能把矛盾上交
        ("members_own_it", r"谁的问题谁认领|谁的任务谁完成|矛盾上交"),
        # 哪一件都要几个部门一起办 then 涉及几个部门的任务，牵头单位要把配合单位召集起来
        ("several_departments", r"涉及几个部门|几个部门一起办"),
        # 牵头单位要把配合单位召集起来 / 排出时间表、明确责任人 / 谁负责、什么时候完成 / 责任分工要
        # 列成清单，由谁牵头 / 明确责任人和完成时限 / 定进度、定责任 / 到单位、到人头、到时限 / 落到具体
        # 单位、具体责任人: each task its owner and its date, once. Not 专人负责 (a school's
        # officer for 资助, 舆情, 安全管理: three matters) nor 有人负责 (someone_in_charge holds it
        # with 明确责任人): with them a 30-minute safety draft fell 54 characters short of
        # test_genre's 5,100, every owner line refused)
        (
            "owner_and_date",
            r"明确责任人|责任人和完成时限|责任单位和完成时限|什么时候完成|排出时间表|由谁牵头"
            r"|谁牵头|谁负责|定进度、定责任|到人头|到时限|列(?:出|成)清单"
            r"|具体责任人|牵头单位[^。；]{0,6}召集",
        ),
        # 责任落实的成效，要到学校和一线去看 then 责任落实的情况要经常对照检查 / 支持教育的成效，
        # 要由学校和师生来评判 (and 定期对账、偏差纠正 then 及时提醒、督促改进)
        (
            "duty_checked",
            r"责任落实的(?:成效|情况)|的成效，要(?:到|由)|偏差[^。；]{0,4}纠正",
        ),
        # 亲自研究、亲自部署 then 各级领导干部要带头研究教育、关心教育
        ("personally", r"亲自研究|亲自部署|带头研究教育|研究教育、关心教育"),
        ("priority_position", r"摆上[^。；]{0,4}议事日程|摆在[^。；]{0,4}议事日程"),
        # 到一线走一走、看一看 (a lead) then 一是要坚持深入一线
        ("to_the_front_line", r"一线走一走|走一走、看一看|坚持深入一线"),
        # 高中教师…才留得住 then 稳住县域高中教师队伍，第一条就是不得违规抽调骨干教师
        ("keep_teachers", r"稳住[^。；]{0,10}教师|教师[^。；]{0,14}留得住|违规抽调"),
        # 收心归位、开齐开足 then 开学之初…让教学秩序尽快稳定下来
        ("settle_in", r"收心|教学秩序尽快稳定|尽快(?:进入|回到)学习状态"),
        # 明确看护人员 then 课后服务…安排好管理人员
        ("after_school_staff", r"(?:明确|安排好|配齐)(?:看护|管理)人员"),
        # 教研员深入课堂、蹲点指导 then 教研室要当好参谋…课堂诊断和学科指导
        (
            "research_guides_class",
            r"教研(?:员|室|部门)[^。；]{0,10}(?:深入课堂|蹲点|参谋|指导)|课堂诊断|学科指导"
            r"|蹲点指导",
        ),
        # 为担当者担当 then 遇到难事不推、碰到矛盾不绕，这才是干部的担当
        ("back_the_doers", r"干部的担当|碰到矛盾不绕"),
        # 工资差额补足资金 then 算清教师收入账，缺多少补多少 / 把教师收入的差额算准补齐
        (
            "pay_gap_filled",
            r"缺多少补多少|收入账|差额算准|差额[^。；]{0,6}补齐|差额补足",
        ),
        # 管好用好惠师资金，让教师安心从教 after （一）…安心从教 (a heading's purpose twice)
        ("teach_at_ease", r"安心从教"),
        # 公共财政支出要优先保障教育 then 财政部门要把教育作为公共财政保障重点
        ("funds_first", r"公共财政[^。；]{0,8}(?:保障重点|优先保障)|优先保障教育"),
        # 接受家长和社会监督 then 要请家长参与食堂监督
        ("parents_oversee", r"家长[^。；]{0,6}监督|接受[^。；]{0,8}社会监督"),
        # 老化线路及时更换 then 老旧线路要及时更换
        ("old_wiring", r"(?:老旧|老化)(?:电气)?线路"),
        # 开学第一天…安全第一课 then 四是上好开学安全第一课
        ("first_lesson", r"安全第一课"),
        # 交通、防溺水、防欺凌…教育 twice in one school opening
        (
            "hazard_lessons",
            r"(?:交通|防溺水|防欺凌|防诈骗)[^。；]{0,4}、[^。；]{0,4}(?:防溺水|防欺凌|防诈骗)[^。；]{0,12}教育",
        ),
        # 一塘一牌 then 要设立警示标志
        ("warning_signs", r"一塘一牌"),
        # 巡查看护、网格员劝导 then 纳入基层网格管理，重点水域…有人巡、有人管
        ("water_patrol", r"有人巡|网格员"),
        # 防溺水专题教育 in two sections of one draft
        ("drowning_lessons", r"防溺水[^。；]{0,4}(?:专题|安全)?教育"),
        # 师生每日健康监测 then 师生健康状况要及时掌握，晨午检、因病缺勤追踪一项都不能少
        ("health_watched", r"晨午检|健康监测|健康状况[^。；]{0,6}掌握|因病缺勤"),
        # 饮水设施逐项检查 then 饮水设备要清洗检测
        ("drinking_water", r"饮水(?:设备|设施|机)|饮用水"),
        # 教研部门…质量分析的职责 then 坚持用质量分析指导教学改进
        ("quality_analysis", r"质量分析"),
        # 州教育局会同编制、人社部门统筹 then 人社、机构编制部门要统筹解决教师招聘和编制问题
        (
            "staffing_posts",
            r"编制、人社|人社、(?:机构)?编制|招聘和编制|编制和招聘|机构编制部门",
        ),
        # 公安…加强校园周边治安 then 公安部门要加强校园周边巡逻防控
        ("campus_surroundings", r"校园周边[^。；]{0,4}巡逻"),
        # 乘坐接送车辆的学生逐一登记 then 接送学生车辆的安全要盯紧 (not 无牌无证车辆: telling
        # the pupils what not to board is no second saying of the vehicles' checks)
        ("pupil_rides", r"接送(?:学生)?(?:的)?车辆"),
        ("traffic_lessons", r"过马路"),
        # 普惠性民办园 three lines in a row (认定、扶持、补助)
        ("kindergarten_aid", r"普惠性民办园[^。；]{0,6}(?:认定|扶持|补助)|提供普惠性服务"),
        # 走访慰问教师 in two places of a teachers' day
        ("visit_teachers", r"走访慰问|慰问[^。；]{0,6}(?:一线)?教师"),
        # 培训不能只靠外出学习，校本研修… then 教师需要什么就培训什么…少搞集中讲座
        ("training_fits_class", r"只靠外出学习|多到学校和课堂里去培训"),
        # 资金监管的红线 then 要严守廉洁底线…筑牢防线
        ("integrity_line", r"廉洁(?:底线|防线)|是红线|碰红线"),
        # 专职保安…都要配齐用好 then the clerk's 专职保安员配备达标率
        ("security_guards", r"专职保安"),
        # 课堂是主渠道 then 把…故事讲进课堂
        ("classroom_channel", r"主渠道|讲进课堂"),
        # round al's stock D (branch stock24): a bank line saying again a clerk's point or a
        # line before it, anywhere in the draft, in words that share no named idea yet.
        # 扶持普惠性民办幼儿园发展 (a point) then 扩大公办资源的同时扶持普惠性民办园
        (
            "kindergarten_aid",
            r"扶持普惠性民办(?:幼儿)?园|普惠性民办幼儿园[^。；]{0,6}(?:发展|扶持|认定)",
        ),
        # 严禁在职教师有偿补课 then 有偿补课是在职教师碰不得的红线
        ("paid_tutoring", r"有偿补课|有偿家教"),
        # 加强沟通配合，不能各自为战 then 分工不分家，相互之间要多补台、不拆台
        ("work_as_one", r"各自为战|补台|拆台|沟通配合"),
        # 对…推进迟缓的单位，要及时提醒 then 对推进较慢的单位，要加强跟踪指导
        ("laggards_catch_up", r"(?:推进|进展|进度)(?:较慢|缓慢|偏慢)"),
        # 确保校舍安全可用 in part one, then 开学前要对校舍安全…逐项排查 in part two
        (
            "premises_checked",
            r"校舍[^。；]{0,4}安全可用|开学前[^。；]{0,30}逐项(?:排查|检查)"
            r"|(?:对|把)校舍安全[^。；]{0,30}(?:排查|检查)",
        ),
        # 需要在领导小组层面研究决定 then 要及时提交领导小组研究
        ("refer_to_the_group", r"领导小组层面|提交[^。；]{0,6}领导小组|提请领导小组研究"),
        # 议定了就要一抓到底 then 会上确定的事，各单位要抓紧推进
        ("meeting_decisions", r"会上确定的|会议确定的事"),
        # 不盲目铺摊子 then 避免盲目新建 / 不能脱离财力盲目上项目
        ("no_blind_building", r"盲目(?:新建|铺摊子|上项目|扩张|扩建|建设)|铺摊子"),
        # 把家长的评价作为检验食堂管理的重要标准 then 把群众的感受作为检验工作的重要依据
        ("parents_judge", r"感受作为检验|评价作为(?:督查|检验)|(?:师生|家长)的评价意见"),
        # 不让一名学生因家庭经济困难而失学 then 不让困难家庭的孩子因为经济原因离开课堂
        (
            "no_dropout_for_poverty",
            r"因为?(?:家庭)?经济(?:原因|困难)[^。；]{0,6}(?:失学|辍学|离开课堂|上不起学)|上不起学",
        ),
        # 各有关部门要各负其责 / 在各自职责内 then 各部门要在职责范围内主动作为 (not 职责范围内的
        # 事情，首问负责: a rule of prompt handling)
        (
            "members_cooperate",
            r"(?:部门|单位)[^。；]{0,6}在(?:各自)?职责范围内|在各自职责内",
        ),
        # round av's D: each task written down against its unit, then checked off against it
        # (责任分工要列出清单…一项一项写明白 then 责任分工明确以后，要定期对账)
        (
            "duties_listed_and_checked",
            r"定期对账|对照责任分工|责任分工要列出清单|一项一项写明白|哪些已经落实、哪些尚未到位"
            r"|哪项没到位就盯住哪项|推进到哪一步[^。；]{0,8}心中有数|对一对账",
        ),
        # 各学校要把控辍保学的责任落实到人 then 每一所学校、每一名责任人都要明确任务
        (
            "dropout_duty_each",
            r"控辍保学[^。；]{0,8}(?:责任|任务)[^。；]{0,8}(?:落实到人|落到每一所|心中有数)"
            r"|每一所学校、每一名责任人|学生的在校情况[^。；]{0,6}(?:心中有数|掌握清楚)",
        ),
        # 师德失范…零容忍 then …一票否决 then 查实的要通报
        (
            "ethics_zero_tolerance",
            r"零容忍|一票否决|查处一起[^。；]{0,4}通报一起|依规处理[^。；]{0,8}通报|处理必通报",
        ),
        # 师德表现优先 in 考核、评审和聘用 then 融入入职、晋升、评优全过程
        (
            "ethics_first_in_career",
            r"师德表现优先|师德[^。；]{0,8}(?:入职|晋升|评优)[^。；]{0,10}全过程"
            r"|(?:入职|晋升)、(?:晋升|评优)[^。；]{0,6}全过程|师德表现[^。；]{0,30}(?:首要|第一标准)"
            r"|(?:考核|评审|聘用|职称评聘)[^。；]{0,10}师德[^。；]{0,4}(?:首位|优先|第一)",
        ),
        # 重点水域要有人巡、有人管 then 把危险水域管起来，该设警示的设警示
        (
            "waters_watched",
            r"(?:危险|重点)水域[^。；]{0,14}(?:管起来|有人巡|有人管|巡查|警示)",
        ),
        # 惠师资金落得实不实，要听老师们怎么说 then 减负落实得好不好，要到学校去问教师
        (
            "ask_the_teachers",
            r"要听(?:老师们|教师)[^。；]{0,4}(?:怎么说|的评价)|去问(?:教师|老师)|老师们怎么说",
        ),
        # 课后服务要把作业辅导和兴趣活动结合起来 then 既要帮学生把作业做完，也要开展…兴趣活动
        ("homework_and_interests", r"作业[^。；]{0,12}兴趣活动|把作业做完"),
        # 严格执行课程方案和作息时间 then 把课程安排、作息时间…向师生讲清楚
        ("timetable_kept", r"作息时间"),
        # 重点工作要明确责任、定期调度，进度慢的要及时查明原因 then …挂图作战，进度落后的要及时分析原因
        ("behind_schedule", r"进度(?:慢|落后|滞后)的?[^。；]{0,8}(?:原因|办法|措施)"),
        # 停课通知1小时内通知到每位家长 then 调整作息的决定要及时通知到家长
        (
            "closure_told_to_parents",
            r"(?:停课|调整作息|作息调整)[^。；]{0,14}通知到(?:每一?位|每名)?家长",
        ),
        # stop 78, from the lines rounds cw–cz left (D): 财政部门拨付…要及时、足额，不得截留、挪用
        # after 财政部门要按进度足额拨付到位 (cz's 01 and 08)
        ("funds_followed", r"及时、足额|截留、挪用|按进度[^。；]{0,4}拨付"),
        # 进度滞后的跟踪问效 after 进度盯紧、常态调度; 进度落后的要找准原因 (cz's 01 and 14)
        ("behind_schedule", r"进度(?:落后|滞后)的|滞后的[^。；]{0,4}(?:跟踪|督促|追赶)"),
        # 对这些问题，我们要正视 after 正视存在的问题 (cz's 10)
        ("face_problems", r"对这些问题[^。；]{0,6}正视|正视[^。；]{0,6}存在的问题"),
        # …学校的事情不拖不等 after 不推不拖 (cz's 14)
        ("no_delay", r"不推不拖|不拖不推"),
        # a difficulty reported up for help, the third time (cz's 02: 我们将及时报告，积极争取有关部门支持
        # after 解决不了的及时报告、争取支持)
        (
            "report_up_for_help",
            r"(?:及时|马上|立即)(?:报告|上报|提请)[^。；]{0,12}(?:争取|支持|协调)"
            r"|(?:解决|办|改)不了的[^。；]{0,8}(?:报告|上报|提请)",
        ),
        # care for teachers every day, not only on their day (cz's 11: 关心教师不能只在节日里 and
        # 把走访慰问…作为经常性工作)
        ("care_every_day", r"不能只在(?:节日|教师节)|不只在(?:节日|教师节)|作为经常性工作"),
    )
)

# Sentence openers two lines in a row do not share (branch echo23; round ak's D: 这些进展说明…
# then 这些进展，凝聚着…; 接下来教师工作的总体要求是 then 接下来，要重点抓好六个方面的工作).
# Each is a family (name, pattern at the start of a sentence, template code left out): a
# line opening with one is not said right after a line whose last sentence opened with the
# same family (restate.Said.repeats); a heading between them parts them.
SENTENCE_OPENERS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("next", r"^(?:接下来|下一步|下面|今后一个时期|今后一段时间)"),
        ("these_results", r"^这些(?:进展|成绩|成效|工作)"),
        ("meanwhile", r"^(?:同时|与此同时|此外|另外|另一方面)"),
        ("therefore", r"^(?:为此|对此|因此|所以)"),
        ("specifically", r"^(?:具体来说|具体而言|具体地说)"),
        ("after_meeting", r"^会后"),
        ("above_all", r"^(?:总之|总的来看|总的来说|总体上看)"),
    )
)


# Ideas a section may be about: its heading names them and its body still says them once
# (restate.SECTION_TOPICS): a heading 做好劝返复学 does not keep every line of its body out.
# school_as_home is none: a heading 把学校办成学生温暖的家 is a figure, and the body under it
# saying 寄宿制学校就是他们在学校的家 says it again (round ad's D).
MEANING_TOPICS = frozenset(
    {
        "platform_in_use",
        "persuade_back",
        "weak_points_first",
        "admission_order",
        "books_ready",
        "check_before_resume",
        "order_training",
        "enterprise_in_training",
        "heating_checked",
        "aid_reaches_pupils",
        "water_patrol",
        # branch idea17: a heading 落实乡村教师生活补助 / 一生一档 does not keep its body off it
        # (the body says it once); 区管校聘 is no topic: 深化区管校聘改革 over 坚持区管校聘的方向
        # said it twice (round af)
        "rural_allowance",
        "file_each_pupil",
        "door_to_door",
        # branch echo22: a section 弘扬教育家精神 says it in its body; another part does not
        "educator_spirit",
    }
)


# Sub-topics a section of its own may be about (branch idea17; round af's D: 教材发放 said in
# part one's checklist and again as （一）切实抓好教材发放 in part three; 暑期工程收尾 as a
# checklist item and again as a section; 课后服务 in part three's lead before the list whose
# （四） is 课后服务). Where a task's name (its label or title) names one, a bank sentence
# naming it is said in that task's section only, not before it and not after it
# (restate.Said.reserve): the section says it, the rest of the draft leaves it to the
# section. A draft with no such section is not touched; the clerk's own words are said
# wherever they stand.
SECTION_SUBTOPICS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("textbooks", r"教材|教辅|课前到书|教学用书"),
        (
            "summer_works",
            r"暑期(?:工程|维修|施工|改造)|在建(?:项目|工程)|假期(?:实施)?的(?:新建|维修)",
        ),
        ("after_school", r"课后服务"),
        ("parent_school", r"家长学校"),
        # a clerk's task 选树先进典型 / 宣传先进, and part one's 把身边的先进宣传好 before it
        ("models_publicised", r"先进典型|身边的先进|宣传先进|典型宣传"),
        # round ag's D (branch idea18): 招生计划、招生范围、招生结果要全部向社会公开 in part one,
        # then （一）招生入学 in part three
        ("enrolment", r"招生(?:计划|范围|结果|入学|工作|政策)|阳光招生|划片招生|招生入学"),
        # 要关注作业布置，控制作业总量 and 巩固学科类培训机构的压减成果 outside （一）落实“双减”
        (
            "double_reduction",
            r"双减|作业(?:管理|总量|布置|设计)|校外培训|学科类培训|压减成果",
        ),
    )
)

# A sub-topic a section about another covers (branch idea18): a section on 双减 says what is
# said of 课后服务 (round ag's D: 课后服务要坚持自愿参加… in part three's lead, again in （一）双减)
SUBTOPIC_COVERS: dict[str, frozenset[str]] = {"double_reduction": frozenset({"after_school"})}
