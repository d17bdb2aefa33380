"""Which words of a journal text a search matched, folded exactly as the search folds them."""

from psykhelse_desktop.services.daily.journal_search import match_spans, query_words


def _marked(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in match_spans(text, query_words(query))]


def test_words_starting_with_a_searched_word_are_marked_whatever_the_case():
    text = "Samtale om søvn. SØVNEN er bedre; søvnig om dagen, men ikke usøvnig."
    assert _marked(text, "søvn") == ["søvn", "SØVNEN", "søvnig"]


def test_the_search_folding_is_followed():
    text = "Besøk hos Åsen på Øvrebø, med Lärke."
    assert _marked(text, "aasen ØVRE lærke") == ["Åsen", "Øvrebø", "Lärke"]
    assert _marked("Østsiden av vannet", "Ost") == []  # ø is a letter of its own, as in search


def test_nothing_is_marked_without_words():
    assert match_spans("Samtale om søvn.", []) == []
