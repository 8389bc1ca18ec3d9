"""The charge a point was given, read once more where it cut a word or a time in two.

weave.charge_pieces puts 要 (or 我们将) into a point the clerk wrote; round ci's readers struck
lines where it landed inside a name (市委要教育工作领导小组秘书组), inside a time (节后要返校当天),
between a school and its canteen (各校要食堂再自查), after the clerk's 拟于, before a floor said
with 将 (至少将配备), over the clerk's own 力争 or 恳请, or before a bare count (今年要全区…共2600余名).
Each rule here takes the pieces as they came and gives them back moved, or the point whole, or
None where it has nothing to say.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from speechdraft.compose.point_fit import Pieces

# a Party committee's education bodies, whose names go on past the committee (市委教育工作领导
# 小组秘书组实行挂账督办: round ci's 03, G — 市委要教育工作领导小组秘书组)
_NAME_GOES_ON = re.compile(r"^教育工作领导小组(?:秘书组|办公室)?|^教育督导委员会(?:办公室)?")
_COMMITTEE_LAST = re.compile(r"(?:委|党委|党组)$")
# a time whose words go on past the first (节后返校当天开展…: round ci's 18, G — 节后要返校当天)
_TIME_GOES_ON = re.compile(r"^(?:返校|开学|放假|复课)(?:当天|首日|第一天|第一周|前|后)")
_TIME_BEFORE = re.compile(r"(?:节后|节前|假后|假期后|假期结束后|国庆后|五一后)$")
# a year, then its part (区审计局明年上半年…: round ck's 15, G — 明年要上半年)
_YEAR_BEFORE = re.compile(r"(?:明年|今年|下一年度|新学年)$")
_PART_OF_YEAR = re.compile(
    r"^(?:上半年|下半年|第?[一二三四]季度|春季|秋季|寒假|暑假|年初|年底|年中)"
)
# the schools, then a place of theirs the deed is done in (9月29日前各校食堂再自查一次: round
# ci's 18, G — 各校要食堂再自查)
_SCHOOLS_LAST = re.compile(r"(?:各校|各学校|各中小学|各幼儿园|每所学校)$")
_THEIR_PLACE = re.compile(r"^(?:食堂|宿舍|校车|实验室|门卫室|图书室|锅炉房|配电房)")
# schools, then the money for them (贫困县义务教育薄弱学校改造资金下半年全部下达: round ck's 22,
# G — 薄弱学校要改造资金…)
_A_SCHOOL_LAST = re.compile(r"(?:学校|幼儿园|小学|中学)$")
_ITS_MONEY = re.compile(r"^(?:改造|建设|维修|项目)?(?:资金|经费|补助|专项资金)")
# the Party, then its organ (全县中小学党组织做到应建尽建: round cl's 01, G — 中小学党要组织…)
_PARTY_LAST = re.compile(r"党$")
_ITS_ORGAN = re.compile(r"^(?:组织|委|支部|总支|工委)")
# a floor, then the bureau's own 将 (每所中小学至少将配备一名…: round ci's 14, G)
_FLOOR_LAST = "至少"
# the clerk's own plan word before a date (要点拟于每年1月底前报…: round ci's 15, G — 拟于要每年)
_PLAN_WORD_LAST = re.compile(r"拟(?:于|在|将)?$")
# words a charge may not stand over: the clerk's own aim (今年…覆盖率力争达到85%: round ci's 14,
# G — 我们将确保今年…力争) or a plea (…也恳请代表们…反映: round ci's 22, G — 我们将编制、…)
_OWN_AIM = re.compile(r"^[^，；。]+?力争")
_PLEA = re.compile(r"(?<!^)(?:恳请|请求|拜托)")
# a year, then the place's count of people (今年全区从教满三十年的教师共2600余名，…: round ci's
# 23, G — 今年要全区…共; 20's 今年要全州计划招聘教师1050名)
_BARE_YEAR = re.compile(r"(?:^|，)(?:今年|全年|年内)(?:全[县市区旗州省镇乡])?$")
_PLACE_COUNTS = re.compile(r"^(?:全[县市区旗州省镇乡])?[^，；。]*?(?:共|计划|合计)[^，；。]*?\d")
# or a count of things, then its parts (今年教育重点项目19个，其中续建7个… — round ci's 01, G: 今年
# 要教育…), where no verb counts them (今年要补充教师150名，其中… is a deed, charged)
_COUNT_THEN_PARTS = re.compile(r"^[^，；。]{2,16}?\d+(?:\.\d+)?(?:万)?(?:个|项|所|名|人)，其中")
# a point that opens with regard (高度重视学生防溺水…: round ci's 08, G — 要确保高度重视)
_REGARD_FIRST = re.compile(r"^(?:高度重视|重视|关注|关心)")
_ENSURED = ("要确保", "我们将确保")
# 该…的坚决… (强降雨预警发布后，该停课的坚决停课: round ci's 09, G — 要抓好该停课的坚决停课)
_SHOULD_THEN_FIRMLY = re.compile(
    r"^(?P<time>[^，；。]{0,16}[，,])?(?P<who>该[^，；。的]{1,6}的)(?P<deed>(?:坚决|一律|立即|及时)[^，；。]+)$"
)
# a thing, then what it is to reach (…学生资助做到应助尽助: round ci's 22, G — 要抓好…资助做到)
_REACH_AFTER = re.compile(r"^(?P<thing>[^，；。]{2,24}?)(?P<reach>做到[^，；。]+)$")
# 对 before what is put into a scheme is 把 (对受灾家庭学生优先纳入…范围: round ci's 05, G)
# (the clause holds no 对 of its own after it: 对…，纳入… is the clerk's)
_PUT_INTO = re.compile(
    r"^(?P<what>[^，；。对把]{2,16}?)(?P<rest>(?:优先)?(?:纳入|列入)[^，；。]*)$"
)
# what follows a change to the schools (撤并后廖家冲片区学生乘坐校车…: round ci's 05, G — 要撤并后…):
# the clerk's arrangement, said as written
_AFTER_A_CHANGE_FIRST = re.compile(r"^(?:撤并|合并|搬迁|迁建|竣工|启用|投用)后[^，；。要将]")


# words the charge cut off from the head's own (its end, then what opens the tail) and whether
# only a bare 要/将 before a place not in a list may give way (各校要对锅炉房、煤炉… keeps its 对)
_WORDS_GO_ON: tuple[tuple[re.Pattern[str], re.Pattern[str], bool], ...] = (
    (_COMMITTEE_LAST, _NAME_GOES_ON, False),
    (_TIME_BEFORE, _TIME_GOES_ON, False),
    (_YEAR_BEFORE, _PART_OF_YEAR, False),
    (_A_SCHOOL_LAST, _ITS_MONEY, False),
    (_PARTY_LAST, _ITS_ORGAN, False),
    (_SCHOOLS_LAST, _THEIR_PLACE, True),
)
_LIST_GOES_ON = ("、", "和", "与", "及", "，")


def _words_go_on(point: str, pieces: Pieces) -> Pieces | None:
    """The charge moved past the words its head goes on with (市委教育工作领导小组秘书组要…,
    节后返校当天要…, 各校食堂要…)."""
    prefix, head, infix, tail, suffix = pieces
    for head_end, tail_start, bare_only in _WORDS_GO_ON:
        more = tail_start.match(tail)
        if not (infix and more and head_end.search(head)):
            continue
        if bare_only and (
            infix not in ("要", "将") or tail[more.end() : more.end() + 1] in _LIST_GOES_ON
        ):
            continue
        return prefix, head + more.group(), infix, tail[more.end() :], suffix
    return None


# the Party's and the government's standing meetings, then how often they meet (区委常委会、区政府
# 常务会议每半年至少专题研究一次教育工作: round cj's 13, G — 要做好区委常委会…)
_MEETINGS_THEN_TIMES = re.compile(
    # (not a request to them: 提请旗委教育工作领导小组每半年听取… is the bureau's 我们将提请)
    # (nor a mechanism of theirs to build: 健全县委常委会每年…的机制 — round cg's test)
    r"^(?=[县区市州旗省镇乡]|自治区)(?P<who>[^，；。、]{2,12}?(?:常委会|常务会议|领导小组)(?:、[^，；。、]{2,12}?(?:常委会|常务会议|领导小组))*)"
    r"(?P<rest>每[^，；。]+)$"
)
# a date, then the schools it binds (…，3月15日前各校报送…: round cj's 14, G — 3月15日前要各校报送)
_DATE_LAST = re.compile(r"(?P<date>\d{1,2}月(?:\d{1,2}日|底|上旬|中旬|下旬)前)$")
_SCHOOLS_FIRST = re.compile(r"^(?:各校|各学校|各中小学|各幼儿园|各地|各单位|各乡镇)")


def _meetings_keep_their_times(point: str, pieces: Pieces) -> Pieces | None:
    found = _MEETINGS_THEN_TIMES.match(point)
    if found is None or pieces[1] != point or not pieces[0]:
        return None
    return "", found["who"], "要", found["rest"], pieces[4]


def _schools_before_their_date(point: str, pieces: Pieces) -> Pieces | None:
    prefix, head, infix, tail, suffix = pieces
    date = _DATE_LAST.search(head)
    who = _SCHOOLS_FIRST.match(tail)
    if not (infix and date and who):
        return None
    before = head[: date.start()]
    return prefix, before + who.group(), infix + "在", date["date"] + tail[who.end() :], suffix


def _floor_after_the_charge(point: str, pieces: Pieces) -> Pieces | None:
    prefix, head, infix, tail, suffix = pieces
    if not (infix == "将" and head.endswith(_FLOOR_LAST)):
        return None
    return prefix, head.removesuffix(_FLOOR_LAST), infix, _FLOOR_LAST + tail, suffix


def _as_written(point: str, pieces: Pieces, verb_at: Callable[[str], int]) -> Pieces | None:
    """The point whole, with no charge, where the charge broke the clerk's own words;
    ``verb_at``: where a text's first verb is (weave's), -1 for none."""
    prefix, head, infix, tail, _suffix = pieces
    charged = bool(prefix or infix)
    if not charged:
        return None
    if (
        (infix and _PLAN_WORD_LAST.search(head))
        or _PLEA.search(point)
        # (a charge right before the 力争 is the clerk's aim said in his voice: 今年我们力争…)
        or (_OWN_AIM.match(point) and not (infix and tail.startswith("力争")))
        or (infix and _BARE_YEAR.search(head) and _counted_after_the_year(tail, verb_at))
        or (prefix and head == point and _AFTER_A_CHANGE_FIRST.match(point))
        # (only a charge over that first clause: …主体已完成，要在6月底前完成… keeps its 要在)
        or (_DONE_FIRST.match(point) and _over_the_first_clause(pieces))
        or _plan_word_cut(point, pieces)
        # (a body's return, its figure after it: 县人社局反馈今年可用编制空缺110名，… — round
        # ck's 01, G: 要推动县人社局反馈…)
        or (prefix and _A_BODY_REPORTS.match(point))
    ):
        return "", point, "", "", ""
    return None


# what is already done in the clause a lead stands over (round cj's 14, G: 我们将对作业公示制度已在
# 全部…学校实行), or a deed done (今天只给三位从教满30年的老师发了证书: round cj's 23, G — 三位要
# 从教满30年的)
_DONE_FIRST = re.compile(
    r"^[^，；。【（]{2,24}?已(?:在|经|于|全面|全部|实行|建立|完成|覆盖"
    # (works done: 城北中学主体已完工 — round ck's 02, G: 我们将推动城北中学主体已完工)
    r"|完工|竣工|建成|投用|投入使用|开工|交付|启用|到位|到岗|办结|下达|拨付|出台|印发|成立)"
    # (a deed done, not a thing that was: 签了责任书的县 is who is meant)
    r"|^[^，；。【（]{2,30}?[\u4e00-\u9fff](?<![为除])了(?!解|结|不起)[^，；。的]{1,12}(?:[，；。]|$)"
)
# the clerk's plan word (not the 拟 of 模拟, 虚拟), and a first clause that holds it (要把…宿舍拟
# 列入明年项目: round cj's 11, G; _plan_word_cut says when it gives way)
_PLAN_WORD = re.compile(r"(?<![模虚])拟")
_PLANNED_FIRST = re.compile(r"^[^，；。【（]{2,24}?" + _PLAN_WORD.pattern)


_A_BODY_REPORTS = re.compile(
    r"^[^，；。]{2,14}?(?:局|办|委|部门|中心)(?:反馈|报告|测算|统计|核报|上报|报送)[^，；。]{0,20}\d"
)


def _plan_word_cut(point: str, pieces: Pieces) -> bool:
    """The clerk's 拟 under a charge that did not take its place: a lead before the point
    (要把…拟列入), a 拟 still standing beside the charge (…拟委托第三方要开展, 拟7月初要由…),
    拟定 cut to 定 (要由县编办、人社局定…), or its year dropped with it. Where the charge took
    the 拟's place (区教育局要在9月底前…, round ao's test) it stands."""
    if not _PLANNED_FIRST.match(point):
        return False
    prefix, infix = pieces[0], pieces[2]
    said = "".join(pieces)
    first_said = re.split("[，；。]", said, maxsplit=1)[0]
    return bool(
        prefix
        or ("拟定" in point and "拟定" not in said)
        # (nor its year with it: 明年拟扩建两个班 said 要扩建两个班 at a December meeting)
        or any(word in point and word not in said for word in ("明年", "下半年", "下学期"))
        or (infix and _PLAN_WORD.search(first_said))
    )


def _over_the_first_clause(pieces: Pieces) -> bool:
    prefix, head, infix = pieces[0], pieces[1], pieces[2]
    return bool(prefix) or (bool(infix) and not re.search("[，；：]", head))


def _counted_after_the_year(tail: str, verb_at: Callable[[str], int]) -> bool:
    if _PLACE_COUNTS.match(tail):
        return True
    return bool(_COUNT_THEN_PARTS.match(tail)) and verb_at(tail) == -1


def _regard_not_ensured(point: str, pieces: Pieces) -> Pieces | None:
    prefix, head, infix, tail, suffix = pieces
    if prefix not in _ENSURED or not _REGARD_FIRST.match(head):
        return None
    return prefix.removesuffix("确保"), head, infix, tail, suffix


def _should_then_firmly(point: str, pieces: Pieces) -> Pieces | None:
    found = _SHOULD_THEN_FIRMLY.match(point)
    if found is None or not (pieces[0] or pieces[2]):
        return None
    charge = "将" if pieces[0].startswith("我们将") or pieces[2] == "将" else "要"
    return "", (found["time"] or "") + found["who"], charge, found["deed"], ""


def _thing_reaches(point: str, pieces: Pieces) -> Pieces | None:
    prefix = pieces[0]
    found = _REACH_AFTER.match(point)
    if found is None or pieces[1] != point or not prefix.endswith(("抓好", "做好", "确保")):
        return None
    charge = "将" if prefix.startswith("我们将") else "要"
    return "", found["thing"], charge, found["reach"], pieces[4]


def _put_into(point: str, pieces: Pieces) -> Pieces | None:
    prefix, head, infix, tail, suffix = pieces
    if not prefix or not head.startswith("对") or infix or tail:
        return None
    if _PUT_INTO.match(head[1:]) is None:
        return None
    return prefix, "把" + head[1:], infix, tail, suffix


# a school's works, then the date they are due by (向家湾完小围墙9月15日前修复完毕: round ci's 05,
# G — 要向家湾完小围墙…, read as 向 someone; 要推动…修复完毕落实到位)
_WORKS_BY_A_DATE = re.compile(
    r"^(?P<works>[^，；。要将]{1,16}?(?:围墙|围栏|护栏|挡土墙|校舍|教学楼|综合楼|宿舍楼?|食堂|厕所"
    r"|操场|运动场|屋面|线路|锅炉房|工程|项目"
    # (a school being built: 城东幼儿园6月30日前完工 — round ck's 01, G: 要推动城东幼儿园…)
    r"|[^各每全]幼儿园|[^各每全]分园|新校区|[^各每全]小学|[^各每全]中学|[^各每全]学校))"
    r"(?P<due>(?:\d{1,2}月(?:\d{1,2}日|底|上旬|中旬|下旬)?|年底|开学)前[^，；。]{2,}.*)$"
)


_COUNTED_WORKS = re.compile(r"^[\d两二三四五六七八九十]+(?:所|个|座|栋|处)")


def _works_by_their_date(point: str, pieces: Pieces) -> Pieces | None:
    found = _WORKS_BY_A_DATE.match(point)
    if found is None or not pieces[0] or not pieces[1].startswith(found["works"]):
        return None
    if _COUNTED_WORKS.match(found["works"]):
        return None  # (6所新建幼儿园8月底前完成验收 is ensured whole: test_woven_whole)
    charge = "将在" if pieces[0].startswith("我们将") else "要在"
    return "", found["works"], charge, found["due"], ""


# those a merger concerns, then what is done for them (撤并学校教师随学生走: round ck's 07, G —
# 要撤并学校教师随学生走, read as an order to merge them)
_MERGED_ONES_FIRST = re.compile(
    r"^撤并(?P<whose>学校|涉及)的?(?P<who>学生|教师|校舍|资产|设备)(?P<deed>(?!的)[^，；。]+)(?P<rest>.*)$"
)
# what is made a reference or a basis (参与课后服务的情况作为教师职称评聘…的重要参考: round ck's
# 03, G — 要抓好…作为…): 把 before it
_MADE_A_BASIS = re.compile(r"^(?P<what>[^，；。把将作]{2,24}?)作为(?P<rest>[^，；。]{2,}.*)$")
# a verb, then a rule of the schools (落实学校负责人陪餐制度: round ck's 04, G — 落实学校要负责人…)
_RULE_VERB_FIRST = re.compile(r"^(?:落实|推行|实行|执行|健全|完善|建立)[^的，；。]{0,6}$")


def _merged_ones_first(point: str, pieces: Pieces) -> Pieces | None:
    found = _MERGED_ONES_FIRST.match(point)
    if found is None or not (pieces[0] or pieces[2]) or not pieces[1].startswith("撤并"):
        return None
    who = f"撤并{found['whose']}的{found['who']}"
    if found["deed"].startswith("“"):  # no deed of theirs (撤并涉及学生“一生一档”): as written
        return "", point, "", "", ""
    charge = "将" if pieces[0].startswith("我们将") else "要"
    return "", who, charge, found["deed"] + found["rest"], ""


def _made_a_basis(point: str, pieces: Pieces) -> Pieces | None:
    prefix, head = pieces[0], pieces[1]
    found = _MADE_A_BASIS.match(point)
    if found is None or head != point or not prefix.endswith(("抓好", "做好", "推动", "确保")):
        return None
    lead = "我们将把" if prefix.startswith("我们将") else "要把"
    return lead, point, "", "", ""


def _no_frame_round_two_things(point: str, pieces: Pieces) -> Pieces | None:
    """No frame round a point of two things (…给予奖励；村小教师周转宿舍今年再改造6间: round
    ck's 20, G — 要建立镇政府每年安排5万元…；…再改造6间的制度): each said as the clerk wrote it."""
    prefix, head, _infix, tail, suffix = pieces
    if not suffix or "；" not in head + tail or not prefix:
        return None
    return "", point, "", "", ""


def _rule_verb_first(point: str, pieces: Pieces) -> Pieces | None:
    prefix, head, infix = pieces[0], pieces[1], pieces[2]
    if not infix or prefix or not _RULE_VERB_FIRST.match(head):
        return None
    return ("我们将" if infix == "将" else "要"), point, "", "", ""


_REREADS: tuple[Callable[[str, Pieces], Pieces | None], ...] = (
    _words_go_on,
    _floor_after_the_charge,
    _meetings_keep_their_times,
    _schools_before_their_date,
    _regard_not_ensured,
    _should_then_firmly,
    _thing_reaches,
    _put_into,
    _works_by_their_date,
    _merged_ones_first,
    _made_a_basis,
    _rule_verb_first,
    _no_frame_round_two_things,
)


def reread(point: str, pieces: Pieces, verb_at: Callable[[str], int]) -> Pieces:
    """``pieces`` of ``point`` as the first rule that has something to say gives them back
    (``verb_at``: weave's finder of a text's first verb)."""
    whole = _as_written(point, pieces, verb_at)
    if whole is not None:
        return whole
    for rule in _REREADS:
        found = rule(point, pieces)
        if found is not None:
            return found
    return pieces
