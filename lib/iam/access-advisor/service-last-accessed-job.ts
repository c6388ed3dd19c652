// A GenerateServiceLastAccessedDetails job as stored (ServiceLastAccessedJob), found by
// its JobId within the caller's account, so a JobId of another account is not there.
import { z } from 'zod'
import type { Db, DbTransaction } from '@/lib/db/client'
import type { Caller } from '../caller'
import { IamError } from '../errors'
import type { CountedEntity } from './access-advisor-entity'
import type { Granularity, LastAccessByEntity, ServiceLastAccessed } from './service-last-accessed'

// jobIDType: exactly 36 characters (a UUID).
export const ZJobId = z.string().length(36, { error: 'Member must have length 36' })

export interface StoredJob {
  id: string
  arn: string
  granularity: Granularity
  status: 'COMPLETED' | 'FAILED'
  createdAt: Date
  completedAt: Date
  services: ServiceLastAccessed[]
  /** The users and roles whose attempts counted, and when each last attempted each service. */
  entities: StoredEntities
}

export interface StoredEntities {
  entities: CountedEntity[]
  lastAccess: LastAccessByEntity
}

export async function requireJob(db: Db | DbTransaction, caller: Caller, jobId: string): Promise<StoredJob> {
  const job = await db.serviceLastAccessedJob.findFirst({ where: { id: jobId, accountId: caller.accountId } })
  if (!job) throw new IamError('NoSuchEntity', `The job with ID ${jobId} cannot be found.`, { field: 'JobId' })
  return {
    id: job.id,
    arn: job.arn,
    granularity: job.granularity as Granularity,
    status: job.status as StoredJob['status'],
    createdAt: job.createdAt,
    completedAt: job.completedAt,
    services: JSON.parse(job.services) as ServiceLastAccessed[],
    entities: JSON.parse(job.entities) as StoredEntities,
  }
}
