#!/usr/bin/env python
"""speechdraft against the usual tools, side by side, on one ~5,000-character draft.

Issue 6, "Benchmarks". Four ways to get the same draft into a .docx:

  speechdraft   build_draft + write_draft (profile → text → GB/T 9704 .docx)
  docxtpl       the same paragraphs through a .docx template built here with python-docx
  pandoc        Markdown of the same draft → .docx with pandoc's default reference.docx
  floor         a bare python-docx script writing the same paragraphs with the same styles

Measured: warm in-process render per draft, cold one-shot wall time (fresh process
each run) against ``python -c "import docx"``, a batch of 1,000 profiles, peak RSS;
plus whether ``speechdraft --help`` imports python-docx or Jinja2, and (``--profile``)
where speechdraft's time goes. Results go to stdout as Markdown.

    python benchmarks/bench.py            # full run (a few minutes)
    python benchmarks/bench.py --quick    # fewer repetitions, a 100-profile batch
    python benchmarks/bench.py --profile  # add cProfile / -X importtime hotspots

Every tool's in-process timing runs in its own fresh worker process (this same file
with ``--worker``), so one tool's imports and caches never help another. Peak RSS and
CPU time come from GNU time (/usr/bin/time). ``--snapshot`` measures a copy of src/ and
templates/ (for a work tree being edited meanwhile); ``--settle S`` waits for other load.
Needs docxtpl (pip) and pandoc (apt).
"""

from __future__ import annotations

import json
import os
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_PROFILE = os.path.join(REPO, "profiles", "district-report-2026.yaml")
REPO_CODE = REPO  # where src/ and templates/ are measured from (--snapshot: a copy)

# Budgets from issue 6.
BUDGET_INPROCESS = 1.5  # × the bare python-docx floor
BUDGET_COLD = 2.0  # × python -c "import docx"
BUDGET_BATCH_S = 60.0  # 1,000 drafts on 2 cores
# Goals from issue 13, as fractions of docxtpl's figures.
GOAL_INPROCESS = 0.8
GOAL_BATCH = 0.9
GOAL_COLD = 1.0

# Style id → (name, font role, size pt, bold, align, first-line indent), as in layout.py.
# The floor and the docxtpl template create these themselves (they must not lean on
# speechdraft); the values are the ones speechdraft's layout uses.
FLOOR_STYLES = {
    "GWTitle": ("讲话稿-标题", "方正小标宋简体", 22, False, "center", False),
    "GWMeta": ("讲话稿-署名日期", "楷体_GB2312", 16, False, "center", False),
    "GWSalutation": ("讲话稿-称呼", "仿宋_GB2312", 16, False, "both", False),
    "GWBody": ("讲话稿-正文", "仿宋_GB2312", 16, False, "both", True),
    "GWHeading1": ("讲话稿-一级标题", "黑体", 16, False, "both", True),
    "GWHeading2": ("讲话稿-二级标题", "楷体_GB2312", 16, False, "both", True),
    "GWHeading3": ("讲话稿-三级标题", "仿宋_GB2312", 16, True, "both", True),
    "GWHeading4": ("讲话稿-四级标题", "仿宋_GB2312", 16, False, "both", True),
}


# --------------------------------------------------------------------------- workers
# Run as `bench.py --worker TOOL INPUT_DIR N OUT_DIR RESULT_JSON`. Only the imports the
# tool itself needs happen here, so the cold one-shot numbers are fair.


def _floor_document(draft, by_id: bool = False):  # type: ignore[no-untyped-def]
    """The bare python-docx floor: page, the named styles, the paragraphs. Nothing else.

    ``by_id`` sets each paragraph's w:pStyle directly instead of passing the style name
    to add_paragraph (python-docx then resolves the name, scanning every style)."""
    from docx import Document
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
    from docx.oxml.ns import qn
    from docx.shared import Pt, Twips

    align = {"center": WD_ALIGN_PARAGRAPH.CENTER, "both": WD_ALIGN_PARAGRAPH.JUSTIFY}
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Twips(11906), Twips(16838)
    section.top_margin, section.bottom_margin = Twips(2098), Twips(1984)
    section.left_margin, section.right_margin = Twips(1587), Twips(1474)
    for style_id, (name, face, size, bold, jc, indent) in FLOOR_STYLES.items():
        style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.element.set(qn("w:styleId"), style_id)
        style.font.name = face
        style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), face)
        style.font.size = Pt(size)
        style.font.bold = bold
        fmt = style.paragraph_format
        fmt.alignment = align[jc]
        fmt.line_spacing = Twips(579)
        fmt.space_before = fmt.space_after = 0
        fmt.first_line_indent = Pt(32) if indent else 0
    for para in draft["paragraphs"]:
        if by_id:
            paragraph = doc.add_paragraph()
            paragraph._p.style = para["style"]
        else:
            paragraph = doc.add_paragraph(style=FLOOR_STYLES[para["style"]][0])
        for text, bold, mark, br in para["runs"]:
            if br:
                paragraph.add_run().add_break()
            run = paragraph.add_run(text)
            if bold is not None:
                run.bold = bold
            if mark:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    doc.core_properties.title = draft["title"]
    return doc


def _docxtpl_render(template_path, draft, path):  # type: ignore[no-untyped-def]
    from docxtpl import DocxTemplate, RichText

    tpl = DocxTemplate(template_path)
    paragraphs = []
    for para in draft["paragraphs"]:
        rich = RichText()
        for text, bold, mark, br in para["runs"]:
            rich.add(
                ("\n" if br else "") + text, bold=bool(bold), highlight="yellow" if mark else None
            )
        paragraphs.append({"s": para["style"], "rt": rich})
    tpl.render({"paras": paragraphs, "title": draft["title"]})
    tpl.save(path)


