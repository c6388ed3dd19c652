// A fixed-length piece of a glob: literal characters, `?` and segment `?` (one character
// other than ":"), as it stands between two free stars. Finding its leftmost occurrence by
// trying each start and comparing costs |piece| per start, |piece| x |value| in all (a piece
// of 5,000 `a?` on 16 KB of "a" took seconds). Shift-And (Baeza-Yates and Gonnet) instead
// keeps, as a bitset of 32-bit words, which prefixes of the piece end at the current
// character and advances all of them with one shift and one AND per word: |value| x
// ceil(|piece| / 32) word operations, whatever the text. Compiling costs one mask per
// distinct letter of the piece: distinct letters x ceil(|piece| / 32) words.

import { ANY_ONE, SEGMENT_ONE } from './glob-codes'

const COLON = 58

/** Whether the piece matches `v` starting at `at` (the caller checks it fits). */
export type PieceAt = (v: string, at: number) => boolean
/** The leftmost start >= `from` of an occurrence of the piece that ends by `end`, or -1. */
export type PieceSearch = (v: string, from: number, end: number) => number

export function pieceAt(codes: readonly number[]): PieceAt {
  const program = Int32Array.from(codes)
  return (v, at) => {
    for (let k = 0; k < program.length; k++) {
      const code = program[k]
      const c = v.charCodeAt(at + k)
      if (code !== c && code !== ANY_ONE && (code !== SEGMENT_ONE || c === COLON)) return false
    }
    return true
  }
}

/**
 * Bit k of a character's mask is set when piece position k accepts that character. Only the
 * piece's own letters and ":" have a mask of their own; any other character is accepted
 * exactly where the piece has a `?` or a segment `?`.
 */
export function shiftAndSearch(codes: readonly number[]): PieceSearch {
  const m = codes.length
  const words = Math.ceil(m / 32)
  const newMask = () => new Int32Array(words)
  const setBit = (mask: Int32Array, k: number) => (mask[k >>> 5] |= 1 << (k & 31))
  const other = newMask()
  const colon = newMask()
  const masks = new Map<number, Int32Array>([[COLON, colon]])
  for (let k = 0; k < m; k++) {
    const code = codes[k]
    if (code === ANY_ONE) setBit(colon, k)
    if (code === ANY_ONE || code === SEGMENT_ONE) setBit(other, k)
    else if (code >= 0 && !masks.has(code)) masks.set(code, newMask())
  }
  for (const [c, mask] of masks) if (c !== COLON) mask.set(other)
  for (let k = 0; k < m; k++) if (codes[k] >= 0) setBit(masks.get(codes[k])!, k)
  const lastWord = words - 1
  const lastBit = 1 << ((m - 1) & 31)
  return (v, from, end) => {
    const state = newMask()
    for (let j = from; j < end; j++) {
      const mask = masks.get(v.charCodeAt(j)) ?? other
      // state = ((state << 1) | 1) & mask, the shift carried across words.
      let carry = 1
      for (let w = 0; w < words; w++) {
        const s = state[w]
        state[w] = ((s << 1) | carry) & mask[w]
        carry = s >>> 31
      }
      if (state[lastWord] & lastBit) return j + 1 - m
    }
    return -1
  }
}
