"""One reader for typed fields of a YAML file, collecting every problem with file:line:field.

A loader makes one :class:`FieldReader` per file, reads each field through it (a wrong
field becomes a :class:`~srg_guide.errors.Problem` and a harmless default, never an
exception) and calls :meth:`FieldReader.raise_problems` at the end, so the user sees every
problem of the file at once in one :class:`FieldProblemsError`.

Field paths are dotted: ``at`` is the path of the mapping being read (``nodes.start``,
``codes[2]``) and the key is appended (``nodes.start.text``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable
from typing import Any

from srg_guide.errors import InputFileError, Location, Problem, ProblemsError, SrgGuideError
from srg_guide.yamlio import YamlList, YamlMap

SLUG = re.compile(r"[a-z0-9][a-z0-9_-]*")
"""A stable id: small letters, digits, - and _ (no capitals, no spaces)."""


class FieldProblemsError(ProblemsError, InputFileError):
    """Every problem of one input file in one error, one line per problem.

    It is both a ProblemsError (``problems`` lists them) and an InputFileError (the file is
    unusable), so callers catching either keep working.
    """

    def __init__(self, problems: list[Problem], title: str = "Bestand onleesbaar") -> None:
        if len(problems) == 1:
            message, where = problems[0].message, problems[0].where
        else:
            message, where = "\n".join(str(problem) for problem in problems), None
        SrgGuideError.__init__(self, title, message, where)
        self.problems = problems


def field_path(at: str, key: str | int) -> str:
    """``at`` extended by a key (``a.b``) or a list index (``a[1]``)."""
    if isinstance(key, int):
        return f"{at}[{key}]"
    return f"{at}.{key}" if at else key


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class FieldReader:
    """Reads typed fields of one file; a bad field is noted as a Problem, not raised.

    ``line_offset`` is added to every YAML line (front matter starts on line 2 of its file).
    """

    def __init__(self, source: str, *, line_offset: int = 0) -> None:
        self.source = source
        self.line_offset = line_offset
        self.problems: list[Problem] = []

    # Reporting -----------------------------------------------------------------------------

    def problem(self, line: int | None, field: str, message: str) -> None:
        """Note a problem at a YAML ``line`` (None: the whole file)."""
        shown = None if line is None else line + self.line_offset
        self.problems.append(Problem(Location(self.source, shown, field or None), message))

    def problem_at(self, data: Any, key: str | int, at: str, message: str) -> None:
        """Note a problem with ``data[key]``, at the line of the key (or of ``data``)."""
        self.problem(self.line_of(data, key), field_path(at, key), message)

    @staticmethod
    def line_of(data: Any, key: str | int) -> int | None:
        """Line of ``key`` in a YamlMap/YamlList, of the container when absent, else None."""
        if isinstance(data, YamlMap) and isinstance(key, str):
            return data.line_of(key)
        if isinstance(data, YamlList) and isinstance(key, int):
            return data.line_of(key)
        return getattr(data, "line", None)

    def raise_problems(self, title: str = "Bestand onleesbaar") -> None:
        """Raise one FieldProblemsError listing every problem noted (by line), if any."""
        if self.problems:
            in_order = sorted(self.problems, key=lambda problem: problem.where.line or 0)
            raise FieldProblemsError(in_order, title)

    # Containers ----------------------------------------------------------------------------

    def document(self, data: Any, what: str) -> YamlMap:
        """The top of the file as a mapping; anything else ends the reading with an error."""
        if isinstance(data, YamlMap):
            return data
        line = getattr(data, "line", 1) or 1
        self.problem(line, "", f"{what} moet een YAML-mapping zijn (sleutels met waarden)")
        raise FieldProblemsError(list(self.problems))

    def mapping(
        self, data: YamlMap, key: str, at: str = "", *, required: bool = True
    ) -> YamlMap | None:
        """A nested mapping; None (with a problem when required or of the wrong kind)."""
        value = data.get(key)
        if value is None:
            if required:
                self.problem_at(data, key, at, "ontbreekt (verwacht sleutels met waarden)")
            return None
        if not isinstance(value, YamlMap):
            self.problem_at(data, key, at, "moet een mapping zijn (sleutels met waarden)")
            return None
        return value

    def items(
        self, data: YamlMap, key: str, at: str = "", *, required: bool = True
    ) -> list[tuple[int, YamlMap]]:
        """The mappings in a list, with their index; each other item is a problem."""
        value = data.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, YamlList):
            message = "ontbreekt (verwacht een lijst)" if value is None else "moet een lijst zijn"
            self.problem_at(data, key, at, message)
            return []
        result = []
        for index, item in enumerate(value):
            if isinstance(item, YamlMap):
                result.append((index, item))
            else:
                self.problem_at(value, index, field_path(at, key), "moet een mapping zijn")
        return result

    def unknown_fields(self, data: YamlMap, allowed: Collection[str], at: str = "") -> None:
        """A problem for every key of ``data`` not in ``allowed``."""
        names = ", ".join(sorted(allowed))
        for key in data:
            if key not in allowed:
                self.problem_at(data, key, at, f"onbekend veld; kies uit {names}")

    def named_texts(
        self,
        data: YamlMap,
        key: str,
        known: Collection[str],
        at: str = "",
        *,
        required: Collection[str] = (),
    ) -> dict[str, str]:
        """A mapping of known names to texts (such as column headers); empty values are left out.

        A name not in ``known`` and a ``required`` name without a value are problems.
        """
        value = self.mapping(data, key, at)
        if value is None:
            return {}
        where = field_path(at, key)
        for name in value:
            if name not in known:
                self.problem_at(
                    value, name, where, f'onbekende naam "{name}"; bekend zijn {", ".join(known)}'
                )
        for name in required:
            if not value.get(name):
                self.problem_at(value, name, where, "verplicht, maar ontbreekt of is leeg")
        return {str(k): str(v) for k, v in value.items() if k in known and v not in (None, "")}

    def delimiter(self, data: YamlMap, key: str = "delimiter", at: str = "") -> str:
        """A CSV delimiter: one character (";" when absent or wrong)."""
        default = ";"
        value = str(data.get(key, default))
        if len(value) != 1:
            self.problem_at(data, key, at, 'het scheidingsteken moet één teken zijn, zoals ";"')
            return default
        return value

    # Scalars -------------------------------------------------------------------------------

    def text(
        self, data: YamlMap, key: str, at: str = "", *, required: bool = True, default: str = ""
    ) -> str:
        """A text (numbers are accepted as text), stripped; ``default`` when absent."""
        value = data.get(key)
        if value is None:
            if required:
                self.problem_at(data, key, at, "ontbreekt")
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.problem_at(data, key, at, "moet tekst zijn")
            return default
        text = str(value).strip()
        if required and not text:
            self.problem_at(data, key, at, "is leeg")
        return text

    def slug(self, data: YamlMap, key: str, at: str = "", *, required: bool = True) -> str:
        """An id of small letters, digits, - and _ (as in a link); "" when absent or wrong."""
        value = self.text(data, key, at, required=required)
        if value and not SLUG.fullmatch(value):
            message = f'"{value}" is geen geldige id (kleine letters, cijfers en streepjes)'
            self.problem_at(data, key, at, message)
            return ""
        return value

    def code(self, data: YamlMap, key: str, at: str = "", *, hint: str = "") -> str | None:
        """A code such as "22" (text or a whole number); None when absent, empty or wrong."""
        value = data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int) or not str(value).strip():
            self.problem_at(data, key, at, f'moet een code zijn, zoals "22"{hint}')
            return None
        return str(value).strip()

    def texts(
        self, data: YamlMap, key: str, at: str = "", *, required: bool = False
    ) -> tuple[str, ...]:
        """A list of texts, each stripped; empty when absent (a problem when ``required``)."""
        value = data.get(key)
        if value is None:
            value = YamlList()
        if not isinstance(value, list) or not all(
            isinstance(item, str) or _is_number(item) for item in value
        ):
            self.problem_at(data, key, at, "schrijf een lijst met teksten, bijvoorbeeld [a, b]")
            return ()
        if required and not value:
            self.problem_at(data, key, at, "de lijst is leeg")
        return tuple(str(item).strip() for item in value)

    def choice(
        self, data: YamlMap, key: str, choices: Iterable[str], at: str = "", *, default: str
    ) -> str:
        """One of ``choices`` (``default`` when absent or wrong)."""
        options = tuple(choices)
        value = data.get(key, default)
        if value not in options:
            self.problem_at(data, key, at, f'"{value}" kan niet; kies uit {", ".join(options)}')
            return default
        return str(value)

    def boolean(self, data: YamlMap, key: str, at: str = "", *, default: bool) -> bool:
        """true or false (``default`` when absent or wrong)."""
        value = data.get(key, default)
        if not isinstance(value, bool):
            self.problem_at(data, key, at, "schrijf true (ja) of false (nee)")
            return default
        return value

    def integer(
        self, data: YamlMap, key: str, at: str = "", *, required: bool = True, minimum: int = 0
    ) -> int | None:
        """A whole number of at least ``minimum``; None when absent or wrong."""
        value = data.get(key)
        if value is None:
            if required:
                self.problem_at(data, key, at, "ontbreekt (een heel getal)")
            return None
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            self.problem_at(data, key, at, f"moet een heel getal zijn (minstens {minimum})")
            return None
        return value

    def number(
        self, data: YamlMap, key: str, at: str = "", *, required: bool = True
    ) -> float | None:
        """A number (whole or with decimals); None when absent or wrong."""
        value = data.get(key)
        if value is None:
            if required:
                self.problem_at(data, key, at, "ontbreekt (een getal)")
            return None
        if not _is_number(value):
            self.problem_at(data, key, at, "moet een getal zijn")
            return None
        return float(value)

    def date(
        self, data: YamlMap, key: str, at: str = "", *, required: bool = True
    ) -> dt.date | None:
        """A date written JJJJ-MM-DD; None when absent or wrong."""
        value = data.get(key)
        if value is None:
            if required:
                self.problem_at(data, key, at, "ontbreekt (datum JJJJ-MM-DD)")
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                pass
        self.problem_at(data, key, at, f'"{value}" is geen datum; schrijf JJJJ-MM-DD')
        return None
