"""Takes the screenshots in docs/screenshots/ with Debian's chromium (headless, through
Playwright's Python package; nothing downloaded), from a server on 127.0.0.1.

Run: python scripts/screenshots.py   (rewrites docs/screenshots/*.png)
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from web_support import CHROMIUM, CHROMIUM_ARGS, running_server  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
OLD_DRAFT = (
    "在2025年全县教育工作会议上的讲话\n同志们：\n"
    "一、回顾去年工作\n去年全市新建幼儿园XX所,普惠性幼儿园覆盖率达到90%。\n"
    "二、明确今年任务\n今年是“十四五”规划开局之年。\n"
)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with running_server() as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 768}, locale="zh-CN")
        page.goto(base + "/")
        page.wait_for_selector(".page .line")
        page.fill('[data-path="region.name"]', "青川县")
        page.fill('[data-path="speaker.name"]', "周明远")
        page.fill('[data-path="meeting.date"]', "2026-03-10")
        page.wait_for_timeout(900)
        page.screenshot(path=str(OUT / "main.png"))

        duration = page.locator('[data-path="duration_minutes"]')
        duration.fill("半小时")
        duration.evaluate("node => node.scrollIntoView({block: 'center'})")
        page.wait_for_selector('[data-msg-for="duration_minutes"]:not(:empty)')
        page.screenshot(path=str(OUT / "validation.png"))
        duration.fill("20")

        area = page.locator('[data-path="priorities[2].area"]')
        area.evaluate("node => node.scrollIntoView({block: 'start'})")
        area.fill("xl")
        page.wait_for_timeout(900)
        page.screenshot(path=str(OUT / "area-search.png"))
        area.press("Enter")  # the first match, as a clerk would pick it
        page.wait_for_timeout(900)

        page.click("#tab-counts")
        page.wait_for_timeout(700)
        page.screenshot(path=str(OUT / "counts.png"))
        page.click("#tab-downloads")
        page.screenshot(path=str(OUT / "downloads.png"))

        with tempfile.TemporaryDirectory() as work:
            draft = Path(work, "去年的讲话.txt")
            draft.write_text(OLD_DRAFT, encoding="utf-8")
            page.set_input_files("#check-draft-file", str(draft))
            page.wait_for_selector("#panel-check p.flagged")
        page.screenshot(path=str(OUT / "check.png"))
        browser.close()
    for path in sorted(OUT.glob("*.png")):
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
