"""What the one-idea rounds' tests (test_one_idea_round_*.py) share: a draft cut into sentences
and blocks, the clerk's own runs of words, speaker titles by level, and the search for a family
of the round's table said twice.

Each round keeps its own table of families (the ideas readers found said twice that round) and
its own profiles; only the reading of a draft lives here, so that a change to how a draft is
read is made once.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from speechdraft.compose.render import clerk_words
from speechdraft.document import Heading
from speechdraft.pipeline import build_draft

SENTENCE = re.compile(r"[^。！？]+[。！？]?")
CLERK_RUN = 8  # characters in a row that make a sentence the clerk's own words

# a leading group's item (一是要深化县管校聘改革，激发队伍内生活力。): a heading run into its
# paragraph (templates/kinds/leading_group.j2), after the part's lead where it is the first
RUN_IN_ITEM = re.compile(r"^[一二三四五六七八九十]+是要[^；。]*。$")
RUN_IN_ITEM_ANY = re.compile(r"^[一二三四五六七八九十]+是要?[^；。]*。$")

_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
_NOT_HAN_OR_FIGURE = re.compile(r"[^\u4e00-\u9fff0-9%]+")


def titles(*levels: str) -> dict[str, dict[str, str]]:
    """Speaker titles by level and kind, as the rounds' profiles give them."""
    return {level: _TITLES[level] for level in levels}


def _titles_of(place: str) -> dict[str, str]:
    return {
        "leader_speech": f"{place}长",
        "work_report": f"{place}教育局局长",
        "concluding_remarks": f"副{place}长",
        "leading_group": f"{place}委书记、{place}委教育工作领导小组组长",
        "teachers_day": f"{place}委书记",
        "school_opening": f"{place}教育局局长",
        "safety": f"副{place}长",
    }


_TITLES = {
    "county": _titles_of("县"),
    "city": _titles_of("市"),
    "district": _titles_of("区"),
    "town": {
        "leader_speech": "镇长",
        "work_report": "镇中心学校校长",
        "concluding_remarks": "镇长",
        "leading_group": "镇党委书记、镇教育工作领导小组组长",
        "teachers_day": "镇党委书记",
        "school_opening": "镇中心学校校长",
        "safety": "副镇长",
    },
}
KINDS = tuple(_TITLES["county"])


def render(tmp_path: Path, data: dict[str, Any], seed: int, name: str = "p") -> Any:
    """The draft of a profile written to tmp_path as the clerk would save it."""
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return build_draft(path, seed=seed)


def han(text: str, figures: bool = True) -> str:
    """The text's characters that carry words (and figures, unless figures=False)."""
    return (_NOT_HAN_OR_FIGURE if figures else _NOT_HAN).sub("", text)


def _windows(text: str) -> set[str]:
    return {text[i : i + CLERK_RUN] for i in range(max(len(text) - CLERK_RUN + 1, 1))}


def clerk_runs(texts: list[str], figures: bool = True) -> set[str]:
    """Every run of CLERK_RUN characters in the clerk's texts."""
    runs: set[str] = set()
    for text in texts:
        runs |= _windows(han(text, figures))
    return runs


def draft_clerk_runs(draft: Any, figures: bool = True) -> set[str]:
    return clerk_runs(clerk_words(draft.context), figures)


def is_clerks(sentence: str, runs: set[str], figures: bool = True) -> bool:
    return not _windows(han(sentence, figures)).isdisjoint(runs)


def draft_lines(draft: Any) -> list[tuple[bool, str]]:
    """(is a heading, sentence) in the draft's order."""
    found: list[tuple[bool, str]] = []
    for block in draft.document.blocks:
        if isinstance(block, Heading):
            found.append((True, block.text))
            body = "".join(r.text for r in block.body)
        else:
            body = block.text
        found.extend((False, s.strip()) for s in SENTENCE.findall(body) if len(s.strip()) > 4)
    return found


def heading_blocks(
    document: Any,
    run_in: re.Pattern[str] = RUN_IN_ITEM,
    skip: re.Pattern[str] | None = None,
    longer_than: int = 6,
) -> list[tuple[str, list[str]]]:
    """(heading, sentences) for each heading's block, the lines before any heading first; a
    leading group's run-in item heads a block of its own; sentences `skip` matches, and those
    of ``longer_than`` characters or fewer, are left out."""
    found: list[tuple[str, list[str]]] = [("", [])]
    for block in document.blocks:
        if isinstance(block, Heading):
            found.append((block.text, []))
            body = "".join(r.text for r in block.body)
        else:
            body = block.text
        for sentence in SENTENCE.findall(body):
            sentence = sentence.strip()
            if run_in.match(sentence):
                found.append((sentence, []))
            elif len(sentence) > longer_than and not (skip and skip.match(sentence)):
                found[-1][1].append(sentence)
    return found


def said_twice_in_blocks(
    draft: Any,
    families: dict[str, re.Pattern[str]],
    run_in: re.Pattern[str] = RUN_IN_ITEM,
    skip: re.Pattern[str] | None = None,
) -> list[tuple[str, str, str]]:
    """(family, earlier, later) for every family two sentences of the draft say, the later
    neither the clerk's words nor carrying a figure or a 【】 (a fact is said whatever else
    is). A heading counts as saying what it names: its body may say it once, not a second
    time, nor any later line."""
    runs = draft_clerk_runs(draft)
    found: list[tuple[str, str, str]] = []
    first: dict[str, str] = {}
    for heading, body in heading_blocks(draft.document, run_in, skip):
        kept: set[str] = set()  # the families the heading named that its body has said once
        for sentence in ([heading] if heading else []) + body:
            for name, pattern in families.items():
                if not pattern.search(sentence):
                    continue
                earlier = first.setdefault(name, sentence)
                if earlier == sentence or sentence == heading:
                    continue
                if earlier == heading and name not in kept:
                    kept.add(name)
                    continue
                if is_clerks(sentence, runs) or "【" in sentence or re.search(r"\d", sentence):
                    continue
                found.append((name, earlier, sentence))
    return found


def ideas_said_twice(spoken: list[str], ideas: dict[str, tuple[str, ...]]) -> dict[str, list[str]]:
    """Each idea of ``ideas`` (its words) said by more than one sentence of the spoken lines
    (a sentence ends at 。！？ or ；), with those sentences (test_once33_ideas, test_once34_ideas)."""
    saying: dict[str, list[str]] = {}
    for line in spoken:
        for sentence in (p for p in re.split(r"(?<=[。！？；])", line) if p.strip()):
            for idea, words in ideas.items():
                if any(word in sentence for word in words):
                    saying.setdefault(idea, []).append(sentence)
    return {idea: said for idea, said in saying.items() if len(said) > 1}
