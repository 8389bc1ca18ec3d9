"""The page in a real headless Chromium (Debian's package, driven by Playwright's Python
package; nothing is downloaded): a clerk fills a county leader-speech profile field by
field, sees the preview follow, meets a validation message, downloads the .docx, and
finds the work again after a reload."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from web_support import CHROMIUM, CHROMIUM_ARGS, fill_return, running_server

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (.ci/run installs it)"
)


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with running_server() as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, base: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(
        viewport={"width": 1366, "height": 768}, locale="zh-CN", accept_downloads=True
    )
    page = context.new_page()
    page.set_default_timeout(SETTLE_MS)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(base + "/")
    page.wait_for_selector(".page .line")
    yield page
    context.close()
    assert errors == []  # no script error on the way


def field(page, path: str):  # type: ignore[no-untyped-def]
    return page.locator(f'[data-path="{path}"]')


def preview_text(page) -> str:  # type: ignore[no-untyped-def]
    return page.inner_text("#panel-preview")


# A bound for waiting on a condition, generous for a loaded 2-core CI machine: a passing
# run returns as soon as the condition holds, so it only costs time when a test fails.
SETTLE_MS = 20_000

# The preview has caught up with every edit: each edit sets "正在更新预览……" at once (before
# Playwright's fill() returns), and only the reply to the latest edit replaces it.
SETTLED = """t => {
  const status = document.getElementById('status').textContent;
  const text = document.getElementById('panel-preview').innerText.replace(/\\s/g, '');
  return !status.includes('正在更新预览') && text.includes(t);
}"""


def wait_for_preview(page, text: str) -> None:  # type: ignore[no-untyped-def]
    """Waits for the preview of the form as it is now, not for any preview that shows
    ``text``: an earlier edit's preview (say, after the name was typed) already shows it
    while later edits (a figure typed after the name) are still on their way."""
    page.wait_for_function(SETTLED, arg=text, timeout=SETTLE_MS)


def test_a_clerk_fills_a_county_leader_speech_and_downloads_it(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.select_option('[data-path="kind"]', "leader_speech")
    page.select_option('[data-path="region.level"]', "county")
    field(page, "meeting.name").fill("全县教育工作会议")
    field(page, "meeting.date").fill("2026-03-10")
    field(page, "region.name").fill("青川县")
    field(page, "speaker.title").fill("县委书记")
    field(page, "speaker.name").fill("周明远")
    page.get_by_role("button", name="＋ 添加一条参会人员").click()
    field(page, "attendees[0]").fill("各乡镇分管负责同志")
    page.get_by_role("button", name="＋ 添加一条存在的问题和不足").click()
    field(page, "review.problems[0]").fill("城区学位供给依然偏紧")
    field(page, "targets.guideline").fill("坚持教育优先发展，办好人民满意的教育")
    # The example's third key task is preschool education; its facts are listed by the area.
    assert field(page, "priorities[2].area").input_value() == "学前教育普及普惠"
    coverage = field(page, "priorities[2].facts.普惠性幼儿园覆盖率")
    assert coverage.is_visible()
    coverage.fill("93.5")
    field(page, "priorities[2].facts.公办园在园幼儿占比").fill("61")

    wait_for_preview(page, "周明远")
    text = preview_text(page).replace("\n", "")
    assert "在2026年全县教育工作会议上的讲话" in text
    assert "93.5%" in text
    assert "城区学位供给依然偏紧" in text
    status = page.inner_text("#status")
    assert "正文" in status and "分钟" in status

    # The outline and the counts per part follow the same draft.
    page.click("#tab-outline")
    assert "一、" in page.inner_text("#panel-outline")
    page.locator("#panel-outline button").first.click()  # back to that heading in the pages
    assert page.locator("#panel-preview").is_visible()
    assert page.locator("#panel-preview .line.flash").inner_text().startswith("一、")
    page.click("#tab-counts")
    assert "开头" in page.inner_text("#panel-counts")

    page.click("#tab-downloads")
    with page.expect_download() as download_info:
        page.click("#dl-docx")
    saved = tmp_path / "draft.docx"
    download_info.value.save_as(saved)
    assert download_info.value.suggested_filename == "在2026年全县教育工作会议上的讲话.docx"
    paragraphs = [p.text for p in docx.Document(str(saved)).paragraphs]
    body = "\n".join(paragraphs)
    assert paragraphs[0].startswith("在2026年全县教育工作会议上的讲话")
    assert "周明远" in body and "93.5%" in body and "城区学位供给依然偏紧" in body

    # A reload (or a crash) gives the work back.
    page.reload()
    page.wait_for_selector(".page .line")
    assert field(page, "speaker.name").input_value() == "周明远"
    assert field(page, "priorities[2].facts.普惠性幼儿园覆盖率").input_value() == "93.5"
    assert "已恢复" in page.inner_text("#notice")
    wait_for_preview(page, "周明远")


def test_bad_values_get_the_validators_message_next_to_the_field(page) -> None:  # type: ignore[no-untyped-def]
    duration = field(page, "duration_minutes")
    duration.fill("半小时")
    message = page.locator('[data-msg-for="duration_minutes"]')
    sync_api.expect(message).to_contain_text("整数", timeout=SETTLE_MS)
    assert duration.get_attribute("aria-invalid") == "true"
    assert "上一次填写正确" in page.inner_text("#panel-preview")
    duration.fill("500")
    sync_api.expect(message).to_contain_text("120", timeout=SETTLE_MS)
    duration.fill("20")
    sync_api.expect(message).to_have_text("", timeout=SETTLE_MS)

    # A percentage typed as a fraction, and text where a count goes, are caught as typed.
    field(page, "priorities[2].facts.普惠性幼儿园覆盖率").fill("0.92")
    coverage_message = page.locator('[data-msg-for="priorities[2].facts.普惠性幼儿园覆盖率"]')
    sync_api.expect(coverage_message).to_contain_text("92")
    field(page, "priorities[1].facts.续建项目数").fill("好几个")
    sync_api.expect(
        page.locator('[data-msg-for="priorities[1].facts.续建项目数"]')
    ).to_contain_text("应为数字")


def test_a_placeholder_mark_jumps_to_its_field(page) -> None:  # type: ignore[no-untyped-def]
    field(page, "speaker.name").fill("")
    mark = page.locator('mark.todo[data-ref="讲话人姓名"]').first
    sync_api.expect(mark).to_be_visible(timeout=SETTLE_MS)
    mark.focus()
    page.keyboard.press("Enter")  # keyboard, like a click
    focused = page.evaluate("document.activeElement.dataset.path")
    assert focused == "speaker.name"


def test_area_search_by_pinyin_and_list_editing(page) -> None:  # type: ignore[no-untyped-def]
    count = page.locator("fieldset.records[data-path=priorities] > .card").count()
    page.get_by_role("button", name="＋ 添加一项重点任务").click()
    new_area = field(page, f"priorities[{count}].area")
    new_area.fill("xlj")  # 心理健康 by its pinyin initials
    options = page.locator(".options:visible li")
    sync_api.expect(options.first).to_contain_text("心理健康")
    new_area.press("Enter")
    assert "心理健康" in new_area.input_value()
    facts = page.locator(f'[data-path^="priorities[{count}].facts."]')
    assert facts.count() >= 1
    # Choosing another area for a task drops the blank facts of the one before.
    preschool = field(page, "priorities[2].area")
    preschool.fill("xinli")
    preschool.press("Enter")
    assert page.locator(".unknown-fact").count() == 0
    assert "心理健康" in preschool.input_value()
    # Move it to the top with the keyboard-reachable button, then delete it.
    for _ in range(count):
        page.get_by_role("button", name=f"上移第{count + 1 - _}项").click()
    assert "心理健康" in field(page, "priorities[0].area").input_value()
    page.get_by_role("button", name="删除第1项").click()
    assert page.locator("fieldset.records[data-path=priorities] > .card").count() == count


def test_checking_a_draft_lists_and_marks_findings(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = tmp_path / "旧稿.txt"
    draft.write_text(
        "在2026年全县教育工作会议上的讲话\n同志们：\n今年要新建XX所幼儿园。\n", encoding="utf-8"
    )
    page.set_input_files("#check-draft-file", str(draft))
    panel = page.locator("#panel-check")
    sync_api.expect(panel).to_contain_text("旧稿.txt", timeout=SETTLE_MS)
    assert page.locator("#panel-check p.flagged").count() >= 1
    assert "XX" in page.inner_text("#panel-check p.flagged")


def test_opening_a_saved_profile_fills_the_form(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "会议信息.yaml"
    profile.write_text(
        "kind: safety\nmeeting:\n  date: 2027-09-01\nregion:\n  level: city\n  name: 临江市\n"
        "speaker:\n  title: 市教育局局长\n  name: 孙立\npriorities:\n  - 校园安全\n",
        encoding="utf-8",
    )
    page.set_input_files("#open-profile-file", str(profile))
    sync_api.expect(field(page, "speaker.name")).to_have_value("孙立", timeout=SETTLE_MS)
    assert field(page, "kind").input_value() == "safety"
    assert field(page, "priorities[0].area").input_value() == "校园安全"
    wait_for_preview(page, "孙立")
    assert "全市" in preview_text(page)


def test_keyboard_reaches_the_form_and_nothing_is_unlabelled(page) -> None:  # type: ignore[no-untyped-def]
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input:not([type=file]), select, button')]
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')
                    && !el.textContent.trim())
            .map(el => el.outerHTML.slice(0, 80))"""
    )
    assert unlabelled == []
    page.locator("body").focus()
    for _ in range(12):  # the file buttons and 新建 come first, then the kind
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.dataset.path") == "kind":
            break
    assert page.evaluate("document.activeElement.dataset.path") == "kind"
    page.keyboard.press("ArrowDown")  # a select changes with the keyboard alone
    # 1366×768: no sideways scrolling of the page itself.
    assert page.evaluate("document.documentElement.scrollWidth") <= 1366


