"""The meeting profile: its pydantic model and a loader that says where each problem is.

``load_profile`` reads a YAML file with ``yaml.safe_load`` semantics, validates it and
raises :class:`ProfileError` listing *every* problem with file:line:column, the field
path and a Chinese message; nothing reaches the user as a traceback.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime
import math
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from speechdraft.errors import Problem, ProfileError, os_error_text
from speechdraft.lexicon import KINDS, LEVELS
from speechdraft.messages import (
    control_character_name,
    did_you_mean,
    pydantic_message,
    yaml_problem,
)

KindName = Literal[
    "leader_speech",
    "work_report",
    "concluding_remarks",
    "leading_group",
    "teachers_day",
    "school_opening",
    "safety",
]
LevelName = Literal[
    "county",
    "district",
    "county_city",
    "city",
    "banner",
    "prefecture",
    "province",
    "autonomous_region",
    "town",
]


def _fact_value(value: Any) -> Any:
    """A fact is a number or a text. A blank one (``x:`` with nothing after it) is not
    given yet, like ``""``; true/false, lists and non-numbers (.nan) are mistakes."""
    if value is None:
        return ""
    if isinstance(value, bool):
        raise ValueError(
            f"应为数字或文字，实际是“{str(value).lower()}”（若就是这几个字，请加引号）"
        )
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"应为数字或文字，实际是“{value}”")
    if not isinstance(value, str | int | float):
        raise ValueError("应为一个数字或一段文字，如“3所”“91.5”")
    return value


FactValue = Annotated[str | int | float, BeforeValidator(_fact_value)]


# The years the five-year-plan table covers (lexicon.plan_year), review year included.
FIRST_YEAR, LAST_YEAR = 2012, 2035

# Bounds on what a profile may hold. A real profile is a few KB with a few hundred
# values; these are far above that and keep a pasted document, a wrong file or a YAML
# alias bomb from costing more than a fraction of a second (see load_profile).
MAX_PROFILE_BYTES = 1024 * 1024  # read at most this much of a file
MAX_NODES = 20_000  # YAML values, counted after *aliases are expanded
MAX_DEPTH = 20  # nesting of lists and mappings (a profile needs 5)
MAX_TEXT_CHARS = 2_000  # one value: a point is a sentence or two, not a document
MAX_ITEMS = 30  # entries of one list or mapping: more than a speech can enumerate (一是…)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)

    @model_validator(mode="before")
    @classmethod
    def _blank_means_not_given(cls, data: Any) -> Any:
        """An optional value left as "" (as `init` writes them) is simply not given yet."""
        if not isinstance(data, dict):
            return data
        return {
            key: value
            for key, value in data.items()
            if not (
                isinstance(value, str)
                and not value.strip()
                and key in cls.model_fields
                and not cls.model_fields[key].is_required()
            )
        }


_CN_DATE = re.compile(r"^\s*(\d{4})\s*[年.\-/]\s*(\d{1,2})\s*[月.\-/]\s*(\d{1,2})\s*日?\s*$")


class Meeting(_Model):
    name: str | None = Field(
        None,
        description="会议名称，如“全县教育工作会议”；不填则按讲话类型和行政层级自动生成",
        min_length=1,
    )
    date: datetime.date = Field(
        description="会议日期，如 2025-03-15 或 2025年3月15日；会议年份由此得出"
    )
    season: Literal["春季", "秋季"] | None = Field(
        None, description="开学工作会议的学期：春季或秋季；不填则按会议月份判断（1—6月为春季）"
    )
    review_year: int | None = Field(
        None, ge=2011, le=2035, description="回顾的是哪一年的工作；不填则为会议年份的上一年"
    )

    @field_validator("date")
    @classmethod
    def _year_in_supported_range(cls, value: datetime.date) -> datetime.date:
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise ValueError(f"会议年份应在{FIRST_YEAR}—{LAST_YEAR}年之间，实际是{value.year}年")
        return value

    @field_validator("date", mode="before")
    @classmethod
    def _accept_chinese_date(cls, value: Any) -> Any:
        if isinstance(value, int | float):  # pydantic would read 20250312 as seconds since 1970
            raise ValueError(f"应为日期，如 2025-03-15，实际是“{value}”")
        if isinstance(value, str) and (m := _CN_DATE.match(value)):
            year, month, day = (int(g) for g in m.groups())
            try:
                return datetime.date(year, month, day)
            except ValueError as exc:
                raise ValueError(f"没有这一天：{value}") from exc
        return value


class Region(_Model):
    level: LevelName = Field(
        description="行政层级：county 县、district 区、county_city 县级市、city 地级市、"
        "banner 旗、prefecture 自治州、province 省、autonomous_region 自治区、town 乡镇"
    )
    name: str | None = Field(None, min_length=1, description="地名，如“安平县”；用于落款和文件属性")
    superiors: str | None = Field(
        None,
        min_length=1,
        description="上级党委政府的称谓，如“党中央、省委和市委”；不填则按行政层级自动确定",
    )


class Speaker(_Model):
    title: str = Field(min_length=1, description="讲话人职务，如“县委书记”“县教育局局长”")
    name: str | None = Field(
        None, min_length=1, description="讲话人姓名；不填则在稿中留出醒目的待补位置"
    )
    on_behalf_of: str | None = Field(
        None, min_length=1, description="代表谁讲话，如“县委、县政府”“局党组”；工作报告常用"
    )


class Achievement(_Model):
    area: str = Field(min_length=1, description="成绩所属领域，如“学前教育”“项目建设”")
    points: list[str] = Field(
        default_factory=list, max_length=MAX_ITEMS, description="这一领域的成绩，每条一句话"
    )
    figures: dict[str, FactValue] = Field(
        default_factory=dict,
        max_length=MAX_ITEMS,
        description="这一领域的数据，写成“名称: 数值”，如“新建幼儿园: 3所”",
    )

    @model_validator(mode="before")
    @classmethod
    def _accept_plain_text(cls, data: Any) -> Any:
        return {"area": "综合", "points": [data]} if isinstance(data, str) else data


class Review(_Model):
    achievements: list[Achievement] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        description="上一年的主要成绩，按领域分条，带数据",
    )
    problems: list[str] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        description="存在的问题和不足，每条一句话，讲话中以“一是…二是…”列出",
    )


class Targets(_Model):
    guideline: str | None = Field(
        None, min_length=1, description="今年工作的总体思路（总体要求），一两句话"
    )
    items: list[str] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        description="今年的目标任务，每条一句，最好带数字，如“普惠性幼儿园覆盖率达到92%”",
    )

    @model_validator(mode="before")
    @classmethod
    def _accept_plain_list(cls, data: Any) -> Any:
        return {"items": data} if isinstance(data, list) else data


class Priority(_Model):
    area: str = Field(
        min_length=1,
        description="重点任务的领域：从目录中选（如“学前教育”“校园安全”“项目建设”），也可以自己写",
    )
    title: str | None = Field(None, min_length=1, description="自定义小标题；不填则自动生成")
    points: list[str] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        description="这项任务今年的具体要求和举措，每条一句话",
    )
    facts: dict[str, FactValue] = Field(
        default_factory=dict,
        max_length=MAX_ITEMS,
        description="这项任务用到的数据，写成“名称: 数值”，名称见 speechdraft 的领域目录",
    )

    @model_validator(mode="before")
    @classmethod
    def _accept_area_name(cls, data: Any) -> Any:
        return {"area": data} if isinstance(data, str) else data


class Safeguard(_Model):
    area: str = Field(
        min_length=1,
        description="保障措施：如“组织领导”“经费保障”“督导考核”“工作作风”“宣传氛围”“部门协同”，也可自拟",
    )
    title: str | None = Field(None, min_length=1, description="自定义小标题；不填则自动生成")
    points: list[str] = Field(
        default_factory=list, max_length=MAX_ITEMS, description="具体要求，每条一句话"
    )
    facts: dict[str, FactValue] = Field(
        default_factory=dict,
        max_length=MAX_ITEMS,
        description="这项保障措施用到的数据，写成“名称: 数值”，如“年度教育经费预算安排: 12.6”",
    )

    @model_validator(mode="before")
    @classmethod
    def _accept_area_name(cls, data: Any) -> Any:
        return {"area": data} if isinstance(data, str) else data


class Profile(_Model):
    kind: KindName = Field(
        description="讲话类型：leader_speech 领导讲话、work_report 教育局工作报告、"
        "concluding_remarks 总结讲话、leading_group 教育工作领导小组全体会议讲话、"
        "teachers_day 教师节表彰大会讲话、school_opening 开学工作会议讲话、safety 校园安全工作会议讲话"
    )
    meeting: Meeting = Field(description="会议信息")
    region: Region = Field(description="行政区域")
    speaker: Speaker = Field(description="讲话人")
    attendees: list[str] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        description="参会人员，如“县四大班子分管领导”“各学校校长”",
    )
    preceding: list[str] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        description="讲话前会议进行了哪些议程，如“县教育局局长作了工作报告”“签订了目标责任书”",
    )
    duration_minutes: int | None = Field(
        None,
        ge=3,
        le=120,
        description="讲话时长（分钟），按每分钟约200字控制篇幅；不填按讲话类型默认",
    )
    review: Review = Field(default_factory=Review, description="上一年工作回顾：成绩和问题")
    targets: Targets = Field(default_factory=Targets, description="今年的总体思路和目标任务")
    priorities: list[Priority] = Field(
        default_factory=list,
        max_length=MAX_ITEMS,
        description="今年的重点任务，按讲话顺序排列，每项一个领域",
    )
    safeguards: list[Safeguard] | None = Field(
        None, max_length=MAX_ITEMS, description="保障措施；不填则使用该类讲话常用的几项"
    )
    policies: list[str] | None = Field(
        None,
        max_length=MAX_ITEMS,
        description="讲话中引用的上级精神，如“党的二十届四中全会精神”；不填则按会议年份从内置资料中选取",
    )
    fonts: Literal["gov", "windows"] = Field(
        "gov",
        description="字体方案：gov 党政机关（方正小标宋、仿宋_GB2312），windows 普通电脑（宋体、仿宋）",
    )
    seed: int | None = Field(
        None, description="措辞变化的种子；不填则由地区、类型和年份决定，同一份信息总得到同一篇稿子"
    )

    @property
    def meeting_year(self) -> int:
        return self.meeting.date.year

    @property
    def review_year(self) -> int:
        return self.meeting.review_year or self.meeting_year - 1


class _TooBig(Exception):
    """Composing stopped: too many YAML nodes or too deep a nesting."""

    def __init__(self, mark: yaml.Mark | None, deep: bool) -> None:
        super().__init__()
        self.mark = mark
        self.deep = deep


class _ProfileLoader(yaml.SafeLoader):
    """safe_load without date construction: pydantic parses dates, so an impossible
    date (2025-13-01) becomes a located message instead of a crash. Composing stops
    after MAX_NODES nodes or MAX_DEPTH levels, so no file keeps it busy for long (the
    composer is recursive: 5,000 nested brackets would otherwise exhaust the stack)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._nodes = 0
        self._depth = 0

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        self._nodes += 1
        self._depth += 1
        try:
            if self._nodes > MAX_NODES or self._depth > MAX_DEPTH:
                raise _TooBig(self.peek_event().start_mark, deep=self._depth > MAX_DEPTH)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_ProfileLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class LoadedProfile:
    """A validated profile with where each of its values stands in the file."""

    path: Path
    profile: Profile
    locations: dict[tuple[str | int, ...], tuple[int, int]]

    def problem(self, loc: tuple[str | int, ...], message: str) -> Problem:
        return _problem_at(str(self.path), self.locations, loc, message)


