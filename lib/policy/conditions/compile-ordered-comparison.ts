import type { ContextKeyType } from '../types'
import type { CompiledComparison } from './condition-operator'

export type Ordering = 'equal' | 'less' | 'lessOrEqual' | 'greater' | 'greaterOrEqual'

/** Parses a value to a number, or undefined when it is not a value of the type. */
export type NumberParser = (value: string, requestType?: ContextKeyType) => number | undefined

/**
 * Compare the request value, as a number, with the policy's values (numbers or epoch ms).
 * The OR over policy values collapses when compiling: "less than any of them" is "less than the
 * largest", so the closure does one comparison whatever the number of policy values.
 */
export function compileOrderedComparison(
  policyValues: readonly string[],
  parse: NumberParser,
  ordering: Ordering,
): CompiledComparison {
  const numbers: number[] = []
  let hasInvalidPolicyValue = false
  for (const value of policyValues) {
    const n = parse(value)
    if (n === undefined) hasInvalidPolicyValue = true
    else numbers.push(n)
  }
  const parseRequest = (value: string, type?: ContextKeyType) => parse(value, type)
  if (numbers.length === 0) {
    return { compare: (value, type) => (parseRequest(value, type) === undefined ? undefined : false), hasInvalidPolicyValue }
  }
  const max = Math.max(...numbers)
  const min = Math.min(...numbers)
  let test: (n: number) => boolean
  switch (ordering) {
    case 'equal': {
      if (numbers.length === 1) {
        const only = numbers[0]
        test = (n) => n === only
      } else {
        const set = new Set(numbers)
        test = (n) => set.has(n)
      }
      break
    }
    case 'less': test = (n) => n < max; break
    case 'lessOrEqual': test = (n) => n <= max; break
    case 'greater': test = (n) => n > min; break
    case 'greaterOrEqual': test = (n) => n >= min; break
  }
  return {
    compare: (value, type) => {
      const n = parseRequest(value, type)
      return n === undefined ? undefined : test(n)
    },
    hasInvalidPolicyValue,
  }
}
