"""Precision and recall of each `check` rule on labelled corpora.

Two label formats:
- tests/fixtures/drafts*/: NAME.txt + NAME.labels.yaml (rule names as `check` reports them);
- a held-out set (tests/fixtures/heldout-2026-11-30/, written by someone who never saw the
  rules): NAME.txt + NAME.json with defect *classes* of its own, mapped to rules below,
  plus the meeting's facts (level, superiors, date, speaker) and the outline it should have.

A finding matches a label when the rules agree and the label's text stands in the
finding's paragraph (or its excerpt). Each label and each finding is used at most once.
Run:  python scripts/evaluate_checks.py [--heldout DIR]   (tests/test_check_corpus.py
asserts floors)
"""

from __future__ import annotations

import argparse
import datetime
import inspect
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from speechdraft.lint.checks import CheckResult, Finding, run_checks
from speechdraft.lint.reader import read_draft

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "drafts"
RULES = (
    "placeholder",
    "stale-year",
    "level-word",
    "count-mismatch",
    "numbering",
    "plan-phase",
    "punctuation",
    "duplicate",
    "junk",
)


@dataclass
class Tally:
    true_positive: Counter[str]
    false_positive: Counter[str]
    false_negative: Counter[str]
    misses: list[str]
    false_alarms: list[str]


def evaluate(corpus: Path = CORPUS) -> Tally:
    tally = Tally(Counter(), Counter(), Counter(), [], [])
    for path in sorted(corpus.glob("*.txt")):
        labels = yaml.safe_load(path.with_suffix(".labels.yaml").read_text(encoding="utf-8"))
        draft = read_draft(path)
        result = run_checks(draft, level=labels.get("level"), year=labels.get("year"))
        _match(path.name, draft.paragraphs, result.findings, labels.get("findings") or [], tally)
    return tally


def _match(
    name: str,
    paragraphs: tuple[str, ...],
    findings: list[Finding],
    labels: list[dict[str, str]],
    tally: Tally,
) -> None:
    unused = list(findings)
    for label in labels:
        label = {**label, "text": label["text"].replace("\u3000", " ")}  # as reader.py reads it
        hit = next(
            (
                f
                for f in unused
                if f.rule == label["rule"]
                and (
                    label["text"] in _finding_paragraph_text(paragraphs, f)
                    or label["text"] in f.excerpt
                )
            ),
            None,
        )
        if hit is None:
            tally.false_negative[label["rule"]] += 1
            tally.misses.append(f"{name}: {label['rule']} “{label['text']}”")
        else:
            unused.remove(hit)
            tally.true_positive[label["rule"]] += 1
    for finding in unused:
        tally.false_positive[finding.rule] += 1
        tally.false_alarms.append(
            f"{name}: {finding.rule} 第{finding.paragraph}段 {finding.excerpt}"
        )


def ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 1.0


