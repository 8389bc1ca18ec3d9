"""Linting any speech draft for the defects real drafts have (GENRE.md): placeholders,
stale years, foreign place words, wrong counts and numbering, plan words, half-width
punctuation, repeated sentences and pasted web junk.

Each rule is a function ``(CheckInput) -> list[Finding]``; ``run_checks`` runs them all.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from speechdraft.genre import LEVELS, RANK, plan_year
from speechdraft.lexicon import foreign_level_words
from speechdraft.lint.outline import Outline, build_outline, counts_under
from speechdraft.lint.reader import SourceDraft
from speechdraft.markup import PLACEHOLDER_PATTERN
from speechdraft.numbering import NUMERAL, NUMERAL_CHARS

ERROR, WARNING = "error", "warning"
EXCERPT_RADIUS = 12


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    paragraph: int
    excerpt: str

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "paragraph": self.paragraph + 1,  # numbered from 1, as a clerk counts
            "excerpt": self.excerpt,
        }


@dataclass(frozen=True)
class Meeting:
    """What is known of the meeting besides the draft: from a profile, options or the text."""

    date: datetime.date | None = None
    superiors: tuple[str, ...] = ()  # 内蒙古自治区、锡林郭勒盟 or 自治区党委和盟委
    speaker_title: str | None = None
    kind: str | None = None
    profile_text: str | None = None  # the profile as written, for unsourced commitments


@dataclass(frozen=True)
class CheckInput:
    draft: SourceDraft
    outline: Outline
    level: str | None
    year: int | None
    against: SourceDraft | None = None
    meeting: Meeting = Meeting()


@dataclass(frozen=True)
class CheckResult:
    file: str
    level: str | None
    level_inferred: str | None  # how the level was inferred, when it was
    year: int | None
    findings: list[Finding]

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == ERROR)

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "level": self.level,
            "year": self.year,
            "findings": [f.to_json() for f in self.findings],
        }


def excerpt(text: str, start: int, end: int) -> str:
    left, right = max(0, start - EXCERPT_RADIUS), min(len(text), end + EXCERPT_RADIUS)
    return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")


def _paragraphs(data: CheckInput) -> Iterator[tuple[int, str]]:
    for index, text in enumerate(data.draft.paragraphs):
        if not is_junk(text):
            yield index, text


# --- junk ---------------------------------------------------------------------------

_JUNK = re.compile(
    r"^第\s*\d+\s*页|共\s*\d+\s*页|^[-—－\s]*\d{1,3}[-—－\s]*$|来源[:：]|责任编辑|编辑[:：]|点击(?:下载|查看|进入|收藏)"
    r"|扫一扫|分享到|上一篇|下一篇|打印本页|关闭窗口|【?字体[:：]?\s*大\s*中\s*小|发布时间[:：]|浏览次数|阅读次数"
    r"|https?://|www\.|版权所有|ICP备|返回顶部|当前位置[:：]|下载(?:全文|文档|附件)|VIP|会员"
    r"|^首页\s*[>＞›»]|[>＞›»]\s*正文$|【打印】|【关闭】|【收藏】|【纠错】|^打印\s*关闭$"
    r"|(?:门户)?网站$|您(?:现在)?的位置|^(?:相关阅读|相关链接|相关文章|推荐阅读)[:：]?"
)


def is_junk(text: str) -> bool:
    return bool(_JUNK.search(text)) and len(text) <= 80


def check_junk(data: CheckInput) -> list[Finding]:
    return [
        Finding(
            "junk",
            ERROR,
            "复制粘贴带进来的网页杂质（页码、网站标识、下载提示等），应删除",
            index,
            text[:40],
        )
        for index, text in enumerate(data.draft.paragraphs)
        if is_junk(text)
    ]


# --- placeholders -----------------------------------------------------------------------

_PLACEHOLDER = re.compile(
    PLACEHOLDER_PATTERN
    + r"|20[Xx×]{2}年(?:[Xx×\d]{1,2}月(?:[Xx×\d]{1,2}日)?)?|[Xx×]{1,2}月[Xx×]{1,2}日"
    r"|\d{4}年\s*月\s*日|\d{4}年\s*月|"
    r"(?<![A-Za-z])(?:XX+|xx+|××+|＊＊+|\*\*\*+)(?![A-Za-z])|某某"
)


def check_placeholders(data: CheckInput) -> list[Finding]:
    findings = []
    for index, text in _paragraphs(data):
        for m in _PLACEHOLDER.finditer(text):
            if re.fullmatch(r"\d{4}年\s*月", m.group(0)) and text[m.end() : m.end() + 1].isdigit():
                continue  # 2025年 3月: a real date with a stray space
            findings.append(
                Finding(
                    "placeholder",
                    ERROR,
                    f"还有未填写的占位内容“{m.group(0)}”",
                    index,
                    excerpt(text, m.start(), m.end()),
                )
            )
    return findings


# --- years ------------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*年")
_HISTORY = re.compile(
    r"自|从|早在|始建|建于|建成|成立|创建|以来|至今|期间|先后|曾|当年|那年|历史|年代|年前|迄今|起"
)
_PLAN_CONTEXT = re.compile(
    r"^(?:.{0,4}(?:要|将|计划|力争|确保|预计)"
    r"|.{0,12}(?:工作要点|重点任务|目标任务|工作目标|工作计划|工作思路|总体思路|总体要求|工作安排"
    r"|主要目标|年底前|底前))"
)
_RANGE = re.compile(r"\d{4}\s*[—－\-–~～至到]\s*\d{4}\s*年?")


def check_years(data: CheckInput) -> list[Finding]:
    """Years that do not fit the meeting year: a past year presented as this year's plan,
    or an older year used as if current. Years told as history are left alone."""
    if data.year is None:
        return []
    year, findings = data.year, []
    for index, text in _paragraphs(data):
        if _is_title_or_date(index, text):
            findings += _stale_title_or_date(index, text, year)
            continue
        masked = _mask(text)
        for m in _YEAR.finditer(masked):
            value = int(m.group(1))
            if value >= year:
                continue
            around = masked[max(0, m.start() - 8) : m.end() + 6]
            after = masked[m.end() : m.end() + 12]
            if value == year - 1 and not _PLAN_CONTEXT.search(after):
                continue  # the review year: last year's results
            if value < year - 1 and _HISTORY.search(around) and not _PLAN_CONTEXT.search(after):
                continue  # history: 自2018年以来, 2012年建成
            if value == year - 1:
                message = f"把{value}年当作今年的计划来写，会议是{year}年"
            else:
                message = (
                    f"{value}年与会议年份{year}年不符：回顾的应是{year - 1}年，计划的应是{year}年"
                )
            findings.append(
                Finding("stale-year", ERROR, message, index, excerpt(text, m.start(), m.end()))
            )
    return _pair_messages(data, findings, year)


_YEAR_PAIR = re.compile(
    r"(?:总结|回顾)\s*(20\d{2})\s*年.{0,30}?(?:部署|安排|谋划)\s*(20\d{2})\s*年"
)


def _pair_messages(data: CheckInput, findings: list[Finding], year: int) -> list[Finding]:
    """总结2024年…部署2025年 in a 2026 speech: both years were carried over together, so
    both findings say so (fixing one would leave 总结2025年…部署2025年)."""
    result = []
    for finding in findings:
        text = data.draft.paragraphs[finding.paragraph]
        pair = next(
            (
                m
                for m in _YEAR_PAIR.finditer(text)
                if m.group(1) != str(year - 1) and m.group(2) != str(year)
            ),
            None,
        )
        if pair and any(y in finding.excerpt for y in pair.groups()):
            message = (
                f"“总结{pair.group(1)}年…部署{pair.group(2)}年”整对沿用了旧稿：{year}年的会议应"
                f"总结{year - 1}年、部署{year}年，两个年份都要改"
            )
            finding = Finding(
                finding.rule, finding.severity, message, finding.paragraph, finding.excerpt
            )
        result.append(finding)
    return result


def _is_title_or_date(index: int, text: str) -> bool:
    return index <= 3 and (bool(re.match(r"^在\s*\d{4}\s*年", text)) or _is_date_line(text))


def _stale_title_or_date(index: int, text: str, year: int) -> list[Finding]:
    m = _YEAR.search(text)
    if m is None or int(m.group(1)) == year:
        return []
    return [
        Finding(
            "stale-year",
            ERROR,
            f"标题或日期写的是{m.group(1)}年，会议是{year}年：可能沿用了旧稿",
            index,
            excerpt(text, m.start(), m.end()),
        )
    ]


def _mask(text: str) -> str:
    """Blanks out book titles and year ranges, which may carry any year: 《…（2024—2035年）》."""
    text = re.sub(r"《[^》]*》|\d{4}年\s*月\s*日", lambda m: "□" * len(m.group(0)), text)
    return _RANGE.sub(lambda m: "□" * len(m.group(0)), text)


def _is_date_line(text: str) -> bool:
    return bool(re.fullmatch(r"[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]?", text))


def infer_year(draft: SourceDraft) -> int | None:
    """The meeting year from the title (在2025年…) or the date line （2025年3月12日）."""
    for text in draft.paragraphs[:5]:
        m = re.search(r"在\s*(20\d{2})\s*年", text) or re.fullmatch(
            r"[（(]?\s*(20\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]?", text
        )
        if m:
            return int(m.group(1))
    return None


# --- level words --------------------------------------------------------------------

# After a higher level's word: a ranking or comparison (全市前三、高于全省平均水平), not a wrong word.
_RANKING = re.compile(
    rf"^.{{0,6}}(?:排名|排在|名列|位列|位居|第[\d{NUMERAL_CHARS}]|前[\d{NUMERAL_CHARS}]|前列|领先"
    r"|靠前|靠后|平均|之首|同类|首位|先进|示范|率先)"
)


def infer_level(draft: SourceDraft) -> tuple[str | None, str | None]:
    """The level whose 全X/我X/X委/X政府 words the draft uses most, and the evidence."""
    text = "".join(draft.paragraphs)
    scores: Counter[str] = Counter()
    for key, words in LEVELS.items():
        for word in {words.all, words.our, words.party, words.gov, words.edu}:
            scores[key] += text.count(word)
    if not scores or scores.most_common(1)[0][1] == 0:
        return None, None
    best, count = scores.most_common(1)[0]
    ties = [k for k, c in scores.items() if c == count]
    if len(ties) > 1:  # 全市 serves city and county_city alike: prefer the broader reading
        best = (
            next(k for k in ("city", "district", "county") if k in ties)
            if any(k in ties for k in ("city", "district", "county"))
            else ties[0]
        )
    words = LEVELS[best]
    return (
        best,
        f"按用词推断为{words.label}级（{words.all}×{text.count(words.all)}、{words.our}×{text.count(words.our)}）",
    )


_SUPERIOR_AFTER = re.compile(
    r"^.{0,14}(?:精神|部署|要求|决策|安排)"
    # the superior's own meetings, targets, documents, contests and prizes
    r"|^(?:教育|教育系统)?(?:工作)?(?:目标任务|目标|会议|大会|工作会议|文件|规划|考核|评比|评估|统考|联考"
    r"|竞赛|比赛|表彰|一等奖|二等奖|三等奖|先进|统一|统筹)"
    r"|^.{0,10}(?:工作会议|教育大会|会议上|会议)"
)
_SUPERIOR_BEFORE = re.compile(
    r"(?:全国|全省|全区|全市|全州|全盟|全县)(?:、|和|及)$"
    r"|(?:承办|参加|参与|代表|荣获|获评|获得|被|经|由|贯彻|落实|按照|根据|对照)$"
)
# An enumeration of levels: 全区、全市 / 省、市、县三级 / 全国、全省、全市教育大会.
_LEVEL_LIST = re.compile(r"^(?:、|和|及)(?:全)?[国省市区州盟县旗]")

# A superior's level shows at the end of its name or title: 内蒙古自治区 / 自治区党委 → the
# region's 区; 锡林郭勒盟 / 盟委 → 盟; 扬州市 / 市委 → 市 (not the 州 inside 扬州).
_TITLE_ENDING = re.compile(r"(?:党委|人民政府|政府|委)$")
_UNITS = "省市州盟旗县区"
# When nobody says which superiors a draft has, the ones its level usually has.
_USUAL_SUPERIOR_UNITS = {
    "county": {"省", "市", "州", "盟"},
    "district": {"省", "市"},
    "county_city": {"省", "市", "州"},
    "city": {"省", "区"},
    "banner": {"区", "盟", "市"},
    "prefecture": {"省", "区"},
    "province": set(),
    "autonomous_region": set(),
    "town": {"县", "区", "市", "旗", "州", "省"},
}


def superior_units(level: str, superiors: Iterable[str]) -> set[str]:
    """The unit characters (省, 市, 区 …) of the levels above this draft's own."""
    names = [n for item in superiors for n in re.split(r"[、，,和及\s]+", item) if n]
    names = [n for n in names if n not in ("党中央", "国务院", "中央")]
    if not names:
        return _USUAL_SUPERIOR_UNITS.get(level, set())
    units = set()
    for name in names:
        bare = _TITLE_ENDING.sub("", name)
        if bare.endswith("自治区"):
            units.add("区")
        elif bare[-1:] in _UNITS:
            units.add(bare[-1])
    return units


