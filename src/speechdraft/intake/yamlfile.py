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
from speechdraft.figures import half_width_digits
from speechdraft.markup import XML_ILLEGAL
from speechdraft.messages import control_character_name, yaml_problem
from speechdraft.numerals import arabic_quantities, turned_quantities
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


# libyaml, when PyYAML was built with it
_CParser: Any = getattr(yaml, "CSafeLoader", None) and getattr(yaml.cyaml, "CParser", None)


if _CParser is not None:

    class _LibyamlProfileLoader(_CParser, ProfileLoader):
        """ProfileLoader with libyaml's scanner and parser (three times quicker on a
        profile) under the same Python composer, budgets, resolvers and constructor. Only
        for a profile that parses: any problem is reported by ProfileLoader itself, so
        every message (and its line and column) is the one the pure parser gives."""

        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            yaml.composer.Composer.__init__(self)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            self._nodes = 0
            self._depth = 0

        # The composing stays Python (where the budgets are); only the events are libyaml's.
        get_single_node = yaml.composer.Composer.get_single_node
        get_node = yaml.composer.Composer.get_node
        check_node = yaml.composer.Composer.check_node

        def compose_scalar_node(self, anchor: Any) -> Any:
            node = super().compose_scalar_node(anchor)
            if node.style == "":  # libyaml's plain style; the pure parser's is None
                node.style = None
            return node


def _compose_quickly(text: str) -> tuple[yaml.Node | None, ProfileLoader] | None:
    """The profile's node tree through libyaml, or None (then compose reads it again with
    the pure parser, for its exact messages)."""
    if _CParser is None or _NOT_PLAIN_TEXT.search(text):
        return None
    loader = _LibyamlProfileLoader(text)
    try:
        return loader.get_single_node(), loader
    except Exception:  # any problem at all: the pure parser says what it is
        loader.dispose()
        return None


# What the pure reader refuses, or the two readers might not treat alike: left to it.
_NOT_PLAIN_TEXT = re.compile(
    "[^\\x09\\x0a\\x20-\\x7e\\xa0-\\u2027\\u202a-\\ud7ff\\ue000-\\ufefe\\uff00-\\ufffd\\U00010000-\\U0010ffff]"
)


