"""Length fitting counts each level from its markup (structure.count_markup) and parses
only the level it keeps: the count must be exactly what the parsed Document counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from speechdraft import pipeline
from speechdraft.compose import render
from speechdraft.compose.context import build_context
from speechdraft.compose.structure import count_markup, parse_markup
from speechdraft.markup import LITERAL_CLOSE, LITERAL_OPEN, at_level

ROOT = Path(__file__).resolve().parents[1]
PROFILES = sorted((ROOT / "profiles").glob("*.yaml"))


def literal(text: str) -> str:
    return f"{LITERAL_OPEN}{text}{LITERAL_CLOSE}"


@pytest.mark.parametrize("profile", PROFILES, ids=lambda p: p.stem)
def test_every_level_of_every_example_counts_as_its_parsed_document(profile: Path) -> None:
    loaded = pipeline.validate_profile(profile)
    context = build_context(loaded, pipeline.phrasebank(), None)
    dirs = pipeline.template_dirs(None)
    marked = render.render_speech(context.with_density(pipeline.MAX_DENSITY), dirs, marked=True)
    numbering = context.kind.numbering
    counts = []
    for level in range(pipeline.MIN_DENSITY, pipeline.MAX_DENSITY + 1):
        markup = at_level(marked, level)
        parsed = parse_markup(markup, numbering).char_count()
        assert count_markup(markup, numbering) == parsed, (profile.name, level)
        counts.append(parsed)
    assert counts[0] < counts[-1]  # the levels differ, so the equality is not one number


@pytest.mark.parametrize("numbering", ["standard", "directive"])
def test_tokens_headings_run_ins_and_literals_count_as_parsed(numbering: str) -> None:
    enumerated = "；".join(f"⟦enum⟧第{i}项" for i in range(1, 13))
    markup = "\n".join(
        [
            "@title 在全县教育工作会议上的讲话",
            "@meta 县委副书记　王某",
            "@author 王某",
            "@salutation 同志们：",
            "",
            "下面，我讲⟦count:parts⟧点意见。",
            "",
            "# 第一部分⟦run⟧这部分讲⟦count:sections⟧个方面。",
            "",
            "## 学前教育",
            "",
            f"⟦item⟧新建幼儿园⟦fact:幼儿园数:所⟧，{literal('覆盖率 92% 【待补：园数】')}。",
            "继续写同一段，",
            "  含空格 与\t制表符。",
            "",
            "⟦item⟧再说一段⟦suggest:三月底前⟧。",
            "",
            f"### 1. 三级标题⟦run⟧{enumerated}。",
            "",
            "## 义务教育",
            "",
            "### 另一个三级",
            "",
            "#### 四级标题",
            "",
            f"{literal('⟦enum⟧ 不是标记 # 也不是标题')}结束。",
            "",
            "# 第二部分",
            "",
            "⟦item⟧末段。",
        ]
    )
    document = parse_markup(markup, numbering)
    assert count_markup(markup, numbering) == document.char_count() > 150


@pytest.mark.parametrize(
    "markup",
    [
        "### 跳级的标题\n\n正文。",
        "正文⟦unknown⟧。",
        "正文⟦count:weeks⟧。",
        "讲⟦count:parts⟧点。",  # announced, but no part follows
        "@nonsense 指令",
        f"正文{LITERAL_OPEN}没有结束",
        "@meta 署名⟦oops⟧",
        "一段" + "⟦enum⟧；" * 100,
    ],
)
def test_markup_the_parser_refuses_is_not_counted(markup: str) -> None:
    from speechdraft.errors import TemplateRenderError

    with pytest.raises(TemplateRenderError):
        parse_markup(markup)
    assert count_markup(markup) is None


def test_a_draft_parses_only_the_level_it_keeps(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[str] = []
    real = pipeline.parse_markup

    def parse(markup: str, numbering: str = "standard"):  # type: ignore[no-untyped-def]
        parsed.append(markup)
        return real(markup, numbering)

    monkeypatch.setattr(pipeline, "parse_markup", parse)
    for profile in PROFILES:
        parsed.clear()
        draft = pipeline.build_draft(profile)
        assert len(parsed) == 1, profile.name
        assert real(parsed[0], draft.context.kind.numbering).char_count() == draft.chars