def _named_superior_units(draft: SourceDraft) -> set[str]:
    """Superiors the draft names itself: 自治区党委 / 广西壮族自治区 mean 全区 may be theirs."""
    text = "".join(draft.paragraphs[:60])
    return {"区"} if "自治区" in text else set()


def _word_unit(word: str) -> str:
    """全市 → 市, 县委、县政府 → 县, 教育强州 → 州, 自治区教育厅 → 区."""
    if word.startswith("自治区"):
        return "区"
    for prefix in ("全", "我", "教育强"):
        if word.startswith(prefix):
            return word[len(prefix)]
    return word[0]


def _names_a_superior(text: str, start: int, end: int, word: str) -> bool:
    """A superior's word used for the superior itself, not as this draft's own."""
    if word.endswith(("教育局", "教育厅")) or (word.endswith("政府") and "、" in word):
        return True  # 市教育局督导组, 在县委、县政府和镇党委的领导下: superiors by name
    after, before = text[end : end + 16], text[max(0, start - 6) : start]
    return bool(
        _SUPERIOR_AFTER.search(after) or _SUPERIOR_BEFORE.search(before) or _LEVEL_LIST.match(after)
    )


def check_level_words(data: CheckInput) -> list[Finding]:
    if data.level is None:
        return []
    foreign = foreign_level_words(data.level)
    pattern = re.compile("|".join(map(re.escape, sorted(foreign, key=len, reverse=True))))
    own = LEVELS[data.level]
    above = superior_units(data.level, data.meeting.superiors) | _named_superior_units(data.draft)
    findings = []
    for index, text in _paragraphs(data):
        for m in pattern.finditer(text):
            word = m.group(0)
            if _RANKING.search(text[m.end() : m.end() + 10]):
                continue  # 在全市排名第三: a ranking among the level above, not a wrong word
            higher = foreign[word] > RANK[data.level]
            if higher and _LEVEL_LIST.match(text[m.end() : m.end() + 3]):
                continue  # 全区、全市…: an enumeration of levels is never one's own sentence
            superior = higher and _word_unit(word) in above
            if superior and _names_a_superior(text, m.start(), m.end(), word):
                continue
            if _inside_other_word(text, m.start(), m.end()):
                continue
            findings.append(
                Finding(
                    "level-word",
                    ERROR,
                    f"“{word}”不是{own.label}级讲话的用词，应改为{own.all}、{own.our}或{own.edu}等"
                    "（若指上级，请写明是上级的会议、部署或目标）",
                    index,
                    excerpt(text, m.start(), m.end()),
                )
            )
    return findings


