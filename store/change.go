package store

import (
	"slices"
	"sync"

	"github.com/tvoyatchas/tvoyatchas/model"
)

// Change is what one committed transaction changed in the file: every Update, Put, Delete,
// import, received sync package and year operation ends in one Change for the subscribers
// (Subscribe), whoever made it.
type Change struct {
	Seq      uint64                    // the commit's number since the file was opened: later commits have greater ones
	Years    []model.SchoolYear        // the years whose records changed, oldest first; a record that moved counts in both
	Kinds    map[model.Kind][]model.ID // the records saved or deleted, by kind, each list ordered by ID
	Deleted  map[model.Kind][]model.ID // those of Kinds that were deleted (tombstones), ordered by ID
	Settings []string                  // the settings written, ordered
	Reset    bool                      // the file changed in a way not listed (a schema upgrade): read everything again
	AllYears bool                      // a record of a kind of no year (the school, a supplier) changed: every year sees it
}

// Affects reports whether year y's records (as LiveYear gives them) may differ after the change.
func (c Change) Affects(y model.SchoolYear) bool {
	return c.Reset || c.AllYears || slices.Contains(c.Years, y)
}

// Has reports whether records of kind k changed.
func (c Change) Has(k model.Kind) bool { return c.Reset || len(c.Kinds[k]) > 0 }

// written is the last state a transaction gave a record: its data, or nil for a deletion.
type written struct {
	data    []byte
	deleted bool
}

// changeSet collects a read-write transaction's writes as they are made (Tx.write, PutSetting);
// it becomes a Change only when the transaction commits.
type changeSet struct {
	records  map[model.Kind]map[model.ID]written
	years    map[model.SchoolYear]bool
	allYears bool
	settings map[string]bool
	reset    bool
}

// record notes that kind/id now holds data (nil: deleted) and belonged to the years given.
func (cs *changeSet) record(kind model.Kind, id model.ID, data []byte, deleted bool, years ...model.SchoolYear) {
	if cs.records == nil {
		cs.records = map[model.Kind]map[model.ID]written{}
		cs.years = map[model.SchoolYear]bool{}
	}
	if cs.records[kind] == nil {
		cs.records[kind] = map[model.ID]written{}
	}
	cs.records[kind][id] = written{data: data, deleted: deleted}
	for _, y := range years {
		cs.years[y] = true
	}
}

// setting notes a written setting.
func (cs *changeSet) setting(key string) {
	if cs.settings == nil {
		cs.settings = map[string]bool{}
	}
	cs.settings[key] = true
}

// empty reports whether the transaction changed nothing a subscriber sees (e.g. only a blob).
func (cs *changeSet) empty() bool {
	return !cs.reset && len(cs.records) == 0 && len(cs.settings) == 0
}

// change is the Change of the committed set, numbered seq.
func (cs *changeSet) change(seq uint64) Change {
	c := Change{Seq: seq, Reset: cs.reset, AllYears: cs.allYears}
	for y := range cs.years {
		c.Years = append(c.Years, y)
	}
	slices.Sort(c.Years)
	for kind, ids := range cs.records {
		if c.Kinds == nil {
			c.Kinds = map[model.Kind][]model.ID{}
		}
		for id, w := range ids {
			c.Kinds[kind] = append(c.Kinds[kind], id)
			if w.deleted {
				if c.Deleted == nil {
					c.Deleted = map[model.Kind][]model.ID{}
				}
				c.Deleted[kind] = append(c.Deleted[kind], id)
			}
		}
		slices.Sort(c.Kinds[kind])
		slices.Sort(c.Deleted[kind])
	}
	for k := range cs.settings {
		c.Settings = append(c.Settings, k)
	}
	slices.Sort(c.Settings)
	return c
}

// notifier hands each commit's Change to the subscribers, one Change at a time and in commit
// order. The changes are queued while the writer still holds the write lock (so the queue is in
// commit order) and delivered after it lets go, by whichever goroutine is not delivering yet: a
// subscriber may therefore read and write the file itself — its own commit is queued and told
// after the current delivery, never nested inside it.
type notifier struct {
	mu         sync.Mutex
	subs       map[uint64]func(Change)
	nextID     uint64
	queue      []Change
	delivering bool
}

// Subscribe calls fn after every commit with what it changed, until cancel is called.
//
// fn is called in commit order, one call at a time (never concurrently), usually on the
// goroutine that committed, before its Update returns; a commit made by fn itself, or by another
// goroutine during a delivery, is told after the call under way returns. LiveYear already shows
// the change when fn is called. fn may read and write the file; it should return quickly (a
// screen hands the change to its UI thread with fyne.Do). A delivery already under way may call
// fn once more after cancel.
func (db *DB) Subscribe(fn func(Change)) (cancel func()) {
	n := &db.notify
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.subs == nil {
		n.subs = map[uint64]func(Change){}
	}
	id := n.nextID
	n.nextID++
	n.subs[id] = fn
	return func() {
		n.mu.Lock()
		defer n.mu.Unlock()
		delete(n.subs, id)
	}
}

// enqueue adds a committed change; the caller holds the DB's write lock.
func (n *notifier) enqueue(c Change) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if len(n.subs) > 0 {
		n.queue = append(n.queue, c)
	}
}

// deliver tells the subscribers the queued changes, unless another call is already doing so.
func (n *notifier) deliver() {
	for {
		n.mu.Lock()
		if n.delivering || len(n.queue) == 0 {
			n.mu.Unlock()
			return
		}
		n.delivering = true
		c := n.queue[0]
		n.queue = n.queue[1:]
		ids := make([]uint64, 0, len(n.subs))
		for id := range n.subs {
			ids = append(ids, id)
		}
		slices.Sort(ids) // in the order they subscribed
		fns := make([]func(Change), len(ids))
		for i, id := range ids {
			fns[i] = n.subs[id]
		}
		n.mu.Unlock()
		func() {
			defer func() { // also when a subscriber panics: later commits must still be told
				n.mu.Lock()
				n.delivering = false
				n.mu.Unlock()
			}()
			for _, fn := range fns {
				fn(c)
			}
		}()
	}
}
