"""The sandbox every template runs in, and the bounds on what a template may do.

Built-in templates are trusted; a user's (``--templates``) may come from another office,
so the environment is bounded as well as closed: no Python internals, no ``str.format``,
no list mutation, no file outside the template folder, no value or output beyond a size
limit, and a step and time budget that stops a runaway loop. Errors come back as
:class:`TemplateRenderError` with the template's file and line, in Chinese.
"""

from __future__ import annotations

import contextlib
import functools
import posixpath
import re
import sys
import threading
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
from jinja2.utils import Cycler, Joiner, Namespace

from speechdraft.compose import gates
from speechdraft.compose.codecache import CodeCache, cache_file, environment_salt
from speechdraft.compose.gates import LengthGates
from speechdraft.errors import TemplateRenderError

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


def text_size(value: Any, limit: int = MAX_VALUE_SIZE) -> int:
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
        elif isinstance(item, bytes | bytearray | memoryview):
            total += len(item)
        elif isinstance(item, Cycler):  # cycler('…'): its items are printed one by one
            total += 1
            stack.extend(item.items)
        elif isinstance(item, Joiner):  # joiner('…'): prints its separator
            total += 1
            stack.append(item.sep)
        elif _is_int(item):
            total += item.bit_length() // 3 + 1
        else:  # any other object: at least what it occupies in memory
            total += max(1, sys.getsizeof(item) // 8)
    return total


def too_big(what: str = "一个值") -> _Limit:
    return _Limit(f"{what}超过了 {MAX_VALUE_SIZE} 个字符（或项）的上限，已停止")


def _checked(value: Any) -> Any:
    if isinstance(value, str):  # most values a template passes: text_size's walk is len()
        if len(value) > MAX_VALUE_SIZE:
            raise too_big("算出的文字或列表")
        return value
    if _is_int(value) and value.bit_length() > MAX_INT_BITS:
        raise _Limit(f"算出的整数超过了 {MAX_INT_BITS} 位二进制的上限，已停止")
    if text_size(value) > MAX_VALUE_SIZE:
        raise too_big("算出的文字或列表")
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
        _check_repeat(left, right)
    elif operator == "%":
        _check_modulo(left)


def _check_repeat(left: Any, right: Any) -> None:
    """``x * n`` for any type that repeats (str, bytes, list, tuple, Markup …)."""
    for sequence, times in ((left, right), (right, left)):
        if isinstance(sequence, int | float) or not (_is_int(times) and times > 0):
            continue
        if text_size(sequence) * times > MAX_VALUE_SIZE:
            raise too_big("重复后的文字或列表")


def _check_modulo(left: Any) -> None:
    if isinstance(left, str):
        _check_percent_format(left)
    elif isinstance(left, bytes | bytearray):
        _check_percent_format(bytes(left).decode("latin-1"))


# str methods that could build a value much larger than their arguments.
_UNSAFE_STR_METHODS = frozenset({"format", "format_map", "expandtabs", "translate"})


def _check_str_method(text: str, name: str, args: Sequence[Any]) -> None:
    if name == "replace" and len(args) >= 2 and isinstance(args[0], str):
        count = args[2] if len(args) > 2 and _is_int(args[2]) else -1
        if _replace_size(text, args[0], str(args[1]), count) > MAX_VALUE_SIZE:
            raise too_big("替换后的文字")
    elif name == "join" and args:
        items = args[0] if isinstance(args[0], list | tuple) else ()
        if text_size(items) + len(text) * len(items) > MAX_VALUE_SIZE:
            raise too_big("连接后的文字")


class _BoundedCodeGenerator(CodeGenerator):
    """Compiles ``a ~ b`` to a size-checked join (the sandbox offers no hook for it)."""

    def visit_Concat(self, node, frame) -> None:  # type: ignore[no-untyped-def]
        self.write("environment.bounded_join((")
        for argument in node.nodes:
            self.visit(argument, frame)
            self.write(", ")
        self.write("))")


class Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's sandbox (no ``_`` attributes, no Python internals, no unsafe callables,
    no list or dict mutation), with every operation that can make a large value checked
    before it runs: ``+ * ** %``, ``~``, calls (and their arguments), and filters."""

    intercepted_binops = frozenset({"+", "*", "**", "%"})
    code_generator_class = _BoundedCodeGenerator

    def call_binop(self, context, operator: str, left: Any, right: Any) -> Any:  # type: ignore[no-untyped-def]
        _check_clock()
        _check_binop(operator, left, right)
        return _checked(super().call_binop(context, operator, left, right))

    def call(self, context: Any, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        _check_clock()
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

    code_cache: CodeCache | None = None  # set by make_environment

    def compile(
        self,
        source: Any,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> Any:
        """Jinja's compile, answered from the on-disk code cache when it can be (codecache.py)."""
        cache = self.code_cache
        if cache is None or raw or not isinstance(source, str):
            return super().compile(source, name, filename, raw, defer_init)  # type: ignore[call-overload]
        key = cache.key(source, name, filename, defer_init)
        code = cache.get(key)
        if code is None:
            code = super().compile(source, name, filename, defer_init=defer_init)
            cache.put(key, code)
        return code

    def bounded_join(self, parts: Sequence[Any]) -> str:
        _check_clock()
        texts = [str(_checked(part)) for part in parts]
        if sum(map(len, texts)) > MAX_VALUE_SIZE:
            raise too_big("用 ~ 连接的文字")
        return "".join(texts)