def _inside_other_word(text: str, start: int, end: int) -> bool:
    """健全县、校两级 / 健全县管校聘: 全县 inside 健全, not a place word."""
    return text[max(0, start - 1) : start] == "健" and text[start] == "全"


# --- counts and numbering --------------------------------------------------------------


def check_counts(data: CheckInput) -> list[Finding]:
    findings = []
    for announcement in data.outline.announced:
        if announcement.count is None:
            continue  # 讲几点意见: nothing to count against
        actual = counts_under(data.outline, announcement)
        if actual == announcement.count or actual == 0:
            continue
        truncated = data.outline.truncated and actual < announcement.count
        message = (
            f"宣布了“{announcement.text}”（{announcement.count}），其后实际有{actual}"
            f"{'部分' if announcement.scope == 'parts' else '个小标题'}，数量不符："
            f"请把宣布的数字改为{actual}，或补齐缺少的部分"
        )
        if truncated:
            message += "；文本似乎不完整，可能是没有复制全"
        text = data.draft.paragraphs[announcement.paragraph]
        start = text.find(announcement.text)
        findings.append(
            Finding(
                "count-mismatch",
                WARNING if truncated else ERROR,
                message,
                announcement.paragraph,
                excerpt(text, start, start + len(announcement.text)),
            )
        )
    return findings


