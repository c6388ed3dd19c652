import type { ConditionValueType } from './condition-operator'
import { hasSixParts } from './arn/compile-arn-comparison'
import { decodeBase64 } from './binary/binary-equals'
import { parseDate } from './date/parse-date'
import { parseCidr } from './ip/parse-ip-address'
import { parseNumber } from './numeric/parse-number'

/**
 * Whether a policy value is one the operator's type can compare, with the very parsers the
 * operators use, so the validator (lib/policy/validate) flags exactly the values that can never
 * match. Values that still hold a policy variable should be skipped by the caller: they are only
 * known at evaluation time.
 */
export function isValidConditionValue(valueType: ConditionValueType, value: string): boolean {
  switch (valueType) {
    case 'string': return true
    case 'numeric': return parseNumber(value) !== undefined
    case 'date': return parseDate(value) !== undefined
    case 'boolean':
    case 'null': {
      const lower = value.toLowerCase()
      return lower === 'true' || lower === 'false'
    }
    case 'binary': return decodeBase64(value) !== undefined
    case 'ip': return parseCidr(value) !== undefined
    case 'arn': return hasSixParts(value)
  }
}
