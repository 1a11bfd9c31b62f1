package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"golang.org/x/term"

	"github.com/tvoyatchas/tvoyatchas/store"
)

// The data file is encrypted (issue #13); tchas unlocks it with, in this order, the first line
// of --passphrase-file, the environment variable TCHAS_PASSPHRASE (for scripts and CI), or the
// passphrase typed at a terminal prompt. A plain file opened with a passphrase is encrypted then,
// and its recovery key printed once.
const (
	envPassphrase = store.EnvPassphrase
	// demoPassphrase is the demo's when TCHAS_PASSPHRASE is not set: printed by tchas demo and
	// shown by the application, it guards nothing but a generated school.
	demoPassphrase = store.DemoPassphrase
	promptTries    = 3
)

// passphraseFlag adds --passphrase-file to a command that opens a data file (dbFlag calls it).
func passphraseFlag(fs *flag.FlagSet) {
	fs.String("passphrase-file", "", "файл, чийто първи ред е паролата на файла с данни (иначе: променливата "+envPassphrase+" или въпрос в терминала)")
}

// notePassphraseFile keeps --passphrase-file of a parsed flag set for the command's open.
func (m *Main) notePassphraseFile(fs *flag.FlagSet) {
	if f := fs.Lookup("passphrase-file"); f != nil {
		m.passFile = f.Value.String()
	}
}

// givenPassphrase returns the passphrase of --passphrase-file or TCHAS_PASSPHRASE; nil when
// neither is given.
func (m *Main) givenPassphrase() ([]byte, error) {
	if m.passFile != "" {
		raw, err := os.ReadFile(m.passFile)
		if err != nil {
			return nil, usageErr(fmt.Sprintf("файлът с паролата „%s“ не може да бъде прочетен: проверете пътя", m.passFile), err)
		}
		line, _, _ := bytes.Cut(raw, []byte("\n"))
		if line = bytes.TrimRight(line, "\r"); len(line) == 0 {
			return nil, usageErr(fmt.Sprintf("първият ред на файла с паролата „%s“ е празен", m.passFile), errors.New("empty passphrase file"))
		}
		return line, nil
	}
	if v := os.Getenv(envPassphrase); v != "" {
		return []byte(v), nil
	}
	return nil, nil
}

// prompt asks for the passphrase of the file at path on the terminal, without echo; ok is false
// when there is no terminal to ask at (a script: it must give the passphrase another way).
func (m *Main) prompt(path string) (pass []byte, ok bool, err error) {
	if m.Prompt != nil {
		return m.Prompt(path)
	}
	fd := int(os.Stdin.Fd())
	if !term.IsTerminal(fd) {
		return nil, false, nil
	}
	fmt.Fprintf(m.Stderr, "Парола за „%s“: ", filepath.Base(path))
	pass, err = term.ReadPassword(fd)
	fmt.Fprintln(m.Stderr)
	return pass, err == nil, err
}

// openStore opens the data file at path unlocked: with the passphrase given, else asked at the
// terminal — again after a wrong one, up to three tries, each costing only the key derivation.
// The error is store.Open's (openErr words it).
func (m *Main) openStore(path string, opts store.Options) (*store.DB, error) {
	pass, err := m.givenPassphrase()
	if err != nil {
		return nil, err
	}
	opts.Passphrase = pass
	db, err := store.Open(path, opts)
	asking := pass == nil && errors.Is(err, store.ErrPassphraseRequired)
	for try := 0; asking && try < promptTries; try++ {
		if try > 0 {
			fmt.Fprintf(m.Stderr, "tchas: %s\n", userMsg(err))
		}
		typed, ok, perr := m.prompt(path)
		if perr != nil || !ok {
			break
		}
		opts.Passphrase = typed
		db, err = store.Open(path, opts)
		asking = errors.Is(err, store.ErrWrongPassphrase)
	}
	if err != nil {
		return nil, err
	}
	m.unlocked = opts.Passphrase
	m.noteKeys(db)
	return db, nil
}

// noteKeys prints, once, the recovery key of a file encrypted just now, or warns that the file
// is still in clear.
func (m *Main) noteKeys(db *store.DB) {
	name := filepath.Base(db.Path())
	switch {
	case db.RecoveryKey() != "":
		fmt.Fprintf(m.Stderr, "tchas: файлът „%s“ е шифриран. Ключ за възстановяване — показва се само сега: отпечатайте го и го пазете в сейфа на училището; "+
			"с него файлът се отваря, ако паролата бъде забравена:\n\n    %s\n\n", name, db.RecoveryKey())
	case !db.Encrypted():
		fmt.Fprintf(m.Stderr, "tchas: внимание: файлът „%s“ не е шифриран: задайте парола с %s или --passphrase-file и той ще бъде шифриран при следващото отваряне\n",
			name, envPassphrase)
	}
}

// checkOptions are the options CheckFileWith unlocks a file with: the passphrase given, if any
// (a check without it sees only the form of an encrypted file's values).
func (m *Main) checkOptions() (store.Options, error) {
	pass, err := m.givenPassphrase()
	return store.Options{Passphrase: pass}, err
}
