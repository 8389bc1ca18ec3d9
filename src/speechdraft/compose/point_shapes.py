"""Shapes of a clerk's point that round ar's readers found framed wrongly (issue 11's G).

Each rule reads one shape whole and says where 要 goes, or which lead the point takes; the
clerk's words stay whole. Round ar's lines, and what a clerk wrote instead:

- **an outcome for each one, by a date** (放假前每名学生家长签收安全告知书): 要确保 before it
  (not 放假前要发放每名学生家长签收…);
- **works, a date and their use** (新建3所学校9月1日前投入使用): 要确保 the new works' use
  (要确保新建的3所学校9月1日前投入使用, not 要新建3所学校9月1日前投入使用);
- **each one, then what it sets up** (每所村小设一个“亲情电话”): 要 after each one
  (每所村小要设一个…, not 要抓好每所村小设一个…);
- **an amount and its rise** (苏木学校教师每月生活补助提高到1000元): 要 before the rise
  (…生活补助要提高到…, not 苏木学校教师要每月生活补助…); a bureau works for it (推动);
- **a time of the year, then the rule** (假期实行24小时值班和领导带班): 要 after the time
  (假期要实行…, not 要对假期实行…);
- **a body, then its teams** (县教育局分6个组于1月下旬开展安全督查): 要 (or the bureau's 将)
  after the body (not …于1月下旬要开展…);
- **something brought into class** (苗歌、芦笙进课堂): 要推动 before it (not 要开好用好…);
- **a case and what is done at once** (鹰嘴教学点遇暴雨预警立即停课): 要 before the deed
  (…遇暴雨预警要立即停课, not 要开齐开好…停课);
- **people, then their practice in quotes** (劝返复学学生“一生一案”): 要对…实行“一生一案”;
- **a question, then who studies it** (讨论中提出的…问题，会同省委编办专题研究): 对 before the
  question, 要 before the study (not 要组织讨论中提出的…问题).
"""

from __future__ import annotations

import re

from speechdraft.compose.point_place import BY_A_DATE, Pieces

_EACH_BY_DATE = re.compile(
    rf"^(?:{BY_A_DATE})每(?:名|位|个|所|户)[^，；。\d]{{1,10}}?"
    r"(?:家长|学生|教师|学校|班级|家庭|监护人)(?:签收|收到|参加|接受|签订|知晓)[^，；。]+$"
)
_WORKS_IN_USE = re.compile(
    r"^(?P<deed>新建|改扩建|改建|扩建|新增|改造|维修)(?P<what>\d+[所个间套座栋处][^，；。\d]{0,10}?)"
    rf"(?P<when>(?:{BY_A_DATE})|\d{{1,2}}月\d{{1,2}}日前)"
    r"(?P<end>投入使用|交付使用|竣工|完工|建成|投用|启用)$"
)
_EACH_SETS_UP = re.compile(
    r"^(?P<who>每(?:所|个|名|位|间|户)[^，；。\d要建配设开安确明张悬]{1,8}?)"
    r"(?P<verb>设|设立|设置|配备|配|建|建立|安排|确定|开设|明确|张贴|悬挂|安装)(?![备齐足置立成设好])"
    r"(?P<rest>[^，；。]+)$"
)
# the words for staff given to each one: 为 before it (要为每所学校配备…)
_STAFFED = ("配备", "配")
_AMOUNT_RISES = re.compile(
    r"^(?P<topic>[^，；。要]{2,18}?(?:补助|补贴|标准|工资|津贴|待遇|经费|比例|定额))"
    r"(?P<rest>(?:提高到|提高至|提高|增加到|增加至|上调到|上调至|不低于)[^，；。]+)$"
)
_VERB_IN_TOPIC = re.compile(r"^已|^将|将$|落实|安排|发放|统筹|建立|推动|加强|提高|组织|争取")
# the government's money: a bureau works for its rise (推动), a ratio it keeps itself
_MONEY = re.compile(r"(?:补助|补贴|工资|津贴|待遇|经费|定额|标准)$")
_TIME_THEN_RULE = re.compile(
    r"^(?P<when>假期|假期期间|寒假期间|暑假期间|寒暑假期间|节假日|节假日期间|汛期|春节期间|"
    r"寒假|暑假|寒暑假|雨季|冬季|夏季|考试期间)"
    r"(?P<rest>(?:实行|落实|执行|坚持|严格执行|严格落实)[^，；。]+)$"
)
_BODY_IN_TEAMS = re.compile(
    r"^(?P<who>[^，；。\d要]{1,12}?(?:教育局|教育厅|教育体育局|教体局|政府|督导室|中心学校))"
    r"(?P<rest>分(?:\d+|[一二两三四五六七八九十]+)个(?:组|小组|督查组|检查组|工作组)[^，；。]+)$"
)
# the verbs a dated or grounded point of the speaker's own side opens its deed with
_OWN_DEEDS = (
    r"(?:清退|结清|完成|建成|拆除|签订|制定|出台|印发|启动|编制|调整|完善|优化|修订|建立|实施|开展|"
    r"推进|落实|确定|核定|招聘|补充|配齐)"
)
_YEAR_THEN_DEADLINE = re.compile(
    r"^\d{4}年(?:春季|秋季)?(?:开学前|\d{1,2}月(?:\d{1,2}日|底)?前|年底前)"
    + _OWN_DEEDS
    + r"[^，；。要]+$"
)
# 根据学龄人口变化，编制…: the ground first, the deed after it; 要 (我们将) before the whole
_GROUND_FIRST = re.compile(r"^(?:根据|依据|针对)[^，；。]{2,20}，" + _OWN_DEEDS + r"[^；。]+$")
# a place, a case and what is done at once (鹰嘴教学点遇暴雨预警立即停课): 要 before the deed
# (round ar's new arm: 要开齐开好…停课, 要抓好…停课)
_CASE_THEN_AT_ONCE = re.compile(
    r"^(?P<head>[^，；。要]{0,12}?遇(?:到)?[^，；。要]{2,12}?)(?P<tail>(?:立即|及时|一律|马上)[^，；。要]+)$"
)
# people, then the practice applied to them in quotes (劝返复学学生“一生一案”): 对 them 实行 it
# (round ar's G: 二是劝返复学学生“一生一案”, "缺谓语")
_PEOPLE_THEN_PRACTICE = re.compile(
    r"^(?!实施|建立|推行|落实|开展|推进|完善|健全|执行|坚持|做好|抓好)"
    r"(?P<who>[^，；。“要对]{2,12}(?:学生|儿童|幼儿|教师|家庭|家长))(?P<what>“一[^”]{1,3}一[^”]{1,3}”)$"
)
_INTO_CLASS = re.compile(r"^[^，；。要]{2,16}?进(?:课堂|校园|教材|头脑|社区|家庭)$")
# a point that says who brings it in already has its verb (各学校每学期开展一次反诈宣传进课堂)
_BRINGS = re.compile(r"开展|引进|引入|推动|推进|组织|实施|邀请|安排|送|请|各")
_QUESTION_STUDIED = re.compile(
    r"^(?P<what>[^，；。]{4,30}?问题)，(?P<rest>(?:会同|组织|提交|交由|由)[^；。]+)$"
)
_OWN_BUREAU = re.compile(r"(?:教育局|教育厅|教育体育局|教体局)$")


