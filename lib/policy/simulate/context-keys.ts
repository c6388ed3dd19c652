// The context keys a set of policies uses, for GetContextKeysForCustomPolicy and
// GetContextKeysForPrincipalPolicy (IAM API Reference: "the list of context keys that are
// referenced in the input policies"). AWS's example answers a policy with Resource
// ".../table/${aws:username}" and a DateGreaterThan on aws:CurrentTime with
// ["aws:username", "aws:CurrentTime"]: policy variables count as well as condition keys,
// in the order the document names them, spelled as written. Keys are case-insensitive,
// so one key written twice in different case is listed once, as first written.
// ${*}, ${?} and ${$} are characters, not keys; 2008-10-17 policies have no variables.

import { parseTemplate } from '../match/policy-variables'
import type { Policy } from '../types'

export function contextKeysOf(policies: readonly Policy[]): string[] {
  const keys: string[] = []
  const seen = new Set<string>()
  const add = (key: string) => {
    const lower = key.toLowerCase()
    if (!seen.has(lower)) {
      seen.add(lower)
      keys.push(key)
    }
  }
  for (const policy of policies) {
    const variablesIn = (values: readonly string[] | undefined) => {
      if (policy.version !== '2012-10-17') return
      for (const value of values ?? []) for (const part of parseTemplate(value).parts) if (part.kind === 'variable') add(part.key)
    }
    for (const statement of policy.statements) {
      variablesIn(statement.resource)
      variablesIn(statement.notResource)
      for (const keyValues of Object.values(statement.condition ?? {})) {
        for (const [key, values] of Object.entries(keyValues)) {
          add(key)
          variablesIn(values)
        }
      }
    }
  }
  return keys
}