def compose(name: str, text: str) -> tuple[yaml.Node | None, ProfileLoader]:
    if (quick := _compose_quickly(text)) is not None:
        return quick
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

    def __init__(self, name: str, loader: ProfileLoader, source: str = "") -> None:
        self.name = name
        self.loader = loader
        self.source = source  # the file's text: comments are gone from the nodes, not from here
        self.locations: dict[tuple[str | int, ...], tuple[int, int]] = {}
        self.raw: dict[tuple[str | int, ...], str] = {}  # scalars as written, for messages
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []  # what was normalised or looks lost: told, not fatal
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
        if isinstance(node, yaml.CollectionNode) and node.flow_style and self.source:
            # as written, so a {…} or […] where text belongs can be named for what it is
            self.raw[path] = self.source[node.start_mark.index : node.end_mark.index]
        if isinstance(node, yaml.ScalarNode):
            self.scalar(node, path)
        elif isinstance(node, yaml.SequenceNode):
            if node.flow_style and self.source:
                self.rejoin_grouped_numbers(node, path)
                self.items_perhaps_cut(node, path)
            for index, item in enumerate(node.value):
                self.visit(item, path + (index,), depth + 1)
        elif isinstance(node, yaml.MappingNode):
            if node.flow_style and self.source:
                self.rejoin_grouped_values(node, path)
                self.values_left_out(node, path)
            self.mapping(node, path, depth)

    def rejoin_grouped_numbers(self, node: yaml.SequenceNode, path: tuple[Any, ...]) -> None:
        """[全年培训4,200人次] is one item to the clerk, two to YAML (4 and 200人次): the comma
        of a list in brackets splits a number written with a thousands comma. Two plain items
        joined by a bare comma, the first ending in a digit and the second opening with three,
        are put back together and the clerk is told (round am: 一是全年教师全员培训4；二是200人次)."""
        items = node.value
        index = 0
        while index < len(items):
            first = items[index]
            joined = False
            while index + 1 < len(items) and _split_number(first, items[index + 1], self.source):
                second = items.pop(index + 1)  # 1,200,000: the joined item may take the next
                first.value = f"{first.value},{second.value}"
                first.tag = _TAG + "str"  # [4,200]: two numbers to YAML, one to the clerk
                first.end_mark = second.end_mark
                joined = True
            if joined:
                message = _split_number_message(first.value)
                self.warnings.append(self.at(first, path + (index,), message))
            index += 1

    def rejoin_grouped_values(self, node: yaml.MappingNode, path: tuple[Any, ...]) -> None:
        """{经费: 3,420万元} is one value to the clerk; to YAML it is 经费: 3 and a second key
        420万元 with no value, which nothing reads (round ar: 全区教师奖励性绩效专项经费3。).
        A plain value ending in a digit, a bare comma, then a plain key opening with three
        digits and written with no colon: only a number cut by the comma gives that, so the
        two are put back together and the clerk is told, as for a list in brackets."""
        pairs = node.value
        index = 0
        while index < len(pairs):
            key, value = pairs[index]
            joined = False
            while index + 1 < len(pairs) and _split_value(value, pairs[index + 1], self.source):
                cut, _nothing = pairs.pop(index + 1)  # 1,200,000: the value may take the next
                value.value = f"{value.value},{cut.value}"
                value.tag = _TAG + "str"  # {经费: 3,420}: a number cut in two, one text whole
                value.end_mark = cut.end_mark
                joined = True
            if joined and isinstance(key, yaml.ScalarNode):
                message = _split_value_message(value.value)
                self.warnings.append(self.at(value, path + (key.value,), message))
            index += 1

    def items_perhaps_cut(self, node: yaml.SequenceNode, path: tuple[Any, ...]) -> None:
        """[编制总量3, 418名]: a comma and a space may be the clerk's own split (培训3, 200人次
        are two items to some), so the items stay two; but the clerk is told, since a program
        that rewrote a file cut at 3,418 writes it just so (round ar: 编制总量3。)."""
        items = node.value
        for index in range(1, len(items)):
            first, second = items[index - 1], items[index]
            if _split_number(first, second, self.source, between=", "):
                message = _perhaps_cut_message(first.value, second.value)
                self.warnings.append(self.at(second, path + (index,), message))

    def values_left_out(self, node: yaml.MappingNode, path: tuple[Any, ...]) -> None:
        """An entry of a mapping in braces with nothing to say: {学校: 3所,新建2所} (no colon)
        or, once such a file went through a program that rewrote it, {经费: 3, 420万元: null}.
        Nothing reads a name without a value, so the clerk is told what will not be said."""
        previous: yaml.Node | None = None
        for key, value in node.value:
            if _empty(value) and isinstance(key, yaml.ScalarNode) and key.style is None:
                message = _left_out_message(key, value, previous)
                if message:  # {人数: } is a figure not given yet, as in a block: not told
                    self.warnings.append(self.at(key, path + (key.value,), message))
            previous = value

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
                self.report(key_node, path, self.non_text_key_message(node))
                continue
            if not self.plain_tag(key_node, path):
                continue
            if key_node.value.startswith(FULL_WIDTH_SPACE):
                self.report(key_node, path, _full_width_indent_message(key_node.value))
                continue
            self.normalise(key_node, path + (key_node.value, "<key>"))
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
            self.trailing_comment(node, path)
            self.normalise(node, path)

    def non_text_key_message(self, mapping: yaml.MappingNode) -> str:
        """A key that is a list or mapping: most often a value that began with { or [."""
        if mapping.flow_style and self.source.startswith("{{", mapping.start_mark.index):
            return (
                "以“{{”开头的内容被 YAML 当作了花括号写法的“键: 值”：要写的是文字的话，"
                '请给整段加引号，如 "{{ … }}"'
            )
        return "这里的名称（冒号前面）应是文字，不能是列表或“键: 值”"

    def trailing_comment(self, node: yaml.ScalarNode, path: tuple[Any, ...]) -> None:
        """`name: 张三 # 副县长` keeps only 张三: YAML drops “ #…” as a comment. The nodes no
        longer hold it, so the rest of the value's line in the file is looked at."""
        if node.style is not None or not self.source:
            return  # a quoted value followed by # was written by someone who knows YAML
        end = node.end_mark.index
        line_end = self.source.find("\n", end)
        rest = self.source[end : line_end if line_end >= 0 else len(self.source)]
        found = _TRAILING_COMMENT.match(rest)
        if found is None or not found["comment"].strip():
            return
        if len(found["gap"]) > 1:
            # two or more spaces before # is how a comment is written on purpose (PEP 8, and
            # the notes import and collect put beside values); one is how # ends up in text
            return
        hash_at = end + found.start("hash")
        line = self.source.count("\n", 0, hash_at) + 1
        column = hash_at - self.source.rfind("\n", 0, hash_at)
        self.warnings.append(
            Problem(self.name, line, column, dotted(path), _comment_message(found["comment"]))
        )

    def normalise(self, node: yaml.ScalarNode, path: tuple[Any, ...]) -> None:
        """Characters that would reach the document wrongly are fixed here, before any value
        is built, and each fix is reported where it was made."""
        if node.tag != _TAG + "str":
            return
        value = node.value
        for fix, message in _NORMALISATIONS:
            fixed = fix(value)
            if fixed != value:
                self.warnings.append(self.at(node, path, message(value, fixed)))
                value = fixed
        node.value = value

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
        if bad := REFUSED_INVISIBLE.search(node.value):
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


