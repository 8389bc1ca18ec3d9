"""Reading the package's own YAML data files (norms, phrase bank) into pydantic models,
with every problem located as ``file:line:column 路径：中文说明``.

Offices edit these files too (a ``--templates`` folder may add or override them), so a
mistake must name the file, the entry and the fix, never show a traceback.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import yaml

from speechdraft.errors import Problem, SpeechdraftError
from speechdraft.messages import pydantic_message, yaml_problem

if TYPE_CHECKING:  # pydantic is imported when a file is checked, not by a render that
    import pydantic  # finds its tables kept (its import is a fifth of a cold render)

Model = TypeVar("Model", bound="pydantic.BaseModel")

# Our own data: the C parser when PyYAML has it (ten times faster), safe either way.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DataFileError(SpeechdraftError):
    """A data file (措辞库、规范表) with problems, each located in its file."""

    def __init__(self, what: str, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(str(p) for p in problems)
        super().__init__(
            f"{what}有 {len(problems)} 处需要修改：\n{lines}",
            hint="按提示改正这些文件后再生成；文件格式见 templates/README.md。",
        )


def read_yaml(path: Path, what: str) -> tuple[Any, yaml.Node | None]:
    """The file's data and its node tree (for locating problems)."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataFileError(
            what, [Problem(str(path), None, None, "", "应保存为 UTF-8 编码")]
        ) from exc
    try:
        data, node = data_and_node(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = Problem(str(path), line, column, "", yaml_problem(exc.problem))
        raise DataFileError(what, [problem]) from exc
    repeated = repeated_keys(node, path)
    if repeated:  # YAML keeps the last of two equal keys: the first entry would vanish unsaid
        raise DataFileError(what, repeated)
    return data, node


def data_and_node(text: str) -> tuple[Any, yaml.Node | None]:
    """One parse, kept as a node tree (for places) and built into data from it."""
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()
    return data, node


def repeated_keys(node: yaml.Node | None, path: Path) -> list[Problem]:
    """Every key written twice in one mapping of ``node``'s tree, located."""
    return list(_repeated_keys(node, path))


def _repeated_keys(node: yaml.Node | None, path: Path) -> Iterator[Problem]:
    """A problem for each key a mapping writes twice, at the second (an office adding a
    group under a name the file already has would otherwise replace the first group)."""
    if isinstance(node, yaml.MappingNode):
        first: dict[str, yaml.Node] = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else None
            if name is not None and name in first:
                line = first[name].start_mark.line + 1
                yield Problem(
                    str(path),
                    key.start_mark.line + 1,
                    key.start_mark.column + 1,
                    name,
                    f"这个名字在第 {line} 行已经写过：后写的一处会把前一处整个换掉，"
                    "请把两处合并成一处",
                )
            elif name is not None:
                first[name] = key
            yield from _repeated_keys(value, path)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _repeated_keys(item, path)


def validate(model: type[Model], data: Any, path: Path, node: yaml.Node | None, what: str) -> Model:
    """``model`` from ``data``, or a DataFileError listing every problem with its place."""
    import pydantic

    try:
        return model.model_validate(data)
    except pydantic.ValidationError as exc:
        problems = [
            located(path, node, tuple(error["loc"]), pydantic_message(dict(error)))
            for error in exc.errors()
        ]
        raise DataFileError(what, problems) from exc


def located(path: Path, node: yaml.Node | None, loc: tuple[Any, ...], message: str) -> Problem:
    """A problem at the deepest node ``loc`` reaches (pydantic's internal steps skipped)."""
    steps = [step for step in loc if not _internal(step)]
    found = node
    for step in steps:
        child = _child(found, step) if found is not None else None
        if child is None:
            break
        found = child
    line = found.start_mark.line + 1 if found is not None else None
    column = found.start_mark.column + 1 if found is not None else None
    return Problem(str(path), line, column, dotted(steps), message)


def _internal(step: Any) -> bool:
    # pydantic names union members and validators in loc: "str", "function-after[...]"
    return isinstance(step, str) and ("[" in step or step in {"str", "list[str]"})


def _child(node: yaml.Node, step: Any) -> yaml.Node | None:
    if isinstance(node, yaml.SequenceNode) and isinstance(step, int):
        return node.value[step] if 0 <= step < len(node.value) else None
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if str(key.value) == str(step):
                return value
    return None


def dotted(steps: list[Any]) -> str:
    """('units', 3, 'text') → units[3].text"""
    out = ""
    for step in steps:
        out += f"[{step}]" if isinstance(step, int) else (f".{step}" if out else str(step))
    return out


def walk_yaml_files(folders: tuple[Path, ...], subfolder: str) -> Iterator[Path]:
    """Every ``*.yaml`` under ``folder/subfolder`` of each folder, later folders first so
    that a user's file (listed first) overrides a built-in one of the same name."""
    for folder in reversed(folders):
        target = folder / subfolder
        if target.is_dir():
            yield from sorted(target.glob("*.yaml"))
