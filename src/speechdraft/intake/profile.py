"""The meeting profile: its pydantic model and a loader that says where each problem is.

``load_profile`` reads a YAML file with ``yaml.safe_load`` semantics, validates it and
raises :class:`ProfileError` listing *every* problem with file:line:column, the field
path and a Chinese message; nothing reaches the user as a traceback.
"""

from __future__ import annotations

import datetime
import functools
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import VERSION as pydantic_version
from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import SchemaValidator
from pydantic_core import __version__ as pydantic_core_version

from speechdraft.datacache import code_stamp, remembered
from speechdraft.errors import Problem, ProfileError
from speechdraft.genre import (
    KIND_KEYS,
    KINDS,
    LEVEL_KEYS,
    LEVELS,
    SEASONS,
    kind_key,
    level_key,
)
from speechdraft.intake.loading import LoadedProfile as LoadedProfile
from speechdraft.intake.loading import load_profile as load_profile
from speechdraft.intake.loading import load_profile_text as load_profile_text
from speechdraft.intake.loading import problem_at
from speechdraft.intake.values import (
    PLAIN_AREA,
    chinese_date,
    fact_value,
    whole_number,
    year_in_supported_range,
)
from speechdraft.intake.yamlfile import (
    MAX_ITEMS,
    Walk,
)
from speechdraft.messages import (
    did_you_mean,
    pydantic_message,
)

if TYPE_CHECKING:  # a Literal built at run time is opaque to mypy: it sees the plain str
    KindName = str
    LevelName = str
    SeasonName = str
else:  # the allowed values (and the JSON Schema's enums) come from the genre's tables
    KindName = Literal[KIND_KEYS]
    LevelName = Literal[LEVEL_KEYS]
    SeasonName = Literal[SEASONS]


_fact_value = fact_value  # the rules themselves are plain Python (values.py), shared
_whole_number = whole_number  # with the quick check (quick.py)


FactValue = Annotated[str | int | float, BeforeValidator(_fact_value)]


WholeNumber = Annotated[int, BeforeValidator(_whole_number)]


class _Model(BaseModel):
    # defer_build: a render validates through ``profile_validator`` (a kept validator in a
    # fresh process), so the models need not build theirs at import (a cold render's 20 ms)
    model_config = ConfigDict(
        extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True
    )

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


class Meeting(_Model):
    name: str | None = Field(
        None,
        description="会议名称，如“全县教育工作会议”；不填则用文件第一行注释里的会议名称"
        "（如“# 全省教育系统安全工作电视电话会议”），注释里也没有的按讲话类型和行政层级自动生成"
        "（总结讲话不填时，标题留【待补：会议名称】：总结讲话是哪个会议的，请写明）",
        min_length=1,
    )
    date: datetime.date = Field(
        description="会议日期，如 2025-03-15 或 2025年3月15日；会议年份由此得出"
    )
    season: SeasonName | None = Field(
        None, description="开学工作会议的学期：春季或秋季；不填则按会议月份判断（1—6月为春季）"
    )
    review_year: WholeNumber | None = Field(
        None,
        ge=2011,
        le=2035,
        description="回顾的是哪一年的工作；不填则为会议年份的上一年（11月、12月召开的会议为当年）",
    )

    @field_validator("date")
    @classmethod
    def _year_in_supported_range(cls, value: datetime.date) -> datetime.date:
        return year_in_supported_range(value)

    @field_validator("date", mode="before")
    @classmethod
    def _accept_chinese_date(cls, value: Any) -> Any:
        return chinese_date(value)


