"""Starting this year's profile from last year's speech (``speechdraft import``).

Keeps what carries over — kind, level, part and subsection headings as custom titles —
and turns what must be re-confirmed (figures, years, the old draft's defects) into YAML
comments, so nothing is silently reused.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from speechdraft.genre import DEFAULT_KIND, DEFAULT_LEVEL, KINDS, LEVELS
from speechdraft.lint.checks import CheckResult, infer_level, infer_year, is_junk, run_checks
from speechdraft.lint.harvest import Harvest, figure_sentences, harvest, safeguard_area
from speechdraft.lint.outline import Outline, OutlineHeading, build_outline
from speechdraft.lint.reader import SourceDraft, draft_from_text
from speechdraft.phrasebank import PhraseBank
from speechdraft.yamltext import yaml_comment, yaml_value

_KIND_WORDS = (
    ("leading_group", ("领导小组",)),
    ("teachers_day", ("教师节",)),
    ("school_opening", ("开学",)),
    ("safety", ("安全工作会议", "安全工作会")),
    ("work_report", ("工作报告",)),
)
_YEAR = re.compile(r"(20\d{2})(\s*年)")


@dataclass(frozen=True)
class Imported:
    text: str  # the new profile, YAML with comments
    notes: tuple[str, ...]  # what was guessed, for the CLI to say


def guess_kind(draft: SourceDraft, outline: Outline) -> tuple[str, str]:
    head = " ".join(draft.paragraphs[:3])
    for kind, words in _KIND_WORDS:
        if any(word in head for word in words):
            return kind, f"标题含“{next(w for w in words if w in head)}”"
    body = [p for p in draft.paragraphs if not is_junk(p)]
    opening = next((p for p in body if p not in draft.paragraphs[:3] and not p.endswith("：")), "")
    if opening.startswith("刚才"):
        return "concluding_remarks", "开头是“刚才…”"
    return DEFAULT_KIND, "未见其他类型的特征，按领导讲话处理"


def import_speech(
    draft: SourceDraft,
    bank: PhraseBank,
    year: int | None = None,
    today: datetime.date | None = None,
) -> Imported:
    today = today or datetime.date.today()
    outline = build_outline(draft, is_junk)
    kind, kind_reason = guess_kind(draft, outline)
    level, level_reason = infer_level(draft)
    level = level or DEFAULT_LEVEL
    old_year = infer_year(draft)
    new_year = year or (old_year + 1 if old_year else today.year)
    shift = new_year - old_year if old_year else 0
    findings = run_checks(draft, level=level, year=old_year)
    notes = (
        f"讲话类型：{kind}（{KINDS[kind].label}），依据：{kind_reason}",
        f"行政层级：{level}（{LEVELS[level].label}）"
        + (f"，{level_reason}" if level_reason else "，未能推断，请核对"),
        f"年份：旧稿 {old_year or '未知'} 年 → 新稿 {new_year} 年",
    )
    lines = _header(draft, notes, findings)
    lines += _body(draft, outline, bank, kind, level, new_year, shift)
    return Imported("\n".join(lines) + "\n", notes)


def _header(draft: SourceDraft, notes: tuple[str, ...], findings: CheckResult) -> list[str]:
    lines = [
        "# yaml-language-server: $schema=profile.schema.json",
        yaml_comment(
            f"由 speechdraft import 根据旧稿 {draft.file} 生成。以“#”开头的是提示，请逐条核对后删除。"
        ),
        *(yaml_comment(note) for note in notes),
    ]
    if findings.findings:
        lines.append(
            yaml_comment(f"旧稿检查发现 {len(findings.findings)} 处问题（新稿不要照搬）：")
        )
        lines += [
            yaml_comment(f"  第{f.paragraph + 1}段 {f.rule}：{f.message}")
            for f in findings.findings[:30]
        ]
    return [*lines, ""]


def _scalar(value: object) -> str:
    return yaml_value(value)


def _shift_years(text: str, shift: int) -> tuple[str, bool]:
    if not shift:
        return text, False
    moved = _YEAR.sub(lambda m: f"{int(m.group(1)) + shift}{m.group(2)}", text)
    return moved, moved != text


def _body(
    draft: SourceDraft,
    outline: Outline,
    bank: PhraseBank,
    kind: str,
    level: str,
    year: int,
    shift: int,
) -> list[str]:
    words = LEVELS[level]
    title, name = _speaker(draft)
    month_day = _old_month_day(draft)
    meeting, meeting_moved = _shift_years(_meeting_name(outline.title) or "", shift)
    lines = [
        f"kind: {kind}",
        "meeting:",
        *(
            [
                f"  name: {_scalar(meeting)}"
                + ("  # 名称中的年份已顺延，请核对" if meeting_moved else "")
            ]
            if meeting
            else []
        ),
        _date_line(year, month_day),
        "region:",
        f"  level: {level}",
        "speaker:",
        f"  title: {_scalar(title or words.party + '书记')}"
        + ("" if title else "  # 旧稿中未识别出职务，请核对"),
        *([f"  name: {_scalar(name)}"] if name else []),
    ]
    parts = [h for h in outline.headings if h.level == 1]
    tasks, safeguards = _task_parts(outline, parts)
    tasks_part = next(
        (p.paragraph for p in reversed(parts) if tasks and p.paragraph < tasks[0].paragraph), None
    )
    found = harvest(draft, outline, bank, tasks_part)
    carry = Carrier(level, year, shift, _new_date(year, month_day))
    lines += _review_lines(found, carry)
    lines += _target_lines(found, carry)
    lines.append("priorities:" if tasks else "priorities: []")
    for heading in tasks:
        area = bank.find_area(heading.title) or bank.find_area(_text_under(draft, outline, heading))
        lines += _section(draft, outline, heading, area.label if area else heading.title, carry)
    if safeguards:
        lines.append("safeguards:")
        for heading in safeguards:
            label = safeguard_area(bank, heading.title, _text_under(draft, outline, heading))
            lines += _section(draft, outline, heading, label, carry)
    return lines


def _shifted(text: str, shift: int) -> str:
    return _shift_years(text, shift)[0]


@dataclass(frozen=True)
class Carrier:
    """Carries old sentences into the new profile, leaving out any that `check` would
    call an error in the new year (不低于提高到…, a deadline already past, 双减 in
    2019): a defect of last year's draft must not come back in this year's."""

    level: str
    year: int
    shift: int
    when: datetime.date | None = None  # the new meeting's date, when the old one gives it

    def keep(self, sentence: str) -> str | None:
        moved = _shifted(sentence, self.shift)
        found = run_checks(
            draft_from_text(moved), level=self.level, year=self.year, meeting_date=self.when
        )
        errors = [f for f in found.findings if f.severity == "error" and f.rule != "placeholder"]
        return None if errors else moved

    def all(self, sentences: list[str]) -> list[str]:
        return [kept for s in sentences if (kept := self.keep(s)) is not None]


def _review_lines(found: Harvest, carry: Carrier) -> list[str]:
    """The old review and problems, as the new review's starting point: to re-confirm."""
    if not (found.achievements or found.problems):
        return []
    lines = ["review:  # 旧稿的回顾和问题（年份已顺延）：请换成去年的实际成绩和数据"]
    if found.achievements:
        lines.append("  achievements:")
        for area, points in found.achievements:
            kept = carry.all(points)
            if kept:
                lines.append(f"    - area: {_scalar(area)}")
                lines.append("      points:  # 旧稿原句，数据请重新核实")
                lines += [f"        - {_scalar(p)}" for p in kept]
    problems = carry.all(found.problems)
    if problems:
        lines.append("  problems:  # 旧稿列出的问题，请核对今年是否仍然存在")
        lines += [f"    - {_scalar(p)}" for p in problems]
    return lines if len(lines) > 1 and lines[-1] != "  achievements:" else []


