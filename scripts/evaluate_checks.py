"""Precision and recall of each `check` rule on the labelled corpus in tests/fixtures/drafts.

A finding matches a label when the rules agree and the label's text stands in the
finding's paragraph (or its excerpt). Each label and each finding is used at most once.
Run:  python scripts/evaluate_checks.py        (tests/test_check_corpus.py asserts floors)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from speechdraft.lint.checks import Finding, run_checks
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
                and (label["text"] in paragraphs[f.paragraph] or label["text"] in f.excerpt)
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


def main() -> None:
    tally = evaluate()
    print(f"corpus: {len(list(CORPUS.glob('*.txt')))} drafts")
    print(table(tally))
    for title, items in (("missed", tally.misses), ("false alarms", tally.false_alarms)):
        if items:
            print(f"\n{title}:")
            print("\n".join(f"  {item}" for item in items))


if __name__ == "__main__":
    main()
