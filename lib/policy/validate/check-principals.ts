// Principal / NotPrincipal of resource-based and trust policies.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
import type { JsonNode } from '../parse/json-with-positions'
import type { Findings } from './findings'
import { stringItems } from './json-values'

const PRINCIPAL_KEYS = ['AWS', 'Service', 'Federated', 'CanonicalUser']

export function checkPrincipal(node: JsonNode, path: string, element: string, findings: Findings): void {
  if (node.kind === 'string') {
    if (node.value !== '*') {
      findings.error('INVALID_PRINCIPAL_FORMAT', `The ${element} element contents are not valid. Specify a key-value pair in the ${element} element, for example {"AWS": "123456789012"}, or "*".`, path, node)
    }
    return
  }
  if (node.kind !== 'object') return
  if (node.entries.length === 0) {
    findings.suggestion('EMPTY_OBJECT_PRINCIPAL', 'This statement includes no principals and does not affect the policy. Specify principals.', path, node)
    return
  }
  for (const e of node.entries) {
    const p = `${path}.${e.key}`
    if (!PRINCIPAL_KEYS.includes(e.key)) {
      findings.error('INVALID_PRINCIPAL_KEY', `The principal key ${e.key} is not valid. Use one of: ${PRINCIPAL_KEYS.join(', ')}.`, p, { start: e.keyStart, end: e.keyEnd })
      continue
    }
    if (e.value.kind === 'array' && e.value.items.length === 0) {
      findings.suggestion('EMPTY_ARRAY_PRINCIPAL', 'This statement includes no principals and does not affect the policy. Specify principals.', p, e.value)
      continue
    }
    for (const item of stringItems(e.value, p)) {
      const v = item.value
      if (e.key === 'AWS') {
        if (v === '*' || /^\d{12}$/.test(v)) continue
        if (/^AROA[A-Z0-9]{12,}$/.test(v)) {
          findings.warning('INVALID_ROLE_REFERENCE', 'The Principal element includes the IAM role ID. We recommend that you use a role ARN instead.', item.path, item.node)
          continue
        }
        if (/^AIDA[A-Z0-9]{12,}$/.test(v)) {
          findings.warning('INVALID_USER_REFERENCE', 'The Principal element includes the IAM user ID. We recommend that you use a user ARN instead.', item.path, item.node)
          continue
        }
        // The account field is usually 12 digits, but AWS also names principals such as
        // arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2QWRUHEXAMPLE.
        if (!/^arn:[^:]+:(iam|sts)::[^:]*:.+$/.test(v)) {
          findings.error('INVALID_PRINCIPAL_FORMAT', `The AWS principal ${v} is not valid. Use "*", a 12-digit account ID or the ARN of an account root, user, role, assumed-role session or federated user.`, item.path, item.node)
          continue
        }
      }
      if (v !== '*' && (v.includes('*') || v.includes('?')) && e.key !== 'Federated') {
        findings.error('UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'Wildcards (*, ?) are not supported with the principal key. Replace the wildcard with a valid principal value.', item.path, item.node)
      }
    }
  }
}
