"""Quality gates on the public gold standards, with floors pinned in .ci/floors.json.

    python .ci/gates.py ../shared

Each gate runs ``eventwire eval GOLD --json`` and fails (exit 3) when a measured figure drops
below its floor. Floors are raised by hand when the system improves, never lowered silently.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def measure(gold: Path, extra: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, "-m", "eventwire", "eval", str(gold), "--json", *extra],
        capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout)


def value(report: dict, dotted: str) -> float | None:
    cur: object = report
    for part in dotted.split("."):
        if not isinstance(cur, dict):
            return None
        cur = cur.get(part)
    return cur if isinstance(cur, int | float) else None


def main() -> int:
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
    floors = json.loads((HERE / "floors.json").read_text())
    failed = []
    for name, spec in floors.items():
        args = [a.replace("__SHARED__", str(shared)) for a in spec.get("args", [])]
        report = measure(shared / spec["gold"], args)
        for metric, floor in spec["floors"].items():
            got = value(report, metric)
            ok = got is not None and got >= floor
            print(f"{name:<8} {metric:<28} {got if got is None else round(got, 3)!s:>8}"
                  f"  floor {floor:<6} {'ok' if ok else 'FAILED'}")
            if not ok:
                failed.append(f"{name}:{metric}")
    if failed:
        print("gates failed: " + ", ".join(failed))
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
