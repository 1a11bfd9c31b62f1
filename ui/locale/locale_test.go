package locale_test

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"

	_ "fyne.io/fyne/v2/lang" // initialised after this package, as in the app

	"github.com/tvoyatchas/tvoyatchas/ui/locale"
)

// The locale that rules decides, as the locale library Fyne uses reads it: C or POSIX with an
// encoding gets a LANGUAGE, a plain C, an empty environment, a real locale or a LANGUAGE already
// set are left alone (issue #17).
func TestLanguage_CWithAnEncodingGetsALanguage(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"LANG": "C.UTF-8"}, "bg"},
		{map[string]string{"LANG": "POSIX.utf8"}, "bg"},
		{map[string]string{"LANG": "C@euro"}, "bg"},
		{map[string]string{"LC_ALL": "C.UTF-8", "LANG": "bg_BG.UTF-8"}, "bg"},
		{map[string]string{"LC_MESSAGES": "C.UTF-8"}, "bg"},
		{map[string]string{"LC_ALL": "bg_BG.UTF-8", "LANG": "C.UTF-8"}, ""},
		{map[string]string{"LANG": "C"}, ""},
		{map[string]string{"LANG": "POSIX"}, ""},
		{map[string]string{}, ""},
		{map[string]string{"LANG": "bg_BG.UTF-8"}, ""},
		{map[string]string{"LANG": "Cyrl.UTF-8"}, ""},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "en"}, ""},
	} {
		if got := locale.Language(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("%v: Language = %q, want %q", c.env, got, c.want)
		}
	}
}

// A process started with LANG=C.UTF-8 logs nothing about the locale: this package's init runs
// before Fyne's lang reads it (the test binary imports both, as the app does). A control run
// with a LANGUAGE Fyne cannot parse shows the check sees the noise when there is some.
func TestQuiet_NoLocaleNoiseOnStartWithLangC(t *testing.T) {
	if os.Getenv("TCHAS_LOCALE_CHILD") != "" {
		return // the child: its init has run, its log is in its stderr
	}
	run := func(env ...string) string {
		cmd := exec.Command(os.Args[0], "-test.run=TestQuiet_NoLocaleNoiseOnStartWithLangC", "-test.count=1")
		cmd.Env = append(cleanEnv(), append([]string{"TCHAS_LOCALE_CHILD=1"}, env...)...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			t.Fatalf("the child failed: %v\n%s", err, out.String())
		}
		return out.String()
	}
	if out := run("LANG=C.UTF-8"); strings.Contains(out, "locale") {
		t.Errorf("with LANG=C.UTF-8 the start logs:\n%s", out)
	}
	// The control: a LANGUAGE Fyne cannot parse is left as it is, and is logged — the check
	// above would see the noise.
	if out := run("LANG=bg_BG.UTF-8", "LANGUAGE=C.UTF-8"); !strings.Contains(out, "Error parsing user locale") {
		t.Errorf("the control logged no locale error, so the check shows nothing:\n%s", out)
	}
}

// cleanEnv is the environment without the locale's variables.
func cleanEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		switch strings.SplitN(kv, "=", 2)[0] {
		case "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES":
		default:
			env = append(env, kv)
		}
	}
	return env
}
