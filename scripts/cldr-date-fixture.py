#!/usr/bin/env python3
"""Writes tests/fixtures/cldr-dates.json: how CLDR prints the dates of fsn's languages, as
Python's Babel (its own copy of CLDR, its own formatter) prints them, for
crates/fsn-core/tests/cldr_dates.rs to compare fsn's output with.

For each language of the repository (a folder under locales/) and each regional variant fsn
uses or documents (en-IE, pt-PT, en-GB, en-US), the fixture holds:
  - "full": CLDR's full date pattern, and "dates": dates of every month and weekday formatted with it
    (fsn's date line; fsn capitalises the first letter, the test does the same);
  - "short": CLDR's short date pattern, and "placeholder": the form placeholder it implies,
    the pattern's day, month and year fields replaced by the initial of CLDR's name of the
    field, twice, twice and four times ("dd.MM.yy" -> "TT.MM.JJJJ"). Babel keeps no names of
    the date fields, so these come from crates/fsn-core/data/cldr-date-fields.json, which
    scripts/cldr-date-fields.py extracts from the CLDR JSON package.

Usage (needs `pip install babel`): scripts/cldr-date-fixture.py
"""

import datetime
import json
import pathlib
import unicodedata

import babel
from babel.core import get_cldr_version
from babel.dates import format_date, get_date_format

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/fixtures/cldr-dates.json"
FIELD_NAMES = ROOT / "crates/fsn-core/data/cldr-date-fields.json"
REGIONAL = ["en-IE", "pt-PT", "en-GB", "en-US"]
# The 16th of every month of 2025, and the week of 16 January: every month and weekday name.
DATES = sorted({datetime.date(2025, month, 16) for month in range(1, 13)}
               | {datetime.date(2025, 1, day) for day in range(13, 20)})


def initial(name: str, language: str) -> str:
    first = next(c for c in name if c.isalpha()).upper()
    if language == "el":
        # Greek capitals drop the accent (CLDR's el-Upper transform): "έτος" -> "Ε".
        first = "".join(c for c in unicodedata.normalize("NFD", first) if not unicodedata.combining(c))
    return first


def placeholder(pattern: str, letters: dict) -> str:
    """Replaces the fields of a CLDR date pattern by letters; quoted text stays as written."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "'":
            end = pattern.index("'", i + 1)
            out.append(pattern[i + 1:end] or "'")
            i = end + 1
        elif c.isascii() and c.isalpha():
            while i < len(pattern) and pattern[i] == c:
                i += 1
            field = {"d": "day", "M": "month", "L": "month", "y": "year"}[c]
            out.append(letters[field] * (4 if field == "year" else 2))
        else:
            out.append(c)
            i += 1
    return "".join(out)


def main() -> None:
    names = json.loads(FIELD_NAMES.read_text(encoding="utf-8"))["languages"]
    languages = sorted(path.name for path in (ROOT / "locales").iterdir() if path.is_dir())
    assert {date.weekday() for date in DATES} == set(range(7))
    rows = []
    for tag in languages + REGIONAL:
        language = tag.split("-")[0]
        babel_locale = tag.replace("-", "_")
        letters = {field: initial(names[language][field], language) for field in ("day", "month", "year")}
        short = get_date_format("short", babel_locale).pattern
        entry = {
            "full": get_date_format("full", babel_locale).pattern,
            "short": short,
            "placeholder": placeholder(short, letters),
            "dates": {date.isoformat(): format_date(date, "full", babel_locale) for date in DATES},
        }
        rows.append(f"  {json.dumps(tag)}: {json.dumps(entry, ensure_ascii=False)}")
    source = f"Babel {babel.__version__} (CLDR {get_cldr_version()}), written by scripts/cldr-date-fixture.py"
    OUT.write_text(
        "{\n"
        f' "source": {json.dumps(source)},\n'
        ' "locales": {\n' + ",\n".join(rows) + "\n }\n"
        "}\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({len(rows)} locales, {source})")


if __name__ == "__main__":
    main()
