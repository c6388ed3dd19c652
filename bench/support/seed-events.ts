// Seeds an account's event history for the benches: `total` CloudTrail-shaped events over
// the past 400 days, spread over `users` user names and a mix of services and API names,
// written as multi-row INSERTs of literal values (all generated here, none from input)
// in one transaction: a million rows in seconds, where one call per event would take
// an hour. The same SQL runs on SQLite and PostgreSQL: times in the ISO form Prisma
// stores on SQLite (which PostgreSQL reads as a timestamp), booleans as TRUE/FALSE.
import type { Db } from '@/lib/db/client'

const ROWS_PER_INSERT = 2_000
const DAY_MS = 24 * 60 * 60 * 1000
const SOURCES = ['iam', 'iam', 'iam', 'iam', 'sts', 'cloudtrail', 's3', 'ec2']
const NAMES = ['GetUser', 'ListUsers', 'ListPolicies', 'GetPolicy', 'CreateUser', 'AttachUserPolicy', 'ListRoles', 'GetRole', 'LookupEvents', 'GetObject']

export interface SeededUser {
  name: string
  id: string
}

const sqlTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 23)}+00:00`
const quote = (s: string) => `'${s.replaceAll("'", "''")}'`

export async function seedEvents(db: Db, accountId: string, users: readonly SeededUser[], total: number, now = Date.now()): Promise<void> {
  const columns = '"id","accountId","eventTime","eventSource","eventName","readOnly","userIdentity","errorCode","userName","entityId","requestId"'
  await db.$transaction(
    async (tx) => {
      for (let from = 0; from < total; from += ROWS_PER_INSERT) {
        const values: string[] = []
        for (let i = from; i < Math.min(total, from + ROWS_PER_INSERT); i++) {
          const user = users[i % users.length]!
          const source = SOURCES[i % SOURCES.length]!
          const name = NAMES[(i >> 3) % NAMES.length]!
          // Evenly over 400 days, the newest last.
          const time = now - Math.floor(((total - i) / total) * 400 * DAY_MS)
          const identity = JSON.stringify({ type: 'IAMUser', principalId: user.id, arn: `arn:aws:iam::${accountId}:user/${user.name}`, accountId, userName: user.name })
          values.push(
            `(${quote(`bench-event-${String(i).padStart(8, '0')}`)},${quote(accountId)},${quote(sqlTime(time))},${quote(`${source}.amazonaws.com`)},${quote(name)},` +
              `${name.startsWith('Get') || name.startsWith('List') ? 'TRUE' : 'FALSE'},${quote(identity)},${i % 7 === 0 ? quote('AccessDenied') : 'NULL'},${quote(user.name)},${quote(user.id)},${quote(`req-${i}`)})`,
          )
        }
        await tx.$executeRawUnsafe(`INSERT INTO "AuditEvent" (${columns}) VALUES ${values.join(',')}`)
      }
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  )
}
