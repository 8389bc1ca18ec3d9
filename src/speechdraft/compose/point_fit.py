"""The frame a clerk's point is said in, checked against the point's own form (branch frames25;
round am's G and R on point lines). Every reader of round am named the same seam: the point
pasted into 要确保/要抓好/要推动…落实到位 whatever it already said. After weave has chosen
a frame (charge_pieces), :func:`after_fit` looks at the point the frame closes round and
keeps the frame only where it fits; its word lists are in templates/norms/point_verbs.yaml
(``fact_openers``, ``plan_nouns``, ``deed_nouns``, ``shared_duties``, ``result_verbs``,
``frame_verbs``, ``deed_bodies``, ``body_openers``, ``sure_results``, ``manner_words``,
``sure_deeds``):

- **a statement of fact is reported, never ordered** (要确保已启动…建设, 要确保正在推进…,
  要抓好已完成…): a point that opens with 已/正在/计划… is said as it is, with no lead;
- **a bare noun of a deed takes its own verb** (要确保放假前一堂交通安全课 → 放假前要上好一堂
  交通安全课; 要确保致家长一封信 → 要发放致家长一封信): the verb its last word takes
  (``deed_nouns``), a time before it kept before 要;
- **确保 only before a result**: a body and its deed (要确保县职教中心与本地企业开展订单式培养)
  takes 要 after the body; a deed of the speaker's side (要确保书面报送…) takes 要 alone;
- **a verb phrase takes 要 alone** (要抓好丰富课后服务内容 → 要丰富课后服务内容): 抓好/做好/
  加强 never before a point that opens with a verb of its own, nor 确保 before a deed that
  states no result;
- **a hazard is guarded against as work** (要抓好防溺冰、防煤气中毒 → 要做好防溺冰、防煤气中毒
  工作);
- **bodies each doing their share** (要抓好编办、发改…等部门各司其职 → …等部门要各司其职): 要
  after the bodies (``shared_duties``);
- **落实到位 only after a policy, a rule or a fund**: 推动…落实到位 round a change said last
  (班主任津贴提高) drops 落实到位 (要推动班主任津贴提高);
- **a source is an attribution, never a deed** (据区住建局要测算, 要由据州住建局统计, 要确保据
  省人社厅统计: round ap's G): a point opening 据X统计/测算…， is said as the clerk gave it,
  only a later clause that opens with a deed framed (…2,418间，要全部安装一氧化碳报警器;
  :func:`sourced_pieces`);
- **no 要 + 要, no 确保 + 确保**: a lead's 要 is not said before the point's own 要/必须/务必,
  nor its 确保 before the point's own 确保.
"""

from __future__ import annotations

import re

from speechdraft.compose import item_form
from speechdraft.norms import load_point_verbs

_V = load_point_verbs()

Pieces = tuple[str, str, str, str, str]

