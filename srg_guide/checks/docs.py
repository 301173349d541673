"""The rule reference (docs/rules.md, "Controles"), generated from the registered rules."""

from __future__ import annotations

from srg_guide.checks.finding import Severity
from srg_guide.checks.registry import ConversionRule, FileRule, Rule
from srg_guide.checks.rules import all_rules

GROUPS = {
    "1": "Velden",
    "2": "Structuur",
    "3": "Signaleringen uit de nieuwsbrief",
    "4": "Maand op maand (met --previous)",
    "5": "Privacy",
    "6": "Conversiebestand (srg-guide conversion)",
    "7": "Voorzieningenregister (check --register)",
}


def _scope(rule: type[Rule]) -> str:
    if issubclass(rule, ConversionRule):
        return "conversiebestand"
    if rule.needs_register:
        return "hele bestand, met het voorzieningenregister"
    if rule.needs_previous:
        return "hele bestand, met vorige maand"
    return "hele bestand" if issubclass(rule, FileRule) else "per record"


def rules_markdown() -> str:
    """Markdown with one section per rule, grouped by code hundred."""
    lines = [
        "# Controles van de bestandscontrole",
        "",
        "Dit bestand is gemaakt met `srg-guide rules --markdown --output docs/rules.md`;",
        "pas de controles aan in `srg_guide/checks/rules/`, niet hier.",
        "",
        "Ernst: **fout** (het CBS kan het record niet goed verwerken; `srg-guide check` stopt met",
        "code 1), **waarschuwing** (waarschijnlijk fout, controleer) of **signaal** (het CBS meldt",
        "dit als signalering; vaak terecht, soms met een goede reden).",
        "",
    ]
    current_group = None
    for rule in all_rules():
        group = GROUPS.get(rule.code[3], "Overig")
        if group != current_group:
            lines += [f"## {group}", ""]
            current_group = group
        lines += [
            f"### {rule.code} {rule.title}",
            "",
            f"- Ernst: {rule.severity.value}",
            f"- Werkt op: {_scope(rule)}",
            f"- Richtlijn: `{rule.guideline}`" if rule.guideline else "- Richtlijn: geen",
        ]
        if rule.requires:
            lines.append(f"- Velden: {', '.join(rule.requires)}")
        lines += ["", f"**Wat het betekent.** {rule.meaning}", "", f"**Oplossen.** {rule.fix}", ""]
    return "\n".join(lines)


def rules_table() -> str:
    """Plain-text list: code, severity, title."""
    width = max(len(s.value) for s in Severity)
    return (
        "\n".join(f"{r.code}  {r.severity.value:<{width}}  {r.title}" for r in all_rules()) + "\n"
    )
