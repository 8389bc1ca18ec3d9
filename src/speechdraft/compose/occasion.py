"""What preceded the speech, read item by item: who did what, and how the speaker answers it.

A profile's ``preceding`` list is what the clerk typed of the agenda before the speech
(县教育局局长何文彬同志作了工作报告, 宣读了县委、县政府表彰决定, 县政府与各乡镇签订了…责任书).
The opening reads it out after 刚才 and then answers it; readers struck answers that name
nothing (讲成绩实事求是…我完全赞同: whose?), answers that grade a superior (a 中心学校校长's
这些安排我都同意 after the 副乡长's remarks), 讲 said of a signing, and items read out with no
subject (刚才，宣读了…；为…颁发荣誉证书). Here each item gets

- its **subject** (the text before its verb; 会议 where the clerk gave none, 会上 for a
  signing whose parties are unnamed),
- its **act**: ``speech`` (讲话, 致辞), ``remarks`` (提出要求, 作了部署/安排), ``report``
  (报告, 汇报, 通报, 说明), ``spoken`` (发言, 讲解, 介绍…), ``signing`` (责任书, 承诺书),
  ``commendation`` (表彰, 颁奖, 授牌), ``adoption`` (审议, 印发, 研究) or ``other``,
- whether its subject **ranks above the speaker** (voice.role_from_title on the subject;
  a list of units or 各… is nobody's superior),

and the named phrases the frames say: ``superior_named`` (县委书记的重要讲话, 分管副乡长提出
的要求), ``heard_named`` (何文彬同志的报告, 城关镇、县一中的表态发言), ``signed_named``,
``adopted_named``, ``commended`` — so that an endorsement says what it endorses, by what
it was (a report is 讲得好, a signing is kept, a document adopted is put into effect) and by
rank (a superior's words are carried out, not approved).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from speechdraft.compose.charge_clauses import arrangement_only
from speechdraft.markup import placeholder_text
from speechdraft.numbering import chinese_count, chinese_numeral
from speechdraft.voice import role_from_title

# How high a role stands: an item by someone above the speaker is carried out, not graded.
RANK: dict[str, int] = {
    "party_secretary": 6,
    "group_head": 6,
    "government_head": 5,
    "deputy": 4,
    "bureau_chief": 3,
    "school_head": 2,
}

# The verb that ends an item's subject (its first occurrence): 县政府与各乡镇签订了…,
# 市领导为…颁奖, 区公安分局、区市场监管局负责同志就…作了部署, 会议审议通过了…
_VERB = re.compile(
    r"与(?=[^，。；]*?(?:签订|签了|签署))|向(?=[^，。；]*?递交)|为(?=[^，。；]*?(?:颁|授|举行))"
    r"|就(?=[^，。；]*?(?:作了|提出|讲了))|对(?=[^，。；]*?(?:作了|提出|进行了))"
    # (an adverb before the verb ends the subject too: round av's G, 逐条同志的汇报 of 镇中心校
    # 校长逐条汇报了…)
    # (专题 before 汇报 too: round bw's 10, G — 专题同志汇报了… of 市教育局局长专题汇报…)
    # (郑重、认真 too: round cp's 13, A — 郑重同志汇报了… of 州教育局局长郑重汇报了…)
    r"|(?:分别|先后|集体|逐条|逐项|逐一|简要|详细|郑重|认真|专题(?=汇报|报告|通报|部署)|书面(?=汇报|报告|交流)"
    r"|代表受表彰|作为|出席会议|主持会议)"
    r"|(?:作了|进行了|宣读了?|汇报了?|通报了?|总结了|部署了|安排了|布置了|传达(?:学习)?了|讲解了"
    r"|介绍了|解读了|讲了|签订了|签了|递交了|(?<!受)表彰了?|通报表彰了|审议(?:通过)?了?|印发了|书面印发了"
    r"|分析了?|献词"
    r"|研究了|(?:分组)?讨论了|听取了|观看了|播放了|重温了|颁发了|颁奖|捐赠|提出了|发言|举行了|奖励)"
)
_MEETING = re.compile(r"^(?:会议|会上|大会)")
# a personal name before 同志 after a title (局长何文彬同志, 副县长吴海涛同志, 教师吕晓燕同志)
_NAMED = re.compile(r"(?:长|记|任|师|员|委|表|部长|校长)([\u4e00-\u9fff]{2,4}?)同志$")
# a subject that is many units or people, nobody's superior (3个乡镇和2所学校, 各乡镇, 城关镇、县一中)
_COUNTED = re.compile(
    r"^各|\d+(?:个|名|位|所)|[一两二三四五六七八九十几](?:个|名|位|所)|代表|领导$"
)
# one person's posts (区委常委、副区长刘明; 区委副书记、区长): every part a post
_POST = re.compile(r"(?:长|书记|常委|委员|主任|部长|组长)(?:[\u4e00-\u9fff]{2,3})?$")

_SIGNING = re.compile(r"签订|签了|签署|递交|责任书|责任状|承诺书")
# (a 表扬 notice read out is a commendation, not a report to agree with: round cd's 01, R:
# 报告和通报情况清楚，我都同意 after 宣读了《关于表扬…先进单位的通报》)
_COMMENDATION = re.compile(r"表彰|表扬|颁了?奖|颁发|授牌|授予|奖励|命名")
_ADOPTION = re.compile(r"审议|印发|研究了|讨论了")
_SPEECH = re.compile(r"讲话|致辞")
_REMARKS = re.compile(r"提出了?(?:具体)?要求|部署|安排|布置|动员|提醒")
_REPORT = re.compile(r"报告|汇报|通报|说明|总结")
_SPOKEN = re.compile(r"发言|讲解|介绍|解读|辅导|提示|讲了|经验交流")

# what the speaker answers: a signing's document, an adopted document's title
_DOCUMENT = re.compile(r"《[^》]+》")
_COUNTED_SIGNED = re.compile(r"^[^，；。]*?[两二三四五六七八九十\d]+[份个](?:责任书|责任状|承诺书)")
_SIGNED_THING = re.compile(r"([^，、；了与和]*?(?:责任书|责任状|承诺书))")
# a talk is named by what it was: a 专题辅导 or a 讲解 is no 发言 (round ai's R: 几个单位的发言
# of the 应急、消防 departments' 专题辅导; 区卫健局负责同志的发言 of a 讲解)
_SPOKEN_NOUN = re.compile(
    r"(表态发言|交流发言|典型发言|大会交流发言|经验交流|发言|专题辅导|辅导|讲解|解读|介绍)"
)


@dataclass(frozen=True)
class Item:
    text: str  # the clause as typed (no final punctuation)
    subject: str  # '' where the clerk gave none
    act: str  # speech | remarks | report | spoken | signing | commendation | adoption | other
    rank: int | None  # the subject's rank (None: units, the meeting, nobody in RANK)
    formal: bool = False  # the subject was typed as the form has it (市政府分管副市长)

    def above(self, role: str) -> bool:
        return self.rank is not None and self.rank > RANK.get(role, 0)


def subject_of(item: str) -> str:
    """The text before the item's verb; the whole item where no verb is known (it is read
    out as typed, nothing put before it)."""
    found = _VERB.search(item)
    return item[: found.start()].strip("，、 ") if found else item


def act_of(item: str) -> str:
    if _SIGNING.search(item):
        return "signing"
    if _SPEECH.search(item):
        return "speech"
    if re.search(r"发言$|捐赠", item):
        return "spoken" if "发言" in item else "other"
    if _COMMENDATION.search(item):
        return "commendation"
    if _ADOPTION.search(item):
        return "adoption"
    if _REPORT.search(item):
        return "report"
    if _REMARKS.search(item):
        return "remarks"
    if _SPOKEN.search(item):
        return "spoken"
    return "other"


def _many(subject: str) -> bool:
    """Whether a subject is several units or people (城关镇、县一中; 3个乡镇和2所学校; 各乡镇;
    教师代表), not one person with several posts (区委常委、副区长刘启明同志)."""
    if _COUNTED.search(subject):
        return True
    bare = _NAMED.sub(lambda m: m.group(0)[: -len(m.group(1)) - 2], subject)
    parts = re.split(r"[、和及]", bare)
    return len(parts) > 1 and not all(_POST.search(p) for p in parts)


# A deputy secretary (市委副书记, 专职副书记) ranks with the government head, not above him: a
# 市长 answers his speech as a peer's (round ae's R: 认真学习领会张卫东同志的重要讲话精神 from a 市长)
DEPUTY_SECRETARY = re.compile(r"副书记(?:[\u4e00-\u9fff]{2,3}同志)?$")


def _rank_of(subject: str) -> int | None:
    if not subject or _MEETING.match(subject) or _many(subject):
        return None
    role = role_from_title(subject, default="")
    if role == "party_secretary" and DEPUTY_SECRETARY.search(subject):
        return RANK["government_head"]
    return RANK.get(role)


# An item typed as an agenda line (州教育局局长作工作报告, 会议审议《…》, 通报…溺水事故) is said
# after 刚才 as done: its first verb takes 了 (round ag's G: 刚才，州教育局局长作工作报告; the
# subject then ended at 作了, not at the item's end: 作工作报告的报告). 受表彰 and 表彰决定 are
# no verbs; 颁奖 is said as typed. (…三个单位作经验交流: 作了经验交流, round bb's R, three drafts)
_UNDONE_VERB = re.compile(
    # (not the 作 of 工作: …高考组考工作作具体部署 — round bt's 24, G: 工作了作具体部署)
    r"(?<![受了工])(?:作(?!为)(?=[^，；了]*?(?:报告|讲话|发言|部署|说明|总结|动员|辅导|交流))"
    r"|审议通过|(?<!通报)审议|通报(?!表彰)|宣读|颁发|签订|签署|递交|(?<!通报)表彰(?!决定|大会|会|的)"
    r"|传达学习|传达|听取|汇报|部署|安排|布置|观看|播放|参观|观摩|讲解|介绍|解读|印发|提出|总结|捐赠|赠送|发放|分析"
    # (各县（市）分会场逐一报告开学准备情况: round bd's 17 G, the one item without 了)
    r"|(?<=逐一|分别|依次|先后)报告)"
    r"(?!了)"
)
# an item that is a form of the meeting, no one's act (分组讨论): the attendees did it
_DISCUSSION = re.compile(r"^(?:进行)?(分组讨论|分组座谈|集体讨论|讨论交流|座谈交流|交流讨论)$")


# 出席会议并讲话: being there is no deed done before the speech, the speech is
_ATTENDED_AND_SPOKE = re.compile(r"出席(?:会议|大会|本次会议)?并(?:作)?(?:重要)?讲话$")


# a leader's post, then 讲话 with no verb before it
_POST_SPOKE = re.compile(r"^[^，；。]{2,30}?(?:长|书记|常委|主任|部长|主席|组长)讲话$")
_POST_GREETED = re.compile(
    r"^(?P<who>[^，；。]{2,30}?(?:长|书记|常委|主任|部长|主席|组长)[^，；。]{0,4})致辞$"
)


def _spoke_done(item: str) -> str:
    """A leader's speech as a recap says it; "" for any other item."""
    attended = _ATTENDED_AND_SPOKE.search(item)
    if attended:  # 出席会议并讲话: 作了讲话 (刚才，…出席会议 is no recap: round ap's G R)
        return item[: attended.start()] + "作了讲话"
    if item.endswith("并讲话"):  # 到会并讲话: 到会并作了讲话
        return item[: -len("讲话")] + "作了讲话"
    if _POST_SPOKE.match(item):  # 市委常委、副市长讲话 (round bc's 03: read …讲话副市长的重要讲话)
        return item[: -len("讲话")] + "作了重要讲话"
    greeted = _POST_GREETED.match(item)
    if greeted:  # 副镇长莫家旺致辞 (round bd's 14 G R: pasted as typed)
        return greeted["who"] + "作了致辞"
    return ""