def _split_number(first: yaml.Node, second: yaml.Node, source: str, between: str = ",") -> bool:
    if not (isinstance(first, yaml.ScalarNode) and isinstance(second, yaml.ScalarNode)):
        return False
    if first.style is not None or second.style is not None:
        return False
    return (
        source[first.end_mark.index : second.start_mark.index] == between
        and first.value[-1:].isdigit()
        and _GROUP_OF_THREE.match(second.value) is not None
    )


_GROUP_OF_THREE = re.compile(r"\d{3}(?!\d)")


def _split_value(value: yaml.Node, pair: tuple[yaml.Node, yaml.Node], source: str) -> bool:
    """The next entry of a mapping in braces is the rest of ``value``'s number: a key with
    no colon (its value is YAML's empty one, standing where the key ends) that the comma
    alone parted from a value ending in a digit."""
    key, empty = pair
    if not isinstance(empty, yaml.ScalarNode) or empty.tag != _TAG + "null" or empty.value:
        return False
    if empty.start_mark.index != key.end_mark.index:
        return False  # 420人: 5 has a value of its own: a key the clerk wrote, not a cut
    return _split_number(value, key, source)


def _perhaps_cut_message(first: str, second: str) -> str:
    return (
        f"方括号列表里的“{first}”和“{second}”按两项读取；若本是一个数字“{first}{second}”，"
        "请去掉中间的逗号和空格，或给这一项加上引号"
    )


def _empty(value: yaml.Node) -> bool:
    return isinstance(value, yaml.ScalarNode) and value.tag == _TAG + "null"


def _left_out_message(key: yaml.ScalarNode, value: yaml.Node, previous: yaml.Node | None) -> str:
    """What to tell of a name with no value in braces; nothing for one written blank."""
    before = previous.value if isinstance(previous, yaml.ScalarNode) else ""
    if _GROUP_OF_THREE.match(key.value) and str(before)[-1:].isdigit():
        return (
            f"花括号里的“{key.value}”像是前一项“{before}”被逗号断开的后半截，稿中不会出现："
            f"请把两段连起来写成“{before}{key.value}”（数字不加逗号），或给整个值加上引号"
        )
    if value.start_mark.index == key.end_mark.index:  # no colon: a name with nothing after it
        return (
            f"花括号里的“{key.value}”后面没有冒号和值，稿中不会出现：若它是前一项的一部分，"
            "请把逗号改成中文逗号“，”或给前一项的值加上引号；若是单独一项，请写成“名称: 数值”"
        )
    return ""


