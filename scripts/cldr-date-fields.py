#!/usr/bin/env python3
"""Extracts from CLDR the date data fsn takes from no other source, into two committed tables.

crates/fsn-core/data/cldr-date-fields.json: CLDR's names of the date fields (day, month,
year) for every base language. fsn writes the placeholder of a hand-written date on reply
forms from them ("GG/MM/AAAA", "TT.MM.JJJJ", "ÅÅÅÅ-MM-DD"): the initial of each field's name
in the language. ICU4X carries no field names.

crates/fsn-core/data/cldr-date-patterns.json: CLDR's standard full and short date formats
(`dateFormats`) of every locale, regional variants included. The date line is the full format
("EEEE d MMMM y"), the placeholder takes the order and separators of the short one
("dd/MM/y"). ICU4X's field sets (YMDE, YMD) do not give these: it builds their patterns from
CLDR's flexible `availableFormats`, which disagree with the standard formats in some
languages (Maltese `yMd` is "M/d/y", its short date "dd/MM/y"). ICU4X still supplies the
month and weekday names and formats the pattern.

Usage (needs npm):
    scripts/cldr-date-fields.py            # downloads cldr-dates-full@VERSION and writes the table
    scripts/cldr-date-fields.py DIR        # reads an unpacked cldr-dates-full package in DIR
"""

import json
import pathlib
import subprocess
import sys
import tarfile
import tempfile

VERSION = "48.2.0"
DATA = pathlib.Path(__file__).resolve().parent.parent / "crates/fsn-core/data"
OUT = DATA / "cldr-date-fields.json"
PATTERNS_OUT = DATA / "cldr-date-patterns.json"


def unpacked_package() -> pathlib.Path:
    if len(sys.argv) > 1:
        return pathlib.Path(sys.argv[1])
    work = pathlib.Path(tempfile.mkdtemp())
    subprocess.run(["npm", "pack", f"cldr-dates-full@{VERSION}"], cwd=work, check=True,
                   stdout=subprocess.DEVNULL)
    with tarfile.open(work / f"cldr-dates-full-{VERSION}.tgz") as archive:
        archive.extractall(work, filter="data")
    return work / "package"


def main() -> None:
    package = unpacked_package()
    version = json.loads((package / "package.json").read_text())["version"]
    languages = {}
    for locale_dir in sorted((package / "main").iterdir()):
        # Base languages only ("de", not "de-AT"): fsn's languages are base language tags.
        if "-" in locale_dir.name:
            continue
        fields = json.loads((locale_dir / "dateFields.json").read_text(encoding="utf-8"))
        fields = fields["main"][locale_dir.name]["dates"]["fields"]
        languages[locale_dir.name] = {
            name: fields[name]["displayName"] for name in ("day", "month", "year")
        }
    table = {
        "source": f"Unicode CLDR, npm package cldr-dates-full {version}, main/*/dateFields.json",
        "license": "Unicode-3.0 (https://www.unicode.org/license.txt)",
        "languages": languages,
    }
    # One language per line: diffs of a CLDR update stay readable.
    rows = ",\n".join(
        f"  {json.dumps(lang)}: {json.dumps(names, ensure_ascii=False)}"
        for lang, names in languages.items()
    )
    OUT.write_text(
        "{\n"
        f' "source": {json.dumps(table["source"])},\n'
        f' "license": {json.dumps(table["license"])},\n'
        f' "languages": {{\n{rows}\n }}\n'
        "}\n",
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({len(languages)} languages, CLDR {version})")
    write_patterns(package, version)


def write_patterns(package: pathlib.Path, version: str) -> None:
    """One locale per line: `"en-IE": {"full": "EEEE d MMMM y", "short": "dd/MM/y"}`."""
    rows = []
    for locale_dir in sorted((package / "main").iterdir()):
        gregorian = json.loads((locale_dir / "ca-gregorian.json").read_text(encoding="utf-8"))
        formats = gregorian["main"][locale_dir.name]["dates"]["calendars"]["gregorian"]["dateFormats"]
        patterns = {length: formats[length] for length in ("full", "short")}
        # A pattern with its own numbering system (Hawaiian months in Roman numerals) is an
        # object; fsn formats digits only, so such a locale is left out.
        if not all(isinstance(pattern, str) for pattern in patterns.values()):
            continue
        rows.append(f"  {json.dumps(locale_dir.name)}: {json.dumps(patterns, ensure_ascii=False)}")
    source = f"Unicode CLDR, npm package cldr-dates-full {version}, main/*/ca-gregorian.json, dateFormats"
    PATTERNS_OUT.write_text(
        "{\n"
        f' "source": {json.dumps(source)},\n'
        ' "license": "Unicode-3.0 (https://www.unicode.org/license.txt)",\n'
        ' "locales": {\n' + ",\n".join(rows) + "\n }\n"
        "}\n",
        encoding="utf-8",
    )
    print(f"wrote {PATTERNS_OUT} ({len(rows)} locales)")


if __name__ == "__main__":
    main()
