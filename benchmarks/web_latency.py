"""Issue 15's latency figure: how long the live preview takes to follow one field change.

Starts `speechdraft serve`'s app on 127.0.0.1 (uvicorn in a thread, as the tests do),
then makes 50 edits to a 20-minute county leader-speech profile, one POST /api/preview
each (what the page sends after a change), and reports the server's time (its
Server-Timing header) and the round trip, median and worst. Goal: median under 150 ms
server time. Run: python benchmarks/web_latency.py [--edits 50]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from web_support import running_server

PROFILE: dict[str, Any] = {
    "kind": "leader_speech",
    "meeting": {"name": "全县教育工作会议", "date": "2026-03-10"},
    "region": {"level": "county", "name": "青川县"},
    "speaker": {"title": "县委书记", "name": "周明远"},
    "attendees": ["县四大班子分管领导", "各乡镇分管负责同志", "各中小学校长"],
    "duration_minutes": 20,
    "review": {
        "achievements": [
            {
                "area": "学前教育",
                "points": ["新建公办幼儿园3所"],
                "figures": {"新增学位": "1200个"},
            },
            {"area": "项目建设", "points": ["两所学校建成投用"]},
        ],
        "problems": ["城区学位供给依然偏紧", "乡村教师结构性缺员"],
    },
    "targets": {"guideline": "坚持教育优先发展", "items": ["普惠性幼儿园覆盖率达到93%"]},
    "priorities": [
        {"area": "党的建设", "facts": {}},
        {"area": "项目建设", "facts": {"续建项目数": 6, "新建项目数": 4, "总投资": 23500}},
        {"area": "学前教育", "facts": {"普惠性幼儿园覆盖率": 91.5, "公办园在园幼儿占比": 60}},
        {"area": "教师队伍", "facts": {}},
        {"area": "校园安全", "facts": {}},
        {"area": "学生心理健康", "facts": {}},
    ],
}


def edit(profile: dict[str, Any], step: int) -> None:
    """One change a clerk makes: a name, a figure, a point added or reworded."""
    kind = step % 3
    if kind == 0:
        profile["speaker"]["name"] = ("周明远", "周明", "周明远同志")[step // 3 % 3]
    elif kind == 1:
        profile["priorities"][2]["facts"]["普惠性幼儿园覆盖率"] = 90 + step % 9
    else:
        points = profile["priorities"][1].setdefault("points", [])
        if len(points) < 3:
            points.append(f"第{step}号项目年内开工")
        else:
            points[step % 3] = f"第{step}号项目按期竣工"


def preview(url: str, profile: dict[str, Any]) -> tuple[float, float, int]:
    body = json.dumps(profile, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=60) as answer:
        payload = json.loads(answer.read())
        timing = answer.headers["Server-Timing"]
    round_trip = (time.perf_counter() - started) * 1000
    server = float(timing.split("dur=")[1])
    assert payload["ok"], payload
    return server, round_trip, int(payload["preview"]["chars"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edits", type=int, default=50)
    edits = parser.parse_args().edits
    profile = json.loads(json.dumps(PROFILE))
    with running_server() as base:
        url = f"{base}/api/preview"
        for _ in range(3):  # warm-up: templates compiled, phrase bank loaded
            preview(url, profile)
        server_ms, round_ms, chars = [], [], []
        for step in range(edits):
            edit(profile, step)
            server, round_trip, length = preview(url, profile)
            server_ms.append(server)
            round_ms.append(round_trip)
            chars.append(length)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs, "
        f"load average {load:.2f}, {edits} edits"
    )
    print(
        f"draft: {min(chars)}–{max(chars)} characters (about {statistics.median(chars) / 200:.1f} minutes)"
    )
    print(
        f"server time: median {statistics.median(server_ms):.1f} ms, worst {max(server_ms):.1f} ms"
    )
    print(f"round trip:  median {statistics.median(round_ms):.1f} ms, worst {max(round_ms):.1f} ms")


if __name__ == "__main__":
    main()
