"""Leads and heading frames that fit what they lead (branch lead24; round al's G, R, S on
leads and D on openers). The word lists are data: templates/norms/lead_frames.yaml.

- An achievement's lead is not the area's name + a stock 工作X推进 where the name is a
  meeting or a spirit (全国教育大会精神贯彻工作统筹推进), an exam (高考工作有力推进), an
  inspection (督导评估工作有力推进, over 8个县全部通过学前教育普及普惠督导评估), a deed
  (为教师减负工作有序开展) or the speech's own theme (安全工作扎实推进 in a safety speech):
  :func:`forced_area` tells it, :func:`report_subject` what the line reports instead
  (教育质量 for a 上线率), else the item is said with no lead.
- 做好…工作 only over a name that takes 工作 (:func:`takes_work`); 党的全面领导和学校党建 is
  said by its parts' own verbs (:func:`part_headings`: 坚持党的全面领导，加强学校党建).
- A numbered list's opener family (…有N件事要抓紧, 重点抓好N件事…) once a draft, none right
  after a line that counted the work already (重点是抓好三项工作): :func:`opener_family`,
  :func:`counts_work`.
"""

from __future__ import annotations

import re

from speechdraft.norms import load_lead_frames

_F = load_lead_frames()


def _any(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(map(re.escape, words)) + ")"


# what is done about a present level, said after it (配备率目前为86%，还要在这个基础上继续提高;
# 保持100%，这个成果应当巩固好): a level alone was a line of a table (round am's R), a level in an
# empty frame (这是今年工作的起点) a line that said nothing (round ap's R)
LEVEL_RAISED = _F.level_raised
LEVEL_KEPT = _F.level_kept
STOCK_DUTIES = _F.stock_duties


def stock_duty(held: str) -> str:
    """What is done with the people or things a place has (教研员 → 要把主要精力放在指导
    学校教学上), by the first word of lead_frames.yaml's stock_duties ``held`` says; ""."""
    return next((duty for word, duty in STOCK_DUTIES if word in held), "")


_NOT_A_WORK = re.compile(_any(_F.not_a_work))
_DEED_OPENS = re.compile("^" + _any(_F.deed_openers))
_THEMES = dict(_F.themes)
# the theme alone, as the area's whole name (安全, 学校安全工作, 校园安全管理)
_THEME_NAME = r"^(?:学校|校园|教育系统|全系统)?{}(?:工作|管理)?$"


def forced_area(topic: str, kind: str) -> bool:
    """Whether the area ``topic`` (its lead's subject: 高考工作, 全国教育大会精神贯彻落实工作)
    takes no stock 工作X推进: a meeting, a spirit, an exam, an inspection, a deed done, or
    the kind's own theme."""
    bare = topic.removesuffix("工作")
    if bare.endswith(_F.work_ends):  # 高考综合改革, 督导体系建设: a work
        return False
    if _NOT_A_WORK.search(bare) or _DEED_OPENS.match(bare):
        return True
    theme = _THEMES.get(kind)
    return bool(theme and re.match(_THEME_NAME.format(re.escape(theme)), bare))


def report_subject(evidence: str, first: str) -> str | None:
    """What the achievement's points and figures (``evidence``) report, as a lead's subject
    (教育质量 for a 本科上线率); None where they name none, or where the first thing said
    after the lead opens with it already (…，全市教育质量稳步提升: said twice)."""
    subject = _subject_named(evidence, first)
    if subject is None:
        return None
    stem = subject.removesuffix("水平").removesuffix("成果")
    return None if stem in first[:12] else subject


def claim_of(line: str) -> str | None:
    """The claim a plain review line's words name (教育质量 for a 本科上线率, 办学特色 for a
    特色高中 in its first clause), whatever a lead would say after it; None where they name none."""
    return _subject_named(line, line)


def _subject_named(evidence: str, first: str) -> str | None:
    """The subject the evidence's words name (lead_frames.yaml report_subjects), else the one
    the first clause of ``first`` names (first_clause_subjects); None where neither does."""
    found = [
        (evidence.index(word), subject) for word, subject in _F.report_subjects if word in evidence
    ]
    subjects = {subject for _, subject in found}
    if len(subjects) > 1 and subjects <= _SPREAD_SUBJECTS:
        # two levels' spread in one line (义务教育巩固率…，学前三年毛入园率…): both (round ck's 13,
        # G S — 学前教育普及普惠水平保持稳定 over the compulsory retention rate first)
        return "教育普及水平"
    if found:
        # the measure the line names first leads it, not the list's first word
        return min(found, key=lambda at: at[0])[1]
    # (round bn's 01, 11 and 14, S: 二是高中阶段毛入学率达到96.5%… beside 一是…取得积极进展)
    opening = re.split("[，；。]", first, maxsplit=1)[0]
    return next((subject for word, subject in _F.first_clause_subjects if word in opening), None)


_SPREAD_SUBJECTS = frozenset({"学前教育普及普惠水平", "控辍保学成果", "教育普及成果"})
_NO_WORK = re.compile(_any(_F.no_work_heads))
_PARTS = re.compile(r"[和与及]")


def takes_work(name: str) -> bool:
    """Whether 做好{name}工作 reads: not over a leadership (党的全面领导…)."""
    return not _NO_WORK.search(name)


def part_headings(name: str) -> tuple[str, ...]:
    """A name that takes no 工作 said by its parts' own verbs: 党的全面领导和学校党建 →
    坚持党的全面领导，加强学校党建; () for a name that takes 工作."""
    if takes_work(name):
        return ()
    said = []
    for part in (p for p in _PARTS.split(name) if p):
        verb = next((v for end, v in _F.part_verbs if part.endswith(end)), "抓好")
        said.append(f"{verb}{part}")
    return ("，".join(said),)


_COUNT = "[两三四五六七八九十几]"
_COUNT_WORDS = re.compile(
    rf"(?:{_COUNT}|\}}\}}|⟦count[^⟧]*⟧)\s*(?:项(?:重点)?工作|个方面|项重点工作|件事|项。)"
)


def opener_family(lead: str) -> str:
    """A list lead's family: its words after the last comma, the count left out
    (在具体措施上，重点抓好三件事： and 重点抓好两件事： are one family)."""
    return re.sub(_COUNT, "N", lead.rsplit("，", 1)[-1]).removeprefix("要")


def counts_work(text: str) -> bool:
    """Whether a line counts the work it announces (重点是抓好三项工作, 主要是三项)."""
    return bool(_COUNT_WORDS.search(text))


def counted_by(lead: str, counted: str) -> bool:
    """Whether the line that counted the work (今年着力抓好四个方面的工作) says the list
    lead's verb already (我们将着力抓好两项工作)."""
    family = opener_family(lead)
    verb = family.split("N", 1)[0].removeprefix("我们将")[-4:]
    return len(verb) >= 2 and verb in counted