class Region(_Model):
    level: LevelName = Field(
        description="行政层级：county 县、district 区、county_city 县级市、city 地级市、"
        "banner 旗、prefecture 自治州、province 省、autonomous_region 自治区、town 乡镇"
    )
    name: str | None = Field(None, min_length=1, description="地名，如“安平县”；用于落款和文件属性")

    @field_validator("level", mode="before")
    @classmethod
    def _accept_chinese_level(cls, value: Any) -> Any:
        """level: 县 is as clear as level: county."""
        return (level_key(value) or value) if isinstance(value, str) else value

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
    role: (
        Literal[
            "party_secretary",
            "government_head",
            "deputy",
            "bureau_chief",
            "group_head",
            "school_head",
        ]
        | None
    ) = Field(
        None,
        description="讲话人身份：party_secretary 党委书记、government_head 政府主要负责同志、"
        "deputy 分管负责同志、bureau_chief 教育部门负责同志、group_head 领导小组组长、"
        "school_head 中心学校（学校）负责同志；"
        "不填则按职务判断。身份决定讲话中能向谁提要求",
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
        return {"area": PLAIN_AREA, "points": [data]} if isinstance(data, str) else data


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


class _AreaSection(_Model):
    """A key task or a safeguard, which a profile may also give as just its area's name."""

    @model_validator(mode="before")
    @classmethod
    def _accept_area_name(cls, data: Any) -> Any:
        return {"area": data} if isinstance(data, str) else data


class Priority(_AreaSection):
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
        description="这项任务今年要达到的数据（目标），写成“名称: 数值”，名称见 speechdraft 的领域目录"
        "（目录标明每项填目标数还是现有数）；上年已达到的实际数写在 review 的 achievements 下。"
        "比率写明是目标（达到91.5%）还是现在的水平（现有91.5%），100%也一样；"
        "次数、人次等写明是计划（计划12次）还是现有或已完成（现有12次、已完成12次），只写数字的稿中标【待核】；"
        "金额写上单位（4200万元），只写数字的稿中不补单位、标【待核】",
    )


class Safeguard(_AreaSection):
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


# Every figure of a large meeting can come from a return, more than MAX_ITEMS of them.
MAX_SOURCES = 300


class Source(_Model):
    """Where a collected figure came from (written by `speechdraft collect`)."""

    value: FactValue = Field(
        description="报送时的数值，如“91.5%”；与现在的数值不同时，审阅稿会注明已改动"
    )
    department: str = Field(min_length=1, description="报送科室，如“基础教育股”")
    file: str = Field(min_length=1, description="回表文件名")
    place: str = Field(min_length=1, description="工作表和单元格，如“基础教育股!H9”")


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
    duration_minutes: WholeNumber | None = Field(
        None,
        ge=3,
        le=120,
        description="讲话时长（分钟），按每分钟约200字控制篇幅；不填按讲话类型默认",
    )
    review: Review = Field(default_factory=Review, description="上一年工作回顾：成绩和问题")
    targets: Targets = Field(
        default_factory=Targets,
        description="今年的总体思路和目标任务",
    )
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
    suggestions: Literal["mark", "omit"] = Field(
        "mark",
        description="措辞库建议的时限、频次、比例等具体要求：mark 以【建议：…】标出请您确认（默认），"
        "omit 不写具体数字、只写“按期”“定期”等（没有替代说法的整句不写）",
    )
    fonts: Literal["gov", "windows"] = Field(
        "gov",
        description="字体方案：gov 党政机关（方正小标宋、仿宋_GB2312），windows 普通电脑（宋体、仿宋）",
    )
    seed: WholeNumber | None = Field(
        None, description="措辞变化的种子；不填则由地区、类型和年份决定，同一份信息总得到同一篇稿子"
    )
    sources: dict[str, Source] = Field(
        default_factory=dict,
        max_length=MAX_SOURCES,
        description="数据来源：由 speechdraft collect 写入，名称为“部分/领域/数据项”；"
        "审阅稿据此在数字上加批注注明报送科室和单元格。可以删除，不影响讲话稿",
    )

    @field_validator("kind", mode="before")
    @classmethod
    def _accept_chinese_kind(cls, value: Any) -> Any:
        """kind: 领导讲话 (or the label `speechdraft kinds` prints) is as clear as the key."""
        return (kind_key(value) or value) if isinstance(value, str) else value

    @property
    def meeting_year(self) -> int:
        return self.meeting.date.year

    @property
    def review_year(self) -> int:
        """The year whose work the speech reviews: the year before the meeting's, but the
        meeting's own from November on, when the year's work is done (compose.context)."""
        if self.meeting.review_year:
            return self.meeting.review_year
        return self.meeting_year if self.meeting.date.month >= 11 else self.meeting_year - 1


