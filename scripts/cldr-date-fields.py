#!/usr/bin/env python3
"""Extracts CLDR's names of the date fields (day, month, year) for every base language.

fsn writes the placeholder of a hand-written date on reply forms from them ("GG/MM/AAAA",
"TT.MM.JJJJ", "ÅÅÅÅ-MM-DD"): the initial of each field's name in the language, in the order
and with the separators of the language's numeric date (that part comes from ICU4X at run
time). ICU4X carries no field names, so this table is taken from the Unicode CLDR JSON
package and committed: crates/fsn-core/data/cldr-date-fields.json.

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
OUT = pathlib.Path(__file__).resolve().parent.parent / "crates/fsn-core/data/cldr-date-fields.json"


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


if __name__ == "__main__":
    main()
