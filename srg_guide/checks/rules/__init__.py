"""The rules, one module each; importing this package registers them all (in this order).

Everything that runs or lists rules asks :func:`all_rules` here, never the registry itself.
"""

from srg_guide.checks.registry import Rule, registered_rules
from srg_guide.checks.rules import (  # noqa: F401
    srg101_required_field,
    srg102_invalid_date,
    srg103_unknown_type,
    srg104_unknown_code,
    srg105_invalid_value,
    srg106_bsn_elfproef,
    srg107_record_shape,
    srg108_bad_characters,
    srg109_no_records,
    srg201_end_before_start,
    srg202_reporting_month,
    srg203_duplicate_key,
    srg204_start_after_month,
    srg301_lks_doel_participatie,
    srg302_lks_arbeidsvermogen,
    srg303_lks_loonwaarde,
    srg304_aow_age,
    srg305_duration,
    srg401_vanished,
    srg402_reappeared,
    srg403_type_changed,
    srg404_renumbered,
    srg405_type_count_drop,
    srg501_bsn_in_field,
    srg601_conversion_line,
    srg602_conversion_old_unknown,
    srg603_conversion_new_unknown,
    srg604_conversion_duplicate,
    srg701_not_in_register,
    srg702_not_counted_delivered,
    srg703_type_differs_from_register,
)


def all_rules() -> list[type[Rule]]:
    """Every rule, sorted by code."""
    return registered_rules()
