"""Export time of the static site (all modules) against a bare markdown-it render of them.

Both are measured now, in this process, after one warm-up: the baseline renders every
guideline file with a plain MarkdownIt("commonmark"); the export builds the whole site
(all module pages, tree page, search index) into a temporary folder. Prints medians,
the ratio, and whether the export meets the 1 s target.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt

from srg_guide.locations import data_dir
from srg_guide.site import export_site

RUNS = 5
TARGET_SECONDS = 1.0


def module_files() -> list[Path]:
    return [p for p in sorted(data_dir("guidelines").glob("*.md")) if p.name != "README.md"]


def bare_render() -> None:
    parser = MarkdownIt("commonmark")
    for path in module_files():
        parser.render(path.read_text(encoding="utf-8"))


def full_export() -> None:
    with tempfile.TemporaryDirectory() as folder:
        export_site(Path(folder) / "site")


def median_seconds(work: Callable[[], None]) -> float:
    work()
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    modules = len(module_files())
    baseline = median_seconds(bare_render)
    export = median_seconds(full_export)
    verdict = "gehaald" if export < TARGET_SECONDS else "NIET gehaald"
    print(f"modules: {modules}")
    print(f"baseline (kale markdown-it render): {baseline * 1000:8.1f} ms")
    print(f"export site (alle pagina's)       : {export * 1000:8.1f} ms")
    print(f"verhouding export / baseline      : {export / baseline:8.1f}x")
    print(f"doel < {TARGET_SECONDS:.0f} s: {verdict}")


if __name__ == "__main__":
    main()
