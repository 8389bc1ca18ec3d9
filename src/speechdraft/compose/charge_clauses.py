"""The charge moved to where the clerk's clauses take it: after a negation it cannot stand,
after a short lead whose clause gives its own 要, after the body a 对…，clause names, before the
verb a subject 实行s, and before a beneficiary a record is kept for (round cw, stop 77).

Each function takes the pieces weave.charge_pieces placed (prefix, head, infix, tail, suffix)
and gives them back moved, or the point whole with no charge.
"""

from __future__ import annotations

import re

from speechdraft.compose.point_fit import Pieces

# what a body's name ends with (县公安局交警大队, 县市场监管局, 镇派出所)
_BODY_NAMES = r"(?:局|委|办|大队|中队|支队|中心|所|站|院|政府)"

# a negation, then the charge (普惠率、城西学校两项未完成任务列为…: round cw's 14, G — 两项未将完成
# 任务): the clerk's clause keeps its words, no charge is put into it
_NEGATION_LAST = re.compile(r"(?:未|尚未|没有|没|并未)$")


# a bare measure, the clause after a thing (储备地块9宗，约310亩，…: round cx's 13, G — 9宗，要310
# 左右亩): no one is charged with a size
_MEASURE_CLAUSE = re.compile(r"^约?\s*\d[\d.]*(?:万|亿)?[^\d，。；、]{0,3}(?:[，。；]|$)")


