package version

import "testing"

func TestParts(t *testing.T) {
	cases := []struct {
		in      string
		a, b, c int
		ok      bool
	}{
		{"0.2.0", 0, 2, 0, true},
		{"v1.3.12", 1, 3, 12, true},
		{"0.2.0-dev+g1a2b3c4", 0, 2, 0, true},
		{"0.2.0+g1a2b3c4", 0, 2, 0, true},
		{"65535.0.1", 65535, 0, 1, true},
		{"65536.0.1", 0, 0, 0, false}, // Windows keeps 16 bits a part
		{"1.2", 0, 0, 0, false},
		{"devel", 0, 0, 0, false},
		{"1.x.3", 0, 0, 0, false},
	}
	for _, c := range cases {
		a, b, cc, ok := Parts(c.in)
		if ok != c.ok || a != c.a || b != c.b || cc != c.c {
			t.Errorf("Parts(%q) = %d.%d.%d %v, want %d.%d.%d %v", c.in, a, b, cc, ok, c.a, c.b, c.c, c.ok)
		}
	}
	if got := Windows("0.2.0-dev+gabc", 7); got != "0.2.0.7" {
		t.Errorf("Windows = %s", got)
	}
	if got := Windows("devel", 3); got != "0.0.0.3" {
		t.Errorf("Windows(devel) = %s", got)
	}
}

func TestStringUsesLinkerValue(t *testing.T) {
	defer func(old string) { number = old }(number)
	number = "9.8.7+gdead"
	if String() != "9.8.7+gdead" {
		t.Errorf("String() = %s", String())
	}
	number = ""
	if String() == "" {
		t.Error("String() empty without the linker's value")
	}
}
