// The visual model written as a policy document, the way the console's visual editor writes
// one: Sid, Effect, Action, Resource, Condition in that order; a list of one as a plain
// string, an empty list as [] (so an unfinished block stays visible in the JSON).
import type { VisualPolicy, VisualStatement } from './visual-model'

type Json = string | Json[] | { [key: string]: Json }

const listOrOne = (values: readonly string[]): Json => (values.length === 1 ? values[0]! : [...values])

function statementJson(s: VisualStatement): Json {
  const out: { [key: string]: Json } = {}
  if (s.sid !== undefined) out.Sid = s.sid
  out.Effect = s.effect
  out.Action = listOrOne(s.actions.map((a) => `${s.service}:${a}`))
  out.Resource = s.resources === '*' ? '*' : listOrOne(s.resources)
  if (s.conditions.length > 0) {
    const block: { [operator: string]: { [key: string]: Json } } = {}
    for (const c of s.conditions) (block[c.operator] ??= {})[c.key] = listOrOne(c.values)
    out.Condition = block
  }
  return out
}

export function visualToDocument(policy: VisualPolicy): string {
  const doc: { [key: string]: Json } = {}
  if (policy.version !== undefined) doc.Version = policy.version
  if (policy.id !== undefined) doc.Id = policy.id
  doc.Statement = policy.statements.map(statementJson)
  return JSON.stringify(doc, null, 4)
}