def said_done(item: str) -> str:
    """The item as a recap says it: 作了工作报告, 通报了…, 会议审议了《…》; an item with 了
    already (作了工作报告, 表彰了…) is left as typed; 分组讨论 is 与会同志进行了分组讨论."""
    discussion = _DISCUSSION.match(item)
    if discussion:
        return "与会同志进行了" + discussion.group(1)
    if "，" in item:  # 审议通过《…》，审议通过《…》: each clause its own verb
        first, *rest = item.split("，")
        # a later clause that says more of the first (…颁发荣誉证书，受疫情影响…，其余教师由所在学校
        # 颁发) keeps its words: 颁发了 there was round ba's G
        rest = [said_done(part) if _UNDONE_VERB.match(part) else part for part in rest]
        return "，".join([said_done(first) if first else first, *rest])
    if "了" in item:
        return item
    spoke = _spoke_done(item)
    if spoke:
        return spoke
    if "并" in item:  # 颁奖并发放奖励金: the last verb takes 了
        head, _, tail = item.rpartition("并")
        done = _last_verb_done(tail)
        if done != tail:
            return head + "并" + done
    by_ending = _done_by_ending(item)
    if by_ending:
        return by_ending
    found = _UNDONE_VERB.search(item)
    if not found or item[: found.start()].endswith(("已", "已经", "不", "未", "没有", "暂不")):
        return item  # 方案已印发 is done already (round av's G: 已印发了)
    return item[: found.end()] + "了" + item[found.end() :]


def _last_verb_done(tail: str) -> str:
    """The verb after 并 with its 了; 审议并原则通过了《…》 (round ba's G: 审议了并原则通过)."""
    done = said_done(tail)
    if done == tail and tail.startswith(("原则通过", "通过")):
        at = tail.index("通过") + len("通过")
        done = tail[:at] + "了" + tail[at:]
    return done


def _done_by_ending(item: str) -> str:
    """A kind of speech (座谈发言), an award (为…颁奖) or a tribute (献词) the item ends with,
    said done as the recap's other items are (round at's G: 教师代表座谈作了发言, 学生代表献词
    beside the others' 了); "" for any other item."""
    if item.endswith("发言") and not re.search(r"作(?!为)[^，；]*发言$", item):
        # 刘春燕老师代表受表彰教师发言: …代表受表彰教师作了发言 (作为…代表发言 alike); 作了
        # before a kind of speech named with it (座谈发言)
        kind = _KIND_OF_SPEECH.search(item)
        cut = kind.start() if kind else len(item) - len("发言")
        return item[:cut] + "作了" + item[cut:]
    if item.endswith("颁奖") and "为" in item:
        return _awarded(item)
    if item.endswith("献词"):
        return item[: -len("献词")] + "致了献词"
    return ""


# A post typed as the form lists it, its government before it (市政府分管副市长, 县人民政府
# 常务副县长): a speaker says the post (round aj's R: 刚才，市政府分管副市长作了动员讲话 —
# "讲话中应称某某副市长，'市政府分管副市长'是表格用语"); the government is the meeting's own
_GOVERNMENT_POST = re.compile(
    r"^(?:省|市|县|区|旗|州|盟|自治区|自治州|自治县|乡|镇)(?:人民)?政府"
    r"(?=(?:分管|常务)?副?(?:省|市|县|区|旗|州|盟|乡|镇|主席|区长|州长|盟长)?长?$)"
)
_IN_CHARGE = re.compile(r"^(?:分管|常务)(?=副)")


def spoken_post(subject: str) -> str:
    """分管副市长 for 市政府分管副市长: a nameless post as a speaker says it, its government
    left out; any other subject as typed."""
    post = _GOVERNMENT_POST.sub("", subject)
    return post if post != subject and re.search(r"(?:长|主席)$", post) else subject


@lru_cache(maxsize=4096)
def read_item(item: str) -> Item:
    item = said_done(item)
    subject = subject_of(item)
    spoken = spoken_post(subject)
    formal = spoken != subject and item.startswith(subject)
    if formal:
        item, subject = spoken + item[len(subject) :], spoken
    return Item(item, subject, act_of(item), _rank_of(subject), formal)


def read_items(items: Iterable[str]) -> tuple[Item, ...]:
    return tuple(read_item(i) for i in items)


# --- the speaker's own place among the items ---------------------------------------------


# being there is no item done before the speech (round ar's G R: 刚才，…；镇党委副书记出席会议):
# a leader who only attended is not recapped; one who 出席会议并讲话 is (作了讲话)
_ONLY_ATTENDED = re.compile(r"(?:出席|到会|莅临|参加)了?(?:会议|大会|本次会议)?(?:指导)?$")
# the post an item's subject ends with (省教育厅厅长 → 省教育厅 + 厅长)
_OWN_POST = re.compile(
    r"(?:副)?(?:厅长|局长|校长|园长|主任|书记|部长|组长|省长|市长|县长|区长|州长|旗长|盟长|乡长|镇长|主席)$"
)


def attended_only(item: str) -> bool:
    """Whether an item says only that someone was there (镇党委副书记出席会议)."""
    return bool(_ONLY_ATTENDED.search(item)) and "并" not in item


def _person_named(subject: str) -> str:
    found = _NAMED.search(subject)
    if found:
        return found.group(1)
    bare = _BARE_NAME.search(subject)
    return bare.group(1) if bare and not _NOT_A_NAME.search(bare.group(1)) else ""


