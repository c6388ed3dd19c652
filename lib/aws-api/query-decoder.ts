// AWS's Query protocol input: flat form parameters (`Tags.member.1.Key=a`,
// `PolicyArns.member.2=arn`) into the nested shape each lib/iam operation validates.
// `member.N` makes a list (1-based, as AWS numbers them); any other dot nests a
// structure. Numbers and booleans are typed by the member's name: every IAM/STS
// member of those types is listed here, so a user name "123" stays a string.
import { QueryApiError } from './query-api-error'

/** Bounded work: AWS's own limit on a request's parameters is far above any IAM call's. */
export const MAX_QUERY_PARAMETERS = 1000
const MAX_DEPTH = 6
const MAX_LIST_INDEX = 1000

const INTEGER_MEMBERS = new Set([
  'MaxItems', 'MaxResults', 'MaxSessionDuration', 'MinimumPasswordLength', 'MaxPasswordAge', 'PasswordReusePrevention', 'DurationSeconds', 'AuthenticationCode1Value',
])
const BOOLEAN_MEMBERS = new Set([
  'SetAsDefault', 'PasswordResetRequired', 'RequireSymbols', 'RequireNumbers', 'RequireUppercaseCharacters', 'RequireLowercaseCharacters',
  'AllowUsersToChangePassword', 'HardExpiry', 'OnlyAttached',
])

export interface DecodedQuery {
  action: string | undefined
  version: string | undefined
  input: Record<string, unknown>
}

type Node = Record<string, unknown> | unknown[]

export function decodeQuery(params: Iterable<[string, string]>): DecodedQuery {
  const input: Record<string, unknown> = {}
  let action: string | undefined
  let version: string | undefined
  let count = 0
  for (const [name, value] of params) {
    if (++count > MAX_QUERY_PARAMETERS) throw new QueryApiError('ValidationError', `The request has more than ${MAX_QUERY_PARAMETERS} parameters.`)
    if (name === 'Action') action = value
    else if (name === 'Version') version = value
    else if (!name.startsWith('X-Amz-')) place(input, name.split('.'), value)
  }
  return { action, version, input: lists(input) as Record<string, unknown> }
}

function place(root: Record<string, unknown>, path: string[], value: string): void {
  if (path.length > MAX_DEPTH || path.some((p) => p === '' || p === '__proto__' || p === 'constructor' || p === 'prototype')) {
    throw new QueryApiError('MalformedQueryString', `Parameter name ${path.join('.')} is not valid.`)
  }
  let node: Record<string, unknown> = root
  for (let i = 0; i < path.length - 1; i++) {
    let key = path[i]!
    // `X.member.N`: the list's N-th member; kept as a keyed object until the end so the order of parameters does not matter.
    if (key === 'member' || key === 'entry') {
      const index = path[i + 1]
      if (index === undefined || !/^[1-9]\d{0,3}$/.test(index) || Number(index) > MAX_LIST_INDEX) {
        throw new QueryApiError('MalformedQueryString', `Parameter name ${path.join('.')} has a list index that is not a number from 1 to ${MAX_LIST_INDEX}.`)
      }
      key = `\u0000${index}`
      i++
      if (i === path.length - 1) {
        node[key] = value
        return
      }
    }
    const next = node[key]
    if (typeof next === 'string') throw new QueryApiError('MalformedQueryString', `Parameter ${path.join('.')} is both a value and a structure.`)
    node = (next as Record<string, unknown> | undefined) ?? (node[key] = {})
  }
  const leaf = path[path.length - 1]!
  if (leaf === 'member') throw new QueryApiError('MalformedQueryString', `Parameter name ${path.join('.')} has no list index.`)
  node[leaf] = typed(leaf, value)
}

function typed(name: string, value: string): unknown {
  if (INTEGER_MEMBERS.has(name) && /^-?\d{1,15}$/.test(value)) return Number(value)
  if (BOOLEAN_MEMBERS.has(name) && (value === 'true' || value === 'false')) return value === 'true'
  return value
}

/** Objects whose keys are all list indices become arrays ordered by index; `X.member` with no members is an empty list. */
function lists(node: unknown): unknown {
  if (typeof node !== 'object' || node === null) return node
  const entries = Object.entries(node as Record<string, unknown>)
  const indexed = entries.filter(([k]) => k.startsWith('\u0000'))
  if (indexed.length > 0 && indexed.length === entries.length) {
    return indexed.sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1))).map(([, v]) => lists(v))
  }
  const out: Node = {}
  for (const [k, v] of entries) (out as Record<string, unknown>)[k] = lists(v)
  return out
}
