"""Reading a profile file without trusting it: size, encoding, YAML syntax and budgets.

Every way a hand-typed or wrongly chosen file can fail is turned into a located
:class:`Problem` here, before any Python value is built from it; profile.py then
validates the data against the model.
"""

from __future__ import annotations

import codecs
import contextlib
import re
import stat
from pathlib import Path
from typing import Any

import yaml

from speechdraft.errors import Problem, ProfileError, os_error_text
from speechdraft.markup import XML_ILLEGAL
from speechdraft.messages import control_character_name, yaml_problem
from speechdraft.textfiles import NOT_TEXT_SIGNATURES, looks_like_utf16

# Bounds on what a profile may hold. A real profile is a few KB with a few hundred
# values; these are far above that and keep a pasted document, a wrong file or a YAML
# alias bomb from costing more than a fraction of a second (see load_profile).
MAX_PROFILE_BYTES = 1024 * 1024  # read at most this much of a file
MAX_NODES = 20_000  # YAML values, counted after *aliases are expanded
MAX_DEPTH = 20  # nesting of lists and mappings (a profile needs 5)
MAX_TEXT_CHARS = 2_000  # one value: a point is a sentence or two, not a document
MAX_ITEMS = 30  # entries of one list or mapping: more than a speech can enumerate (一是…)


class _TooBig(Exception):
    """Composing stopped: too many YAML nodes or too deep a nesting."""

    def __init__(self, mark: yaml.Mark | None, deep: bool) -> None:
        super().__init__()
        self.mark = mark
        self.deep = deep


