import pytest

from speechdraft.compose.structure import parse_markup
from speechdraft.document import Heading, Paragraph
from speechdraft.errors import TemplateRenderError

LIT_OPEN, LIT_CLOSE = "\ue000", "\ue001"

MARKUP = """@title 在会上的讲话
@meta 书记　张三
@salutation 同志们：

下面，我讲⟦count:parts⟧点意见。

# 认清形势

形势段落，
续行并入同一段。

# 抓好重点

重点做好⟦count:sections⟧个方面。

## 第一项

⟦enum⟧甲；⟦enum⟧乙。

## 第二项⟦run⟧第二项的正文，数据⟦fact:新建项目数:个⟧。

## 第三项

⟦item⟧要这样。

⟦item⟧要那样。

# 强化保障

结束。
"""


def test_headings_are_numbered_by_level_and_reset_under_each_part() -> None:
    doc = parse_markup(MARKUP)
    assert [h.number + h.title for h in doc.headings(1)] == [
        "一、认清形势",
        "二、抓好重点",
        "三、强化保障",
    ]
    assert [h.number for h in doc.headings(2)] == ["（一）", "（二）", "（三）"]


def test_announced_counts_come_from_the_structure() -> None:
    doc = parse_markup(MARKUP)
    texts = [b.text for b in doc.blocks]
    assert "下面，我讲三点意见。" in texts
    assert "重点做好三个方面。" in texts
    assert [(a.scope, a.count) for a in doc.announcements] == [("parts", 3), ("sections", 3)]


def test_paragraph_lines_join_and_enumerations_count_within_a_paragraph() -> None:
    doc = parse_markup(MARKUP)
    texts = [b.text for b in doc.blocks]
    assert "形势段落，续行并入同一段。" in texts
    assert "一是甲；二是乙。" in texts


def test_items_count_across_paragraphs_under_one_heading() -> None:
    doc = parse_markup(MARKUP)
    texts = [b.text for b in doc.blocks]
    assert "一是要这样。" in texts and "二是要那样。" in texts


def test_run_in_heading_and_placeholder_run() -> None:
    doc = parse_markup(MARKUP)
    second = [h for h in doc.headings(2)][1]
    assert second.title == "第二项"
    assert "".join(r.text for r in second.body) == "第二项的正文，数据【待补：新建项目数（个）】。"
    assert [r.text for r in second.body if r.placeholder] == ["【待补：新建项目数（个）】"]
    assert doc.placeholders() == ["【待补：新建项目数（个）】"]


def test_literal_text_is_never_parsed() -> None:
    markup = f"# 标题\n\n{LIT_OPEN}# 不是标题 ⟦count:parts⟧ {{{{ 7*7 }}}}{LIT_CLOSE}\n"
    doc = parse_markup(markup)
    assert len(list(doc.headings())) == 1
    body = next(b for b in doc.blocks if isinstance(b, Paragraph))
    assert body.text == "# 不是标题 ⟦count:parts⟧ {{ 7*7 }}"


def test_outline_scheme_numbers_parts_as_yi_yao() -> None:
    doc = parse_markup("# 提高站位\n\n# 狠抓落实\n", numbering="directive")
    assert [h.number + h.title for h in doc.headings()] == ["一要提高站位", "二要狠抓落实"]


def test_removing_a_section_renumbers_and_recounts() -> None:
    shorter = MARKUP.replace("## 第三项\n\n⟦item⟧要这样。\n\n⟦item⟧要那样。\n\n", "")
    doc = parse_markup(shorter)
    assert [h.number for h in doc.headings(2)] == ["（一）", "（二）"]
    assert "重点做好两个方面。" in [b.text for b in doc.blocks]  # a count says 两, not 二


def test_level_jump_is_a_template_error() -> None:
    with pytest.raises(TemplateRenderError, match="层级跳跃"):
        parse_markup("# 一\n\n### 跳到第三级\n")


def test_count_with_nothing_to_count_is_a_template_error() -> None:
    with pytest.raises(TemplateRenderError):
        parse_markup("下面，我讲⟦count:parts⟧点意见。\n")


def test_blocks_keep_their_types() -> None:
    doc = parse_markup(MARKUP)
    assert isinstance(doc.blocks[0], Paragraph) and doc.blocks[0].role == "salutation"
    assert any(isinstance(b, Heading) and b.level == 2 for b in doc.blocks)
