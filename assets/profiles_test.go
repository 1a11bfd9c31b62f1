package assets_test

import (
	"io/fs"
	"testing"

	"github.com/tvoyatchas/tvoyatchas/assets"
	"github.com/tvoyatchas/tvoyatchas/model"
)

func TestDefaultProfile_Parses(t *testing.T) {
	p, err := model.ParseProfile(assets.DefaultProfile())
	if err != nil {
		t.Fatalf("the embedded default profile is refused: %v", err)
	}
	if p.ID != assets.DefaultProfileID {
		t.Errorf("profile id = %q, want %q", p.ID, assets.DefaultProfileID)
	}
}

func TestProfiles_AllParse(t *testing.T) {
	files, err := fs.Glob(assets.Profiles, "profiles/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no embedded profiles: %v", err)
	}
	for _, f := range files {
		b, err := assets.Profiles.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := model.ParseProfile(b); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}
