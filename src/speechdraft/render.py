"""Jinja2 rendering of a speech context into markup (see structure.py for the markup).

Templates are rendered in a sandbox with StrictUndefined. Every value printed with
``{{ }}`` passes ``_finalize``: profile text is wrapped in literal markers so that no
markup or token can come from a profile (a value ``{{ 7*7 }}`` or ``# 标题`` stays
literal), while the tokens made by the functions below pass through as ``Raw``.

User templates (``--templates``) may come from another office, so the sandbox is
bounded as well as closed (see :class:`_Sandbox`): no Python internals, no
``str.format``, no list mutation, no file outside the template folder, no value or
output beyond a size limit, and a step and time budget that stops a runaway loop.
"""

from __future__ import annotations

import contextlib
import functools
import posixpath
import random
import re
import sys
import time
import types
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import jinja2.sandbox
from jinja2.compiler import CodeGenerator
from jinja2.filters import make_attrgetter
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from speechdraft.context import Figure, SpeechContext, TaskItem
from speechdraft.errors import TemplateRenderError
from speechdraft.phrasebank import Area

_FACT_CALL = re.compile(r"fact\(\s*[\"']([^\"']+)[\"']\s*\)")
LITERAL_OPEN = "\ue000"
LITERAL_CLOSE = "\ue001"


class Raw(str):
    """Markup made by speechdraft itself (tokens, rendered phrases): printed as is."""

    __slots__ = ()


# What str.splitlines() breaks at: inside literal text it would cut the markup's line.
_LINE_BREAKS = str.maketrans(dict.fromkeys("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029", " "))


def literal(text: str) -> str:
    """Marks profile text as literal; the markers themselves can't be smuggled in, nor a
    line break (load_profile joins lines already; this guards values built in code)."""
    clean = text.replace(LITERAL_OPEN, "").replace(LITERAL_CLOSE, "").translate(_LINE_BREAKS)
    return f"{LITERAL_OPEN}{clean}{LITERAL_CLOSE}"


def _finalize(value: Any) -> Any:
    if isinstance(value, Raw):
        return value
    if _text_size(value) > MAX_VALUE_SIZE:
        raise _too_big("要输出的值")
    if isinstance(value, bool) or value is None:
        raise TemplateRenderError(f"模板输出了无效的值：{value!r}")
    if isinstance(value, int):
        return str(value)
    return literal(str(value))


# Bounds on what a template may do. A built-in draft's markup is about 20,000
# characters and its templates run about 2,000 lines; these limits are far above that.
MAX_OUTPUT_CHARS = 1_000_000  # the markup of one draft
MAX_VALUE_SIZE = 1_000_000  # characters (or items) of one value a template builds
MAX_INT_BITS = 4_096  # integers a template computes (2**4096 has 1,234 digits)
MAX_TEMPLATE_BYTES = 1024 * 1024  # one template file
MAX_STEPS = 1_000_000  # template lines run in one render (user templates; built-ins run ~2,000)
MAX_SECONDS = 20.0  # one render (user templates)
MAX_NESTING = 100  # macros and includes inside one another (user templates)


class _Limit(TemplateRenderError):
    """A template went past one of the bounds above."""


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text_size(value: Any, limit: int = MAX_VALUE_SIZE) -> int:
    """About how many characters ``str(value)`` would have, counting no further than
    just past ``limit`` (so a list holding one big string a thousand times is cheap)."""
    total, stack = 0, [value]
    while stack and total <= limit:
        item = stack.pop()
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, list | tuple | set | frozenset | dict | range):
            total += 2 + len(item)
            if total <= limit and not isinstance(item, range):
                stack.extend(item.items() if isinstance(item, dict) else item)
        elif isinstance(item, Namespace):  # namespace(): a dict behind __getattribute__
            stack.append(object.__getattribute__(item, "_Namespace__attrs"))
        elif _is_int(item):
            total += item.bit_length() // 3 + 1
        else:
            total += 1
    return total


def _too_big(what: str = "一个值") -> _Limit:
    return _Limit(f"{what}超过了 {MAX_VALUE_SIZE} 个字符（或项）的上限，已停止")