def is_own(subject: str, title: str, name: str | None) -> bool:
    """Whether an item's subject is the speaker's post or name: his name, or (no name typed)
    his post in his own office (省教育厅厅长 for a 省教育厅党组书记、厅长; round ar's F: the 厅长
    said 省教育厅厅长作了工作报告 of himself, then endorsed it). 县长 is not a 副县长's post."""
    named = _person_named(subject)
    if named:
        return bool(name) and named == name
    subject = spoken_post(subject)
    post = _OWN_POST.search(subject)
    if not post or not title:
        return False
    office, held = subject[: post.start()], post.group(0)
    parts = title.split("、")
    if not any(
        p.endswith(held) and (held[0] == "副" or not p.endswith("副" + held)) for p in parts
    ):
        return False
    return not office or title.startswith(office)


# a 副 post is held by several (副局长, 副县长): the item may be another's, the clerk checks
_OWN_CHECK = "【待核：是否讲话人本人】"


def one_item_each(items: Iterable[str]) -> list[str]:
    """An agenda pasted into one line (…汇报…；市财政局汇报…；审议《…》) is several items, each
    read and said done on its own (round ar's G: the recap read the line out as typed, its
    later items with no 了)."""
    return [p.strip(" 。") for item in items for p in _agenda_split(item) if p.strip(" 。")]


# the decisions a line of the agenda ends with (审议了…，会议议定：一、…；二、…): one item, its
# decisions counted and numbered as said (round bv's 06, R: 会议议定：一、…；校外培训治理纳入… — the
# line cut at its ；, the second decision read as an agenda item with its number dropped)
_DECISIONS_LISTED = re.compile(r"(?P<verb>议定|决定|确定)(?:了)?[：:]\s*(?=一、)")
_DECISION_NUMBER_FIRST = re.compile(r"^\s*[一二三四五六七八九十]、\s*")


def decisions_counted(verb: str, decisions: Sequence[str]) -> str:
    """议定了两件事：一是…；二是… — the decisions counted and numbered as a speaker says them."""
    said = "；".join(f"{chinese_numeral(n + 1)}是{text}" for n, text in enumerate(decisions))
    return f"{verb}了{chinese_count(len(decisions))}件事：{said}"


def _agenda_split(item: str) -> list[str]:
    found = _DECISIONS_LISTED.search(item)
    if found is None:
        return re.split(r"[；;]", item)
    listed = re.split(r"[；;]\s*(?=[一二三四五六七八九十]、)", item[found.end() :])
    decisions = [_DECISION_NUMBER_FIRST.sub("", d).strip().rstrip("；;。") for d in listed]
    parts = re.split(r"[；;]", item[: found.start()])
    parts[-1] += decisions_counted(found["verb"], decisions)
    return parts


def as_speaker_says(
    items: Iterable[str], title: str, name: str | None, on_behalf_of: str | None
) -> tuple[str, ...]:
    """The items as the speaker says them: attendance left out, his own item said in the
    first person (刚才，我代表省教育厅作了工作报告), which no endorsement then grades; an item
    by a nameless 副 post he holds too (州委副书记: a 州 has several) marked 【待核】 and not
    graded either."""
    said: list[str] = []
    for item in map(_speech_made, one_item_each(items)):
        # (…汇报了开学准备工作，未安排观摩: round cf's 05, G R — the clerk's note of what was
        # not held is no part of what preceded)
        item = _TRAILING_NOT_HELD.sub("", item)
        # (…颁发荣誉证书（今年不搞评先表彰）: round dg's 09, G R — the clerk's bracketed note read
        # out after the certificates)
        item = _NOTE_NOT_HELD.sub("", item) or item
        if attended_only(item) or _none_held(item) or arrangement_only(item):
            # (今年不开表彰大会，只开座谈会: the meeting's own arrangement, no item done before the
            # speech — round di's 22, G: 刚才，今年不开表彰大会，只开座谈会；…)
            continue  # (本次不安排表彰（…）: the clerk's note that nothing was held; round bc's 09)
        if _FORM.search(item) and not _AN_ACT.search(item):
            continue  # the meeting's form alone (各市设分会场，…在分会场参会: round bu's 08, G F)
        if _NOT_SPOKEN.search(item):
            continue  # (各中心学校书面交流（不安排发言）: round bv's 08, G F — 不安排作了发言, thanks)
        this_speech = _THIS_SPEECH.search(item)
        if this_speech and is_own(this_speech["who"], title, name):
            continue  # (…受区委书记委托，由区长讲话: this speech, not before it — round co's 13)
        it = read_item(item)
        if not (it.subject and it.text.startswith(it.subject)):
            said.append(item)
            continue
        rest = it.text[len(it.subject) :]
        if not is_own(it.subject, title, name):
            said.append(item)
        elif _shared_post(it.subject):
            said.append(it.subject + _OWN_CHECK + rest)
        else:
            for_whom = on_behalf_of or _office_of(spoken_post(it.subject))
            said.append("我" + (f"代表{for_whom}" if for_whom else "") + rest)
    return tuple(said)


# the clerk's note that the speaker gives this speech (区委书记因…未能到会，受区委书记委托，由区长讲话):
# the speech itself, no item before it (round co's 13, A R: 由区长讲话 recapped, then 学习贯彻讲话区长
# 的重要讲话精神 from the 区长 himself)
_THIS_SPEECH = re.compile(
    r"(?:由|请)(?P<who>[^，；。由请]{1,12}?)(?:同志)?(?:作)?(?:总结)?讲话[。]?$"
)


# a bare 乡长讲话, 县长讲了话 or 县委书记的讲话 (a clerk's agenda line): said 乡长作了讲话, so the recap says
# 乡长作了重要讲话 and the endorsement names 乡长 (round as's G: 刚才，乡长讲话。讲话乡长的…)
_AGENDA_SPEECH = re.compile(
    r"^(?P<who>(?:(?!作|了|进行)[^，；。：、]){2,24}?)(?<!重要)(?<!动员)(?<!总结)(?<!工作)的?"
    r"(?:讲了话|发表讲话|重要讲话|讲话)$"
)


def _speech_made(item: str) -> str:
    bare = _AGENDA_SPEECH.match(item.strip().rstrip("。；;"))
    if bare:
        return f"{bare['who']}作了讲话"
    return _REPORT_KIND_ASIDE.sub(r"\g<who>\g<kind>汇报\g<what>", item.strip(), count=1)


# the kind of a report in the clerk's brackets after it (州教育局汇报全州…工作情况（专题汇报）): said
# as its verb (州教育局专题汇报了…; round da's 03, G — …工作情况，专题汇报；)
_REPORT_KIND_ASIDE = re.compile(
    r"^(?P<who>[^，；。（(]{2,24}?)汇报(?P<what>[^（()）]{2,40}?)[（(](?P<kind>专题|书面|口头)汇报[）)]"
    r"(?=[。；;]?$)"
)


def _shared_post(subject: str) -> bool:
    """A nameless post several hold (副局长, 州委副书记): who gave the item is for the clerk."""
    post = _OWN_POST.search(spoken_post(subject))
    return not _person_named(subject) and post is not None and post.group(0).startswith("副")


def _office_of(subject: str) -> str:
    post = _OWN_POST.search(subject)
    return subject[: post.start()] if post else ""


def by_speaker(item: str) -> bool:
    """Whether an item as the speaker says it (as_speaker_says) is his own."""
    return _mine(read_item(item))


def _mine(it: Item) -> bool:
    """The speaker's own item (as_speaker_says): said, never graded or carried out."""
    return it.subject.startswith("我") or _OWN_CHECK in it.subject


# --- 刚才，… : every item with its subject -------------------------------------------------


# A superior's speech is 重要讲话 in a junior's mouth (round af's R: a 县长's 刚才，县委书记作了
# 讲话): the clerk's 作了讲话 said so where the item's author ranks above the speaker.
_PLAIN_SPEECH = re.compile(r"作了(?=讲话)")
_HOSTING = re.compile(r"主持(?:会议|大会|本次会议)?$")


def _awarded(text: str) -> str:
    """…颁奖 said done: …颁了奖."""
    return text[: -len("颁奖")] + "颁了奖" if text.endswith("颁奖") else text


# the ceremony of opening, no one's act to recap (round at's R: 刚才，全体起立，奏唱国歌)
_CEREMONY = re.compile(r"^(?:全体起立[，,]?)?(?:奏唱|齐唱|奏|唱)国歌$|^全体起立$|^升国旗")
# a kind of speech named before 发言 (座谈发言, 表态发言): 作了 goes before the kind
_KIND_OF_SPEECH = re.compile(r"(?:座谈|交流|表态|典型)发言$")
# an earlier time of the day the clerk put first (上午，市长作了重要讲话): said after what was
# 刚才, under its own time (round at's G F: 刚才，上午，…)
_EARLIER_TIMES = "上午|下午|昨天|昨天下午|昨天上午|今天上午"
_EARLIER = re.compile(rf"^(?P<when>{_EARLIER_TIMES})[，,]\s*")
# the same time in the clerk's bracket after the item (观摩了…建设现场（上午）): said first, as above
# (round bh's 01, G R: “（上午）”是把简况原样贴进“刚才”句式)
_EARLIER_AFTER = re.compile(rf"[（(](?P<when>{_EARLIER_TIMES})[）)]$")


