package store

// CommitSeq returns the number of commits applied to the live years since the file was opened.
func (db *DB) CommitSeq() uint64 {
	db.live.mu.Lock()
	defer db.live.mu.Unlock()
	return db.live.seq
}

// YearDecodes returns how many times a year was decoded from the file since it was opened.
func (db *DB) YearDecodes() uint64 {
	db.live.mu.Lock()
	defer db.live.mu.Unlock()
	return db.live.decodes
}

// DropLiveYearsForTest forgets the live years, so the next LiveYear decodes from the file.
func DropLiveYearsForTest(db *DB) {
	db.live.mu.Lock()
	defer db.live.mu.Unlock()
	db.live.years = nil
}