def _checked(value: Any) -> Any:
    if _is_int(value) and value.bit_length() > MAX_INT_BITS:
        raise _Limit(f"算出的整数超过了 {MAX_INT_BITS} 位二进制的上限，已停止")
    if _text_size(value) > MAX_VALUE_SIZE:
        raise _too_big("算出的文字或列表")
    return value


def _check_arguments(args: Sequence[Any], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if _is_int(value) and abs(value) > MAX_VALUE_SIZE:
            raise _Limit(f"参数 {value} 太大（上限 {MAX_VALUE_SIZE}），已停止")
        _checked(value)


def _replace_size(text: str, old: str, new: str, count: int = -1) -> int:
    times = text.count(old) if old else len(text) + 1
    if count is not None and count >= 0:
        times = min(times, count)
    return len(text) + times * (len(new) - len(old))


# "%10s" is fine, "%999999999s" or "%*s" would allocate what the template asks for.
_FORMAT_SPEC = re.compile(r"%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d+))?")


def _check_percent_format(fmt: str) -> None:
    for match in _FORMAT_SPEC.finditer(fmt):
        for group in match.groups():
            if group == "*" or (group and int(group) > MAX_VALUE_SIZE):
                raise _Limit(f"格式“{match.group()}”的宽度太大或不固定，已停止")


def _check_binop(operator: str, left: Any, right: Any) -> None:
    """Refuses an operation before it allocates more than the bounds allow."""
    if operator == "**" and _is_int(left) and _is_int(right):
        if right > 0 and abs(left) > 1 and right * abs(left).bit_length() > MAX_INT_BITS:
            raise _Limit(f"{left} ** {right} 太大，已停止")
    elif operator == "*":
        if (
            _is_int(left)
            and _is_int(right)
            and left.bit_length() + right.bit_length() > MAX_INT_BITS
        ):
            raise _Limit("相乘的整数太大，已停止")
        for sequence, times in ((left, right), (right, left)):
            if not (isinstance(sequence, str | list | tuple) and _is_int(times) and times > 0):
                continue
            if _text_size(sequence) * times > MAX_VALUE_SIZE:
                raise _too_big("重复后的文字或列表")
    elif operator == "%" and isinstance(left, str):
        _check_percent_format(left)


# str methods that could build a value much larger than their arguments.
_UNSAFE_STR_METHODS = frozenset({"format", "format_map", "expandtabs", "translate"})


def _check_str_method(text: str, name: str, args: Sequence[Any]) -> None:
    if name == "replace" and len(args) >= 2 and isinstance(args[0], str):
        count = args[2] if len(args) > 2 and _is_int(args[2]) else -1
        if _replace_size(text, args[0], str(args[1]), count) > MAX_VALUE_SIZE:
            raise _too_big("替换后的文字")
    elif name == "join" and args:
        items = args[0] if isinstance(args[0], list | tuple) else ()
        if _text_size(items) + len(text) * len(items) > MAX_VALUE_SIZE:
            raise _too_big("连接后的文字")


class _BoundedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` to a size-checked join (the sandbox offers no hook for it)."""

    def visit_Concat(self, node, frame) -> None:  # type: ignore[no-untyped-def]
        self.write("environment.bounded_join((")
        for argument in node.nodes:
            self.visit(argument, frame)
            self.write(", ")
        self.write("))")


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's sandbox (no ``_`` attributes, no Python internals, no unsafe callables,
    no list or dict mutation), with every operation that can make a large value checked
    before it runs: ``+ * ** %``, ``~``, calls (and their arguments), and filters."""

    intercepted_binops = frozenset({"+", "*", "**", "%"})
    code_generator_class = _BoundedCodeGenerator

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:  # type: ignore[no-untyped-def]
        _check_binop(operator, left, right)
        return _checked(super().call_binop(context, operator, left, right))

    def call(self, context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:  # type: ignore[no-untyped-def,override]
        _check_arguments(args, kwargs)
        owner = getattr(obj, "__self__", None)
        if isinstance(obj, types.BuiltinMethodType) and isinstance(owner, str):
            _check_str_method(owner, obj.__name__, args)
        return _checked(super().call(context, obj, *args, **kwargs))

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and attr in _UNSAFE_STR_METHODS:
            return False  # str.format can pad to any width; templates have % and ~
        return super().is_safe_attribute(obj, attr, value)

    def wrap_str_format(self, value: Any) -> None:
        return None  # no sandboxed str.format either: is_safe_attribute refuses it

    def bounded_join(self, parts: Sequence[Any]) -> str:
        texts = [str(_checked(part)) for part in parts]
        if sum(map(len, texts)) > MAX_VALUE_SIZE:
            raise _too_big("用 ~ 连接的文字")
        return "".join(texts)


class _FolderLoader(jinja2.BaseLoader):
    """Templates from one folder and nothing outside it: ``..`` and absolute names are
    refused by Jinja's own path check, and a file (or symbolic link) whose real path
    lies outside the folder is refused here; so is an oversized or non-UTF-8 file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root = folder.resolve()

    def get_source(  # type: ignore[override]
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)  # raises TemplateNotFound for ../
        path = Path(posixpath.join(str(self.folder), *pieces))  # posix: no drive letters
        if not path.is_file():
            raise jinja2.TemplateNotFound(template)
        if not path.resolve().is_relative_to(self.root):
            raise TemplateRenderError(
                f"模板 {path} 指向模板文件夹以外的文件：模板只能使用 {self.folder} 中的文件"
            )
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateRenderError(f"模板 {path} 太大（上限 1 MB）")
        try:
            source = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            raise TemplateRenderError(f"模板 {path} 不是 UTF-8 编码：请另存为 UTF-8") from None
        mtime = path.stat().st_mtime
        return source, str(path), lambda: path.is_file() and path.stat().st_mtime == mtime


@jinja2.pass_environment
def _join(
    environment: jinja2.Environment, value: Any, d: str = "", attribute: str | None = None
) -> str:
    """The join filter, counting as it goes."""
    separator, texts, total = str(d), [], 0
    getter = make_attrgetter(environment, attribute) if attribute is not None else None
    for item in value:
        part = getter(item) if getter else item
        text = str(_checked(part))
        total += len(text) + len(separator)
        if total > MAX_VALUE_SIZE:
            raise _too_big("连接后的文字")
        texts.append(text)
    return separator.join(texts)


@jinja2.pass_environment
def _sum(
    environment: jinja2.Environment, iterable: Any, attribute: str | None = None, start: Any = 0
) -> Any:
    """The sum filter for numbers only (summing lists is quadratic)."""
    values = list(iterable)
    if attribute is not None:
        getter = make_attrgetter(environment, attribute)
        values = [getter(v) for v in values]
    if not all(isinstance(v, int | float) for v in (start, *values)):
        raise _Limit("sum 只能对数字求和")
    return _checked(sum(values, start))


def _replace(s: Any, old: str, new: str, count: int | None = None) -> str:
    text = str(s)
    if _replace_size(text, str(old), str(new), -1 if count is None else count) > MAX_VALUE_SIZE:
        raise _too_big("替换后的文字")
    return text.replace(str(old), str(new), -1 if count is None else count)


# The filters a speech template may use. Left out: random (a draft must come out the
# same every time), and those that pad, wrap or serialise text to a size the template
# chooses (center, indent, wordwrap, format, pprint, tojson, urlize, xmlattr …).
_FILTERS = frozenset(
    {
        "abs", "attr", "batch", "capitalize", "count", "d", "default", "dictsort", "e",
        "escape", "first", "float", "groupby", "int", "items", "last", "length", "list",
        "lower", "map", "max", "min", "reject", "rejectattr", "reverse", "round", "select",
        "selectattr", "slice", "sort", "string", "title", "trim", "truncate", "unique",
        "upper", "wordcount",
    }
)  # fmt: skip


def _bounded_filter(function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)  # keeps jinja's pass_context/pass_environment marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _check_arguments(args, kwargs)
        return _checked(function(*args, **kwargs))

    return bounded


@cache
def make_environment(template_dirs: tuple[Path, ...]) -> _Sandbox:
    """The one configured environment: user folders first, then the built-ins."""
    for folder in template_dirs:
        if not folder.is_dir():
            raise TemplateRenderError(f"模板文件夹 {folder} 不存在或不是文件夹")
    env = _Sandbox(
        loader=jinja2.ChoiceLoader([_FolderLoader(d) for d in template_dirs]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        finalize=_finalize,
    )
    filters = {name: f for name, f in env.filters.items() if name in _FILTERS}
    filters |= {"join": _join, "sum": _sum, "replace": _replace}
    env.filters = {name: _bounded_filter(f) for name, f in filters.items()}
    del env.globals["lipsum"]  # n paragraphs of lorem ipsum, n chosen by the template
    return env


def placeholder(label: str, unit: str = "") -> Raw:
    """The token for a missing fact; becomes 【待补：label（unit）】 highlighted in the .docx."""
    clean = label.replace("⟦", "").replace("⟧", "").replace(":", "：")
    return Raw(f"⟦fact:{clean}:{unit}⟧")


class _Speech:
    """The functions a speech template may call, bound to one context and seed."""

    def __init__(self, env: _Sandbox, ctx: SpeechContext) -> None:
        self.env = env
        self.ctx = ctx
        self.used: set[str] = set()  # bank entries already in this draft

    def rng(self, salt: str) -> random.Random:
        return random.Random(f"{self.ctx.seed}:{salt}")

    def variant(self, salt: str, count: int) -> int:
        return self.rng(salt).randrange(count)

    def phrase(
        self, source: str, facts: dict[str, str] | None = None, area: Area | None = None
    ) -> str:
        """Renders one phrase-bank string with the level words, years and facts."""
        try:
            template = _compile(self.env, source)
            return template.render(
                w=self.ctx.w, y=self.ctx.y, fact=self._fact_fn(area, facts or {})
            )
        except jinja2.TemplateError as exc:
            where = f"（领域“{area.label}”）" if area else ""
            raise TemplateRenderError(f"措辞库条目有误{where}：{exc}\n条目：{source[:60]}") from exc

    def _fact_fn(self, area: Area | None, facts: dict[str, str]) -> Callable[[str], Raw]:
        def fact(key: str) -> Raw:
            spec = area.fact(key) if area else None
            if spec is None:
                raise TemplateRenderError(f"措辞库引用了未声明的数据项：{key}")
            if key in facts:
                return Raw(literal(facts[key]))
            return placeholder(spec.label, spec.unit)

        return fact

    def task_title(self, item: TaskItem, salt: str) -> Raw:
        if item.title:
            return Raw(literal(item.title))
        if item.area and item.area.titles:
            return Raw(self.phrase(self._choose(item.area.titles, salt), area=item.area))
        options = (
            f"扎实推进{item.label}工作",
            f"聚焦{item.label}，抓实抓细各项任务",
            f"统筹抓好{item.label}，确保取得实效",
        )
        return Raw(literal(self._choose(options, salt)))

    def task_body(self, item: TaskItem, salt: str) -> Raw:
        """The bank's paragraph for the area, sized by the length level: trimmed to its
        fact-bearing sentences below 0, with supporting sentences from 1 and `details`
        paragraphs from 5; then the profile's own points as 一是…二是…. Every fact the
        profile gives is said, whatever the level."""
        density = self.ctx.density
        if not (item.area and item.area.bodies):
            return Raw(self._generic_body(item, salt) + self._points(item.points, salt))
        body = trim_to_facts(self._choose(item.area.bodies, salt), density)
        support = self._supporting(item, density, salt, body)
        details = self._details(item, density, salt)
        said = {key for source in (body, *support, *details) for key in _FACT_CALL.findall(source)}
        parts = [self.phrase(source, item.facts, item.area) for source in (body, *support)]
        parts.append(self._unsaid_facts(item, said))
        parts.append(self._points(item.points, salt))
        parts += ["\n\n" + self.phrase(detail, item.facts, item.area) for detail in details]
        return Raw("".join(parts))

    def _supporting(self, item: TaskItem, k: int, salt: str, body: str) -> list[str]:
        """k supporting sentences, plus any that carry a given fact the body leaves out.
        Sentences whose facts the profile gives come first: an optional fact nobody asked
        for should not become a placeholder while a sentence without it is unused."""
        assert item.area is not None
        shuffled = self.rng(salt + "support").sample(
            list(item.area.support), len(item.area.support)
        )
        fresh = [s for s in shuffled if s not in self.used]
        complete = [s for s in fresh if not set(_FACT_CALL.findall(s)) - set(item.facts)]
        missing = [s for s in fresh if s not in complete]
        chosen = (complete + missing)[: max(0, k)]
        said = set(_FACT_CALL.findall(body)) | {f for s in chosen for f in _FACT_CALL.findall(s)}
        for sentence in complete:
            if sentence not in chosen and set(_FACT_CALL.findall(sentence)) & (
                set(item.facts) - said
            ):
                chosen.append(sentence)
                said |= set(_FACT_CALL.findall(sentence))
        self.used.update(chosen)
        return chosen

    def _details(self, item: TaskItem, density: int, salt: str) -> list[str]:
        assert item.area is not None
        wanted = sum(1 for level in DETAIL_LEVELS if density >= level)
        if not wanted or not item.area.details:
            return []
        shuffled = self.rng(salt + "details").sample(
            list(item.area.details), len(item.area.details)
        )
        chosen = [d for d in shuffled if d not in self.used][:wanted]
        self.used.update(chosen)
        return chosen

    def _generic_body(self, item: TaskItem, salt: str) -> str:
        openers = (
            "要把{x}摆在重要位置，明确责任、细化举措、压茬推进。",
            "{x}事关全局，必须高标准谋划、高质量推进。",
            "对{x}，要坚持问题导向，拿出务实管用的办法。",
        )
        text = self._choose(openers, salt).format(x=literal(item.label))
        facts = "，".join(literal(f"{k}{v}") for k, v in item.facts.items())
        return text + (f"今年的具体目标是：{facts}。" if facts else "")

    def _unsaid_facts(self, item: TaskItem, said: set[str]) -> str:
        """Facts the user gave that no chosen sentence carries (or that the bank does not
        know): printed all the same, so nothing the user wrote is lost."""
        extra = []
        for key, value in item.facts.items():
            if key in said:
                continue
            spec = item.area.fact(key) if item.area else None
            extra.append(literal(f"{spec.label if spec else key}{_joiner(value)}{value}"))
        return f"今年的具体目标是：{'，'.join(extra)}。" if extra else ""

    def _points(self, points: Sequence[str], salt: str) -> str:
        if not points:
            return ""
        if len(points) == 1:
            return literal(points[0]) + "。"
        lead = self._choose(("具体来说，", "重点抓好以下几项：", "具体要做到："), salt + "points")
        items = "；".join(f"⟦enum⟧{literal(p)}" for p in points)
        return f"{lead}{items}。"

    def points(self, points: Sequence[str], salt: str) -> Raw:
        return Raw(self._points(points, salt))

    def figures(self, figures: Sequence[Figure]) -> Raw:
        """A review's figures as one sentence: 新建幼儿园3所，覆盖率达到92%。"""
        if not figures:
            return Raw("")
        texts = [
            f"{f.label}达到{f.value}" if f.value.endswith("%") else f"{f.label}{f.value}"
            for f in figures
        ]
        return Raw("，".join(literal(t) for t in texts) + "。")

    def review_lead(self, area: Area | None, label: str, salt: str) -> Raw:
        if area and area.review_leads:
            return Raw(self.phrase(self._choose(area.review_leads, salt), area=area))
        return Raw(literal(f"{label}工作取得新进展"))

    def _choose(self, options: Sequence[str], salt: str) -> str:
        """A seeded choice that avoids entries this draft has already used: two priorities
        that map to one area (教师队伍 and 师德师风) must not say the same sentences."""
        order = self.rng(salt).sample(list(options), len(options))
        choice = next((o for o in order if o not in self.used), order[0])
        self.used.add(choice)
        return choice


def _joiner(value: str) -> str:
    """覆盖率达到92%, but 新建项目4个: a percentage reads with 达到."""
    return "达到" if value.endswith("%") else ""


DETAIL_LEVELS = (5, 7, 8)  # a section adds a details paragraph at each of these levels
_SENTENCE_END = re.compile(r"(?<=[。！？])")


def trim_to_facts(source: str, density: int) -> str:
    """A shorter body for short drafts: at −1 the first sentence and every sentence that
    carries a fact; at −2 the fact sentences only (the first one if there are none).
    Facts are what the profile asked to be said, so they are never cut."""
    if density >= 0:
        return source
    sentences = [s for s in _SENTENCE_END.split(source) if s.strip()]
    with_facts = [i for i, s in enumerate(sentences) if _FACT_CALL.search(s)]
    keep = set(with_facts)
    if density == -1 or not keep:
        keep.add(0)
    return "".join(s for i, s in enumerate(sentences) if i in keep)


@cache
def _compile(env: _Sandbox, source: str) -> jinja2.Template:
    return env.from_string(source)


def _tokens() -> dict[str, Any]:
    return {
        "count": lambda scope: Raw(f"⟦count:{scope}⟧"),
        "ENUM": Raw("⟦enum⟧"),
        "ITEM": Raw("⟦item⟧"),
        "RUNIN": Raw("⟦run⟧"),
        "placeholder": placeholder,
    }


def render_speech(ctx: SpeechContext, template_dirs: tuple[Path, ...]) -> str:
    """Renders the kind's template (``kinds/<kind>.j2``) into markup.

    ``template_dirs`` lists a user's folders first and the built-in folder last; when
    there is more than the built-in one, the templates are someone else's and also run
    under a step and time budget (see :class:`_Budget`)."""
    env = make_environment(template_dirs)
    speech = _Speech(env, ctx)
    name = f"kinds/{ctx.kind.key}.j2"
    untrusted = len(template_dirs) > 1
    try:
        with _Budget(env) if untrusted else contextlib.nullcontext():
            template = env.get_template(name)
            markup = _generate(
                template,
                c=ctx,
                w=ctx.w,
                y=ctx.y,
                variant=speech.variant,
                task_title=speech.task_title,
                task_body=speech.task_body,
                review_lead=speech.review_lead,
                points=speech.points,
                figures=speech.figures,
                **_tokens(),
            )
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateRenderError(
            f"模板 {exc.filename or name} 第{exc.lineno}行语法错误：{exc.message}"
        ) from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateRenderError(_not_found(exc.name)) from exc
    except jinja2.TemplateError as exc:
        raise TemplateRenderError(f"{_where(exc, name)}{_jinja_message(exc)}") from exc
    except _Limit as exc:
        raise TemplateRenderError(f"{_where(exc, name)}{exc.message}") from None
    except RecursionError:
        raise TemplateRenderError(
            f"模板 {name} 调用层次太深：是否有宏（macro）或 include 调用了自己？已停止"
        ) from None
    except MemoryError:
        raise TemplateRenderError(f"模板 {name} 占用的内存太多，已停止") from None
    except (ArithmeticError, AttributeError, LookupError, TypeError, ValueError) as exc:
        if not untrusted:
            raise  # a bug in speechdraft's own templates: let the CLI say so
        raise TemplateRenderError(f"{_where(exc, name)}出错：{_python_error(exc)}") from None
    _check_characters(markup, name)
    return markup


def _not_found(name: str | None) -> str:
    if name and (".." in name.split("/") or name.startswith(("/", "\\")) or ":" in name):
        return f"模板只能使用模板文件夹中的文件，不能引用 {name}"
    if name and "." not in name:
        return f"找不到模板 {name}（import 和 include 只能引用模板文件夹中的模板文件，不能导入 Python 模块）"
    return f"找不到模板 {name}"


_JINJA_MESSAGES = (
    (
        re.compile(r"access to attribute '(.+?)' of '(.+?)' object is unsafe"),
        "不允许访问“{0}”：模板只能使用讲话稿的数据和函数，不能接触程序内部",
    ),
    (re.compile(r"(.+) is not safely callable"), "不允许调用 {0}"),
    (
        re.compile(r"^'(.+?)' is undefined$"),
        "“{0}”没有定义：请检查拼写（模板能用的名称见 templates/README.md）",
    ),
    (re.compile(r"^'(.+?)' has no attribute '(.+?)'$"), "“{0}”没有“{1}”这一项：请检查拼写"),
)


def _jinja_message(exc: jinja2.TemplateError) -> str:
    text = str(exc)
    for pattern, message in _JINJA_MESSAGES:
        if match := pattern.search(text):
            return message.format(*match.groups())
    return f"出错：{text}"


def _where(exc: BaseException, name: str) -> str:
    """“模板 kinds/x.j2 第12行：” from the traceback Jinja rewrites to template lines."""
    found = None
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or filename == "<template>":
            found = (filename, tb.tb_lineno)
        tb = tb.tb_next
    if found is None or found[0] == "<template>":
        return f"模板 {name}："
    return f"模板 {found[0]} 第{found[1]}行："


def _python_error(exc: BaseException) -> str:
    if isinstance(exc, OverflowError) and "MAX_RANGE" in str(exc):
        return f"range() 最多 {jinja2.sandbox.MAX_RANGE} 次，循环次数太多，已停止"
    if isinstance(exc, ZeroDivisionError):
        return "除数为零"
    return f"{type(exc).__name__}: {exc}"


def _generate(template: jinja2.Template, **variables: Any) -> str:
    """The template's output, stopped once it passes MAX_OUTPUT_CHARS."""
    parts: list[str] = []
    size = 0
    stream = template.generate(**variables)
    try:
        for chunk in stream:
            size += len(chunk)
            if size > MAX_OUTPUT_CHARS:
                raise _Limit(
                    f"输出超过了 {MAX_OUTPUT_CHARS} 个字符的上限（一篇讲话稿约两万字符），已停止"
                )
            parts.append(chunk)
    finally:
        stream.close()
    return "".join(parts)


_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _check_characters(markup: str, name: str) -> None:
    """Characters a .docx cannot hold (python-docx would refuse them mid-write)."""
    bad = _XML_ILLEGAL.search(markup)
    if bad:
        context = markup[max(0, bad.start() - 15) : bad.end() + 15]
        shown = _XML_ILLEGAL.sub("□", _plain(context)).replace("\n", " ")
        raise TemplateRenderError(
            f"模板 {name} 生成的文字中有 Word 文档不能容纳的控制字符 U+{ord(bad.group()):04X}"
            f"（标为□）：“{shown}”。请检查模板中的这段文字"
        )


def _plain(text: str) -> str:
    return text.replace(LITERAL_OPEN, "").replace(LITERAL_CLOSE, "")


class _Budget:
    """Stops a template that runs too long: counts the lines its compiled code executes
    (frames whose globals are this environment's templates), how deeply its macros and
    includes nest, and watches the clock. Works on every platform and in any thread,
    unlike an alarm signal; a tracer already installed (a debugger, coverage) keeps
    receiving its events."""

    def __init__(self, env: _Sandbox) -> None:
        self.env = env
        self.previous = sys.gettrace()
        self.steps = self.depth = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def __enter__(self) -> None:
        sys.settrace(self.start)

    def __exit__(self, *exc_info: object) -> None:
        sys.settrace(self.previous)

    def start(self, frame: types.FrameType, event: str, arg: Any) -> Any:
        chained = self.previous(frame, event, arg) if self.previous is not None else None
        if frame.f_globals.get("environment") is not self.env:
            return chained
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise _Limit(
                f"宏（macro）或 include 嵌套超过了 {MAX_NESTING} 层：是否有宏或模板调用了自己？已停止"
            )
        return self.local(chained)

    def local(self, chained: Any) -> Callable[..., Any]:
        def trace(frame: types.FrameType, event: str, arg: Any) -> Any:
            nonlocal chained
            if chained is not None:
                chained = chained(frame, event, arg)
            if event == "line":
                self.step()
            elif event == "return":
                self.depth -= 1
            return trace

        return trace

    def step(self) -> None:
        self.steps += 1
        if self.steps > MAX_STEPS:
            raise _Limit(f"执行了 {MAX_STEPS} 步仍未结束（循环套循环或递归？），已停止")
        if not self.steps % 4096 and time.monotonic() > self.deadline:
            raise _Limit(f"运行超过了 {MAX_SECONDS:.0f} 秒，已停止")
