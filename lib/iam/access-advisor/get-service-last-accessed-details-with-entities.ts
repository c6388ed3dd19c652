// GetServiceLastAccessedDetailsWithEntities (IAM API Reference): for one service of a
// job's report, each user or role that counted for the job's entity (a group's members,
// a policy's users and roles) and when it last attempted the service, within the
// tracking period before the job was made, as the job recorded it. Most recent first,
// then the entities that did not attempt it, by ARN. Resource "*": no resource type (Service Authorization Reference).
import { z } from 'zod'
import { page } from '../dto'
import { IamError } from '../errors'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems } from '../schemas'
import type { CountedEntity } from './access-advisor-entity'
import { requireJob, ZJobId } from './service-last-accessed-job'

// serviceNamespaceType: 1 to 64 characters of [\w-].
export const ZServiceNamespace = z
  .string()
  .min(1, { error: 'Member must have length greater than or equal to 1' })
  .max(64, { error: 'Member must have length less than or equal to 64' })
  .regex(/^[\w-]+$/, { error: 'Member must satisfy regular expression pattern: [\\w-]*' })

export const ZGetServiceLastAccessedDetailsWithEntitiesInput = z
  .object({ JobId: ZJobId, ServiceNamespace: ZServiceNamespace, MaxItems: ZMaxItems.optional(), Marker: ZMarker.optional() })
  .strict()

export type TGetServiceLastAccessedDetailsWithEntitiesInput = z.input<typeof ZGetServiceLastAccessedDetailsWithEntitiesInput>

export interface EntityDetails {
  EntityInfo: CountedEntity
  LastAuthenticated?: string
}

export interface GetServiceLastAccessedDetailsWithEntitiesResponse {
  JobStatus: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED'
  JobCreationDate: string
  JobCompletionDate: string
  EntityDetailsList: EntityDetails[]
  IsTruncated: boolean
  Marker?: string
}

export const getServiceLastAccessedDetailsWithEntities = defineIamOperation({
  name: 'GetServiceLastAccessedDetailsWithEntities',
  readOnly: true,
  input: ZGetServiceLastAccessedDetailsWithEntitiesInput,
  resource: () => '*',
  async run(tx, input, caller): Promise<GetServiceLastAccessedDetailsWithEntitiesResponse> {
    const job = await requireJob(tx, caller, input.JobId)
    if (!job.services.some((s) => s.ServiceNamespace === input.ServiceNamespace)) {
      throw new IamError('InvalidInput', `The service namespace ${input.ServiceNamespace} is not in the report of job ${job.id}: its policies allow no action of that service.`, { field: 'ServiceNamespace' })
    }
    const last = job.entities.lastAccess[input.ServiceNamespace] ?? {}
    const details = job.entities.entities
      .map((e): EntityDetails & { time: number } => {
        const t = last[e.Id]
        return { EntityInfo: e, ...(t ? { LastAuthenticated: t } : {}), time: t ? new Date(t).getTime() : -Infinity }
      })
      .sort((a, b) => b.time - a.time || a.EntityInfo.Arn.localeCompare(b.EntityInfo.Arn))
      .map(({ time: _time, ...d }) => d)
    const { items, ...more } = page(details, input.Marker, input.MaxItems)
    return {
      JobStatus: job.status,
      JobCreationDate: job.createdAt.toISOString(),
      JobCompletionDate: job.completedAt.toISOString(),
      EntityDetailsList: items,
      ...more,
    }
  },
})
