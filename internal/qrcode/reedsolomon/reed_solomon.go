// go-qrcode
// Copyright 2014 Tom Harwood

// Package reedsolomon provides error correction encoding for QR Code 2005.
//
// QR Code 2005 uses a Reed-Solomon error correcting code to detect and correct
// errors encountered during decoding.
//
// The generated RS codes are systematic, and consist of the input data with
// error correction bytes appended.
package reedsolomon

import (
	"log"
	"sync"

	bitset "github.com/tvoyatchas/tvoyatchas/internal/qrcode/bitset"
)

// Encode data for QR Code 2005 using the appropriate Reed-Solomon code.
//
// numECBytes is the number of error correction bytes to append, and is
// determined by the target QR Code's version and error correction level.
//
// ISO/IEC 18004 table 9 specifies the numECBytes required. e.g. a 1-L code has
// numECBytes=7.
func Encode(data *bitset.Bitset, numECBytes int) *bitset.Bitset {
	// Local change (app): the remainder of data(x)·x^n divided by the generator is worked out
	// by the usual shift register over the data bytes, with the generator worked out once per
	// degree, instead of polynomials allocated for every term of every step. The bytes are
	// the same (internal/qrcode's TestSameSymbolsAsUpstream).
	generator := generatorCoefficients(numECBytes)
	ec := make([]byte, numECBytes)
	terms := newGFPolyFromData(data).term // term[i] is x^i's: the first byte is the highest
	for i := len(terms) - 1; i >= 0; i-- {
		factor := gfElement(terms[i]) ^ gfElement(ec[0])
		copy(ec, ec[1:])
		ec[numECBytes-1] = 0
		if factor == gfZero {
			continue
		}
		for k, g := range generator {
			ec[k] ^= byte(gfMultiply(g, factor))
		}
	}

	// Combine the data & error correcting bytes.
	// The mathematically correct answer is:
	//
	//	result := gfPolyAdd(ecpoly, remainder).
	//
	// The encoding used by QR Code 2005 is slightly different this result: To
	// preserve the original |data| bit sequence exactly, the data and remainder
	// are combined manually below. This ensures any most significant zero bits
	// are preserved (and not optimised away).
	result := bitset.Clone(data)
	result.AppendBytes(ec)

	return result
}

// generators are the generator polynomials' coefficients by degree, each worked out once.
var generators sync.Map // int → []gfElement

// generatorCoefficients returns the coefficients of the generator polynomial of the degree
// below its leading 1, the highest first: those of x^(degree-1) down to x^0.
func generatorCoefficients(degree int) []gfElement {
	if g, ok := generators.Load(degree); ok {
		return g.([]gfElement)
	}
	poly := rsGeneratorPoly(degree)
	g := make([]gfElement, degree)
	for k := range g {
		g[k] = poly.term[degree-1-k]
	}
	generators.Store(degree, g)
	return g
}

// rsGeneratorPoly returns the Reed-Solomon generator polynomial with |degree|.
//
// The generator polynomial is calculated as:
// (x + a^0)(x + a^1)...(x + a^degree-1)
func rsGeneratorPoly(degree int) gfPoly {
	if degree < 2 {
		log.Panic("degree < 2")
	}

	generator := gfPoly{term: []gfElement{1}}

	for i := 0; i < degree; i++ {
		nextPoly := gfPoly{term: []gfElement{gfExpTable[i], 1}}
		generator = gfPolyMultiply(generator, nextPoly)
	}

	return generator
}
