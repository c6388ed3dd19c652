import { describe, expect, it } from 'vitest'
import { parseJsonWithPositions, type JsonNode } from './json-with-positions'

function ok(text: string): JsonNode {
  const r = parseJsonWithPositions(text)
  if (!r.ok) throw new Error(r.message)
  return r.node
}

describe('parseJsonWithPositions: values', () => {
  const cases: { name: string; text: string; expected: unknown }[] = [
    { name: 'string with every escape', text: String.raw`"a\"\\\/\b\f\n\r\t\u00e9"`, expected: 'a"\\/\b\f\n\r\té' },
    { name: 'integer', text: '42', expected: 42 },
    { name: 'negative exponent number', text: '-1.5e-3', expected: -0.0015 },
    { name: 'true', text: 'true', expected: true },
    { name: 'null', text: ' null ', expected: null },
    { name: 'nested', text: '{"a":[1,{"b":"c"}],"d":{}}', expected: { a: [1, { b: 'c' }], d: {} } },
  ]
  const plain = (n: JsonNode): unknown => {
    switch (n.kind) {
      case 'object': return Object.fromEntries(n.entries.map((e) => [e.key, plain(e.value)]))
      case 'array': return n.items.map(plain)
      case 'null': return null
      default: return n.value
    }
  }
  for (const c of cases) it(c.name, () => expect(plain(ok(c.text))).toEqual(c.expected))
})

describe('parseJsonWithPositions: positions', () => {
  const text = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow"}\n  ]\n}'
  const root = ok(text)
  it('root spans the whole text', () => {
    expect(root.start).toEqual({ line: 1, column: 1 })
    expect(root.end).toEqual({ line: 6, column: 2 })
  })
  it('keys and values carry their own positions', () => {
    if (root.kind !== 'object') throw new Error('object expected')
    const [version, statement] = root.entries
    expect(version.keyStart).toEqual({ line: 2, column: 3 })
    expect(version.keyEnd).toEqual({ line: 2, column: 12 })
    expect(version.value.start).toEqual({ line: 2, column: 14 })
    expect(version.value.end).toEqual({ line: 2, column: 26 })
    if (statement.value.kind !== 'array') throw new Error('array expected')
    expect(statement.value.items[0].start).toEqual({ line: 4, column: 5 })
    expect(statement.value.items[0].end).toEqual({ line: 4, column: 24 })
  })
  it('keeps duplicate keys', () => {
    const n = ok('{"a":1,"a":2}')
    if (n.kind !== 'object') throw new Error('object expected')
    expect(n.entries.map((e) => e.key)).toEqual(['a', 'a'])
  })
})

describe('parseJsonWithPositions: syntax errors', () => {
  const cases: { name: string; text: string; line: number; column: number; message: RegExp }[] = [
    { name: 'trailing comma in an array', text: '[1,\n 2,\n]', line: 3, column: 1, message: /Trailing comma/ },
    { name: 'trailing comma in an object', text: '{"a":1,}', line: 1, column: 8, message: /Trailing comma/ },
    { name: 'comment', text: '{\n// no\n}', line: 2, column: 1, message: /property name/ },
    { name: 'single quotes', text: "{'a':1}", line: 1, column: 2, message: /property name/ },
    { name: 'missing colon', text: '{"a" 1}', line: 1, column: 6, message: /':'/ },
    { name: 'unterminated string', text: '"abc', line: 1, column: 5, message: /Unterminated/ },
    { name: 'raw newline in a string', text: '"a\nb"', line: 1, column: 3, message: /control character/ },
    { name: 'bad escape', text: '"\\x"', line: 1, column: 2, message: /Invalid escape/ },
    { name: 'leading zero', text: '01', line: 1, column: 2, message: /after the JSON value/ },
    { name: 'bare word', text: 'Allow', line: 1, column: 1, message: /expected a JSON value/ },
    { name: 'empty input', text: '', line: 1, column: 1, message: /end of input/ },
    { name: 'two values', text: '{} {}', line: 1, column: 4, message: /after the JSON value/ },
    { name: 'decimal point without digits', text: '1.', line: 1, column: 3, message: /decimal point/ },
  ]
  for (const c of cases) {
    it(c.name, () => {
      const r = parseJsonWithPositions(c.text)
      expect(r.ok).toBe(false)
      if (r.ok) return
      expect(r.position).toEqual({ line: c.line, column: c.column })
      expect(r.message).toMatch(c.message)
      expect(r.message).toContain(`line ${c.line}, column ${c.column}`)
    })
  }
  it('deep nesting is an error, not a stack overflow', () => {
    const r = parseJsonWithPositions('['.repeat(100_000))
    expect(r.ok).toBe(false)
  })
})
