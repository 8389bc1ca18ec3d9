"""From the departments' returns to the profile: every figure checked, placed and traced.

``collect_returns`` reads the returns, matches each row to an item of the profile's own
checklist, judges the values (empty, contradicting, impossible, a decline) and edits the
profile's YAML round-trip (ruamel.yaml), so the clerk's comments and order survive. Each
figure gets its provenance twice: a comment beside it for the clerk, and an entry in
``sources:`` that the review copy turns into a Word comment on the printed figure.
``write_collected`` publishes the new profile; nothing here writes a file itself.
"""

from __future__ import annotations

import datetime
import io
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.util import load_yaml_guess_indent

from speechdraft.document import ACTUAL, DATE, PERCENT, TARGET, TEXT, Checklist, ChecklistRow
from speechdraft.errors import SpeechdraftError
from speechdraft.figures import declined
from speechdraft.genre import DEFAULT_SAFEGUARDS
from speechdraft.intake.profile import LoadedProfile
from speechdraft.intake.yamlfile import read_text
from speechdraft.phrasebank import Area, PhraseBank
from speechdraft.returns.checklist import checklist_for_profile, fact_period
from speechdraft.returns.reading import ReturnedRow, UnreadableReturn, match_row, read_return
from speechdraft.writers.output import write_text_file

# Kinds of finding, in the order a clerk should look at them.
CONFLICT, IMPOSSIBLE, DECLINE, EMPTY, UNMATCHED, CHANGED = (
    "conflict",
    "impossible",
    "decline",
    "empty",
    "unmatched",
    "changed",
)
NEEDS_DECISION = {CONFLICT, IMPOSSIBLE, DECLINE, UNMATCHED}
_ORDER = {CONFLICT: 0, IMPOSSIBLE: 1, DECLINE: 2, EMPTY: 3, UNMATCHED: 4, CHANGED: 5}


@dataclass(frozen=True)
class Finding:
    department: str
    kind: str
    message: str
    required: bool = False


@dataclass(frozen=True)
class Accepted:
    """A value that goes into the profile, and where it came from."""

    row: ChecklistRow
    text: str  # as the draft will print it (figures without their unit; see printed)
    readings: tuple[ReturnedRow, ...]

    @property
    def first(self) -> ReturnedRow:
        return self.readings[0]

    @property
    def printed(self) -> str:
        return self.text + self.row.unit if _NUMBER.match(self.text) else self.text

    def provenance(self) -> str:
        reading = self.first
        who = reading.department or self.row.source
        person = f" · 填报人 {reading.person}" if reading.person else ""
        return f"{who} · {reading.where}{person}"


@dataclass
class CollectResult:
    checklist: Checklist
    profile_path: Path
    accepted: dict[str, Accepted] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    yaml_text: str = ""

    @property
    def needs_decision(self) -> bool:
        return any(
            f.kind in NEEDS_DECISION or (f.kind == EMPTY and f.required) for f in self.findings
        )

    def by_department(self) -> dict[str, list[Finding]]:
        """Findings grouped by department, each group in the order to look at them:
        contradictions and impossible values first, then required items still empty."""
        groups: dict[str, list[Finding]] = defaultdict(list)
        for finding in self.findings:
            groups[finding.department].append(finding)
        return {
            department: sorted(items, key=lambda f: (_ORDER[f.kind], not f.required))
            for department, items in groups.items()
        }

    def report_lines(self) -> list[str]:
        lines = [
            f"读取了 {len(self.files)} 份回表，写入 {len(self.accepted)} 项。",
        ]
        for department, items in self.by_department().items():
            lines.append(f"【{department}】")
            lines += [
                f"  {_LABELS[f.kind]}{'（必填）' if f.required else ''}：{f.message}" for f in items
            ]
        return lines


_LABELS = {
    CONFLICT: "前后不一致",
    IMPOSSIBLE: "数值有误",
    DECLINE: "请核实",
    EMPTY: "未填写",
    UNMATCHED: "对不上清单",
    CHANGED: "已替换原值",
}


