package syncpack

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestMerge3(t *testing.T) {
	tests := []struct {
		name               string
		base, mine, their  string // base "": not known
		theirsWins         bool
		want               string
		conflicts, mn, thr []string
	}{
		{"DifferentFields", `{"A":1,"B":1}`, `{"A":2,"B":1}`, `{"A":1,"B":3}`, false, `{"A":2,"B":3}`, nil, []string{"A"}, []string{"B"}},
		{"NestedDifferentLeaves", `{"N":{"F":"a","L":"b"}}`, `{"N":{"F":"x","L":"b"}}`, `{"N":{"F":"a","L":"y"}}`, false, `{"N":{"F":"x","L":"y"}}`, nil, []string{"N.F"}, []string{"N.L"}},
		{"SameChangeBothSides", `{"A":1}`, `{"A":2}`, `{"A":2}`, false, `{"A":2}`, nil, nil, nil},
		{"SameFieldMineWins", `{"A":1}`, `{"A":2}`, `{"A":3}`, false, `{"A":2}`, []string{"A"}, nil, nil},
		{"SameFieldTheirsWins", `{"A":1}`, `{"A":2}`, `{"A":3}`, true, `{"A":3}`, []string{"A"}, nil, nil},
		{"NoBaseEveryDifferenceIsAConflict", "", `{"A":2,"B":1,"C":5}`, `{"A":1,"B":3,"C":5}`, true, `{"A":1,"B":3,"C":5}`, []string{"A", "B"}, nil, nil},
		{"FieldAddedByTheirs", `{"A":1}`, `{"A":1}`, `{"A":1,"B":2}`, false, `{"A":1,"B":2}`, nil, nil, []string{"B"}},
		{"FieldRemovedByMine", `{"A":1,"B":2}`, `{"A":1}`, `{"A":1,"B":2}`, true, `{"A":1}`, nil, []string{"B"}, nil},
		{"AListIsOneField", `{"D":[1,2]}`, `{"D":[1,3]}`, `{"D":[4,2]}`, false, `{"D":[1,3]}`, []string{"D"}, nil, nil},
		{"NumbersKeptAsWritten", `{"M":100000000000000001}`, `{"M":100000000000000001,"X":1}`, `{"M":100000000000000003}`, false, `{"M":100000000000000003,"X":1}`, nil, []string{"X"}, []string{"M"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var base any = unknown
			if tt.base != "" {
				var err error
				if base, err = decodeTree(json.RawMessage(tt.base)); err != nil {
					t.Fatal(err)
				}
			}
			m, err := merge3(base, json.RawMessage(tt.mine), json.RawMessage(tt.their), func(string) bool { return tt.theirsWins })
			if err != nil {
				t.Fatal(err)
			}
			if string(m.data) != tt.want {
				t.Errorf("merged %s, want %s", m.data, tt.want)
			}
			if !reflect.DeepEqual(m.conflicts, tt.conflicts) || !reflect.DeepEqual(m.mine, tt.mn) || !reflect.DeepEqual(m.theirs, tt.thr) {
				t.Errorf("conflicts %v mine %v theirs %v; want %v %v %v", m.conflicts, m.mine, m.theirs, tt.conflicts, tt.mn, tt.thr)
			}
		})
	}
}

func TestVector(t *testing.T) {
	v := func(pairs ...any) vector {
		out := vector{}
		for i := 0; i < len(pairs); i += 2 {
			out.add(vectorOf(Version{Wall: int64(pairs[i+1].(int)), Node: pairs[i].(string)}))
		}
		return out
	}
	a, b, both := v("A", 2, "B", 1), v("A", 1, "B", 3), v("A", 2, "B", 3)
	switch {
	case a.covers(b) || b.covers(a):
		t.Error("concurrent vectors cover each other")
	case !both.covers(a) || !both.covers(b) || !a.join(b).equal(both):
		t.Error("the join does not cover both")
	case !a.covers(vector{}) || vector{}.covers(a):
		t.Error("the empty vector")
	}
	raw, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var back vector
	if err := json.Unmarshal(raw, &back); err != nil || !back.equal(a) {
		t.Errorf("round trip %s: %v %v", raw, back, err)
	}
}
