"""A scorecard of every phrase-bank wording by what blind readers said of it.

    python scripts/unit_scorecard.py                      # every round in docs/review/
    python scripts/unit_scorecard.py --round /work/review-ac --strict /work/review-ac
    python scripts/unit_scorecard.py --over               # only the wordings over the line

Every wording of the bank (``templates/phrases/**.yaml``: a unit's ``text`` and its other
wordings, headings, review leads, frame units) is cut into its sentences and each sentence
made a pattern: its template code (``{{ w.all }}``, ``{{ fact("…") }}``, ``{{ suggest(…) }}``)
matches any words, its own words must be there as written. Every labelled line of every review
round (``labels/NAME.txt``: ``[classes] sentence  ← reason``) is matched against those
patterns (as it stands, and with a heading number or an 一是/首先 lead taken off); a line that
several wordings match counts for the one with most words of its own (ties: each of them).

For each wording: its readings and labelled readings in the **strict** rounds (read with the
strict brief of round y: rounds with a ``READING-BRIEF.md``, round xc which used y's brief, and
any folder given with ``--strict``) and in all rounds, the classes readers gave, and their
reasons. A wording is **over the line** when labelled in at least 40 % of at least 3 strict
readings, or in at least 50 % of at least 5 readings of all rounds. The table goes to
``docs/review/SCORECARD.md`` (``-o`` elsewhere).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CLASSES = "GFLYRDESA"
# rounds read with round y's strict brief that carry no READING-BRIEF.md of their own
STRICT_NAMES = ("2026-12-01xc",)
# keys whose values are tags, not words a speaker says
TAG_KEYS = frozenset(
    (
        "key",
        "label",
        "aliases",
        "roles",
        "levels",
        "kinds",
        "years",
        "mentions",
        "needs",
        "unless",
        "months",
        "slot",
        "unit",
        "source",
        "required",
        "topic",
        "when_named",
        "follow_through",
        "facts",
    )
)
_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PIECE = re.compile(r"[^。！？]*[。！？]+[”’」』）)]*|[^。！？]+$")
_LABEL = re.compile(r"^\[([A-Z ]*)\]\s?(.*?)(?:\s+←\s*(.*))?$")
_LEADS = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]\s*"
    r"|[一二三四五六七八九十]+是[，,]?|(?:首先|其次|再次|最后|同时|此外|另外|第[一二三四五六七八九十]+)[，,])"
)
KEY_CHARS = 4  # a pattern is found by the first characters of its longest run of own words
MIN_OWN = 6  # a piece with fewer Chinese characters of its own is not scored


@dataclass(frozen=True)
class Wording:
    """One sentence of one bank wording, and where it is written."""

    text: str  # the sentence as written in the bank (template code included)
    file: str  # path relative to the templates folder
    line: int  # 1-based line of the wording
    place: str  # the area/family or the frames slot it belongs to
    unit: int = (
        0  # line of the unit (its mapping, or the wording itself): its other wordings share it
    )

    @property
    def own(self) -> int:
        return len(_HAN.findall(_CODE.sub("", self.text)))


@dataclass
class Score:
    readings: int = 0
    labelled: int = 0
    strict_readings: int = 0
    strict_labelled: int = 0
    classes: Counter[str] = field(default_factory=Counter)
    reasons: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.labelled / self.readings if self.readings else 0.0

    @property
    def strict_rate(self) -> float:
        return self.strict_labelled / self.strict_readings if self.strict_readings else 0.0

    @property
    def over(self) -> bool:
        return (self.strict_readings >= 3 and self.strict_rate >= 0.4) or (
            self.readings >= 5 and self.rate >= 0.5
        )


# --- the bank ---------------------------------------------------------------------------


def pieces(text: str) -> list[str]:
    """A wording cut after each 。！？ (template code kept whole)."""
    masked = _CODE.sub(lambda m: "\0" * len(m.group()), text)
    out, start = [], 0
    for match in _PIECE.finditer(masked):
        end = match.end()
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    return out


def _walk(
    node: yaml.Node, place: str, found: list[tuple[str, int, str, int]], unit: int = 0
) -> None:
    if isinstance(node, yaml.ScalarNode):
        if isinstance(node.value, str) and _HAN.search(node.value):
            line = node.start_mark.line + 1
            found.append((node.value, line, place, unit or line))
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _walk(item, place, found, unit if isinstance(item, yaml.ScalarNode) else 0)
    elif isinstance(node, yaml.MappingNode):
        unit = node.start_mark.line + 1
        own_key = next(
            (v.value for k, v in node.value if k.value == "key" and isinstance(v, yaml.ScalarNode)),
            None,
        )
        here = f"{place}/{own_key}" if own_key and place else (own_key or place)
        for key, value in node.value:
            name = str(key.value)
            if name in TAG_KEYS:
                continue
            if name == "text":
                _walk(value, here, found, unit)
            elif name in ("headings", "units", "families", "review_leads"):
                _walk(value, here, found)
            else:  # a frames slot (teachers_day.duty_more) or any other container
                _walk(value, f"{here}:{name}" if here else name, found)


def bank_wordings(templates: Path) -> list[Wording]:
    """Every sentence of every wording in the phrase files under ``templates``."""
    phrases = templates / "phrases" if (templates / "phrases").is_dir() else templates
    out: list[Wording] = []
    for path in sorted(phrases.rglob("*.yaml")):
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        if node is None:
            continue
        found: list[tuple[str, int, str, int]] = []
        _walk(node, "", found)
        rel = path.relative_to(templates).as_posix()
        for text, line, place, unit in found:
            where = f"{path.stem}{':' if place else ''}{place}"
            for piece in pieces(text.strip()):
                out.append(Wording(piece, rel, line, where, unit))
    return [w for w in out if w.own >= MIN_OWN]


class Matcher:
    """Finds the wordings a rendered sentence was said from."""

    def __init__(self, wordings: Iterable[Wording]) -> None:
        self.by_key: dict[str, list[tuple[Wording, re.Pattern[str]]]] = defaultdict(list)
        for wording in wordings:
            parts = _CODE.split(wording.text)
            longest = max(parts, key=len)
            if len(longest) < KEY_CHARS:
                continue
            pattern = re.compile(".*?".join(re.escape(p) for p in parts), re.DOTALL)
            self.by_key[longest[:KEY_CHARS]].append((wording, pattern))

    def _matches(self, sentence: str) -> list[Wording]:
        seen: set[int] = set()
        found: list[Wording] = []
        for i in range(len(sentence) - KEY_CHARS + 1):
            for wording, pattern in self.by_key.get(sentence[i : i + KEY_CHARS], ()):
                if id(pattern) in seen:
                    continue
                seen.add(id(pattern))
                if pattern.fullmatch(sentence):
                    found.append(wording)
        return found

    def match(self, sentence: str) -> list[Wording]:
        """The wordings with most own words that the sentence, or the sentence with a
        heading number or enumeration lead taken off, renders word for word."""
        sentence = sentence.strip()
        found = self._matches(sentence)
        bare = _LEADS.sub("", sentence, count=1)
        if bare != sentence:
            found += self._matches(bare)
        if not found:
            return []
        best = max(w.own for w in found)
        return list(dict.fromkeys(w for w in found if w.own == best))


# --- the reviews ------------------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    sentence: str
    classes: frozenset[str]
    reason: str
    round: str
    strict: bool
    draft: str


def is_strict(folder: Path, extra: Iterable[Path] = ()) -> bool:
    extra_resolved = {p.resolve() for p in extra}
    return (
        (folder / "READING-BRIEF.md").exists()
        or folder.name in STRICT_NAMES
        or folder.resolve() in extra_resolved
    )


def readings(folder: Path, strict: bool) -> Iterator[Reading]:
    for path in sorted((folder / "labels").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            match = _LABEL.match(line)
            if not match:
                continue
            classes = frozenset(c for c in match.group(1).split() if c in CLASSES)
            yield Reading(
                match.group(2).strip(),
                classes,
                (match.group(3) or "").strip(),
                folder.name,
                strict,
                path.stem,
            )


def score(
    wordings: list[Wording], rounds: Iterable[tuple[Path, bool]]
) -> tuple[dict[Wording, Score], Counter[str]]:
    """Each wording's score, and totals: lines read, lines matched, labels matched."""
    matcher = Matcher(wordings)
    scores: dict[Wording, Score] = {w: Score() for w in wordings}
    totals: Counter[str] = Counter()
    cache: dict[str, list[Wording]] = {}
    for folder, strict in rounds:
        for reading in readings(folder, strict):
            totals["lines"] += 1
            totals["labelled"] += bool(reading.classes)
            if reading.sentence not in cache:
                cache[reading.sentence] = matcher.match(reading.sentence)
            found = cache[reading.sentence]
            if not found:
                continue
            totals["matched"] += 1
            totals["matched_labelled"] += bool(reading.classes)
            for wording in found:
                card = scores[wording]
                card.readings += 1
                card.labelled += bool(reading.classes)
                if strict:
                    card.strict_readings += 1
                    card.strict_labelled += bool(reading.classes)
                card.classes.update(reading.classes)
                if reading.classes and reading.reason:
                    tag = "".join(sorted(reading.classes, key=CLASSES.index))
                    card.reasons.append(f"{round_tag(reading.round)}/{tag}: {reading.reason}")
    return scores, totals


