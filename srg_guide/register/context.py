"""The tree, codes and guidelines a register decision is made with (in force on a date)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from srg_guide.guidelines.library import Library, load_library
from srg_guide.register.model import Entry
from srg_guide.register.repository import Register
from srg_guide.register.stale import with_stale_marks
from srg_guide.tree import CodeTable, Tree, codes_for, open_tree


@dataclass(frozen=True)
class DecisionContext:
    """What decisions are made with and compared against."""

    tree: Tree
    codes: CodeTable
    library: Library

    @classmethod
    def load(
        cls,
        trees: Path | str | None = None,
        guidelines: Path | str | None = None,
        as_of: dt.date | None = None,
        tree_file: Path | None = None,
        tables: Path | str | None = None,
    ) -> DecisionContext:
        """The tree, codes and guidelines in force on ``as_of`` (default today).

        The codes include the organisation's ``type-codes.yaml`` from ``tables`` (or
        SRG_GUIDE_TABLES), the same tables the check and the walk use.
        """
        tree = open_tree(trees, as_of, tree_file)
        codes = codes_for(tree.path, trees, tables)
        return cls(tree, codes, load_library(guidelines, as_of))

    def marked(self, register: Register, found: list[Entry]) -> list[Entry]:
        """``found`` with the stale marks for this tree and these guidelines."""
        return with_stale_marks(register, found, self.tree, self.library)