def no_charge_after_a_negation(point: str, pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, _suffix = pieces
    if infix and (_NEGATION_LAST.search(head) or _MEASURE_CLAUSE.match(tail)):
        return "", point, "", "", ""
    if prefix and _NEGATION_LAST.search(prefix):
        return "", point, "", "", ""
    return pieces


# a short lead, then a clause that charges its own doers (进入供暖期，各寄宿制学校…要逐一排查，…:
# round cw's 19, G — 要推动进入供暖期，各…要逐一排查)
_SHORT_LEAD_THEN_OWN_CHARGE = re.compile(
    r"^[^，；。要]{2,10}[，,][^，；。]{2,24}?(?:要|将|必须|务必)(?!求)"
)


def no_charge_over_a_clause_that_charges(point: str, pieces: Pieces) -> Pieces:
    if pieces[0] and _SHORT_LEAD_THEN_OWN_CHARGE.match(point):
        return "", point, "", "", ""
    return pieces


# 对 and its object, then the body that acts on it (对升入县城初中的本乡学生，中心学校建立跟踪名单…:
# round cw's 22, G — 我们将中心学校建立跟踪名单): the object as written, the charge after the body
_BODY_THEN_DEED = (
    r"(?P<body>(?:各|全[县市区镇乡旗])?[^，；。要将]{0,8}?"
    r"(?:中心学校|中心校|学校|幼儿园|教学点|局|部门|乡镇|街道|村（社区）|办|镇里|乡里|县里|区里|市里))"
    r"(?P<deed>(?:建立|落实|开展|组织|安排|负责|做好|实行|制定|核对|跟踪|联系|摸排|从)[^，；。]*.*)$"
)
_OBJECT_THEN_BODY = re.compile(r"^(?P<object>对[^，；。]{2,24}?)(?P<comma>[，,])" + _BODY_THEN_DEED)
_BODY_FIRST = re.compile("^" + _BODY_THEN_DEED)


def body_then_deed(clause: str) -> tuple[str, str] | None:
    """The body a clause opens with and its deed (中心学校 / 建立跟踪名单…), or None."""
    found = _BODY_FIRST.match(clause)
    return (found["body"], found["deed"]) if found else None


def charge_after_the_body_of_an_object(point: str, pieces: Pieces) -> Pieces:
    if pieces[0] in ("", "要", "要对", "要推动", "我们将", "我们将对", "我们将推动"):
        found = _OBJECT_THEN_BODY.match(point)
        if found and (pieces[0] or not pieces[2] or not pieces[1].endswith(found["body"])):
            if found["body"].startswith("由"):
                # who does it, said with 由: the charge before 由 (round dh's 10, G — 由村（社区）
                # 要负责, “句式杂糅”)
                said = found["object"] + found["comma"]
                return "", said, _infix_of(pieces), found["body"] + found["deed"], ""
            said = found["object"] + found["comma"] + found["body"]
            return "", said, _infix_of(pieces), found["deed"], ""
    return pieces


def _infix_of(pieces: Pieces) -> str:
    return "将" if pieces[0].startswith("我们将") or pieces[2].startswith("将") else "要"


# a subject, then the rule it follows, then what the rule does (教学点实行中心小学统一排课、…:
# round cw's 09, G — 教学点实行中心小学要统一排课): the charge before the rule's verb
_SUBJECT_THEN_RULE = re.compile(
    r"^(?P<subject>[^，；。]{2,12}?)(?P<rule>(?:实行|推行|实施|执行|严格执行)[^，；。]+)$"
)


def charge_before_the_rule_followed(point: str, pieces: Pieces) -> Pieces:
    _prefix, head, infix, tail, suffix = pieces
    if infix not in ("要", "将") or "要" in head:
        return pieces
    found = _SUBJECT_THEN_RULE.match(head)
    if found is None or not tail:
        return pieces
    return "", found["subject"], infix, found["rule"] + tail, suffix


# the children a record is kept for, then the record (留守儿童、单亲家庭学生建立一对一包保台账:
# round cw's 18, G — 学生要建立…台账 made the pupils keep it): 要对 them, the record as written
_FOR_WHOM = re.compile(r"(?:学生|儿童|幼儿|少年|家庭)$")
_RECORD_KEPT = re.compile(
    r"^(?:建立|建好|落实|实行)[^，；。]{0,10}?(?:台账|档案|名单|包保|帮扶|关爱|结对)"
)


def charge_over_the_children_cared_for(point: str, pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if infix not in ("要", "将") or prefix or not _FOR_WHOM.search(head):
        return pieces
    if not _RECORD_KEPT.match(tail) or head.startswith("对"):
        return pieces
    return ("要对" if infix == "要" else "我们将对"), head + tail, "", "", suffix


# a greeting the speaker gives himself (向全县2600多名教职工致以节日问候): no one is charged with it
_OWN_GREETING = re.compile(
    r"^向[^，；。]{2,30}?(?:致以|表示)[^，；。]{0,10}(?:问候|敬意|祝贺|感谢)"
)


# what happens today (…新校舍今天正式启用: round cw's 16, F — 要确保…9月1日正式启用 at a meeting
# held that day): said as it happens, no one charged with it
_TODAY = re.compile(r"今天(?:正式)?(?:启用|开学|开园|投入使用|投用|揭牌|开工)")


def no_charge_over_a_greeting(point: str, pieces: Pieces) -> Pieces:
    if pieces[0] and (_OWN_GREETING.match(point) or _TODAY.search(point)):
        return "", point, "", "", ""
    return pieces


# the matter first, then how it is handled (绩效工资分配方案…等涉及教职工切身利益的事项，先提交教代会
# 讨论通过再实施: round cw's 09, G — 要推动…事项，先提交…): the matter as written, 要 before the way
_MATTER_THEN_WAY = re.compile(
    r"^(?P<matter>[^，；。]{4,40}?(?:事项|事情))(?P<comma>[，,])(?P<way>(?:先|一律|都|均|必须)[^，；。].*)$"
)


def charge_after_the_matter(point: str, pieces: Pieces) -> Pieces:
    found = _MATTER_THEN_WAY.match(point)
    if found is None or not pieces[0] or found["way"].startswith("必须"):
        return pieces
    return "", found["matter"] + found["comma"], _infix_of(pieces), found["way"], ""


# a commendation the clerk notes is not held this year (今年不开表彰大会，向全县…致以节日问候:
# round cw's 24 and 17, G R — 要对今年不开表彰大会，…; the office's arrangement read to the
# teachers): the clause is the office's, what follows it is said
# (the office's plain words only: 不开表彰大会, 不搞表彰, 不评先进 — a formal 不另行评比表彰 is the
# clerk's statement, said as it stands: round ba's test)
_WHEN_NOT_HELD = r"^(?:今年|本次|这次|今年教师节)?"
_COMMENDATION = r"(?:评选|评比|评优|先进|表彰)[^，；。]{0,4}"
_NONE_HELD_FIRST = re.compile(
    _WHEN_NOT_HELD + r"不(?:开|搞|评|召开|举行)" + _COMMENDATION + r"[，,]\s*(?=(?!只|仅)\S{4})"
)


def without_a_commendation_not_held(point: str) -> str:
    return _NONE_HELD_FIRST.sub("", point, count=1)


# the whole item only the office's arrangement (今年不评先进，只发从教30年证书，其他老师一并致谢:
# round cw's 11, G F R — 我们要确保今年不评先进…, a target read to the teachers)
_ARRANGEMENT_ONLY = re.compile(
    _WHEN_NOT_HELD
    + r"(?:不再|不另行|暂不|不)(?:开|搞|召开|举行|组织|进行|评)?"
    + _COMMENDATION
    # (…，以座谈的方式听取教师意见: round dh's 11, F G R — 我们要全力确保今年不开表彰大会)
    + r"(?:$|[，,；;。]\s*(?:只|仅|其他|其余|以[^，；。]{1,6}(?:方式|形式)|改为|改以|改成|$))"
)


def arrangement_only(item: str) -> bool:
    return bool(_ARRANGEMENT_ONLY.match(item.strip()))


# a season's state first (进入11月后山区气温下降快，…一刻也不能放松: round cx's 23, G — 进入11月后要
# 山区气温下降快): the weather is no one's charge, the clerk's sentence is said whole
_STATE_FIRST = re.compile(
    r"^(?:进入|入冬|入夏|入汛|汛期|冬季|夏季|春季|秋季|节前|假期)[^，；。]{0,14}?"
    r"(?:下降快|下降|上升|增多|频繁|多发|高发|较多|较大|明显)[，,]"
)


def no_charge_over_the_weather(point: str, pieces: Pieces) -> Pieces:
    if (pieces[0] or pieces[2]) and _STATE_FIRST.match(point):
        return "", point, "", "", ""
    return pieces


# the pupils' time for a thing, as a rule sets it (学生每天校内外体育活动不少于两小时: round cx's 15,
# G — 学生要每天…: the pupils charged): the time is kept for them
_PUPILS_TIME = re.compile(
    r"^(?:中小学生|学生|幼儿|儿童)(?:每天|每周|每学期)[^，；。]{2,16}?不(?:少于|低于)"
)


def charge_keeping_the_pupils_time(point: str, pieces: Pieces) -> Pieces:
    if pieces[2] and not pieces[0] and _PUPILS_TIME.match(point):
        return ("我们将保证" if pieces[2] == "将" else "要保证"), point, "", "", ""
    return pieces


# a standing rule kept up (县级领导联系学校制度坚持下去: round cy's 01, G — 县级领导要联系学校制度
# 坚持下去): 要 before the keeping, after the rule's name
_RULE_KEPT_UP = re.compile(
    r"^(?P<rule>[^，；。]{2,18}?(?:制度|机制|做法|办法))(?P<kept>坚持下去|长期坚持|继续坚持|继续执行)"
)


def charge_before_a_rule_kept_up(point: str, pieces: Pieces) -> Pieces:
    found = _RULE_KEPT_UP.match(point)
    if found is None or not (pieces[0] or pieces[2]):
        return pieces
    return "", found["rule"], _infix_of(pieces), point[found.end("rule") :], ""


# a count of times after its verb (开学第一个月开展一次在职教师有偿补课专项排查: round cy's 17, G — 开展
# 一次要在职教师…) and a span given for it (五所问题学校限期一个月整改: round cy's 15, G — 限期一个月
# 要整改): 要 before the verb or the span
_VERB_AND_COUNT_LAST = re.compile(
    r"^(?P<before>.*?)(?P<deed>(?:开展|组织|进行|举办|召开)[一二两三四五六七八九十\d]+次|限期[^，；。]{1,6})$"
)


def charge_before_the_counted_verb(point: str, pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    found = _VERB_AND_COUNT_LAST.match(head) if infix in ("要", "将") and not prefix else None
    if found is None or not found["before"] or found["before"].endswith("，"):
        return pieces
    return "", found["before"], infix, found["deed"] + tail, suffix


# a body helping another, then 要 (各村（社区）配合中心校要对…逐户核查: round cy's 24, G L): 要
# before the help, after the body
_HELPER_THEN_CHARGE = re.compile(
    r"(?P<body>各村（社区）|各[^，；。要]{1,6}?(?:市|县|区|盟|旗|乡镇|街道|学校|单位|部门)|[^，；。要]{2,10}?"
    r"(?:局|委|办|所|中心校|中心学校))(?P<help>(?:配合|协助|会同|联合)[^，；。要]{2,12}?)要(?!求)"
)


def charge_before_the_help(point: str, pieces: Pieces) -> Pieces:
    said = "".join(pieces[:4])
    found = _HELPER_THEN_CHARGE.search(said)
    if found is None:
        return pieces
    moved = said[: found.start()] + found["body"] + "要" + found["help"] + said[found.end() :]
    return "", moved, "", "", pieces[4]


# a time, then the bodies it is theirs (…，会后各盟市抓紧部署: round cy's 11, G — 会后要各盟市抓紧部署):
# the bodies first, then the time and 要
_TIME_BEFORE_BODIES = re.compile(r"(?P<time>会后|节后|开学后|放假前|开学前)$")
_BODIES_FIRST = re.compile(
    r"^(?P<bodies>各[^，；。要]{1,6}?(?:市|县|区|盟|旗|地|校|学校|单位|部门))"
)


def charge_after_the_bodies_of_a_time(point: str, pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    time = _TIME_BEFORE_BODIES.search(head) if infix == "要" and not prefix else None
    bodies = _BODIES_FIRST.match(tail) if time else None
    if time is None or bodies is None:
        return pieces
    head = head[: time.start()] + bodies["bodies"] + time["time"]
    return "", head, infix, tail[bodies.end() :], suffix


# a thing, then the bodies and the day they do it by (四所小区配套园，县住建局、县自然资源局12月15日前
# 拿出移交方案…; 三季度普惠性民办园补助，县财政局本月底前拨付到位: round cy's 19, R — a note's
# telegram read aloud): 对 the thing, the bodies 要在 the day
_THING_THEN_BODIES_BY_A_DAY = re.compile(
    r"^(?P<thing>[^，；。要将对把]{2,20}?"
    r"(?:园|校|学校|补助|资金|经费|项目|工程|方案|地块|校舍|宿舍|食堂|待遇|用地|运动场))[，,]"
    r"(?P<bodies>(?:[县市区镇乡旗州省盟][^，；。、要将]{1,10}?(?:局|委|办|中心|大队|政府|中心学校)、?)+)"
    r"(?P<day>(?:\d{1,2}月\d{1,2}日|\d{1,2}月(?:底|中旬|上旬|下旬)?|本月底|月底|年底|本学期末)前"
    # (县教育局、县人社局明年一季度拿出保障办法: round cy's 07, G — 要明年一季度拿出)
    r"|(?:明年|今年)?(?:[一二三四]|第[一二三四])季度(?:内|末前)?|明年[上下]半年|下半年)"
    r"(?P<deed>[^，；。]+.*)$"
)


def charge_before_the_day_of_the_bodies(point: str, pieces: Pieces, bureau: bool = False) -> Pieces:
    """A bureau's man announces the bodies' deed (将在: authority.py), a government's orders it."""
    # (a charge placed after the bodies already stands: 城北小学…两个项目，县自然资源局要在5月底前…,
    # round cn's test)
    charged = pieces[0] in ("", "要", "我们将", "我们将推动") and not (pieces[2] and not pieces[0])
    found = _THING_THEN_BODIES_BY_A_DAY.match(point) if charged else None
    if found is None or found["bodies"].endswith("、"):
        return pieces
    head = f"对{found['thing']}，{found['bodies']}"
    return "", head, "将在" if bureau else "要在", found["day"] + found["deed"], ""


# the speaker's own effort (积极争取上级灾后重建资金…: round cz's 02, G — 我们将推动积极争取): no
# 推动 before it
_OWN_EFFORT = re.compile(r"^(?:积极|主动|全力|努力|多方)?争取")


def no_push_before_the_speakers_own_effort(point: str, pieces: Pieces) -> Pieces:
    prefix = pieces[0]
    if prefix.endswith("推动") and _OWN_EFFORT.match(pieces[1] + pieces[3]):
        return prefix[: -len("推动")], pieces[1], pieces[2], pieces[3], pieces[4]
    return pieces


# a practice to be spread (清水铺镇“中心园带村园”的做法在全县推开: round cy's 07, G — 要抓好…的做法
# 在全县推开): 把 it, not 抓好 it
_PRACTICE_SPREAD = re.compile(
    r"^[^，；。]{2,30}的(?:做法|经验|模式)(?:要)?(?:在|向)[^，；。]{1,10}(?:推开|推广|铺开)"
)


def spread_a_practice_by_ba(point: str, pieces: Pieces) -> Pieces:
    prefix = pieces[0]
    if prefix in ("要抓好", "我们将抓好") and _PRACTICE_SPREAD.match(point):
        return prefix[: -len("抓好")] + "把", pieces[1], pieces[2], pieces[3], pieces[4]
    return pieces


# a thing, then the rule it is reckoned by (县中教师编制按生师比动态核定，由…提出办法: round cz's 03,
# G — 要组织县中教师编制按生师比动态核定): the charge before the rule
_THING_BY_A_RULE = re.compile(
    r"^(?P<thing>[^，；。要将对把]{2,14}?)(?P<rule>按(?:照)?[^，；。]{2,16}?"
    r"(?:核定|核算|分配|拨付|发放|测算|计算|配备|招生|编班))(?P<rest>.*)$"
)


def charge_before_the_rule_reckoned_by(point: str, pieces: Pieces) -> Pieces:
    found = _THING_BY_A_RULE.match(point)
    if found is None or pieces[0] not in ("要组织", "我们将组织", "要推动", "我们将推动"):
        return pieces
    infix = "将" if pieces[0].startswith("我们将") else "要"
    return "", found["thing"], infix, found["rule"] + found["rest"], ""


# a deed, then who leads it with no comma between (引进第三方机构要严格审核由区教育局牵头，…: round cy's
# 15, G): the comma the clerk's note left out
_LEAD_RUN_ON = re.compile(r"(?<=[审核查办理定实])(?=由[^，；。]{2,16}?(?:牵头|负责))")


def comma_before_who_leads(point: str, pieces: Pieces) -> Pieces:
    if not _LEAD_RUN_ON.search(point) or not re.search("要|将", point):
        return pieces
    return "", _LEAD_RUN_ON.sub("，", point, count=1), "", "", ""


# the people counted, then the deed done to each of them (撤并教学点涉及的217名学生逐一建档…: round
# di's 01, G — 要撤并教学点涉及的…, read as "要撤并"): 对 the people, 要 before the deed
_PEOPLE_THEN_EACH = re.compile(
    r"^(?P<people>[^，；。要对]{2,30}?\d+(?:名|个|户|人|所)[^，；。要]{0,8}?"
    r"(?:学生|教师|儿童|幼儿|家庭|学校|人员|老师))(?P<deed>(?:逐一|逐个|逐人|逐户|全部|一律|统一)[^，；。]+.*)$"
)


def charge_after_the_people_counted(point: str, pieces: Pieces) -> Pieces:
    prefix, head, _infix, _tail, suffix = pieces
    found = _PEOPLE_THEN_EACH.match(point) if prefix == "要" and head == point else None
    if found is None:
        return pieces
    return "", "对" + found["people"], "要", found["deed"], suffix


# a body, then the season it acts in, then its deed (县公安局交警大队假期加强对…的查处: round dj's 06,
# G — 要确保县公安局交警大队假期加强…, "要点硬塞进“要确保”框架"): 要 after the season
_SEASON = r"(?:假期|假期期间|暑期|暑假期间|寒假期间|节假日|节日期间|汛期|开学前后|上下学时段)"
_BODY_SEASON_DEED = re.compile(
    rf"^(?P<body>[^，；。要将]{{2,16}}?{_BODY_NAMES})(?P<season>{_SEASON})"
    r"(?P<deed>(?:加强|开展|组织|落实|做好|安排|加大|严查|查处|排查)[^，；。]*.*)$"
)


def charge_after_the_bodys_season(point: str, pieces: Pieces) -> Pieces:
    found = (
        _BODY_SEASON_DEED.match(point)
        if pieces[0] in ("要确保", "要") and pieces[1] == point
        else None
    )
    if found is None:
        return pieces
    return "", found["body"] + found["season"], "要", found["deed"], pieces[4]


# a season, the hours it keeps, then the bodies and their deed (假期每天下午两点到六点，各村（社区）
# 安排人员…: round dj's 06, R — 假期要每天下午…，"要位置不对"): 要 after the bodies
_BODIES_AFTER_HOURS = re.compile(
    r"^(?P<hours>[^，；。要]{2,16})[，,](?P<bodies>各[^，；。要]{1,8}?(?:（社区）|社区|村|校|学校|单位|部门|乡镇|镇|园))"
    r"(?P<deed>[^，；。要]+.*)$"
)


def charge_after_the_bodies_of_the_hours(point: str, pieces: Pieces) -> Pieces:
    prefix, head, infix, tail, suffix = pieces
    if prefix or infix != "要" or not re.fullmatch(_SEASON, head):
        return pieces
    found = _BODIES_AFTER_HOURS.match(tail)
    if found is None:
        return pieces
    return "", f"{head}{found['hours']}，{found['bodies']}", "要", found["deed"], suffix


# the commonest surnames: a name before 老师 starts with one of them
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付"
    "方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤喻戚晏宓卜谷蓝柏岳鲁葛聂焦申甘池伍易温庞樊兰殷施洪翟安颜倪牛欧阳"
)


# a teacher named with the school (…中心小学喻国梁老师在乡村学校任教三十一年…): his deeds are told,
# never charged (round dk's 04, G F — 喻国梁老师要在乡村学校任教三十一年, "把事迹变成了要求")
_NAMED_TEACHER = re.compile(
    r"(?:学校|小学|中学|中专|职中|幼儿园|中心校|学院|教学点|完小|村小)"
    # a person's name (a surname, then one or two characters), not a post (生活老师, 班主任老师)
    rf"[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:老师|教师)"
)


def no_charge_over_a_named_teacher(point: str, pieces: Pieces) -> Pieces:
    if not pieces[2].startswith("要") or pieces[0] or not _NAMED_TEACHER.search(pieces[1]):
        return pieces
    return "", point, "", "", ""


# a topic the first clause names (教师参加非教学培训、填报表格情况，), then who checks it (每学期由…
# 抽查一次): no charge inside the topic (round dl's 12, G — 教师要参加非教学培训…, read as an order
# to attend); and a count of what is given this year (从教30年荣誉证书今年颁发6人: round dl's 04, G F
# — 今年要颁发 of certificates handed out at the meeting): told as it stands
_TOPIC_THEN_WHO = re.compile(
    r"^[^，；。要]{4,30}(?:情况|问题|事项)[，,](?:[^，；。由]{0,8})?由[^，；。]{2,20}"
)
_COUNT_GIVEN = re.compile(r"(?:证书|奖励|表彰)[^，；。要]{0,6}今年(?:颁发|表彰|授予)\d+(?:人|名)")


def no_charge_inside_a_topic_or_a_count_given(point: str, pieces: Pieces) -> Pieces:
    if not pieces[2].startswith("要") or pieces[0]:
        return pieces
    if _TOPIC_THEN_WHO.match(point) or _COUNT_GIVEN.search(point):
        return "", point, "", "", ""
    return pieces


# everything above, in the order the clauses are read
def charge_where_the_clauses_take_it(point: str, pieces: Pieces, bureau: bool = False) -> Pieces:
    pieces = charge_before_the_day_of_the_bodies(point, pieces, bureau)
    for rule in (
        no_charge_over_a_greeting,
        comma_before_who_leads,
        no_push_before_the_speakers_own_effort,
        spread_a_practice_by_ba,
        charge_before_the_rule_reckoned_by,
        no_charge_over_the_weather,
        charge_keeping_the_pupils_time,
        no_charge_over_a_clause_that_charges,
        charge_after_the_body_of_an_object,
        charge_after_the_matter,
        charge_before_the_rule_followed,
        charge_over_the_children_cared_for,
        charge_before_a_rule_kept_up,
        charge_before_the_counted_verb,
        charge_after_the_bodies_of_a_time,
        charge_before_the_help,
        charge_after_the_people_counted,
        charge_after_the_bodies_of_the_hours,
        no_charge_over_a_named_teacher,
        no_charge_inside_a_topic_or_a_count_given,
        no_charge_after_a_negation,
    ):
        pieces = rule(point, pieces)
    if not bureau:  # a bureau announces a peer's deed; it does not charge it (authority.py)
        pieces = charge_for_a_deed_ahead(point, charge_after_the_bodys_season(point, pieces))
    return pieces


# a deed set for a time ahead, written as a note with no charge (校车驾驶员开学第一周全部参加…培训;
# 开学第一个月教研室下校视导…; 入冬前各乡镇学校完成…排查; …还有3所，12月1日前全部装好…: rounds di's
# 05, dh's 24 and dg's 06, R G — "照抄要点，缺“要”，读成已完成的陈述"): 要 before the deed, the
# time first with its comma where the doer follows it. Only where no rule charged the point.
_TIME_AHEAD = (
    r"(?:开学(?:后)?第[一二三四]周|开学(?:后)?第一个月|开学(?:前|初)|入冬前|入汛前|汛期前|"
    r"放假前|假期前|节前|\d{1,2}月\d{1,2}日前|\d{1,2}月(?:底|中旬|上旬|下旬)前|本月底前|月底前|年底前)"
)
_AHEAD_DEED = (
    r"(?:(?:全部|统一|逐一|逐校|都|全面)?"
    r"(?:参加|完成|装好|安装|下校|开展|组织|排查|报送|上报|落实|建立|配齐|配备|召开|印发|制定|"
    r"拿出|开设|启动|更换|清理|张贴|设立|走访|签订|部署|摸排|整改|上好|举行))"
)
_DOER_AT_TIME = (
    r"(?:各[^，；。要已将]{1,8}?(?:学校|校|园|单位|部门|乡镇|镇|村（社区）|村)"
    r"|[^，；。要已将各]{1,8}?(?:局|教研室|教研中心|中心|大队|中心校|学校|股|站|室))"
)
_TIME_DOER_DEED = re.compile(
    rf"^(?P<time>{_TIME_AHEAD})[，,]?(?P<doer>{_DOER_AT_TIME})(?P<deed>{_AHEAD_DEED}.*)$"
)
_DOER_TIME_DEED = re.compile(
    rf"^(?P<doer>[^，；。要已将]{{2,12}}?)(?P<time>{_TIME_AHEAD})(?P<deed>{_AHEAD_DEED}.*)$"
)
_STATE_THEN_TIME_DEED = re.compile(
    rf"^(?P<state>[^。；要已将]{{4,40}}?[，,])(?P<time>{_TIME_AHEAD})(?P<deed>{_AHEAD_DEED}.*)$"
)


def charge_for_a_deed_ahead(point: str, pieces: Pieces) -> Pieces:
    """A point no rule charged whose deed is set for a time ahead, 要 before its deed; any other
    point as it was placed, as is one with a mark (a deadline already past the meeting:
    【待核：期限…早于会议日期，已经过了】 keeps the point as the clerk wrote it)."""
    if pieces[0] or pieces[2] or "".join(pieces) != point or "【" in point:
        return pieces
    found = _TIME_DOER_DEED.match(point)
    if found:
        return "", f"{found['time']}，{found['doer']}", "要", found["deed"], ""
    found = _DOER_TIME_DEED.match(point) or _STATE_THEN_TIME_DEED.match(point)
    if found:
        return "", found.group(1) + found["time"], "要", found["deed"], ""
    return pieces
