// GenerateServiceLastAccessedDetails (IAM API Reference): a report of when the user,
// group, role or managed policy of Arn was last used to attempt each service its
// permissions policies allow, with each tracked action too for ACTION_LEVEL. The report
// is made within the call and stored as a job row, so GetServiceLastAccessedDetails finds
// it COMPLETED from any server process. Gated on the ARN (the Service Authorization
// Reference gives the action the group, policy, role and user resource types).
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { defineIamOperation } from '../operation'
import { ZArn } from '../schemas'
import { accessAdvisorResource, loadAccessAdvisorEntity } from './access-advisor-entity'
import { serviceLastAccessedReport } from './service-last-accessed'

export const ZGenerateServiceLastAccessedDetailsInput = z
  .object({ Arn: ZArn, Granularity: z.enum(['SERVICE_LEVEL', 'ACTION_LEVEL']).optional() })
  .strict()

export type TGenerateServiceLastAccessedDetailsInput = z.input<typeof ZGenerateServiceLastAccessedDetailsInput>

export interface GenerateServiceLastAccessedDetailsResponse {
  JobId: string
}

// AWS documents no lifetime for a job; old ones are removed so that every Generate does
// not grow the database for good. A week outlasts any client polling a JobId.
const JOB_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

const ENTITY_TYPES = ['user', 'group', 'role', 'policy'] as const

export const generateServiceLastAccessedDetails = defineIamOperation({
  name: 'GenerateServiceLastAccessedDetails',
  readOnly: false,
  input: ZGenerateServiceLastAccessedDetailsInput,
  resource: accessAdvisorResource(ENTITY_TYPES),
  // The report is read before the transaction (SQLite holds its write lock for a whole
  // transaction); the job is then one insert.
  async prepare(input, db, caller) {
    const now = new Date()
    const granularity = input.Granularity ?? 'SERVICE_LEVEL'
    const entity = await loadAccessAdvisorEntity(db, caller, input.Arn, ENTITY_TYPES)
    const { services, byEntity } = await serviceLastAccessedReport(db, caller.accountId, entity, granularity, now)
    return { now, granularity, arn: entity.arn, services, entities: { entities: entity.entities, lastAccess: byEntity } }
  },
  async run(tx, _input, caller, report): Promise<GenerateServiceLastAccessedDetailsResponse> {
    const id = randomUUID()
    await tx.serviceLastAccessedJob.deleteMany({ where: { accountId: caller.accountId, createdAt: { lt: new Date(report.now.getTime() - JOB_LIFETIME_MS) } } })
    await tx.serviceLastAccessedJob.create({
      data: {
        id,
        accountId: caller.accountId,
        arn: report.arn,
        granularity: report.granularity,
        status: 'COMPLETED',
        createdAt: report.now,
        completedAt: new Date(),
        services: JSON.stringify(report.services),
        entities: JSON.stringify(report.entities),
      },
      select: { id: true },
    })
    return { JobId: id }
  },
})
