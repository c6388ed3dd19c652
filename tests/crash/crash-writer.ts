// The process the crash test kills: CLIENTS concurrent clients writing through the real
// lib/iam operations (the ones the console's server actions call) against DATABASE_URL,
// each printing one JSON line per acknowledged call, i.e. after its transaction has
// committed. Writes to a pipe are synchronous on Linux, so a line that was printed is in
// the parent's pipe even when this process is SIGKILLed right after.
//
//   DATABASE_URL=... RUN=a [STOP_AFTER=100] tsx tests/crash/crash-writer.ts
//
// Without STOP_AFTER it writes until killed; with it, it stops after that many
// acknowledgements and exits 0 (the restarted "server" showing that it serves).
import {
  attachUserPolicy, createAccessKey, createPolicy, createPolicyVersion, createUser, tagUser,
} from '@/lib/iam'
import { deleteUserWithDependents } from '@/lib/console/delete-user'
import type { Caller } from '@/lib/iam/caller'
import { prisma } from '@/lib/db/client'
import { CRASH_CLIENTS, type Ack } from './crash-acks'

const run = process.env.RUN ?? 'a'
const stopAfter = process.env.STOP_AFTER ? Number(process.env.STOP_AFTER) : Infinity
let acknowledged = 0

function ack(a: Ack): void {
  process.stdout.write(`${JSON.stringify(a)}\n`)
  if (++acknowledged >= stopAfter) stopping = true
}
let stopping = false

const allow = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] })

/** One client: a user with a policy, a newer default version, an attachment, a key and a tag; every second user deleted again. */
async function client(root: Caller, i: number): Promise<void> {
  for (let j = 0; !stopping; j++) {
    const user = `crash-${run}-${i}-${j}`
    await createUser(root, { UserName: user, Tags: [{ Key: 'Client', Value: String(i) }] })
    ack({ kind: 'user', user })
    const { Policy } = await createPolicy(root, { PolicyName: `crash-${run}-${i}-${j}`, PolicyDocument: allow('iam:GetUser') })
    ack({ kind: 'policy', arn: Policy.Arn })
    const { PolicyVersion } = await createPolicyVersion(root, { PolicyArn: Policy.Arn, PolicyDocument: allow('iam:ListUsers'), SetAsDefault: true })
    ack({ kind: 'version', arn: Policy.Arn, versionId: PolicyVersion.VersionId })
    await attachUserPolicy(root, { UserName: user, PolicyArn: Policy.Arn })
    ack({ kind: 'attachment', user, arn: Policy.Arn })
    const { AccessKey } = await createAccessKey(root, { UserName: user })
    ack({ kind: 'accessKey', user, accessKeyId: AccessKey.AccessKeyId })
    await tagUser(root, { UserName: user, Tags: [{ Key: 'client', Value: `${i}-${j}` }] })
    ack({ kind: 'tag', user, key: 'Client', value: `${i}-${j}` })
    if (j % 2 === 1) {
      await deleteUserWithDependents(root, { UserName: user })
      ack({ kind: 'deletedUser', user })
    }
  }
}

async function main(): Promise<void> {
  const account = await prisma.account.findFirstOrThrow({ orderBy: { createdAt: 'asc' }, select: { id: true } })
  const root: Caller = { kind: 'root', accountId: account.id, arn: `arn:aws:iam::${account.id}:root` }
  await Promise.all(Array.from({ length: CRASH_CLIENTS }, (_, i) => client(root, i)))
  await prisma.$disconnect()
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error)
    process.exit(1)
  },
)
