package sheets

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// ReadCSV returns the records of a text table as Bulgarian schools and НЕИСПУО write them:
//   - the encoding: UTF-8 with or without a BOM, UTF-16 LE or BE (НЕИСПУО's .txt export, with or
//     without a BOM), else Windows-1251 (Excel's CSV on a Bulgarian Windows);
//   - the separator: tab, „;“ or „,“, whichever splits the first lines into the same number of
//     cells, the header line taken as a whole — the app's own header „Име, презиме и
//     фамилия;Клас“ is two cells, not split at its comma.
func ReadCSV(data []byte) ([][]string, error) {
	text := decodeText(data)
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = detectSeparator(text)
	cr.FieldsPerRecord = -1 // rows of a hand-made list differ in length
	cr.LazyQuotes = true
	var rows [][]string
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read csv: %w", err)
		}
		if len(rows) == maxRows {
			return nil, tooManyRows()
		}
		if len(rec) > maxColumns {
			rec = rec[:maxColumns]
		}
		rows = append(rows, rec)
	}
}

// decodeText returns the text of a file in whichever encoding it is.
func decodeText(data []byte) string {
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		return string(data[3:])
	case bytes.HasPrefix(data, []byte("\xFF\xFE")):
		return decodeUTF16(data[2:], false)
	case bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return decodeUTF16(data[2:], true)
	}
	if be, ok := looksUTF16(data); ok {
		return decodeUTF16(data, be)
	}
	if utf8.Valid(data) {
		return string(data)
	}
	return decodeWindows1251(data)
}

// looksUTF16 recognises UTF-16 without a BOM: in Bulgarian text every other byte is the high
// byte of a code unit, 0x00 for digits, Latin letters and separators and 0x04 for Cyrillic.
func looksUTF16(data []byte) (bigEndian, ok bool) {
	n := min(len(data), 4096) &^ 1
	if n < 4 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 || data[i] == 4 {
			even++
		}
		if data[i+1] == 0 || data[i+1] == 4 {
			odd++
		}
	}
	half := n / 2
	switch {
	case odd*10 >= half*9 && even*2 < half:
		return false, true
	case even*10 >= half*9 && odd*2 < half:
		return true, true
	}
	return false, false
}

func decodeUTF16(b []byte, bigEndian bool) string {
	units := make([]uint16, len(b)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			units[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	return string(utf16.Decode(units))
}

// separatorSample is how many lines detectSeparator reads: title rows, the header and enough
// data rows to outvote them.
const separatorSample = 30

// detectSeparator picks the separator that splits the first lines most consistently: each line
// of more than one cell counts, and counts again when it has as many cells as the first such
// line (the header). On a tie tab wins over „;“ and „;“ over „,“: a comma is the likeliest to
// stand inside a cell.
func detectSeparator(text string) rune {
	best, bestScore := ',', -1
	for _, sep := range []rune{'\t', ';', ','} {
		cr := csv.NewReader(strings.NewReader(text))
		cr.Comma, cr.FieldsPerRecord, cr.LazyQuotes = sep, -1, true
		score, header := 0, 0
		for i := 0; i < separatorSample; i++ {
			rec, err := cr.Read()
			if err != nil {
				break
			}
			if len(rec) < 2 {
				continue
			}
			if header == 0 {
				header = len(rec)
			}
			score++
			if len(rec) == header {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = sep, score
		}
	}
	return best
}

// cp1251High maps the bytes 0x80–0xBF of Windows-1251; 0xC0–0xFF are А–я in order.
var cp1251High = [64]rune{
	'Ђ', 'Ѓ', '‚', 'ѓ', '„', '…', '†', '‡', '€', '‰', 'Љ', '‹', 'Њ', 'Ќ', 'Ћ', 'Џ',
	'ђ', '‘', '’', '“', '”', '•', '–', '—', '\uFFFD', '™', 'љ', '›', 'њ', 'ќ', 'ћ', 'џ',
	'\u00A0', 'Ў', 'ў', 'Ј', '¤', 'Ґ', '¦', '§', 'Ё', '©', 'Є', '«', '¬', '\u00AD', '®', 'Ї',
	'°', '±', 'І', 'і', 'ґ', 'µ', '¶', '·', 'ё', '№', 'є', '»', 'ј', 'Ѕ', 'ѕ', 'ї',
}

// decodeWindows1251 decodes Windows-1251 text, the code page of Bulgarian Windows.
func decodeWindows1251(b []byte) string {
	var sb strings.Builder
	sb.Grow(2 * len(b))
	for _, c := range b {
		switch {
		case c < 0x80:
			sb.WriteByte(c)
		case c < 0xC0:
			sb.WriteRune(cp1251High[c-0x80])
		default:
			sb.WriteRune(rune(0x0410 + int(c) - 0xC0))
		}
	}
	return sb.String()
}
