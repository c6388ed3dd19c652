// Every lib/iam operation is built by defineIamOperation, so the gate is structural,
// not a convention: validate input (zod, AWS's constraints) -> the gate (iam:<Name> on
// the ARN AWS authorizes against) -> for a write, one Prisma transaction holding the
// change and its audit event (reads run plain and record theirs after) -> an AWS-shaped
// DTO, or an IamError. A denied or failed call is audited too.
import type { z } from 'zod'
import type { Db, DbTransaction } from '@/lib/db/client'
import { recordAuditEvent, writeAuditEventIn, type AuditEntry } from './audit'
import type { Caller } from './caller'
import { iamDatabase } from './database'
import { IamError, isIamError } from './errors'
import { authorize, type Decision } from './gate'
import { forgetRequestMemo } from './request-memo'
import type { RequestContext } from './request-context'
import { validationErrorOf } from './schemas'
import { QueueFullError } from '@/lib/credentials/bounded-queue'

// Under a burst of writes, transactions queue: for a pooled connection on PostgreSQL (10
// per process), for SQLite's one writer, and for a parent row another call has locked
// (lib/db/lock-row.ts). Prisma's defaults (2 s to start, 5 s to finish) turned a burst of
// 200 writes into ServiceFailures; waiting longer is the answer a queue should give.
// Nothing slow runs inside a transaction (see `prepare`), so the limit still ends a
// transaction that hangs.
const WRITE_TRANSACTION_OPTIONS = { maxWait: 30_000, timeout: 15_000 }

export interface OperationDefinition<S extends z.ZodType, R, P = undefined> {
  /** The API name, e.g. "CreateUser"; the gate action is <service>:<name>. */
  name: string
  /** The service whose action it is, and whose events it records (<service>.amazonaws.com): "iam" unless given. */
  service?: 'iam' | 'cloudtrail'
  /** Get*, List*: CloudTrail's readOnly flag; mutations record their response. */
  readOnly: boolean
  input: S
  /** The ARN AWS authorizes the call against; may read the entity (its path is part of its ARN). */
  resource(db: Db, input: z.output<S>, caller: Caller): string | Promise<string>
  /**
   * Further ARNs the same action must be allowed on (AWS checks a rename "on both the
   * source object and the target object": UpdateUser, UpdateGroup). The gate is asked
   * for each, after `resource`; the first denial stops the call.
   */
  alsoAuthorize?(input: z.output<S>, resourceArn: string, caller: Caller): string[]
  /** Request-specific context keys (aws:RequestTag/*, aws:TagKeys, iam:PolicyARN, ...). */
  context?(input: z.output<S>, caller: Caller): RequestContext
  /**
   * Slow work (hashing a password, comparing it with earlier hashes), done after the
   * gate and before the transaction, with plain reads: SQLite holds its write lock for
   * a whole transaction. `run` re-reads whatever the result depends on.
   */
  prepare?(input: z.output<S>, db: Db, caller: Caller): Promise<P>
  run(tx: DbTransaction, input: z.output<S>, caller: Caller, prepared: P, decision: Decision): Promise<R>
}

export interface IamOperation<I, R> {
  (caller: Caller, input: I): Promise<R>
  readonly apiName: string
  readonly action: string
  readonly readOnly: boolean
  /**
   * Asks the gate what the call would ask (its input checks, resource, alsoAuthorize
   * and context), and runs nothing: a console workflow asks for every step before its
   * first change. `resourceArn` stands in for the operation's `resource` when an earlier
   * step creates the entity (the new user of Create user). A refusal is recorded as the
   * call's own would be, and thrown as the call would throw it.
   */
  authorizeOnly(caller: Caller, input: I, resourceArn?: string): Promise<void>
}