# the leads (after 要/我们将) a point is pasted into whole
_PASTED = (
    "确保",
    "抓好",
    "做好",
    "加强",
    "推动",
    "落实",
    "实施",
    "建好用好",
    "管好用好",
    "开齐开好",
    "办好",
)
# the leads that take no verb phrase after them (要抓好丰富…, 要建好用好拓展…): all but 确保 and
# 推动, which do
_NO_VERB_AFTER = tuple(lead for lead in _PASTED if lead not in ("确保", "推动"))
_WILL = re.compile(r"^(?:我们将|要)")
_FACT_OPENS = re.compile(
    "^(?:" + "|".join(map(re.escape, _V.fact_openers)) + ")(?!" + _V.any("plan_nouns") + ")"
)
# a decision the government has taken (经县政府常务会议研究，补助提高到…): the clerk restates
# it, so no frame orders or ensures it (round ao's G: 要确保经市政府常务会议研究，…)
_DECIDED = re.compile(r"^经[^，；。]{2,24}?(?:研究|审议|批准|同意|决定)(?:通过|同意|决定)?[，,]")
# a department's return that reports where the work stands (…计划8月底前主体完工，已完成征地;
# 目前1所已完成主体结构; 第一期约120人，已完成报名遴选; 暂不撤并，现在条件不成熟) is the
# clerk's account, not a demand: round at's readers marked every frame put before one G (要推动…
# 已完成…, 我们将确保…正在办理…, 要确保…今年计划开设…, 镇里将计划…). Said as written.
_STANDING = re.compile(
    r"(?:^|[，；、（])(?:目前|现已|现有|已经|已全部|已完成|已进场|已开工|已启动|已下达|已采购"
    r"|已确定|已落实|已签订|已拨付|已到位|正在|现在|暂不|尚未)|暂不(?:撤并|调整|撤销|合并|安排)"
    # work done, after whoever did it (旗水利局、各苏木镇已完成全旗92处重点水域摸排: round au's
    # G, 要由…已完成…), not a relative clause (对已完成改造的学校, 已完成前期手续的项目)
    # (…手环已发放到留守儿童手中: round bl's 09, G — 要由…已发放)
    r"|(?<![对将把])已(?:完成|建成|开工|启动|下达|拨付|到位|发放|配发|发到|送达|收回)(?![^，；。]{0,6}的)"
    # done on a date (…，已于8月25日全部到岗; …已列入计划: round bm's 01 and 03, G F — 今年要新补充教师52名，
    # 已于…到岗; 城区第三小学要新建项目已列入计划)
    r"|已于[^，；。]{2,14}?(?:完成|到岗|到位|建成|投用|交付|开学|撤并|通过|开工|启用)|已列入"
    # …and done to something (工作报告已经把今年任务分解为46项: round au's G, 工作要报告已经…)
    r"|已经(?:把|将|对)"
    # work done in full, wherever it is said (今年项目建设任务已全面完成: round au's G)
    r"|已(?:全面|全部|基本|如期)(?:完成|建成|竣工|交付)"
    # a deed told as done (今年协调解决了…的水电改造: round au's G, 镇政府将今年协调解决了…)
    r"|(?:解决|完成|建成|落实|改造|实现|发放|补充|招聘|新建|投入|争取|协调)了(?!解)"
)


def tells_standing(text: str) -> bool:
    """Whether ``text`` tells where the work stands (已完成…, 目前…, 协调解决了…)."""
    return _STANDING.search(text) is not None


def reports_standing(text: str) -> bool:
    """Whether ``text`` reports where the work stands (今年项目建设任务已全面完成): a title
    that does is said without 要 before it (round au's G: 一是要今年项目建设任务已全面完成)."""
    return "要" not in text and tells_standing(text)


def reported_pieces(point: str) -> Pieces | None:
    """A point that reports where the work stands, said whole with no frame; None for any
    other point (one whose first clause says 要 itself is framed as before; a plan alone is
    the speaker's charge: round ao's and ar's readers)."""
    first = re.split("[，；]", point, maxsplit=1)[0]
    if "要" in first or not tells_standing(point):
        return None
    return "", point, "", "", ""


_DEED_NOUNS = tuple(noun for noun, _ in _V.deed_nouns)
# a verb the noun phrase has already (开齐开足音乐课, 发放致家长一封信): no second one
_ONE_LESSON = re.compile(r"[一两]堂[^，；、]{1,12}课$")
_HAS_VERB = re.compile(
    r"开齐|开足|开设|开好|上好|讲好|办好|发放|印发|组织|召开|举办|开展|签订|写好"
    # (给每名学生家长发一份安全告知书: its own 发 — round bq's 24, 要发放给…发一份)
    r"|给[^，；。、]{1,12}?(?:发|送)[一两\d]"
)
_TIME_BEFORE = re.compile(
    r"^(?P<when>[^，；、]{1,8}?(?:前|后|期间|之际|初|末|底|第[一二三四\d]周))"
)
_SHARED = re.compile(
    r"^(?P<who>[^，；]{2,30}?(?:部门|单位|各方|成员单位|学校))(?P<duty>"
    + _V.any("shared_duties")
    + ".*)$"
)
# a hazard guarded against (防溺冰, 冬季取暖防一氧化碳中毒), not 防控/防范 as a deed (…疫情防控不放松)
_GUARDED = r"防(?!控|范|止|治|护|守|线|疫)[^，；、]{1,8}"
_HAZARD_ONLY = re.compile(rf"^[^，；、]{{0,6}}?{_GUARDED}(?:、{_GUARDED})*$")
_HAZARD_WORK = re.compile(r"(?:工作|教育|宣传|演练|措施|管理)$")
_CHANGE_LAST = re.compile(_V.any("result_verbs") + "$")
# a body, then its deed (县职教中心与本地企业开展…, 镇派出所负责…): 要 after the body
_ORGAN_THEN_DEED = re.compile(
    r"^(?P<who>[^，；、的]{1,12}?"
    + _V.any("deed_bodies")
    + r")(?P<deed>"
    + _V.any("body_openers")
    + r"[^；。]{2,})$"
)
_SURE_RESULT = re.compile(_V.any("sure_results"))
_SURE_DEED = re.compile(r"^(?:" + _V.any("manner_words") + r")?" + _V.any("sure_deeds"))
_OWN_MODAL = re.compile(r"^(?:要|必须|务必|应当)")


