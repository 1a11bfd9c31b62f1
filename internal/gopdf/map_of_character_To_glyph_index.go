package gopdf

// MapOfCharacterToGlyphIndex map of CharacterToGlyphIndex
type MapOfCharacterToGlyphIndex struct {
	keyIndexs map[rune]int //for search index in keys
	Keys      []rune
	Vals      []uint
	// Local change of „Твоят час – офлайн“ (not upstream gopdf v0.33.0): the index+1 of the
	// runes below smallRunes (Latin, Greek, Cyrillic: nearly every letter of a Bulgarian form) in
	// an array instead of the map, which was looked up for every glyph drawn and measured.
	// The same keys, values and order; only the lookup is faster. See README.tvoyatchas.md.
	small [smallRunes]int32
}

// smallRunes bounds the runes indexed by the array: U+0000–U+052F (to Cyrillic Supplement).
const smallRunes = 0x530

// NewMapOfCharacterToGlyphIndex new CharacterToGlyphIndex
func NewMapOfCharacterToGlyphIndex() *MapOfCharacterToGlyphIndex {
	var m MapOfCharacterToGlyphIndex
	m.keyIndexs = make(map[rune]int)
	return &m
}

// KeyExists key is exists?
func (m *MapOfCharacterToGlyphIndex) KeyExists(k rune) bool {
	_, ok := m.Index(k)
	return ok
}

// Set set key and value to map
func (m *MapOfCharacterToGlyphIndex) Set(k rune, v uint) {
	if k >= 0 && k < smallRunes {
		m.small[k] = int32(len(m.Keys)) + 1
	} else {
		m.keyIndexs[k] = len(m.Keys)
	}
	m.Keys = append(m.Keys, k)
	m.Vals = append(m.Vals, v)
}

// Index get index by key
func (m *MapOfCharacterToGlyphIndex) Index(k rune) (int, bool) {
	if k >= 0 && k < smallRunes {
		if i := m.small[k]; i > 0 {
			return int(i) - 1, true
		}
		return -1, false
	}
	if index, ok := m.keyIndexs[k]; ok {
		return index, true
	}
	return -1, false
}

// Val get value by Key
func (m *MapOfCharacterToGlyphIndex) Val(k rune) (uint, bool) {
	i, ok := m.Index(k)
	if !ok {
		return 0, false
	}
	return m.Vals[i], true
}

// AllKeys get keys
func (m *MapOfCharacterToGlyphIndex) AllKeys() []rune {
	return m.Keys
}

// AllVals get all values
func (m *MapOfCharacterToGlyphIndex) AllVals() []uint {
	return m.Vals
}