def collect_returns(
    paths: Sequence[Path], loaded: LoadedProfile, bank: PhraseBank, text: str | None = None
) -> CollectResult:
    """Reads every return, judges the values and builds the new profile text.
    Unreadable files are listed in ``unreadable`` (then nothing else is done). ``text`` is
    the profile's YAML when it is not on disk (an upload); else it is read from its path."""
    checklist = checklist_for_profile(loaded.profile, bank, deadline="")
    result = CollectResult(checklist, loaded.path, files=list(paths))
    rows: list[ReturnedRow] = []
    for path in paths:
        try:
            rows += read_return(path)
        except UnreadableReturn as exc:
            result.unreadable.append(str(exc))
    if result.unreadable:
        return result
    readings = _match(rows, checklist, result)
    _judge(readings, checklist, result)
    _check_declines(result)
    result.yaml_text = _edit_profile(loaded, bank, result, text)
    return result


def write_collected(result: CollectResult, path: Path, *, force: bool = False) -> None:
    """Publishes the new profile: a new file unless ``force`` (create, then rename)."""
    write_text_file(path, result.yaml_text, force=force)


def default_output(profile: Path) -> Path:
    return profile.with_name(f"{profile.stem}.已汇总{profile.suffix or '.yaml'}")


# --- matching and judging -------------------------------------------------------------


def _match(
    rows: list[ReturnedRow], checklist: Checklist, result: CollectResult
) -> dict[str, list[ReturnedRow]]:
    readings: dict[str, list[ReturnedRow]] = defaultdict(list)
    for row in rows:
        item = match_row(row, checklist)
        if item is None:
            if row.item or row.value is not None:
                shown = f"“{row.item}”" if row.item else "（没有数据项名称）"
                value = f"，填了“{_shown(row.value)}”" if row.value is not None else ""
                result.findings.append(
                    Finding(
                        row.department or row.sheet,
                        UNMATCHED,
                        f"{row.where} 的{shown}{value}，在本次会议的材料清单中没有这一项，"
                        "没有写入；请确认是否用了别的会议的表，或把内容手工写进会议信息文件",
                    )
                )
            continue
        if row.value is not None:
            readings[item.key].append(row)
    return readings


def _judge(
    readings: dict[str, list[ReturnedRow]], checklist: Checklist, result: CollectResult
) -> None:
    for item in checklist.rows():
        found = readings.get(item.key, [])
        if not found:
            result.findings.append(
                Finding(item.source, EMPTY, f"{_name(item)} 没有科室填写", item.required)
            )
            continue
        values: dict[str, list[ReturnedRow]] = defaultdict(list)
        for reading in found:
            text, problem = normalise(reading.value, item, reading.percent_format)
            if problem:
                result.findings.append(
                    Finding(
                        reading.department or item.source,
                        IMPOSSIBLE,
                        f"{_name(item)}（{reading.where}）填的是“{_shown(reading.value)}”：{problem}。"
                        "没有写入，请与填报科室核实后改正",
                        item.required,
                    )
                )
                continue
            values[text].append(reading)
        if len(values) > 1:
            listing = "；".join(
                f"{r[0].department or item.source}（{r[0].where}）填“{text}”"
                for text, r in values.items()
            )
            result.findings.append(
                Finding(
                    item.source,
                    CONFLICT,
                    f"{_name(item)} 各回表不一致：{listing}。没有写入，请确定用哪个数",
                    item.required,
                )
            )
        elif values:
            text, rows = next(iter(values.items()))
            result.accepted[item.key] = Accepted(item, text, tuple(rows))


