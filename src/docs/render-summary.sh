#!/bin/sh
# Renders the Summary sheet of a readiness workbook to a PNG picture, for the README.
#
#   src/docs/render-summary.sh reports/<run-id>/ir-readiness.xlsx summary.png
#
# Needs LibreOffice Calc and Poppler's pdftoppm; on Debian or Ubuntu:
#   apt-get install libreoffice-calc poppler-utils
# This script installs nothing itself.
set -eu

if [ "$#" -ne 2 ]; then
    echo "usage: $0 <workbook.xlsx> <out.png>" >&2
    exit 2
fi
workbook=$1
out=$2

command -v soffice >/dev/null 2>&1 || { echo "soffice not found: install the Debian package libreoffice-calc" >&2; exit 1; }
command -v pdftoppm >/dev/null 2>&1 || { echo "pdftoppm not found: install the Debian package poppler-utils" >&2; exit 1; }
[ -f "$workbook" ] || { echo "no such workbook: $workbook" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A private profile, so that a LibreOffice already open on the desktop or a stale lock does not block the conversion.
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" "$workbook" >/dev/null

pdf="$work/$(basename "${workbook%.*}").pdf"
[ -f "$pdf" ] || { echo "LibreOffice produced no PDF for $workbook" >&2; exit 1; }

# The Summary sheet comes first and is set to print one landscape page wide: its first page is the picture.
pdftoppm -png -singlefile -r 110 -f 1 -l 1 "$pdf" "${out%.png}"
echo "$out"
