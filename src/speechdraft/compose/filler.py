"""Filler: a sentence that asks nobody to do anything (issue 11, readers' E).

Round x's readers struck lines a leader need not say: an aphorism or a comment with no
actor and no demand (教师队伍的形象，是由每一位教师的日常言行塑造的; 孩子会说普通话，将来
求学、就业、融入社会的路就更宽), or a judgement of what a measure is worth that asks for
nothing (到学校去有没有成效，要看学校的难题解决了几件; 部门协同的成效，要体现在…上). One such
line opening a section reads as speech; two in a section, or one beside the clerk's own
points, read as padding. The renderer says at most FILLER_A_SECTION of them a section, and
beside the clerk's points only a line saying what the task means, no judgement (render.py);
these tests of shape are what it asks, and scripts/idea_pairs.py --filler counts them in
rendered drafts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from speechdraft.wordanswers import per_wording

FILLER_A_SECTION = 1
# The slots of a section's units that may be filler: what a thing means (open), how its
# result is judged (check), a closing word (close). A measure, a target or a duty asks.
FILLER_SLOTS = frozenset({"open", "check", "close"})

_TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
# A clause that asks for something: a modal, a ban, a pledge, an appeal, a verb a demand
# opens with. 要看/要体现在 judge, they do not ask; 将来 is a time, not a pledge.
_DEMAND = re.compile(
    r"要(?!看|体现|靠)|必须|务必|应当|应该|不得|严禁|禁止|一律|决不|绝不|(?<!能)不能|不要|不准|坚决|可以"
    r"|确保|请|希望|我们将|将(?!来)|力争|需要|负责|牵头|一起$|让我们|谢谢|感谢|致敬|祝|讲到这里"
    r"|一件一件|一个一个|逐项|逐一|抓起|^同志们"
    r"|讲这几点|讲这些|^(?:[一二三四五六七八九十]是|对[^，。；]{1,20}?)?(?:坚持|推动|推进|加强|建立|健全|完善|落实|实行|实施|开展|做好|抓好|把|深化|强化|扩大|严格"
    r"|统筹|支持|鼓励|持续|全面|着力|积极|认真|切实|进一步|引导|组织|督促|指导|配齐|保障|提高"
    r"|用好|管好|办好|建好|守住|压实|关心|关爱|弘扬|营造|加快|做到|探索|发挥|完成|及时|定期"
    r"|推广|检查|排查|查处|严肃|规范|整治|清理|核查|按标准|按照|依法|守好|守护|畅通|筑牢|织密"
    r"|通过|推行|借助|注重|依托|围绕|面向|以|用|多|少|早|先|关注|逐户|巩固|合理|稳妥|公开|选树|选拔"
    r"|帮助|整合|盘活|优化|调整|补齐|配足|开齐|创造|建设|改善|防止|杜绝|避免|及早|资助|重点)"
)
# A judgement that asks nothing: what a thing is worth, what it shows, what it depends on.
_JUDGEMENT = re.compile(
    r"要看|就看|看的是|关键看|体现在|关系到|牵动着|取决于|离不开|已经成为|路就更|就多了一条"
    r"|是[^，。；]{1,16}的(?:前提|基础|本钱|底色|标尺|试金石|根本|关键|样子|未来|希望)"
    r"|不是[^，。；]{1,18}而是|看在眼里|记在心上|容不得"
)
# Admonitions empty wherever they stand (round y and z's E): a maxim of the work in general
# (抓落实，说到底是抓责任; 教育的事，件件连着民心), a method said of nothing (不能头痛医头; 条件
# 成熟的…抓紧推开; 重点工作和日常工作两手抓), a pledge to solve the problems just listed with
# nothing in it (拿出过硬措施，切实加以解决). They name no topic of the meeting and would fit any
# speech; a wording holding one is said only where nothing else is (is_empty).
_EMPTY = re.compile(
    r"件件连着民心|抓落实，说到底是抓责任|抓落实归根到底是抓责任|拿出过硬措施|切实加以解决"
    r"|不搞形式主义，让每一项工作|客观看待，取得的经验|一以贯之地抓下去|换个说法就换个做法"
    r"|条件成熟的任务要抓紧推开|重点工作和日常工作两手抓|头痛医头|功夫要下在课堂上"
    r"|来之不易，要继续巩固|为做好今年的工作打下了基础|抓住了重点，就抓住了全局"
    r"|重点工作往往也是难点工作|抓重点不是不顾其他|长大了更懂得珍惜"
    # round aa (read at eb75d73)
    r"|看责任是否落实、成效是否明显|检验交通安全工作，要到校门口|时间和空间都拓展了"
    r"|这件好事办好、办实、办长久|只要方向对、措施实|先易后难、分类施策|绩效评价的每一个结论"
    r"|抓教育项目，就是抓办学条件|连接各族群众的共同纽带|重点工作就?要重点抓|学校食堂必须管严管实"
    r"|以会议落实会议"
)
# A sentence with a figure or a 【待补】 carries the clerk's fact: never filler.
_FACT = re.compile(r"[0-9０-９%]|【")
_FACT_CALL = re.compile(r"\{\{[^}]*\b(?:fact|norm|placeholder)\(")


@lru_cache(maxsize=16384)
@per_wording("filler", False)
def is_filler(text: str) -> bool:
    """Whether ``text`` (template code read as a place word) asks nobody to do anything:
    a comment or a judgement, no demand in any clause, no figure."""
    plain = _TEMPLATE_CODE.sub("全县", text)
    if _FACT.search(plain) or _FACT_CALL.search(text):
        return False
    clauses = re.split(r"[，。；：！？]", plain)
    return not any(_DEMAND.search(clause.strip()) for clause in clauses if clause.strip())


@lru_cache(maxsize=16384)
@per_wording("judgement", False)
def is_judgement(text: str) -> bool:
    """A filler line that judges (要看…, 体现在…, 是…的前提): the weakest kind."""
    return is_filler(text) and bool(_JUDGEMENT.search(_TEMPLATE_CODE.sub("全县", text)))


@lru_cache(maxsize=16384)
def is_empty(text: str) -> bool:
    """A wording holding an admonition empty wherever it stands (_EMPTY): a frame's slot
    says another unit where it has one, a line said only in longer drafts waits for the
    longest, and a unit says another of its wordings. (A section's units are not left out
    for it: a rich 30-minute report then fell short of its length.)"""
    plain = _TEMPLATE_CODE.sub("全县", text)
    return bool(_EMPTY.search(plain)) and not (_FACT.search(plain) or _FACT_CALL.search(text))
