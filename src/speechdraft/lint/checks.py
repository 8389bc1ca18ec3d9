"""Linting any speech draft for the defects real drafts have (GENRE.md): placeholders,
stale years, foreign place words, wrong counts and numbering, plan words, half-width
punctuation, repeated sentences and pasted web junk.

Each rule is a function ``(CheckInput) -> list[Finding]``; ``run_checks`` runs them all.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from speechdraft.genre import LEVELS, RANK, plan_year
from speechdraft.lexicon import foreign_level_words
from speechdraft.lint.outline import CN_DIGITS, Outline, build_outline, counts_under
from speechdraft.lint.reader import SourceDraft

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
            "paragraph": self.paragraph,
            "excerpt": self.excerpt,
        }


@dataclass(frozen=True)
class CheckInput:
    draft: SourceDraft
    outline: Outline
    level: str | None
    year: int | None
    against: SourceDraft | None = None


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
    r"【待补[^】]*】|20[Xx×]{2}年(?:[Xx×\d]{1,2}月(?:[Xx×\d]{1,2}日)?)?|[Xx×]{1,2}月[Xx×]{1,2}日"
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
    return findings


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
    r"^.{0,6}(?:排名|排在|名列|位列|位居|第[一二三四五六七八九十\d]|前[一二三四五六七八九十\d]|前列|领先"
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


_SUPERIOR_AFTER = re.compile(r"^.{0,14}(?:精神|部署|要求|决策|安排)")
_SUPERIOR_BEFORE = re.compile(
    r"(?:全国|全省|全区|全市)(?:、|和|及)$|(?:承办|参加|参与|代表|荣获|获评|获得|被|经|由)$"
)


def _names_a_superior(
    text: str, start: int, end: int, word: str, word_rank: int, own_rank: int
) -> bool:
    """A higher level's word used for the higher level itself, not as this draft's own."""
    if word_rank <= own_rank:
        return False
    if word.endswith(("教育局", "教育厅")) or (word.endswith("政府") and "、" in word):
        return True  # 市教育局督导组, 在县委、县政府和镇党委的领导下: superiors by name
    return bool(
        _SUPERIOR_AFTER.search(text[end : end + 16])
        or _SUPERIOR_BEFORE.search(text[max(0, start - 6) : start])
    )


def check_level_words(data: CheckInput) -> list[Finding]:
    if data.level is None:
        return []
    foreign = foreign_level_words(data.level)
    pattern = re.compile("|".join(map(re.escape, sorted(foreign, key=len, reverse=True))))
    own = LEVELS[data.level]
    findings = []
    for index, text in _paragraphs(data):
        for m in pattern.finditer(text):
            if _RANKING.search(text[m.end() : m.end() + 10]):
                continue  # 在全市排名第三: a ranking among the level above, not a wrong word
            if _names_a_superior(
                text, m.start(), m.end(), m.group(0), foreign[m.group(0)], RANK[data.level]
            ):
                continue
            findings.append(
                Finding(
                    "level-word",
                    ERROR,
                    f"“{m.group(0)}”不是{own.label}级讲话的用词（应为{own.all}、{own.our}、{own.edu}等）",
                    index,
                    excerpt(text, m.start(), m.end()),
                )
            )
    return findings


# --- counts and numbering --------------------------------------------------------------


def check_counts(data: CheckInput) -> list[Finding]:
    findings = []
    for announcement in data.outline.announced:
        actual = counts_under(data.outline, announcement)
        if actual == announcement.count or actual == 0:
            continue
        truncated = data.outline.truncated and actual < announcement.count
        message = (
            f"宣布了“{announcement.text}”（{announcement.count}），其后实际有{actual}"
            f"{'部分' if announcement.scope == 'parts' else '个小标题'}"
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
    (re.compile(r"^[一二三四五六七八九十]{1,3}[.．]"), "一级序号应写作“一、”，不用点号"),
    (re.compile(r"^[（(][一二三四五六七八九十]{1,3}[）)][、.．]"), "“（一）”后面不加标点"),
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
            findings.append(
                Finding(
                    "numbering",
                    ERROR,
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
        for m in _PLAN_WORD.finditer(text):
            if m.group(1) not in allowed and not _HISTORY.search(
                text[max(0, m.start() - 6) : m.end() + 6]
            ):
                findings.append(
                    Finding(
                        "plan-phase",
                        ERROR,
                        f"“{m.group(1)}”与{year}年不符：{year}年属于“{now.plan}”",
                        index,
                        excerpt(text, m.start(), m.end()),
                    )
                )
        for m in _PHASE_WORD.finditer(text):
            clause = _clause_at(text, m.start())
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

_HALF_WIDTH = re.compile(r"(?<=[\u4e00-\u9fff])[,:;!?()]|[,:;!?()](?=[\u4e00-\u9fff])")
FULL_WIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"}


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


_HEADING_START = re.compile(rf"^[{CN_DIGITS}]+、")
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


def check_duplicates(data: CheckInput) -> list[Finding]:
    findings = []
    sentences = _sentences(_paragraphs(data))
    seen: dict[str, int] = {}
    for index, sentence in sentences:
        if sentence in seen:
            message = f"这句话在第{seen[sentence]}段已经出现过"
            findings.append(Finding("duplicate", WARNING, message, index, sentence[:30]))
        else:
            seen[sentence] = index
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
) -> CheckResult:
    """All rules on one draft. Level and year come from the caller or are inferred."""
    inferred = None
    if level is None:
        level, inferred = infer_level(draft)
    if year is None:
        year = infer_year(draft)
    outline = build_outline(draft, is_junk)
    data = CheckInput(draft, outline, level, year, against)
    findings = [finding for rule in RULES for finding in rule(data)]
    findings.sort(key=lambda f: (f.paragraph, f.rule))
    return CheckResult(draft.file, level, inferred, year, findings)
