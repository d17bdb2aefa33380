"""Norwegian search folding."""

from psykhelse_desktop.domain.text import fold, search_key, search_terms, sort_key


def test_fold_case_of_norwegian_letters():
    assert fold("ØVRE") == fold("øvre") == "øvre"
    assert fold("Øvrebø").startswith(fold("øvre"))


def test_aa_counts_as_å():
    assert fold("Aasen") == fold("Åsen") == "åsen"
    assert fold("aasen") in search_key("Kari", "Åsen")


def test_foreign_accents_are_dropped_but_æøå_kept():
    assert fold("Renée Bäck Ødegård") == "renee bæck ødegård"


def test_phone_with_spaces_is_one_term():
    assert search_terms("912 34 567") == ["91234567"]
    assert "91234567" in search_key("912 34 567")


def test_words_are_separate_terms():
    assert search_terms("  Kari   ØVRE ") == ["kari", "øvre"]


def test_norwegian_sort_order():
    names = ["Åsen", "Zahl", "Ødegård", "Berg", "Æsøy", "Aabakken", "Andersen"]
    assert sorted(names, key=sort_key) == [
        "Andersen", "Berg", "Zahl", "Æsøy", "Ødegård", "Aabakken", "Åsen",
    ]  # fmt: skip
