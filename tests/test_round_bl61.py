"""Round bl's lines (heldout-74 and heldout-75, rendered at 372c2ebb, read blind:
docs/review/2026-12-06bl) fixed in stop 61 after the round was read. Every test function fails
on 372c2ebb."""

from __future__ import annotations

import pytest


def _clause(text: str) -> str:
    from speechdraft.compose.context import _clause as said

    return said(text)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a table pasted with bars (round bl's 20, G: 我们将确保项目名称 ， 总投资 ， …)
        (
            "项目名称 | 总投资 | 新增学位 | 完成时限；区第十三小学 | 1.35亿元 | 2160个 | 2017年8月",
            "区第十三小学总投资1.35亿元，新增学位2160个，要在2017年8月底前完成",
        ),
        # a state column that says itself (round bl's 19 and 24, G: …方面，已完成，…)
        (
            "序号1，项目：城区学校集团化办学全覆盖，完成情况：已完成，城区学校全部纳入教育集团",
            "城区学校集团化办学全覆盖已完成，城区学校全部纳入教育集团",
        ),
        (
            "序号2，项目：乡村学校结对帮扶，完成情况：基本完成，还有9所学校未结对",
            "乡村学校结对帮扶基本完成，还有9所学校未结对",
        ),
        (
            "序号5，项目：县域义务教育优质均衡发展，完成情况：2035年10月通过国家督导评估认定",
            "县域义务教育优质均衡发展于2035年10月通过国家督导评估认定",
        ),
    ],
)
def test_a_forms_rows_are_said_as_speech(typed: str, said: str) -> None:
    assert _clause(typed) == said


def test_a_purpose_note_in_an_item_is_said_as_done() -> None:
    """通报了…典型案例，警示教育； (round bl's 09 and 23, G)."""
    from speechdraft.compose.occasion import recap

    said = recap(["厅安全处负责同志通报了近期学校安全事故典型案例（警示教育）"], "副主席")
    assert said.endswith("典型案例，进行了警示教育"), said


@pytest.mark.parametrize(
    ("point", "said"),
    [
        # (round bl's 19, G: 要确保3月底前，各县（市、区）把…)
        (
            "3月底前，各县（市、区）把刚签的目标责任书分解到每所学校",
            "3月底前，各县（市、区）要把刚签的目标责任书分解到每所学校",
        ),
        # (round bl's 19, G: 要确保9所…学校，4月15日前全部纳入…)
        (
            "9所还没有结对的乡村小规模学校，4月15日前全部纳入城区教育集团",
            "9所还没有结对的乡村小规模学校要在4月15日前全部纳入城区教育集团",
        ),
        # (round bl's 23, G: 宿舍消防要检查国庆前全部完成)
        (
            "高校宿舍消防检查国庆前全部完成，严禁私拉乱接电线",
            "高校宿舍消防检查要在国庆前全部完成，严禁私拉乱接电线",
        ),
        # a school's own row with 要在 (round bl's 20, G: 我们将确保区第十三小学总投资…)
        (
            "区第十三小学总投资1.35亿元，新增学位2160个，要在2017年8月底前完成",
            "区第十三小学总投资1.35亿元，新增学位2160个，要在2017年8月底前完成",
        ),
    ],
)
@pytest.mark.parametrize("bureau", [False, True])
def test_a_date_goes_with_its_doer(point: str, said: str, bureau: bool) -> None:
    from speechdraft.compose.weave import charge

    assert charge(point, bureau) == said