class _FolderLoader(jinja2.BaseLoader):
    """Templates from one folder and nothing outside it: ``..`` and absolute names are
    refused by Jinja's own path check, and a file (or symbolic link) whose real path
    lies outside the folder is refused here; so is an oversized or non-UTF-8 file."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root = folder.resolve()

    def get_source(
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
            raise too_big("连接后的文字")
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
        raise too_big("替换后的文字")
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
        _check_clock()
        _check_arguments(args, kwargs)
        return _checked(function(*args, **kwargs))

    return bounded


@cache
def make_environment(template_dirs: tuple[Path, ...], finalize: Callable[[Any], Any]) -> Sandbox:
    """The one configured environment: user folders first, then the built-ins.
    ``finalize`` decides how every printed value enters the markup (render.py)."""
    for folder in template_dirs:
        if not folder.is_dir():
            raise TemplateRenderError(f"模板文件夹 {folder} 不存在或不是文件夹")
    env = Sandbox(
        loader=jinja2.ChoiceLoader([_FolderLoader(d) for d in template_dirs]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
        finalize=finalize,
        extensions=[LengthGates],
    )
    filters = {name: f for name, f in env.filters.items() if name in _FILTERS}
    filters |= {"join": _join, "sum": _sum, "replace": _replace}
    env.filters = {name: _bounded_filter(f) for name, f in filters.items()}
    del env.globals["lipsum"]  # n paragraphs of lorem ipsum, n chosen by the template
    # Jinja folds constants through finalize and the filters at compile time, so the
    # modules defining them are part of what the cached code depends on.
    modules = (sys.modules[__name__], sys.modules.get(finalize.__module__), gates)
    env.code_cache = _shared_code_cache(environment_salt(env, *modules))
    return env


@cache
def _shared_code_cache(salt: str) -> CodeCache:
    return CodeCache(cache_file(salt), salt)


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
    stream = template.generate(**variables)  # a generator: close() ends the template at once
    try:
        for chunk in stream:
            size += len(chunk)
            if size > MAX_OUTPUT_CHARS:
                raise _Limit(
                    f"输出超过了 {MAX_OUTPUT_CHARS} 个字符的上限（一篇讲话稿约两万字符），已停止"
                )
            parts.append(chunk)
    finally:
        close = getattr(stream, "close", None)  # typed as Iterator, made as a generator
        if close is not None:
            close()
    return "".join(parts)


_running = threading.local()  # the _Budget of the user template running in this thread


def _check_clock() -> None:
    """Called before every operation a template asks for (calls, filters, operators,
    ~): one line can chain many slow ones, so counting lines alone is not enough."""
    budget: _Budget | None = getattr(_running, "budget", None)
    if budget is not None:
        budget.check_clock()


class _Budget:
    """Stops a template that runs too long: counts the lines its compiled code executes
    (frames whose globals are this environment's templates), how deeply its macros and
    includes nest, and watches the clock. Works on every platform and in any thread,
    unlike an alarm signal; a tracer already installed (a debugger, coverage) keeps
    receiving its events."""

    def __init__(self, env: Sandbox) -> None:
        self.env = env
        # any tracer already installed (a debugger, coverage), called with our events
        self.previous: Callable[..., Any] | None = sys.gettrace()
        self.steps = self.depth = 0
        self.deadline = time.monotonic() + MAX_SECONDS

    def __enter__(self) -> None:
        self.outer = getattr(_running, "budget", None)
        _running.budget = self
        sys.settrace(self.start)

    def __exit__(self, *exc_info: object) -> None:
        sys.settrace(self.previous)
        _running.budget = self.outer

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
        self.check_clock()  # every line: a template of a few slow lines must stop too

    def check_clock(self) -> None:
        if time.monotonic() > self.deadline:
            raise _Limit(f"运行超过了 {MAX_SECONDS:.0f} 秒，已停止")


def run_template(env: Sandbox, name: str, *, untrusted: bool, **variables: Any) -> str:
    """The template's output; every way it can fail becomes a TemplateRenderError that
    names the template file and line. Untrusted templates also run under a _Budget."""
    try:
        with _Budget(env) if untrusted else contextlib.nullcontext():
            template = env.get_template(name)
            return _generate(template, **variables)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateRenderError(
            f"模板 {exc.filename or name} 第{exc.lineno}行语法错误：{exc.message}"
        ) from exc
    except jinja2.TemplateNotFound as exc:
        raise TemplateRenderError(
            _not_found(exc.name if isinstance(exc.name, str) else None)
        ) from exc
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
