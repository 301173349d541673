"""srg-guide: helps municipalities get their SRG deliveries right."""

__version__ = "0.1.0"