def load_profile(path: Path) -> LoadedProfile:
    """Reads and validates a profile; raises ProfileError with every problem located.

    Nothing in the file is trusted: it is read only up to MAX_PROFILE_BYTES, composed
    into YAML nodes with a node and depth budget, walked once (aliases expanded, still
    within the budget) before any Python value is built, and only then constructed
    and validated. So a 50 MB file, an alias bomb or a binary file costs milliseconds.
    """
    name = str(path)
    text = _read_text(path)
    root, loader = _compose(name, text)
    try:
        if root is None:
            raise ProfileError(
                name, [Problem(name, 1, 1, "", "文件是空的：请从 profiles/ 中复制一份示例再修改")]
            )
        walk = _Walk(name, loader)
        walk.run(root)
        try:
            data = loader.construct_document(root)
        except yaml.MarkedYAMLError as exc:
            raise ProfileError(name, [_yaml_error_problem(name, exc, text)]) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        raise ProfileError(name, [_not_a_mapping(name, text)])
    data = _fold_lines(data)
    try:
        profile = Profile.model_validate(data)
    except ValidationError as exc:
        raise ProfileError(
            name, _validation_problems(name, exc, walk.locations, walk.raw, data)
        ) from None
    return LoadedProfile(path, profile, walk.locations)


def _compose(name: str, text: str) -> tuple[yaml.Node | None, _ProfileLoader]:
    try:
        loader = _ProfileLoader(text)  # the reader refuses control characters right here
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
        raise ProfileError(name, [_yaml_error_problem(name, exc, text)]) from None
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


