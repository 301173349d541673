"""``srg-guide export site OUT/``: a self-contained static site that works from file://."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any

import jinja2

from srg_guide.changes.report import TITLE
from srg_guide.crossref import load_citations
from srg_guide.errors import (
    InputFileError,
    Location,
    ProblemsError,
    SrgGuideError,
    display_path,
    os_reason,
)
from srg_guide.guidelines.citations import Citations
from srg_guide.guidelines.display import cites_whole_module, node_label
from srg_guide.guidelines.library import Library, load_library
from srg_guide.guidelines.links import split_reference
from srg_guide.guidelines.model import Module
from srg_guide.infographic import load_infographics
from srg_guide.locations import data_dir
from srg_guide.search.sources import build_index
from srg_guide.site.data import search_data, tree_data
from srg_guide.site.extra import (
    CHANGES_PAGE,
    changes_html,
    embed_infographics,
    figure,
    infographic_page,
)
from srg_guide.site.pages import TREE_PAGE, page_name, render_module
from srg_guide.tree.codes import codes_for
from srg_guide.tree.loader import load_trees, tree_in_force

# A folder holding this file was made by srg-guide and may be replaced.
MARKER = ".srg-guide-site"
STATIC_FILES = ("style.css", "site.js")


@dataclass(frozen=True)
class SiteResult:
    """What was exported, for the command's summary line."""

    folder: Path
    pages: int


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("srg_guide", "templates/site"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _used_in(module: Module, citations: Citations) -> list[dict[str, str]]:
    """The questions citing the whole module; those citing a paragraph are shown there."""
    return [
        {"label": node_label(question), "text": question.text, "href": f"{TREE_PAGE}#{question.id}"}
        for question in citations.cited_by(module.id)
        if cites_whole_module(question, module.id)
    ]


def _rules_by_module() -> dict[str, list[dict[str, str]]]:
    """Check rules grouped by the module their ``guideline`` points at."""
    from srg_guide.checks.rules import all_rules

    grouped: dict[str, list[dict[str, str]]] = {}
    for rule in all_rules():
        if rule.guideline:
            entry = {"code": rule.code, "title": rule.title, "meaning": rule.meaning}
            grouped.setdefault(split_reference(rule.guideline)[0], []).append(entry)
    return grouped


def _linked_from(module: Module, library: Library) -> list[Module]:
    return [
        other
        for other in library.modules.values()
        if other.id != module.id
        and any(link.kind == "module" and link.target == module.id for link in other.links)
    ]


def _render_pages(
    out: Path, library: Library, citations: Citations, data: dict[str, Any], extra: dict[str, Any]
) -> int:
    env = _environment()
    toc = library.table_of_contents()
    common = {"toc": toc, "as_of": library.as_of.isoformat(), "tree_page": TREE_PAGE}
    pages = {
        "index.html": env.get_template("index.html").render(page_name=page_name, **common),
        TREE_PAGE: env.get_template("tree.html").render(tree=data["tree"], **common),
    }
    module_template = env.get_template("module.html")
    rules = _rules_by_module()
    for module in library.modules.values():
        pages[page_name(module.id)] = module_template.render(
            module=module,
            body=embed_infographics(
                render_module(module, library, citations), extra["infographics"]
            ),
            used_in=_used_in(module, citations),
            linked_from=_linked_from(module, library),
            rules=rules.get(module.id, []),
            page_name=page_name,
            **common,
        )
    page_template = env.get_template("page.html")
    pages[CHANGES_PAGE] = page_template.render(title=TITLE, body=extra["changes"], **common)
    for infographic in extra["infographics"].values():
        pages[infographic_page(infographic.id)] = page_template.render(
            title=infographic.title,
            body=f"<h1>{escape(infographic.title)}</h1>{figure(infographic)}",
            **common,
        )
    for name, html in pages.items():
        _inside(out, name).write_text(html, encoding="utf-8")
    script = "".join(
        f"window.{name} = {json.dumps(value, ensure_ascii=False, separators=(',', ':'))};\n"
        for name, value in (("SRG_TREE", data["tree"]), ("SRG_SEARCH", data["search"]))
    )
    (out / "data.js").write_text(script, encoding="utf-8")
    static = Path(__file__).resolve().parent.parent / "templates" / "site"
    for name in STATIC_FILES:
        shutil.copyfile(static / name, out / name)
    (out / MARKER).write_text("gemaakt door srg-guide export site\n", encoding="utf-8")
    return len(pages)


def _inside(out: Path, name: str) -> Path:
    """``out / name``, refused when it would land outside ``out``."""
    target = (out / name).resolve()
    if not target.is_relative_to(out.resolve()) or target == out.resolve():
        raise SrgGuideError("Export geweigerd", f'"{name}" valt buiten de map {display_path(out)}')
    return target


def _refuse_bad_ids(library: Library) -> None:
    """A module whose id is not a plain slug stops the export: it would become a path."""
    bad = [p for p in library.problems if p.where.field == "id" and "ongeldige id" in p.message]
    if bad:
        raise ProblemsError("Export geweigerd", bad)


def _check_target(out: Path) -> None:
    """Refuse to replace a folder that srg-guide did not make."""
    if out.exists() and not out.is_dir():
        raise InputFileError("dit is een bestand, geen map", Location(display_path(out)))
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists():
        raise InputFileError(
            "map is niet leeg en niet eerder door srg-guide gemaakt; kies een nieuwe map",
            Location(display_path(out)),
        )


def _swap_in(built: Path, out: Path) -> None:
    """Replace ``out`` by ``built`` with renames, so readers never see half a site."""
    if not out.exists():
        os.replace(built, out)
        return
    old = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.old-"))
    os.replace(out, old / out.name)
    os.replace(built, out)
    shutil.rmtree(old, ignore_errors=True)


def export_site(
    out: Path,
    guidelines: Path | str | None = None,
    trees: Path | str | None = None,
    as_of: dt.date | None = None,
) -> SiteResult:
    """Build every page into a temporary folder next to ``out``, then rename it into place."""
    out = Path(out)
    _check_target(out)
    library = load_library(guidelines, as_of)
    _refuse_bad_ids(library)
    citations, _ = load_citations(trees, as_of)
    codes = codes_for(trees_dir=trees)
    tree = tree_in_force(load_trees(data_dir("trees", trees)).trees, as_of)
    index = build_index(library, list(codes.codes.values()), citations)
    data = {"tree": tree_data(tree, library, codes), "search": search_data(index)}
    extra = {
        "infographics": load_infographics(guidelines),
        "changes": changes_html(library, data_dir("trees", trees)),
    }
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        built = Path(tempfile.mkdtemp(dir=out.parent, prefix=f".{out.name}.new-"))
    except OSError as exc:
        raise InputFileError(f"kan map niet maken ({os_reason(exc)})", Location(str(out))) from None
    try:
        pages = _render_pages(built, library, citations, data, extra)
        built.chmod(0o755)
        _swap_in(built, out)
    except OSError as exc:
        shutil.rmtree(built, ignore_errors=True)
        raise InputFileError(f"kan niet schrijven ({os_reason(exc)})", Location(str(out))) from None
    except BaseException:
        shutil.rmtree(built, ignore_errors=True)
        raise
    return SiteResult(out, pages)