@functools.cache
def profile_validator() -> SchemaValidator:
    """What ``Profile.model_validate`` validates with: the model's own validator, or in a
    process where the model is not built yet, the one pydantic would build, made from the
    core schema an earlier run kept (building the models' schemas is about 20 ms of every
    cold render; making a validator from a kept schema is pydantic-core's, well under 1)."""
    if not Profile.__pydantic_complete__:
        schema, config = remembered("profile-schema", [], _built_schema, salt=_schema_salt())
        if not Profile.__pydantic_complete__:  # kept: the model was not built for it
            return SchemaValidator(schema, config)
    return Profile.__pydantic_validator__  # type: ignore[return-value]


def _built_schema() -> tuple[Any, Any]:
    """The model built as pydantic builds it; its core schema and config, to keep."""
    from pydantic._internal._config import ConfigWrapper

    Profile.model_rebuild()
    config = ConfigWrapper(Profile.model_config).core_config(title=Profile.__name__)
    return Profile.__pydantic_core_schema__, config


def _schema_salt() -> str:
    """A kept schema is stale when pydantic, or the code that defines the models, changes."""
    import sys

    from speechdraft import genre

    versions = f"{pydantic_version}:{pydantic_core_version}"
    return f"{versions}:{code_stamp(sys.modules[__name__], genre)}"


def checked_profile(name: str, data: dict[str, Any], walk: Walk) -> Profile:
    """The profile pydantic makes of ``data`` (the file's values, as loading.py read and
    walked them), or ProfileError with every problem located."""
    try:
        return profile_validator().validate_python(data)
    except ValidationError as exc:
        problems = _validation_problems(name, exc, walk.locations, walk.raw, data)
        # `- # 签订…` fails as an empty item: the dropped comment is the reason, so say it too.
        failing = {problem.path for problem in problems}
        problems += [warning for warning in walk.warnings if warning.path in failing]
        raise ProfileError(
            name, sorted(problems, key=lambda p: (p.line or 0, p.column or 0))
        ) from None


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
                problem_at(
                    name,
                    locations,
                    loc + ("<key>",),
                    f"名称（冒号前面）应为文字，实际是“{loc[-1]}”：请给它加引号",
                    shown=loc,
                )
            )
            continue
        message = pydantic_message(error)  # type: ignore[arg-type]
        written = raw.get(loc, "") if raw else ""
        if error["type"] == "string_type" and written[:1] in ("{", "["):
            message = flow_text_message(written)
        if error["type"] == "extra_forbidden":
            message = _unknown_key_message(loc)
            loc_for_line: tuple[str | int, ...] = loc + ("<key>",)
        elif error["type"] == "literal_error":
            message = _choice_message(loc, error.get("input"))
            loc_for_line = loc
        else:
            loc_for_line = loc
        problems.append(problem_at(name, locations, loc_for_line, message, shown=loc))
    return sorted(problems, key=lambda p: (p.line or 0, p.column or 0))


def flow_text_message(written: str) -> str:
    """Text that began with { or [ and so became a mapping or a list."""
    shown = written if len(written) <= 30 else written[:30] + "…"
    if written.startswith("{"):
        return (
            f"“{shown}”以花括号“{{”开头，YAML 把它当成了“键: 值”：要写的是文字的话，"
            f'请给整段加引号，如 "{shown}"'
        )
    number_hint = (
        "；文号请用六角括号，如〔2025〕12号" if any(ch.isdigit() for ch in written) else ""
    )
    return (
        f"“{shown}”以方括号“[”开头，YAML 把它当成了列表：要写的是文字的话，请给整段加引号，"
        f'如 "{shown}"{number_hint}'
    )


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


