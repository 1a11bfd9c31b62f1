// Package syncpack writes, verifies and reads the sync package: the signed ZIP in which one
// installation of the application hands its records to another (director ↔ accountant) or to the
// portal. Every byte of a package is treated as hostile until Verify has checked it.
//
// The format is described in docs/package-format.md and docs/package.schema.json.
package syncpack

import "github.com/tvoyatchas/tvoyatchas/model"

// The stable codes of the *model.Error values that Verify, Read, Write and CheckSchool return.
// Persisted in logs and asserted by tests: append-only, never renamed.
const (
	CodeNotZip         = "not_zip"         // the file is not a ZIP archive at all
	CodeTruncated      = "truncated"       // a ZIP that was cut short (interrupted copy)
	CodeBadName        = "bad_name"        // an entry name that escapes the folder or is not allowed
	CodeDuplicateEntry = "duplicate_entry" // two entries with the same name
	CodeTooLarge       = "too_large"       // over a limit or over the size the manifest declares
	CodeZipBomb        = "zip_bomb"        // compressed more than Limits.MaxRatio : 1
	CodeJSONTooDeep    = "json_too_deep"   // JSON nested deeper than Limits.MaxJSONDepth
	CodeBadJSON        = "bad_json"        // JSON that does not parse or has the wrong shape
	CodeUnknownField   = "unknown_field"   // a field the format does not define
	CodeUnlistedEntry  = "unlisted_entry"  // an entry in the ZIP that the manifest does not list
	CodeMissingEntry   = "missing_entry"   // an entry the manifest lists but the ZIP lacks
	CodeBadHash        = "bad_hash"        // content differs from the manifest's size or SHA-256
	CodeBadSignature   = "bad_signature"   // manifest.sig missing or not made by the manifest's key
	CodeNewerFormat    = "newer_format"    // made by a newer version of the application
	CodeBadManifest    = "bad_manifest"    // manifest.json missing or with invalid values
	CodeUnknownKind    = "unknown_kind"    // records of a kind this version does not know
	CodeBadRecord      = "bad_record"      // an envelope with invalid meta or data
	CodeOtherSchool    = "other_school"    // a package of another school or school year
)

// advice ends every refusal of a received package: the user cannot repair a package, only ask
// the sender for a new one.
const advice = "Поискайте от изпращача да създаде пакета отново и не го отваряйте с други програми."

// refuse builds the *model.Error of a package that cannot be accepted.
func refuse(code, format string, args ...any) *model.Error {
	e := model.Errorf(code, "", format, args...)
	e.Msg += " " + advice
	return e
}