class ProfileLoader(yaml.SafeLoader):
    """safe_load without date construction: pydantic parses dates, so an impossible
    date (2025-13-01) becomes a located message instead of a crash. Composing stops
    after MAX_NODES nodes or MAX_DEPTH levels, so no file keeps it busy for long (the
    composer is recursive: 5,000 nested brackets would otherwise exhaust the stack)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._nodes = 0
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._nodes += 1
        self._depth += 1
        try:
            if self._nodes > MAX_NODES or self._depth > MAX_DEPTH:
                raise _TooBig(self.peek_event().start_mark, deep=self._depth > MAX_DEPTH)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


# Figures are text as typed. YAML 1.1 reads 1:13 (a pupil-teacher ratio) as 73, 7:50
# as 470, 012 as 10, 1_000.5 as 1000.5 and 1.0e-320 as a rounded float; timestamps
# become dates pydantic cannot locate. Only plain decimals are numbers here: every other
# form stays the text the clerk typed, and a field that needs a number says so.
_NOT_AS_YAML_1_1 = {
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
}
ProfileLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _NOT_AS_YAML_1_1]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
ProfileLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int", re.compile(r"^[-+]?(?:0|[1-9][0-9]*)$"), list("-+0123456789")
)
ProfileLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:0|[1-9][0-9]*)\.[0-9]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."),
)
# What YAML 1.1 would have read as a number in a form whose meaning is unclear.
AMBIGUOUS_NUMBER = re.compile(
    r"^[-+]?(?:0[0-9_]+|0[box][0-9a-fA-F_]+|[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?"
    r"|[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?|[0-9.]+[eE][-+]?[0-9]+)$"
)


def compose(name: str, text: str) -> tuple[yaml.Node | None, ProfileLoader]:
    try:
        loader = ProfileLoader(text)  # the reader refuses control characters right here
        try:
            return loader.get_single_node(), loader
        except BaseException:
            loader.dispose()
            raise
    except yaml.reader.ReaderError:
        raise ProfileError(name, _unprintable_problems(name, text)) from None
    except _TooBig as exc:
        line = exc.mark.line + 1 if exc.mark else None
        column = exc.mark.column + 1 if exc.mark else None
        raise ProfileError(name, [Problem(name, line, column, "", _too_big(exc.deep))]) from None
    except yaml.MarkedYAMLError as exc:
        raise ProfileError(name, [yaml_error_problem(name, exc, text)]) from None
    except yaml.YAMLError as exc:
        raise ProfileError(name, [Problem(name, None, None, "", yaml_problem(str(exc)))]) from None


def _too_big(deep: bool) -> str:
    if deep:
        return (
            f"嵌套超过 {MAX_DEPTH} 层（或者 *引用 指向了包含它自己的内容）："
            "会议信息最多嵌套四五层，请检查缩进和括号"
        )
    return (
        f"内容太多：超过 {MAX_NODES} 项（*引用 展开后计算）。会议信息文件只需几百项，"
        "多半是 &锚点 和 *引用 层层嵌套，或者粘贴进了不相干的内容"
    )


# Windows Notepad's "Unicode" and "Unicode big endian" are UTF-16 with a byte order
# mark: unambiguous, so they are simply read (UTF-32 first: its LE mark starts like UTF-16's).
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAVE_AS_UTF8 = "请用记事本打开，点“另存为”，把“编码”选为“UTF-8”后保存，再运行一次"


def read_text(path: Path) -> str:
    """The file's text, read at most MAX_PROFILE_BYTES deep; CRLF and CR become LF."""
    name = str(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError
        if not stat.S_ISREG(info.st_mode):  # a device or pipe could block or never end
            raise _whole_file(name, "这不是普通文件（而是设备或管道），不能作为会议信息文件读取")
        if info.st_size > MAX_PROFILE_BYTES:
            raise _too_large(name, info.st_size)
        with path.open("rb") as handle:
            raw = handle.read(MAX_PROFILE_BYTES + 1)
    except FileNotFoundError:
        raise _whole_file(name, "找不到这个文件：请检查路径和文件名") from None
    except IsADirectoryError:
        raise _whole_file(name, "这是一个文件夹，不是会议信息文件") from None
    except OSError as exc:
        raise _whole_file(name, f"无法读取（{os_error_text(exc)}）") from None
    return decode_profile(name, raw)


def decode_profile(name: str, raw: bytes) -> str:
    """The text of a profile received as bytes (a file's or an upload's), under the same
    size limit and encoding rules as a file; CRLF and CR become LF."""
    if len(raw) > MAX_PROFILE_BYTES:  # a file that grew while we looked, or a big upload
        raise _too_large(name, len(raw))
    return _decode(name, raw).replace("\r\n", "\n").replace("\r", "\n")


def _whole_file(name: str, message: str, line: int | None = None) -> ProfileError:
    return ProfileError(name, [Problem(name, line, None, "", message)])


def _too_large(name: str, size: int) -> ProfileError:
    shown = f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{size // 1024} KB"
    return _whole_file(
        name,
        f"文件太大（{shown}）：会议信息文件一般只有几 KB，上限是 "
        f"{MAX_PROFILE_BYTES // 1024 // 1024} MB。请确认选对了文件",
    )


def _decode(name: str, raw: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16/32 with a BOM; anything else is named.

    GBK is detected and named, not read. Guessing an encoding can turn a Big5 or
    Shift-JIS file into plausible but wrong characters (both decode as valid GBK), and
    a wrong character in a leader's speech is worse than saving the file once as UTF-8;
    editors that show the schema's hints (VS Code) expect UTF-8 too.
    """
    for magic, what in NOT_TEXT_SIGNATURES:
        if raw.startswith(magic):
            raise _whole_file(
                name,
                f"这是{what}，不是会议信息文件：请指定 .yaml 文件（记事本能打开、写着“kind: …”的那种）",
            )
    for mark, codec in _BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            try:
                return raw.decode(codec)
            except UnicodeDecodeError:
                raise _whole_file(
                    name, f"文件的编码已损坏（开头标明是 {codec.upper()}）：{_SAVE_AS_UTF8}"
                ) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        if b"\x00" in raw:
            if looks_like_utf16(raw):
                raise _whole_file(
                    name, f"文件是 UTF-16 编码但缺少开头标记：{_SAVE_AS_UTF8}", 1
                ) from None
            raise _whole_file(
                name, "这是一个二进制文件（程序、图片或压缩文件等），不是会议信息文件", line
            ) from None
        try:
            raw.decode("gb18030")
        except UnicodeDecodeError:
            raise _whole_file(
                name, f"文件不是 UTF-8 编码，也不是 GBK 编码，无法读取：{_SAVE_AS_UTF8}", line
            ) from None
        raise _whole_file(
            name,
            f"文件是 GBK 编码（记事本里叫“ANSI”），speechdraft 只读 UTF-8 编码：{_SAVE_AS_UTF8}",
            line,
        ) from None


def _unprintable_problems(name: str, text: str) -> list[Problem]:
    """Every control character in the file (up to ten), with the field it sits in.

    PyYAML refuses them before parsing anything, so the fields are found by parsing a
    copy with the characters blanked out."""
    non_printable = yaml.reader.Reader.NON_PRINTABLE
    root: yaml.Node | None = None
    with contextlib.suppress(yaml.YAMLError, _TooBig):
        root = yaml.compose(non_printable.sub(" ", text), Loader=ProfileLoader)
    problems = []
    for match in non_printable.finditer(text):
        position = match.start()
        line = text.count("\n", 0, position) + 1
        column = position - text.rfind("\n", 0, position)
        where = _path_at(root, position) if root is not None else ()
        problems.append(Problem(name, line, column, dotted(where), _control_message(match.group())))
        if len(problems) == 10:
            break
    return problems


def _control_message(char: str) -> str:
    return (
        f"这里有一个看不见的控制字符（{control_character_name(char)}），"
        "多半是从 Word、网页或聊天软件复制文字时带进来的，Word 文档里不能有它："
        "请删除它（把这段文字重新输入一遍最稳妥）"
    )


# Characters that print as nothing yet change the text: bidi controls reverse a name
# (U+202E), zero-width ones split a word so it is no longer found or matched, a stray
# BOM or soft hyphen hides inside a value, C1 controls come from escapes ("\x85").
INVISIBLE = re.compile(
    "[\u0080-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_INVISIBLE_NAMES = {
    "\u200b": "零宽空格",
    "\u200c": "零宽不连字",
    "\u200d": "零宽连字",
    "\u200e": "从左向右标记",
    "\u200f": "从右向左标记",
    "\u202a": "从左向右嵌入",
    "\u202b": "从右向左嵌入",
    "\u202c": "方向格式结束",
    "\u202d": "从左向右覆盖",
    "\u202e": "从右向左覆盖，会让后面的文字倒过来显示",
    "\ufeff": "字节顺序标记（BOM）",
    "\u00ad": "软连字符",
}


def _invisible_message(char: str, value: str, position: int) -> str:
    name = _INVISIBLE_NAMES.get(char, "控制字符" if "\x80" <= char <= "\x9f" else "不可见字符")
    before = value[max(0, position - 8) : position]
    return (
        f"“{before}”后面有一个看不见的字符（U+{ord(char):04X}，{name}），"
        "多半是从网页、Word 或聊天软件复制时带进来的，会让稿子里的字显示或查找不正常："
        "请删除它（把这段文字重新输入一遍最稳妥）"
    )


def _path_at(node: yaml.Node, position: int) -> tuple[str | int, ...]:
    """The path of the innermost value or key that spans ``position``."""
    path: tuple[str | int, ...] = ()
    seen: set[int] = set()
    while id(node) not in seen:
        seen.add(id(node))
        children: list[tuple[str | int, yaml.Node]] = []
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                children += [(str(key.value), key), (str(key.value), value)]
        elif isinstance(node, yaml.SequenceNode):
            children = list(enumerate(node.value))
        inner = next(((part, child) for part, child in children if _spans(child, position)), None)
        if inner is None:
            break
        path += (inner[0],)
        node = inner[1]
    return path


def _spans(node: yaml.Node, position: int) -> bool:
    """Whether ``position`` lies in ``node``: a character just after a plain scalar
    belongs to it too (the blanked control character ended it)."""
    end = node.end_mark.index + (1 if isinstance(node, yaml.ScalarNode) else 0)
    return node.start_mark.index <= position < max(end, node.start_mark.index + 1)


_TAG = "tag:yaml.org,2002:"
_NODE_KINDS: dict[str, type[yaml.Node]] = {
    **{_TAG + t: yaml.ScalarNode for t in ("str", "int", "float", "bool", "null")},
    _TAG + "seq": yaml.SequenceNode,
    _TAG + "map": yaml.MappingNode,
}
_MERGE_TAG = _TAG + "merge"
_SCALAR_KINDS = {_TAG + "int": "整数", _TAG + "float": "数字", _TAG + "bool": " true 或 false"}
# What python-docx refuses (XML 1.0 forbids them): escapes like "\x01" or "\uFFFE" in a
# double-quoted string get past PyYAML's reader, so values are checked once more here.


class _Stop(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__()
        self.problem = problem


class Walk:
    """One pass over the composed YAML before any Python value is built: records where
    every value stands, and catches what safe_load would accept silently (duplicate
    keys, control characters, pasted documents) or choke on (odd tags and keys)."""

    def __init__(self, name: str, loader: ProfileLoader) -> None:
        self.name = name
        self.loader = loader
        self.locations: dict[tuple[str | int, ...], tuple[int, int]] = {}
        self.raw: dict[tuple[str | int, ...], str] = {}  # scalars as written, for messages
        self.problems: list[Problem] = []
        self.count = 0

    def run(self, root: yaml.Node) -> None:
        try:
            self.visit(root, (), 0)
        except _Stop as stop:
            raise ProfileError(self.name, [stop.problem]) from None
        if self.problems:
            raise ProfileError(self.name, sorted(self.problems, key=_line_order))

    def visit(self, node: yaml.Node, path: tuple[Any, ...], depth: int) -> None:
        self.count += 1
        if self.count > MAX_NODES or depth > MAX_DEPTH:  # where, not which expanded path
            raise _Stop(self.at(node, (), _too_big(depth > MAX_DEPTH)))
        self.locations[path] = _mark(node)
        if not self.plain_tag(node, path):
            return
        if isinstance(node, yaml.ScalarNode):
            self.scalar(node, path)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self.visit(item, path + (index,), depth + 1)
        elif isinstance(node, yaml.MappingNode):
            self.mapping(node, path, depth)

    def plain_tag(self, node: yaml.Node, path: tuple[Any, ...]) -> bool:
        """Text, numbers, true/false, lists and mappings only: no !!binary, !!python/…,
        !!timestamp or local !tags, and no !!str put on a list (or !!seq on a text)."""
        kind = _NODE_KINDS.get(node.tag)
        if kind is None:
            tag = node.tag.replace(_TAG, "!!")
            self.report(
                node, path, f"不支持“{tag}”这样的类型标记：请删去以“!”开头的标记，直接写内容"
            )
            return False
        if not isinstance(node, kind):
            tag = node.tag.replace(_TAG, "!!")
            self.report(node, path, f"“{tag}”标记与后面的内容不符：请删去这个标记")
            return False
        return True

    def mapping(self, node: yaml.MappingNode, path: tuple[Any, ...], depth: int) -> None:
        seen: set[Any] = set()
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:  # <<: *defaults
                self.visit(value_node, path + ("<<",), depth + 1)
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.report(key_node, path, "这里的名称（冒号前面）应是文字，不能是列表或“键: 值”")
                continue
            if not self.plain_tag(key_node, path):
                continue
            key = self.key(key_node, path)
            if key in seen:
                self.report(key_node, path + (key,), "这一项重复出现了：请把两处合并成一处")
                continue
            seen.add(key)
            self.locations[path + (key, "<key>")] = _mark(key_node)
            self.text(key_node, path + (key,))
            self.visit(value_node, path + (key,), depth + 1)

    def key(self, node: yaml.ScalarNode, path: tuple[Any, ...]) -> Any:
        """The key as the constructed mapping will hold it (2025: … is an int)."""
        if node.tag == _TAG + "str" or not self.constructs(node, path + (node.value,)):
            return node.value
        return self.loader.construct_object(node)  # hashable: a scalar

    def scalar(self, node: yaml.ScalarNode, path: tuple[Any, ...]) -> None:
        self.raw[path] = node.value
        if self.text(node, path):
            self.constructs(node, path)

    def constructs(self, node: yaml.ScalarNode, path: tuple[Any, ...]) -> bool:
        """!!int abc or !!bool maybe: an explicit tag the text does not fit."""
        if node.tag not in _SCALAR_KINDS:
            return True
        try:
            self.loader.construct_object(node)
        except Exception:
            self.report(node, path, f"“{node.value}”不是{_SCALAR_KINDS[node.tag]}")
            return False
        return True

    def text(self, node: yaml.ScalarNode, path: tuple[Any, ...]) -> bool:
        if bad := XML_ILLEGAL.search(node.value):
            self.report(node, path, _control_message(bad.group()))
            return False
        if bad := INVISIBLE.search(node.value):
            self.report(node, path, _invisible_message(bad.group(), node.value, bad.start()))
            return False
        if len(node.value) > MAX_TEXT_CHARS:
            self.report(
                node,
                path,
                f"这一段有 {len(node.value)} 个字，超过了 {MAX_TEXT_CHARS} 字的上限："
                "一项内容不会这么长，可能是把整篇材料粘贴了进来；请删减，或拆成几条",
            )
            return False
        return True

    def at(self, node: yaml.Node, path: tuple[Any, ...], message: str) -> Problem:
        line, column = _mark(node)
        return Problem(self.name, line, column, dotted(path), message)

    def report(self, node: yaml.Node, path: tuple[Any, ...], message: str) -> None:
        self.problems.append(self.at(node, path, message))


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _line_order(problem: Problem) -> tuple[int, int]:
    return problem.line or 0, problem.column or 0


_LINE_BREAK = re.compile("[ \t\u3000]*[\r\n\u0085\u2028\u2029]+[ \t\u3000]*")


def fold_lines(value: Any) -> Any:
    """Line breaks inside a value (a ``|`` block, "\\n") are joined: a draft's paragraph is
    one line of text, and a break in the markup would end the paragraph mid-sentence.
    Chinese joins directly; between two Latin letters or digits a space is kept."""
    if isinstance(value, str):
        return _LINE_BREAK.sub(lambda m: _joint(value, m.start(), m.end()), value)
    if isinstance(value, list):
        return [fold_lines(item) for item in value]
    if isinstance(value, dict):
        return {fold_lines(key): fold_lines(item) for key, item in value.items()}
    return value


def _joint(text: str, start: int, end: int) -> str:
    before, after = text[start - 1 : start], text[end : end + 1]
    return " " if before.isascii() and after.isascii() and before and after else ""


def yaml_error_problem(name: str, exc: yaml.MarkedYAMLError, text: str) -> Problem:
    lines = text.splitlines()
    mark = exc.problem_mark or exc.context_mark
    # An unclosed quote or bracket is only noticed further on (often at the end of the
    # file); where it opened (the context mark) is the line the user has to fix.
    opened = exc.context or ""
    past_the_end = exc.problem_mark is not None and exc.problem_mark.line >= len(lines)
    if exc.context_mark and (past_the_end or "flow" in opened or "quoted scalar" in opened):
        mark = exc.context_mark
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    message = yaml_problem(exc.problem)
    if (long_key := _key_too_long(exc, lines)) is not None:
        line, column = exc.context_mark.line + 1, exc.context_mark.column + 1  # type: ignore[union-attr]
        return Problem(name, line, column, "", long_key)
    if line is not None:
        # PyYAML trips on the line after a key written with a Chinese colon.
        for candidate in (line, line - 1):
            if 1 <= candidate <= len(lines) and _chinese_colon_key(
                lines[candidate - 1 : candidate]
            ):
                line, column = candidate, lines[candidate - 1].index("：") + 1
                message += "；这一行用了中文冒号“：”，键后面应是英文冒号“:”"
                break
    return Problem(name, line, column, "", message)


MAX_KEY_CHARS = 1024  # PyYAML's bound on a key written without "? " (a simple key)


def _key_too_long(exc: yaml.MarkedYAMLError, lines: list[str]) -> str | None:
    """PyYAML stops looking for a key's colon after 1024 characters and reports a
    missing colon: say what really happened."""
    mark = exc.context_mark
    if exc.context != "while scanning a simple key" or mark is None or mark.line >= len(lines):
        return None
    rest = lines[mark.line][mark.column :]
    colon = rest.find(": ") if ": " in rest else (len(rest) - 1 if rest.endswith(":") else -1)
    if colon < MAX_KEY_CHARS:
        return None
    return (
        f"冒号前面的名称有 {colon} 个字，超过了 {MAX_KEY_CHARS} 个字的上限："
        "名称应是几个字的短词（如“普惠性幼儿园覆盖率”），长的内容请写在冒号后面"
    )


_CHINESE_COLON_KEY = re.compile(r"^\s*-?\s*[A-Za-z_]+\s*：")


def _chinese_colon_key(lines: list[str]) -> bool:
    return any(_CHINESE_COLON_KEY.match(line) for line in lines)


def not_a_mapping(name: str, text: str) -> Problem:
    hint = "会议信息应是若干“键: 值”行，如“kind: leader_speech”"
    for number, line in enumerate(text.splitlines(), start=1):
        if _CHINESE_COLON_KEY.match(line):
            return Problem(
                name, number, None, "", f"{hint}；这一行用了中文冒号“：”，请改为英文冒号“:”"
            )
    return Problem(name, 1, 1, "", hint)


def dotted(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        if part == "<key>":
            continue
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text
