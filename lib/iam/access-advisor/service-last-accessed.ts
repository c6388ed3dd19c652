// Access Advisor's report: for each service the entity's permissions policies allow, the
// most recent attempt to use it by a user or role that counts for the entity, from the
// recorded events. "The service last accessed data includes all attempts to access an
// AWS API, not just the successful ones" (GenerateServiceLastAccessedDetails), so denied
// and invalid calls count; "AWS does not report unauthenticated requests"
// (ServiceLastAccessed), so only events with an IAM entity behind them do (entityId:
// neither the root user nor sign-in attempts). Attempts older than the tracking period
// (IAM "reports activity for at least the last 400 days") are not reported.
import type { Db, DbTransaction } from '@/lib/db/client'
import { allowedServices } from '@/lib/policy/summary'
import { REGION } from '../events/cloudtrail-event'
import type { AccessAdvisorEntity, CountedEntity } from './access-advisor-entity'

type Reader = Db | DbTransaction

export const TRACKING_PERIOD_DAYS = 400
const DAY_MS = 24 * 60 * 60 * 1000

export const trackingPeriodStart = (now: Date) => new Date(now.getTime() - TRACKING_PERIOD_DAYS * DAY_MS)

// "IAM action last accessed information services and actions": AWS tracks actions of
// IAM, EC2, Lambda and S3; of those, only IAM's calls reach this sandbox.
export const ACTION_TRACKED_SERVICES: ReadonlySet<string> = new Set(['iam'])

export type Granularity = 'SERVICE_LEVEL' | 'ACTION_LEVEL'

export interface TrackedActionLastAccessed {
  ActionName: string
  LastAccessedEntity?: string
  LastAccessedTime?: string
  LastAccessedRegion?: string
}

export interface ServiceLastAccessed {
  ServiceName: string
  ServiceNamespace: string
  LastAuthenticated?: string
  LastAuthenticatedEntity?: string
  LastAuthenticatedRegion?: string
  TotalAuthenticatedEntities: number
  TrackedActionsLastAccessed?: TrackedActionLastAccessed[]
}

/** "iam.amazonaws.com" -> "iam": every recorded event source is <namespace>.amazonaws.com. */
export const eventSourceOf = (namespace: string) => `${namespace}.amazonaws.com`
const namespaceOf = (eventSource: string) => eventSource.slice(0, eventSource.indexOf('.'))

interface Last {
  time: Date
  entity: CountedEntity
  entities: number
}

/** The latest of each key's entries within the tracking period, and how many entities have one. */
function latestBy(rows: { entityId: string | null; key: string; time: Date | null }[], entities: Map<string, CountedEntity>, since: Date): Map<string, Last> {
  const out = new Map<string, Last>()
  for (const row of rows) {
    const entity = row.entityId ? entities.get(row.entityId) : undefined
    if (!entity || !row.time || row.time < since) continue
    const seen = out.get(row.key)
    if (!seen) out.set(row.key, { time: row.time, entity, entities: 1 })
    else {
      seen.entities++
      if (row.time > seen.time) Object.assign(seen, { time: row.time, entity })
    }
  }
  return out
}

/** When each counted entity last attempted each service it attempted (namespace -> entity id -> ISO time). */
export type LastAccessByEntity = Record<string, Record<string, string>>

export interface ServiceLastAccessedReport {
  services: ServiceLastAccessed[]
  byEntity: LastAccessByEntity
}

/**
 * The report as of `now`, services by name (the order GetServiceLastAccessedDetails pages
 * them in). The queries ask for each entity's latest event per service (and per tracked
 * action) with no time bound, and the tracking period is applied to those latest times:
 * the same answer, and it lets both databases read the entity's index alone, where a
 * time range over a year of events made SQLite scan the account's whole history.
 */
export async function serviceLastAccessedReport(db: Reader, accountId: string, entity: AccessAdvisorEntity, granularity: Granularity, now: Date): Promise<ServiceLastAccessedReport> {
  const tracked = granularity === 'ACTION_LEVEL' ? ACTION_TRACKED_SERVICES : new Set<string>()
  const services = allowedServices(entity.policies, tracked)
  const byId = new Map(entity.entities.map((e) => [e.Id, e]))
  const since = trackingPeriodStart(now)
  const where = { accountId, entityId: { in: [...byId.keys()] } }
  const [perService, perAction] = byId.size === 0 ? [[], []] : await Promise.all([
    db.auditEvent.groupBy({ by: ['entityId', 'eventSource'], where, _max: { eventTime: true } }),
    tracked.size === 0 ? [] : db.auditEvent.groupBy({ by: ['entityId', 'eventSource', 'eventName'], where: { ...where, eventSource: { in: [...tracked].map(eventSourceOf) } }, _max: { eventTime: true } }),
  ])
  const serviceRows = perService.map((r) => ({ entityId: r.entityId, key: namespaceOf(r.eventSource), time: r._max.eventTime }))
  const lastPerService = latestBy(serviceRows, byId, since)
  const lastPerAction = latestBy(perAction.map((r) => ({ entityId: r.entityId, key: `${namespaceOf(r.eventSource)}:${r.eventName}`, time: r._max.eventTime })), byId, since)
  const allowed = new Set(services.map((s) => s.prefix))
  const byEntity: LastAccessByEntity = {}
  for (const row of serviceRows) {
    if (!row.entityId || !row.time || row.time < since || !allowed.has(row.key)) continue
    ;(byEntity[row.key] ??= {})[row.entityId] = row.time.toISOString()
  }
  return {
    byEntity,
    services: services.map((s) => {
      const last = lastPerService.get(s.prefix)
      return {
        ServiceName: s.name,
        ServiceNamespace: s.prefix,
        ...(last ? { LastAuthenticated: last.time.toISOString(), LastAuthenticatedEntity: last.entity.Arn, LastAuthenticatedRegion: REGION } : {}),
        TotalAuthenticatedEntities: last?.entities ?? 0,
        ...(s.actions
          ? {
              TrackedActionsLastAccessed: s.actions.map((action) => {
                const a = lastPerAction.get(`${s.prefix}:${action}`)
                return { ActionName: action, ...(a ? { LastAccessedEntity: a.entity.Arn, LastAccessedTime: a.time.toISOString(), LastAccessedRegion: REGION } : {}) }
              }),
            }
          : {}),
      }
    }),
  }
}
