"""Generator settings from tables/samples/generator.yaml, resolved against the type table."""

from __future__ import annotations

from srg_guide.checks.params import Params
from srg_guide.errors import InputFileError, Location, SrgGuideError, display_path
from srg_guide.locations import bundled_dir
from srg_guide.yamlio import YamlMap, load_yaml

SETTINGS_FILE = ("samples", "generator.yaml")


def plain_type_codes(params: Params) -> tuple[str, str]:
    """Codes of the two types a type change (SRG403) and a vanished provision (SRG401) use.

    The YAML names type ids; their codes come from the type table in ``params``. Neither type
    may have a maximum duration or LKS fields, so the defect makes no other rule fire.
    """
    path = bundled_dir("tables").joinpath(*SETTINGS_FILE)
    data, source = load_yaml(path), display_path(path)
    ids = data.get("plain_types") if isinstance(data, dict) else None
    if not (isinstance(ids, list) and len(ids) == 2 and all(isinstance(i, str) for i in ids)):
        line = data.line_of("plain_types") if isinstance(data, YamlMap) else None
        message = '"plain_types" moet twee type-id\'s uit trees/codes.yaml noemen'
        raise InputFileError(message, Location(source, line, "plain_types"))
    by_id = {entry.id: entry for entry in params.types}
    codes = []
    for type_id in ids:
        entry = by_id.get(type_id)
        if entry is None or entry.code is None:
            problem = "staat niet in de typetabel" if entry is None else "heeft geen code"
            raise SrgGuideError("Type niet bruikbaar", f"{source}: type {type_id} {problem}")
        if entry.code in params.lks_pw_codes or entry.code in params.max_months:
            raise SrgGuideError(
                "Type niet bruikbaar",
                f"{source}: type {type_id} heeft een maximale duur of LKS-velden; kies een ander",
            )
        codes.append(entry.code)
    return codes[0], codes[1]