# Whole-file signatures of what people pick by mistake instead of the .yaml file.
_NOT_A_PROFILE = (
    (b"PK\x03\x04", "Word 文档（.docx）、Excel 表格或 zip 压缩包"),
    (b"\xd0\xcf\x11\xe0", "旧版 Word 或 Excel 文件（.doc/.xls）"),
    (b"%PDF", "PDF 文件"),
    (b"{\\rtf", "RTF 文档"),
    (b"\x89PNG", "PNG 图片"),
    (b"\xff\xd8\xff", "JPEG 图片"),
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


def _read_text(path: Path) -> str:
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
    if len(raw) > MAX_PROFILE_BYTES:  # grew while we looked
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
    for magic, what in _NOT_A_PROFILE:
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
            if _looks_like_utf16(raw):
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


def _looks_like_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte order mark: the start decodes to printable text."""
    for codec in ("utf-16-le", "utf-16-be"):
        start = raw[:400].decode(codec, errors="replace")
        if sum(ch.isprintable() or ch in "\r\n\t" for ch in start) > 0.95 * len(start):
            return True
    return False


def _unprintable_problems(name: str, text: str) -> list[Problem]:
    """Every control character in the file (up to ten), with the field it sits in.

    PyYAML refuses them before parsing anything, so the fields are found by parsing a
    copy with the characters blanked out."""
    non_printable = yaml.reader.Reader.NON_PRINTABLE
    root: yaml.Node | None = None
    with contextlib.suppress(yaml.YAMLError, _TooBig):
        root = yaml.compose(non_printable.sub(" ", text), Loader=_ProfileLoader)
    problems = []
    for match in non_printable.finditer(text):
        position = match.start()
        line = text.count("\n", 0, position) + 1
        column = position - text.rfind("\n", 0, position)
        where = _path_at(root, position) if root is not None else ()
        problems.append(
            Problem(name, line, column, _dotted(where), _control_message(match.group()))
        )
        if len(problems) == 10:
            break
    return problems


def _control_message(char: str) -> str:
    return (
        f"这里有一个看不见的控制字符（{control_character_name(char)}），"
        "多半是从 Word、网页或聊天软件复制文字时带进来的，Word 文档里不能有它："
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
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class _Stop(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__()
        self.problem = problem


class _Walk:
    """One pass over the composed YAML before any Python value is built: records where
    every value stands, and catches what safe_load would accept silently (duplicate
    keys, control characters, pasted documents) or choke on (odd tags and keys)."""

    def __init__(self, name: str, loader: _ProfileLoader) -> None:
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
        if bad := _XML_ILLEGAL.search(node.value):
            self.report(node, path, _control_message(bad.group()))
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
        return Problem(self.name, line, column, _dotted(path), message)

    def report(self, node: yaml.Node, path: tuple[Any, ...], message: str) -> None:
        self.problems.append(self.at(node, path, message))


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _line_order(problem: Problem) -> tuple[int, int]:
    return problem.line or 0, problem.column or 0


_LINE_BREAK = re.compile("[ \t\u3000]*[\r\n\u0085\u2028\u2029]+[ \t\u3000]*")


def _fold_lines(value: Any) -> Any:
    """Line breaks inside a value (a ``|`` block, "\\n") are joined: a draft's paragraph is
    one line of text, and a break in the markup would end the paragraph mid-sentence.
    Chinese joins directly; between two Latin letters or digits a space is kept."""
    if isinstance(value, str):
        return _LINE_BREAK.sub(lambda m: _joint(value, m.start(), m.end()), value)
    if isinstance(value, list):
        return [_fold_lines(item) for item in value]
    if isinstance(value, dict):
        return {_fold_lines(key): _fold_lines(item) for key, item in value.items()}
    return value


def _joint(text: str, start: int, end: int) -> str:
    before, after = text[start - 1 : start], text[end : end + 1]
    return " " if before.isascii() and after.isascii() and before and after else ""


def _yaml_error_problem(name: str, exc: yaml.MarkedYAMLError, text: str) -> Problem:
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


_CHINESE_COLON_KEY = re.compile(r"^\s*-?\s*[A-Za-z_]+\s*：")


def _chinese_colon_key(lines: list[str]) -> bool:
    return any(_CHINESE_COLON_KEY.match(line) for line in lines)


def _not_a_mapping(name: str, text: str) -> Problem:
    hint = "会议信息应是若干“键: 值”行，如“kind: leader_speech”"
    for number, line in enumerate(text.splitlines(), start=1):
        if _CHINESE_COLON_KEY.match(line):
            return Problem(
                name, number, None, "", f"{hint}；这一行用了中文冒号“：”，请改为英文冒号“:”"
            )
    return Problem(name, 1, 1, "", hint)


def _validation_problems(
    name: str,
    exc: ValidationError,
    locations: dict[tuple[str | int, ...], tuple[int, int]],
    raw: dict[tuple[str | int, ...], str] | None = None,
    data: Any = None,
) -> list[Problem]:
    problems = []
    for error in exc.errors():
        loc = _data_loc(error["loc"], data)
        if raw and raw.get(loc, "").strip() and not isinstance(error.get("input"), str):
            error = {**error, "input": raw[loc]}  # "no" as written, not the False it became
        if error["type"] == "invalid_key" or error["loc"][-1:] == ("[key]",):
            problems.append(
                _problem_at(
                    name,
                    locations,
                    loc + ("<key>",),
                    f"名称（冒号前面）应为文字，实际是“{loc[-1]}”：请给它加引号",
                    shown=loc,
                )
            )
            continue
        message = pydantic_message(error)  # type: ignore[arg-type]
        if error["type"] == "extra_forbidden":
            message = _unknown_key_message(loc)
            loc_for_line: tuple[str | int, ...] = loc + ("<key>",)
        elif error["type"] == "literal_error":
            message = _choice_message(loc, error.get("input"))
            loc_for_line = loc
        else:
            loc_for_line = loc
        problems.append(_problem_at(name, locations, loc_for_line, message, shown=loc))
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def _data_loc(loc: tuple[str | int, ...], data: Any) -> tuple[str | int, ...]:
    """pydantic's error location without its own steps (function-after[…], [key],
    constrained-str …). A step that is a key or index of the data is the user's, even if
    it looks like pydantic's (a key typed as "k[ind")."""
    kept: list[str | int] = []
    current = data
    for part in loc:
        if _has_step(current, part):
            current = current[part]
        elif _is_internal_loc(part):
            continue
        else:
            current = None  # a missing key, or a value a model validator reshaped
        kept.append(part)
    return tuple(kept)