def _target_lines(found: Harvest, carry: Carrier) -> list[str]:
    guideline = carry.keep(found.guideline) if found.guideline else None
    targets = carry.all(found.targets)
    if not (guideline or targets):
        return []
    lines = ["targets:  # 旧稿的总体要求和目标（年份已顺延）：请按今年的目标改写，数字重新核实"]
    if guideline:
        lines.append(f"  guideline: {_scalar(guideline)}")
    if targets:
        lines.append("  items:")
        lines += [f"    - {_scalar(t)}" for t in targets]
    return lines


def _text_under(draft: SourceDraft, outline: Outline, heading: OutlineHeading) -> str:
    """The first paragraph of a section: what it is about when its heading is figurative."""
    following = heading.paragraph + 1
    if following < len(draft.paragraphs) and all(
        h.paragraph != following for h in outline.headings
    ):
        return draft.paragraphs[following][:60]
    return ""


def _section(
    draft: SourceDraft, outline: Outline, heading: OutlineHeading, area: str | None, carry: Carrier
) -> list[str]:
    """A priority or safeguard: its catalogue area (a figurative heading is never turned
    into a made-up area: unknown safeguards fall back to 组织领导 with a note), its heading
    as the title, and the sentences carrying figures as points to re-confirm."""
    title, moved = _shift_years(heading.title, carry.shift)
    lines = [
        f"  - area: {_scalar(area or '组织领导')}"
        + ("" if area else "  # 未能对应目录中的保障措施，暂按组织领导处理，请核对"),
        f"    title: {_scalar(title)}" + ("  # 标题中的年份已顺延，请核对" if moved else ""),
    ]
    following = [h.paragraph for h in outline.headings if h.paragraph > heading.paragraph]
    stop = min(following, default=len(draft.paragraphs))
    figures = carry.all(figure_sentences(draft, heading.paragraph + 1, stop))
    if figures:
        lines.append("    points:  # 旧稿这一节含数据的原句：数字请按今年情况重新确认")
        lines += [f"      - {_scalar(f)}" for f in figures]
    return lines


