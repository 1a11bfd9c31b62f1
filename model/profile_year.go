package model

import (
	"bytes"
	"strconv"
)

// ProfileFor returns the rule profile year d runs under, as Programme.ProfileID names it: the
// profile file the year keeps (Programme.ProfileData, a successor programme's), else the profile
// of that ID shipped with the app (shipped), else — when the year names none — the default.
// Every caller (checks, budget, forms, sheets, screens) takes the year's profile from here.
func ProfileFor(d *YearData, shipped func(id string) ([]byte, bool), defaultID string) (*Profile, error) {
	id := defaultID
	if d != nil && d.Programme.ProfileID != "" {
		id = d.Programme.ProfileID
	}
	if d != nil && len(d.Programme.ProfileData) > 0 {
		p, err := ParseProfile(d.Programme.ProfileData)
		if err != nil {
			return nil, err
		}
		if p.ID != id {
			return nil, Errorf(CodeProfileMismatch, "ProfileID",
				"годината е по профил „%s“, а запазеният с нея профил с правила е „%s“: заредете профила отново", id, p.ID)
		}
		return p, nil
	}
	raw, ok := shipped(id)
	if !ok {
		return nil, Errorf(CodeUnknownProfile, "ProfileID",
			"профилът с правила „%s“ на годината не е в приложението: заредете файла му от раздел Бюджет", id)
	}
	return ParseProfile(raw)
}

// UseProfile makes year programme prog run under the profile file raw: it is read and validated
// (ParseProfile) and kept with the year, so the checks, budget, forms and packages use it. The
// programme is unchanged when raw is refused.
func UseProfile(prog *Programme, raw []byte) (*Profile, error) {
	p, err := ParseProfile(raw)
	if err != nil {
		return nil, err
	}
	prog.ProfileID, prog.ProfileData = p.ID, bytes.Clone(raw)
	return p, nil
}

// Label is how a screen names the profile: „Твоят час – фаза І (tvoyat-chas-1, версия 1)“.
func (p *Profile) Label() string {
	return p.Name + " (" + p.ID + ", версия " + strconv.Itoa(p.Version) + ")"
}

// validateProfile refuses a kept profile file that does not read or is not the year's profile.
func (p *Programme) validateProfile() error {
	if len(p.ProfileData) == 0 {
		return nil
	}
	prof, err := ParseProfile(p.ProfileData)
	if err != nil {
		return err
	}
	if prof.ID != p.ProfileID {
		return Errorf(CodeProfileMismatch, "ProfileID", "профилът с правила на годината е „%s“, а запазеният файл е на „%s“", p.ProfileID, prof.ID)
	}
	return nil
}