# the way an item was held, in the clerk's bracket (通报了…情况（视频）): no speech (round bk's 06
# and 19, G R)
_HELD_BY = re.compile(r"[（(](?:视频|视频连线|视频会议|线上|网络|远程)[）)]$")


_LATEST_AFTERNOON = re.compile(r"[（(]下午[）)]$")


# the same brackets put before the item ((上午)与会人员…观摩了…, （视频）州教育局副局长通报了…:
# round bn's 03, 07 and 15, G R — "把概况括注原样粘入")
_BRACKET_FIRST = re.compile(
    rf"^[（(](?:(?P<when>{_EARLIER_TIMES})|视频|视频连线|视频会议|线上|网络|远程)[）)]\s*"
)


def _time_first(item: str) -> str:
    first = _BRACKET_FIRST.match(item)
    if first:
        rest = item[first.end() :]
        item = f"{first['when']}，{rest}" if first["when"] else rest
    item = _HELD_BY.sub("", item)
    found = _EARLIER_AFTER.search(item)
    return f"{found['when']}，{item[: found.start()]}" if found else item


# what the attendees watched or heard together: 大家, not 会议 (round at's R: 会议观看了…)
# (and visited: 参观…, 观摩了… with no subject — round av's G, 刚才，参观镇中心小学…)
_WATCHED = re.compile(
    r"^(?:观看|收看|聆听|集体观看|共同观看|重温|参观|观摩|现场观摩|实地观摩|实地察看)"
)
# the attendees named as the clerk's notes name them (与会人员观摩了…): the speaker says 大家 (round
# di's 05 and 07, R — "照抄简况口吻“与会人员观摩了”，讲话人应说“刚才，大家一起观摩了…”")
_ATTENDEES_WATCHED = re.compile(
    r"^(?:全体)?(?:与会|参会)(?:人员|同志|代表)(?:们)?(?:一起|共同|一同)?(?="
    + _WATCHED.pattern.removeprefix("^")
    + ")"
)
# the meeting's form is no item done before the speech (round ah's G: 刚才，…；会议以视频形式
# 开到各县（区）): not said after 刚才
_FORM = re.compile(r"以视频(?:会议)?(?:形式|方式)|设(?:立)?分会场|开到各|直播到|线上线下结合")
# an exchange in writing, no one speaking: nothing the speaker heard
_NOT_SPOKEN = re.compile(r"书面交流|不安排(?:交流)?发言|不作发言|不再发言")
# an act the recap says (a form item that also reports, hears or commends is kept)
_AN_ACT = re.compile(
    r"报告|汇报|通报|说明|讲话|致辞|发言|介绍|宣读|表彰|颁|签订|审议|部署|观看|观摩|传达|学习"
)
# a commendation's decision is read before its awards are presented (round ah's F: 刚才，镇党
# 委书记为受表彰教师颁奖；镇政府宣读了表彰决定, as the clerk listed them)
_AWARDS = re.compile(r"颁了?奖|颁发|授牌")
_BARE_AWARD = re.compile(r"^为[^，；]*(?:颁了?奖|颁发了?[^，；]*|授牌)$")
_DECISION = re.compile(r"宣读[^，；]*(?:决定|通报|命令)")


def in_natural_order(items: list[str]) -> list[str]:
    """The items as they happened: a decision read (宣读了表彰决定) before the awards it grants
    (为…颁奖) where the clerk listed them the other way round; otherwise as typed."""
    award = next((n for n, i in enumerate(items) if _AWARDS.search(i)), None)
    decision = next((n for n, i in enumerate(items) if _DECISION.search(i)), None)
    if award is None or decision is None or decision < award:
        return items
    return [
        *items[:award],
        items[decision],
        *(i for n, i in enumerate(items[award:], award) if n != decision),
    ]


# the counts in brackets after a document read out (…的决定》（命名“名师”50名…，表彰优秀教师三百名）):
# the speaker names the decision, not its tally (round av's R: 念不出来；概括即可)
_COUNTED_ASIDE = re.compile(
    r"(?<=》)（[^（）]*(?:\d|[一二两三四五六七八九十百千]+)(?:名|个|所|人|位|项|家)[^（）]*）"
)


# a list read out with its count after it (宣读从教30年教师名单（共87名）): the count said first,
# 宣读了87名从教30年教师名单 (round bl's 03, R: …名单，共87名)
_LIST_COUNTED = re.compile(
    r"(?P<verb>宣读(?:了)?)(?P<what>[^，；。（）]{2,24}?)名单(?:[（(]\s*共(?P<n1>\d+名)\s*[）)]"
    r"|[，,]\s*共(?P<n2>\d+名))$"
)


def _list_counted(item: str) -> str:
    found = _LIST_COUNTED.search(item)
    if found is None:
        return item
    count = found["n1"] or found["n2"]
    return item[: found.start()] + f"{found['verb']}{count}{found['what']}名单"


def recap(items: Iterable[str], role: str = "") -> str:
    """The items said after 刚才, each with a subject: 会议宣读了县委、县政府表彰决定，为…颁发
    荣誉证书 (round ab's R: 刚才，宣读了…；为…). A run of items with no subject of their own
    shares the one 会议 (joined by ，); a signing whose parties the clerk left out is said
    会上…签订了 (会议 signs nothing)."""
    said: list[str] = []
    bare_run = False
    items = _items_to_recap(list(items))
    apart = _said_apart(items, role)
    if apart is not None:
        return apart
    for text in items:
        it = read_item(text)
        text = it.text
        if role and it.act == "speech" and it.above(role):
            text = _PLAIN_SPEECH.sub("作了重要", text)
        if role and it.above(role):
            text = _with_name_asked(text, it.subject)
        if it.act == "commendation" and _MEETING.match(text) and _BARE_AWARD.match(text[2:]):
            text = text[2:]  # 会议为…颁奖 as the clerk typed it: no giver (round an's R)
            said.append("会上" + _awarded(text))
            bare_run = False
            continue
        text = _ATTENDEES_WATCHED.sub("", text, count=1)
        if _WATCHED.match(text):
            said.append("大家" + text)
            bare_run = False
            continue
        if it.subject or _MEETING.match(text):
            said.append(_named_as_spoken(_with_its_verb(text, it.subject), it, role))
            bare_run = False
            continue
        if bare_run:
            said[-1] += "，" + text
            continue
        # awards with no giver named start their own clause (round an's R: 会议为受表彰教师颁奖
        # — a meeting presents nothing): 为受表彰教师颁了奖
        if it.act == "commendation" and _BARE_AWARD.match(text):
            # …with 会上 before them: alone, 为十名优秀教师颁了奖 read as the last speaker's
            # deed (round at's R)
            said.append("会上" + _awarded(text))
            continue
        lead = "会上" if it.act == "signing" else "会议"
        said.append(lead + text)
        bare_run = True
    return _one_meeting_subject(said)


def _items_to_recap(items: list[str]) -> list[str]:
    """The items a recap says, each as it is said, in the order they happened."""
    # the host is still hosting: 刚才，副州长吴敏同志主持会议 is not said (round ae's R)
    items = [i for i in items if not _HOSTING.search(i) and not _CEREMONY.match(i)] or items
    items = [
        _before_the_meeting_first(_speakers_named_first(_NO_AWARDS_NOTE.sub("", i))) for i in items
    ]
    items = [
        _list_counted(
            _PURPOSE_ASIDE.sub("，进行了警示教育", _COUNTED_ASIDE.sub("", _in_writing(i)))
        )
        for i in items
    ]
    # the afternoon's last item is what came just before the speech: 刚才, not 下午 (round bk's 15,
    # F: 刚才 said of a morning's item while 下午 was said of the last)
    items = [
        _LATEST_AFTERNOON.sub("", i) if n == len(items) - 1 else i for n, i in enumerate(items)
    ]
    items = [_time_first(i) for i in items]
    return in_natural_order([i for i in items if not _FORM.search(i)] or items)


def _said_apart(items: list[str], role: str) -> str | None:
    """The recap where some items are said under their own time: what was sent in before the
    meeting (会前), or done earlier in the day (上午, 下午) after the rest; None where none is."""
    if any(i.startswith(_SENT_BEFORE) for i in items):
        return _sent_first(items, role)
    earlier = [i for i in items if _EARLIER.match(i)]
    if not earlier or len(earlier) == len(items):
        return None
    items = [i for i in items if not _EARLIER.match(i)]
    return "；".join(
        [
            recap(items, role),
            *(
                f"{m['when']}，{recap([i[m.end() :]], role)}"
                for i in earlier
                if (m := _EARLIER.match(i))
            ),
        ]
    )


