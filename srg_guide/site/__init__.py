"""Static HTML export of the guidelines, search and the clickable decision tree."""

from srg_guide.site.build import SiteResult, export_site

__all__ = ["SiteResult", "export_site"]
