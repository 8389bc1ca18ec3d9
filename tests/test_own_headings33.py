"""Headings made from the clerk's own name (render.own_headings), as round ar's readers asked:
（一）切实弘扬传达贯彻会议精神 (弘扬 over a name with its own verb), （一）进一步督查检查 (no verb),
三是要扎实做好成员单位职责工作 (a column's name pasted into 做好…工作)."""

from __future__ import annotations

import pytest

from speechdraft.compose.render import own_headings


@pytest.mark.parametrize(
    ("label", "starts"),
    [
        ("传达贯彻会议精神", ("认真", "切实", "及时")),
        ("督查检查", ("加强", "强化", "切实加强")),
        ("督办", ("加强", "强化", "切实加强")),
        ("成员单位职责", ("压实", "落实", "履行好")),
    ],
)
def test_a_name_gets_the_verb_it_takes(label: str, starts: tuple[str, ...]) -> None:
    said = own_headings(label, 2032)
    assert said == tuple(start + label for start in starts)
    assert not any(
        h.startswith(("弘扬", "进一步督", "切实督")) or h.endswith("职责工作") for h in said
    )


def test_a_spirit_named_alone_is_still_carried_forward() -> None:
    assert own_headings("教育家精神", 2032)[0] == "弘扬教育家精神"
    assert own_headings("学习教育家精神", 2032)[0] == "深入学习教育家精神"
