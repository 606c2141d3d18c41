"""One verdict: what checking once and reusing it saves, side by side with the
way it was done before (same run, same machine, ratios).

    .venv/bin/python bench/bench_verdict.py [--photos 40] [--repeat 5]

1. **Starting a build from the wizard.** Before: the build read the dossier back
   from disk and inspected every file again (the session's findings were thrown
   away). Now: ``check_dossier(..., known=findings)`` reuses what the wizard
   found and inspects only what it has not seen.
2. **One change on the documents page.** Before: every piece widget and the page
   summary asked the rule engine for a verdict (N+1 runs for N pieces). Now:
   ``FlowState.verdict()`` runs it once per change and every reader shares it.

Prints JSON: median seconds of each side and the ratio (before / now).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_latency import TODAY, make_dossier  # noqa: E402


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    from desktop import services
    from desktop.core.catalog import default_catalog
    from desktop.core.dossier import Dossier
    from desktop.core.rules import evaluate
    from desktop.flow import FlowState, checklist

    with tempfile.TemporaryDirectory() as tmp:
        path = make_dossier(Path(tmp), args.photos)
        dossier = Dossier.load(path)
        catalog = default_catalog()
        findings = services.check_dossier(dossier, TODAY).findings

        # 1. the check a build starts with
        before_build = timed(lambda: services.check_dossier(Dossier.load(path), TODAY), 3)
        now_build = timed(
            lambda: services.check_dossier(dossier.snapshot(), TODAY, known=findings),
            args.repeat,
        )

        # 2. one change on the documents page: every widget and the summary read a verdict
        state = FlowState(dossier, TODAY, catalog, dict(findings))
        readers = len(checklist(state)) + 1

        def before_change() -> None:
            dossier.touch()
            for _ in range(readers):
                evaluate(dossier, catalog, TODAY, state.findings)

        def now_change() -> None:
            dossier.touch()
            for _ in range(readers):
                state.verdict()

        before_page = timed(before_change, args.repeat * 4)
        now_page = timed(now_change, args.repeat * 4)

    print(
        json.dumps(
            {
                "photos": args.photos,
                "build_check": {
                    "before_s": round(before_build, 4),
                    "now_s": round(now_build, 5),
                    "ratio": round(before_build / now_build, 1),
                },
                "documents_page_change": {
                    "readers": readers,
                    "before_s": round(before_page, 5),
                    "now_s": round(now_page, 5),
                    "ratio": round(before_page / now_page, 1),
                },
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