def _split_value_message(joined: str) -> str:
    plain = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", joined)
    return (
        f"花括号里的“{joined}”中的英文逗号把数字断开了（逗号在花括号里是分项的符号）："
        f"已按一个值读取；请给这个值加上引号，或把数字写成“{plain}”"
    )


def _split_number_message(joined: str) -> str:
    plain = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", joined)
    return (
        f"方括号列表里的“{joined}”被逗号拆开了（逗号在方括号里是分项的符号）："
        f"已按一项读取；数字请不加逗号写成“{plain}”，或给这一项加上引号"
    )


FULL_WIDTH_SPACE = "\u3000"
_TRAILING_COMMENT = re.compile(r"(?P<gap>[ \t]+)(?P<hash>#)(?P<comment>.*)$")
# Zero-width and soft-hyphen characters come along when text is copied from web pages or
# chat windows: invisible in the editor, but Word keeps them inside names and numbers.
# The harmless ones only split a word: they are removed, and the removal is reported
# (normalise). The others change what the text means or shows and are refused (text).
REMOVABLE_INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
_INVISIBLE = re.compile(f"[{REMOVABLE_INVISIBLE}]")
REFUSED_INVISIBLE = re.compile(f"(?![{REMOVABLE_INVISIBLE}])" + INVISIBLE.pattern)
_FULL_WIDTH_SPACES = re.compile(f"[ ]*{FULL_WIDTH_SPACE}+[ ]*")


def _without_invisible(text: str) -> str:
    return _INVISIBLE.sub("", text)


def _without_full_width_spaces(text: str) -> str:
    """张　三 → 张三: body text never spaces Chinese characters apart; between Latin
    letters or digits one ordinary space is kept. Leading and trailing ones are stripped
    anyway (pydantic strips Unicode spaces), so only inner ones are reported."""
    inner = text.strip()
    fixed = _FULL_WIDTH_SPACES.sub(lambda m: _joint(inner, m.start(), m.end()), inner)
    return text if fixed == inner else fixed


def _full_width_digits(text: str) -> str:
    return half_width_digits(text)


def _zero_width_message(before: str, after: str) -> str:
    count = len(before) - len(after)
    return (
        f"这里有 {count} 个看不见的零宽字符（多半是从网页或聊天软件复制时带进来的），"
        f"已删去，按“{after}”生成；不需要修改"
    )


def _full_width_space_message(before: str, after: str) -> str:
    return (
        f"文字中间有全角空格“　”，已删去，按“{after}”生成（讲话稿正文的字之间不留空格）；"
        "如果是想分隔两件事，请改用顿号或逗号"
    )


def _full_width_digit_message(before: str, after: str) -> str:
    return f"“{before}”用了全角数字，已改为半角“{after}”（公文中的阿拉伯数字用半角）；不需要修改"


def _chinese_numeral_message(before: str, after: str) -> str:
    turned = turned_quantities(before) or [(before, after)]
    shown = "、".join(f"“{b}”在稿中写作“{a}”" for b, a in turned[:3]) + (
        "等" if len(turned) > 3 else ""
    )
    return f"{shown}（公文中的数量用阿拉伯数字，也便于和其他数字核对）；不需要修改"


_NORMALISATIONS = (
    (_without_invisible, _zero_width_message),
    (_without_full_width_spaces, _full_width_space_message),
    (_full_width_digits, _full_width_digit_message),
    (arabic_quantities, _chinese_numeral_message),
)


def _comment_message(comment: str) -> str:
    shown = comment.strip()
    shown = shown if len(shown) <= 20 else shown[:20] + "…"
    return (
        f"“#”后面的“{shown}”没有算进内容：YAML 把“空格 + #”后面的文字当作注释丢掉。"
        "如果它是内容的一部分，请给整段加引号，或把“#”改成全角“＃”；"
        "如果确实是注释，请把它移到上一行单独写"
    )


def _full_width_indent_message(key: str) -> str:
    count = len(key) - len(key.lstrip(FULL_WIDTH_SPACE))
    return (
        f"这一行开头用了 {count} 个全角空格“　”来缩进：YAML 只认半角空格，"
        f"请把它们换成半角空格（一个全角空格换成两个半角空格），“{key.strip()}”才会被认出来"
    )


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
        return _full_width_brackets(
            _LINE_BREAK.sub(lambda m: _joint(value, m.start(), m.end()), value)
        )
    if isinstance(value, list):
        return [fold_lines(item) for item in value]
    if isinstance(value, dict):
        return {fold_lines(key): fold_lines(item) for key, item in value.items()}
    return value


