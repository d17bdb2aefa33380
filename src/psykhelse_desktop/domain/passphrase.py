"""Rules, a strength hint and a suggestion for the passphrase that derives the database key.

Strength is estimated with zxcvbn (patterns, dictionaries, dates, keyboard walks, repeats):
a passphrase it rates as found in under 10^10 guesses is refused. With the key derivation's
cost that is the difference between a stolen laptop opened in days and one that is not
(README, "What an offline guess costs").
"""

from __future__ import annotations

import math
import secrets
from collections.abc import Sequence

from .passphrase_words import WORDS

MIN_PASSPHRASE_LENGTH = 8
# Refused below this many estimated guesses (log10); see the README for why 10^10.
MIN_GUESSES_LOG10 = 10
STRONG_GUESSES_LOG10 = 14
# zxcvbn's time grows fast with length; past this the rest cannot make a passphrase weaker.
ESTIMATE_CHARS = 100
SUGGESTED_WORDS = 4


def guesses_log10(passphrase: str, user_inputs: Sequence[str] = ()) -> float:
    """zxcvbn's estimate of how many guesses find the passphrase, as a power of ten."""
    from zxcvbn import zxcvbn  # loaded when a passphrase is chosen, never at unlock

    inputs = [word for text in user_inputs for word in text.lower().split() if word]
    return float(zxcvbn(passphrase[:ESTIMATE_CHARS], user_inputs=inputs)["guesses_log10"])


def suggest_passphrase() -> str:
    """Four everyday words drawn at random: about 10^11 possibilities, and easy to remember."""
    while True:
        words = [secrets.choice(WORDS) for _ in range(SUGGESTED_WORDS)]
        if len(set(words)) == SUGGESTED_WORDS:
            return " ".join(words)


def too_guessable(passphrase: str, user_inputs: Sequence[str] = ()) -> str | None:
    """The one-line reason a passphrase is refused as too easy to guess, or None."""
    if guesses_log10(passphrase, user_inputs) >= MIN_GUESSES_LOG10:
        return None
    return (
        "Passordet er for lett å gjette: den som får tak i maskinen, kan prøve milliarder av "
        "passord uten å bli stoppet. Bruk heller fire tilfeldige ord, for eksempel "
        f"«{suggest_passphrase()}»."
    )


def passphrase_problem(
    passphrase: str, repeated: str, user_inputs: Sequence[str] = ()
) -> str | None:
    """Why a new passphrase cannot be used, or None."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return f"Passordet må ha minst {MIN_PASSPHRASE_LENGTH} tegn."
    weak = too_guessable(passphrase, user_inputs)
    if weak:
        return weak
    if passphrase != repeated:
        return "De to passordene er ikke like. Skriv det samme passordet to ganger."
    return None


def passphrase_strength(passphrase: str, user_inputs: Sequence[str] = ()) -> str:
    """A short Norwegian hint on how strong a passphrase is."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return "For kort"
    power = guesses_log10(passphrase, user_inputs)
    if power < MIN_GUESSES_LOG10:
        return f"For lett å gjette (rundt 10^{math.floor(power)} forsøk)"
    if power < STRONG_GUESSES_LOG10:
        return "Godt nok; et ord til gjør det sterkt"
    return "Sterkt"