# the clerk's note that nothing is awarded, before an item (今年不搞表彰，市领导会前…): not said in the
# recap (round de's 04, G F R — 刚才，…；今年不搞表彰了，…)
_NO_AWARDS_NOTE = re.compile(
    r"^(?:今年|本次|这次|今天)?不(?:搞|安排|举行|进行)(?:评比)?表彰[，,、]\s*"
)
# speakers counted, then named after a colon (8名教师代表发言：A、B…等): named first, then counted
_SPEAKERS_LISTED = re.compile(
    r"^(?P<count>(?:\d+|[两二三四五六七八九十]+)(?:名|位))(?P<who>[^：:，；]{2,10}?)"
    r"(?:作了?)?(?P<verb>交流发言|发言)[：:]\s*(?P<names>[^；。]+?)[。]?$"
)
# a deed done before the meeting, its time after its doers (市领导会前到…走访慰问了教师): 会前 first
_BEFORE_AFTER_DOERS = re.compile(r"^(?P<who>[^，；。]{2,12}?)会前(?P<rest>[^，；。].+)$")


def _speakers_named_first(item: str) -> str:
    found = _SPEAKERS_LISTED.match(item)
    if found is None:
        return item
    return f"{found['names']}{found['count']}{found['who']}作了{found['verb']}"


def _before_the_meeting_first(item: str) -> str:
    found = _BEFORE_AFTER_DOERS.match(item)
    return f"{_SENT_BEFORE}{found['who']}{found['rest']}" if found else item


def _sent_first(items: list[str], role: str) -> str:
    """What was sent in before the meeting said first, under its own 会前, then the rest."""
    sent = [i.removeprefix(_SENT_BEFORE) for i in items if i.startswith(_SENT_BEFORE)]
    held = [i for i in items if not i.startswith(_SENT_BEFORE)]
    before = _SENT_BEFORE + "，".join(sent)
    return "；".join([before, recap(held, role)]) if held else before


def _one_meeting_subject(said: list[str]) -> str:
    """Clauses joined by ；, a run of 会议…'s sharing the one 会议 (会议听取了…，审议了…): 会议
    听取了…；会议听取了… said it as minutes do (round bk's 16 and 24, R)."""
    joined = ""
    for n, clause in enumerate(said):
        if n and said[n - 1].startswith("会议") and _MEETING_DID.match(clause):
            joined += "，" + clause.removeprefix("会议")
        elif n and said[n - 1].startswith("会上") and clause.startswith("会上为"):
            # two presentations share the one 会上 (round dd's 16, R: 会上为…颁了奖；会上为…颁发了…)
            joined += "，" + clause.removeprefix("会上")
        else:
            joined += ("；" if n else "") + clause
    return joined


_MEETING_DID = re.compile(r"^会议(?:听取|审议|研究|讨论|通报|学习|传达)")


# the clerk's note of what an item was for (通报…典型案例（警示教育）): said as what was done,
# not read out as a bare note (round bl's 09 and 23, G: …典型案例，警示教育；)
_PURPOSE_ASIDE = re.compile(r"(?:[（(]\s*警示教育\s*[）)]|[，,]\s*警示教育)$")


# a report made in writing, the clerk's note in brackets (汇报开学准备情况（书面交流）): said
# 书面汇报了…, never as a note read aloud (round au's G: …汇报了开学准备情况，书面交流)
_IN_WRITING = re.compile(
    r"^(?P<who>.+?)(?P<verb>汇报|报告|交流)(?P<what>[^（），]+?)"
    # the bracket as the clerk typed it, or as the profile's asides are said (，书面交流)
    r"(?:（书面(?:交流|汇报|报告|印发)?）|，书面(?:交流|汇报|报告|印发)?)$"
)


def _in_writing(item: str) -> str:
    found = _IN_WRITING.match(item.strip()) or _WRITTEN_AS_SUCH.match(item.strip())
    if found is None:
        return item
    # sent in before the meeting, not heard just now (round dc's 12, F R: 刚才，各县（市）教育局
    # 书面汇报了开学准备情况。大家的汇报很全面)
    verb = "交流了" if found["verb"] == "交流" else "报送了"
    return f"{_SENT_BEFORE}{found['who']}书面{verb}{found['what'].removeprefix('了')}"


_SENT_BEFORE = "会前，"
# the clerk's own 书面汇报 (各县（市）书面汇报了开学准备情况)
_WRITTEN_AS_SUCH = re.compile(
    r"^(?P<who>.+?)书面(?P<verb>汇报|报告|报送)了?(?P<what>[^（），；]+?)$"
)


def in_writing(item: str) -> bool:
    """Whether an item was a report sent in writing before the meeting (not heard, not graded)."""
    return _in_writing(item).startswith(_SENT_BEFORE) and not item.startswith(_SENT_BEFORE)


_TEACHER_NAMED = re.compile(r"(?:教师|老师)(?P<name>[\u4e00-\u9fff]{2,3})$")


def _named_as_spoken(text: str, it: Item, role: str) -> str:
    """A person typed by his post and name (县政府副县长钟毓敏, 市教育局局长罗鸿宾) said as a speaker
    names him: 钟毓敏同志, or 钟毓敏副县长 by a junior (rounds bk–br's R: "讲话中宜称'钟毓敏同志'，
    '县政府副县长'冗赘"; "局长提本局副职一般称'哈斯朝鲁同志'")."""
    subject = it.subject
    if not subject or not text.startswith(subject) or not _person_named(subject) or _many(subject):
        return text
    if len(text) <= len(subject) or _NAMED.search(subject):
        # no deed read after the subject (新入职教师宣誓: 宣誓 is no name), or typed with 同志
        # (州教育局局长龙万才同志): as the clerk wrote it
        return text
    teacher = _TEACHER_NAMED.search(subject)
    if teacher:  # 榕湾区实验小学教师戴宝琴 → 榕湾区实验小学戴宝琴老师 (a teacher is 老师, not 同志)
        return subject[: teacher.start()] + teacher["name"] + "老师" + text[len(subject) :]
    who = _superior_who(subject) if role and it.above(role) else _who(subject)
    return who + text[len(subject) :]


def _with_name_asked(text: str, subject: str) -> str:
    """A superior typed by a post several hold (副州长作了讲话) is named, as a junior names him:
    his name is asked for after the post (round ar's R: 刚才，副州长作了重要讲话 — "未带姓"); a
    post one man holds (县委书记, 市长) is named in full by the post."""
    if not subject or not text.startswith(subject) or _person_named(subject):
        return text
    if not _PERSON_POST.search(subject) or _many(subject):
        return text
    if not re.search(r"副[^、]*$", subject):
        return text
    return subject + placeholder_text("姓名") + text[len(subject) :]


# A speech named by its noun alone after its speaker (优秀教师代表发言, 县一中教师代表分别发言):
# said with 作了 (round af's and ae's G: 刚才，…宣读了表彰决定；优秀教师代表发言).
_BARE_SPEECH = re.compile(r"^(?P<how>分别|先后)?(?P<what>(?:表态|交流|典型)?发言|讲话|致辞)$")


def _with_its_verb(text: str, subject: str) -> str:
    bare = (
        _BARE_SPEECH.match(text[len(subject) :]) if subject and text.startswith(subject) else None
    )
    if not bare:
        return text
    return subject + (bare["how"] or "") + "作了" + bare["what"]


# --- the named phrases an endorsement says ----------------------------------------------


# a name typed with no 同志 after a post (市委常委、副市长龚红霞; 镇中心学校校长杨春燕): not a
# post's own last characters (市委书记, 县教育局局长)
_BARE_NAME = re.compile(r"(?:长|书记|常委|委员|主任|部长|老师|教师)([\u4e00-\u9fff]{2,3})$")
_NOT_A_NAME = re.compile(r"[长记委员任部局厅处室校所队表师组办议会]$|^(?:书记|部长|局长|校长|主任)")


def _who(subject: str) -> str:
    """A subject as an endorsement names it: 何文彬同志 for 县教育局局长何文彬同志 (and for 局长
    何文彬), the unit for its 负责同志 (省卫生健康委, round aj's R: 负责同志的解读), else the
    subject as typed (县教育局局长, 市教育局), with no 的 of its own: the name is said before
    的 and a noun (round aj's R: 五个市的分管副市长的交流发言, 的 twice)."""
    unit = _IN_CHARGE_OF.match(subject)
    if unit:
        return unit["unit"].replace("的", "")
    found = _NAMED.search(subject)
    if found:
        return found.group(1) + "同志"
    bare = _BARE_NAME.search(subject)
    if bare and not _NOT_A_NAME.search(bare.group(1)):
        return bare.group(1) + "同志"
    posts = subject.split("、")
    if len(posts) > 1 and all(_POST.search(p) for p in posts):
        return posts[-1]  # 市委副书记、市长 → 市长: the post he spoke in
    qualified = subject.rsplit("的", 1)[-1]
    if "的" in subject and len(qualified) >= 2 and _UNIT_NAME_END.search(qualified):
        # 沿河的蒿坪乡 is 蒿坪乡 (round aw's R: 沿河蒿坪乡的表态发言, a qualifier said as a name)
        return qualified
    return subject.replace("的", "")


