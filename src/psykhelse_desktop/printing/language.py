"""The målform a document is being printed in, and its words (see words.py).

The document's builders are many small functions; rather than hand the målform down through
each of them, the writer of a document sets it (`printed_in`) for the time it lays the
document out and draws its pages.
"""

from __future__ import annotations

import datetime as dt

from ..words import current_words, tr, tr_domain
from ..words import written_in as printed_in

__all__ = ["current_words", "printed_in", "tr", "tr_domain", "weekday"]


def weekday(day: dt.date) -> str:
    return current_words().weekday(day)