def worker(tool: str, input_dir: str, n: int, out_dir: str, result_path: str) -> None:
    import resource

    times: list[float] = []
    cpu: list[float] = []  # CPU seconds of each draft (time.process_time): load-proof
    parts: list[tuple[float, float]] = []
    t_start = time.perf_counter()
    if tool == "speechdraft":
        from pathlib import Path

        from speechdraft.pipeline import build_draft, write_draft

        profile = Path(input_dir) / "profile.yaml"
        imported = time.perf_counter()
        for i in range(n):
            c0 = time.process_time()
            t0 = time.perf_counter()
            draft = build_draft(profile)
            t1 = time.perf_counter()
            write_draft(draft, Path(out_dir) / f"sd-{i}.docx", force=True)
            t2 = time.perf_counter()
            times.append(t2 - t0)
            cpu.append(time.process_time() - c0)
            parts.append((t1 - t0, t2 - t1))
    else:
        with open(os.path.join(input_dir, "draft.json"), encoding="utf-8") as f:
            draft = json.load(f)
        if tool in ("floor", "floor-id"):
            import docx  # noqa: F401

            imported = time.perf_counter()
            for i in range(n):
                c0 = time.process_time()
                t0 = time.perf_counter()
                doc = _floor_document(draft, by_id=tool == "floor-id")
                doc.save(os.path.join(out_dir, f"{tool}-{i}.docx"))
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
        elif tool == "docxtpl":
            import docxtpl  # noqa: F401

            imported = time.perf_counter()
            template = os.path.join(input_dir, "template.docx")
            for i in range(n):
                c0 = time.process_time()
                t0 = time.perf_counter()
                _docxtpl_render(template, draft, os.path.join(out_dir, f"tpl-{i}.docx"))
                times.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
        else:
            raise SystemExit(f"unknown worker {tool}")
    result = {
        "times": times,
        "cpu": cpu,
        "parts": parts,
        "import_s": imported - t_start,
        "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(result, f)


def profile_worker(input_dir: str, n: int, out_dir: str, result_path: str) -> None:
    """cProfile of warm speechdraft renders: the functions that cost the most."""
    import cProfile
    import pstats
    from pathlib import Path

    from speechdraft.pipeline import build_draft, write_draft

    profile = Path(input_dir) / "profile.yaml"

    def rows_of(profiler, count):  # type: ignore[no-untyped-def]
        stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        return [
            {
                "where": f"{_short_path(file)}:{line}({func})",
                "ncalls": ncalls / count,
                "tottime": tottime / count,
                "cumtime": cumtime / count,
            }
            for (file, line, func), (_cc, ncalls, tottime, cumtime, _callers) in stats.items()
        ]

    first = cProfile.Profile()  # the first draft in a process: caches still empty
    first.enable()
    write_draft(build_draft(profile), Path(out_dir) / "first.docx", force=True)
    first.disable()
    warm = cProfile.Profile()
    warm.enable()
    for i in range(n):
        write_draft(build_draft(profile), Path(out_dir) / f"prof-{i}.docx", force=True)
    warm.disable()
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump({"first": rows_of(first, 1), "warm": rows_of(warm, n)}, f)


def parts_worker(input_dir: str, out_dir: str, result_path: str) -> None:
    """Where a fresh process's first draft goes, without a profiler: importing the
    pipeline, loading the phrase bank (and the same files through libyaml), the first
    draft (Jinja compiles its templates), then a warm draft."""
    t0 = time.perf_counter()
    from pathlib import Path

    import yaml

    from speechdraft.phrasebank import load_phrasebank
    from speechdraft.pipeline import build_draft, write_draft
    from speechdraft.resources import builtin_templates_dir

    t1 = time.perf_counter()
    load_phrasebank(builtin_templates_dir())
    t2 = time.perf_counter()
    profile = Path(input_dir) / "profile.yaml"
    first = build_draft(profile)
    t3 = time.perf_counter()
    write_draft(first, Path(out_dir) / "parts-first.docx", force=True)
    t4 = time.perf_counter()
    build_draft(profile)
    t5 = time.perf_counter()
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((builtin_templates_dir() / "phrases").rglob("*.yaml"))
    ]
    t6 = time.perf_counter()
    for text in texts:
        yaml.load(text, Loader=yaml.SafeLoader)
    t7 = time.perf_counter()
    c_loader = getattr(yaml, "CSafeLoader", None)
    for text in texts:
        yaml.load(text, Loader=c_loader or yaml.SafeLoader)
    t8 = time.perf_counter()
    result = {
        "import_pipeline": t1 - t0,
        "phrasebank": t2 - t1,
        "first_build": t3 - t2,
        "first_write": t4 - t3,
        "warm_build": t5 - t4,
        "yaml_files": len(texts),
        "yaml_pure": t7 - t6,
        "yaml_c": t8 - t7 if c_loader else None,
    }
    with open(result_path, "w", encoding="utf-8") as f:
        json.dump(result, f)


