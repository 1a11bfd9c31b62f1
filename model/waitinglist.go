package model

// WaitingList is the kept waiting list of one wished interest activity: the students who wished
// it and were not placed, in the order they move in when a place frees (чл. 41, ал. 4; чл. 46).
// The assistant writes it on confirm; a school prints it and works from it.
type WaitingList struct {
	ID       ID             `json:"ID"`
	Year     SchoolYear     `json:"Year"`
	Area     ThematicArea   `json:"Area"`
	Activity string         `json:"Activity"` // the activity as the applications name it, or the wished group's name
	GroupID  ID             `json:"GroupID"`  // the wished group, when the wishes named one
	Entries  []WaitingEntry `json:"Entries"`
}

// WaitingEntry is one student on a waiting list.
type WaitingEntry struct {
	StudentID ID   `json:"StudentID"`
	Rank      int  `json:"Rank"`  // the rank of the wish: first, second or third
	Since     Date `json:"Since"` // put on the list on
}

// RecordID implements Record.
func (w *WaitingList) RecordID() ID { return w.ID }

// RecordKind implements Record.
func (w *WaitingList) RecordKind() Kind { return KindWaitingList }

// SetRecordID implements Record.
func (w *WaitingList) SetRecordID(id ID) { w.ID = id }

// SchoolYear implements YearScoped.
func (w *WaitingList) SchoolYear() SchoolYear { return w.Year }

// Validate checks the activity and that no student is on the list twice.
func (w *WaitingList) Validate() error {
	var es Errors
	if w.GroupID == "" {
		es.Add(required("Activity", "Дейност", w.Activity))
	}
	if w.Area != "" && !w.Area.Valid() {
		es.Add(Errorf(CodeInvalidArea, "Area", "непозната тематична област „%s“", w.Area))
	}
	seen := map[ID]bool{}
	for _, e := range w.Entries {
		if e.StudentID == "" || seen[e.StudentID] {
			es.Add(Errorf(CodeDuplicateEntry, "Entries", "всеки ученик е в списъка на чакащите най-много веднъж"))
			break
		}
		seen[e.StudentID] = true
	}
	return es.Err()
}

// Students returns the students of the list in order.
func (w *WaitingList) Students() []ID {
	out := make([]ID, len(w.Entries))
	for i, e := range w.Entries {
		out[i] = e.StudentID
	}
	return out
}

func (w *WaitingList) clone() WaitingList {
	c := *w
	c.Entries = append([]WaitingEntry(nil), w.Entries...)
	if w.Entries == nil {
		c.Entries = nil
	}
	return c
}
