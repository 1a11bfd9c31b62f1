#!/bin/sh
# Makes the shipped DejaVuSans.ttf and DejaVuSans-Bold.ttf from DejaVu Sans 2.37 (dejavu-fonts,
# the files this repository shipped before: SHA-256
#   abdc775b21b1bc470d50c97e790d276f2054b7504e56e5bd3e64f48d68582322  DejaVuSans.ttf
#   0d977336a6d5fba34eab8e3199eb218327161b5143749f802982c2bc34df0c96  DejaVuSans-Bold.ttf)
# with fontTools' pyftsubset (Debian bookworm: apt install fonttools, 4.38.0).
#
# Why: gopdf 0.33 embeds in every PDF the whole hmtx and loca tables (4 bytes per glyph each) and
# the hinting tables, and deflates them at zlib's default level for each document; with DejaVu's
# 6,253 glyphs that was over half the time of printing a big school's 5,500 forms. The subset
# keeps the characters forms and users need (Latin with Latin-1 and Extended-A, Romanian ș ț,
# basic Greek, Cyrillic, punctuation, super/subscripts, currency incl. €, letterlike incl. №,
# Roman numerals, a few arrows, maths and check-box symbols) and drops the hinting (PDF viewers
# do not use TrueType hinting at print resolutions). Glyph outlines and advance widths are
# DejaVu's own, unchanged. store/forms.TestFonts_CoverTheFormsCharacters checks the coverage.
#
# Licence: fonts/LICENSE-DejaVu.txt (Bitstream Vera / Arev terms) allows modified copies; the
# modified fonts keep the DejaVu name, which contains neither "Bitstream" nor "Vera".
#
# Usage: sh subset.sh ORIGINAL_DIR   (writes into the current directory)
set -eu
src=${1:?folder with the original DejaVuSans.ttf and DejaVuSans-Bold.ttf}
U="U+0020-007E,U+00A0-017F,U+0218-021B,U+0300-0301,U+0391-03C9,U+0400-04FF,U+2000-206F,U+2070-209F,U+20A0-20CF,U+2100-214F,U+2150-218F,U+2190-2199,U+2212-2219,U+221E,U+2260-2265,U+2460-2473,U+25A0-25CF,U+2610-2612,U+2713-2718,U+FFFD"
for f in DejaVuSans DejaVuSans-Bold; do
	pyftsubset "$src/$f.ttf" --unicodes="$U" --no-hinting --layout-features='' \
		--drop-tables+=GSUB,GPOS,GDEF,MATH,FFTM,kern --notdef-outline --name-IDs='*' \
		--name-languages='*' --output-file="$f.ttf"
done