def _short_path(file: str) -> str:
    for marker in ("site-packages/", "/src/", "/snapshot/", REPO + "/"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


# --------------------------------------------------------------------------- driver


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions, 100-profile batch")
    parser.add_argument(
        "--reps", type=int, help="warm in-process drafts per tool (default 40; quick 8)"
    )
    parser.add_argument(
        "--cold-reps", type=int, help="fresh processes per cold measure (default 15; quick 4)"
    )
    parser.add_argument("--batch", type=int, help="profiles in the batch (default 1000; quick 100)")
    parser.add_argument("--no-batch", action="store_true", help="skip the batch measurements")
    parser.add_argument(
        "--profile", action="store_true", help="add cProfile and -X importtime hotspots"
    )
    parser.add_argument("--profile-yaml", default=DEFAULT_PROFILE, help="the draft's profile")
    parser.add_argument("--keep", help="keep the work folder here instead of a temp folder")
    parser.add_argument(
        "--settle",
        type=float,
        default=0,
        metavar="SECONDS",
        help="before each phase wait up to this long for other work on the machine to stop "
        "(under 0.25 busy cores); batch rows always report what else was running",
    )
    parser.add_argument(
        "--snapshot",
        action="store_true",
        help="copy src/ and templates/ first and measure that copy (PYTHONPATH), so edits made to "
        "the work tree while the benchmark runs cannot mix two versions into one result",
    )
    args = parser.parse_args(argv)
    reps = args.reps or (8 if args.quick else 40)
    cold_reps = args.cold_reps or (4 if args.quick else 15)
    batch = args.batch or (100 if args.quick else 1000)

    import shutil
    import tempfile

    for tool in ("pandoc", "speechdraft"):
        if shutil.which(tool) is None:
            raise SystemExit(
                f"{tool} not found on PATH (apt-get install -y pandoc; pip install -e .)"
            )
    try:
        import docxtpl  # noqa: F401
    except ImportError:
        raise SystemExit("docxtpl not installed (pip install docxtpl)") from None

    work = args.keep or tempfile.mkdtemp(prefix="speechdraft-bench-")
    os.makedirs(work, exist_ok=True)
    # speechdraft's kept data (datacache.py) in a folder of this run's own, as on a clerk's
    # PC: the user cache folder may be shared with other work trees that rewrite it
    os.environ["SPEECHDRAFT_CACHE_DIR"] = os.path.join(work, "cache")
    if args.snapshot:
        global REPO_CODE
        snap = os.path.join(work, "snapshot")
        shutil.rmtree(snap, ignore_errors=True)
        for top in ("src", "templates"):
            shutil.copytree(
                os.path.join(REPO, top),
                os.path.join(snap, top),
                ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
            )
        REPO_CODE = snap
        src = os.path.join(snap, "src")
        import compileall

        compileall.compile_dir(src, quiet=1)  # as the installed tree already is
        os.environ["PYTHONPATH"] = src + (
            os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else ""
        )
        sys.path.insert(0, src)
        log(f"measuring a snapshot of src/ and templates/ in {snap}")
    try:
        report = run_all(work, args, reps, cold_reps, batch)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    print(report)
    return 0


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run_all(work: str, args, reps: int, cold_reps: int, batch: int) -> str:  # type: ignore[no-untyped-def]
    import datetime
    import platform
    import statistics

    tree_before = source_state()
    load_start = os.getloadavg()[0]
    inputs = os.path.join(work, "inputs")
    os.makedirs(inputs, exist_ok=True)
    draft = prepare_inputs(inputs, args.profile_yaml)
    log(f"draft: {draft['chars']} characters, {len(draft['paragraphs'])} paragraphs")
    med = statistics.median
    out = os.path.join(work, "out")
    os.makedirs(out, exist_ok=True)
    speechdraft_exe = shutil_which("speechdraft")
    where = capture(
        [
            sys.executable,
            "-c",
            "import speechdraft, speechdraft.resources as r; print(speechdraft.__file__, r.builtin_templates_dir())",
        ]
    )
    if not all(part.startswith(REPO_CODE) for part in where.split()):
        raise SystemExit(f"speechdraft imports from {where.strip()}, not from {REPO_CODE}")
    bench = os.path.abspath(__file__)
    py = sys.executable

    # ---- warm in-process: each round one fresh worker per tool, tools taking turns, so
    # that a change in the machine's load falls on all of them alike
    warmup = 2
    rounds = max(1, min(4, reps // 5))
    per_round = -(-reps // rounds)
    inproc: dict[str, dict] = {}  # type: ignore[type-arg]
    log(
        f"in-process: {rounds} rounds × (floor, speechdraft, docxtpl, floor-id) × {per_round + warmup} drafts"
    )
    settle(args.settle, "in-process")
    others = Others()
    for _ in range(rounds):
        for tool in ("floor", "speechdraft", "docxtpl", "floor-id"):
            result_path = os.path.join(work, f"{tool}-inproc.json")
            _, rss = run_measured(
                [py, bench, "--worker", tool, inputs, str(per_round + warmup), out, result_path]
            )
            with open(result_path, encoding="utf-8") as f:
                res = json.load(f)
            acc = inproc.setdefault(
                tool,
                {
                    "warm": [],
                    "rounds": [],
                    "cpu": [],
                    "cpu_rounds": [],
                    "parts": [],
                    "first": [],
                    "import": [],
                    "rss": 0,
                },
            )
            acc["warm"] += res["times"][warmup:]
            acc["rounds"].append(med(res["times"][warmup:]))
            acc["cpu"] += res["cpu"][warmup:]
            acc["cpu_rounds"].append(med(res["cpu"][warmup:]))
            acc["parts"] += res["parts"][warmup:]
            acc["first"].append(res["times"][0])
            acc["import"].append(res["import_s"])
            acc["rss"] = max(acc["rss"], rss)
    for acc in inproc.values():
        acc["import_s"] = med(acc["import"])
        acc["worker_maxrss_kib"] = acc["rss"]
    pandoc_cmd = [
        "pandoc",
        os.path.join(inputs, "draft.md"),
        "-o",
        os.path.join(out, "pandoc.docx"),
        "--reference-doc",
        os.path.join(inputs, "ref.docx"),
    ]
    log(f"pandoc per draft × {reps}")
    pandoc_runs = [run_measured(pandoc_cmd) for _ in range(reps)]
    busy = {"in-process": others.cores()}

    # ---- cold one-shot, fresh process each
    cold_cmds = {
        "python -c pass": [py, "-c", "pass"],
        "python -c 'import docx'": [py, "-c", "import docx"],
        "floor": [py, bench, "--worker", "floor", inputs, "1", out, os.path.join(work, "c.json")],
        "docxtpl": [
            py,
            bench,
            "--worker",
            "docxtpl",
            inputs,
            "1",
            out,
            os.path.join(work, "c.json"),
        ],
        "pandoc": pandoc_cmd,
        "speechdraft": [
            py,
            speechdraft_exe,
            "render",
            os.path.join(inputs, "profile.yaml"),
            "-o",
            os.path.join(out, "cold.docx"),
            "--force",
        ],
        "speechdraft --help": [py, speechdraft_exe, "--help"],
        "speechdraft, no CLI": [
            py,
            bench,
            "--worker",
            "speechdraft",
            inputs,
            "1",
            out,
            os.path.join(work, "c.json"),
        ],
        "import pipeline": [py, "-c", "import speechdraft.pipeline"],
        "import pipeline, _exit": [py, "-c", "import os, speechdraft.pipeline; os._exit(0)"],
    }
    cold_env: dict[str, dict] = {}  # type: ignore[type-arg]
    if REPO_CODE != REPO:  # also the work tree itself, as installed (editable)
        cold_cmds["speechdraft, work tree"] = cold_cmds["speechdraft"]
        cold_env["speechdraft, work tree"] = {
            k: v for k, v in os.environ.items() if k != "PYTHONPATH"
        }
        # its own data cache: kept data is stamped with the code that made it, so the two
        # trees taking turns in one folder would each find the other's and read afresh
        cold_env["speechdraft, work tree"]["SPEECHDRAFT_CACHE_DIR"] = os.path.join(
            work, "cache-work-tree"
        )
    cold: dict[str, list[tuple[float, int]]] = {k: [] for k in cold_cmds}
    cold_cpu: dict[str, list[float]] = {k: [] for k in cold_cmds}  # user + system, wait4
    log(f"cold: {len(cold_cmds)} commands × {cold_reps} (interleaved)")
    settle(args.settle, "cold")
    others = Others()
    for name, cmd in cold_cmds.items():
        run_measured(cmd, cold_env.get(name))  # page cache and .pyc warm; not counted
    for _ in range(cold_reps):
        for name, cmd in cold_cmds.items():
            wall, rss, cpu = measure(cmd, cold_env.get(name))
            cold[name].append((wall, rss))
            cold_cpu[name].append(cpu)
    busy["cold"] = others.cores()

    # ---- the first draft's one-time costs, without a profiler (median of fresh processes)
    log(f"cold parts: speechdraft × {cold_reps}")
    parts_runs = []
    for _ in range(cold_reps):
        result_path = os.path.join(work, "parts.json")
        run_measured([py, bench, "--parts-worker", inputs, out, result_path])
        with open(result_path, encoding="utf-8") as f:
            parts_runs.append(json.load(f))
    cold_parts = {
        k: med(r[k] for r in parts_runs) if parts_runs[0][k] is not None else None
        for k in parts_runs[0]
    }

    # ---- import check
    help_imports = imported_modules([py, "-X", "importtime", speechdraft_exe, "--help"])
    render_imports = imported_modules(
        cold_cmds["speechdraft"][:1] + ["-X", "importtime"] + cold_cmds["speechdraft"][1:]
    )

    # ---- batch
    batch_rows = {}
    has_jobs = "--jobs" in capture([py, speechdraft_exe, "render", "--help"])
    if not args.no_batch:
        batch_rows = run_batches(
            work, inputs, args.profile_yaml, batch, has_jobs, speechdraft_exe, args.settle
        )

    profile_rows = None
    if args.profile:
        log("cProfile: speechdraft × 20 warm drafts")
        result_path = os.path.join(work, "profile.json")
        run_measured([py, bench, "--profile-worker", inputs, "20", out, result_path])
        with open(result_path, encoding="utf-8") as f:
            profile_rows = json.load(f)

    tree_after = source_state()
    if tree_after != tree_before:
        log("warning: speechdraft's source changed during the run")

    # ---- report
    ms = lambda s: f"{s * 1000:.1f}"  # noqa: E731
    mib = lambda kib: f"{kib / 1024:.0f}"  # noqa: E731
    warm = {t: med(r["warm"]) for t, r in inproc.items()}
    warm["pandoc"] = med(w for w, _ in pandoc_runs)
    first = {t: med(r["first"]) for t, r in inproc.items()}
    build_ms = med(p[0] for p in inproc["speechdraft"]["parts"])
    write_ms = med(p[1] for p in inproc["speechdraft"]["parts"])
    cold_med = {k: med(w for w, _ in v) for k, v in cold.items()}
    cold_rss = {k: max(r for _, r in v) for k, v in cold.items()}
    floor = warm["floor"]
    tools = ("speechdraft", "docxtpl", "pandoc", "floor")
    lines: list[str] = []
    add = lines.append
    add("# speechdraft benchmark results\n")
    add(
        f"Machine: {os.cpu_count()} CPUs (nproc {len(os.sched_getaffinity(0))}, load average "
        f"{load_start:.2f} at start, {os.getloadavg()[0]:.2f} at the end), "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}, "
        f"{pkg_versions()}; run {datetime.datetime.now().isoformat(timespec='seconds')}; "
        f"{'quick' if args.quick else 'full'} run: {rounds * per_round} warm drafts per tool ({rounds} fresh "
        f"worker(s) of {per_round} after {warmup} warm-up each, tools taking turns), "
        f"{cold_reps} cold runs per command, batch of {batch}. `speechdraft` is run as "
        f"`{os.path.basename(py)} {speechdraft_exe}` (the installed entry script, no pyenv shim). "
        + (
            "speechdraft measured from a snapshot of the work tree's src/ and templates/ taken at the start "
            f"(`--snapshot`, via PYTHONPATH; newest file {tree_before[0]}), "
            if REPO_CODE != REPO
            else f"speechdraft source (src/, templates/): newest file {tree_before[0]}, "
        )
        + f"{'unchanged' if tree_after == tree_before else '**changed** (numbers mix two versions)'} during the run.\n"
    )
    add(
        f"Draft: `{os.path.relpath(args.profile_yaml, REPO)}` → {draft['chars']} characters read aloud "
        f"({draft['all_chars']} with title and meta lines), {len(draft['paragraphs'])} paragraphs.\n"
    )
    add("## Side by side (medians; ratio column = ÷ the python-docx floor)\n")
    add("| measure | speechdraft | docxtpl | pandoc | python-docx floor | speechdraft ÷ floor |")
    add("|---|---:|---:|---:|---:|---:|")
    add(
        "| in-process render per draft, warm (ms) | "
        + " | ".join(ms(warm[t]) for t in tools)
        + f" | {warm['speechdraft'] / floor:.2f}× |"
    )
    add(
        f"| … speechdraft split: build_draft / write_draft (ms) | {ms(build_ms)} / {ms(write_ms)} | | | | "
        f"write alone {write_ms / floor:.2f}× |"
    )
    add(
        "| first draft in a fresh process, after imports (ms) | "
        + " | ".join(ms(first[t]) if t in first else "—" for t in tools)
        + f" | {first['speechdraft'] / first['floor']:.2f}× |"
    )
    add(
        "| imports in the worker (ms) | "
        + " | ".join(ms(inproc[t]["import_s"]) if t in inproc else "—" for t in tools)
        + f" | {inproc['speechdraft']['import_s'] / inproc['floor']['import_s']:.2f}× |"
    )
    add(
        "| cold one-shot wall, fresh process (ms) | "
        + " | ".join(ms(cold_med[t]) for t in tools)
        + f" | {cold_med['speechdraft'] / cold_med['floor']:.2f}× |"
    )
    add(
        "| peak RSS, cold one-shot (MiB) | "
        + " | ".join(mib(cold_rss[t]) for t in tools)
        + f" | {cold_rss['speechdraft'] / cold_rss['floor']:.2f}× |"
    )
    add(
        f"| peak RSS, {per_round + warmup} drafts in one process (MiB) | "
        + " | ".join(
            mib(inproc[t]["worker_maxrss_kib"])
            if t in inproc
            else mib(max(r for _, r in pandoc_runs))
            for t in tools
        )
        + f" | {inproc['speechdraft']['worker_maxrss_kib'] / inproc['floor']['worker_maxrss_kib']:.2f}× |"
    )
    if batch_rows:
        b = batch_rows
        add(
            f"| batch of {batch}, 2 processes, wall (s) | {b['speechdraft-2']['wall']:.1f}¹ | {b['docxtpl-2']['wall']:.1f} "
            f"| {b['pandoc-2']['wall']:.1f} | {b['floor-2']['wall']:.1f} | {b['speechdraft-2']['wall'] / b['floor-2']['wall']:.2f}× |"
        )
        add(
            f"| … CPU time of all its processes, user + system (s) | {b['speechdraft-2']['cpu']:.1f} | {b['docxtpl-2']['cpu']:.1f} "
            f"| {b['pandoc-2']['cpu']:.1f} | {b['floor-2']['cpu']:.1f} | {b['speechdraft-2']['cpu'] / b['floor-2']['cpu']:.2f}× |"
        )
        add(
            "| … other work on the machine meanwhile (cores it kept busy, of "
            f"{os.cpu_count()}) | {b['speechdraft-2']['busy']:.2f} | {b['docxtpl-2']['busy']:.2f} "
            f"| {b['pandoc-2']['busy']:.2f} | {b['floor-2']['busy']:.2f} | |"
        )
        one = "`--jobs 1`" if has_jobs else "as shipped (no `--jobs`)"
        add(
            f"| batch of {batch}, speechdraft on 1 core, {one}: wall / CPU (s) | {b['speechdraft-1']['wall']:.1f} / "
            f"{b['speechdraft-1']['cpu']:.1f} | | | | {b['speechdraft-1']['wall'] / b['floor-2']['wall']:.2f}× |"
        )
        add(
            f"| batch peak RSS, largest process tree (MiB) | {mib(b['speechdraft-2']['rss'])} "
            f"| {mib(b['docxtpl-2']['rss'])} | {mib(b['pandoc-2']['rss'])} | {mib(b['floor-2']['rss'])} "
            f"| {b['speechdraft-2']['rss'] / b['floor-2']['rss']:.2f}× |"
        )
    add("")
    add(
        f"Not a budget line, a diagnosis: the floor with each paragraph's `w:pStyle` set by id instead of "
        f"`add_paragraph(style=NAME)` takes {ms(warm['floor-id'])} ms per draft "
        f"(speechdraft ÷ that = {warm['speechdraft'] / warm['floor-id']:.2f}×). pandoc has no in-process "
        "API: its per-draft number is one `pandoc` process per draft.\n"
    )
    docx_key = "python -c 'import docx'"
    add(
        f"Baselines, cold: `python -c pass` {ms(cold_med['python -c pass'])} ms / {mib(cold_rss['python -c pass'])} MiB; "
        f'`python -c "import docx"` {ms(cold_med[docx_key])} ms / {mib(cold_rss[docx_key])} MiB; '
        f"`speechdraft --help` {ms(cold_med['speechdraft --help'])} ms / {mib(cold_rss['speechdraft --help'])} MiB."
        + (
            f" The work tree itself, as installed (editable; no .pyc here when PYTHONDONTWRITEBYTECODE is set: "
            f"{'set' if os.environ.get('PYTHONDONTWRITEBYTECODE') else 'not set'}): cold `speechdraft render` "
            f"{ms(cold_med['speechdraft, work tree'])} ms (the snapshot, with .pyc like a wheel install: "
            f"{ms(cold_med['speechdraft'])} ms)."
            if "speechdraft, work tree" in cold_med
            else ""
        )
        + f" Other work on the machine during the phases (cores it kept busy, on average): in-process "
        f"{busy['in-process']:.2f}, cold {busy['cold']:.2f}.\n"
    )
    if batch_rows:
        add(
            "¹ "
            + (
                "`speechdraft render FOLDER -o OUTDIR --jobs 2` (checked `speechdraft render --help`: the "
                "option exists)."
                if has_jobs
                else "`speechdraft render` has no `--jobs` option (checked `speechdraft render --help`): this row is the "
                "folder split in two halves, each rendered by its own `speechdraft render HALF -o OUTDIR` at the same "
                "time — what a `--jobs 2` could reach. The shipped command uses one core (next row)."
            )
            + " docxtpl and the floor: the batch split across 2 worker processes of this script; pandoc: 2 pandoc "
            "processes at a time, one per draft. The others render the fixed draft text; speechdraft builds each of "
            "the distinct profiles (other seed and speaker name) from YAML.\n"
        )

    add("## Goals of issue 13 (÷ docxtpl; spread = lowest–highest of the paired ratios)\n")
    add("| goal | speechdraft ÷ docxtpl, median | spread | limit | verdict |")
    add("|---|---:|---:|---:|---|")
    round_ratios = [
        a / b
        for a, b in zip(inproc["speechdraft"]["rounds"], inproc["docxtpl"]["rounds"], strict=True)
    ]
    ratio = warm["speechdraft"] / warm["docxtpl"]
    add(
        f"| in-process YAML → .docx per draft ({ms(warm['speechdraft'])} vs {ms(warm['docxtpl'])} ms) "
        f"| {ratio:.2f}× | {min(round_ratios):.2f}–{max(round_ratios):.2f}× over {len(round_ratios)} rounds "
        f"| {GOAL_INPROCESS}× | {verdict(ratio, GOAL_INPROCESS)} |"
    )
    if batch_rows:
        ratio = batch_rows["speechdraft-2"]["wall"] / batch_rows["docxtpl-2"]["wall"]
        add(
            f"| batch of {batch}, 2 processes ({batch_rows['speechdraft-2']['wall']:.1f} vs "
            f"{batch_rows['docxtpl-2']['wall']:.1f} s) | {ratio:.2f}× | one run each | {GOAL_BATCH}× "
            f"| {verdict(ratio, GOAL_BATCH)} |"
        )
    cpu_rounds = [
        a / b
        for a, b in zip(
            inproc["speechdraft"]["cpu_rounds"], inproc["docxtpl"]["cpu_rounds"], strict=True
        )
    ]
    cpu_warm = {t: med(inproc[t]["cpu"]) for t in ("speechdraft", "docxtpl")}
    ratio = cpu_warm["speechdraft"] / cpu_warm["docxtpl"]
    add(
        f"| … in-process by CPU time of the process ({ms(cpu_warm['speechdraft'])} vs "
        f"{ms(cpu_warm['docxtpl'])} ms) | {ratio:.2f}× | {min(cpu_rounds):.2f}–{max(cpu_rounds):.2f}× "
        f"over {len(cpu_rounds)} rounds | {GOAL_INPROCESS}× | {verdict(ratio, GOAL_INPROCESS)} |"
    )
    if batch_rows:
        ratio = batch_rows["speechdraft-2"]["cpu"] / batch_rows["docxtpl-2"]["cpu"]
        add(
            f"| … batch by CPU time of all its processes ({batch_rows['speechdraft-2']['cpu']:.1f} vs "
            f"{batch_rows['docxtpl-2']['cpu']:.1f} s) | {ratio:.2f}× | one run each | {GOAL_BATCH}× "
            f"| {verdict(ratio, GOAL_BATCH)} |"
        )
    cold_ratios = sorted(
        a / b for (a, _), (b, _) in zip(cold["speechdraft"], cold["docxtpl"], strict=True)
    )
    ratio = cold_med["speechdraft"] / cold_med["docxtpl"]
    add(
        f"| cold `speechdraft render` vs docxtpl's cold one-shot ({ms(cold_med['speechdraft'])} vs "
        f"{ms(cold_med['docxtpl'])} ms) | {ratio:.2f}× | {cold_ratios[0]:.2f}–{cold_ratios[-1]:.2f}× over "
        f"{len(cold_ratios)} interleaved pairs | {GOAL_COLD}× | {verdict(ratio, GOAL_COLD)} |"
    )
    cpu_cold = {t: med(cold_cpu[t]) for t in ("speechdraft", "docxtpl")}
    cpu_ratios = sorted(
        a / b for a, b in zip(cold_cpu["speechdraft"], cold_cpu["docxtpl"], strict=True)
    )
    ratio = cpu_cold["speechdraft"] / cpu_cold["docxtpl"]
    add(
        f"| … cold by CPU time, user + system ({ms(cpu_cold['speechdraft'])} vs "
        f"{ms(cpu_cold['docxtpl'])} ms) | {ratio:.2f}× | {cpu_ratios[0]:.2f}–{cpu_ratios[-1]:.2f}× over "
        f"{len(cpu_ratios)} interleaved pairs | {GOAL_COLD}× | {verdict(ratio, GOAL_COLD)} |"
    )
    add("")

    import_docx = cold_med["python -c 'import docx'"]
    add("## Budgets (issue 6)\n")
    add("| budget | measured | limit | verdict |")
    add("|---|---:|---:|---|")
    ratio = warm["speechdraft"] / floor
    add(
        f"| in-process render ≤ {BUDGET_INPROCESS}× python-docx floor | {ratio:.2f}× "
        f"({ms(warm['speechdraft'])} vs {ms(floor)} ms) | {BUDGET_INPROCESS}× | {verdict(ratio, BUDGET_INPROCESS)} |"
    )
    ratio = cold_med["speechdraft"] / import_docx
    add(
        f'| cold `speechdraft render` ≤ {BUDGET_COLD}× `python -c "import docx"` | {ratio:.2f}× '
        f"({ms(cold_med['speechdraft'])} vs {ms(import_docx)} ms) | {BUDGET_COLD}× | {verdict(ratio, BUDGET_COLD)} |"
    )
    if batch_rows:
        scale = 1000 / batch
        labels = (
            (("speechdraft-2", "`--jobs 2`"), ("speechdraft-1", "`--jobs 1`"))
            if has_jobs
            else (
                ("speechdraft-1", "as shipped (1 process, no `--jobs`)"),
                ("speechdraft-2", "folder split in 2 commands"),
            )
        )
        limit = BUDGET_BATCH_S * batch / 1000
        for key, label in labels:
            row = batch_rows[key]
            wall = row["wall"]
            est = "" if batch == 1000 else f", ≈ {wall * scale:.0f} s per 1,000"
            add(
                f"| {batch} drafts < {limit:.0f} s on 2 cores, {label} | {wall:.1f} s{est} "
                f"(other work kept {row['busy']:.2f} cores busy meanwhile) | {limit:.0f} s | {verdict(wall, limit)} |"
            )
        row = batch_rows["speechdraft-2"]
        add(
            f"| … the same on 2 idle cores, at best: its CPU time ÷ 2 | {row['cpu'] / 2:.1f} s | {limit:.0f} s "
            f"| {verdict(row['cpu'] / 2, limit)} |"
        )
    bad = [m for m in ("docx", "jinja2") if m in help_imports]
    cold_parts_table = cold_parts
    add(
        f"| `speechdraft --help` imports neither python-docx nor Jinja2 | "
        f"{'imports ' + ', '.join(bad) if bad else 'neither imported'} ({len(help_imports)} modules) | — | "
        f"{'**missed**' if bad else 'met'} |"
    )
    heavy = ["docx", "jinja2", "pydantic", "yaml", "lxml", "rich", "typer", "click"]
    add("")
    add(
        "Top-level packages imported — `speechdraft --help`: "
        + ", ".join(f"{m} {'yes' if m in help_imports else 'no'}" for m in heavy)
        + "; `speechdraft render`: "
        + ", ".join(f"{m} {'yes' if m in render_imports else 'no'}" for m in heavy)
        + ".\n"
    )
    p = cold_parts_table
    add("## Where a cold `speechdraft render` goes\n")
    add(
        "Medians of fresh processes; no profiler. The first draft pays one-time costs a warm draft does not.\n"
    )
    add("| part | ms |")
    add("|---|---:|")
    add(f"| interpreter start and site (`python -c pass`) | {ms(cold_med['python -c pass'])} |")
    add(
        f"| `import speechdraft.pipeline` (Jinja2, PyYAML, lxml; pydantic only when a profile or data file must be checked by its models; python-docx only when a package is assembled) | {ms(p['import_pipeline'])} |"
    )
    add(
        f"| load the phrase bank ({p['yaml_files']:.0f} YAML files, checked; from the data cache when unchanged) | {ms(p['phrasebank'])} |"
    )
    if p["yaml_c"] is not None:
        add(
            f"| … the same files parsed with `yaml.CSafeLoader` (libyaml is installed) vs `SafeLoader`, warm | "
            f"{ms(p['yaml_c'])} vs {ms(p['yaml_pure'])} |"
        )
    add(
        f"| first `build_draft` (templates loaded from the code cache; one render, each length level cut from it) vs a warm one | "
        f"{ms(p['first_build'])} vs {ms(p['warm_build'])} |"
    )
    add(f"| first `write_draft` | {ms(p['first_write'])} |")
    exit_cost = cold_med["import pipeline"] - cold_med["import pipeline, _exit"]
    add(
        f"| interpreter exit with these modules loaded (cold `import speechdraft.pipeline` with and without "
        f"`os._exit(0)`: {ms(cold_med['import pipeline'])} − {ms(cold_med['import pipeline, _exit'])}) | {ms(exit_cost)} |"
    )
    known = (
        cold_med["python -c pass"]
        + p["import_pipeline"]
        + p["phrasebank"]
        + p["first_build"]
        + p["first_write"]
        + exit_cost
    )
    add(
        f"| not attributed (the line below − the lines above) | {ms(cold_med['speechdraft, no CLI'] - known)} |"
    )
    add(
        f"| = one draft in a fresh process without the CLI (`bench.py --worker speechdraft … 1`), wall | "
        f"{ms(cold_med['speechdraft, no CLI'])} |"
    )
    add(
        f"| + the CLI layer (a plain render takes the quick path: no typer; the collector stays off, "
        f"`os._exit`), messages, exit (cold CLI − the line above) | {ms(cold_med['speechdraft'] - cold_med['speechdraft, no CLI'])} |"
    )
    add(f"| = cold `speechdraft render` wall | {ms(cold_med['speechdraft'])} |")
    add("")
    add(
        f"Imports of a cold `speechdraft render` (python -X importtime, one run): "
        f"{render_imports.get('_total', 0) / 1000:.0f} ms in all; the slowest, top level and one below "
        "(indented), cumulative:\n"
    )
    add("| module | cumulative ms |")
    add("|---|---:|")
    for name, cum in render_imports["_top"][:18]:
        add(f"| {name} | {cum / 1000:.1f} |")
    add("")
    if profile_rows is not None:
        add("## Where speechdraft's render goes (cProfile)\n")
        add(
            "cProfile inflates pure-Python call-heavy code; read the shares, not the absolute ms.\n"
        )
        for key, title, top in (
            ("warm", "warm render, mean of 20 drafts", 30),
            ("first", "first draft in a fresh process (after imports)", 20),
        ):
            wanted = [r for r in profile_rows[key] if r["cumtime"] > 0]
            add(f"### {title}\n")
            add("| function (by cumulative) | calls/draft | cumulative ms |")
            add("|---|---:|---:|")
            for r in sorted(wanted, key=lambda r: -r["cumtime"])[:top]:
                add(f"| `{r['where']}` | {r['ncalls']:.0f} | {r['cumtime'] * 1000:.1f} |")
            add("")
            add("| function (by own time) | calls/draft | own ms |")
            add("|---|---:|---:|")
            for r in sorted(wanted, key=lambda r: -r["tottime"])[:12]:
                add(f"| `{r['where']}` | {r['ncalls']:.0f} | {r['tottime'] * 1000:.1f} |")
            add("")
    return "\n".join(lines)


def source_state() -> tuple[str, int]:
    """Newest modification time and a digest of speechdraft's code and templates."""
    import datetime
    import hashlib

    digest = hashlib.sha256()
    newest = 0.0
    for top in ("src", "templates"):
        for root, _dirs, files in sorted(os.walk(os.path.join(REPO_CODE, top))):
            for name in sorted(files):
                if name.endswith(".pyc"):
                    continue
                path = os.path.join(root, name)
                stat = os.stat(path)
                newest = max(newest, stat.st_mtime)
                digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    stamp = datetime.datetime.fromtimestamp(newest).isoformat(timespec="seconds")
    return stamp, int(digest.hexdigest()[:12], 16)


def verdict(value: float, limit: float) -> str:
    if value <= limit:
        return "met"
    return f"**missed** by {value / limit:.3f}× (+{(value / limit - 1) * 100:.1f}%)"


def shutil_which(name: str) -> str:
    """The entry script beside this interpreter first (a venv not on PATH), then PATH's."""
    import shutil

    beside = os.path.join(os.path.dirname(sys.executable), name)
    path = beside if os.path.isfile(beside) else shutil.which(name)
    assert path is not None
    return path


def capture(cmd: list[str]) -> str:
    import subprocess

    return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout


def pkg_versions() -> str:
    from importlib.metadata import version

    parts = [f"{p} {version(p)}" for p in ("python-docx", "docxtpl", "jinja2", "lxml")]
    pandoc = capture(["pandoc", "--version"]).splitlines()[0]
    return ", ".join(parts + [pandoc])


TIME = "/usr/bin/time"  # GNU time: its %M is the child's own peak RSS


def _timed(cmd: list[str], rss_file: str) -> list[str]:
    """Wraps ``cmd`` in GNU time. Peak RSS can't come from this process's wait4: a child
    forked from it inherits its high-water mark (Linux keeps ru_maxrss across exec), so
    every child would report at least this driver's size. time(1) is a 2 MiB fork parent.
    It adds about a millisecond of wall time to every command alike."""
    return [TIME, "-f", "%M %U %S", "-o", rss_file, *cmd] if os.path.exists(TIME) else cmd


def _read_stats(rss_file: str, usage) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    """Peak RSS (KiB) and CPU seconds (user + system, the process and the children it
    waited for) as time(1) wrote them; wait4's own figures if it could not."""
    try:
        with open(rss_file, encoding="utf-8") as f:
            rss, user, system = f.read().split()[-3:]
            return int(rss), float(user) + float(system)
    except (OSError, ValueError):
        return usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    finally:
        if os.path.exists(rss_file):
            os.unlink(rss_file)


MY_CPU = [0.0]  # CPU seconds of every process this script measured (for others_busy)


def machine_busy_s() -> float:
    """CPU seconds all processes on the machine have been busy since boot (/proc/stat)."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(v) for v in f.readline().split()[1:]]
    except OSError:
        return float("nan")
    return (sum(fields) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")


class Others:
    """How many cores other work kept busy during a phase: the machine's busy CPU time
    over the phase less the CPU time of the processes this script ran, over the wall."""

    def __init__(self) -> None:
        self.busy0, self.mine0, self.t0 = machine_busy_s(), MY_CPU[0], time.perf_counter()

    def cores(self) -> float:
        wall = time.perf_counter() - self.t0
        others = machine_busy_s() - self.busy0 - (MY_CPU[0] - self.mine0)
        return max(0.0, others / wall) if wall > 0 else 0.0


def measure(cmd: list[str], env: dict | None = None) -> tuple[float, int, float]:  # type: ignore[type-arg]
    """Wall seconds, peak RSS (KiB) and CPU seconds of one fresh process."""
    import subprocess
    import tempfile

    with tempfile.TemporaryFile() as err:
        rss_file = tempfile.mktemp(prefix="bench-rss-")
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            _timed(cmd, rss_file), stdout=subprocess.DEVNULL, stderr=err, env=env
        )
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss, cpu = _read_stats(rss_file, usage)
        MY_CPU[0] += cpu
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(
                f"failed ({proc.returncode}): {' '.join(cmd)}\n{err.read().decode()[-3000:]}"
            )
    return wall, rss, cpu


def run_measured(cmd: list[str], env: dict | None = None) -> tuple[float, int]:  # type: ignore[type-arg]
    """Wall seconds and peak RSS (KiB) of one fresh process."""
    wall, rss, _cpu = measure(cmd, env)
    return wall, rss


def run_parallel(cmds: list[list[str]]) -> tuple[float, int, float]:
    """Starts all commands at once: wall until the last ends, largest peak RSS, CPU seconds."""
    import subprocess
    import tempfile

    rss_files = [tempfile.mktemp(prefix="bench-rss-") for _ in cmds]
    t0 = time.perf_counter()
    procs = [
        subprocess.Popen(_timed(c, f), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for c, f in zip(cmds, rss_files, strict=True)
    ]
    rss, cpu = 0, 0.0
    for proc, cmd, rss_file in zip(procs, cmds, rss_files, strict=True):
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
        one_rss, one_cpu = _read_stats(rss_file, usage)
        rss, cpu = max(rss, one_rss), cpu + one_cpu
        MY_CPU[0] += one_cpu
    return time.perf_counter() - t0, rss, cpu


def run_pool(cmds: list[list[str]], workers: int) -> tuple[float, int, float]:
    """Runs the commands ``workers`` at a time (one process each)."""
    from concurrent.futures import ThreadPoolExecutor

    t0 = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(measure, cmds))
    return time.perf_counter() - t0, max(r for _, r, _ in results), sum(c for _, _, c in results)


def busy_cores(seconds: float = 1.0) -> float:
    """CPU cores kept busy over ``seconds`` (/proc/stat), by anything: read it when this
    script is idle to see what else runs on the machine."""

    def sample() -> tuple[int, int]:
        with open("/proc/stat", encoding="ascii") as f:
            fields = [int(v) for v in f.readline().split()[1:]]
        idle = fields[3] + fields[4]
        return sum(fields) - idle, sum(fields)

    try:
        busy0, total0 = sample()
        time.sleep(seconds)
        busy1, total1 = sample()
    except OSError:
        return float("nan")
    return (busy1 - busy0) / max(1, total1 - total0) * (os.cpu_count() or 1)


def settle(limit_s: float, label: str) -> float:
    """Waits (up to ``limit_s``) until other work on the machine keeps less than 0.25 of
    a core busy; returns the busy cores seen last."""
    deadline = time.monotonic() + limit_s
    busy = busy_cores()
    while busy > 0.25 and time.monotonic() < deadline:
        log(f"{label}: machine busy ({busy:.2f} cores in use by others), waiting")
        time.sleep(4)
        busy = busy_cores()
    return busy


def imported_modules(cmd: list[str]) -> dict:  # type: ignore[type-arg]
    """Top-level package names a command imports (python -X importtime), and the
    slowest top-level import rows (module, cumulative µs)."""
    import subprocess

    err = subprocess.run(cmd, capture_output=True, text=True, check=False).stderr
    names: dict = {}  # type: ignore[type-arg]
    top = []
    for line in err.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cum, name = line.split("|")
        if not cum.strip().isdigit():
            continue
        names[name.strip().split(".")[0]] = True
        depth = (len(name) - len(name.lstrip()) - 1) // 2  # one space, then two per level
        if depth <= 1:
            top.append((" " * depth + name.strip(), int(cum)))
        if depth == 0:
            names["_total"] = names.get("_total", 0) + int(cum)
    names["_top"] = sorted(top, key=lambda t: -t[1])
    return names


def prepare_inputs(inputs: str, profile_yaml: str) -> dict:  # type: ignore[type-arg]
    """The one draft every tool writes: speechdraft's own text, flattened to paragraphs."""
    import shutil
    import subprocess
    from pathlib import Path

    from speechdraft.document import Heading
    from speechdraft.pipeline import build_draft
    from speechdraft.writers.docx import title_lines
    from speechdraft.writers.layout import HEADING_STYLE_IDS

    shutil.copy(profile_yaml, os.path.join(inputs, "profile.yaml"))
    built = build_draft(Path(profile_yaml)).document
    paragraphs = []

    def runs(items, bold=None):  # type: ignore[no-untyped-def]
        return [[r.text, bold, r.placeholder, False] for r in items]

    paragraphs.append(
        {
            "style": "GWTitle",
            "runs": [[t, None, False, i > 0] for i, t in enumerate(title_lines(built.title))],
        }
    )
    for line in built.meta_lines:
        paragraphs.append({"style": "GWMeta", "runs": runs(line.runs)})
    paragraphs.append({"style": "GWSalutation", "runs": []})
    for block in built.blocks:
        if isinstance(block, Heading):
            split = bool(block.body) and block.level >= 3
            head = [[block.number, True if split else None, False, False]]
            head += runs(block.runs, True if split else None)
            paragraphs.append(
                {
                    "style": HEADING_STYLE_IDS[block.level],
                    "level": block.level,
                    "runs": head + runs(block.body, False if split else None),
                }
            )
        else:
            style = "GWSalutation" if block.role == "salutation" else "GWBody"
            paragraphs.append({"style": style, "runs": runs(block.runs)})
    draft = {
        "title": built.title,
        "paragraphs": paragraphs,
        "chars": built.char_count(),
        "all_chars": sum(len(r[0]) for p in paragraphs for r in p["runs"]),
    }
    with open(os.path.join(inputs, "draft.json"), "w", encoding="utf-8") as f:
        json.dump(draft, f, ensure_ascii=False)
    with open(os.path.join(inputs, "draft.md"), "w", encoding="utf-8") as f:
        f.write(to_markdown(draft))
    build_template(os.path.join(inputs, "template.docx"))
    subprocess.run(
        ["pandoc", "-o", "ref.docx", "--print-default-data-file", "reference.docx"],
        cwd=inputs,
        check=True,
    )
    return draft


def to_markdown(draft: dict) -> str:  # type: ignore[type-arg]
    def esc(text: str) -> str:
        for ch in "\\`*_[]#<>|":
            text = text.replace(ch, "\\" + ch)
        return text

    paras = draft["paragraphs"]
    meta = [esc("".join(r[0] for r in p["runs"])) for p in paras if p["style"] == "GWMeta"]
    lines = ["---", f'title: "{draft["title"]}"']
    if meta:
        lines.append(f'author: "{meta[0]}"')
    if len(meta) > 1:
        lines.append(f'date: "{meta[1]}"')
    lines += ["---", ""]
    for p in paras:
        if p["style"] in ("GWTitle", "GWMeta") or not p["runs"]:
            continue
        text = "".join(
            (f"**{esc(t)}**" if bold else esc(t)) for t, bold, _mark, _br in p["runs"] if t
        )
        level = p.get("level")
        if level in (1, 2):
            lines.append("#" * level + " " + esc("".join(r[0] for r in p["runs"])))
        else:
            lines.append(text)
        lines.append("")
    return "\n".join(lines)


def build_template(path: str) -> None:
    """A docxtpl template made with python-docx: the styles, then one loop over the
    paragraphs, each style a branch whose paragraph carries the rich text."""
    from docx import Document

    # Reuse the floor's page and styles with no paragraphs.
    doc = _floor_document({"paragraphs": [], "title": "{{ title }}"})
    doc.add_paragraph("{%p for p in paras %}")
    for index, (style_id, (name, *_rest)) in enumerate(FLOOR_STYLES.items()):
        keyword = "if" if index == 0 else "elif"
        doc.add_paragraph(f"{{%p {keyword} p.s == '{style_id}' %}}")
        doc.add_paragraph("{{r p.rt }}", style=name)
    doc.add_paragraph("{%p endif %}")
    doc.add_paragraph("{%p endfor %}")
    doc.save(path)
    Document(path)  # reopens


def make_profiles(folder: str, profile_yaml: str, count: int) -> list[str]:
    """``count`` copies of the profile, each with its own seed and speaker name."""
    import re

    with open(profile_yaml, encoding="utf-8") as f:
        text = f.read()
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
    given = (
        "立明远建华国文平志强秀英德海军春晓玉红云峰丽敏静伟芳娜军涛超勇杰磊洋艳东亮宁婷鹏雪飞斌辉"
    )
    paths = []
    os.makedirs(folder, exist_ok=True)
    for i in range(count):
        name = (
            surnames[i % len(surnames)]
            + given[(i // len(surnames)) % len(given)]
            + given[i % len(given)]
        )
        body, n = re.subn(
            r"(?m)^(speaker:\n(?:  .*\n)*?  name: ).*$",
            lambda m, name=name: m.group(1) + name,
            text,
        )
        if n != 1:
            raise SystemExit(f"{profile_yaml}: no speaker.name to vary")
        body = re.sub(r"(?m)^seed:.*\n", "", body)
        path = os.path.join(folder, f"p{i:04d}.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(body.rstrip("\n") + f"\nseed: {1000 + i}\n")
        paths.append(path)
    return paths


def run_batches(  # type: ignore[type-arg]
    work: str, inputs: str, profile_yaml: str, batch: int, has_jobs: bool, exe: str, settle_s: float
) -> dict:
    import shutil

    py, bench = sys.executable, os.path.abspath(__file__)
    folder = os.path.join(work, "batch-profiles")
    paths = make_profiles(folder, profile_yaml, batch)
    rows = {}

    def fresh(name: str) -> str:
        path = os.path.join(work, name)
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(path)
        return path

    def count_docx(path: str, expected: int) -> None:
        found = sum(1 for n in os.listdir(path) if n.endswith(".docx"))
        if found != expected:
            raise SystemExit(f"{path}: {found} .docx, expected {expected}")

    # speechdraft-1: one core (--jobs 1, or the command as it is when it has no --jobs);
    # speechdraft-2: two cores (--jobs 2, or the folder split between two commands).
    for key, jobs in (("speechdraft-2", "2"), ("speechdraft-1", "1")):
        if key == "speechdraft-2" and not has_jobs:
            continue
        log(
            f"batch: speechdraft render FOLDER -o OUTDIR{' --jobs ' + jobs if has_jobs else ''}, {batch} profiles"
        )
        outdir = fresh(f"batch-cli-{jobs}")
        cmd = [py, exe, "render", folder, "-o", outdir] + (["--jobs", jobs] if has_jobs else [])
        settle(settle_s, key)
        others = Others()
        wall, rss, cpu = measure(cmd)
        rows[key] = {"wall": wall, "rss": rss, "cpu": cpu, "busy": others.cores()}
        count_docx(outdir, batch)

    if not has_jobs:
        outdir = fresh("batch-sd2")
        log("batch: speechdraft, folder split between 2 concurrent commands")
        halves = []
        for k in range(2):
            half = os.path.join(work, f"batch-half-{k}")
            os.makedirs(half, exist_ok=True)
            for p in paths[k::2]:
                os.link(p, os.path.join(half, os.path.basename(p)))
            halves.append(half)
        settle(settle_s, "speechdraft-2")
        others = Others()
        wall, rss, cpu = run_parallel([[py, exe, "render", h, "-o", outdir] for h in halves])
        rows["speechdraft-2"] = {"wall": wall, "rss": rss, "cpu": cpu, "busy": others.cores()}
        count_docx(outdir, batch)

    for tool in ("floor", "docxtpl"):
        log(f"batch: {tool}, 2 processes")
        outdir = fresh(f"batch-{tool}")
        sizes = [batch - batch // 2, batch // 2]
        cmds = [
            [
                py,
                bench,
                "--worker",
                tool,
                inputs,
                str(n),
                os.path.join(outdir, str(k)),
                os.path.join(work, f"b{tool}{k}.json"),
            ]
            for k, n in enumerate(sizes)
        ]
        for k in range(2):
            os.makedirs(os.path.join(outdir, str(k)))
        settle(settle_s, tool)
        others = Others()
        wall, rss, cpu = run_parallel(cmds)
        rows[f"{tool}-2"] = {"wall": wall, "rss": rss, "cpu": cpu, "busy": others.cores()}
        for k, n in enumerate(sizes):
            count_docx(os.path.join(outdir, str(k)), n)

    log("batch: pandoc, 2 at a time")
    outdir = fresh("batch-pandoc")
    md, ref = os.path.join(inputs, "draft.md"), os.path.join(inputs, "ref.docx")
    cmds = [
        ["pandoc", md, "-o", os.path.join(outdir, f"{i}.docx"), "--reference-doc", ref]
        for i in range(batch)
    ]
    settle(settle_s, "pandoc")
    others = Others()
    wall, rss, cpu = run_pool(cmds, 2)
    rows["pandoc-2"] = {"wall": wall, "rss": rss, "cpu": cpu, "busy": others.cores()}
    count_docx(outdir, batch)
    return rows


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6])
    elif len(sys.argv) > 1 and sys.argv[1] == "--parts-worker":
        parts_worker(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) > 1 and sys.argv[1] == "--profile-worker":
        profile_worker(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
    else:
        sys.exit(main(sys.argv[1:]))