def _task_parts(
    outline: Outline, parts: list[OutlineHeading]
) -> tuple[list[OutlineHeading], list[OutlineHeading]]:
    """The part with the most subsections holds the key tasks; a later part's
    subsections are the safeguards."""

    def children(part: OutlineHeading) -> list[OutlineHeading]:
        end = next((p.paragraph for p in parts if p.paragraph > part.paragraph), 10**9)
        return [h for h in outline.headings if h.level == 2 and part.paragraph < h.paragraph < end]

    if not parts:
        return [h for h in outline.headings if h.level == 2], []
    # 三、强化保障，确保实效 holds safeguards however many subsections it has
    candidates = [p for p in parts if not _SAFEGUARD_PART.search(p.title)] or parts
    ranked = sorted(candidates, key=lambda p: len(children(p)), reverse=True)
    tasks_part = ranked[0]
    later = [p for p in parts if p.paragraph > tasks_part.paragraph and children(p)]
    return children(tasks_part), (children(later[-1]) if later else [])


_SAFEGUARD_PART = re.compile(r"保障|保证|组织领导|抓好落实|确保.*落地|作风")


def _speaker(draft: SourceDraft) -> tuple[str | None, str | None]:
    for text in draft.paragraphs[1:4]:
        m = re.fullmatch(r"([^\s（(]{2,30}?)[\s　]+([\u4e00-\u9fff×X]{2,4})", text.strip())
        if m and not re.search(r"\d", text):
            name = None if re.search(r"[×X]", m.group(2)) else m.group(2)
            return m.group(1), name
    return None, None


def _old_month_day(draft: SourceDraft) -> tuple[int, int] | None:
    """The old meeting's month and day, when the old draft states a real one."""
    for text in draft.paragraphs[:5]:
        m = re.search(r"\d{4}\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", text)
        if m:
            try:
                datetime.date(2000, int(m.group(1)), int(m.group(2)))  # a leap year: 2月29日
            except ValueError:
                return None
            return int(m.group(1)), int(m.group(2))
    return None


def _new_date(year: int, month_day: tuple[int, int] | None) -> datetime.date | None:
    try:
        return datetime.date(year, *month_day) if month_day else None
    except ValueError:
        return None


def _date_line(year: int, month_day: tuple[int, int] | None) -> str:
    """Never a made-up date: the old draft's month and day moved to the new year, or a
    待补 the clerk must fill (render then says so, naming the line)."""
    if month_day is None:
        return f"  date: 待补  # 【待补：会议日期】旧稿没有写明日期，请填写，如 {year}-03-15"
    month, day = month_day
    try:
        datetime.date(year, month, day)
    except ValueError:
        return f"  date: 待补  # 【待补：会议日期】旧稿是{month}月{day}日，{year}年没有这一天"
    return f"  date: '{year}-{month:02d}-{day:02d}'  # 月日沿用旧稿（{month}月{day}日），请按今年的会议日期核对"


def _meeting_name(title: str | None) -> str | None:
    if not title:
        return None
    m = re.match(
        r"^在\s*(?:\d{4}\s*年)?(.+?)上的(?:总结讲话|讲话提纲|工作报告|讲话|致辞|发言)$", title
    )
    return m.group(1) if m else None
