package store

// WriteGeneration returns how many writes the cache of decoded years has counted: a test sees
// whether a write dropped the decoded years without timing LoadYear.
func (db *DB) WriteGeneration() uint64 { return db.cache.generation() }
