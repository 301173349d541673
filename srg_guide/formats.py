"""Output format names as plain data, so a command line can offer them without loading a renderer.

``srg_guide.reports.FORMATS`` and ``srg_guide.tree.diagram.DIAGRAM_FORMATS`` hold the same names;
tests/test_cli.py keeps them in step.
"""

REPORT_FORMATS = ("text", "json", "html", "csv", "xlsx")
DIAGRAM_FORMATS = ("mermaid", "dot")
