"""The rules for real speeches (issue 12): superiors' level words, announcements in every
form, and the content rules. Each rule has a text it must flag and a near miss it must
leave alone. All prose here is written for these tests."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from speechdraft.cli import app
from speechdraft.lint.checks import Finding, run_checks, superior_units
from speechdraft.lint.outline import build_outline
from speechdraft.lint.reader import draft_from_text

D = datetime.date


def _check(body: str, **options: object) -> list[Finding]:
    options.setdefault("level", "county")
    options.setdefault("year", 2026)
    return run_checks(draft_from_text(body), **options).findings  # type: ignore[arg-type]


def _rules(body: str, rule: str, **options: object) -> list[Finding]:
    return [f for f in _check(body, **options) if f.rule == rule]


# --- level words and superiors ---------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "superiors", "sentence"),
    [
        (
            "banner",
            ("内蒙古自治区", "锡林郭勒盟"),
            "要结合今年全区、全盟教育工作目标任务，抓好落实。",
        ),
        ("county", ("广西壮族自治区", "桂林市"), "结合今年全区、全市教育工作目标任务，细化措施。"),
        ("county", (), "全面落实全国、全省、全市教育大会部署，推动教育发展。"),
        ("county", (), "构建省、市、县三级联动的教研体系。"),
        ("district", ("江苏省", "扬州市"), "中考全市综合评价保持前列。"),
        ("town", ("湖北省", "孝感市", "云梦县"), "我镇承办了全县秋季开学工作会议。"),
        ("town", (), "中心小学荣获全县教学质量一等奖。"),
        ("county", (), "健全县、校两级管理体系，深化县管校聘改革。"),
    ],
)
def test_references_to_superiors_are_not_level_errors(
    level: str, superiors: tuple[str, ...], sentence: str
) -> None:
    assert _rules(f"同志们：\n{sentence}", "level-word", level=level, superiors=superiors) == []


@pytest.mark.parametrize(
    ("level", "superiors", "sentence", "word"),
    [
        ("county_city", ("浙江省", "温州市"), "全县各中小学要深化课堂教学改革。", "全县"),
        ("town", ("湖北省", "孝感市", "云梦县"), "全县各村教学点要在开学前完成排查。", "全县"),
        ("county_city", ("江苏省", "宿迁市"), "全区教育还存在一些短板。", "全区"),
        ("province", (), "全市各中小学要配齐心理健康教师。", "全市"),
        ("county", ("湖南省", "永州市"), "全区教育系统要攻坚克难。", "全区"),
    ],
)
def test_an_own_sentence_with_another_levels_word_is_an_error(
    level: str, superiors: tuple[str, ...], sentence: str, word: str
) -> None:
    found = _rules(f"同志们：\n{sentence}", "level-word", level=level, superiors=superiors)
    assert len(found) == 1
    assert found[0].severity == "error" and f"“{word}”" in found[0].message
    assert found[0].paragraph == 1  # the index; shown to users as 第2段


def test_superior_units_come_from_names_titles_or_the_usual_chain() -> None:
    assert superior_units("banner", ("内蒙古自治区、锡林郭勒盟",)) == {"区", "盟"}
    assert superior_units("banner", ("自治区党委和盟委",)) == {"区", "盟"}
    assert superior_units("district", ("江苏省", "扬州市")) == {"省", "市"}
    assert "区" not in superior_units("county", ("湖南省", "永州市"))
    assert superior_units("county", ()) >= {"省", "市"}


# --- outline -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("下面我讲三个问题。", 3),
        ("我讲四方面意见。", 4),
        ("我就当前工作再强调 3点意见。", 3),
        ("现将有关想法整理为三个方面，供大家参考。", 3),
        ("下面，我从两个方面报告工作。", 2),
        ("下面，我讲几点意见。", None),
    ],
)
def test_every_form_of_announcement_is_read(sentence: str, count: int | None) -> None:
    outline = build_outline(draft_from_text(f"同志们：\n{sentence}"))
    assert [(a.count, a.scope) for a in outline.announced] == [(count, "parts")]


def test_outline_points_with_stray_spaces_and_first_second_parts() -> None:
    spaced = "同志们：\n一要 进一步 强化思想认识\n内容。\n二要 切实 压实工作责任\n内容。\n三要 持续 改进工作作风\n内容。"
    assert [h.value for h in build_outline(draft_from_text(spaced)).headings] == [1, 2, 3]
    ordinal = (
        "同志们：\n第一，抓好学前教育普及。\n第二，抓好义务教育均衡。\n第三，抓好高中多样发展。"
    )
    headings = build_outline(draft_from_text(ordinal)).headings
    assert [(h.level, h.value) for h in headings] == [(1, 1), (1, 2), (1, 3)]


def test_a_wrong_count_is_a_mismatch_not_a_truncation() -> None:
    body = "同志们：\n下面，我讲四点意见。\n一、提高认识\n内容。\n二、突出重点\n内容。\n三、强化保障\n内容。\n谢谢大家。"
    found = _rules(body, "count-mismatch")
    assert len(found) == 1 and found[0].severity == "error"
    assert "数量不符" in found[0].message and "不完整" not in found[0].message
    cut = "同志们：\n下面，我讲四点意见。\n一、提高认识\n内容。\n二、突出重点\n内容写到一半"
    found = _rules(cut, "count-mismatch")
    assert found and "不完整" in found[0].message and found[0].severity == "warning"


def test_a_vague_announcement_is_never_counted() -> None:
    body = "同志们：\n下面，我讲几点意见。\n一、提高认识\n内容。\n二、突出重点\n内容。"
    assert _rules(body, "count-mismatch") == []


# --- content rules ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "普惠性幼儿园覆盖率不低于提高到92%。",
        "学生体质健康达标率不低于100%。",
        "会上，会议审议了年度工作要点。",
        "高考成绩稳中有升。本科上线1387人。",
        "优质均衡创建率力争实现80%。",
    ],
)
def test_broken_insertions_are_found(sentence: str) -> None:
    assert len(_rules(f"同志们：\n{sentence}", "insertion")) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "教师平均工资收入水平不低于或高于当地公务员平均工资收入水平。",
        "普惠性幼儿园覆盖率提高到92%。",
        "会议审议了年度工作要点。",
        "新招聘教师156名。",
        "学生体质健康达标率达到100%。",
    ],
)
def test_sound_sentences_are_not_insertions(sentence: str) -> None:
    assert _rules(f"同志们：\n{sentence}", "insertion") == []


def test_deadlines_before_the_meeting_date_are_errors() -> None:
    body = "同志们：\n各乡镇要于6月底前完成学校危房鉴定。\n要在10月底前完成校舍维修。\n明年3月底前要完成验收。\n去年6月底前完成了鉴定工作。"
    found = _rules(body, "deadline", meeting_date=D(2025, 8, 28), year=2025)
    assert [f.paragraph for f in found] == [1]
    assert "6月底前" in found[0].message and "2025年8月28日" in found[0].message
    assert _rules(body, "deadline", year=2025) == []  # no date known: nothing to compare


def test_a_teachers_day_meeting_does_not_announce_awards_for_teachers_day() -> None:
    body = "同志们：\n要在今年教师节期间对从教满30年的乡村教师颁发荣誉证书。"
    found = _rules(body, "deadline", meeting_date=D(2022, 9, 8), year=2022)
    assert len(found) == 1 and "教师节" in found[0].message
    assert _rules(body, "deadline", meeting_date=D(2022, 3, 8), year=2022) == []


@pytest.mark.parametrize(
    ("sentence", "when", "flagged"),
    [
        ("深入推进“双减”工作。", D(2019, 3, 20), True),
        ("深入推进“双减”工作。", D(2022, 3, 20), False),
        ("落实“两个只增不减”要求。", D(2017, 8, 30), True),
        ("贯彻《教育强国建设规划纲要（2024—2035年）》。", D(2024, 2, 27), True),
        ("贯彻《教育强国建设规划纲要（2024—2035年）》。", D(2025, 3, 1), False),
        ("学习贯彻党的二十届二中、三中全会精神。", D(2026, 3, 18), True),
        ("学习贯彻党的二十届三中全会精神。", D(2025, 1, 15), False),
        ("学习贯彻党的十九届二中、三中全会精神。", D(2018, 3, 16), False),
        ("以优异成绩迎接党的二十大胜利召开！", D(2022, 2, 25), False),
        ("交流轮岗教师比例只增不减。", D(2016, 3, 1), False),
    ],
)
def test_terms_out_of_their_years(sentence: str, when: D, flagged: bool) -> None:
    found = _rules(f"同志们：\n{sentence}", "dated-term", meeting_date=when, year=when.year)
    assert bool(found) == flagged, found
    if flagged:
        assert found[0].severity == "error" and f"{when.year}年" in found[0].message


def test_plan_words_stay_with_the_plan_rule() -> None:
    body = "同志们：\n扎实推进“十四五”教育发展规划各项任务。"
    assert _rules(body, "dated-term", year=2027) == []
    assert len(_rules(body, "plan-phase", year=2027)) == 1


def test_both_years_of_a_copied_pair_are_flagged() -> None:
    body = "同志们：\n这次会议全面总结2024年全县教育工作，安排部署2025年目标任务。"
    found = _rules(body, "stale-year", year=2026)
    assert len(found) == 2
    assert {"2024", "2025"} <= {y for f in found for y in ("2024", "2025") if y in f.excerpt}
    assert all("两个年份都要改" in f.message for f in found)
    half_fixed = body.replace("2024年", "2025年")  # 总结2025年…部署2025年: one year still wrong
    found = _rules(half_fixed, "stale-year", year=2026)
    assert len(found) == 1 and "两个年份" not in found[0].message


def test_a_review_that_still_says_this_year() -> None:
    body = "同志们：\n一、2025年工作回顾\n今年，全县教育系统攻坚克难，取得了新的成绩。\n二、2026年重点工作\n今年，局党组将继续加强党建。"
    found = _rules(body, "stale-year", meeting_date=D(2026, 2, 26))
    assert [f.paragraph for f in found] == [2]
    assert "2025年" in found[0].message


@pytest.mark.parametrize(
    ("sentence", "severity"),
    [("全年教育总投入达到12650万元。", "warning"), ("课后服务覆盖率达到105%。", "error")],
)
def test_amounts_and_rates(sentence: str, severity: str) -> None:
    found = _rules(f"同志们：\n{sentence}", "amount")
    assert [f.severity for f in found] == [severity]
    if severity == "warning":
        assert "1.265亿元" in found[0].message


@pytest.mark.parametrize(
    "sentence", ["全年教育总投入达到9800万元。", "教育经费增长105%。", "合格率达到99.5%。"]
)
def test_sound_amounts(sentence: str) -> None:
    assert _rules(f"同志们：\n{sentence}", "amount") == []


def test_half_width_full_stop_between_chinese_is_punctuation() -> None:
    found = _rules(
        "同志们：\n取得新进展.一是质量提升，合格率92.5%。\n1.加快推进项目建设。", "punctuation"
    )
    assert [f.paragraph for f in found] == [1]


def test_a_town_has_no_staffing_or_development_departments() -> None:
    body = "同志们：\n镇编制、人社部门要抓紧核定编制。\n镇发改、网信部门要将学校建设纳入规划。\n镇财政所要保障经费。"
    found = _rules(body, "authority", level="town")
    assert [f.paragraph for f in found] == [1, 2]
    assert _rules(body, "authority", level="county") == []


def test_a_bureau_chief_does_not_order_the_party_committee() -> None:
    body = "在2026年全县教育工作会议上的工作报告\n县教育局局长　王明\n同志们：\n县委要把教育纳入考核，县政府要确保经费到位。\n在县委、县政府的坚强领导下，我们要提请县政府研究。"
    found = _rules(body, "authority")
    assert len(found) == 1 and found[0].paragraph == 3
    assert "县委、县政府" in found[0].message and "提请" in found[0].message
    by_profile = _rules(body.replace("县教育局局长　王明", "县长　王明"), "authority")
    assert by_profile == []
    assert len(_rules(body, "authority", speaker_title="县教育局局长")) == 1


def test_commitments_the_profile_does_not_contain() -> None:
    body = "同志们：\n各学校要在9月底前完成排查，每学期至少开展2次演练，培训覆盖率不低于95%。"
    profile = "targets:\n  - 每学期开展演练2次\n"
    found = _rules(body, "unsourced", profile_text=profile, meeting_date=D(2026, 3, 1))
    assert sorted(f.excerpt.count("9月底前") + f.excerpt.count("95%") for f in found) == [1, 1]
    assert all(f.severity == "warning" for f in found)
    assert _rules(body, "unsourced") == []  # without a profile there is nothing to trace to
    # a fact's value carries no unit in the profile: 公办园数: 64 sources 达到64所
    facts = "facts:\n  新建公办幼儿园数: 64\n"
    assert _rules("同志们：\n公办园数量要达到64所。", "unsourced", profile_text=facts) == []
    months = _rules("同志们：\n跟岗研修不少于1个月。", "unsourced", profile_text=facts)
    assert [f.message.split("”")[0] for f in months] == ["“不少于1个月"]


def test_a_visible_suggestion_or_a_national_rule_is_a_source() -> None:
    profile = "targets:\n  - 毛入园率达到92%\n"
    marked = (
        "同志们：\n各学校【建议：每学期组织不少于2次】应急演练，要在【建议：6月底前】完成排查。"
    )
    assert _rules(marked, "unsourced", profile_text=profile, meeting_date=D(2026, 3, 1)) == []
    bare = marked.replace("【建议：", "").replace("】", "")
    assert len(_rules(bare, "unsourced", profile_text=profile, meeting_date=D(2026, 3, 1))) == 2
    rule = "同志们：\n职业学校专业课教师每5年累计不少于6个月到企业或生产服务一线实践。"
    assert _rules(rule, "unsourced", profile_text=profile) == []
    assert len(_rules(rule.replace("6个月", "8个月"), "unsourced", profile_text=profile)) == 1


# --- the command line ---------------------------------------------------------------------


def test_check_superiors_option_and_paragraphs_from_one(tmp_path: Path) -> None:
    draft = tmp_path / "稿.txt"
    draft.write_text(
        "在2028年全旗教育工作会议上的讲话\n（2028年3月6日）\n同志们：\n"
        "要结合今年全区、全盟教育工作目标任务，抓好落实。\n全市各学校要抓好安全。\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    outcome = runner.invoke(
        app,
        [
            "check",
            str(draft),
            "--level",
            "banner",
            "--superiors",
            "内蒙古自治区、通辽市",
            "--format",
            "json",
        ],
    )
    data = json.loads(outcome.output)
    level = [f for f in data["findings"] if f["rule"] == "level-word"]
    assert outcome.exit_code == 1
    assert [(f["paragraph"], f["excerpt"][:2]) for f in level] == [(5, "全市")]
    text = runner.invoke(app, ["check", str(draft), "--level", "banner"])
    assert "第5段" in text.output and "Traceback" not in text.output


def test_outline_command_says_when_no_count_was_announced(tmp_path: Path) -> None:
    draft = tmp_path / "提纲.txt"
    draft.write_text(
        "在全县教育工作会议上的讲话提纲\n同志们：\n下面，我讲几点意见。\n"
        "一要 进一步 强化思想认识\n内容。\n二要 进一步 压实工作责任\n内容。\n",
        encoding="utf-8",
    )
    outcome = CliRunner().invoke(app, ["outline", str(draft)])
    assert outcome.exit_code == 0
    assert "第3段“讲几点意见”（未说明几点，无法核对数量）" in outcome.output
    assert "一要进一步强化思想认识  〔第4段〕" in outcome.output
    data = json.loads(CliRunner().invoke(app, ["outline", str(draft), "--format", "json"]).output)
    assert data["announced"] == [{"text": "讲几点意见", "count": None, "paragraph": 3}]
