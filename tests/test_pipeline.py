"""Draft-level invariants: counts, numbering, level words, years, placeholders, literals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from numbering_support import alone_under_parent
from point_support import is_said
from speechdraft.document import Heading
from speechdraft.genre import KINDS, LEVELS
from speechdraft.lexicon import foreign_level_words
from speechdraft.pipeline import Draft, build_draft
from speechdraft.writers.text import to_text


def headings_in_parts(draft: Draft) -> list[int]:
    """Number of second-level headings under each top-level part."""
    counts: list[int] = []
    for block in draft.document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            counts.append(0)
        elif isinstance(block, Heading) and block.level == 2:
            counts[-1] += 1
    return counts


def assert_counts_true(draft: Draft) -> None:
    document = draft.document
    parts = list(document.headings(1))
    per_part = headings_in_parts(draft)
    assert document.announcements, "every draft announces at least its parts"
    for announcement in document.announcements:
        if announcement.scope == "parts":
            assert announcement.count == len(parts)
        else:
            part_index = (
                sum(
                    1
                    for b in document.blocks[: announcement.paragraph + 1]
                    if isinstance(b, Heading) and b.level == 1
                )
                - 1
            )
            assert announcement.count == per_part[part_index]


def assert_numbering_has_no_gaps(draft: Draft) -> None:
    from speechdraft.numbering import heading_number

    counters = [0, 0, 0, 0]
    headings = list(draft.document.headings())
    for index, heading in enumerate(headings):
        counters[heading.level - 1] += 1
        counters[heading.level :] = [0] * (4 - heading.level)
        expected = heading_number(
            draft.document.numbering, heading.level, counters[heading.level - 1]
        )
        assert heading.number == ("" if alone_under_parent(headings, index) else expected)


def test_removing_a_priority_renumbers_and_keeps_counts_true(write_profile) -> None:
    full = build_draft(write_profile())
    fewer = build_draft(write_profile(priorities=[{"area": "项目建设"}, {"area": "校园安全"}]))
    assert headings_in_parts(full)[1] == 3 and headings_in_parts(fewer)[1] == 2
    # the tasks' lead (a frames unit, worded by the seed) counts the sections it announces
    assert "三个方面" in full.document.body_text()
    assert "两个方面" in fewer.document.body_text()
    for draft in (full, fewer):
        assert_counts_true(draft)
        assert_numbering_has_no_gaps(draft)


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("level", sorted(LEVELS))
def test_every_kind_and_level_uses_only_its_own_place_words(
    write_profile, kind: str, level: str
) -> None:
    draft = build_draft(write_profile(kind=kind, region={"level": level, "name": None}))
    text = draft.document.body_text() + draft.document.title
    words = LEVELS[level]
    assert words.all in text or words.our in text or words.party in text
    found = sorted(w for w in foreign_level_words(level) if w in text)
    assert found == [], f"{kind}/{level}: foreign words {found}"
    assert_counts_true(draft)
    assert_numbering_has_no_gaps(draft)


@pytest.mark.parametrize(
    ("level", "party_gov", "strong"),
    [
        ("county", "县委、县政府", "教育强县"),
        ("district", "区委、区政府", "教育强区"),
        ("city", "市委、市政府", "教育强市"),
        ("banner", "旗委、旗政府", "教育强旗"),
        ("prefecture", "州委、州政府", "教育强州"),
        ("province", "省委、省政府", "教育强省"),
        ("autonomous_region", "自治区党委、自治区人民政府", "教育强区"),
    ],
)
def test_level_words_in_the_leader_speech(
    write_profile, level: str, party_gov: str, strong: str
) -> None:
    path = write_profile(region={"level": level})
    texts = [to_text(build_draft(path, seed=seed).document) for seed in range(6)]
    assert all(party_gov in text for text in texts)
    assert any(strong in text for text in texts)


def test_superiors_can_be_overridden(write_profile) -> None:
    path = write_profile(region={"level": "prefecture", "superiors": "党中央和自治区党委"})
    texts = {to_text(build_draft(path, seed=s).document) for s in range(12)}
    assert any("党中央和自治区党委" in t for t in texts)
    assert not any("党中央和省委" in t for t in texts)


@pytest.mark.parametrize(
    ("date", "review", "plan", "phase"),
    [
        ("2025-03-12", 2024, "十四五", "收官之年"),
        ("2026-02-20", 2025, "十五五", "开局之年"),
        ("2021-03-01", 2020, "十四五", "开局之年"),
        ("2028-03-01", 2027, "十五五", None),
    ],
)
def test_years_follow_the_meeting_date(write_profile, date, review, plan, phase) -> None:
    draft = build_draft(write_profile(meeting={"date": date}))
    text = draft.document.body_text()
    meeting_year = int(date[:4])
    assert draft.document.title.startswith(f"在{meeting_year}年")
    assert str(review) in text
    assert f"“{plan}”" in text
    if phase:
        assert phase in text
    # a policy title may carry its own years (said as a clause or inside a phrase)
    text = text.replace(draft.context.policy, "").replace(draft.context.policy_within, "")
    stale = [y for y in re.findall(r"(20\d\d)年", text) if int(y) not in (review, meeting_year)]
    assert stale == []


def test_review_year_can_be_given(write_profile) -> None:
    draft = build_draft(write_profile(meeting={"date": "2025-03-12", "review_year": 2023}))
    assert draft.context.y.review == 2023
    assert "2023年" in draft.document.body_text()


def test_placeholders_appear_exactly_where_facts_are_missing(write_profile) -> None:
    draft = build_draft(
        write_profile(
            priorities=[{"area": "学前教育", "facts": {"普惠性幼儿园覆盖率": 91.5}}],
            safeguards=[{"area": "组织领导", "facts": {"教育工作领导小组年度专题会议次数": 3}}],
        )
    )
    text = draft.document.body_text()
    assert "91.5%" in text
    assert "3次" in text
    placeholders = draft.document.placeholders()
    assert "【待补：公办园在园幼儿占比（%）】" in placeholders
    assert not any("普惠性幼儿园覆盖率" in p for p in placeholders)
    assert draft.placeholder_count == len(placeholders) == text.count("【待补：")


def test_all_facts_given_means_no_fact_placeholders(write_profile) -> None:
    draft = build_draft(
        write_profile(
            priorities=[
                {
                    "area": "项目建设",
                    "facts": {
                        "续建项目数": 6,
                        "新建项目数": 4,
                        "总投资": "23500万元",  # a bare 23500 is marked 【待核】 (figure19)
                        "新增学位数": 2000,
                    },
                }
            ],
            safeguards=[{"area": "工作作风"}],
        ),
        seed=3,
    )
    assert draft.document.placeholders() == []
    text = draft.document.body_text()
    # 23500 万元 is said as 亿元 (issue 11: totals of 10,000万元 or more read as 亿元)
    for value in ("6个", "4个", "2.35亿元"):
        assert value in text


def test_missing_speaker_name_is_a_placeholder(write_profile) -> None:
    draft = build_draft(write_profile(speaker={"title": "书记", "name": None}))
    assert draft.document.meta_lines[0].text == "书记　【待补：讲话人姓名】"
    assert draft.document.placeholders()[0] == "【待补：讲话人姓名】"


@pytest.mark.parametrize(
    "value",
    [
        "{{ 7*7 }}",
        "{% for x in range(3) %}x{% endfor %}",
        "# 假标题",
        "⟦count:parts⟧",
        "@title 伪造",
        "<w:p>&amp;文字",
    ],
)
def test_profile_text_stays_literal(write_profile, value: str) -> None:
    draft = build_draft(
        write_profile(priorities=[{"area": "校园安全", "points": [value, "第二条"]}])
    )
    text = to_text(draft.document)
    assert value in text
    assert "49" not in text
    assert not any(value in h.text or "伪造" in h.text for h in draft.document.headings())
    assert "伪造" not in draft.document.title


def test_same_profile_same_draft_and_seed_changes_wording(write_profile) -> None:
    path = write_profile()
    first, again = build_draft(path), build_draft(path)
    assert to_text(first.document) == to_text(again.document)
    one, two = build_draft(path, seed=1), build_draft(path, seed=2)
    paragraphs_one = [b.text for b in one.document.blocks]
    paragraphs_two = [b.text for b in two.document.blocks]
    differing = sum(1 for a, b in zip(paragraphs_one, paragraphs_two, strict=False) if a != b)
    assert differing >= len(paragraphs_one) // 2


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_no_sentence_repeats_in_a_draft(write_profile, kind: str) -> None:
    for seed in range(5):
        draft = build_draft(write_profile(kind=kind), seed=seed)
        sentences = [s for s in re.split(r"[。！？]", draft.document.body_text()) if len(s) >= 12]
        repeated = {s for s in sentences if sentences.count(s) > 1}
        assert repeated == set(), f"{kind} seed {seed}: {repeated}"


def test_unknown_area_uses_generic_prose_and_says_so(write_profile) -> None:
    draft = build_draft(
        write_profile(priorities=[{"area": "研学旅行", "points": ["暑期前完成线路审定"]}])
    )
    text = draft.document.body_text()
    assert "研学旅行" in text and is_said("暑期前完成线路审定", text)
    assert any("研学旅行" in note for note in draft.notes)


def test_user_template_folder_takes_precedence(write_profile, tmp_path: Path) -> None:
    kinds = tmp_path / "mytemplates" / "kinds"
    kinds.mkdir(parents=True)
    (kinds / "leader_speech.j2").write_text(
        "@title {{ c.title }}\n@salutation 同志们：\n\n下面讲{{ count('parts') }}点。\n\n# 唯一部分\n\n自定义正文。\n",
        encoding="utf-8",
    )
    draft = build_draft(write_profile(), templates=tmp_path / "mytemplates")
    assert [b.text for b in draft.document.blocks][1:] == [
        "下面讲一点。",
        "一、唯一部分",
        "自定义正文。",
    ]


@pytest.mark.parametrize(
    "template",
    ["{{ no_such_name }}\n", "{{ c.__class__.__mro__ }}\n"],
    ids=["undefined-name", "python-internals"],
)
def test_a_template_error_or_escape_is_refused(
    write_profile, tmp_path: Path, template: str
) -> None:
    from speechdraft.errors import TemplateRenderError

    kinds = tmp_path / "t" / "kinds"
    kinds.mkdir(parents=True)
    (kinds / "leader_speech.j2").write_text(template, encoding="utf-8")
    with pytest.raises(TemplateRenderError):
        build_draft(write_profile(), templates=tmp_path / "t")


@pytest.mark.parametrize("minutes", [10, 20, 30])
def test_length_moves_with_duration(write_profile, minutes: int) -> None:
    many = [
        {"area": a} for a in ("党建", "学前教育", "义务教育", "教师队伍", "校园安全", "项目建设")
    ]
    draft = build_draft(
        write_profile(kind="work_report", duration_minutes=minutes, priorities=many)
    )
    assert draft.chars > 0
    lengths = {
        m: build_draft(write_profile(kind="work_report", duration_minutes=m, priorities=many)).chars
        for m in (10, 30)
    }
    assert lengths[10] < lengths[30]


def test_a_meeting_name_with_its_own_year_is_not_given_a_second_one(write_profile) -> None:
    draft = build_draft(
        write_profile(
            meeting={"name": "县委教育工作领导小组2027年第一次全体会议", "date": "2027-01-20"}
        )
    )
    assert draft.document.title == "在县委教育工作领导小组2027年第一次全体会议上的讲话"