export function defineIamOperation<S extends z.ZodType, R, P = undefined>(def: OperationDefinition<S, R, P>): IamOperation<z.input<S>, R> {
  const service = def.service ?? 'iam'
  const action = `${service}:${def.name}`
  const eventOf = (caller: Caller, rawInput: z.input<S>, extra: Partial<AuditEntry>): AuditEntry => ({
    caller, eventName: def.name, readOnly: def.readOnly, requestParameters: rawInput, eventSource: `${service}.amazonaws.com`, ...extra,
  })
  const auditOf = (db: Db, caller: Caller, rawInput: z.input<S>) =>
    (extra: { errorCode?: string; errorMessage?: string; resources?: string[] }) => recordAuditEvent(db, eventOf(caller, rawInput, extra))
  const operation = async (caller: Caller, rawInput: z.input<S>): Promise<R> => {
    const db = iamDatabase()
    const audit = auditOf(db, caller, rawInput)

    const resources: string[] = []
    try {
      const { input, decision } = await askGate(db, caller, rawInput, resources)
      const prepared = (def.prepare ? await def.prepare(input, db, caller) : undefined) as P
      if (def.readOnly) {
        // Reads run without a transaction: on PostgreSQL it costs BEGIN and COMMIT round
        // trips and gives no snapshot across statements anyway (READ COMMITTED); IAM's
        // reads are eventually consistent in AWS too.
        const result = await def.run(db as unknown as DbTransaction, input, caller, prepared, decision)
        await audit({ resources })
        return result
      }
      // A change and its event commit together: a committed change always has its event,
      // and an event that cannot be written undoes the change instead of reporting a
      // committed change as a failure.
      return await db
        .$transaction(async (tx) => {
          const result = await def.run(tx, input, caller, prepared, decision)
          await writeAuditEventIn(tx, eventOf(caller, rawInput, { resources, responseElements: result ?? null }))
          return result
        }, WRITE_TRANSACTION_OPTIONS)
        .finally(() => forgetRequestMemo(db))
    } catch (error) {
      throw await audited(def.name, error, audit, resources)
    }
  }

  /** Input checks, then the gate for the resource and every further ARN; `resources` collects what was asked about. */
  async function askGate(db: Db, caller: Caller, rawInput: z.input<S>, resources: string[], resourceArn?: string) {
    const parsed = def.input.safeParse(rawInput ?? {})
    if (!parsed.success) throw validationErrorOf(parsed.error, rawInput)
    const input = parsed.data
    const resource = resourceArn ?? (await def.resource(db, input, caller))
    resources.push(resource)
    const context = def.context?.(input, caller) ?? {}
    const decision = await authorize(caller, action, resource, context)
    for (const other of def.alsoAuthorize?.(input, resource, caller) ?? []) {
      if (resources.includes(other)) continue
      resources.push(other)
      await authorize(caller, action, other, context)
    }
    return { input, decision }
  }

  const authorizeOnly = async (caller: Caller, rawInput: z.input<S>, resourceArn?: string): Promise<void> => {
    const db = iamDatabase()
    const resources: string[] = []
    try {
      await askGate(db, caller, rawInput, resources, resourceArn)
    } catch (error) {
      throw await audited(def.name, error, auditOf(db, caller, rawInput), resources)
    }
  }
  return Object.assign(operation, { apiName: def.name, action, readOnly: def.readOnly, authorizeOnly })
}

/** A failed call's error as IAM answers it, after its event is written (also STS's, lib/iam/sts). */
export async function audited(
  apiName: string,
  error: unknown,
  audit: (extra: { errorCode: string; errorMessage: string; resources?: string[] }) => Promise<unknown>,
  resources: string[],
): Promise<unknown> {
  const iamError = isIamError(error) ? error : asIamError(apiName, error)
  await audit({ errorCode: iamError.code, errorMessage: iamError.message, ...(resources.length ? { resources } : {}) })
  return iamError
}

/** A unique-index violation is a create that lost a race with another one for the same name. */
function asIamError(apiName: string, error: unknown): IamError {
  // IAM's answer when it is called faster than it serves (the SDKs retry it).
  if (error instanceof QueueFullError) return new IamError('Throttling', 'Rate exceeded', { cause: error })
  if (error && typeof error === 'object' && (error as { code?: unknown }).code === 'P2002') {
    return new IamError('EntityAlreadyExists', 'The request was rejected because it attempted to create a resource that already exists.', { cause: error })
  }
  // The caller sees only AWS's generic ServiceFailure; the operator needs the cause.
  console.error(`${apiName}: ServiceFailure caused by`, error)
  return new IamError('ServiceFailure', 'The request processing has failed because of an unknown error, exception or failure.', { cause: error })
}