def _check_declines(result: CollectResult) -> None:
    """A target below last year's actual is a decline in the speech (for an item where
    lower is better, a target above it): possible, but the clerk should see it first."""
    for key, target in result.accepted.items():
        if not key.endswith(":target"):
            continue
        actual = result.accepted.get(key.removesuffix(":target") + ":actual")
        if actual is None or not (_NUMBER.match(actual.text) and _NUMBER.match(target.text)):
            continue
        before, after = float(actual.text), float(target.text)
        worse = after > before if target.row.lower_is_better else after < before
        if worse:
            result.findings.append(
                Finding(
                    target.row.source,
                    DECLINE,
                    f"{target.row.item} 的今年目标（{target.printed}）比上年实际（{actual.printed}）"
                    f"{'高' if target.row.lower_is_better else '低'}，讲话稿里会是下降；"
                    "请确认数字无误（已写入）",
                    target.row.required,
                )
            )


def _name(item: ChecklistRow) -> str:
    return f"“{item.item}”" + (f"（{item.period}）" if item.period else "")


def _shown(value: Any) -> str:
    if isinstance(value, float):
        return _number_text(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return f"{value.year}-{value.month:02d}-{value.day:02d}"
    return str(value)


_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_SCALED = re.compile(r"^\d+(\.\d+)?[万亿千]$")
_CN_DATE = re.compile(r"^(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?$")


def normalise(value: Any, item: ChecklistRow, percent_format: bool = False) -> tuple[str, str]:
    """The value as the profile keeps it, or ("", why it cannot be right).

    Figures are kept as typed (91.50 stays 91.50); a unit typed after the number is
    dropped because the draft adds it; a percentage cell Excel shows as 91.5% holds
    0.915 and is read as 91.5."""
    if item.value_type == TEXT:
        return _shown(value).strip(), ""
    if item.value_type == DATE:
        return _date_text(value)
    if isinstance(value, bool):
        return "", "应为数字"
    if isinstance(value, int | float):
        number = value * 100 if percent_format and item.value_type == PERCENT else value
        return _checked(_number_text(number), item)
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(",", "")
    for unit in (item.unit, "%", "％"):
        if unit and text.endswith(unit):
            text = text[: -len(unit)].strip()
    if item.value_type != PERCENT and item.period == TARGET and declined(text):
        return "无", ""  # a department's 无 for a count is none this year, not a typo
    if item.value_type != PERCENT and _SCALED.match(text):
        return text + item.unit, ""  # 1.2万 of 个 prints as 1.2万个
    if not _NUMBER.match(text):
        return "", "这一栏应填数字" + (f"（单位是{item.unit}，不用写）" if item.unit else "")
    return _checked(text, item)


def _checked(text: str, item: ChecklistRow) -> tuple[str, str]:
    number = float(text)
    if number < 0:
        return "", "不能是负数"
    if item.value_type == PERCENT:
        if number > 100:
            return "", "百分比不能超过100"
        if 0 < number < 1:
            return "", f"像是小数写法，百分比应写成 {_number_text(number * 100)}"
    return text, ""


def _number_text(number: float | int) -> str:
    """91.5, 186000, 0.92: never 9.15e1, never 91.50000000000001."""
    if isinstance(number, int):
        return str(number)
    rounded = round(number, 6)
    if rounded == int(rounded):
        return str(int(rounded))
    return format(rounded, "f").rstrip("0").rstrip(".")


def _date_text(value: Any) -> tuple[str, str]:
    if isinstance(value, datetime.datetime | datetime.date):
        return f"{value.year}年{value.month}月{value.day}日", ""
    match = _CN_DATE.match(unicodedata.normalize("NFKC", str(value)).strip())
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            datetime.date(year, month, day)
        except ValueError:
            return "", "没有这一天"
        return f"{year}年{month}月{day}日", ""
    return "", "应填日期，如2025-06-30"


# --- editing the profile --------------------------------------------------------------


def _yaml_for(text: str) -> tuple[YAML, Any]:
    data, indent, offset = load_yaml_guess_indent(text)
    yaml = YAML()  # round-trip: comments, order and quoting survive
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a Chinese sentence
    yaml.allow_unicode = True
    mapping = 2 if indent is None else max(2, (indent or 2) - (offset or 0))
    yaml.indent(mapping=mapping, sequence=indent or 2, offset=offset or 0)
    return yaml, data


def _edit_profile(
    loaded: LoadedProfile, bank: PhraseBank, result: CollectResult, text: str | None
) -> str:
    text = read_text(loaded.path) if text is None else text
    try:
        yaml, data = _yaml_for(text)
    except Exception as exc:  # the profile validated; ruamel refusing it would be our bug
        raise SpeechdraftError(f"{loaded.path}：无法在保留注释的情况下改写（{exc}）") from None
    editor = _Editor(data, bank, result)
    for accepted in result.accepted.values():
        editor.place(accepted)
    editor.write_sources()
    out = io.StringIO()
    yaml.dump(data, out)
    # ruamel puts one space before a comment added after the first: two, as PEP 8 and the
    # clerk's own comments have them.
    return re.sub(r"(?<=\S) # 来源：", "  # 来源：", out.getvalue())


class _Editor:
    """Puts each accepted value where the profile model and the draft expect it."""

    def __init__(self, data: Any, bank: PhraseBank, result: CollectResult) -> None:
        self.data = data
        self.bank = bank
        self.result = result
        self.sources: dict[str, tuple[str, Accepted]] = {}

    def place(self, accepted: Accepted) -> None:
        family, _, rest = accepted.row.key.partition(":")
        if family == "general":
            self._general(rest, accepted)
        elif family in ("priority", "safeguard"):
            area_key, _, tail = rest.partition(":")
            self._area_value(family, area_key, tail, accepted)

    def _general(self, name: str, accepted: Accepted) -> None:
        lines = _lines(accepted.text)
        if name in ("speaker.title", "speaker.name"):
            speaker = _mapping(self.data, "speaker")
            self._set(speaker, name.split(".")[1], accepted.text, accepted, f"speaker/{name}")
        elif name == "guideline":
            targets = _mapping(self.data, "targets")
            self._set(targets, "guideline", accepted.text, accepted, "targets/guideline")
        elif name in ("preceding", "problems", "target_items"):
            owner = {
                "preceding": self.data,
                "problems": _mapping(self.data, "review"),
                "target_items": _mapping(self.data, "targets"),
            }[name]
            field_name = {"preceding": "preceding", "problems": "problems"}.get(name, "items")
            _extend(_sequence(owner, field_name), lines, accepted.provenance())
        elif name == "achievements":
            entry = CommentedMap(area="综合", points=CommentedSeq(lines))
            _sequence(_mapping(self.data, "review"), "achievements").append(entry)
            entry.yaml_add_eol_comment(f"来源：{accepted.provenance()}", "area")

    def _area_value(self, family: str, area_key: str, tail: str, accepted: Accepted) -> None:
        catalog = self.bank.areas if family == "priority" else self.bank.safeguards
        area = catalog[area_key]
        section = "priorities" if family == "priority" else "safeguards"
        if tail == "points":
            entry = self._area_entry(section, area)
            _extend(_sequence(entry, "points"), _lines(accepted.text), accepted.provenance())
            return
        fact_key, _, period = tail.rpartition(":")
        fact = next(f for f in area.facts if f.key == fact_key)
        baseline = period == "actual" and fact_period(area, fact) == TARGET
        if baseline:  # last year's actual of a rate set as this year's target: the review
            achievement = self._achievement(area)
            figures = _mapping(achievement, "figures")
            self._set(
                figures, fact.label, accepted.printed, accepted, f"review/{area.label}/{fact.label}"
            )
            return
        entry = self._area_entry(section, area)
        facts = _mapping(entry, "facts")
        name = next((k for k in facts if area.fact(str(k)) is fact), fact.label)
        self._set(facts, name, _scalar(accepted.text), accepted, f"{section}/{area.label}/{name}")

    def _set(self, mapping: Any, key: str, value: Any, accepted: Accepted, source: str) -> None:
        old = mapping.get(key)
        if old not in (None, "") and str(old) != str(value):
            self.result.findings.append(
                Finding(
                    accepted.row.source,
                    CHANGED,
                    f"{_name(accepted.row)} 原为“{old}”，已改为回表的“{value}”（{accepted.provenance()}）",
                )
            )
        mapping[key] = value
        mapping.yaml_add_eol_comment(f"来源：{accepted.provenance()}", key)
        if accepted.row.is_figure:
            self.sources[source] = (accepted.printed, accepted)

    def _area_entry(self, section: str, area: Area) -> Any:
        """The profile's entry for ``area``, made a mapping (a bare name becomes
        ``area: name``); added at the end if the profile does not have it yet."""
        entries = self.data.get(section)
        if entries is None and section == "safeguards":
            entries = CommentedSeq(
                [
                    self.bank.safeguards[k].label
                    for k in DEFAULT_SAFEGUARDS[self.result.checklist.kind]
                ]
            )
            self.data[section] = entries
        elif entries is None:
            entries = _sequence(self.data, section)
        find = self.bank.find_area if section == "priorities" else self.bank.find_safeguard
        for index, entry in enumerate(entries):
            name = entry if isinstance(entry, str) else entry.get("area", "")
            if find(str(name)) is area:
                if isinstance(entry, str):
                    entries[index] = CommentedMap(area=entry)
                return entries[index]
        entries.append(CommentedMap(area=area.label))
        return entries[-1]

    def _achievement(self, area: Area) -> Any:
        achievements = _sequence(_mapping(self.data, "review"), "achievements")
        for entry in achievements:
            if isinstance(entry, dict) and self.bank.find_area(str(entry.get("area", ""))) is area:
                return entry
        achievements.append(CommentedMap(area=area.label))
        return achievements[-1]

    def write_sources(self) -> None:
        if not self.sources:
            return
        new = not isinstance(self.data.get("sources"), dict)
        sources = _mapping(self.data, "sources")
        for key, (printed, accepted) in self.sources.items():
            reading = accepted.first
            sources[key] = CommentedMap(
                value=printed,
                department=reading.department or accepted.row.source,
                file=reading.file.name,
                place=reading.where.split(" · ", 1)[1],
            )
        if new:  # a second round of returns keeps the one explanation
            self.data.yaml_set_comment_before_after_key(
                "sources",
                before="数据来源：speechdraft collect 写入，审阅稿据此在数字上加批注；可以删除",
            )


def _mapping(owner: Any, key: str) -> Any:
    return _child(owner, key, dict, CommentedMap)


def _sequence(owner: Any, key: str) -> Any:
    return _child(owner, key, list, CommentedSeq)


def _child(owner: Any, key: str, kind: type, make: Callable[[], Any]) -> Any:
    """``owner[key]`` if it is a ``kind``, else a new empty one put there (round-trip types,
    so comments written later stay attached)."""
    value = owner.get(key)
    if not isinstance(value, kind):
        value = make()
        owner[key] = value
    return value


def _extend(sequence: Any, lines: list[str], provenance: str) -> None:
    for line in lines:
        if line not in sequence:
            sequence.append(line)
            sequence.yaml_add_eol_comment(f"来源：{provenance}", len(sequence) - 1)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _scalar(text: str) -> Any:
    """A figure YAML reads back exactly as typed: a plain number when it would, else
    quoted text (91.50 or 007 would lose their digits as a number)."""
    if re.fullmatch(r"-?(0|[1-9]\d*)", text):
        return int(text)
    if re.fullmatch(r"-?(0|[1-9]\d*)\.\d*[1-9]", text):
        return float(text)
    return text


__all__ = [
    "ACTUAL",
    "PERCENT",
    "TARGET",
    "CollectResult",
    "Finding",
    "collect_returns",
    "default_output",
    "normalise",
    "write_collected",
]