_UNIT_NAME_END = re.compile(r"(?:乡|镇|县|区|市|旗|苏木|街道|局|学校|中学|小学|幼儿园|中心校)$")


def _superior_who(subject: str) -> str:
    """A superior as a junior names him: his name with his post (向春华副县长, 李明书记), not
    同志 (round ar's R: a 局长 said 向春华同志的重要讲话 of the 副县长); else as _who."""
    name = _person_named(subject)
    if not name:
        return _who(subject)
    post = subject.split("、")[-1]
    post = post[: post.rindex(name)] if name in post else post
    post = _IN_CHARGE.sub("", spoken_post(post))
    brief = re.search(r"副?(?:书记|[省市县区州旗盟乡镇]长|主席|部长|主任|组长)$", post)
    return name + brief.group(0) if brief else _who(subject)


# a unit's official with no name (省卫生健康委负责同志, 州公安局交警支队主要负责同志): the unit
_IN_CHARGE_OF = re.compile(r"^(?P<unit>.{2,}?)(?:的)?(?:主要|分管|有关)?负责同志$")


def superior_items(items: Iterable[str], role: str) -> tuple[Item, ...]:
    """What someone above the speaker said or asked: a speech, remarks or a report."""
    return tuple(
        it
        for it in read_items(items)
        if it.act in ("speech", "remarks", "report")
        and it.above(role)
        and not warning_of(it)
        and not _mine(it)
    )


def greeting_named(who: str) -> str:
    """A greeting named by who gave it (副镇长莫家旺致辞 → 副镇长莫家旺的致辞): its verb is no part of
    who gave it (round bd's 14 G: 副镇长莫家旺致辞的重要讲话)."""
    return re.sub(r"(?:作了|发表了?)?致辞$", "", who) + "的致辞"


def superior_named(items: Iterable[str], role: str) -> str:
    """县委书记的重要讲话, 分管副乡长提出的要求, 副县长的部署: the first superior's words named."""
    found = superior_items(items, role)
    if not found:
        return ""
    it = found[0]
    who = _superior_who(it.subject)
    if it.formal and who == it.subject:
        # a nameless post typed as the form has it, just said after 刚才 (分管副市长), is
        # said short the second time (round aj's R: 市政府分管副市长的重要讲话, the full title
        # again): 副市长; a post the clerk typed as said (分管副乡长) is named as typed
        who = _IN_CHARGE.sub("", who)
    if it.act == "speech":
        # a greeting is a 致辞, not a 重要讲话, and its verb is no part of who gave it (round
        # bd's 14 G: 副镇长莫家旺致辞的重要讲话)
        if "致辞" in it.text:
            return greeting_named(who)
        return who + ("的书面讲话" if "书面讲话" in it.text else "的重要讲话")
    if re.search(r"要求", it.text):
        return who + "提出的要求"
    if it.act == "report":  # 领导小组副组长的通报 right after the 刚才 line: 这个通报
        # (a bare noun opens no sentence: 通报，大家要认真对照… — round bs's 14, G)
        named = _post_once(it, _report_named(it))
        return named if "的" in named else ("这份" if "报告" in named else "这个") + named
    return who + "的部署"


def superior_spoke(items: Iterable[str], role: str) -> bool:
    return bool(superior_items(items, role))


def _spoken_named(it: Item) -> str:
    noun_found = _SPOKEN_NOUN.search(it.text)
    noun = noun_found.group(1) if noun_found else "发言"
    noun = "交流发言" if noun == "大会交流发言" else noun
    if "代表" in it.subject and not _NAMED.search(it.subject):
        # representatives typed by their role are named by it, one or several (round bu's 18,
        # R: 通报和代表们的发言 after 新入职教师代表发言 alone)
        by_role = _REPRESENTATIVES_BY_ROLE.match(it.subject)
        return (it.subject + "的" if by_role else "代表们的") + noun
    who = _who(it.subject)
    if not who or len(who) > 16:
        return ("几个单位的" if _many(it.subject) else "") + noun
    return _named_again(who) + "的" + noun


_REPRESENTATIVES_BY_ROLE = re.compile(r"^[\u4e00-\u9fff]{2,10}代表$")
# bodies the 刚才 line has just named, named again in the next sentence (团结路小学、自治区第三中学的
# 典型发言介绍了…; 雪隆县教育局、州民族中学的表态发言): counted, not read out twice (round bl's 11, 18
# and 24, D)
# (a school by its short name, 澄塬二中、城关一小, is a body too: round cd's 01, R: 两位同志的交流发言)
# (县二幼 and 乡人民政府 too: rounds cj's 01 and ci's 01, R — 三位同志的交流发言 of 石溪镇、县一中、
# 县二幼; 两位同志 of 栗坳乡人民政府、县第二中学)
_A_BODY = re.compile(
    r"(?:局|委|办|校|学|院|园|镇|乡|街道|苏木|县|区|市|旗|州|中心|集团|公司|所|站|队|政府"
    r"|[一二三四五六七八九十\d]+[中小幼职])$"
)


def _named_again(who: str) -> str:
    names = [n for n in re.split(r"[、和及]", who) if n]
    # (bodies already counted, 三个县区和两所学校, are said as the clerk counted them)
    # (two short names are said again as they are: 城关镇、县一中的表态发言 — round aw's R)
    if (
        len(names) < 2
        or len(who) <= 8
        or re.search(r"[一二两三四五六七八九十\d]+(?:个|所|家|名|位)", who)
    ):
        return who
    count = chinese_count(len(names))
    return f"{count}个单位" if all(_A_BODY.search(n) for n in names) else f"{count}位同志"


def _authors_of_reports(text: str, noun: str) -> list[str]:
    """The offices whose reports one item heard (听取了A关于…的汇报和B、C关于…的汇报: A, B, C),
    each once, in the clerk's order."""
    heard = re.findall(rf"(?:听取了|的{noun}和)([^，。；关]{{2,16}}?)关于", text)
    offices = [o for who in heard for o in re.split("[、和]", who) if o]
    return list(dict.fromkeys(offices))


def _report_named(it: Item) -> str:
    noun = (
        "报告"
        if "报告" in it.text
        else "汇报"
        if "汇报" in it.text
        else "通报"
        if "通报" in it.text
        else "说明"
        if "说明" in it.text
        else "汇报"
    )
    who = _who(it.subject)
    if _MEETING.match(it.text):  # 会议听取了县教育局关于…的汇报
        inner = re.search(r"听取了(.{2,12}?)关于", it.text)
        who = inner.group(1) if inner else ""
        # two reports heard in one item (…关于…的汇报和市编办、市教育局关于…的汇报): both authors
        # (round dh's 03 and dg's 15, F R — 市教育局的汇报情况清楚 where 市编办 had reported too)
        authors = _authors_of_reports(it.text, noun)
        if len(authors) > 1:
            return "、".join(authors) + "的" + noun
    if not who or len(who) > 16:
        return noun
    if who.startswith("各"):  # 各苏木镇中心学校 just named by the 刚才 line: 大家的汇报 (round
        return "大家的" + noun  # ba's D R: 刚才，各…汇报了… then 各…的汇报情况清楚)
    # 县教育局、县市场监管局联合的汇报 (round cw's 23, R): their joint report; 州残联补充的汇报 (round
    # da's 03, G): its supplement
    joint = _AUTHOR_AND_MANNER.fullmatch(who)
    if joint:
        return f"{joint['who']}的{joint['how']}{noun}"
    return who + "的" + noun


def _speech_named(it: Item) -> str:
    """A junior's speech before a secretary's (旗长斯琴同志作了…讲话): 斯琴同志的讲话 (round
    ac's R: speeches given earlier never answered)."""
    who = _who(it.subject)
    return (who + "的讲话") if who and len(who) <= 16 else "讲话"


def _remarks_named(it: Item) -> str:
    noun = "要求" if "要求" in it.text else "提醒" if "提醒" in it.text else "部署"
    noun = "安排" if noun == "部署" and re.search(r"安排|布置", it.text) else noun
    who = _who(it.subject)
    if not who or len(who) > 16:
        return ("几个部门的" if _many(it.subject) else "") + noun
    return who + "的" + noun


_PLEDGE = re.compile(r"表态")


