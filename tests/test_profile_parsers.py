"""A profile that parses is read through libyaml under the pure-Python composer (issue 13:
reading the profile was a fifth of a draft); the node tree must be the one the pure parser
builds, down to each mark, since every later message is located by it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from speechdraft.intake import yamlfile
from speechdraft.intake.yamlfile import ProfileLoader

PROFILES = sorted((Path(__file__).resolve().parents[1] / "profiles").glob("*.yaml"))

TRICKY = [
    "a: 张三 # 副县长\nb: '引号 # 不是注释'\n",
    "base: &b\n  x: 1\nmore:\n  <<: *b\n  y: 二\n",
    "list: [一, 二, {三: 3}]\nflow: {a: 1.5, b: .inf}\n",
    "text: |\n  第一行\n  第二行\nfolded: >-\n  一\n  二\n",
    "date: 2025-03-12\nratio: 1:13\nmoney: 1_000\noctal: 012\n",
    "empty:\nnull: ~\nyes: yes\n",
    "- 1\n- - 2\n  - 3\n",
]


def tree(node: yaml.Node | None) -> object:
    """Everything a node carries that the profile's walk or its messages read."""
    if node is None:
        return None
    marks = tuple((m.index, m.line, m.column) for m in (node.start_mark, node.end_mark))
    head = (type(node).__name__, node.tag, marks, getattr(node, "style", None))
    if isinstance(node, yaml.ScalarNode):
        return (*head, node.value)
    if isinstance(node, yaml.SequenceNode):
        return (*head, node.flow_style, [tree(item) for item in node.value])
    assert isinstance(node, yaml.MappingNode)
    return (*head, node.flow_style, [(tree(k), tree(v)) for k, v in node.value])


def pure(text: str) -> object:
    loader = ProfileLoader(text)
    try:
        return tree(loader.get_single_node())
    finally:
        loader.dispose()


@pytest.mark.skipif(yamlfile._CParser is None, reason="PyYAML without libyaml")
@pytest.mark.parametrize(
    "text",
    [p.read_text(encoding="utf-8") for p in PROFILES] + TRICKY,
    ids=[p.stem for p in PROFILES] + [f"tricky{i}" for i in range(len(TRICKY))],
)
def test_libyaml_builds_the_very_tree_the_pure_parser_builds(text: str) -> None:
    quick = yamlfile._compose_quickly(text)
    assert quick is not None  # these are plain profiles: the quick way is taken
    node, loader = quick
    try:
        assert tree(node) == pure(text)
        assert loader.construct_document(node) == yaml.load(text, Loader=ProfileLoader)
    finally:
        loader.dispose()


@pytest.mark.parametrize(
    "text", ["a: [1, 2\n", "a: 1\r\nb: 2\r\n", "a: 甲\u2028乙\n", "a: \ufeff1\n", "a: \x07\n"]
)
def test_anything_unusual_is_left_to_the_pure_parser(text: str) -> None:
    assert yamlfile._compose_quickly(text) is None
