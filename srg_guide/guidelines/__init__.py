"""Guideline modules: the markdown setup, loading, links, tree citations and lint."""

from srg_guide.guidelines.citations import (
    Citations,
    GuidelineRef,
    Question,
    citations_from_trees,
    load_citations,
)
from srg_guide.guidelines.library import Library, load_library
from srg_guide.guidelines.lint import lint
from srg_guide.guidelines.markdown import make_parser, slugify
from srg_guide.guidelines.model import Link, Module, Section
from srg_guide.guidelines.sections import Paragraph

__all__ = [
    "Citations",
    "GuidelineRef",
    "Library",
    "Link",
    "Module",
    "Paragraph",
    "Question",
    "Section",
    "citations_from_trees",
    "lint",
    "load_citations",
    "load_library",
    "make_parser",
    "slugify",
]
