"""Data files read, checked and kept between runs: the phrase bank is 31 YAML files whose
every phrase is parsed as a template to check it, about 50 ms of each cold render for a
result that changes only when a file does. Here the result is kept (pickled) in the user's
cache folder under the hash of the files' contents and of the code that reads them.

The cache is an optimisation only: an unreadable, damaged, foreign or stale entry is
ignored and the files are read again; nothing about it is ever reported to the user.
A load that fails (a file with a mistake) is never kept, so its message is given every time.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
import sys
import time
import types
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import TypeVar, cast

T = TypeVar("T")

FORMAT = b"speechdraft-data-1\n"
MAX_BYTES = 8 * 1024 * 1024  # a kept bank is about 200 KB; anything far larger is not ours


def cache_folder() -> Path | None:
    """~/.cache/speechdraft (or $XDG_CACHE_HOME/speechdraft), or $SPEECHDRAFT_CACHE_DIR;
    none when caching is off ($SPEECHDRAFT_NO_CACHE)."""
    if os.environ.get("SPEECHDRAFT_NO_CACHE"):
        return None
    if chosen := os.environ.get("SPEECHDRAFT_CACHE_DIR"):
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "speechdraft"


def code_stamp(*modules: types.ModuleType) -> str:
    """What identifies the code that builds a kept value: a changed module misses."""
    stamps = [sys.version]
    for module in modules:
        with contextlib.suppress(OSError, TypeError, AttributeError):
            info = Path(module.__file__ or "").stat()
            stamps.append(f"{module.__name__}:{info.st_size}:{info.st_mtime_ns}")
    return repr(stamps)


def file_stamp(*files: Path) -> str:
    """code_stamp for code not imported yet (importing it would cost what the kept value
    saves): each file's name, size and time."""
    stamps = []
    for file in files:
        try:
            info = file.stat()
        except OSError:
            stamps.append(f"{file}:missing")
            continue
        stamps.append(f"{file.name}:{info.st_size}:{info.st_mtime_ns}")
    return repr(stamps)


@cache  # once a process: a cold render stamps five kept values with pydantic's
def package_stamp(name: str) -> str:
    """What identifies an installed package (its version file's size and time), found
    without importing it: a kept value checked by pydantic misses when pydantic changes,
    and a render that finds it kept need not import pydantic to know."""
    import importlib.util

    with contextlib.suppress(ImportError, ValueError, TypeError):
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            folder = Path(spec.origin).parent  # an upgrade rewrites these two files
            return f"{name}:{folder}:{file_stamp(folder / 'version.py', folder / '__init__.py')}"
    return f"{name}:unknown"


def remembered(name: str, sources: Iterable[Path], make: Callable[[], T], *, salt: str) -> T:
    """``make()``, or the value it gave in an earlier run when the files in ``sources``
    (missing ones count as missing) and ``salt`` are unchanged."""
    folder = cache_folder()
    if folder is None:
        return make()
    key = _key(sources, salt)
    path = folder / f"{name}-py{sys.version_info.major}{sys.version_info.minor}.pickle"
    found = _load(path, key)
    if found is not None:
        return cast(T, found)  # what make() returned for these very files
    value = make()
    _save(path, key, value)
    return value


def _key(sources: Iterable[Path], salt: str) -> str:
    digest = hashlib.sha256(salt.encode("utf-8", "surrogatepass"))
    for source in sources:
        digest.update(b"\0" + os.fsencode(source) + b"\0" + _file_digest(source))
    return digest.hexdigest()


# A cold render keys three kept values (the bank, its rarity, the wording records) by the
# same 41 phrase files, 1.1 MB: each file's digest is worked out once a process and then
# trusted while its size, times and inode are unchanged, unless it was written in the
# last two seconds (an edit within one clock tick can leave them all alike: "racy git").
_DIGESTS: dict[bytes, tuple[tuple[int, int, int, int], bytes]] = {}
_SETTLED_NS = 2_000_000_000


def _file_digest(source: Path) -> bytes:
    global _digests_grew
    name = os.fsencode(source)
    if _keeping and not _digests_read:
        _read_kept_digests()
    try:
        info = source.stat()
        signature = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)
        kept = _DIGESTS.get(name)
        if kept is not None and kept[0] == signature:
            return kept[1]
        found = hashlib.sha256(source.read_bytes()).digest()
    except OSError:
        return b"\1missing"
    if time.time_ns() - max(info.st_mtime_ns, info.st_ctime_ns) > _SETTLED_NS:
        _DIGESTS[name] = (signature, found)
        _digests_grew = True
    return found


