// A strict RFC 8259 JSON parser that keeps the source position of every node and of
// every object key. IAM reports policy problems by line and column, and JSON.parse
// neither keeps positions nor reports duplicate keys (it silently keeps the last one),
// so the policy parser needs its own.
//
// Positions are 1-based; columns count UTF-16 code units, as editors in the console do.
// `start` is the node's first character, `end` the position just past its last one.

import type { SourcePosition } from '../types'

export type JsonNode =
  | { kind: 'object'; entries: JsonObjectEntry[]; start: SourcePosition; end: SourcePosition }
  | { kind: 'array'; items: JsonNode[]; start: SourcePosition; end: SourcePosition }
  | { kind: 'string'; value: string; start: SourcePosition; end: SourcePosition }
  | { kind: 'number'; value: number; raw: string; start: SourcePosition; end: SourcePosition }
  | { kind: 'boolean'; value: boolean; start: SourcePosition; end: SourcePosition }
  | { kind: 'null'; start: SourcePosition; end: SourcePosition }

export interface JsonObjectEntry {
  key: string
  keyStart: SourcePosition
  keyEnd: SourcePosition
  value: JsonNode
}

export type JsonParseResult =
  | { ok: true; node: JsonNode }
  | { ok: false; message: string; position: SourcePosition }

class JsonSyntaxError extends Error {
  constructor(message: string, readonly position: SourcePosition) {
    super(message)
  }
}

// Deep nesting is legal JSON but a recursive parser would overflow the stack on
// hostile input; IAM's own documents are far shallower than this.
const MAX_DEPTH = 512

export function parseJsonWithPositions(text: string): JsonParseResult {
  const p = new Parser(text)
  try {
    p.skipWhitespace()
    const node = p.parseValue(0)
    p.skipWhitespace()
    if (p.i < text.length) p.fail(`Unexpected ${p.describe()} after the JSON value`)
    return { ok: true, node }
  } catch (e) {
    if (e instanceof JsonSyntaxError) {
      return { ok: false, message: `${e.message} at line ${e.position.line}, column ${e.position.column}`, position: e.position }
    }
    throw e
  }
}

class Parser {
  i = 0
  line = 1
  lineStart = 0

  constructor(readonly text: string) {}

  pos(): SourcePosition {
    return { line: this.line, column: this.i - this.lineStart + 1 }
  }

  fail(message: string, at: SourcePosition = this.pos()): never {
    throw new JsonSyntaxError(message, at)
  }

  describe(): string {
    if (this.i >= this.text.length) return 'end of input'
    return `character ${JSON.stringify(this.text[this.i])}`
  }

  skipWhitespace(): void {
    const t = this.text
    while (this.i < t.length) {
      const c = t.charCodeAt(this.i)
      if (c === 0x20 || c === 0x09 || c === 0x0d) this.i++
      else if (c === 0x0a) {
        this.i++
        this.line++
        this.lineStart = this.i
      } else break
    }
  }

  parseValue(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail('JSON nested too deeply')
    const c = this.text[this.i]
    switch (c) {
      case '{': return this.parseObject(depth)
      case '[': return this.parseArray(depth)
      case '"': {
        const start = this.pos()
        const value = this.parseString()
        return { kind: 'string', value, start, end: this.pos() }
      }
      case 't': return this.parseLiteral('true', { kind: 'boolean', value: true })
      case 'f': return this.parseLiteral('false', { kind: 'boolean', value: false })
      case 'n': return this.parseLiteral('null', { kind: 'null' })
      default:
        if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return this.parseNumber()
        return this.fail(`Unexpected ${this.describe()}, expected a JSON value`)
    }
  }

  parseLiteral<T extends object>(word: string, node: T): JsonNode {
    const start = this.pos()
    if (this.text.startsWith(word, this.i)) {
      this.i += word.length
      return { ...node, start, end: this.pos() } as unknown as JsonNode
    }
    return this.fail(`Unexpected ${this.describe()}, expected a JSON value`)
  }