_VERB_LED = re.compile("^" + _V.any("frame_verbs"))
_NOT_A_VERB = re.compile("^" + _V.any("not_verbs"))


def _is_verb_led(point: str) -> bool:
    """Whether the point opens with a verb of its own (丰富课后服务内容, 提高…)."""
    return bool(_VERB_LED.match(point)) and not _NOT_A_VERB.match(point)


def _deed_verb(point: str) -> str:
    """The verb a bare noun of a deed takes (一堂交通安全课 → 上好), read on the first item of
    a list (致家长一封信、家长签收回执 → 发放); "" for any other point."""
    first = point.split("、", 1)[0]
    if re.search("[，；]", point) or _HAS_VERB.search(first):
        return ""
    if _ONE_LESSON.search(first):
        return "上好"
    return next((v for noun, v in _V.deed_nouns if first.endswith(noun)), "")


def _noun_as_work(head: str, verb: str, will: str) -> Pieces | None:
    """A bare noun with the verb its ending asks for (要办好县中), a hazard guarded against
    as work (防溺冰、防煤气中毒 → 要做好…工作); None for any other point."""
    framed = _bare_noun_frame(head) if verb in ("抓好", "确保", "做好") else None
    if framed:
        return will + framed[0], head, "", "", framed[1]
    hazard = _HAZARD_ONLY.match(head) and not _HAZARD_WORK.search(head)
    if verb in ("抓好", "确保", "加强") and hazard:
        return will + "做好", head, "", "", "工作"
    return None


_WORKS = ("改造", "工程")


def _bare_noun_frame(head: str) -> tuple[str, str] | None:
    """The verb before and the words after a clerk's bare noun (县中 → 办好县中; 冬季取暖 →
    做好冬季取暖安全工作), from point_verbs.yaml's ``bare_noun_frames``; None for a point
    that is longer, listed or has a verb of its own."""
    # a works project is named at length (牧区寄宿制学校冬季供暖改造) and is still one noun
    longest = 16 if head.endswith(_WORKS) else 10
    if len(head) > longest or "、" in head or _is_verb_led(head):
        return None
    for end, frame in _V.bare_noun_frames:
        if head.endswith(end) and "…" in frame:
            before, _, after = frame.partition("…")
            return before, after
    return None


# a point that opens with its source (据区住建局测算，…): the attribution is no deed of anyone's
# (根据各县上报，…; 市财政局提出：…, 市公安局反馈：…: a department's return copied with its
# sender, round as's G: 要确保市财政局提出：…, 要由市公安局反馈：…)
_SOURCED = re.compile(
    r"^(?:(?:据|根据)[^，；。、：]{2,20}?(?:"
    + _V.any("source_verbs")
    + r"|上报|报送|反馈)[，,]|[^，；。、：“”]{2,16}?(?:提出|反馈|报告|上报|报送)[：:]"
    # 市教育局报来的名师培养计划：… (round at's G: 市教育局要报来的…)
    + r"|[^，；。、：“”]{2,10}?(?:报来|报送|上报|提供)的[^，；。、：“”]{2,14}[：:])"
)
# a clause after the fact that is a deed (汛期前全部落实…, 全部安装…): a time, an adverb, a verb
_SOURCE_DEED = re.compile(
    r"^(?P<when>[^，；、]{1,8}?(?:前|后|期间|初|末|底))?(?P<deed>(?:"
    + _V.any("source_adverbs")
    + ")?(?:"
    + "|".join(
        map(
            re.escape,
            sorted({*_V.source_deeds, *_V.sure_deeds, *_V.frame_verbs}, key=lambda w: (-len(w), w)),
        )
    )
    + "))"
)


