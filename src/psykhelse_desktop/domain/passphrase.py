"""Rules and a strength hint for the passphrase that derives the database key."""

from __future__ import annotations

MIN_PASSPHRASE_LENGTH = 8


def passphrase_problem(passphrase: str, repeated: str) -> str | None:
    """Why a new passphrase cannot be used, or None."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return f"Passordet må ha minst {MIN_PASSPHRASE_LENGTH} tegn."
    if passphrase != repeated:
        return "De to passordene er ikke like. Skriv det samme passordet to ganger."
    return None


def passphrase_strength(passphrase: str) -> str:
    """A short Norwegian hint on how strong a passphrase is."""
    kinds = sum(
        any(test(c) for c in passphrase)
        for test in (str.islower, str.isupper, str.isdigit, lambda c: not c.isalnum())
    )
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        return "For kort"
    if len(passphrase) >= 16 or (len(passphrase) >= 12 and kinds >= 3):
        return "Sterkt"
    return "Middels: lengre er bedre, gjerne flere ord" if kinds >= 2 else "Svakt"