# The digests are kept between one-draft runs as well (the CLI's, like KeptAnswers): a cold
# render hashed the same 1.1 MB of phrase files every time, about 3 ms. A digest is trusted
# on the same terms as within a process: it was taken of a file then settled for two
# seconds, and its size, times and inode are unchanged (any write since sets a later time).
_DIGESTS_FORMAT = b"speechdraft-digests-1\n"
MAX_KEPT_DIGESTS = 4000  # some 40 files a bank; an office's own folders add theirs
_digests_read = False
_digests_grew = False


def _digests_path() -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    return folder / f"digests-py{sys.version_info.major}{sys.version_info.minor}.marshal"


def _read_kept_digests() -> None:
    """The kept digests, under those of this process; anything odd about the file: none.
    The digests a process took before it read the file (a render's imports load three norms
    files before the CLI turns keeping on) count as new only where the file says otherwise:
    a render whose every digest was kept leaves the file as it is, instead of writing the
    same digests again every run (cold25)."""
    global _digests_read, _digests_grew
    _digests_read = True
    path = _digests_path()
    if path is None:
        return
    import marshal

    try:
        info = path.stat()
        if info.st_size > MAX_BYTES or not owned_by_us(info):
            return
        data = path.read_bytes()
        if not data.startswith(_DIGESTS_FORMAT):
            return
        kept = marshal.loads(data[len(_DIGESTS_FORMAT) :])
    except Exception:  # any damage at all: the files are hashed as usual
        return
    if isinstance(kept, dict):
        for name, entry in kept.items():
            if name not in _DIGESTS and _a_kept_digest(name, entry):
                _DIGESTS[name] = entry
        _digests_grew = any(kept.get(name) != entry for name, entry in _DIGESTS.items())


def _a_kept_digest(name: object, entry: object) -> bool:
    """Whether a kept entry has the shape _DIGESTS's entries have."""
    if not isinstance(name, bytes) or not isinstance(entry, tuple) or len(entry) != 2:
        return False
    signature, digest = entry
    return (
        isinstance(signature, tuple)
        and len(signature) == 4
        and all(type(number) is int for number in signature)
        and isinstance(digest, bytes)
        and len(digest) == 32
    )


def _save_kept_digests() -> None:
    global _digests_grew
    if _digests_grew and not _digests_read:  # taken before keeping began: the file decides
        _read_kept_digests()
    path = _digests_path()
    if not _digests_grew or path is None:
        return
    import marshal

    _digests_grew = False
    entries = dict(list(_DIGESTS.items())[-MAX_KEPT_DIGESTS:])  # the newest, past the limit
    with contextlib.suppress(OSError, ValueError):
        publish(path, _DIGESTS_FORMAT + marshal.dumps(entries))


def _load(path: Path, key: str) -> object | None:
    try:
        info = path.stat()
        if info.st_size > MAX_BYTES or not owned_by_us(info):
            return None
        data = path.read_bytes()
        if not data.startswith(FORMAT):
            return None
        kept_key, value = _unpickled(data[len(FORMAT) :])
    except Exception:  # any damage at all (a cut file, an old class) means: read afresh
        return None
    return value if kept_key == key else None


def _unpickled(data: bytes) -> tuple[str, object]:
    """pickle.loads with the cyclic collector paused: a kept bank is some 20,000 objects,
    none of them garbage, and the collections their creation sets off were a third of
    the load."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return cast(tuple[str, object], pickle.loads(data))
    finally:
        if collecting:
            gc.enable()


def _save(path: Path, key: str, value: object) -> None:
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError, AttributeError):
        publish(path, FORMAT + pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL))


def publish(path: Path, data: bytes) -> None:
    """Writes a kept file atomically: a run at the same moment reads a whole file or none,
    and no temporary file is left behind. Raises OSError; a cache's caller ignores it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # only when something is kept: a render that finds all kept never needs it

    handle, temp = tempfile.mkstemp(prefix=".~cache-", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp)


def owned_by_us(info: os.stat_result) -> bool:
    """Unpickling runs code: a file someone else could have written is never read."""
    getuid = getattr(os, "getuid", None)
    return getuid is None or (info.st_uid == getuid() and not info.st_mode & 0o022)


