// Package assets embeds the files the application ships: the rule profiles, and (in other
// files) fonts, translations and the icon.
package assets

import (
	"embed"
	"strings"
)

// Profiles holds the rule profiles shipped with the application, as profiles/<id>.json.
//
//go:embed profiles/*.json
var Profiles embed.FS

// DefaultProfileID is the profile a new school year runs under: „Твоят час – фаза І“.
const DefaultProfileID = "tvoyat-chas-1"

// DefaultProfile returns the JSON of the default rule profile; model.ParseProfile reads it.
func DefaultProfile() []byte {
	b, err := Profiles.ReadFile("profiles/" + DefaultProfileID + ".json")
	if err != nil {
		// The file is embedded at build time: a missing one is a broken build, not a user error.
		panic("assets: default rule profile missing: " + err.Error())
	}
	return b
}

// Profile returns the JSON of the shipped rule profile with the ID, if the application has it.
func Profile(id string) ([]byte, bool) {
	if id == "" || strings.ContainsAny(id, "/\\.") {
		return nil, false
	}
	b, err := Profiles.ReadFile("profiles/" + id + ".json")
	return b, err == nil
}