  parseNumber(): JsonNode {
    const start = this.pos()
    const t = this.text
    const from = this.i
    if (t[this.i] === '-') this.i++
    if (t[this.i] === '0') this.i++
    else if (t[this.i] >= '1' && t[this.i] <= '9') while (t[this.i] >= '0' && t[this.i] <= '9') this.i++
    else this.fail('Invalid number: expected a digit')
    if (t[this.i] === '.') {
      this.i++
      if (!(t[this.i] >= '0' && t[this.i] <= '9')) this.fail('Invalid number: expected a digit after the decimal point')
      while (t[this.i] >= '0' && t[this.i] <= '9') this.i++
    }
    if (t[this.i] === 'e' || t[this.i] === 'E') {
      this.i++
      if (t[this.i] === '+' || t[this.i] === '-') this.i++
      if (!(t[this.i] >= '0' && t[this.i] <= '9')) this.fail('Invalid number: expected a digit in the exponent')
      while (t[this.i] >= '0' && t[this.i] <= '9') this.i++
    }
    const raw = t.slice(from, this.i)
    return { kind: 'number', value: Number(raw), raw, start, end: this.pos() }
  }

  parseString(): string {
    const t = this.text
    this.i++ // opening quote
    let out = ''
    let chunkStart = this.i
    for (;;) {
      if (this.i >= t.length) this.fail('Unterminated string')
      const c = t.charCodeAt(this.i)
      if (c === 0x22) {
        out += t.slice(chunkStart, this.i)
        this.i++
        return out
      }
      if (c < 0x20) this.fail('Unescaped control character in string')
      if (c === 0x5c) {
        out += t.slice(chunkStart, this.i)
        const escAt = this.pos()
        this.i++
        const e = t[this.i]
        switch (e) {
          case '"': out += '"'; break
          case '\\': out += '\\'; break
          case '/': out += '/'; break
          case 'b': out += '\b'; break
          case 'f': out += '\f'; break
          case 'n': out += '\n'; break
          case 'r': out += '\r'; break
          case 't': out += '\t'; break
          case 'u': {
            const hex = t.slice(this.i + 1, this.i + 5)
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\u escape in string', escAt)
            out += String.fromCharCode(parseInt(hex, 16))
            this.i += 4
            break
          }
          default:
            this.fail('Invalid escape in string', escAt)
        }
        this.i++
        chunkStart = this.i
        continue
      }
      this.i++
    }
  }

  parseArray(depth: number): JsonNode {
    const start = this.pos()
    this.i++
    const items: JsonNode[] = []
    this.skipWhitespace()
    if (this.text[this.i] === ']') {
      this.i++
      return { kind: 'array', items, start, end: this.pos() }
    }
    for (;;) {
      this.skipWhitespace()
      if (this.text[this.i] === ']') this.fail('Trailing comma in array')
      items.push(this.parseValue(depth + 1))
      this.skipWhitespace()
      const c = this.text[this.i]
      if (c === ',') { this.i++; continue }
      if (c === ']') { this.i++; return { kind: 'array', items, start, end: this.pos() } }
      this.fail(`Unexpected ${this.describe()}, expected ',' or ']'`)
    }
  }

  parseObject(depth: number): JsonNode {
    const start = this.pos()
    this.i++
    const entries: JsonObjectEntry[] = []
    this.skipWhitespace()
    if (this.text[this.i] === '}') {
      this.i++
      return { kind: 'object', entries, start, end: this.pos() }
    }
    for (;;) {
      this.skipWhitespace()
      if (this.text[this.i] === '}') this.fail('Trailing comma in object')
      if (this.text[this.i] !== '"') this.fail(`Unexpected ${this.describe()}, expected a property name in double quotes`)
      const keyStart = this.pos()
      const key = this.parseString()
      const keyEnd = this.pos()
      this.skipWhitespace()
      if (this.text[this.i] !== ':') this.fail(`Unexpected ${this.describe()}, expected ':' after a property name`)
      this.i++
      this.skipWhitespace()
      const value = this.parseValue(depth + 1)
      entries.push({ key, keyStart, keyEnd, value })
      this.skipWhitespace()
      const c = this.text[this.i]
      if (c === ',') { this.i++; continue }
      if (c === '}') { this.i++; return { kind: 'object', entries, start, end: this.pos() } }
      this.fail(`Unexpected ${this.describe()}, expected ',' or '}'`)
    }
  }
}

/** Keys that occur more than once in an object, with every occurrence after the first. */
export function duplicateKeys(node: Extract<JsonNode, { kind: 'object' }>): JsonObjectEntry[] {
  const seen = new Set<string>()
  const dups: JsonObjectEntry[] = []
  for (const e of node.entries) {
    if (seen.has(e.key)) dups.push(e)
    else seen.add(e.key)
  }
  return dups
}