def test_last_years_speech_starts_this_years_profile(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    old = tmp_path / "去年讲话.txt"
    old.write_text(
        "在2025年全市教育工作会议上的讲话\n市委书记　王五\n同志们：\n"
        "一、回顾去年工作\n去年新建幼儿园3所，普惠性幼儿园覆盖率达到90%。\n"
        "二、明确今年任务\n（一）办好学前教育\n要持续扩大普惠资源。\n",
        encoding="utf-8",
    )
    page.set_input_files("#import-speech-file", str(old))
    notice = page.locator("#notice")
    sync_api.expect(notice).to_contain_text("程序的推断", timeout=SETTLE_MS)
    assert field(page, "region.level").input_value() == "city"
    assert "请逐项核对" in notice.inner_text()


def test_a_fact_the_area_does_not_know_is_shown_with_its_message_and_can_go(
    page, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    profile = tmp_path / "有错字.yaml"
    profile.write_text(
        "kind: leader_speech\nmeeting:\n  date: 2026-03-01\nregion:\n  level: county\n"
        "speaker:\n  title: 县委书记\npriorities:\n  - area: 学前教育\n"
        "    facts:\n      普惠幼儿园覆盖率: 91\n",
        encoding="utf-8",
    )
    page.set_input_files("#open-profile-file", str(profile))
    message = page.locator('[data-msg-for="priorities[0].facts.普惠幼儿园覆盖率"]')
    sync_api.expect(message).to_contain_text("是不是“普惠性幼儿园覆盖率”", timeout=SETTLE_MS)
    page.get_by_role("button", name="删除数据“普惠幼儿园覆盖率”").click()
    sync_api.expect(page.locator(".page .line").first).to_be_visible()
    page.wait_for_function("() => !document.querySelector('.stale')", timeout=SETTLE_MS)
    assert page.locator('[data-msg-for="priorities[0].facts.普惠幼儿园覆盖率"]').count() == 0


def test_returns_from_departments_fill_the_form(page, base: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.click("#tab-downloads")
    with page.expect_download() as download_info:
        page.click("#dl-checklist")
    form = tmp_path / "清单.xlsx"
    download_info.value.save_as(form)
    filled = tmp_path / "基础教育股.xlsx"
    filled.write_bytes(
        fill_return(form.read_bytes(), {"priority:preschool:inclusive_coverage:target": 94})
    )
    page.set_input_files("#collect-returns-file", [str(filled)])
    sync_api.expect(page.locator("#notice")).to_contain_text("读取了 1 份回表", timeout=SETTLE_MS)
    coverage = field(page, "priorities[2].facts.普惠性幼儿园覆盖率")
    assert coverage.input_value() in ("94", "94%")
    assert "基础教育股.xlsx" in page.inner_text("fieldset.keyed")


def test_a_doubtful_value_gets_a_reminder_next_to_its_field(page) -> None:  # type: ignore[no-untyped-def]
    coverage = "priorities[2].facts.普惠性幼儿园覆盖率"
    field(page, coverage).fill("105")
    message = page.locator(f'[data-msg-for="{coverage}"]')
    sync_api.expect(message).to_contain_text("提醒：", timeout=SETTLE_MS)
    sync_api.expect(message).to_contain_text("超过了 100%")
    assert "warn-only" in (message.get_attribute("class") or "")
    assert field(page, coverage).get_attribute("aria-invalid") != "true"  # a reminder, not an error
    wait_for_preview(page, "105%")  # the draft is still made, with the value as typed
    field(page, coverage).fill("92")
    sync_api.expect(message).to_have_text("", timeout=SETTLE_MS)


def test_another_wording_turns_the_stock_and_is_kept_with_the_profile(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    field(page, "speaker.name").fill("韩青禾")
    wait_for_preview(page, "韩青禾")
    before = preview_text(page)
    assert page.locator("#wording-back").is_disabled()  # nothing chosen yet
    page.click("#wording-next")
    page.wait_for_function(
        """b => { const status = document.getElementById('status').textContent;
                  return !status.includes('正在更新预览')
                    && document.getElementById('panel-preview').innerText !== b; }""",
        arg=before,
        timeout=SETTLE_MS,
    )
    after = preview_text(page)
    assert "韩青禾" in after and after != before
    seed = page.evaluate("JSON.parse(localStorage.getItem('speechdraft.profile.v1')).seed")
    assert isinstance(seed, int)
    assert field(page, "seed").input_value() == str(seed)  # the form's own field follows

    # the wording settled on is saved with the profile, and renders the same again
    page.click("#tab-downloads")
    with page.expect_download() as download_info:
        page.click("#dl-yaml")
    saved = tmp_path / "会议信息.yaml"
    download_info.value.save_as(saved)
    assert f"seed: {seed}" in saved.read_text(encoding="utf-8")

    page.click("#tab-preview")
    page.click("#wording-back")  # back to the first wording, word for word
    page.wait_for_function(
        """b => { const status = document.getElementById('status').textContent;
                  return !status.includes('正在更新预览')
                    && document.getElementById('panel-preview').innerText === b; }""",
        arg=before,
        timeout=SETTLE_MS,
    )
