"""Passphrases: the guessable ones are refused with one Norwegian line and a four-word
suggestion; the fixtures' and the suggestions' own passphrases pass."""

import pytest
from tests.crash_harness import PASSPHRASE as CRASH_PASSPHRASE
from tests.helpers import E2E_PASSPHRASE, PASSPHRASE

from psykhelse_desktop.domain.passphrase import (
    MIN_GUESSES_LOG10,
    guesses_log10,
    passphrase_problem,
    passphrase_strength,
    suggest_passphrase,
)
from psykhelse_desktop.domain.passphrase_words import WORDS


@pytest.mark.parametrize(
    "weak", ["12345678", "passord1", "aaaaaaaa", "Sommer2024!", "qwertyuiop", "Trondheim1990"]
)
def test_guessable_passphrases_are_refused_with_a_suggestion(weak):
    problem = passphrase_problem(weak, weak)
    assert problem is not None and problem.startswith("Passordet er for lett å gjette")
    suggested = problem.split("«")[1].split("»")[0].split()
    assert len(suggested) == 4 and all(word in WORDS for word in suggested)
    assert "\n" not in problem
    assert passphrase_strength(weak).startswith("For lett å gjette")


def test_the_nurses_own_name_does_not_make_a_passphrase():
    named = passphrase_problem("ragnhildovrebo", "ragnhildovrebo", ["Ragnhild Ovrebo"])
    assert named is not None and "for lett å gjette" in named


@pytest.mark.parametrize("good", [PASSPHRASE, E2E_PASSPHRASE, CRASH_PASSPHRASE])
def test_the_test_passphrases_pass(good):
    assert passphrase_problem(good, good) is None


def test_suggestions_are_four_different_words_that_pass():
    assert len(WORDS) >= 600  # 600^4 is over 10^11
    for _ in range(20):
        suggestion = suggest_passphrase()
        assert len(set(suggestion.split())) == 4
        assert guesses_log10(suggestion) >= MIN_GUESSES_LOG10


def test_short_and_mismatched():
    assert passphrase_problem("kort", "kort") == "Passordet må ha minst 8 tegn."
    mismatch = passphrase_problem(PASSPHRASE, PASSPHRASE + "x")
    assert mismatch.startswith("De to passordene er ikke like")
