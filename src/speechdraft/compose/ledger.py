"""What the draft has said, draft-wide: a stock line that says again the distinctive terms an
earlier line said (issue 11's D and E on stock lines; branch echo25).

Round am's readers marked stock lines that restate the clerk's point or another line a few
lines, or a section, up: 坚持明查暗访 then 要把明查和暗访结合起来; 学校党组织覆盖率要达到100%
then 要实现中小学校党组织全覆盖; 早发现、早报告、早处置 then 有苗头就处置、就报告. The meaning
groups (restate.IDEAS) and the section's key content (restate.KEY_SHARE) let them pass: the
pair is in two sections, or the line is long and the shared words a small share of it. What
such a pair shares is two or more of the line's *terms* — its runs of rare content pairs
(明查, 暗访; 党组织, 覆盖; 处置, 报告) — in one earlier sentence, whatever else either says.

A term is a maximal run of the line's adjacent content pairs (restate.content_pairs) that are
rare in the phrase bank (weight RARE_WEIGHT and up: 明查 6.6, 覆盖 4.4, 报告 4.1; 工作 1.4,
组织 3.4 are not), that are no frame word of the genre (restate.KEY_FREE_WORDS) and no word of
the heading the line stands under (its topic, named freely), and that the earlier sentence
carries too. A figure the line says (3200, 95%) is a term of its own where an earlier
sentence says it as well. A line sharing LEAST_TERMS terms, TERM_WEIGHT in all, with one
earlier sentence (a clerk's point, a target, a review line or another stock line, any
section) says it again: the render takes another wording or unit where there is one
(restate.Said.repeats), as for any repeat. ``scripts/said_twice.py`` counts what is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

# a content pair this rare in the bank names a thing or a deed (idf over the bank's units;
# measured on round am's pairs: 明查 6.6, 暗访 6.4, 覆盖 4.4, 处置 4.1, 报告 4.1; below it
# the genre's common words: 组织 3.4, 严格 3.5, 配合 3.6)
RARE_WEIGHT = 4.0
# two terms shared with one sentence, not one: a single word (家长, 安全) is how sections on
# one topic hang together, two are one thing said again
LEAST_TERMS = 2
# and that much weight in the shared pairs (two rare pairs at least)
TERM_WEIGHT = 9.0
# and that share of the line's own weight (its content pairs less the free ones): a long line
# that names two things a line said, and says much else, adds something of its own
TERM_SHARE = 0.3
# Words that name no thing of their own: the genre's measures and the bodies every section
# addresses (计划达到, 覆盖率达到 are two lines' frame, not their content). Their pairs are free.
LEDGER_FREE_WORDS = "达到 计划 提高 目标 今年 全年 领导小组 成员单位 负责同志 事业 教书育人"
# What the ledger holds: the lines that ask or plan something (a point, a target, a stock
# line). A line reporting the meeting (刚才…作了发言), the past year's work or its problems is
# what a later line rightly answers (审议通过的…要抓好落实; 对这些问题…), not what it says again.
_ASKS = re.compile(r"(?<![需主重只就])要|必须|务必|确保|目标|计划|不能|不得|力争|争取|我们将")
_REPORTS = re.compile(r"^(?:刚才|今天|这次|召开|在第)|主要表现|突出表现|主要是：|差距：|问题主要")
# a figure counts as a term: a number of two digits or more, with its % if any
_FIGURE = re.compile(r"\d[\d,.]*\d%?|\d%")
# figures every other target says (100%: 覆盖率达到100% of 食堂 and of 心理测评), no term
COMMON_FIGURES = frozenset({"100%"})
_TEMPLATE_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_MARK = re.compile(r"【[^】]*】")
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")


@lru_cache(maxsize=16384)
def pair_runs(text: str) -> tuple[tuple[str, ...], ...]:
    """The pairs of adjacent Chinese characters of ``text``, run by run (punctuation and
    template code break runs), in their order; a mark (【待补：…】) is no part of it."""
    runs = _NOT_HAN.split(_MARK.sub("|", _TEMPLATE_CODE.sub("|", text)))
    return tuple(tuple(run[i : i + 2] for i in range(len(run) - 1)) for run in runs if run)


@lru_cache(maxsize=16384)
def figures_in(text: str) -> frozenset[str]:
    """The figures ``text`` says (two digits or more, or a percentage), commas left out."""
    plain = _MARK.sub("|", _TEMPLATE_CODE.sub("|", text))
    return frozenset(f.replace(",", "") for f in _FIGURE.findall(plain)) - COMMON_FIGURES


def shared_terms(
    text: str,
    weights: Mapping[str, float],
    earlier: frozenset[str],
    free: frozenset[str],
) -> tuple[int, float, tuple[str, ...]]:
    """How many terms of ``text`` a sentence of content pairs ``earlier`` carries, their
    weight, and the terms (joined pairs: 明查, 校党组). ``weights``: the text's content
    pairs weighted by rarity; ``free``: pairs that are no term here (frame words, the
    heading's words)."""
    terms: list[str] = []
    weight = 0.0
    for run in pair_runs(text):
        term, rare, term_weight = "", False, 0.0
        for pair in (*run, ""):
            w = weights.get(pair, 0.0)
            if pair and w and pair not in free and pair in earlier:
                term = term + pair[1] if term else pair
                rare = rare or w >= RARE_WEIGHT
                term_weight += w
                continue
            if term and rare:
                terms.append(term)
                weight += term_weight
            term, rare, term_weight = "", False, 0.0
    # one word said twice in a line is one term (党员…党员教师; 校企合作…合作企业)
    distinct = tuple(
        t for t in dict.fromkeys(terms) if not any(t != other and t in other for other in terms)
    )
    return len(distinct), weight, distinct


@lru_cache(maxsize=16384)  # asked of every sentence said: mostly the bank's, every draft
def asks(text: str) -> bool:
    """Whether ``text`` asks or plans something (the ledger keeps it), not reports."""
    return bool(_ASKS.search(text)) and not _REPORTS.search(text)


@lru_cache(maxsize=1)
def ledger_free() -> frozenset[str]:
    """The pairs of LEDGER_FREE_WORDS."""
    return frozenset(w[i : i + 2] for w in LEDGER_FREE_WORDS.split() for i in range(len(w) - 1))


def says_again(
    text: str,
    weights: Mapping[str, float],
    sentences: Iterable[tuple[frozenset[str], frozenset[str]]],
    free: frozenset[str],
    own: frozenset[str] = frozenset(),
    rare: frozenset[str] | None = None,
    tokens: list[_Token | None] | None = None,
) -> bool:
    """Whether one of ``sentences`` (content pairs, figures) carries LEAST_TERMS of
    ``text``'s terms, TERM_WEIGHT and TERM_SHARE of its weight (a figure both say is a term,
    of weight RARE_WEIGHT). ``free``: pairs that are never a term (frame words); ``own``: the
    words of the heading the line stands under, a term only beside one of another word (校车
    under a heading on 校车 and 随车照管 said again: a line under its heading names its topic,
    it says a thing again only where it shares something more). ``rare``: rare_pairs(weights,
    free), and ``tokens``: text_tokens(text, weights, free), where the caller keeps them."""
    shared = sharing_lines(text, weights, sentences, free, rare, tokens)
    return any(says_under(text, weights, content, both, free, own) for content, both in shared)


def sharing_lines(
    text: str,
    weights: Mapping[str, float],
    sentences: Iterable[tuple[frozenset[str], frozenset[str]]],
    free: frozenset[str],
    rare: frozenset[str] | None = None,
    tokens: list[_Token | None] | None = None,
) -> Iterator[tuple[frozenset[str], bool]]:
    """The ``sentences`` that carry enough of ``text``'s terms and weight (says_again's test,
    whatever heading the line stands under), as (content pairs, whether it shares a figure),
    in their order. What the heading's words change (says_under) is asked apart: a record
    keeps these lines for the draft and asks only that again in each section (speed35)."""
    figures = figures_in(text)
    free = with_ledger_free(free)
    # a term holds a rare pair of the text: a sentence carrying none of them shares no term,
    # and the walk of the text's runs is not needed to say so (speed27: most ledger lines
    # sharing two pairs share no rare one); the runs are read once a call, not once a line
    if rare is None:
        rare = rare_pairs(weights, free)
    total: float | None = None  # asked of the few lines sharing enough (speed27)
    for content, said_figures in sentences:
        if rare.isdisjoint(content):
            count, weight = 0, 0.0
        else:
            if tokens is None:
                tokens = _tokens(text, weights, free)
            count, weight = _shared_count(tokens, content)
        both = len(figures & said_figures) if figures else 0
        count += both
        weight += both * RARE_WEIGHT
        if count < LEAST_TERMS or weight < TERM_WEIGHT:
            continue
        if total is None:
            total = sum(w for pair, w in weights.items() if pair not in free)
        if total <= 0:  # no weight of its own: it says nothing again, whatever it shares
            return
        if weight < TERM_SHARE * total:
            continue
        yield content, bool(both)


def says_under(
    text: str,
    weights: Mapping[str, float],
    content: frozenset[str],
    both: bool,
    free: frozenset[str],
    own: frozenset[str],
) -> bool:
    """Whether a line sharing_lines found says ``text`` again under a heading of words
    ``own``: a figure both say, or a term of another word than the heading's."""
    if not own or both:
        return True
    return shared_terms(text, weights, content, with_ledger_free(free) | own)[0] > 0


def rare_pairs(weights: Mapping[str, float], free: frozenset[str]) -> frozenset[str]:
    """The pairs of ``weights`` that may make a term of it (RARE_WEIGHT, not ``free`` nor a
    ledger_free pair): a sentence sharing none shares no term with it."""
    free = with_ledger_free(free)
    return frozenset(p for p, w in weights.items() if w >= RARE_WEIGHT and p not in free)


@lru_cache(maxsize=8)
def with_ledger_free(free: frozenset[str]) -> frozenset[str]:
    """``free`` and the pairs of LEDGER_FREE_WORDS: the renderer passes the same few sets of
    free pairs (the genre's frame words), a few hundred times a draft, and the union of a
    few hundred pairs was made again each time (speed35)."""
    return free | ledger_free()


# one pair of a text's runs that may belong to a term: the pair, its weight, whether rare
_Token = tuple[str, float, bool]


def text_tokens(
    text: str, weights: Mapping[str, float], free: frozenset[str]
) -> list[_Token | None]:
    """``text``'s pairs as shared_terms walks them, what does not depend on the earlier
    sentence worked out: a pair that may be part of a term (weighted, not free), or None
    where a term ends whatever the sentence (a pair that may not, the end of a run).
    It depends on the wording alone: restate keeps it with the wording (speed35)."""
    return _tokens(text, weights, with_ledger_free(free))


def _tokens(text: str, weights: Mapping[str, float], free: frozenset[str]) -> list[_Token | None]:
    """text_tokens, ``free`` already holding the ledger's free pairs."""
    tokens: list[_Token | None] = []
    for run in pair_runs(text):
        for pair in run:
            w = weights.get(pair, 0.0)
            tokens.append((pair, w, w >= RARE_WEIGHT) if w and pair not in free else None)
        tokens.append(None)
    return tokens


def _shared_count(tokens: list[_Token | None], earlier: frozenset[str]) -> tuple[int, float]:
    """shared_terms' count and weight from the text's ``_tokens``: the same terms, their
    weights added in the same order (the same floats)."""
    terms: list[str] = []
    weight = 0.0
    term, rare, term_weight = "", False, 0.0
    for token in tokens:
        if token is not None and token[0] in earlier:
            pair, w, is_rare = token
            term = term + pair[1] if term else pair
            rare = rare or is_rare
            term_weight += w
            continue
        if term and rare:
            terms.append(term)
            weight += term_weight
        term, rare, term_weight = "", False, 0.0
    if len(terms) < 2:  # most lines: none or one term, distinct as it stands (speed35)
        return len(terms), weight
    distinct = [
        t for t in dict.fromkeys(terms) if not any(t != other and t in other for other in terms)
    ]
    return len(distinct), weight