def sourced_pieces(point: str, bureau: bool) -> Pieces | None:
    """A point that opens with its source (据X统计，…) as the clerk gave it, with 要/我们将 (要在/
    我们将在 after a time) before the first later clause that is a deed, none inside the
    attribution or before the fact it reports; None for a point with no source first."""
    source = _SOURCED.match(point)
    if source is None:
        return None
    if reported_pieces(point[source.end() :]):
        # a plan or a state the source reports (…报来的名师培养计划：今年计划遴选…，培养周期
        # 三年) takes no 要 inside it (round at's 要培养周期三年)
        return "", point, "", "", ""
    clauses = re.split("(?<=[，,])", point[source.end() :])
    for i, clause in enumerate(clauses[1:], start=1):
        deed = _SOURCE_DEED.match(clause)
        if deed is None:
            continue
        said = point[: source.end()] + "".join(clauses[:i])
        will = ("我们将" if bureau else "要") + ("在" if deed["when"] else "")
        return "", said, will, "".join(clauses[i:]), ""
    return "", point, "", "", ""


def after_fit(pieces: Pieces, bureau: bool) -> Pieces:
    """The pieces with a frame that fits the point (see the module's doc)."""
    if _DECIDED.match(pieces[1]):
        return "", pieces[1], "", "", ""  # a decision taken is reported, never ensured
    return _frame_fitted(pieces, bureau)


def _frame_fitted(pieces: Pieces, bureau: bool) -> Pieces:
    """after_fit for a point that is not a decision already taken."""
    lead, head, infix, tail, suffix = pieces
    will = "我们将" if bureau else "要"
    if infix or tail or not lead:
        return _split_fitted(pieces, will) or pieces
    shared = _SHARED.match(head)
    if shared and not bureau and lead in ("要", "要由", "由"):  # 要由…等部门各负其责
        return "", shared["who"], "要", shared["duty"], ""
    own = _OWN_MODAL.match(head)
    if own and lead in ("要", "我们将"):  # 要 + 要…: the point's own word says it
        return ("我们将" if bureau and own[0] == "要" else ""), head, "", "", suffix
    verb = _WILL.sub("", lead)
    if verb == "确保" and head.startswith("确保"):
        return will, head, "", "", suffix
    if verb not in _PASTED:
        return _other_lead_fitted(head, will, verb, suffix) or pieces
    if _FACT_OPENS.match(head) and suffix in ("", "落实到位"):
        return "", head, "", "", ""  # 已启动…建设: reported, not ordered
    said_whole = item_form.form(head) in ("verb_object", "clause", "thing")
    if suffix == "落实到位" and said_whole and not item_form.keeps_state(head):
        # 要推动大兴调查研究落实到位, 要推动心理健康落实到位: said by the item's form
        return _item_fitted(head, will, "", "") or pieces
    if verb == "推动" and suffix == "落实到位" and _CHANGE_LAST.search(head):
        return lead, head, "", "", ""  # 推动班主任津贴提高
    if suffix:
        return _item_fitted(head, will, verb, suffix) or pieces if suffix == "工作" else pieces
    return (
        _fitted_whole(lead, head, will, verb, bureau)
        or _item_fitted(head, will, verb, "")
        or pieces
    )


def _other_lead_fitted(head: str, will: str, verb: str, suffix: str) -> Pieces | None:
    """A lead weave chose by the point's last word (我们将开好用好…进课堂: round an's G), or an
    adverb and a frame verb before a verb-object phrase (要扎实推进深化教育评价改革 → 要深化…),
    said by the item's form; None where it reads."""
    if suffix:
        return None
    if _SECOND_VERB.search(verb) and item_form.form(head) == "verb_object":
        return will, head, "", "", ""
    return _item_fitted(head, will, verb, "") if verb in _ITEM_LEADS else None


