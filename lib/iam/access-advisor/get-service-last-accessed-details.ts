// GetServiceLastAccessedDetails (IAM API Reference): a job's report, paged by
// MaxItems/Marker (default 100). Jobs complete within GenerateServiceLastAccessedDetails,
// so IN_PROGRESS is never answered. Resource "*": the action has no resource type
// (Service Authorization Reference).
import { z } from 'zod'
import { page } from '../dto'
import { defineIamOperation } from '../operation'
import { ZMarker, ZMaxItems } from '../schemas'
import type { Granularity, ServiceLastAccessed } from './service-last-accessed'
import { requireJob, ZJobId } from './service-last-accessed-job'

export const ZGetServiceLastAccessedDetailsInput = z.object({ JobId: ZJobId, MaxItems: ZMaxItems.optional(), Marker: ZMarker.optional() }).strict()

export type TGetServiceLastAccessedDetailsInput = z.input<typeof ZGetServiceLastAccessedDetailsInput>

export interface GetServiceLastAccessedDetailsResponse {
  JobStatus: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED'
  JobType: Granularity
  JobCreationDate: string
  JobCompletionDate: string
  ServicesLastAccessed: ServiceLastAccessed[]
  IsTruncated: boolean
  Marker?: string
}

export const getServiceLastAccessedDetails = defineIamOperation({
  name: 'GetServiceLastAccessedDetails',
  readOnly: true,
  input: ZGetServiceLastAccessedDetailsInput,
  resource: () => '*',
  async run(tx, input, caller): Promise<GetServiceLastAccessedDetailsResponse> {
    const job = await requireJob(tx, caller, input.JobId)
    const { items, ...more } = page(job.services, input.Marker, input.MaxItems)
    return {
      JobStatus: job.status,
      JobType: job.granularity,
      JobCreationDate: job.createdAt.toISOString(),
      JobCompletionDate: job.completedAt.toISOString(),
      ServicesLastAccessed: items,
      ...more,
    }
  },
})
