"""Quantities and dates a clerk wrote in words, in digits as the draft's others (rounds bl, bm
and bn's R lines: 四十三场 beside 1100余户, 十二点一年 beside 96.5%, 三月十五日前 beside 120名;
stop 62). Every case but the guards fails on 1c620545."""

from __future__ import annotations

import pytest

from speechdraft.numerals import arabic_quantities, turned_quantities


@pytest.mark.parametrize(
    ("written", "said"),
    [
        (
            "寒假送教下乡活动开展三十七场，走访学生家庭860余户",
            "寒假送教下乡活动开展37场，走访学生家庭860余户",
        ),
        ("在危险水域设立警示牌五十二块", "在危险水域设立警示牌52块"),
        ("平均受教育年限达到十一点八年", "平均受教育年限达到11.8年"),
        ("比规划目标高零点三年", "比规划目标高0.3年"),
        ("两千四百多名家长签收了告知书", "2400多名家长签收了告知书"),
        ("新增省级一流专业点三十一个，规模达到4.2万人", "新增省级一流专业点31个，规模达到4.2万人"),
        ("四月二十日前报市教育局", "4月20日前报市教育局"),
        ("十月底前完成验收", "10月底前完成验收"),
        ("去年十二月通过省级评估", "去年12月通过省级评估"),
        ("二〇二四年九月上旬开学", "2024年9月上旬开学"),
        # guards: fixed expressions, a season's words, a month without its day
        ("十年树人，百年树人", "十年树人，百年树人"),
        ("阳春三月，正是植树的好时节", "阳春三月，正是植树的好时节"),
        ("三十多年如一日扎根乡村", "三十多年如一日扎根乡村"),
        ("十月投入使用", "十月投入使用"),
        ("第四十个教师节", "第四十个教师节"),
    ],
)
def test_words_become_digits(written: str, said: str) -> None:
    assert arabic_quantities(written) == said


def test_the_clerk_is_told_what_was_turned() -> None:
    turned = dict(turned_quantities("四月二十日前完成，开展三十七场"))
    assert turned == {"四月二十日": "4月20日", "三十七场": "37场"}