_WRONG_FORMS = (
    (re.compile(rf"^{NUMERAL}[.．]"), "一级序号应写作“一、”，不用点号"),
    (re.compile(rf"^[（(]{NUMERAL}[）)][、.．]"), "“（一）”后面不加标点"),
    (re.compile(r"^\d{1,2}、"), "三级序号应写作“1.”，不用顿号"),
    (re.compile(r"^\d{1,2}．"), "三级序号应写作半角“1.”"),
)


def check_numbering(data: CheckInput) -> list[Finding]:
    findings: list[Finding] = []
    expected: dict[int, int] = {}
    previous_level = 0
    for heading in data.outline.headings:
        text = data.draft.paragraphs[heading.paragraph]
        for level in [lv for lv in expected if lv > heading.level]:
            del expected[level]  # a new parent restarts the numbers below it
        want = expected.get(heading.level, 1)
        if heading.value != want:
            kind = "重复" if heading.value < want else "跳号"
            findings.append(
                Finding(
                    "numbering",
                    ERROR,
                    f"序号{kind}：此处应为第{want}个，实际写的是“{heading.number}”",
                    heading.paragraph,
                    text[:24],
                )
            )
        if heading.level > previous_level + 1 and previous_level:
            # 一、 then 1. without （一） is common in real speeches: worth a look, not an error
            findings.append(
                Finding(
                    "numbering",
                    WARNING,
                    f"层级跳跃：上一级标题之后直接出现了第{heading.level}级序号“{heading.number}”",
                    heading.paragraph,
                    text[:24],
                )
            )
        for regex, message in _WRONG_FORMS:
            if regex.match(text):
                findings.append(
                    Finding(
                        "numbering",
                        WARNING,
                        f"序号格式不规范：{message}",
                        heading.paragraph,
                        text[:24],
                    )
                )
        expected[heading.level] = heading.value + 1
        previous_level = heading.level
    return findings