# ASCII brackets around Chinese (各村(社区)): printed in the speech beside the full-width ones
# the rest of it uses (round cw's 04, R — "(社区)半角括号与下文全角不一致")
_ASCII_BRACKETS_IN_CHINESE = re.compile(r"\((?=[^()]*[\u4e00-\u9fff])(?P<inside>[^()\n]{1,40})\)")


def _full_width_brackets(text: str) -> str:
    return _ASCII_BRACKETS_IN_CHINESE.sub(r"（\g<inside>）", text) if "(" in text else text


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
    cause = _mistyped_start(lines, line) if line is not None else None
    if cause is not None:
        line, column, message = cause
    elif line is not None:
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

# A value that opens with a quote or a bracket and goes on after it closes: YAML took the
# quoted or bracketed part for the whole value, and reports what follows as bad indentation.
_VALUE_START = r"^(?P<lead>\s*(?:-\s+)*(?:[^\s#\"'\[{][^:#]*:\s+)?)"
_QUOTED_THEN_MORE = re.compile(
    _VALUE_START + r"(?P<quote>[\"'])(?P<inside>[^\"']*)(?P=quote)\s*[^\s#,\]}]"
)
_BRACKETED_THEN_MORE = re.compile(_VALUE_START + r"\[(?P<inside>[^\]]*)\]\s*[^\s#,\]}]")


def _mistyped_start(lines: list[str], line: int) -> tuple[int, int, str] | None:
    """The real cause when a line starts with something YAML reads differently from a
    clerk: full-width spaces as indentation, a value opened by a quote or a bracket."""
    return _full_width_indent(lines, line) or _opening_character(lines, line)


_FULL_WIDTH_INDENT = re.compile(f"^ *{FULL_WIDTH_SPACE}+")


def _full_width_indent(lines: list[str], line: int) -> tuple[int, int, str] | None:
    """(line, 1, message) when the reported line or the one before is indented with
    full-width spaces, which YAML takes for text rather than indentation."""
    for candidate in (line, line - 1):
        if 1 <= candidate <= len(lines) and _FULL_WIDTH_INDENT.match(lines[candidate - 1]):
            return candidate, 1, _full_width_indent_message(lines[candidate - 1].lstrip(" "))
    return None


def _opening_character(lines: list[str], line: int) -> tuple[int, int, str] | None:
    """(line, column, message) when the error comes from a value that starts with an ASCII
    quote ("双减"工作…) or a square bracket ([2025]12号), on the reported line or the one before."""
    for candidate in (line, line - 1):
        if not 1 <= candidate <= len(lines):
            continue
        text = lines[candidate - 1]
        if found := _QUOTED_THEN_MORE.match(text):
            return (
                candidate,
                len(found["lead"]) + 1,
                _quote_message(found["quote"], found["inside"]),
            )
        if found := _BRACKETED_THEN_MORE.match(text):
            return candidate, len(found["lead"]) + 1, _bracket_message(found["inside"])
    return None


def _quote_message(quote: str, inside: str) -> str:
    name, other, other_name = (
        ("双引号", "'", "单引号") if quote == '"' else ("单引号", '"', "双引号")
    )
    return (
        f"这一项以英文{name}“{quote}”开头：YAML 把引号里的“{inside}”当成了整项内容，"
        f"后面的文字就多出来了。请改用中文引号（“{inside}”），"
        f"或者给整项再加一层{other_name}，如 {other}{quote}{inside}{quote}…{other}"
    )


def _bracket_message(inside: str) -> str:
    return (
        f"这一项以方括号“[”开头：YAML 把 [{inside}] 当成了一个列表，后面的文字就多出来了。"
        f'文号请用六角括号写成〔{inside}〕（公文的规范写法），或者给整项加引号，如 "[{inside}]…"'
    )


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
