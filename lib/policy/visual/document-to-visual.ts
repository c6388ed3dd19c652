// A policy document as the visual editor's model, or the reason the visual editor cannot
// show it. The rule is "nothing is lost": every element the model has no place for
// (NotAction, Principal, a second service in one statement, a wildcard action pattern,
// a condition value that is not a string, ...) makes the conversion refuse, so that
// switching to the visual editor and back never drops part of a document. The JSON
// editor keeps showing such a document.
import type { VisualCondition, VisualPolicy, VisualStatement, ToVisualResult } from './visual-model'

type JsonObject = Record<string, unknown>

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

const POLICY_KEYS = new Set(['Version', 'Id', 'Statement'])
const STATEMENT_KEYS = new Set(['Sid', 'Effect', 'Action', 'Resource', 'Condition'])

class Unshowable extends Error {}

function fail(reason: string): never {
  throw new Unshowable(reason)
}

/** A string or a list of strings, as a list; anything else refuses. */
function strings(value: unknown, what: string): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[]
  return fail(`${what} is not a string or a list of strings.`)
}

function actionsOf(value: unknown, where: string): { service: string; actions: string[] } {
  const written = strings(value, `${where}: Action`)
  if (written.length === 0) return { service: '', actions: [] }
  let service: string | undefined
  const actions: string[] = []
  for (const a of written) {
    if (a === '*') fail(`${where} names every service's actions ("*"); the visual editor shows one service per block.`)
    const colon = a.indexOf(':')
    if (colon <= 0) fail(`${where}: "${a}" is not written service:action.`)
    const prefix = a.slice(0, colon)
    const name = a.slice(colon + 1)
    if (service === undefined) service = prefix
    else if (service.toLowerCase() !== prefix.toLowerCase()) fail(`${where} names actions of more than one service (${service}, ${prefix}); the visual editor shows one service per block.`)
    if (name !== '*' && (name.includes('*') || name.includes('?'))) fail(`${where}: the action pattern "${a}" is not one action; the visual editor lists actions one by one.`)
    actions.push(name)
  }
  if (actions.includes('*') && actions.length > 1) fail(`${where} names "${service}:*" beside single actions.`)
  return { service: service!, actions }
}

function conditionsOf(value: unknown, where: string): VisualCondition[] {
  if (value === undefined) return []
  if (!isObject(value)) fail(`${where}: Condition is not an object.`)
  const out: VisualCondition[] = []
  for (const [operator, block] of Object.entries(value)) {
    if (!isObject(block)) fail(`${where}: the condition ${operator} is not an object of keys.`)
    for (const [key, values] of Object.entries(block)) {
      out.push({ operator, key, values: strings(values, `${where}: the value of ${operator} ${key}`) })
    }
  }
  return out
}

function statementOf(value: unknown, index: number): VisualStatement {
  const where = `Statement ${index + 1}`
  if (!isObject(value)) fail(`${where} is not an object.`)
  for (const key of Object.keys(value)) {
    if (!STATEMENT_KEYS.has(key)) fail(`${where} has ${key}, which the visual editor cannot show.`)
  }
  if (value.Sid !== undefined && typeof value.Sid !== 'string') fail(`${where}: Sid is not a string.`)
  if (value.Effect !== 'Allow' && value.Effect !== 'Deny') fail(`${where}: Effect is neither Allow nor Deny.`)
  if (value.Action === undefined) fail(`${where} has no Action.`)
  if (value.Resource === undefined) fail(`${where} has no Resource.`)
  const resources = strings(value.Resource, `${where}: Resource`)
  const statement: VisualStatement = {
    effect: value.Effect,
    ...actionsOf(value.Action, where),
    resources: resources.length === 1 && resources[0] === '*' ? '*' : resources,
    conditions: conditionsOf(value.Condition, where),
  }
  if (Array.isArray(statement.resources) && statement.resources.includes('*')) fail(`${where} names "*" beside other resources.`)
  if (typeof value.Sid === 'string') statement.sid = value.Sid
  return statement
}

export function documentToVisual(text: string): ToVisualResult {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return { ok: false, reason: 'The document is not valid JSON. Fix it in the JSON editor first.' }
  }
  try {
    if (!isObject(doc)) fail('The document is not a JSON object.')
    for (const key of Object.keys(doc)) if (!POLICY_KEYS.has(key)) fail(`The document has ${key}, which the visual editor cannot show.`)
    if (doc.Version !== undefined && typeof doc.Version !== 'string') fail('Version is not a string.')
    if (doc.Id !== undefined && typeof doc.Id !== 'string') fail('Id is not a string.')
    const list = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement === undefined ? fail('The document has no Statement.') : [doc.Statement]
    const policy: VisualPolicy = { statements: list.map(statementOf) }
    if (typeof doc.Version === 'string') policy.version = doc.Version
    if (typeof doc.Id === 'string') policy.id = doc.Id
    return { ok: true, policy }
  } catch (e) {
    if (e instanceof Unshowable) return { ok: false, reason: e.message }
    throw e
  }
}
