#!/bin/sh
# Makes the Word drafts of seeds 000 and 003 the way offices make them (test/fixtures/seed-drafts/):
#   *-lines.docx    LibreOffice opening the text extracted from the PDF: one paragraph per line,
#                   a blank line an empty paragraph (hard breaks inside every paragraph);
#   *-reflow.docx   the same after the official joined the lines of each paragraph
#                   (scripts/reflow-text.mjs; the .txt is kept beside it for review).
# Run from the project root; needs soffice. The files are committed, so tests need no LibreOffice.
set -eu
OUT=test/fixtures/seed-drafts
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for seed in 000_f3ba33d6e2cc4de2 003_126363273adfbfd7; do
  n=${seed%%_*}
  cp "test/golden/seeds/$seed.txt" "$TMP/seed-$n-lines.txt"
  node scripts/reflow-text.mjs < "test/golden/seeds/$seed.txt" > "$OUT/seed-$n-reflow.txt"
  cp "$OUT/seed-$n-reflow.txt" "$TMP/seed-$n-reflow.txt"
  for kind in lines reflow; do
    soffice --headless --infilter="Text (encoded):UTF8,LF,,," --convert-to docx:"MS Word 2007 XML" \
      --outdir "$OUT" "$TMP/seed-$n-$kind.txt" >/dev/null
  done
done
