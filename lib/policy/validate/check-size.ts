// Policy size as AWS counts it: IAM leaves out white space, Organizations counts every character.
import type { JsonNode } from '../parse/json-with-positions'
import type { Findings } from './findings'
import type { PolicyTypeRules } from './policy-type-rules'

/** Characters of the document, without the white space between JSON tokens when `countsWhiteSpace` is false. */
export function policySize(text: string, countsWhiteSpace: boolean): number {
  if (countsWhiteSpace) return text.length
  let size = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      size++
      if (c === '\\') {
        size++
        i++
      } else if (c === '"') inString = false
    } else if (c === '"') {
      inString = true
      size++
    } else if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r') size++
  }
  return size
}

export function checkSize(text: string, ast: JsonNode | undefined, rules: PolicyTypeRules, maxLength: number | undefined, findings: Findings): void {
  const limit = maxLength ?? rules.defaultMaxLength
  if (limit === undefined) return
  const size = policySize(text, rules.countsWhiteSpace)
  if (size <= limit) return
  const at = ast ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  const counted = rules.countsWhiteSpace ? '' : ', excluding whitespace,'
  findings.error(rules.sizeIssueCode, `The characters in the ${rules.label}${counted} exceed the character maximum of ${limit} (${size} characters). We recommend that you use multiple granular policies.`, '', { start: at.start, end: at.start })
}
