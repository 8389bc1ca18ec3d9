"""Length fitting from one render (issue 13): the speech is rendered once at the highest
level with every length-dependent piece marked with its level, and each level's draft is
that markup with the higher pieces left out."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from speechdraft import pipeline
from speechdraft.compose import render
from speechdraft.compose.context import build_context
from speechdraft.compose.gates import LengthGates
from speechdraft.compose.structure import parse_markup
from speechdraft.markup import GATE_CLOSE, at_level, gate, gate_below
from speechdraft.resources import builtin_templates_dir


def test_pieces_are_kept_or_left_out_by_level_nested_and_below() -> None:
    markup = "甲" + gate(2, "乙" + gate(5, "丙") + "丁") + gate(-99, "戊") + gate_below(3, "己")
    assert at_level(markup, -2) == "甲戊己"
    assert at_level(markup, 2) == "甲乙丁戊己"
    assert at_level(markup, 3) == "甲乙丁戊"
    assert at_level(markup, 5) == "甲乙丙丁戊"
    assert at_level("甲" + GATE_CLOSE + "乙", 0) == "甲乙"  # a stray close is ignored
    assert gate(4, "") == "" and at_level("无标记", 0) == "无标记"


def gated_environment() -> jinja2.Environment:
    return jinja2.Environment(trim_blocks=True, lstrip_blocks=True, extensions=[LengthGates])


def calls(marked: bool, density: int) -> dict[str, object]:
    return {
        "_gate_at": lambda n: marked or density >= n,
        "_gate_open": lambda n: f"<{n}>" if marked else "",
        "_gate_close": lambda: "</>" if marked else "",
    }


SOURCE = """开头。
{% if c.density >= 2 %}
二级才说。
{% if c.density >= -1 %}嵌套{% endif %}
{% endif %}
{% for x in xs %}{{ x }}{% else %}空{% endfor %}
{% if c.density >= 4 %}有else{% else %}无{% endif %}
结尾。
"""


@pytest.mark.parametrize("density", [-2, 1, 2, 4])
def test_a_rewritten_condition_renders_exactly_as_before(density: int) -> None:
    """Jinja's whitespace handling (trim_blocks, lstrip_blocks) runs before the rewrite, so
    not a blank or a line break changes in a normal render."""
    context = {"c": {"density": density}, "xs": ["一", "二"]}
    plain = jinja2.Environment(trim_blocks=True, lstrip_blocks=True).from_string(SOURCE)
    rewritten = gated_environment().from_string(SOURCE)
    assert rewritten.render(**context, **calls(False, density)) == plain.render(**context)


def test_the_marked_render_wraps_each_length_block_in_its_level() -> None:
    template = gated_environment().from_string(SOURCE)
    marked = template.render(c={"density": 8}, xs=[], **calls(True, 8))
    assert "<2>二级才说。\n<-1>嵌套</></>" in marked
    assert "<4>" not in marked and "有else" in marked  # an if with else is left as it was
    assert "空" in marked  # a for-loop's else is not mistaken for the if's


def test_every_length_condition_of_the_builtin_templates_is_rewritten() -> None:
    """No built-in template asks for the level in a form the markers do not cover, so one
    render is enough for every built-in kind."""
    env = gated_environment()
    folder = builtin_templates_dir() / "kinds"
    left = []
    for path in sorted(folder.glob("*.j2")):
        source = path.read_text(encoding="utf-8")
        tokens = list(env._tokenize(source, path.name))  # the filtered stream Jinja parses
        if any(t.type == "name" and t.value == "density" for t in tokens):
            left.append(path.name)
        assert source.count("c.density >= ") == sum(
            1 for t in tokens if t.type == "name" and t.value == "_gate_open"
        ), path.name
    assert left == []
    phrases = builtin_templates_dir() / "phrases"
    assert not [p for p in phrases.rglob("*.yaml") if "density" in p.read_text(encoding="utf-8")]


def context_of(name: str) -> tuple[object, tuple[Path, ...]]:
    loaded = pipeline.validate_profile(Path("profiles") / name)
    return build_context(loaded, pipeline.phrasebank(), None), pipeline.template_dirs(None)


@pytest.mark.parametrize("name", ["county-leader-2025.yaml", "province-safety-2028.yaml"])
def test_each_level_from_the_one_render_is_the_draft_of_that_level(name: str) -> None:
    """Cut from the marked render, each level says what rendering that level says (the
    wording may differ where a higher piece took a suggestion; the length may not drift)."""
    context, dirs = context_of(name)
    marked = render.render_speech(context.with_density(8), dirs, marked=True)  # type: ignore[attr-defined]
    lengths = []
    for density in range(-2, 9):
        one = parse_markup(at_level(marked, density), context.kind.numbering)  # type: ignore[attr-defined]
        own = render.render_speech(context.with_density(density), dirs)  # type: ignore[attr-defined]
        alone = parse_markup(own, context.kind.numbering)  # type: ignore[attr-defined]
        assert abs(one.char_count() - alone.char_count()) <= 20, density
        lengths.append(one.char_count())
    assert lengths == sorted(lengths) and lengths[0] < lengths[-1]


def test_a_draft_takes_one_render_and_user_templates_one_per_level(
    monkeypatch, tmp_path: Path
) -> None:
    renders: list[bool] = []
    real = pipeline.render_speech

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        renders.append(kwargs.get("marked", False))
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "render_speech", counted)
    draft = pipeline.build_draft(Path("profiles/district-report-2026.yaml"))
    assert renders == [True]
    # fitted in that one render: within 15 % of the length, or short with the note asking for
    # content (the frames pad no more: test_genre.test_length_within_15_percent)
    target = draft.context.target_chars
    assert draft.chars <= 1.15 * target
    assert draft.chars >= 0.85 * target or any("篇幅目标" in n for n in draft.notes)
    mine = tmp_path / "mine"
    (mine / "kinds").mkdir(parents=True)
    renders.clear()
    pipeline.build_draft(Path("profiles/district-report-2026.yaml"), templates=mine)
    assert len(renders) >= 2 and not any(renders)  # fitted by rendering level by level


def test_profile_text_cannot_open_or_close_a_piece() -> None:
    value = "县里的" + gate(9, "秘密") + "话" + gate_below(2, "") + "\ue004"
    assert render.literal(value) == "\ue000县里的秘密话\ue001"


def test_a_batch_prepares_what_its_workers_share_and_leaves_problems_to_them(
    tmp_path: Path,
) -> None:
    from speechdraft.compose.sandbox import make_environment

    pipeline.prepare_batch()
    env = make_environment(pipeline.template_dirs(None), render._finalize)
    loaded = set(env.cache._mapping) if env.cache is not None else set()  # type: ignore[attr-defined]
    assert {"kinds/work_report.j2", "kinds/_priorities.j2"} <= {key[1] for key in loaded}
    pipeline.prepare_batch(tmp_path / "没有这个文件夹")  # no exception: each draft reports it
