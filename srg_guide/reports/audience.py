"""Who reads a report decides what it shows: who fixes the data, or whoever it is shared with.

- ``herstel`` (default): registratienummers in full so a finding can be found in the source system,
  values of harmless fields as they are, a BSN always masked, a birth date only as a year.
- ``delen`` (``--delen``): counts, codes and line numbers only; every registratienummer becomes the
  same pseudonym throughout the report, and no value from the file appears.

Whatever the audience, every string passes :func:`srg_guide.privacy.safe_text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from srg_guide.privacy import hash_value, mask_bsn, safe_text, visible

AUDIENCES = ("herstel", "delen")
# Fields whose values say nothing about a person; any other field's value stays out.
HARMLESS_FIELDS = frozenset(
    {
        "gemeentecode",
        "berichtgevercode",
        "verslagmaand",
        "registratienummer",
        "type_voorziening",
        "doel_inzet",
        "begindatum",
        "einddatum",
        "loonwaarde",
        "arbeidsvermogen",
    }
)
BSN_FIELD = "bsn"
BIRTH_DATE_FIELD = "geboortedatum"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FOLDERS = re.compile(r"[\\/]")
"""Folder separators of any system: a report made on Windows may be shared from Linux."""


@dataclass(frozen=True)
class Privacy:
    """How personal data and keys appear; ``show_personal`` is the explicit on-screen opt-in."""

    audience: str = "herstel"
    show_personal: bool = False
    salt: str | None = None
    _pseudonyms: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.audience not in AUDIENCES:
            raise ValueError(f"unknown audience {self.audience!r}")

    @property
    def sharing(self) -> bool:
        """True for the report meant to be shared (``--delen``)."""
        return self.audience == "delen" and not self.show_personal

    @property
    def keys_mode(self) -> str:
        """``shown``, ``full`` (BSN masked), ``hashed`` or ``pseudonym``: how keys appear."""
        if self.show_personal:
            return "shown"
        if self.sharing:
            return "hashed" if self.salt else "pseudonym"
        return "full"

    @property
    def values_mode(self) -> str:
        """``shown``, ``harmless`` (safe fields only) or ``omitted``: how values appear."""
        return "shown" if self.show_personal else "omitted" if self.sharing else "harmless"

    def text(self, text: str) -> str:
        """Any text bound for output: BSNs masked, control characters visible."""
        return visible(text) if self.show_personal else safe_text(text)

    def path(self, path: str) -> str:
        """A file path: only its name when sharing, since a folder can name the employee."""
        return self.text(_FOLDERS.split(path)[-1] if self.sharing else path)

    def key(self, key: str | None) -> str | None:
        """A tracking key as this audience may see it."""
        if key is None:
            return None
        if not self.sharing:
            return self.text(key)
        if self.salt is not None:
            return _readable_hash(hash_value(key, self.salt))
        return self._pseudonyms.setdefault(key, f"vz-{len(self._pseudonyms) + 1}")

    def value(self, field_name: str | None, value: str | None) -> str | None:
        """A value from the file, or None when this audience must not see it."""
        if value is None or self.sharing:
            return None
        if self.show_personal:
            return visible(value)
        if field_name == BSN_FIELD:
            return mask_bsn(value) if len(value) > 2 else "*" * len(value)
        if field_name == BIRTH_DATE_FIELD:
            year = birth_year(value)
            return f"geboortejaar {year}" if year else None
        if field_name is None or field_name in HARMLESS_FIELDS:
            return safe_text(value)
        return None


def birth_year(value: str) -> str | None:
    """The year of a birth date in any usual notation (19800115, 15-01-1980), else None."""
    digits = value.strip()
    if len(digits) == 8 and digits.isdigit():
        candidates = [digits[:4], digits[4:]]
    else:
        candidates = _YEAR.findall(value)
    return next((c for c in candidates if c.startswith(("19", "20"))), None)


def _readable_hash(digest: str) -> str:
    """``#a1b2-c3d4-e5f6``: groups of four can never form a nine-digit number."""
    return "#" + "-".join(digest[i : i + 4] for i in range(0, len(digest), 4))