def heard(items: Iterable[str], role: str) -> tuple[Item, ...]:
    """Reports and remarks by the speaker's peers or juniors: what an endorsement grades.
    A 表态发言 is a promise, kept, not graded (round ac's R: 发言…我完全同意 of 表态)."""
    return tuple(
        it
        for it in read_items(items)
        if it.act in ("report", "spoken", "remarks", "speech")
        and not it.above(role)
        and not _PLEDGE.search(it.text)
        and not warning_of(it)
        and not _mine(it)
        and not _CONVEYED.search(it.text)
        and not in_writing(it.text)
    )


# a superior's words conveyed (传达学习了党的二十大报告…): studied, not graded (round at's R:
# 报告和汇报和发言…我完全同意 over the congress's report)
_CONVEYED = re.compile(r"传达")


# A 通报 of accidents or of cases is a warning, taken to heart by whoever gave it (round ag's
# R: 市应急办的通报讲得很实在，大家要认真对待、抓好落实 of a drowning bulletin; 我们要把…组长的通报
# 落实到各项具体工作中去 of a discipline bulletin): 引以为戒、举一反三, 以案为鉴、以案促改 —
# neither graded (讲得好, 我同意) nor carried out.
# (防溺水 is the work, not a drowning: 通报全镇学生防溺水安全教育开展情况 is no warning — round
# bb's F: 镇中心校的通报敲响了警钟)
_ACCIDENTS = re.compile(r"事故|(?<!防)溺水|溺亡|伤亡|安全事件|险情|灾害")
# (not the police's count of 交通违法, no case of anyone's: round cx's 06, A — 通报的典型案例教训深刻)
_CASES = re.compile(r"案例|案件|违纪|违规|(?<!交通)违法|问题线索|反面典型|查处")
_BULLETIN = re.compile(r"通报")
_WORK_REPORT = re.compile(r"报告|汇报|部署|安排|要求")


def warning_of(it: Item) -> str:
    """``accidents`` or ``cases`` for a bulletin of either (an accident's first), else ''."""
    if not _BULLETIN.search(it.text) or _WORK_REPORT.search(it.text.replace("通报", "")):
        return ""
    if _ACCIDENTS.search(it.text):
        return "accidents"
    if _CASES.search(it.text):
        return "cases"
    return ""


def warned(items: Iterable[str]) -> str:
    """What the first warning bulletin before the speech was of ('' if none)."""
    return next((w for it in read_items(items) if (w := warning_of(it))), "")


def warning_named(items: Iterable[str]) -> str:
    """The warning bulletin named (市应急办的通报; 通报 where its author was just said in
    full)."""
    for it in read_items(items):
        if warning_of(it):
            return _post_once(it, _report_named(it))
    return ""


# an exchange of experience is learned from, a work report carried out: never one predicate
# for both (round ag's R: 报告和交流发言讲得很好，各有特色，大家要认真学习借鉴; 报告和典型发言…我都
# 同意). Beside a report or remarks the exchange is answered on its own (exchange_named).
_EXCHANGE = re.compile(r"交流发言|经验交流|典型发言|经验介绍")


def _exchange_apart(
    graded: tuple[Item, ...], beside_own: bool = False
) -> tuple[tuple[Item, ...], tuple[Item, ...]]:
    """The graded items and the exchanges answered apart from them: beside a report, the
    speaker's own report too (``beside_own``: the exchange is then no report's stand-in)."""
    exchange = tuple(it for it in graded if _EXCHANGE.search(it.text))
    rest = tuple(it for it in graded if not _EXCHANGE.search(it.text))
    return (rest, exchange) if (rest or beside_own) and exchange else (graded, ())


def _own_report(items: Iterable[str]) -> bool:
    return any(_mine(it) and it.act in ("report", "remarks", "speech") for it in read_items(items))


def exchange_named(items: Iterable[str], role: str) -> str:
    """The exchange speeches answered apart from the report beside them (6个市、县教育局的
    典型发言), '' where there is no report or none."""
    items = list(items)
    _, exchange = _exchange_apart(heard(items, role), _own_report(items))
    return _spoken_named(exchange[0]) if exchange else ""


def pledged_named(items: Iterable[str]) -> str:
    """城关镇、县一中的表态发言: the promises made before the speech."""
    for it in read_items(items):
        if it.act == "spoken" and _PLEDGE.search(it.text):
            return _spoken_named(it)
    return ""


def heard_named(items: Iterable[str], role: str) -> str:
    """何文彬同志的报告, 县教育局的汇报和城关镇、县一中的交流发言: what the speaker grades, the
    first report and the first other item, in the clerk's order."""
    found: list[tuple[Item, str]] = []
    report = other = False
    # a report of work (报告, 汇报) is named before a 通报 of the same meeting: the endorsement
    # grades the report (round q's 县教育局的通报…我都赞同 beside the 镇's 汇报)
    items = list(items)
    in_order = _exchange_apart(heard(items, role), _own_report(items))[0]
    graded = sorted(in_order, key=lambda it: _BRIEFING_ONLY.search(it.text) is not None)
    reports = [it for it in graded if it.act == "report"]
    for it in graded:
        if it.act == "report" and not report:
            # several reports of one kind are answered together, none skipped (round an's R:
            # 县教育局的汇报情况清楚 where 县财政局 had reported too): 县教育局、县财政局的汇报
            found.append((it, _reports_named(reports) if len(reports) > 1 else _report_named(it)))
            report = True
        elif it.act != "report" and not other:
            found.append(
                (
                    it,
                    _remarks_named(it)
                    if it.act == "remarks"
                    else _speech_named(it)
                    if it.act == "speech"
                    else _spoken_named(it),
                )
            )
            other = True
    if len(found) == 1:
        return _post_once(*found[0])
    # the two named in the clerk's order (round an's R: 专题辅导和通报 after a 通报 then a 辅导)
    found.sort(key=lambda pair: in_order.index(pair[0]))
    # two items: a person named by name keeps every item's author (郑一鸣同志的讲话和市教育局
    # 局长的汇报, not 郑一鸣同志的讲话和汇报: round af's R read the mayor as the reporter);
    # else both are said by their nouns, the 刚才 line having just named them (通报和安排)
    if any(_PERSONAL.match(_who(it.subject)) for it, _ in found):
        return _and_joined(list(dict.fromkeys(named for _, named in found)))
    nouns = [_noun_only(it, named) for it, named in found]
    # one item still named by its author (会议听取了区教育局…的汇报: 区教育局的汇报) and the
    # other by its noun alone reads as the same author's (round ai's R: 区教育局的汇报和发言
    # where 区财政局、区委编办 had spoken): each keeps its author
    if any(
        noun == named and "的" in named and not _GENERIC_AUTHOR.match(named)
        for noun, (_, named) in zip(nouns, found, strict=True)
    ) and any(noun != named for noun, (_, named) in zip(nouns, found, strict=True)):
        nouns = [named for _, named in found]
    return _and_joined(list(dict.fromkeys(nouns)))


def _and_joined(names: list[str]) -> str:
    """Names joined with one 和, before the last (round at's G: 报告和汇报和发言 → 报告、汇报和
    发言): a name that holds 和 itself is split into its parts first."""
    parts = list(dict.fromkeys(part for name in names for part in name.split("和") if part))
    if len(parts) <= 1:
        return "和".join(names)
    return "、".join(parts[:-1]) + "和" + parts[-1]


def _reports_named(reports: list[Item]) -> str:
    """Several reports named at once: 县教育局、县财政局的汇报 where all are one noun by named
    authors, else each as it is named (县教育局的汇报、县财政局的通报)."""
    named = list(dict.fromkeys(_report_named(it) for it in reports))
    parts = [n.split("的", 1) for n in named]
    nouns = list(dict.fromkeys(p[-1] for p in parts))
    # authors said again only where each is a short office (县教育局, 县财政局): a post
    # (旗教育局局长) or an office typed in full is not named twice (_post_once), and a report
    # with no author of its own leaves them all by their nouns (汇报和通报)
    authored = all(
        len(p) == 2
        and not _PERSON_POST.search(p[0])
        and not (_OFFICE.search(p[0]) and len(p[0]) >= _OFFICE_CHARS)
        for p in parts
    )
    if authored and len(nouns) == 1:
        return "、".join(p[0] for p in parts) + "的" + nouns[0]
    if authored and len(named) == 2 and any(n[:2] in _REPORT_MANNERS for n in nouns):
        # 州教育局的专题汇报和州残联的补充汇报: 汇报和补充汇报 named the supplement nobody's
        return "和".join(named)
    if len(nouns) > 2:  # 汇报、通报和说明, not 汇报和通报和说明 (round cj's 12, G)
        return "、".join(nouns[:-1]) + "和" + nouns[-1]
    return "和".join(nouns)


