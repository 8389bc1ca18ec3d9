"""Finding the specifics in a text: numbers, percentages, deadlines, frequencies, quotas,
response times and claimed events. A draft may state one only when it has a source (the
profile, a national rule in norms/rules.yaml, or a visible 【建议：…】 mark): this module
finds them so that the phrase bank, the tests and ``check`` can ask where each came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN = "一二两三四五六七八九十百千万"
_NUM = rf"(?:\d+(?:\.\d+)?|[{_CN}]+分之[{_CN}]+|[{_CN}]+)"
_PERIOD = r"(?:天|日|周|两周|月|季度|季|学期|学年|年|半年)"
# A quantity keeps its unit: 不少于12学时, not 不少于12.
_UNIT = (
    r"(?:%|％|个百分点|课时|学时|小时|分钟|节|批次|次|人次|名|人|所|个月|个|项|天|周|期|组|家"
    r"|万元|亿元|元|岁|倍|套|台|间|平方米|米|公里)?"
)

# (kind, pattern) — the kind names what a clerk must confirm.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("期限", rf"(?:{_NUM}|[上下本])?月(?:底|末|中旬|上旬|下旬|份)?(?:前|之前)"),
    ("期限", r"(?:年底|年末|年中|上半年|学期末|期末)(?:前|之前)"),
    (
        "期限",
        r"(?:寒假|暑假|寒暑假|开学|秋季开学|春季开学|教师节|汛期|春节|国庆|中考|高考)(?:前|之前)|教师节期间",
    ),
    ("期限", rf"{_NUM}(?:个)?(?:工作日|小时|日|天|周|个月|年)(?:以)?内"),
    ("期限", r"当日(?:受理|办结|报告|处置)|当天(?:受理|办结|报告|处置)"),
    ("频次", rf"每{_PERIOD}[^，。；：、]{{0,12}}?{_NUM}次"),
    ("频次", rf"一{_PERIOD}一(?:[调通督研会检排考总报评分巡]\w?)"),
    (
        "频次",
        rf"(?:按|每){_PERIOD}(?:报送|通报|调度|拨付|到位|检查|督查|会商|排查|考核|分析|更新|召开|开展|组织|公示)",
    ),
    ("频次", rf"(?:连续|累计){_NUM}次"),
    (
        "数量",
        rf"(?:不少于|不低于|不超过|不高于|至少|低于|高于|超过|达到|提高到|控制在){_NUM}{_UNIT}",
    ),
    ("数量", rf"[{_CN}]分之[{_CN}]|占[{_CN}]成"),
    ("数字", rf"\d+(?:\.\d+)?(?:至\d+)?{_UNIT}(?:以上|以内)?"),
    (
        "事件",
        r"多次(?:征求|召开|研究|调研|督查|修改)|征求了[^，。；]{0,8}意见|个别(?:单位|学校|部门|乡镇|同志)",
    ),
)

_SPECIFIC = re.compile("|".join(f"(?P<k{i}>{p})" for i, (_, p) in enumerate(_PATTERNS)))

# Numbers that are dates or names, not commitments: years, 第N个教师节, plan names.
_NOT_SPECIFIC = re.compile(
    r"(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d(?=年|—|－|-)|(?<=[—－-])(?:19|20)\d\d|现代化2035|第\d+个教师节|12345|5\+2"
)


@dataclass(frozen=True)
class Specific:
    kind: str  # 期限 频次 数量 数字 事件
    text: str
    start: int
    end: int


def mask_dates(text: str) -> str:
    """Years, dates and names with digits blanked out (□), positions kept."""
    return _NOT_SPECIFIC.sub(lambda m: "□" * len(m.group()), text)


def find_specifics(text: str) -> list[Specific]:
    """Every specific in ``text``, in order; dates and years are not specifics."""
    masked = mask_dates(text)
    found = []
    for match in _SPECIFIC.finditer(masked):
        index = int((match.lastgroup or "k0")[1:])
        found.append(
            Specific(_PATTERNS[index][0], text[match.start() : match.end()], *match.span())
        )
    return found