class KeptAnswers:
    """Answers of a pure function of text (a wording's admission for a speaker), kept
    between one-draft runs: a cold render asks a thousand or more of them, the same ones
    each time a clerk renders the same meeting again. Off until ``keep_answers_between_runs``
    (the CLI's one-draft render); a batch, a long-running web face and the tests never read
    or write the file. Answers are kept under the hash of ``sources`` and of the code
    (``stamp``), like ``remembered``: a changed rule or table starts afresh."""

    def __init__(
        self,
        name: str,
        sources: Callable[[], list[Path]],
        stamp: Callable[[], str],
        limit: int = 0,
    ) -> None:
        self.name, self.sources, self.stamp = name, sources, stamp
        # answers kept at most (larger ones: fewer); past it the oldest go (save)
        self.limit = limit or MAX_KEPT_ANSWERS
        self.answers: dict[object, object] | None = None  # loaded at the first question
        # what this run asked (found kept or worked out), in the order first asked: the
        # newest on a save
        self.asked: dict[object, None] = {}
        self.where: tuple[Path, str] | None = None  # its file and key, found at that time
        self.grown = False
        _KEPT_ANSWERS.append(self)

    def get(self, key: object) -> object | None:
        if not _keeping:
            return None
        if self.answers is None:
            self.answers = self._loaded()
        answer = self.answers.get(key)
        if answer is not None:
            self.asked[key] = None
        return answer

    def put(self, key: object, answer: object) -> None:
        if _keeping and self.answers is not None:
            self.answers[key] = answer
            self.asked[key] = None
            self.grown = True

    def _path_and_key(self) -> tuple[Path, str] | None:
        folder = cache_folder()
        if folder is None:
            return None
        version = f"py{sys.version_info.major}{sys.version_info.minor}"
        return folder / f"{self.name}-{version}.pickle", _key(self.sources(), self.stamp())

    def _loaded(self) -> dict[object, object]:
        self.where = self._path_and_key()
        self.asked = {}
        found = _load(*self.where) if self.where is not None else None
        return found if isinstance(found, dict) else {}

    def save(self) -> None:
        """Writes the answers, the newest ``limit`` of them: the file holds what recent runs
        asked and never more, since every cold render reads all of it: past the limit, what
        this run asked (found kept or worked out, in the order it asked) counts as the newest
        (cold27: kept in the order first asked, an answer every meeting shares, first asked
        by an old one, was cut while this run's new ones stayed, and the same meeting
        rendered again worked it out and wrote the file again)."""
        if self.grown and self.answers is not None and self.where is not None:
            answers = self.answers
            if len(answers) > self.limit:
                asked = self.asked
                older = {key: answer for key, answer in answers.items() if key not in asked}
                answers = {**older, **{key: answers[key] for key in asked if key in answers}}
                answers = dict(list(answers.items())[-self.limit :])
            _save(self.where[0], self.where[1], answers)
            self.grown = False


@cache  # once a process, as the code a process runs is the code it loaded
def core_stamp() -> str:
    """Every module of speechdraft's shared core (the package's top-level files, where the
    voice, norms, lexicon and bank rules live), loaded or not: whoever edits a rule, in
    whichever of them, makes the kept answers miss."""
    stamps = [sys.version]
    for file in sorted(Path(__file__).parent.glob("*.py")):
        with contextlib.suppress(OSError):
            info = file.stat()
            stamps.append(f"{file.name}:{info.st_size}:{info.st_mtime_ns}")
    return repr(stamps)


MAX_KEPT_ANSWERS = 60_000  # for answers that are the words' alone: more than the bank holds
_KEPT_ANSWERS: list[KeptAnswers] = []
_keeping = False


def keeping_answers() -> bool:
    """Whether KeptAnswers are on in this process (the CLI's one-draft render)."""
    return _keeping


def keep_answers_between_runs() -> None:
    """From here on, KeptAnswers read their file and remember new answers for save_answers."""
    global _keeping
    _keeping = True


def save_answers() -> None:
    """Writes the kept answers that grew in this run, and the files' digests (a failure
    only loses the speed-up)."""
    for kept in _KEPT_ANSWERS:
        kept.save()
    if _keeping:
        _save_kept_digests()