def table(tally: Tally) -> str:
    lines = [
        "| rule | labels | found | TP | FP | FN | precision | recall |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for rule in RULES:
        tp, fp, fn = (
            tally.true_positive[rule],
            tally.false_positive[rule],
            tally.false_negative[rule],
        )
        lines.append(
            f"| {rule} | {tp + fn} | {tp + fp} | {tp} | {fp} | {fn} | "
            f"{ratio(tp, tp + fp):.2f} | {ratio(tp, tp + fn):.2f} |"
        )
    tp, fp, fn = (
        sum(c.values()) for c in (tally.true_positive, tally.false_positive, tally.false_negative)
    )
    lines.append(
        f"| **all** | {tp + fn} | {tp + fp} | {tp} | {fp} | {fn} | {ratio(tp, tp + fp):.2f} | {ratio(tp, tp + fn):.2f} |"
    )
    return "\n".join(lines)


# --- the held-out set ------------------------------------------------------------------

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "heldout-2026-11-30"

# Each held-out class and the `check` rule that should report it.
CLASS_RULES = {
    "placeholder": "placeholder",
    "stale_year": "stale-year",
    "copyover_year_pair": "stale-year",  # both years of the pair must be flagged
    "foreign_level": "level-word",
    "count_mismatch": "count-mismatch",
    "numbering": "numbering",
    "plan_phase": "plan-phase",
    "out_of_window_term": "dated-term",
    "halfwidth_punct": "punctuation",
    "repeated_sentence": "duplicate",
    "web_garbage": "junk",
    "broken_insertion": "insertion",
    "calendar_deadline": "deadline",
    "amount_unit": "amount",
    "authority": "authority",
}


@dataclass
class HeldoutTally:
    true_positive: Counter[str] = field(default_factory=Counter)
    false_negative: Counter[str] = field(default_factory=Counter)
    false_positive: Counter[str] = field(default_factory=Counter)  # by rule
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    clean_errors: list[str] = field(default_factory=list)
    clean_warnings: list[str] = field(default_factory=list)
    paragraph_right: int = 0  # matched findings whose 1-based paragraph equals the label's
    outline_rows: list[tuple[str, object, object, object, object, bool]] = field(
        default_factory=list
    )


def _check_heldout(path: Path, meta: dict[str, Any], bare: bool = False) -> CheckResult:
    """Runs `check` with every fact of the meeting the current code accepts; ``bare``
    gives only the level and year (a file checked without a profile or --superiors)."""
    from speechdraft.lint import checks

    draft = read_draft(path)
    options: dict[str, Any] = {"level": meta["level"], "year": meta["year"]}
    accepted = inspect.signature(checks.run_checks).parameters
    extra = {
        "superiors": tuple(meta.get("superiors") or ()),
        "meeting_date": datetime.date.fromisoformat(meta["meeting_date"]),
        "speaker_title": meta.get("speaker_title"),
        "kind": meta.get("kind"),
    }
    if not bare:
        options.update({k: v for k, v in extra.items() if k in accepted})
    return checks.run_checks(draft, **options)


def evaluate_heldout(corpus: Path = HELDOUT, bare: bool = False) -> HeldoutTally:
    tally = HeldoutTally()
    for path in sorted(corpus.glob("*.txt")):
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        result = _check_heldout(path, meta, bare)
        draft = read_draft(path)
        _match_heldout(path.name, draft.paragraphs, result.findings, meta, tally)
        _score_outline(path.name, draft, meta, tally)
    return tally


def _finding_paragraph_text(paragraphs: tuple[str, ...], finding: Finding) -> str:
    index = finding_index(finding)
    return paragraphs[index] if 0 <= index < len(paragraphs) else ""


def finding_index(finding: Finding) -> int:
    """The 0-based index into the reader's paragraphs, whichever way `check` numbers them."""
    from speechdraft.lint import checks

    return finding.paragraph - getattr(checks, "PARAGRAPH_BASE", 0)


def _match_heldout(
    name: str,
    paragraphs: tuple[str, ...],
    findings: list[Finding],
    meta: dict[str, Any],
    tally: HeldoutTally,
) -> None:
    unused = list(findings)
    for label in meta["defects"]:
        rule = CLASS_RULES[label["class"]]
        text = label["text"].replace("\u3000", " ")
        hits = [
            f
            for f in unused
            if f.rule == rule
            and (text in _finding_paragraph_text(paragraphs, f) or text in f.excerpt)
        ]
        wanted = (
            len(set(re.findall(r"20\d\d年", text))) if label["class"] == "copyover_year_pair" else 1
        )
        if len(hits) < wanted:
            tally.false_negative[label["class"]] += 1
            tally.misses.append(f"{name}: {label['class']} “{text}”")
            continue
        for hit in hits[:wanted]:
            unused.remove(hit)
        tally.true_positive[label["class"]] += 1
        if finding_index(hits[0]) + 1 == label["paragraph"]:
            tally.paragraph_right += 1
    for finding in unused:
        tally.false_positive[finding.rule] += 1
        line = (
            f"{name}: {finding.rule}/{finding.severity} 第{finding.paragraph}段 {finding.excerpt}"
        )
        tally.false_alarms.append(line)
        if meta["clean"]:
            (tally.clean_errors if finding.severity == "error" else tally.clean_warnings).append(
                line
            )


def _score_outline(name: str, draft: Any, meta: dict[str, Any], tally: HeldoutTally) -> None:
    from speechdraft.lint.checks import is_junk
    from speechdraft.lint.outline import build_outline

    outline = build_outline(draft, is_junk)
    top = min((h.level for h in outline.headings), default=1)
    parts = sum(1 for h in outline.headings if h.level == top)
    announced = next((a.count for a in outline.announced if a.scope == "parts"), None)
    right = parts == meta["top_level_parts"] and announced == meta["announced_count"]
    tally.outline_rows.append(
        (name, meta["top_level_parts"], parts, meta["announced_count"], announced, right)
    )


def heldout_table(tally: HeldoutTally) -> str:
    lines = [
        "| class | rule | labels | found | missed | recall | rule's false alarms |",
        "|---|---|---|---|---|---|---|",
    ]
    for cls, rule in CLASS_RULES.items():
        tp, fn = tally.true_positive[cls], tally.false_negative[cls]
        lines.append(
            f"| {cls} | {rule} | {tp + fn} | {tp} | {fn} | {ratio(tp, tp + fn):.2f} "
            f"| {tally.false_positive[rule]} |"
        )
    tp, fn = sum(tally.true_positive.values()), sum(tally.false_negative.values())
    fp = sum(tally.false_positive.values())
    lines.append(f"| **all** | | {tp + fn} | {tp} | {fn} | {ratio(tp, tp + fn):.2f} | {fp} |")
    lines.append("")
    lines.append(
        f"precision (all rules): {ratio(tp, tp + fp):.2f}; found labels whose paragraph number "
        f"(from 1) equals the label's: {tally.paragraph_right}/{tp}"
    )
    lines.append(
        f"clean controls: {len(tally.clean_errors)} errors, {len(tally.clean_warnings)} warnings"
    )
    rows = tally.outline_rows
    lines.append(
        f"outline: {sum(r[5] for r in rows)}/{len(rows)} texts with the right number of top-level "
        f"parts and announced count ("
        f"parts right {sum(r[1] == r[2] for r in rows)}, counts right {sum(r[3] == r[4] for r in rows)})"
    )
    return "\n".join(lines)


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def clean_text_findings(paths: list[Path]) -> list[tuple[str, int, int, list[str]]]:
    """(file, errors, warnings, error lines) for drafts with no labels: every error other
    than a placeholder is a false alarm or a real defect to report."""
    rows = []
    for path in paths:
        result = run_checks(read_draft(path))
        errors = [
            f"{f.rule} 第{f.paragraph + 1}段 {f.excerpt}"
            for f in result.findings
            if f.severity == "error" and f.rule != "placeholder"
        ]
        warnings = sum(f.severity == "warning" for f in result.findings)
        rows.append((path.name, len(errors), warnings, errors))
    return rows


def _print_list(title: str, items: list[str]) -> None:
    if items:
        print(f"\n{title}:")
        print("\n".join(f"  {item}" for item in items))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--heldout", type=Path, default=HELDOUT, help="held-out set directory")
    parser.add_argument(
        "--corpus", type=Path, action="append", help="labelled corpus (*.labels.yaml)"
    )
    parser.add_argument(
        "--bare", action="store_true", help="held-out: level and year only, no superiors or date"
    )
    args = parser.parse_args()
    for corpus in args.corpus or [CORPUS, CORPUS.with_name("drafts-holdout")]:
        tally = evaluate(corpus)
        print(f"corpus {corpus.name}: {len(list(corpus.glob('*.txt')))} drafts")
        print(table(tally))
        _print_list("missed", tally.misses)
        _print_list("false alarms", tally.false_alarms)
        print()
    if args.heldout.is_dir():
        held = evaluate_heldout(args.heldout, args.bare)
        print(f"held-out set {args.heldout}: {len(list(args.heldout.glob('*.txt')))} texts")
        print(heldout_table(held))
        _print_list("missed", held.misses)
        _print_list("false alarms", held.false_alarms)
        wrong = [r for r in held.outline_rows if not r[5]]
        _print_list(
            "outline wrong (name, parts wanted, found, count wanted, found)",
            [f"{r[0]}: parts {r[1]}/{r[2]}, count {r[3]}/{r[4]}" for r in wrong],
        )

    examples = sorted(p for p in EXAMPLES.glob("*.txt") if not p.name.startswith("材料清单"))
    rows = clean_text_findings(examples)
    print(
        f"\nexamples (our own drafts, no labels): {len(rows)} drafts, "
        f"{sum(r[1] for r in rows)} errors other than placeholders, {sum(r[2] for r in rows)} warnings"
    )
    for name, _, _, errors in rows:
        for line in errors:
            print(f"  {name}: {line}")


if __name__ == "__main__":
    main()
