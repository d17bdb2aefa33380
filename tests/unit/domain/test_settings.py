"""Settings are declared once: every field has a label, a range around its default, and checks."""

import dataclasses

import pytest

from psykhelse_desktop.domain.settings import (
    SPECS,
    SPECS_BY_KEY,
    Settings,
    parse_value,
    validate_changes,
    with_changes,
)


def test_the_defaults_are_the_ones_the_radar_and_the_export_expect():
    assert Settings() == Settings(
        plan_revision_days=30,
        consent_expiry_days=30,
        decision_expiry_days=30,
        decision_evaluation_days=14,
        no_contact_weeks=6,
        meeting_horizon_days=7,
        request_age_days=0,
        small_count_threshold=5,
    )


def test_every_field_is_declared_once_with_type_label_and_a_range_around_its_default():
    assert [s.key for s in SPECS] == [f.name for f in dataclasses.fields(Settings)]
    for spec in SPECS:
        assert spec.value_type is int
        assert spec.label and spec.section
        assert spec.minimum <= spec.default <= spec.maximum
        assert getattr(Settings(), spec.key) == spec.default


def test_a_number_typed_with_spaces_or_as_a_whole_float_is_accepted():
    spec = SPECS_BY_KEY["meeting_horizon_days"]
    assert parse_value(spec, " 14 ") == 14
    assert parse_value(spec, 14.0) == 14
    assert parse_value(spec, 0) == 0


@pytest.mark.parametrize("raw", ["", "tre", "1,5", "٣", 2.5, True, None, "10 dager"])
def test_what_is_not_a_whole_number_gets_a_plain_message(raw):
    with pytest.raises(ValueError) as caught:
        parse_value(SPECS_BY_KEY["no_contact_weeks"], raw)
    assert str(caught.value) == "«Ingen kontakt på»: skriv et helt tall."


def test_a_number_out_of_range_says_what_is_allowed():
    errors = validate_changes({"no_contact_weeks": 0, "plan_revision_days": "366"})
    assert errors == {
        "no_contact_weeks": "«Ingen kontakt på»: velg et tall fra 1 til 52 uker.",
        "plan_revision_days": "«Planrevisjon innen»: velg et tall fra 0 til 365 dager.",
    }


def test_small_counts_can_never_be_shown_below_three():
    errors = validate_changes({"small_count_threshold": 2})
    assert errors == {"small_count_threshold": "«Skjul små tall under»: velg et tall fra 3 til 20."}


def test_an_unknown_setting_is_refused():
    assert validate_changes({"dark_mode": 1}) == {
        "dark_mode": "Ukjent innstilling «dark_mode». Ingenting ble lagret."
    }


def test_changes_apply_to_a_copy():
    before = Settings()
    after = with_changes(before, {"no_contact_weeks": "8"})
    assert (before.no_contact_weeks, after.no_contact_weeks) == (6, 8)
    assert validate_changes({"no_contact_weeks": "8", "request_age_days": 0}) == {}
