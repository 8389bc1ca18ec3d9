"""What a section heading promises its body will speak of (round y's S).

Readers of round y marked stock headings over bodies about something else: 强化结果运用 over
lines on who owns the rectification, 打破条块分割 over lines on helping teachers, 抓实支部建设
over 党史学习教育. A heading's promise is the thing its first clause names once the leading
verb is set aside (结果运用 of 强化结果运用, 条块分割 of 打破条块分割); the body keeps it when one
of its sentences says a two-character run of that thing that is not a word any section says
(工作, 合力, 水平…). ``promised_terms`` reads the runs; ``keeps`` tells whether a text says one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from speechdraft.wordanswers import per_wording

# Two-character runs that name no particular thing: what any section's heading may say of
# its work (工作, 合力, 质量…), or runs across two words (作合 of 工作合力) that no sentence
# would say anyway, or halves of a verb or a place word.
_GENERIC_WORDS = (
    "工作 合力 格局 水平 能力 质量 作用 力度 氛围 环境 保障 落实 责任 机制 体系 管理 建设 发展 "
    "教育 学校 全面 各项 重点 任务 实效 成效 效果 提升 提高 推进 推动 加强 强化 完善 健全 深化 "
    "基础 底线 短板 高质 质量 优质 均衡 关键 环节 要求 部署 措施 举措 大局 全局 事业 人民 满意 "
    "师生 学生 教师 孩子 群众 我们 各方 社会 一流 新的 新局 局面 更加 进一步 持续 不断 着力 队伍 "
    "切实 扎实 认真 积极 主动 统筹 协调 支持 关心 工作 一线 基层 全县 全市 全区 全省 全旗 全州 "
    "成果 校园 运动 活动 服务 相关 有关 方面 领域 专项 行动 计划 政策 问题"
)
_GENERIC = frozenset(_GENERIC_WORDS.split())
_GENERIC_BY_LENGTH = sorted(_GENERIC, key=len, reverse=True)
# The verbs a heading opens with: its first two characters when they are one of these.
_LEAD_VERB = re.compile(
    r"^(?:加强|强化|抓实|抓好|抓牢|抓细|做好|做实|做优|做强|推进|推动|深化|完善|健全|落实|压实|"
    r"打破|凝聚|锁定|明确|提升|提高|突出|聚焦|坚持|筑牢|织密|守牢|守好|守住|把牢|严格|规范|"
    r"优化|拓展|夯实|巩固|扩大|办好|建好|用好|管好|补齐|加快|统筹|营造|构建|打造|激发|树立|"
    r"弘扬|涵养|锻造|增强|注重|发挥|创新|改进|转变|聚力|狠抓|精简|减轻|确保|持续|全面|切实|"
    r"扎实|认真|着力|大力|积极|进一步|"
    # round ag's S: 严明纪律规矩 over no 纪律, 紧盯消防和校舍安全 over fire alone, 选树先进典型
    # and 搭建成长平台 over other lines read as verbless, so as promising nothing
    r"严明|严守|严把|严控|严查|严肃|紧盯|选树|搭建|建强|配齐|配足|配好|扩充|改善|稳住|关心|关爱|"
    r"关注|引导|讲好|深入|落细|畅通|发扬|实施|用活|善用|铸牢|化解|普及|强健|坚守|对标|对接|兑现|"
    r"推广|开好|遵循|回应|大兴|精心|稳步|稳妥)+"
)
_HAN = re.compile(r"[\u4e00-\u9fff]+")


# 以一体化管理带动教学点提质: the thing is what 以 brings in
_BY_MEANS = re.compile(r"^以(.+?)(?:带动|推动|促进|引领|助推|提升|为|来)")


# asked of every heading a family offers, for every section of every draft: the same few
# hundred bank headings, and the clerk's titles (bounded for the long-running web app)
@lru_cache(maxsize=4096)
@per_wording("promised_terms", frozenset(), headings=True)
def promised_terms(heading: str, whole: bool = False) -> frozenset[str]:
    """The two-character runs of the thing a heading's first clause names (结果, 运用 of
    强化结果运用; 一体化 of 以一体化管理带动…), less those any section says (工作, 合力); empty
    for a heading that names nothing in particular (凝聚工作合力) or, unless ``whole`` (a
    clerk's own title: 校园足球和冰雪运动), one with no verb before its thing."""
    clause = re.split(r"[，,：:；]", heading, maxsplit=1)[0]
    means = _BY_MEANS.match(clause)
    thing = means.group(1) if means else _LEAD_VERB.sub("", clause)
    if thing == clause and not whole:  # no verb: the heading is the thing, not a promise
        return frozenset()
    for word in _GENERIC_BY_LENGTH:  # a word any section says is no part of the thing
        thing = thing.replace(word, "|")
    runs = {run[i : i + 2] for run in _HAN.findall(thing) for i in range(len(run) - 1)}
    return frozenset(r for r in runs if not set(r) & set("的和与及之等"))


# the things a heading's first clause names side by side: 消防 and 校舍安全 of 紧盯消防和
# 校舍安全, 学位 and 招生 of 扩充学位、规范招生
_SIDE_BY_SIDE = re.compile(r"[和与及、]")


@lru_cache(maxsize=4096)
def promised_parts(heading: str) -> tuple[frozenset[str], ...]:
    """The promise of each thing a heading's first clause names side by side (round ag's
    S: 紧盯消防和校舍安全 over lines on fire alone): each one's runs, as ``promised_terms``
    reads them; one part (its whole promise) where the clause names one thing, none where
    it promises nothing."""
    whole = promised_terms(heading)
    if not whole:
        return ()
    clause = re.split(r"[，,：:；]", heading, maxsplit=1)[0]
    if _BY_MEANS.match(clause):
        return (whole,)
    thing = _LEAD_VERB.sub("", clause)
    # 安全 of 校舍安全 is what every line of a safety section says: the part is 校舍
    parts = tuple(
        terms
        for part in _SIDE_BY_SIDE.split(thing)
        if (terms := promised_terms(_LEAD_VERB.sub("", part).replace("安全", "|"), whole=True))
    )
    return parts if len(parts) > 1 else (whole,)


def keeps_all(parts: tuple[frozenset[str], ...], texts: Iterable[str]) -> bool:
    """Whether the texts say something of every part (``promised_parts``)."""
    said = tuple(texts)
    return all(keeps(terms, said) for terms in parts)


def keeps(terms: frozenset[str], texts: Iterable[str]) -> bool:
    """Whether any of the texts says one of the terms (no terms: nothing to keep)."""
    if not terms:
        return True
    return any(term in text for text in texts for term in terms)


@lru_cache(maxsize=32768)  # a heading's terms against a bank wording: the same pairs every draft
def says(terms: frozenset[str], text: str) -> bool:
    """``keeps(terms, (text,))``, kept for the process (asked some 450 times a draft)."""
    return keeps(terms, (text,))