# --- plan phase --------------------------------------------------------------------------

_PLAN_WORD = re.compile(r"[“\"]?(十[二三四五六七]五)[”\"]?")
_PHASE_WORD = re.compile(r"开局之年|收官之年|承上启下之年|关键之年|攻坚之年")


def check_plan_phase(data: CheckInput) -> list[Finding]:
    if data.year is None:
        return []
    year = data.year
    now, review = plan_year(year), plan_year(year - 1)
    allowed = {now.plan, review.plan} | ({now.next_plan} if now.index >= 4 else set())
    findings = []
    for index, text in _paragraphs(data):
        wrong_plan_clauses = set()  # 今年是“十三五”收官之年: one finding, for the plan word
        for m in _PLAN_WORD.finditer(text):
            if m.group(1) not in allowed and not _HISTORY.search(
                text[max(0, m.start() - 6) : m.end() + 6]
            ):
                wrong_plan_clauses.add(_clause_at(text, m.start()))
                findings.append(
                    Finding(
                        "plan-phase",
                        ERROR,
                        f"“{m.group(1)}”与{year}年不符：{year}年属于“{now.plan}”",
                        index,
                        excerpt(text, m.start(), m.end()),
                    )
                )
        findings += _phase_words(index, text, year, wrong_plan_clauses)
    return findings