def _split_fitted(pieces: Pieces, will: str) -> Pieces | None:
    """A bare nominal split round 要 (家校要联系: round an's G) said in the frame its ending
    asks for (要加强家校联系); None for any other split."""
    lead, head, infix, tail, suffix = pieces
    if lead or infix != "要" or suffix or not tail or len(head + tail) > _SPLIT_MAX:
        return None
    return _item_fitted(head + tail, will, "", "", split=True)


# a lead of an adverb and a frame verb (扎实推进, 切实抓好): no second verb before a verb-object
_SECOND_VERB = re.compile(
    r"^(?:扎实|切实|认真|着力|全力|大力|持续|加快)(?:推进|推动|抓好|做好|加强|落实)$"
)


# a bare name split round 要 (家校要联系), not a body and its deed (县交警大队要对…开展…)
_SPLIT_MAX = 8

# the leads weave chooses by a point's last word that are not pasted leads (weave._WHOLE_LEADS)
_ITEM_LEADS = ("开好用好", "选好配强", "组织")
# a state said of a thing (…防疫物资已储备，可满足两周使用): a report, not a thing to make sure of
_STATE_LAST = re.compile(r"(?:已|已经|正在)[\u4e00-\u9fff]{1,4}$|不能松劲$")


def _item_fitted(
    head: str, will: str, verb: str, suffix: str, split: bool = False
) -> Pieces | None:
    """The clerk's item said by its form (compose/item_form.py; branch phrase26): a clause as
    it is (校外培训治理不能松劲, not 要确保…), a verb-object phrase after 要 alone (要讲好教育
    故事, not 要做好讲好教育故事工作), a nominal, a problem or a thing in the frame its ending
    takes (要推动课后服务提质, 要加强烟花爆竹安全管理); None where the lead reads."""
    if verb in ("确保", "抓好", "做好") and _STATE_LAST.search(re.split("[，；]", head)[0]):
        return "", head, "", "", ""  # 口罩、消毒液…已储备，可满足两周使用
    fitted = item_form.fit(head, verb, work=suffix == "工作")
    if fitted is None or (split and fitted.form not in ("nominal", "thing")):
        return None
    if fitted.form == "clause" and not fitted.before:
        return "", head, "", "", ""
    return will + fitted.before, head, "", "", fitted.after


def _fitted_whole(lead: str, head: str, will: str, verb: str, bureau: bool) -> Pieces | None:
    """A point said whole after 确保/抓好/做好/加强 that the lead does not take."""
    said = _deed_verb(head) if verb in ("确保", "抓好", "做好") else ""
    if said:
        when = _TIME_BEFORE.match(head)
        if when and "、" not in head:  # 放假前要上好一堂…, 我们将在放假前上好一堂…
            if bureau:
                return "我们将在", head[: when.end()], said, head[when.end() :], ""
            return "", head[: when.end()], "要" + said, head[when.end() :], ""
        return will + said, head, "", "", ""
    noun_work = _noun_as_work(head, verb, will)
    if noun_work:
        return noun_work
    organ = _ORGAN_THEN_DEED.match(head) if verb == "确保" else None
    if organ and not _SURE_RESULT.search(head):
        if bureau:  # a bureau does not charge another body: it works for it
            return "我们将推动", head, "", "", ""
        return "", organ["who"], "要", organ["deed"], ""  # 县职教中心要与…开展…
    if verb == "确保" and _SURE_DEED.match(head) and not _SURE_RESULT.search(head):
        return will, head, "", "", ""  # 要书面报送…: a deed, no result to make sure of
    shared = _SHARED.match(head)
    if shared and verb in ("抓好", "确保", "做好", "推动") and not bureau:
        return "", shared["who"], "要", shared["duty"], ""  # 各部门要各司其职
    if verb in _NO_VERB_AFTER and _is_verb_led(head):
        return will, head, "", "", ""  # 要丰富课后服务内容
    return None
