// Package syncpack writes, verifies and reads the sync package: the signed ZIP in which one
// installation of the application hands its records to another (director ↔ accountant) or to the
// portal. Every byte of a package is treated as hostile until Verify has checked it.
//
// The format is described in docs/package-format.md and docs/package.schema.json.
package syncpack

import "github.com/tvoyatchas/tvoyatchas/model"

// The stable codes of the *model.Error values that Verify, Read, Write and CheckSchool return,
// declared with every other code in model/codes.go (append-only, never renamed).
const (
	CodeNotZip         = model.CodeNotZip         // the file is not a ZIP archive at all
	CodeTruncated      = model.CodeTruncated      // a ZIP that was cut short (interrupted copy)
	CodeBadName        = model.CodeBadName        // an entry name that escapes the folder or is not allowed
	CodeDuplicateEntry = model.CodeDuplicateEntry // two entries with the same name
	CodeTooLarge       = model.CodeTooLarge       // over a limit or over the size the manifest declares
	CodeZipBomb        = model.CodeZipBomb        // compressed more than Limits.MaxRatio : 1
	CodeJSONTooDeep    = model.CodeJSONTooDeep    // JSON nested deeper than Limits.MaxJSONDepth
	CodeBadJSON        = model.CodeBadJSON        // JSON that does not parse or has the wrong shape
	CodeUnknownField   = model.CodeUnknownField   // a field the format does not define
	CodeUnlistedEntry  = model.CodeUnlistedEntry  // an entry in the ZIP that the manifest does not list
	CodeMissingEntry   = model.CodeMissingEntry   // an entry the manifest lists but the ZIP lacks
	CodeBadHash        = model.CodeBadHash        // content differs from the manifest's size or SHA-256
	CodeBadSignature   = model.CodeBadSignature   // manifest.sig missing or not made by the manifest's key
	CodeNewerFormat    = model.CodeNewerFormat    // made by a newer version of the application
	CodeBadManifest    = model.CodeBadManifest    // manifest.json missing or with invalid values
	CodeUnknownKind    = model.CodeUnknownKind    // records of a kind this version does not know
	CodeBadRecord      = model.CodeBadRecord      // an envelope with invalid meta or data
	CodeOtherSchool    = model.CodeOtherSchool    // a package of another school or school year
)

// advice ends every refusal of a received package: the user cannot repair a package, only ask
// the sender for a new one.
const advice = "Поискайте от изпращача да създаде пакета отново и не го отваряйте с други програми."

// refuse builds the *model.Error of a package that cannot be accepted.
func refuse(code model.Code, format string, args ...any) *model.Error {
	e := model.Errorf(code, "", format, args...)
	e.Msg += " " + advice
	return e
}
