"""PostgreSQL's versions of what SQLite does with triggers and FTS5, for the migrations.

The journal's full-text index on the server is a generated `tsvector` column over the text
folded exactly as `domain.text.fold` folds it, cut into words as `journal_search` cuts a query.
The lower case is ICU's (the "und-x-icu" collation), not the server locale's, so it is the same
on every server; PostgreSQL must be built with ICU (Debian's, Ubuntu's and the EDB builds are).
"""

from __future__ import annotations

import re

FOLD_FUNCTION = "psykhelse_fold"
WORDS_FUNCTION = "psykhelse_words"
SEARCH_COLUMN = "search_words"
SEARCH_INDEX = "ix_journal_entry_search_words"
# "å" is kept whole while accents are taken off (decomposed, it would be "a" and a ring).
_KEEP_A = "\ue000"
# Everything from here up is taken as letters (CJK and the like); below, Python decides.
_FIRST_ALL_WORD = 0x3000
_WORD_CHAR = re.compile(r"[^\W_]")
# An integrity error, as SQLite's RAISE(ABORT) in a trigger is (the same IntegrityError).
REFUSED = "restrict_violation"


def _word_class() -> str:
    """A bracket expression of the word characters (letters and digits), as code point ranges."""
    ranges: list[list[int]] = []
    for code in range(0x30, _FIRST_ALL_WORD):
        if _WORD_CHAR.match(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    ranges.append([_FIRST_ALL_WORD, 0x10FFFF])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


def fold_function_sql() -> str:
    """`fold` in SQL: ICU's lower case (the same on every server, whatever its locale), "ß" as
    "ss", "aa" as "å", "ä" and "ö" as "æ" and "ø", and other accents off Latin letters (only
    when the text has any: decomposing and recomposing costs)."""
    strip = (
        f"translate(normalize(regexp_replace(normalize(translate(folded, 'å', '{_KEEP_A}'), NFD), "
        f"'([\\x01-\\x7f])[\\u0300-\\u036f]+', '\\1', 'g'), NFC), '{_KEEP_A}', 'å')"
    )
    return (
        f"CREATE OR REPLACE FUNCTION {FOLD_FUNCTION}(value text) RETURNS text "
        f"LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE "
        f"WHEN folded ~ '[^\\x01-\\x7fæøå]' THEN {strip} ELSE folded END FROM (SELECT "
        f"translate(replace(replace(lower(value COLLATE \"und-x-icu\"), 'ß', 'ss'), 'aa', 'å'), "
        f"'äö', 'æø') AS folded) AS f $$"
    )


def words_function_sql() -> str:
    return (
        f"CREATE OR REPLACE FUNCTION {WORDS_FUNCTION}(value text) RETURNS tsvector "
        f"LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_tsvector(array_remove("
        f"regexp_split_to_array({FOLD_FUNCTION}(value), '[^{_word_class()}]+'), '')) $$"
    )


def journal_search_sql() -> tuple[str, ...]:
    return (
        fold_function_sql(),
        words_function_sql(),
        f"ALTER TABLE journal_entry ADD COLUMN {SEARCH_COLUMN} tsvector "
        f"GENERATED ALWAYS AS ({WORDS_FUNCTION}(text)) STORED",
        f"CREATE INDEX {SEARCH_INDEX} ON journal_entry USING gin ({SEARCH_COLUMN})",
    )


def refuse_changes_sql(table: str, name: str, message: str, when: str = "") -> tuple[str, ...]:
    """A trigger that refuses every UPDATE and DELETE of a row (only those matching `when`,
    a condition on OLD, when given) with `message`, as SQLite's RAISE(ABORT) does."""
    condition = f" WHEN ({when})" if when else ""
    return (
        f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN RAISE EXCEPTION '{message}' USING ERRCODE = '{REFUSED}'; END $$",
        f"CREATE TRIGGER {name} BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW{condition} EXECUTE FUNCTION {name}()",
    )


def drop_trigger_sql(table: str, name: str) -> tuple[str, ...]:
    return (f"DROP TRIGGER IF EXISTS {name} ON {table}", f"DROP FUNCTION IF EXISTS {name}()")
