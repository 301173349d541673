"""Infographics drawn from YAML: the data, an SVG, and a text alternative. Core: no Textual."""

from srg_guide.infographic.model import Infographic, load_infographic, load_infographics

__all__ = ["Infographic", "load_infographic", "load_infographics"]
