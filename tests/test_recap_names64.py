"""A person the clerk typed by post and bare name in the preceding items is named as a speaker
names him (stop 64, issue 11's R): 钟毓敏同志 by a peer or a superior, 钟毓敏副县长 by a junior —
not the form's 县政府副县长钟毓敏 (rounds bk–br's readers: "讲话中宜称'钟毓敏同志'，'县政府副县长'
冗赘"; "局长提本局副职一般称'哈斯朝鲁同志'"). A name typed with 同志 stays as typed."""

from __future__ import annotations

from speechdraft.compose import occasion


def test_a_bare_name_after_a_post_is_said_with_tongzhi() -> None:
    said = occasion.recap(["县政府副县长滕志远通报了全县教育督导评估情况"], "party_secretary")
    assert said.startswith("滕志远同志通报了")
    assert "县政府副县长" not in said


def test_a_bureau_chief_names_his_own_deputy_by_name() -> None:
    said = occasion.recap(["旗教育局副局长其木格通报了寒假安全情况"], "bureau_chief")
    assert said == "其木格同志通报了寒假安全情况"


def test_a_junior_names_a_superior_with_his_post_after_the_name() -> None:
    said = occasion.recap(
        ["副县长龚晓岚通报了年度教育目标考核结果", "县教育局局长作了工作报告"], "bureau_chief"
    )
    assert said.startswith("龚晓岚副县长通报了")
    assert "县教育局局长作了工作报告" in said  # a post with no name stays as typed


def test_a_name_typed_with_tongzhi_stays_as_typed() -> None:
    said = occasion.recap(["州教育局局长班志刚同志作了工作报告"], "government_head")
    assert said == "州教育局局长班志刚同志作了工作报告"


def test_a_teacher_is_named_teacher_with_the_school() -> None:
    said = occasion.recap(["县实验小学教师申晓雯代表受表彰教师作了发言"], "government_head")
    assert said.startswith("县实验小学申晓雯老师代表受表彰教师作了发言")


def test_what_is_no_name_is_left_as_typed() -> None:
    said = occasion.recap(["新入职教师宣誓", "旗教育局安全股通报了开学检查情况"], "bureau_chief")
    assert "同志" not in said and "老师" not in said and "新入职教师宣誓" in said
