// What the bench's clients do until a deadline. A signed-in client reads three console
// pages (users, groups, roles, policies in turn) for every write; its writes cycle
// through the life of a user of its own: create, tag, attach a policy, delete, each
// posted to the server action of the page the browser would be on. A read-only client
// makes the same writes and must get AccessDenied for each. A flood client posts wrong
// passwords, each from a new loopback address, alternating real user names (which the
// per-user throttle soon refuses) and names nobody has (each still verified against the
// decoy hash), so that the server keeps hashing.
import type { ConsoleClient } from '@/tests/support/console-http/console-client'
import { fetchCsrfToken, postCredentials, signInError } from '@/tests/support/console-http/console-sign-in'
import { postServerAction, type ActionResult } from '@/tests/support/console-http/server-actions'
import type { LoadUser } from './seed-load-account'
import type { Outcome, Tally } from './tally'

const PAGES: [path: string, heading: string][] = [
  ['/users', '>Users ('],
  ['/groups', '>User groups ('],
  ['/roles', '>Roles ('],
  ['/policies', '>Policies</h1>'],
]
const PAGES_PER_WRITE = 3
const ATTACHED_POLICY_ARN = 'arn:aws:iam::aws:policy/ReadOnlyAccess'
const WRITES_PER_CYCLE = 4

export interface ConsoleActionIds {
  createUser: string
  saveUserTags: string
  addUserPermissions: string
  deleteUser: string
}

export interface SignedInClient {
  client: ConsoleClient
  user: LoadUser
  index: number
  /** Kept across phases: a client's user names stay unique and its cycle goes on. */
  progress: { steps: number; pages: number; writes: number }
}

export function signedInClient(client: ConsoleClient, user: LoadUser, index: number): SignedInClient {
  // Staggered, so that some clients write from the first second (a short run has writes too).
  return { client, user, index, progress: { steps: index, pages: index, writes: 0 } }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** One request, timed and classified; a failed connection is an error like any other. */
async function timed(tally: Tally, kind: string, label: string, request: () => Promise<{ ms: number; outcome: Outcome; detail?: string }>): Promise<void> {
  const started = performance.now()
  try {
    const { ms, outcome, detail } = await request()
    tally.record(kind, label, ms, outcome, detail)
  } catch (error) {
    tally.record(kind, label, performance.now() - started, 'error', describe(error))
  }
}

/**
 * The first pass over the pages, outside the tally: Next loads each route's code on first
 * use. An administrator's client also makes one cycle of writes, on a user of its own, so
 * that the server actions' code is loaded too.
 */
export async function warmUp({ client, user }: SignedInClient, actions: ConsoleActionIds): Promise<void> {
  for (const [path] of PAGES) await client.get(path)
  if (user.readOnly) return
  for (let n = 0; n < WRITES_PER_CYCLE; n++) {
    const { pagePath, actionId, fields } = writeStep(n, `warm-up-${user.userName}`, 0, actions)
    const { result } = await postServerAction(client, pagePath, actionId, fields)
    if (writeOutcome(result, false).outcome !== 'ok') throw new Error(`warm-up write ${n} failed: ${JSON.stringify(result)}`)
  }
}

function writeOutcome(result: ActionResult, readOnly: boolean): { outcome: Outcome; detail?: string } {
  const done = result.outcome === 'success' || result.outcome === 'redirected'
  if (readOnly) {
    if (result.outcome === 'error' && result.code === 'AccessDenied') return { outcome: 'denied' }
    return { outcome: 'error', detail: done ? 'a read-only user was allowed to write' : JSON.stringify(result) }
  }
  return done ? { outcome: 'ok' } : { outcome: 'error', detail: JSON.stringify(result) }
}

/** The n-th write of a user's life, as its page's form posts it. */
function writeStep(n: number, userName: string, cycle: number, actions: ConsoleActionIds) {
  const href = `/users/${encodeURIComponent(userName)}`
  const steps: { label: string; pagePath: string; actionId: string; fields: [string, string][] }[] = [
    { label: 'create user', pagePath: '/users/create', actionId: actions.createUser, fields: [['UserName', userName]] },
    { label: 'tag user', pagePath: `${href}/tags`, actionId: actions.saveUserTags, fields: [['UserName', userName], ['tagKeys[]', 'team'], ['tagValues[]', `blue-${cycle}`]] },
    {
      label: 'attach policy',
      pagePath: `${href}/add-permissions`,
      actionId: actions.addUserPermissions,
      fields: [['UserName', userName], ['permissionsOption', 'attach'], ['PolicyArns[]', ATTACHED_POLICY_ARN]],
    },
    { label: 'delete user', pagePath: href, actionId: actions.deleteUser, fields: [['UserName', userName]] },
  ]
  return steps[n % WRITES_PER_CYCLE]!
}

/** A person reads the page before the next click: thinkMs on average, ±50% so that the clients do not march in step. */
const think = (thinkMs: number) => (thinkMs > 0 ? new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random()))) : Promise.resolve())

