"""A detector for the register and grammar families of round ad's R and G that the bank and the
weaver say (issue 11; branch voice16). It keeps its own word lists, not the composer's tables, so
that it measures any tree the same way, and reads a draft's text or one bank wording:

- ``规定原文加引号``: a national rule that is itself an instruction (按照…安排…, …按100人核定…,
  …应当…, …不得…) quoted whole into a frame (落实“…”的规定, 坚持“…”, 按照“…”的政策), or said
  after its own subject (农村小规模学校要按照不足100人的农村小规模学校…);
- ``名称重复``: a sentence that names the same thing twice around a comma (要提高X，X计划达到90%;
  专职保安员配齐配足，…专职保安员配备达标率) or says its verb twice (落实好…，…计划落实…);
- ``目标句式``: a figure said in a frame that does not fit it (今年要建设到5个, 覆盖率达到…，要靠…,
  具体目标是： over one item, 工程工作);
- ``光秃数字``: a review's claim that ends on a bare name and figure with no verb (…，村幼教点512个。)
  or opens with no subject (通过…评估验收，完成…);
- ``动宾不搭``: a lead verb whose object does not take it (确保…管理, 确保…跟岗培养, 确保…标准动态调整,
  确保…白名单、黑名单, 抓好…融入课堂教学, 管好用好…补助, 夯实…第一资源, 做好…内涵发展工作, 将把严把紧)
  and a head that claims a steady effort in words that do not fit (…行动持续加强, …管理持续加强);
- ``口语``: lines not in an official's register (大家都看得到, 卷钱跑路, 当季的风险, 越艰苦…越多,
  在问题上优先解决) and an endorsement naming the speaker by title where the sentence before did
  (自治区教育厅厅长…。自治区教育厅厅长的报告…).

Round af's R (branch register17) adds four:

- ``对X前置``: an object fronted with 对 before a subject that acts on it (对各民族…的故事，教师要
  讲准讲活; 对国家课程方案，各学校不得随意增减课时; 对本校均衡发展，各学校校长负第一责任; 对大家，
  我提几点希望; 对上面这些问题，…; 对这些成绩，既要…) and a doing fronted before the verb that
  takes it (用平台备课、找资源，各学校要组织教师学会): the speaker's own order is 教师要把…讲准讲活;
- ``口语标记``: kitchen-table words (这些钱, 学校这一头, 别拿…, 落不落实, 有人来做, 花…精力的地方,
  哪个单位…了, 使用学校, 操的心最多, 做得好不好，要由…来评价);
- ``成语误用``: an idiom said against its sense (不能亡羊补牢: 亡羊补牢 is to mend in time);
- ``表态不搭``: an endorsement that does not fit what preceded — a peer's speech and a report
  fused under one name (郑一鸣同志的讲话和汇报), 我都同意 of a 通报 (information, not a proposal),
  讲得很具体 of a report, 抓紧推开 of a report of work done, 情况摸得清, a superior's speech said
  作了讲话 (not 重要讲话), and an office's full name said again right after the 刚才 line.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]

KEYS = (
    "规定原文加引号",
    "名称重复",
    "目标句式",
    "光秃数字",
    "动宾不搭",
    "口语",
    "对X前置",
    "口语标记",
    "成语误用",
    "表态不搭",
)

# A rule is an instruction when its own words carry the verb of one (the detector's reading of
# norms/rules.yaml, not the bank's own tag).
_INSTRUCTION = re.compile(r"^按照|按\d+人|应当|不得(?!将)")


def instruction_rules() -> tuple[str, ...]:
    rules = yaml.safe_load((ROOT / "templates" / "norms" / "rules.yaml").read_text("utf-8"))
    return tuple(r["text"] for r in rules if _INSTRUCTION.search(r["text"]))


_RULES = instruction_rules()
_FRAME_AFTER = re.compile(r"^”?(?:的|这一|这条|这项)?(?:规定|要求|政策|标准|法定要求)")

_TWICE_CLAUSE = re.compile(r"([\u4e00-\u9fff]{5,})[^。；！？]{0,40}?\1")
# a name said twice where the second names what the first asked for (要提高X，X计划…)
_NAME_HEADS = re.compile(r"(?:率|资金|基地|学校|员|经费|宿舍|补助|教师|项目|覆盖率|人数|比例)$")
_FIGURE_NEXT = re.compile(r"^[\u4e00-\u9fff]{0,4}?(?:计划|达到|要达到|率|配备达标率|今年)")
_VERB_TWICE = re.compile(
    r"要(落实|提高|建设|完成|发放|新建|招聘)好?[^。，；]{2,20}，[^。；]{0,12}计划\1"
)

_TARGET_FORMS = {
    "建设到": re.compile(r"要建设到\d"),
    "达到…要靠": re.compile(r"达到(?:【待补[^】]*】|[\d.]+%?)，要靠"),
    "工程工作": re.compile(r"(?:工程|行动|计划)工作"),
}
_ONE_ITEM_COLON = re.compile(r"具体目标是：[^；。]+。")

# a name that counts people or places standing with its figure and no verb (村幼教点512个,
# 省级“银龄讲学”教师85名, 县管校聘交流轮岗236名)
_BARE_TAIL = re.compile(
    r"，([\u4e00-\u9fff“”]{2,14}?(?:点|校|园|教师|员|宿舍|基地|工作室|轮岗))(\d[\d.,]*)(个|名|所|套|辆|家|项|人)。$"
)
_VERBS = re.compile(
    r"新建|建成|建设|补充|招聘|引进|发放|完成|实现|达到|培训|资助|改造|增加|新增|创建|认定|评选|"
    r"招收|招募|选派|开办|设立|投入|惠及|覆盖|配备|安装|购置|落实|通过|有|表彰|上线|升入|排查|"
    r"参与|联网|撤并|检查|慰问|分配|交流|享受|开设|更换|取缔|宣传|聘请|设置|改薄|结对|帮扶|认证|获评|达标|接入|查处|入职|推行"
)
_NO_SUBJECT_REVIEW = re.compile(
    r"^(?:[一二三四五六七八九十]+是)?通过[^，。]{2,30}(?:验收|评估|认定|复核)，"
)

_COLLOCATIONS = (
    re.compile(r"确保(?:(?!实行|分楼|分区)[^，。；：]){2,24}(?:安全管理|管理)[，。；]"),
    re.compile(r"确保[^，。；：]{2,24}跟岗培养[，。；]"),
    re.compile(r"确保[^，。；：]{2,24}动态调整[，。；]"),
    re.compile(r"确保[^，。；：]{0,12}白名单、黑名单"),
    re.compile(r"抓好[^，。；：]{2,30}融入[^，。；：]{0,8}(?:课堂教学|课堂)[，。；]"),
    re.compile(r"管好用好[^，。；：]{2,24}补助"),
    re.compile(r"夯实[^，。；：]{0,12}第一资源"),
    re.compile(r"做好[^，。；：]{2,20}内涵发展工作"),
    re.compile(r"把严把紧"),
    re.compile(r"(?:行动|工程|计划)(?:持续加强|有序开展|统筹推进)$"),
)

_SPOKEN = (
    re.compile(r"大家都看得到"),
    re.compile(r"卷钱跑路"),
    re.compile(r"当季的风险|当季容易出事"),
    re.compile(r"越艰苦[^。]{0,16}越多"),
    re.compile(r"在问题上优先解决"),
)
_TITLE_OPEN = re.compile(
    r"^((?:[\u4e00-\u9fff]{1,8}(?:教育厅|教育局|教体局|政府|党委|人民政府))"
    r"(?:党组书记、)?(?:厅长|局长|副厅长|副局长|主任|书记))的(?:报告|发言|讲话|通报)"
)


# who acts after the fronted object: a body, a post, the speaker (我/我们), or a level's word
_ACTOR17 = (
    r"(?:[^，。；：{}]{0,8}?\{\{ ?w\.\w+ ?\}\}|X|[^，。；：]{0,14}?"
    r"(?:部门|股室|单位|我们|我|学校|各校|幼儿园|班主任|教师|各地|乡镇|街道|家长|督学|局机关|校长"
    r"|考点|主考|成员单位|领导小组|教育局|政府|教体局|各村|机构|书记))"
)
_FRONTED = (
    re.compile(r"^对(?:大家|老师们|全体教师|同志们|各位)，"),
    re.compile(r"^对(?:上面|以上)"),
    re.compile(r"^对这些成绩，"),
    # 对X，各学校不得…; 对X，校长负第一责任: X is no object of what follows
    re.compile(rf"^对[^，。；]{{2,40}}，{_ACTOR17}(?:都)?(?:不得|负[^，。；]{{0,4}}责任)"),
    # 对X，教师要讲准讲活 / 用起来、管起来 / 学会: the verb's object is X, fronted
    re.compile(
        rf"^对[^，。；]{{2,40}}，{_ACTOR17}(?:都)?要(?:[^，。；]{{0,4}})"
        r"(?:讲准讲活|讲深讲透|讲清讲透|用起来|管起来|学会|抓到位|教会)[，。；]"
    ),
    # 用平台备课、找资源，各学校要组织教师学会: a doing fronted before the verb that takes it
    re.compile(r"，[^，。；]{0,12}要[^，。；]{0,8}(?:学会|会用)[，。；]"),
)
_SPOKEN17 = re.compile(
    r"这些钱|那些钱|这一头|那一头|(?<![区特个告分辨识类差性级派鉴离])别(?:拿|让|把|再|总|老|光|去|跟|和)|落不落实"
    r"|有人来做|有人来管|花[^，。；]{0,6}精力的地方|哪个[^，。；]{1,8}了，|使用学校|操的心"
    r"|做得好不好，要由"
)
_IDIOM17 = re.compile(r"(?:不能|不要|决不能|不可)亡羊补牢")
_ENDORSE = re.compile(r"我(?:都|完全|也都|也)?(?:同意|赞同)")
_ENDORSE17 = (
    re.compile(r"同志的讲话和(?:汇报|报告|通报|说明)"),
    re.compile(r"(?:汇报|报告|通报)讲得很具体"),
    re.compile(r"情况摸得清|安排情况"),
)
_NAMED_HEAD = re.compile(
    r"^对?([^，。；]{0,40}?)(?:讲得|情况|很|针对性|实事求是|客观|全面|切合|，)"
)
_SUPERIOR_SAID = re.compile(
    r"刚才，(?:[^。；]*?[，；])?[^，。；]*?(?<!副)书记(?:[\u4e00-\u9fff]{2,3}同志)?作了讲话"
)
_OFFICE_OPEN = re.compile(r"^对?([\u4e00-\u9fff、]{5,30}?)的(?:报告|汇报|通报|发言|安排|部署|说明)")


def endorsement_misfit(sentence: str, before: str) -> bool:
    """An endorsement that does not fit what preceded (``before``: the sentence before it)."""
    if any(p.search(sentence) for p in _ENDORSE17) or _SUPERIOR_SAID.search(sentence):
        return True
    head = _NAMED_HEAD.match(sentence)
    named = head.group(1) if head else ""
    if (
        _ENDORSE.search(sentence)
        and "通报" in named
        and not re.search(r"报告|汇报|发言|讲话|部署|安排|要求", named)
    ):
        return True  # 通报…我都同意: information is acted on, not agreed with
    if (
        "抓紧推开" in sentence
        and "汇报" in named
        and not re.search(r"部署|安排|要点|方案|计划", before)
    ):
        return True
    office = _OFFICE_OPEN.match(sentence)
    if office and "刚才" in before and not office.group(1).endswith("同志"):
        # a post or a long office said again (a short one, 县教育局, is how a speaker names it)
        said = office.group(1)
        long = len(said) >= 7 or re.search(r"(?:长|书记|主任)$", said)
        return bool(long) and said in before
    return False


def sentences(text: str) -> list[str]:
    """Every sentence and heading of a draft's text, one per item."""
    found: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        found.extend(s for s in re.findall(r"[^。！？]*[。！？]|[^。！？]+$", line) if s.strip())
    return found


