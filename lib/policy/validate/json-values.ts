// Small readers over the positioned JSON tree from lib/policy/parse.
import type { JsonNode, JsonObjectEntry } from '../parse/json-with-positions'

export type ObjectNode = Extract<JsonNode, { kind: 'object' }>

export interface StringItem {
  value: string
  node: JsonNode
  path: string
}

/** The last entry with this exact (case-sensitive) key, as JSON.parse would keep it. */
export function entry(node: ObjectNode, key: string): JsonObjectEntry | undefined {
  let found: JsonObjectEntry | undefined
  for (const e of node.entries) if (e.key === key) found = e
  return found
}

/**
 * The strings of an element written as one string or an array of strings. Items of
 * another JSON type are skipped: parsePolicy already reports them (DATA_TYPE_MISMATCH).
 */
export function stringItems(node: JsonNode, path: string): StringItem[] {
  if (node.kind === 'string') return [{ value: node.value, node, path }]
  if (node.kind !== 'array') return []
  const out: StringItem[] = []
  node.items.forEach((item, i) => {
    if (item.kind === 'string') out.push({ value: item.value, node: item, path: `${path}[${i}]` })
  })
  return out
}

/** Condition values may be strings, numbers or booleans; the engine compares their text. */
export function conditionValueItems(node: JsonNode, path: string): StringItem[] {
  const one = (n: JsonNode, p: string): StringItem | undefined => {
    if (n.kind === 'string') return { value: n.value, node: n, path: p }
    if (n.kind === 'number') return { value: n.raw, node: n, path: p }
    if (n.kind === 'boolean') return { value: String(n.value), node: n, path: p }
    return undefined
  }
  if (node.kind !== 'array') {
    const v = one(node, path)
    return v ? [v] : []
  }
  const out: StringItem[] = []
  node.items.forEach((item, i) => {
    const v = one(item, `${path}[${i}]`)
    if (v) out.push(v)
  })
  return out
}

export function isEmptyArray(node: JsonNode): boolean {
  return node.kind === 'array' && node.items.length === 0
}

/** A canonical text of a JSON value, for comparing statements. */
export function canonical(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return `{${[...node.entries].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((e) => `${JSON.stringify(e.key)}:${canonical(e.value)}`).join(',')}}`
    case 'array':
      return `[${node.items.map(canonical).join(',')}]`
    case 'string':
      return JSON.stringify(node.value)
    case 'number':
      return node.raw
    case 'boolean':
      return String(node.value)
    case 'null':
      return 'null'
  }
}