/**
 * A client's first request of a phase comes at a random moment of its first think time, as
 * a class's clicks do; a closed loop with think time is in that state after its first
 * round anyway. Otherwise all clients would send their first request in the same
 * millisecond, and the phase would measure that burst's queue rather than the class.
 */
const arrive = (thinkMs: number) => (thinkMs > 0 ? new Promise((r) => setTimeout(r, thinkMs * Math.random())) : Promise.resolve())

export async function runSignedInClient(signedIn: SignedInClient, actions: ConsoleActionIds, thinkMs: number, until: number, tally: Tally): Promise<void> {
  const { client, user, index, progress } = signedIn
  await arrive(thinkMs)
  for (; performance.now() < until; await think(thinkMs)) {
    if (progress.steps++ % (PAGES_PER_WRITE + 1) < PAGES_PER_WRITE) {
      const [path, heading] = PAGES[progress.pages++ % PAGES.length]!
      await timed(tally, 'pages', `GET ${path}`, async () => {
        const r = await client.get(path)
        const ok = r.status === 200 && r.body.includes(heading)
        return { ms: r.ms, outcome: ok ? 'ok' : 'error', ...(ok ? {} : { detail: `HTTP ${r.status}${r.status === 200 ? ', heading missing' : ''}` }) }
      })
      continue
    }
    const write = progress.writes++
    const cycle = Math.floor(write / WRITES_PER_CYCLE)
    // A reader's writes after the create go to a user that exists, so that only the gate can refuse them.
    const userName = user.readOnly && write % WRITES_PER_CYCLE > 0 ? 'bench-user-000' : `load-${index}-${cycle}`
    const { label, pagePath, actionId, fields } = writeStep(write, userName, cycle, actions)
    await timed(tally, 'writes', label, async () => {
      const { response, result } = await postServerAction(client, pagePath, actionId, fields)
      return { ms: response.ms, ...writeOutcome(result, user.readOnly) }
    })
  }
}

/** 127.a.b.c, a new one for each n (never 127.0.0.1, the signed-in clients' address). */
function loopbackAddress(n: number): string {
  return `127.${1 + (Math.floor(n / (254 * 256)) % 254)}.${Math.floor(n / 254) % 256}.${1 + (n % 254)}`
}

const THROTTLED = 'Too many failed sign-in attempts'

export async function runWrongSignInFlood(client: ConsoleClient, index: number, clients: number, users: LoadUser[], account: string, until: number, tally: Tally): Promise<void> {
  const csrfToken = await fetchCsrfToken(client)
  for (let n = index; performance.now() < until; n += clients) {
    const existing = n % 2 === 0
    const userName = existing ? users[(n / 2) % users.length]!.userName : `nobody-${n}`
    const started = performance.now()
    try {
      const r = await postCredentials(client, csrfToken, { account, userName, password: `wrong-${n}` }, loopbackAddress(n))
      const error = signInError(r)
      const answer = error === null ? 'signed in' : error.startsWith(THROTTLED) ? 'refused by the throttle' : 'answered "incorrect"'
      tally.record('wrong sign-ins', `${existing ? 'existing' : 'unknown'} user, ${answer}`, r.ms, error === null ? 'error' : 'ok', `${userName} signed in with a wrong password`)
    } catch (error) {
      tally.record('wrong sign-ins', 'no answer', performance.now() - started, 'error', describe(error))
    }
  }
}
