"""Ideas the frames and safeguards said more than once a draft (issue 11, round i's D).

Kept apart from ``restate.IDEAS`` (the areas' ideas) so that the frames' owner and the areas'
owner can add to theirs at the same time; ``restate.ideas_in`` reads both lists. Each entry
is a name (for reading only) and the wordings that say the idea: a draft says it once.
"""

from __future__ import annotations

import re

FRAME_IDEAS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        # 这些成绩，是各成员单位共同努力的结果 beside 成绩的取得，离不开各成员单位的鼎力支持
        (
            "members_credit",
            r"成员单位共同努力|离不开各成员单位|成员单位的(?:鼎力)?支持|部门协同的力量",
        ),
        # the group as a platform, a 抓手, not a name on a door: the opening says it
        ("group_platform", r"重要平台|重要抓手|挂名|用好这个平台|统筹协调平台"),
        # being inspected and taking every finding: one pledge a draft (照单全收 twice)
        ("take_findings", r"接受督导|照单全收|督导到哪里"),
        # 请大家抓好落实 after the endorsement, in a part and again in the closing
        ("carry_it_out", r"抓好(?:贯彻)?落实|抓好会议精神的落实"),
        # 亲自研究、亲自部署、亲自协调 in the closing part and again in a safeguard
        ("personally", r"亲自(?:研究|部署|协调|过问)"),
        ("hard_won", r"来之不易"),
        # 做学习型教师 and 做终身学习的表率 as two hopes of one list (round l's D)
        ("lifelong_learning", r"终身学习|学习型教师"),
        # 以爱育爱 and 做学生的贴心人 as two hopes of one list (round l's D)
        ("students_confidant", r"以爱育爱|知心朋友|贴心人"),
        # a thanks to the members said once: the review's credit, not again at the close
        ("members_thanked", r"一并表示感谢"),
    )
)
