"""The easy-read glossary and dates in words."""

import datetime as dt

from psykhelse_desktop.domain.plain_words import PLAIN_WORDS, date_in_words, plain_text


def test_service_words_become_plain_words_keeping_a_capital():
    assert plain_text("Budsjettveiledning hos NAV") == "Hjelp til å lage budsjett hos NAV"
    assert plain_text("Ukentlige støttesamtaler.") == "Ukentlige samtaler."
    assert plain_text("Møte i ansvarsgruppe og ansvarsgruppemøte") == (
        "Møte i gruppen som hjelper meg og møte med dem som hjelper meg"
    )


def test_only_whole_words_are_replaced():
    assert plain_text("Tiltakene og tiltak") == "Tiltakene og hjelp"


def test_every_plain_meaning_is_itself_free_of_service_words():
    for plain in PLAIN_WORDS.values():
        assert plain_text(plain) == plain, plain


def test_dates_in_words():
    assert date_in_words(dt.date(2027, 3, 2)) == "2. mars 2027"
    assert date_in_words(dt.date(2026, 12, 24)) == "24. desember 2026"
