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
from speechdraft.lint.outline import Outline, OutlineHeading, build_outline
from speechdraft.lint.reader import SourceDraft
from speechdraft.phrasebank import PhraseBank
from speechdraft.yamltext import yaml_comment, yaml_value

_KIND_WORDS = (
    ("leading_group", ("领导小组",)),
    ("teachers_day", ("教师节",)),
    ("school_opening", ("开学",)),
    ("safety", ("安全工作会议", "安全工作会")),
    ("work_report", ("工作报告",)),
)
_FIGURE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:%|个|所|万元|亿元|元|人次|人|名|项|次|平方米|万平方米|家|场|校|套|台)"
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
            yaml_comment(f"  第{f.paragraph}段 {f.rule}：{f.message}")
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
    month, day = _old_month_day(draft)
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
        f"  date: '{year}-{month:02d}-{day:02d}'  # 月日沿用旧稿，请核对",
        "region:",
        f"  level: {level}",
        "speaker:",
        f"  title: {_scalar(title or words.party + '书记')}"
        + ("" if title else "  # 旧稿中未识别出职务，请核对"),
        *([f"  name: {_scalar(name)}"] if name else []),
    ]
    parts = [h for h in outline.headings if h.level == 1]
    tasks, safeguards = _task_parts(outline, parts)
    lines.append("priorities:" if tasks else "priorities: []")
    for heading in tasks:
        area = bank.find_area(heading.title) or bank.find_area(_text_under(draft, outline, heading))
        lines += _section(draft, outline, heading, area, shift)
    if safeguards:
        lines.append("safeguards:")
        for heading in safeguards:
            text = _text_under(draft, outline, heading)
            area = bank.find_safeguard(heading.title) or bank.find_safeguard(text)
            lines += _section(draft, outline, heading, area, shift)
    return lines


def _text_under(draft: SourceDraft, outline: Outline, heading: OutlineHeading) -> str:
    """The first paragraph of a section: what it is about when its heading is figurative."""
    following = heading.paragraph + 1
    if following < len(draft.paragraphs) and all(
        h.paragraph != following for h in outline.headings
    ):
        return draft.paragraphs[following][:60]
    return ""


def _section(  # type: ignore[no-untyped-def]
    draft: SourceDraft, outline: Outline, heading: OutlineHeading, area, shift: int
) -> list[str]:
    title, moved = _shift_years(heading.title, shift)
    lines = [
        f"  - area: {_scalar(area.label if area else heading.title)}",
        f"    title: {_scalar(title)}" + ("  # 标题中的年份已顺延，请核对" if moved else ""),
    ]
    figures = _figures_under(draft, outline, heading)
    if figures:
        lines.append(
            "    " + yaml_comment("旧稿这一节的数据，请按今年情况重新确认后填入 facts 或 points：")
        )
        lines += ["    " + yaml_comment(f"  {figure}") for figure in figures[:12]]
    return lines


def _figures_under(draft: SourceDraft, outline: Outline, heading: OutlineHeading) -> list[str]:
    following = [h.paragraph for h in outline.headings if h.paragraph > heading.paragraph]
    end = min(following, default=len(draft.paragraphs))
    found: list[str] = []
    for text in draft.paragraphs[heading.paragraph : end]:
        for m in _FIGURE.finditer(text):
            clause_start = max(text.rfind(p, 0, m.start()) for p in "，。；：、") + 1
            context = text[max(clause_start, m.start() - 24) : m.end()]
            if context not in found:
                found.append(context)
    return found


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
    ranked = sorted(parts, key=lambda p: len(children(p)), reverse=True)
    tasks_part = ranked[0]
    later = [p for p in parts if p.paragraph > tasks_part.paragraph and children(p)]
    return children(tasks_part), (children(later[-1]) if later else [])


def _speaker(draft: SourceDraft) -> tuple[str | None, str | None]:
    for text in draft.paragraphs[1:4]:
        m = re.fullmatch(r"([^\s（(]{2,30}?)[\s　]+([\u4e00-\u9fff×X]{2,4})", text.strip())
        if m and not re.search(r"\d", text):
            name = None if re.search(r"[×X]", m.group(2)) else m.group(2)
            return m.group(1), name
    return None, None


def _old_month_day(draft: SourceDraft) -> tuple[int, int]:
    for text in draft.paragraphs[:5]:
        m = re.search(r"\d{4}\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", text)
        if m:
            return int(m.group(1)), int(m.group(2))
    return 3, 1


def _meeting_name(title: str | None) -> str | None:
    if not title:
        return None
    m = re.match(r"^在\s*(?:\d{4}\s*年)?(.+?)上的(?:讲话提纲|工作报告|讲话|致辞|发言)$", title)
    return m.group(1) if m else None