# how a report was made, after its author (州残联补充汇报, 县教育局、县卫健局联合汇报)
_REPORT_MANNERS = ("联合", "共同", "补充", "专题", "书面", "口头")
_AUTHOR_AND_MANNER = re.compile(r"(?P<who>.{2,14}?)(?P<how>" + "|".join(_REPORT_MANNERS) + ")")
_GENERIC_AUTHOR = re.compile(r"^(?:几个单位|几个部门|代表们)的")
_BRIEFING_ONLY = re.compile(r"^(?!.*(?:报告|汇报)).*(?:通报|说明)")
_PERSONAL = re.compile(r"^(?!负责)[\u4e00-\u9fff]{2,4}同志$")


def _noun_only(it: Item, named: str) -> str:
    who = _who(it.subject)
    return named[len(who) + 1 :] if who and named.startswith(who + "的") else named


# A post held by one person, named with no name (市教育局局长, 镇派出所所长, 自治区教育厅厅长).
_PERSON_POST = re.compile(r"(?:长|书记|主任|局长|厅长|部长|校长|所长|处长|科长|委员)$")


def _post_once(it: Item, named: str) -> str:
    """The endorsement right after the 刚才 line that named the post: the post is not said
    again (自治区教育厅厅长作了报告。自治区教育厅厅长的报告… was round ad's R): 报告 alone;
    a name is said with 同志 (何文彬同志的报告), a short office as the clerk typed it
    (县教育局的汇报), a long one not again (round af's R: 自治区教育厅办公室的通报…)."""
    prefix = named.split("的", 1)[0] if "的" in named else ""
    person = bool(_PERSON_POST.search(prefix)) and not prefix.endswith("同志")
    office = bool(_OFFICE.search(prefix)) and len(prefix) >= _OFFICE_CHARS
    # an office within a body (厅基础教育处, 局安全股): said again it reads as a form too
    # (round an's R: 厅基础教育处的通报讲到的事项 right after it was named)
    inner = bool(_INNER_OFFICE.search(prefix))
    if prefix and (person or office or inner) and prefix in it.text:
        noun = named[len(prefix) + 1 :]
        return "工作报告" if noun == "报告" and "工作报告" in it.text else noun
    return named


# An office typed in full (自治区教育厅办公室, 市委教育工作领导小组秘书组): said again right after
# the 刚才 line it reads as a form (round af's R: 自治区教育厅办公室的通报很有针对性); a short one
# (县教育局, 旗教育体育局) is how a speaker names it.
_OFFICE = re.compile(r"(?:办公室|厅|局|委|中心|队|处|科|股|室|组|站|所)$")
_OFFICE_CHARS = 7
_INNER_OFFICE = re.compile(r"(?:处|科|股|办公室|秘书组)$")


def signed_named(items: Iterable[str]) -> str:
    """The document signed (2017年控辍保学目标责任书), or 目标责任书 if the clerk named none."""
    for it in read_items(items):
        if it.act != "signing":
            continue
        doc = _DOCUMENT.search(it.text)
        if doc:
            return doc.group(0)
        # what follows the verb (…与各学校签订党风廉政建设责任书: 签订各学校签订… was round
        # ag's G), every document named (…责任书和安全目标责任书)
        signed = re.split(r"签订了?|递交了?", it.text)[-1]
        counted = _COUNTED_SIGNED.search(signed)
        if counted:
            # 党风廉政建设和安全工作两个责任书 is one name of both (round au's G: 签订安全工作
            # 两个责任书, the first of the two cut off at 和)
            return counted.group(0)
        things = _SIGNED_THING.findall(signed)
        return "和".join(things[:2]) if things else "责任书"
    return ""


_DRAFT_WORDS = re.compile(r"送审稿|审议稿|代拟稿|草案|征求意见稿|讨论稿|初稿")


# what a meeting passed outright is no longer the text put to it (round bg's 16: 审议通过的
# 《…议事规则（审议稿）》 did not read); one passed in principle, or to go up, keeps its note
_PUT_TO_THE_MEETING = re.compile(r"（审议稿）(?=》)")
_NOT_YET_IN_FORCE = re.compile(r"原则通过|修改|完善|提交|报送|报请|上报|审定|审批")


def _as_passed(document: str, item: str) -> str:
    if "通过" not in item or _NOT_YET_IN_FORCE.search(item):
        return document
    return _PUT_TO_THE_MEETING.sub("", document)


def adopted_named(items: Iterable[str]) -> str:
    """审议通过的《…》 (with 和 between two), or 会议研究的事项."""
    docs: list[str] = []
    verb = ""
    for it in read_items(items):
        if it.act != "adoption":
            continue
        found = _DOCUMENT.findall(it.text)
        # 审议通过 is adopted; 审议 alone was only discussed
        said = (
            "审议通过的"
            if "通过" in it.text
            else "印发的"
            if "印发" in it.text
            else "会议审议的"
            if "审议" in it.text
            else "会议讨论的"
        )
        if found and not verb:
            verb = said
        # a document only discussed is not named among those adopted (round ak's F: 把审议
        # 通过的《…规则》…和《…实施意见（送审稿）》落到实处, the 送审稿 only 审议)
        if said == verb:
            docs += [_as_passed(doc, it.text) for doc in found]
    # a draft passed for submission (审议通过了《…规划（送审稿）》和《…要点》) is revised and
    # submitted, not carried out: beside documents adopted in full it is left out, so the
    # endorsement carries out the adopted ones only (round ak's F); drafts alone stay named
    # (context.adopted_drafts: 会后修改完善，按程序报批)
    final = [d for d in docs if not _DRAFT_WORDS.search(d)]
    if final and len(final) < len(docs):
        docs = final
    if docs:
        # 《…》《…》: no 顿号 between titles in 书名号 (GB/T 15834; round ak's G)
        between = "" if all(d.startswith("《") for d in docs) else "、"
        listed = docs[0] if len(docs) == 1 else between.join(docs[:-1]) + "和" + docs[-1]
        return verb + listed
    if any(it.act == "adoption" for it in read_items(items)):
        return "会议研究的事项"
    return ""


# a certificate for years of service (为从教30年以上的乡村教师颁发荣誉证书) honours a career, not
# the year's best: nobody was commended (round aw's F: 希望受表彰的同志戒骄戒躁…, 今年受到表彰的
# 300名… at a meeting that only handed such certificates out)
_SERVICE_HONOUR = re.compile(r"从教(?:满)?(?:\d+|[二三四五六七八九十]+)年")


def service_honoured(items: Iterable[str]) -> bool:
    """Whether a certificate for years of service was handed out (为从教30年的教师颁发…)."""
    return any(
        it.act == "commendation" and bool(_SERVICE_HONOUR.search(it.text))
        for it in read_items(items)
    )


def commended(items: Iterable[str]) -> bool:
    """Whether the meeting commended anyone before the speech (a certificate for years of
    service is no commendation)."""
    return any(
        it.act == "commendation"
        and not (_SERVICE_HONOUR.search(it.text) and "表彰" not in _without_notes(it.text))
        # 本次不安排表彰（…） says there is none (round bc's 09: 向受到表彰的同志表示祝贺)
        and not _NONE_HELD.search(it.text)
        for it in read_items(items)
    )


_TRAILING_NOT_HELD = re.compile(
    r"[，,；;]\s*(?:本次|这次|会上)?(?:未|没有|不|暂不|未再)(?:安排|组织|进行|举行)[^，；。（）]{1,10}[。]?$"
)


def _none_held(item: str) -> bool:
    """本次不安排表彰（表彰改在…进行）: an item that only says a commendation is not held."""
    return bool(_NONE_HELD.search(item)) and len(_without_notes(item).strip("，。 ")) <= 4


# the clerk's note in brackets, and a commendation said not to be held (（本次不进行评优表彰，优秀
# 教师表彰按三年一次于明年进行）: read in round bb's 24, greeted as 受到表彰的同志)
# (今年不开表彰大会, 不搞大规模表彰: round cc's 09, F — a 座谈会 greeted 受表彰的同志)
_NOT_HELD = r"(?:不|不再|不另行|暂不|没有)(?:进行|开展|安排|组织|召开|举行|开|搞)?"
# (今年不搞评比表彰: round ct's 04, F — 向今天受到表彰的同志们表示祝贺 at a 座谈会 of none)
# (今年不搞评先表彰: round dg's 09, F — 掌声是对先进的褒奖 at a meeting of certificates only)
_CLERKS_NOTE = re.compile(
    r"（[^（）]*）|\([^()]*\)|" + _NOT_HELD + r"(?:评优|评比|评先(?:评优|选优)?)?表彰"
)
_NONE_HELD = re.compile(_NOT_HELD + r"了?(?:评优|评比|评先(?:评优|选优)?|大规模|集中)?表彰")
_NOTE_NOT_HELD = re.compile(
    r"[（(](?:今年|本次|这次|今天)?" + _NOT_HELD + r"了?[^（）()]{0,6}表彰[^（）()]{0,12}[）)]"
)


def _without_notes(text: str) -> str:
    return _CLERKS_NOTE.sub("", text)