def _has_step(value: Any, part: str | int) -> bool:
    if isinstance(value, dict):
        return part in value
    return isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value)


def _is_internal_loc(part: str | int) -> bool:
    return isinstance(part, str) and ("[" in part or part.startswith("function-"))


def _problem_at(
    name: str,
    locations: dict[tuple[str | int, ...], tuple[int, int]],
    loc: tuple[str | int, ...],
    message: str,
    shown: tuple[str | int, ...] | None = None,
) -> Problem:
    probe = loc
    while probe not in locations and probe:
        probe = probe[:-1]  # a missing key: point at the mapping that should hold it
    line, column = locations.get(probe, (None, None))
    return Problem(name, line, column, _dotted(shown if shown is not None else loc), message)


def _dotted(loc: tuple[str | int, ...]) -> str:
    text = ""
    for part in loc:
        if part == "<key>":
            continue
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _model_at(loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The pydantic model that holds the field at ``loc`` (to list its valid keys)."""
    model: Any = Profile
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        model = _model_of(field.annotation)
        if model is None:
            return None
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def _unknown_key_message(loc: tuple[str | int, ...]) -> str:
    model = _model_at(loc[:-1])
    known = list(model.model_fields) if model else []
    guess = did_you_mean(str(loc[-1]), known)
    message = f"不认识“{loc[-1]}”这一项"
    if guess:
        return message + f"，是不是“{guess}”？"
    return message + (f"；这里可以写：{'、'.join(known)}" if known else "")


_CHOICE_LABELS: dict[str, dict[str, str]] = {
    "kind": {key: kind.label for key, kind in KINDS.items()},
    "level": {key: level.label for key, level in LEVELS.items()},
    "fonts": {"gov": "党政机关字体", "windows": "普通电脑字体"},
}


def _choice_message(loc: tuple[str | int, ...], value: Any) -> str:
    field = str(loc[-1]) if loc else ""
    choices = _CHOICE_LABELS.get(field, {})
    listing = "、".join(f"{key}（{label}）" for key, label in choices.items())
    guess = did_you_mean(str(value), list(choices))
    by_label = next((k for k, label in choices.items() if str(value) in (label, label[:1])), None)
    message = f"“{value}”不是可选的值"
    if by_label or guess:
        message += f"，是不是“{by_label or guess}”？"
    else:
        message += "。"
    return message + (f"可选：{listing}" if listing else "")
