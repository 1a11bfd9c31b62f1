package syncpack

// Limits bound what Verify and Read accept, so a hostile package cannot exhaust memory, disk or
// time. A zero field means the DefaultLimits value.
type Limits struct {
	MaxFileSize          int64 // the package file itself
	MaxEntrySize         int64 // one entry, uncompressed
	MaxTotalUncompressed int64 // all entries together, uncompressed
	MaxEntries           int   // entries in the ZIP
	MaxRatio             int   // uncompressed : compressed size of one entry
	MaxJSONDepth         int   // nesting of objects and arrays in one JSON file
}

// DefaultLimits are generous for a school (a year of records is a few MB) and small for a bomb.
var DefaultLimits = Limits{
	MaxFileSize:          128 << 20,
	MaxEntrySize:         32 << 20,
	MaxTotalUncompressed: 256 << 20, // all of it is held in memory
	MaxEntries:           2000,
	MaxRatio:             1000,
	MaxJSONDepth:         64,
}

// The fixed bounds of the two small entries.
const (
	maxManifestSize  = 1 << 20
	maxSignatureSize = 256
)

// orDefault fills the zero fields from DefaultLimits.
func (l Limits) orDefault() Limits {
	d := DefaultLimits
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = d.MaxFileSize
	}
	if l.MaxEntrySize <= 0 {
		l.MaxEntrySize = d.MaxEntrySize
	}
	if l.MaxTotalUncompressed <= 0 {
		l.MaxTotalUncompressed = d.MaxTotalUncompressed
	}
	if l.MaxEntries <= 0 {
		l.MaxEntries = d.MaxEntries
	}
	if l.MaxRatio <= 0 {
		l.MaxRatio = d.MaxRatio
	}
	if l.MaxJSONDepth <= 0 {
		l.MaxJSONDepth = d.MaxJSONDepth
	}
	return l
}