def round_tag(name: str) -> str:
    """A round's letters (2026-12-01ab → ab; the first round, 2026-11-30, is a)."""
    return re.sub(r"^\d{4}-\d{2}-\d{2}-?", "", name) or "a"


# --- the table --------------------------------------------------------------------------


def _cell(text: str, limit: int | None = None) -> str:
    text = text.replace("|", "｜").replace("\n", " ")
    if limit and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def table(
    scores: dict[Wording, Score],
    totals: Counter[str],
    names: list[str],
    strict: list[str],
    only_over: bool = False,
    limit: int = 400,
) -> str:
    # one row per wording text: a sentence written in two places scores once
    rows = sorted(
        ((w, s) for w, s in scores.items() if s.readings),
        key=lambda ws: (-ws[1].over, -ws[1].labelled, -ws[1].readings, ws[0].file, ws[0].line),
    )
    over = [(w, s) for w, s in rows if s.over]
    lines = [
        "# Scorecard of the bank's wordings over the blind reviews",
        "",
        "Written by `python scripts/unit_scorecard.py` (do not edit by hand). Each labelled line of",
        "every round is matched to the bank wording it was said from (template code as wildcards).",
        "",
        f"- rounds: {len(names)} ({' '.join(map(round_tag, names))}); strict brief: "
        f"{' '.join(map(round_tag, strict)) or 'none'}",
        f"- lines read: {totals['lines']:,}, labelled {totals['labelled']:,}; matched to a wording "
        f"of this bank: {totals['matched']:,} lines, {totals['matched_labelled']:,} labelled",
        f"- wordings read at least once: {len(rows):,}; **over the line** (≥ 40 % of ≥ 3 strict "
        f"readings, or ≥ 50 % of ≥ 5 readings): **{len(over)}**, with "
        f"{sum(s.readings for _, s in over):,} readings and {sum(s.labelled for _, s in over):,} "
        "labels",
        "",
        "| # | over | strict l/n | all l/n | classes | wording | where | reasons (round/classes) |",
        "|---:|:---:|---:|---:|---|---|---|---|",
    ]
    shown = over if only_over else rows[:limit]
    for i, (w, s) in enumerate(shown, 1):
        classes = " ".join(f"{c}{s.classes[c]}" for c in CLASSES if s.classes[c])
        reasons = "；".join(_cell(r, 90) for r in s.reasons[-3:])
        lines.append(
            f"| {i} | {'●' if s.over else ''} | {s.strict_labelled}/{s.strict_readings} | "
            f"{s.labelled}/{s.readings} | {classes} | {_cell(w.text)} | {w.file}:{w.line} | "
            f"{reasons} |"
        )
    return "\n".join(lines) + "\n"