def rule_quoted(sentence: str) -> bool:
    for rule in _RULES:
        at = sentence.find(rule)
        while at >= 0:
            before, after = sentence[:at], sentence[at + len(rule) :]
            if before.endswith("“") or _FRAME_AFTER.match(after):
                return True
            # its own subject said before it in the clause (农村小规模学校要按照不足100人的…)
            clause = re.split(r"[，；：]", before)[-1]
            head = re.match(r"[^，]{0,12}?([\u4e00-\u9fff]{4,8}(?:学校|机构|幼儿园))", rule)
            if head and head.group(1)[-5:] in clause:
                return True
            at = sentence.find(rule, at + 1)
    return False


def said_twice(sentence: str) -> bool:
    if _VERB_TWICE.search(sentence):
        return True
    bare = re.sub(r"“[^”]*”|【[^】]*】", "", sentence)
    for found in _TWICE_CLAUSE.finditer(bare):
        name, span = found.group(1), found.group(0)
        # the second names the subject of a figure (要提高X，X计划达到90%; …配齐配足，…X配备达标率)
        if _NAME_HEADS.search(name) and "，" in span and _FIGURE_NEXT.match(bare[found.end() :]):
            return True
    return False


def line_findings(sentence: str, before: str = "") -> list[str]:
    """The families ``sentence`` shows (``before``: the sentence said just before it)."""
    found = []
    if rule_quoted(sentence):
        found.append("规定原文加引号")
    if said_twice(sentence):
        found.append("名称重复")
    if any(p.search(sentence) for p in _TARGET_FORMS.values()) or _ONE_ITEM_COLON.match(sentence):
        found.append("目标句式")
    tail = _BARE_TAIL.search(sentence)
    # (a claim under a heading has the heading as its topic: only one after a sentence counts)
    subjectless = _NO_SUBJECT_REVIEW.match(sentence) and before.endswith("。")
    if (tail and not _VERBS.search(tail.group(1))) or subjectless:
        found.append("光秃数字")
    heading = re.sub(
        r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)", "", sentence
    )
    if any(p.search(sentence) or p.search(heading) for p in _COLLOCATIONS):
        found.append("动宾不搭")
    title = _TITLE_OPEN.match(sentence)
    if any(p.search(sentence) for p in _SPOKEN) or (title and title.group(1) in before):
        found.append("口语")
    return found + register_findings(sentence, before)


def register_findings(sentence: str, before: str = "") -> list[str]:
    """Round af's four families in ``sentence``."""
    found = []
    if any(p.search(sentence) for p in _FRONTED):
        found.append("对X前置")
    if _SPOKEN17.search(sentence):
        found.append("口语标记")
    if _IDIOM17.search(sentence):
        found.append("成语误用")
    if endorsement_misfit(sentence, before):
        found.append("表态不搭")
    return found


def voice_lines(text: str) -> dict[str, list[str]]:
    """Per family, the sentences of a draft's text that show it."""
    found: dict[str, list[str]] = {}
    before = ""
    for sentence in sentences(text):
        for key in line_findings(sentence, before):
            found.setdefault(key, []).append(sentence)
        before = sentence
    return found