def _model_at(loc: tuple[str | int, ...]) -> type[BaseModel] | None:
    """The pydantic model that holds the field at ``loc`` (to list its valid keys)."""
    model: Any = Profile
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        model = model_of(field.annotation)
        if model is None:
            return None
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def model_of(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside an annotation (Review, list[Priority], Targets | None …)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = model_of(arg)
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


def model_shape() -> str:
    """A digest of everything about the models that decides what they accept and make:
    each model's fields (type, default, constraints), validators (with their source) and
    config, written out independently of pydantic's and Python's reprs. quick.py's check
    runs only while this equals its ``SHAPE``."""
    import hashlib

    lines: list[str] = []
    queue: list[type[BaseModel]] = [Profile]
    seen: set[type[BaseModel]] = set()
    while queue:
        model = queue.pop(0)
        if model in seen:
            continue
        seen.add(model)
        config = sorted((k, repr(v)) for k, v in model.model_config.items())
        lines.append(f"model {model.__name__} {config}")
        for name, field in model.model_fields.items():
            if field.is_required():
                default = "required"
            elif field.default_factory is not None:
                default = f"factory {_shape_of(field.default_factory)}"
            else:
                default = repr(field.default)
            metadata = [_shape_of(item) for item in field.metadata]
            lines.append(f"  {name}: {_shape_of(field.annotation)} {default} {metadata}")
            queue += _models_in(field.annotation)
        decorators = model.__pydantic_decorators__
        for kind in ("field_validators", "model_validators", "validators", "root_validators"):
            for name, decorator in sorted(getattr(decorators, kind, {}).items()):
                info = decorator.info
                where = getattr(info, "fields", ())
                lines.append(f"  {kind} {name} {info.mode} {list(where)}")
                lines.append(f"    {_source_digest(decorator.func)}")
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in getattr(annotation, "__args__", ()) for m in _models_in(arg)]


def _shape_of(value: Any) -> str:
    """A type, a constraint or a validator written out the same way by every Python and
    pydantic version: names, values and (for this module's functions) a digest of the source."""
    import typing

    origin = typing.get_origin(value)
    if origin is typing.Annotated:
        base, *extra = typing.get_args(value)
        return f"Annotated[{_shape_of(base)}, {', '.join(_shape_of(e) for e in extra)}]"
    if origin is typing.Literal:
        return f"Literal{list(typing.get_args(value))!r}"
    if origin is not None:
        args = [_shape_of(arg) for arg in typing.get_args(value)]
        if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
            return "Union[" + ", ".join(sorted(args)) + "]"
        return f"{getattr(origin, '__name__', str(origin))}[{', '.join(args)}]"
    if isinstance(value, type):
        return value.__name__
    function = getattr(value, "func", None)
    if function is not None:  # BeforeValidator(func=…) and its kin
        return f"{type(value).__name__}({_function_shape(function)})"
    if callable(value):
        return _function_shape(value)
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is not None:  # annotated_types' MinLen, MaxLen, Ge, Le …
        inner = ", ".join(f"{name}={getattr(value, name)!r}" for name in fields)
        return f"{type(value).__name__}({inner})"
    return repr(value)


def _function_shape(function: Any) -> str:
    name = getattr(function, "__qualname__", repr(function))
    module = getattr(function, "__module__", "")
    # values.py's rules are quick.py's own, by import: their name is enough
    return f"{module}.{name}" + ("" if module.endswith(".values") else _source_digest(function))


def _source_digest(function: Any) -> str:
    import hashlib
    import inspect

    try:
        source = inspect.getsource(getattr(function, "__func__", function))
    except (OSError, TypeError):
        return ":no-source"
    return ":" + hashlib.sha256(source.strip().encode("utf-8")).hexdigest()[:16]
