"""Synthetic SRG deliveries with known injected defects, for demos, tests and the bench."""

from srg_guide.sample.generator import ALL_CODES, Injected, Sample, generate, parse_defects

__all__ = ["ALL_CODES", "Injected", "Sample", "generate", "parse_defects"]
