#!/usr/bin/env bash
# The tests, on a fresh machine: `bash scripts/test.sh [cargo test arguments…]`.
#
# The tests read rendered PDFs and barcodes back and validate exports with outside tools. On
# Debian or Ubuntu, as root or with sudo that needs no password, this installs the packages
# that bring the missing ones (apt-get update runs only then); otherwise it names them, says
# how to install them and stops with status 1. Then it runs `cargo test --workspace --locked`
# with the arguments given (e.g. `-p fsn-core`, or `--test fidelity`). `.ci/run` calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

# The XLIFF 2.0 core schema (with the W3C xml.xsd it imports), as Debian ships it; the tests
# read FSN_XLIFF_SCHEMAS instead when it is set.
xliff_schemas="${FSN_XLIFF_SCHEMAS:-/usr/share/php/Symfony/Component/Translation/Resources/schemas}"

missing=()  # Debian packages
needs=()    # what each brings, for the message
need() { missing+=("$1"); needs+=("  $1: $2"); }
command -v pdftotext >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 &&
  command -v pdftoppm >/dev/null 2>&1 && command -v pdftohtml >/dev/null 2>&1 ||
  need poppler-utils "pdftotext, pdfinfo, pdftoppm, pdftohtml (the fidelity, archival, barcode and image tests read the PDFs back)"
# The paths the real-browser test looks at.
[ -x /usr/bin/chromium ] || [ -x /usr/bin/chromium-browser ] || [ -x /usr/bin/google-chrome ] ||
  need chromium "chromium (the HTML pages opened in a real browser, offline)"
command -v dmtxread >/dev/null 2>&1 ||
  need dmtx-utils "dmtxread (UDI DataMatrix symbols read back with libdmtx)"
command -v jq >/dev/null 2>&1 ||
  need jq "jq (scripts/shard-matrix.sh, which the CI recipes' test runs)"
command -v xmllint >/dev/null 2>&1 ||
  need libxml2-utils "xmllint (every XLIFF export validated against the XLIFF 2.0 schema)"
[ -f "$xliff_schemas/xliff-core-2.0.xsd" ] ||
  need php-symfony-translation "the OASIS XLIFF 2.0 core schema, $xliff_schemas/xliff-core-2.0.xsd"

if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    as_root=(none)
  fi
  if command -v apt-get >/dev/null 2>&1 && [ "${as_root[*]-}" != none ]; then
    echo "test.sh: installing ${missing[*]}" >&2
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y --no-install-recommends "${missing[@]}"
  else
    {
      echo "test.sh: the tests need what these Debian/Ubuntu packages bring:"
      printf '%s\n' "${needs[@]}"
      if command -v apt-get >/dev/null 2>&1; then
        echo "install them (this needs root), then run bash scripts/test.sh again:"
        echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}"
      else
        echo "this system has no apt-get: install the tools named above with its package manager,"
        echo "then run bash scripts/test.sh again"
      fi
    } >&2
    exit 1
  fi
fi

exec cargo test --workspace --locked "$@"