def shaped_pieces(point: str, bureau: bool) -> Pieces | None:
    """The pieces of a point of one of the shapes above; None for any other point."""
    will = "我们将" if bureau else "要"
    if _EACH_BY_DATE.match(point):
        return will + "确保", point, "", "", ""
    works = _WORKS_IN_USE.match(point)
    if works:
        said = f"{works['deed']}的{works['what']}"  # the works named, then their date
        return will + "确保", said, "", works["when"] + works["end"], ""
    practice = _PEOPLE_THEN_PRACTICE.match(point)
    if practice:
        return will + "对", practice["who"], "", "实行" + practice["what"], ""
    case = _CASE_THEN_AT_ONCE.match(point)
    if case:
        return "", case["head"], "要", case["tail"], ""
    if _YEAR_THEN_DEADLINE.match(point):  # 2019年秋季开学前清退…: 要在 before the whole date
        return will + "在", point, "", "", ""
    if _GROUND_FIRST.match(point):
        return will, point, "", "", ""
    each = _each_sets_up(point, bureau)
    if each:
        return each
    return _amount_rises(point, bureau) or _timed_or_teamed(point, bureau) or _led(point, will)


def _each_sets_up(point: str, bureau: bool) -> Pieces | None:
    """每所村小设一个…: each one, then what it sets up; a bureau's staff given (我们将为每所…
    配备…) and its own one-word deeds (设, 建) said with 为/在 before each one; the other
    verbs a bureau says are the other rules' (我们将在每个村设立…, 我们将推动每个乡镇…)."""
    found = _EACH_SETS_UP.match(point)
    if not found:
        return None
    staffed = found["verb"] in _STAFFED
    if staffed:
        return ("我们将为" if bureau else "要为"), point, "", "", ""
    if bureau:
        return ("我们将在", point, "", "", "") if len(found["verb"]) == 1 else None
    return "", found["who"], "要", found["verb"] + found["rest"], ""


def _amount_rises(point: str, bureau: bool) -> Pieces | None:
    found = _AMOUNT_RISES.match(point)
    if not found or _VERB_IN_TOPIC.search(found["topic"]):
        return None
    if bureau and _MONEY.search(found["topic"]):
        return "我们将推动", point, "", "", ""
    return "", found["topic"], "要", found["rest"], ""


def _timed_or_teamed(point: str, bureau: bool) -> Pieces | None:
    timed = _TIME_THEN_RULE.match(point)
    if timed:
        return "", timed["when"], "要", timed["rest"], ""
    teams = _BODY_IN_TEAMS.match(point)
    if teams:
        own = bureau and _OWN_BUREAU.search(teams["who"])
        return "", teams["who"], ("将" if own else "要"), teams["rest"], ""
    return None


def _led(point: str, will: str) -> Pieces | None:
    if _INTO_CLASS.match(point) and not _BRINGS.search(point):
        return will + "推动", point, "", "", ""
    question = _QUESTION_STUDIED.match(point)
    if question:
        return "对", question["what"] + "，", will, question["rest"], ""
    return None
