"""Guideline modules: the markdown setup, loading, links, citations and lint.

Reading the citations out of the trees is in :mod:`srg_guide.crossref`.
"""

from srg_guide.guidelines.citations import (
    Citations,
    GuidelineRef,
    Question,
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
    "lint",
    "load_library",
    "make_parser",
    "slugify",
]
