import type { CompiledComparison } from '../condition-operator'
import { compareIPv6, parseCidr, parseIPv4, parseIPv6, type IPv6Words } from './parse-ip-address'

/**
 * Whether the request's address lies in any of the policy's CIDR blocks. Ranges are parsed once;
 * IPv4 addresses compare as numbers, IPv6 ones word by word, and an address of one family never lies
 * in a block of the other. AWS documents no special treatment of IPv4-mapped IPv6 addresses
 * (::ffff:192.0.2.1), so they are IPv6 addresses here and match only IPv6 blocks such as
 * ::ffff:0:0/96; @cloud-copilot/iam-simulate does the same. A request value that is not an address
 * (a CIDR, a host name) is invalid and never matches, negated or not.
 */
export function compileIpComparison(policyValues: readonly string[]): CompiledComparison {
  const v4First: number[] = []
  const v4Last: number[] = []
  const v6First: IPv6Words[] = []
  const v6Last: IPv6Words[] = []
  let hasInvalidPolicyValue = false
  for (const value of policyValues) {
    const range = parseCidr(value)
    if (range === undefined) hasInvalidPolicyValue = true
    else if (range.family === 4) { v4First.push(range.first); v4Last.push(range.last) }
    else { v6First.push(range.first); v6Last.push(range.last) }
  }
  return {
    compare: (value) => {
      const v4 = parseIPv4(value)
      if (v4 !== undefined) {
        for (let i = 0; i < v4First.length; i++) if (v4 >= v4First[i] && v4 <= v4Last[i]) return true
        return false
      }
      const v6 = parseIPv6(value)
      if (v6 === undefined) return undefined
      for (let i = 0; i < v6First.length; i++) {
        if (compareIPv6(v6, v6First[i]) >= 0 && compareIPv6(v6, v6Last[i]) <= 0) return true
      }
      return false
    },
    hasInvalidPolicyValue,
  }
}