def _phase_words(index: int, text: str, year: int, skip_clauses: set[str]) -> list[Finding]:
    """开局之年/收官之年 said of the wrong year of the plan."""
    now, review = plan_year(year), plan_year(year - 1)
    findings: list[Finding] = []
    for m in _PHASE_WORD.finditer(text):
        clause = _clause_at(text, m.start())
        if clause in skip_clauses:
            continue
        if not re.search(r"十[二三四五六七]五|五年规划", clause):
            continue  # 攻坚之年 of a campaign, 开局之年 of a congress's spirit: not the plan's
        sentence = _sentence_at(text, m.start())
        if "今年" in sentence or str(year) in sentence:
            target = now
        elif str(year - 1) in sentence or "去年" in sentence or "过去" in sentence:
            target = review
        else:
            continue
        if m.group(0) not in (target.phase, "关键之年"):
            findings.append(
                Finding(
                    "plan-phase",
                    ERROR,
                    f"“{m.group(0)}”不对：{year if target is now else year - 1}年是“{target.plan}”第{target.index}年（{target.phase}）",
                    index,
                    excerpt(text, m.start(), m.end()),
                )
            )
    return findings


# A sentence is looked for at most this far either side of a word: a paragraph that has
# lost its full stops (a pasted web page, a hostile file) would otherwise be scanned
# and copied whole for every match, quadratic in its length.
_SENTENCE_WINDOW = 400


def _clause_at(text: str, position: int) -> str:
    return _span_at(text, position, "。！？；，")


def _sentence_at(text: str, position: int) -> str:
    return _span_at(text, position, "。！？；")


def _span_at(text: str, position: int, stops: str) -> str:
    low = max(0, position - _SENTENCE_WINDOW)
    high = min(len(text), position + _SENTENCE_WINDOW)
    starts = (text.rfind(p, low, position) for p in stops)
    start = max((i + 1 for i in starts if i >= 0), default=low)
    ends = [e for e in (text.find(p, position, high) for p in stops) if e >= 0]
    return text[start : min(ends) if ends else high]


# --- punctuation --------------------------------------------------------------------------

# A full stop counts only between two Chinese characters: 92.5% and the 1. heading stay.
_HALF_WIDTH = re.compile(
    r"(?<=[\u4e00-\u9fff])[,:;!?()]|[,:;!?()](?=[\u4e00-\u9fff])"
    r"|(?<=[\u4e00-\u9fff])\.(?=[\u4e00-\u9fff])"
)
FULL_WIDTH = {
    ",": "，",
    ":": "：",
    ";": "；",
    "!": "！",
    "?": "？",
    "(": "（",
    ")": "）",
    ".": "。",
}


def check_punctuation(data: CheckInput) -> list[Finding]:
    findings = []
    for index, text in _paragraphs(data):
        marks = list(_HALF_WIDTH.finditer(text))
        if marks:
            shown = "".join(sorted({m.group(0) for m in marks}))
            first = marks[0]
            findings.append(
                Finding(
                    "punctuation",
                    WARNING,
                    f"中文里用了半角标点 {shown}（{len(marks)} 处），应改为全角；--fix 可生成改正后的副本",
                    index,
                    excerpt(text, first.start(), first.end()),
                )
            )
    return findings


def fix_punctuation(text: str) -> str:
    return _HALF_WIDTH.sub(lambda m: FULL_WIDTH[m.group(0)], text)


# --- duplicates ---------------------------------------------------------------------------

