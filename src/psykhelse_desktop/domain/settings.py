"""The nurse's settings, declared once: key, type, default, Norwegian label and allowed range.

Each setting is a field of `Settings`; its description (`SettingSpec`) rides on the field, so
the value type, the default and the checks never drift apart. All settings are whole numbers.
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field

RADAR_SECTION = "Oppfølging (I dag)"
EXPORT_SECTION = "Tall til kommunen"
SECURITY_SECTION = "Sikkerhet"
CALENDAR_SECTION = "Kalenderfiler (.ics)"
LANGUAGE_SECTION = "Språk"
# window_language: 0 bokmål, 1 nynorsk (the codes of translations.LANGUAGES, in order)
LANGUAGE_CODES = ("nb", "nn")


@dataclass(frozen=True)
class SettingSpec:
    """How one setting is shown, stored and checked."""

    key: str
    label: str
    default: int
    minimum: int
    maximum: int
    unit: str
    section: str
    help: str = ""
    value_type: type = int
    in_dialog: bool = True  # False: chosen elsewhere (Fil → Språk), not in Innstillinger


def _setting(
    default: int,
    label: str,
    minimum: int,
    maximum: int,
    unit: str,
    *,
    section: str = RADAR_SECTION,
    help: str = "",
    in_dialog: bool = True,
) -> typing.Any:
    """A field of `Settings` carrying its description (the key is the field's name)."""
    spec = dict(label=label, default=default, minimum=minimum, maximum=maximum, unit=unit,
                section=section, help=help, in_dialog=in_dialog)  # fmt: skip
    return field(default=default, metadata={"spec": spec})


@dataclass(frozen=True)
class Settings:
    """Every setting's value; a missing or unreadable stored value is its default."""

    plan_revision_days: int = _setting(
        30, "Planrevisjon innen", 0, 365, "dager",
        help="Aktive planer med revisjonsdato innen så mange dager vises i «I dag».",
    )  # fmt: skip
    consent_expiry_days: int = _setting(
        30, "Samtykke som går ut innen", 0, 365, "dager",
        help="Samtykke til planen og til å dele opplysninger.",
    )  # fmt: skip
    decision_expiry_days: int = _setting(30, "Vedtak som går ut innen", 0, 365, "dager")
    decision_evaluation_days: int = _setting(14, "Evaluering av vedtak innen", 0, 365, "dager")
    no_contact_weeks: int = _setting(
        6, "Ingen kontakt på", 1, 52, "uker", help="«Ikke møtt» teller ikke som kontakt."
    )
    meeting_horizon_days: int = _setting(7, "Møter de neste", 0, 60, "dagene")
    request_age_days: int = _setting(
        0, "Henvendelser uten avgjørelse eldre enn", 0, 365, "dager",
        help="0 viser alle henvendelser som venter på avgjørelse.",
    )  # fmt: skip
    backup_reminder_days: int = _setting(
        7, "Sikkerhetskopi utenfor maskinen eldre enn", 1, 90, "dager",
        help="«I dag» minner deg på å ta en ny sikkerhetskopi, for eksempel på en minnepinne.",
    )  # fmt: skip
    small_count_threshold: int = _setting(
        5, "Skjul små tall under", 3, 20, "", section=EXPORT_SECTION,
        help="Tall under grensen vises som «<5» i tallene til kommunen (med grensen 5).",
    )  # fmt: skip
    lock_after_minutes: int = _setting(
        5, "Lås journalen etter", 1, 30, "minutter uten bruk", section=SECURITY_SECTION,
        help="Vinduet låses når tastatur og mus ikke er brukt så lenge. Ctrl+L låser med en gang.",
    )  # fmt: skip
    calendar_detail: int = _setting(
        0, "Med i kalenderfiler", 0, 2, "", section=CALENDAR_SECTION,
        help="0: bare tid og «Ansvarsgruppemøte» (hjemme hos brukeren blir «Hjemmebesøk»). "
        "1: også stedet slik det er skrevet. 2: også sakslisten. ADVARSEL: kalendere "
        "synkroniseres ofte til telefon og nettskyen; sted og saksliste kan røpe "
        "helseopplysninger og hvor brukeren bor.",
    )  # fmt: skip
    window_language: int = _setting(
        0, "Språk i vinduet", 0, 1, "", section=LANGUAGE_SECTION, in_dialog=False,
        help="0: bokmål, 1: nynorsk. Velges under Fil → Språk; gjelder fra neste start.",
    )  # fmt: skip


SPECS: tuple[SettingSpec, ...] = tuple(
    SettingSpec(
        key=f.name, value_type=typing.get_type_hints(Settings)[f.name], **f.metadata["spec"]
    )
    for f in dataclasses.fields(Settings)
)
SPECS_BY_KEY: dict[str, SettingSpec] = {spec.key: spec for spec in SPECS}


def language_code(settings: Settings) -> str:
    """The window's language as a code: "nb" or "nn"."""
    return LANGUAGE_CODES[settings.window_language]


def parse_value(spec: SettingSpec, raw: object) -> int:
    """The value as a whole number within the range; ValueError carries the Norwegian message."""
    value = _whole_number(raw)
    if value is None:
        raise ValueError(f"«{spec.label}»: skriv et helt tall.")
    if not spec.minimum <= value <= spec.maximum:
        raise ValueError(
            f"«{spec.label}»: velg et tall fra {spec.minimum} til {spec.maximum}"
            + (f" {spec.unit}." if spec.unit else ".")
        )
    return value


def validate_changes(changes: Mapping[str, object]) -> dict[str, str]:
    """Setting key -> what to do; an empty dict means the changes can be saved."""
    errors = {}
    for key, raw in changes.items():
        spec = SPECS_BY_KEY.get(key)
        if spec is None:
            errors[key] = f"Ukjent innstilling «{key}». Ingenting ble lagret."
            continue
        try:
            parse_value(spec, raw)
        except ValueError as exc:
            errors[key] = str(exc)
    return errors


def with_changes(settings: Settings, changes: Mapping[str, object]) -> Settings:
    """The settings with already validated changes applied."""
    parsed = {key: parse_value(SPECS_BY_KEY[key], raw) for key, raw in changes.items()}
    return dataclasses.replace(settings, **parsed)


def _whole_number(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        return int(raw) if raw.is_integer() else None
    if isinstance(raw, str):
        text = raw.strip().replace(" ", "").replace("\u00a0", "")
        if text.lstrip("-").isdigit() and text.isascii():
            return int(text)
    return None
