"""The nynorsk of the printed documents: every text printing asks for is in the catalogue, with
the same placeholders, in good nynorsk; and the Qt-free reader gives it back."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from tests.printed_texts import domain_messages, domain_texts, looped_texts, printing_calls

from psykhelse_desktop.domain.vocabulary import Maalform
from psykhelse_desktop.translations import translations_folder
from psykhelse_desktop.words import (
    WEEKDAYS,
    current_words,
    read_catalogue,
    tr,
    words,
    written_in,
)

PLACEHOLDER = re.compile(r"%\d+")
BOKMAL_ONLY = (
    "ikke", "hva", "hvem", "jeg", "noen", "hvordan", "hvis", "tjenestemottaker",
    "tjenestemottakeren", "tjenestemottakere", "pårørende", "tjeneste", "tjenester", "fra",
    "skrevet", "født", "navn", "uten", "hjelpe", "mangler", "hjem", "hjemme", "uke",
)  # fmt: skip


def _catalogue(name: str) -> dict[tuple[str, str], str]:
    return read_catalogue(translations_folder() / f"{name}.ts")


def test_every_text_printing_asks_for_has_its_nynorsk_with_the_same_placeholders():
    calls, unreadable = printing_calls()
    assert unreadable == [], "tr() needs a string (or a module constant) to be found here"
    catalogue = _catalogue("documents_nn")
    missing = sorted(call for call in calls | looped_texts() if call not in catalogue)
    assert missing == [], "add these to resources/translations/documents_nn.ts"
    for (context, source), nynorsk in catalogue.items():
        where = f"{context}: {source!r}"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(nynorsk)), where


def test_the_document_catalogue_holds_nothing_the_code_no_longer_asks_for():
    asked = printing_calls()[0] | looped_texts()
    stale = [key for key in _catalogue("documents_nn") if key[0] != "dates" and key not in asked]
    assert stale == []


def test_every_label_fixed_text_and_message_of_the_domain_has_its_nynorsk():
    catalogue = _catalogue("domain_nn")
    assert {context for context, _ in catalogue} == {"domain"}
    texts = domain_texts() | domain_messages()
    missing = sorted(text for text in texts if ("domain", text) not in catalogue)
    assert missing == [], "add these to resources/translations/domain_nn.ts"


def test_every_weekday_has_its_nynorsk():
    catalogue = _catalogue("documents_nn")
    nynorsk = [catalogue[("dates", day)] for day in WEEKDAYS]
    assert nynorsk == ["måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"]


@pytest.mark.parametrize("name", ["documents_nn", "domain_nn"])
def test_no_bokmal_only_word_in_the_nynorsk(name):
    for (context, source), nynorsk in _catalogue(name).items():
        found = {w.casefold() for w in re.findall(r"[\wæøåÆØÅ]+", nynorsk)} & set(BOKMAL_ONLY)
        assert found == set(), f"{context}: {source!r} -> {nynorsk!r}"


def test_the_reader_gives_bokmal_as_written_and_nynorsk_from_the_catalogue():
    assert words(Maalform.BOKMAL).text("page", "Side %1 av %2", 1, 3) == "Side 1 av 3"
    nynorsk = words(Maalform.NYNORSK)
    assert nynorsk.text("plan_pdf", "Tjenestemottaker") == "Tenestemottakar"
    assert nynorsk.domain("Ikke utfylt") == "Ikkje fylt ut"
    assert nynorsk.text("plan_pdf", "Ikke i katalogen %1", "x") == "Ikke i katalogen x"
    assert nynorsk.language == "nn-NO" and words(Maalform.MUNICIPALITY).language == "nb-NO"
    # a value is put in once: its own %1 is never filled again
    assert nynorsk.text("consent_pdf", " på telefon %1", "%1") == " på telefon %1"


def test_the_maalform_holds_inside_its_block_only():
    assert tr("easy_pdf", "Dette vil jeg") == "Dette vil jeg"
    with written_in(Maalform.NYNORSK) as nynorsk:
        assert nynorsk is current_words()
        assert tr("easy_pdf", "Dette vil jeg") == "Dette vil eg"
        with written_in(Maalform.BOKMAL):
            assert tr("easy_pdf", "Dette vil jeg") == "Dette vil jeg"
        assert current_words().weekday(__import__("datetime").date(2026, 11, 28)) == "laurdag"
    assert current_words().maalform is Maalform.BOKMAL


def test_the_catalogues_are_valid_ts_files():
    for name in ("documents_nn", "domain_nn"):
        root = ET.parse(translations_folder() / f"{name}.ts").getroot()
        assert root.tag == "TS" and root.get("language") == "nn_NO"


def test_a_bundle_reads_the_catalogues_from_document_words(tmp_path, monkeypatch):
    """The bundles carry the two .ts apart from the built .qm (installers/): found there."""
    import psykhelse_desktop.words as words_module

    shipped = tmp_path / "resources" / "document-words"
    shipped.mkdir(parents=True)
    for name in words_module.NYNORSK_CATALOGUES:
        (shipped / f"{name}.ts").write_bytes((translations_folder() / f"{name}.ts").read_bytes())
    monkeypatch.setattr(words_module, "resources_folder", lambda: tmp_path / "resources")
    path = words_module.catalogue_path("documents_nn")
    assert path == shipped / "documents_nn.ts"
    assert read_catalogue(path)[("page", "Unntatt offentlighet")] == "Unnateke offentlegheit"
