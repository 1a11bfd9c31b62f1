package model_test

import (
	"strings"
	"testing"
	"time"

	"github.com/tvoyatchas/tvoyatchas/model"
	"github.com/tvoyatchas/tvoyatchas/model/demo"
)

// TestText_FindingsInEnglish: every finding of a demo year with its problems carries its format
// and arguments, reads the same in Bulgarian, and has an English text.
func TestText_FindingsInEnglish(t *testing.T) {
	d := demo.Generate(demo.Options{Students: 120, Seed: 11})
	fs := model.Check(profile(t), d, model.NewDate(2026, time.March, 2))
	if len(fs) == 0 {
		t.Fatal("the demo year has no findings to translate")
	}
	seen := map[model.Code]bool{}
	for _, f := range fs {
		if f.Format == "" {
			t.Errorf("%s: finding with no format: %q", f.Code, f.Msg)
			continue
		}
		if f.Text(model.LangBulgarian) != f.Msg {
			t.Errorf("%s: the Bulgarian text %q is not the message %q", f.Code, f.Text(model.LangBulgarian), f.Msg)
		}
		if en := f.Text(model.LangEnglish); en == f.Msg || strings.Contains(en, "%!") {
			t.Errorf("%s: English text %q", f.Code, en)
		}
		seen[f.Code] = true
	}
	t.Logf("%d findings of %d codes", len(fs), len(seen))
}

// TestText_ErrorsInEnglish: validation errors render in English with their labels translated;
// a message written whole (no format) stays Bulgarian rather than vanish.
func TestText_ErrorsInEnglish(t *testing.T) {
	err := (&model.Student{Year: 2025, Grade: 5}).Validate()
	en := model.ErrorText(err, model.LangEnglish)
	if !strings.Contains(en, "fill in “First name”") || !strings.Contains(en, "fill in “Last name”") {
		t.Fatalf("English text %q", en)
	}
	if bg := model.ErrorText(err, model.LangBulgarian); !strings.Contains(bg, "попълнете „Име“") {
		t.Fatalf("Bulgarian text %q", bg)
	}
	whole := &model.Error{Code: model.CodeInvalid, Msg: "ред 3: невалидна стойност"}
	if got := whole.Text(model.LangEnglish); got != whole.Msg {
		t.Fatalf("a message with no format reads %q in English", got)
	}
	if got := model.ErrorText(model.ErrNoYear(), model.LangEnglish); got != "Enter the school and the school year in the section School." {
		t.Fatalf("ErrNoYear in English: %q", got)
	}
}