def default_rounds() -> list[Path]:
    review = ROOT / "docs" / "review"
    return sorted(p for p in review.glob("2026-*") if (p / "labels").is_dir())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", type=Path, default=ROOT / "templates")
    parser.add_argument(
        "--round",
        type=Path,
        action="append",
        default=[],
        help="a review folder (labels/ inside); default every docs/review/2026-*",
    )
    parser.add_argument(
        "--strict",
        type=Path,
        action="append",
        default=[],
        help="a folder read with the strict brief that has no READING-BRIEF.md",
    )
    parser.add_argument("--over", action="store_true", help="list only the wordings over the line")
    parser.add_argument("--limit", type=int, default=400, help="rows of the full table")
    parser.add_argument(
        "-o", "--output", type=Path, default=ROOT / "docs" / "review" / "SCORECARD.md"
    )
    args = parser.parse_args(argv)
    folders = args.round or default_rounds()
    folders += [p for p in args.strict if p not in folders]
    rounds = [(f, is_strict(f, args.strict)) for f in folders]
    wordings = bank_wordings(args.templates)
    scores, totals = score(wordings, rounds)
    names = [f.name for f in folders]
    strict = [f.name for f, s in rounds if s]
    text = table(scores, totals, names, strict, args.over, args.limit)
    args.output.write_text(text, encoding="utf-8")
    over = [s for s in scores.values() if s.over]
    print(
        f"{len(wordings)} wording sentences; {totals['matched']}/{totals['lines']} lines matched; "
        f"over the line: {len(over)} wordings, {sum(s.readings for s in over)} readings, "
        f"{sum(s.labelled for s in over)} labels → {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