_SENTENCE = re.compile(r"[^。！？；]+[。！？；]?")
MIN_SENTENCE = 12


_HEADING_START = re.compile(rf"^[{NUMERAL_CHARS}]+、")
MIN_CARRIED_OVER = 15  # shorter sentences (套话 like 要高度重视) recur in any two speeches


def _sentences(paragraphs: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
    """(paragraph, sentence) for every sentence long enough to count as repeated."""
    found = []
    for index, text in paragraphs:
        for m in _SENTENCE.finditer(text):
            sentence = m.group(0).strip().rstrip("。！？；")
            if len(sentence) >= MIN_SENTENCE and not _HEADING_START.match(sentence):
                found.append((index, sentence))
    return found


MIN_TAIL_REPEAT = 30  # a long sentence repeated as the tail of an earlier one


def check_duplicates(data: CheckInput) -> list[Finding]:
    findings = []
    sentences = _sentences(_paragraphs(data))
    seen: dict[str, int] = {}
    tails: dict[str, int] = {}  # what follows each comma of an earlier sentence
    for index, sentence in sentences:
        earlier = seen.get(sentence)
        if earlier is None and len(sentence) >= MIN_TAIL_REPEAT:
            # 党的二十大…部署，全区各级各部门要… then later 全区各级各部门要…: the same words
            earlier = tails.get(sentence)
        if earlier is not None:
            message = f"这句话在第{earlier + 1}段已经出现过，请删去一处或改写"
            findings.append(Finding("duplicate", WARNING, message, index, sentence[:30]))
        if sentence not in seen:
            seen[sentence] = index
            for m in re.finditer(r"[，：]", sentence):
                tails.setdefault(sentence[m.end() :], index)
    if data.against is not None:
        old = {
            s
            for _, s in _sentences(enumerate(data.against.paragraphs))
            if len(s) >= MIN_CARRIED_OVER
        }
        for index, sentence in sentences:
            if sentence in old:
                message = "与旧稿一字不差，请确认是否需要更新"
                findings.append(Finding("duplicate", WARNING, message, index, sentence[:30]))
    return findings


RULES: tuple[Callable[[CheckInput], list[Finding]], ...] = (
    check_junk,
    check_placeholders,
    check_years,
    check_level_words,
    check_counts,
    check_numbering,
    check_plan_phase,
    check_punctuation,
    check_duplicates,
)


def run_checks(
    draft: SourceDraft,
    *,
    level: str | None = None,
    year: int | None = None,
    against: SourceDraft | None = None,
    meeting_date: datetime.date | None = None,
    superiors: tuple[str, ...] = (),
    speaker_title: str | None = None,
    kind: str | None = None,
    profile_text: str | None = None,
) -> CheckResult:
    """All rules on one draft. Level, year and date come from the caller or are inferred;
    the superiors, speaker and kind (from a profile or options) make rules more exact."""
    from speechdraft.lint.content import CONTENT_RULES  # content rules build on this module

    inferred = None
    if level is None:
        level, inferred = infer_level(draft)
    meeting_date = meeting_date or infer_date(draft)
    if year is None:
        year = meeting_date.year if meeting_date else infer_year(draft)
    if meeting_date is not None and meeting_date.year != year:
        meeting_date = None  # a date line that disagrees with the stated year is not trusted
    outline = build_outline(draft, is_junk)
    meeting = Meeting(meeting_date, tuple(superiors), speaker_title, kind, profile_text)
    data = CheckInput(draft, outline, level, year, against, meeting)
    findings = [finding for rule in (*RULES, *CONTENT_RULES) for finding in rule(data)]
    findings.sort(key=lambda f: (f.paragraph, f.rule))
    return CheckResult(draft.file, level, inferred, year, findings)


def infer_date(draft: SourceDraft) -> datetime.date | None:
    """The meeting date from the date line under the title: （2025年3月12日）."""
    for text in draft.paragraphs[:6]:
        m = re.fullmatch(
            r"[（(]?\s*(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]?", text
        )
        if m:
            try:
                return datetime.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None
