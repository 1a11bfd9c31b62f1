package syncpack

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// checkJSON refuses b, before anything is unmarshalled, unless it is exactly one JSON value
// nested at most maxDepth deep, so a hostile file cannot make the decoder recurse deeper.
// Every package is checked on export and again on import, so the common case — valid and
// shallow, as the program writes them — takes a fast path; anything else is walked token by
// token, which names the first fault.
func checkJSON(name string, b []byte, maxDepth int) error {
	if json.Valid(b) && jsonDepth(b) <= maxDepth {
		return nil
	}
	return walkTokens(name, b, maxDepth)
}

// jsonDepth returns the deepest nesting of objects and arrays in b, which must be valid JSON:
// brackets inside strings do not count.
func jsonDepth(b []byte) int {
	depth, deepest, inString := 0, 0, false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case inString && c == '\\':
			i++ // the escaped character, a quote perhaps, does not end the string
		case c == '"':
			inString = !inString
		case inString:
		case c == '{' || c == '[':
			depth++
			deepest = max(deepest, depth)
		case c == '}' || c == ']':
			depth--
		}
	}
	return deepest
}

// walkTokens is checkJSON's slow path: it walks the tokens of b, counting depth and values.
func walkTokens(name string, b []byte, maxDepth int) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	depth, values := 0, 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return badJSON(name, err)
		}
		if d, ok := tok.(json.Delim); ok && (d == '{' || d == '[') {
			depth++
			if depth > maxDepth {
				return refuse(CodeJSONTooDeep, "Файлът „%s“ в пакета е вложен на повече от %d нива — такъв пакет не е създаден от програмата.", printable(name), maxDepth)
			}
			continue
		} else if ok {
			depth--
		}
		if depth == 0 {
			values++
		}
	}
	if values != 1 {
		return refuse(CodeBadJSON, "Файлът „%s“ в пакета не съдържа точно една JSON стойност.", printable(name))
	}
	return nil
}

// decodeStrict unmarshals b into v, refusing fields the format does not define.
// Call checkJSON first.
func decodeStrict(name string, b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		// encoding/json has no error type for this case; its message is stable since Go 1.10.
		if field, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
			return refuse(CodeUnknownField, "Файлът „%s“ в пакета съдържа непознато поле %s; вероятно е създаден от по-нова версия на програмата — обновете я.", printable(name), printable(field))
		}
		return badJSON(name, err)
	}
	return nil
}

// badJSON refuses a file that does not parse or does not have the format's shape.
func badJSON(name string, err error) error {
	return refuse(CodeBadJSON, "Файлът „%s“ в пакета е повреден или с неочакван вид (%s).", printable(name), printable(err.Error()))
}
