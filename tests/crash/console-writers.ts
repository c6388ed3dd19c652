// The clients of the crash test: each writes through the console's own server actions
// over HTTP, as its forms post them (tests/support/console-http/server-actions.ts), and
// records a write as acknowledged only once the server has answered it as done. Every
// answer other than done is kept, with what it was, so the test can tell the errors of a
// live server (none allowed) from the refused connections of a killed one.
import path from 'node:path'
import type { ConsoleClient } from '@/tests/support/console-http/console-client'
import { loadServerActionIds, postServerAction, type ActionResult } from '@/tests/support/console-http/server-actions'
import { repoRoot } from '@/tests/support/test-database'
import type { Ack } from './crash-acks'

export interface ConsoleActionIds {
  createUser: string
  createPolicy: string
  createPolicyVersion: string
  addUserPermissions: string
  createAccessKey: string
  saveUserTags: string
  deleteUser: string
}

/** The action ids of the build in .next (they change with every build). */
export function consoleActionIds(): ConsoleActionIds {
  const id = loadServerActionIds(path.join(repoRoot, '.next'))
  const user = 'app/(console)/users/[userName]/actions.ts'
  return {
    createUser: id('app/(console)/users/create/actions.ts', 'createUserAction'),
    createPolicy: id('app/(console)/policies/actions.ts', 'createPolicyAction'),
    createPolicyVersion: id('app/(console)/policies/actions.ts', 'createPolicyVersionAction'),
    addUserPermissions: id(user, 'addUserPermissionsAction'),
    createAccessKey: id('app/(console)/security-credentials/actions.ts', 'createAccessKeyAction'),
    saveUserTags: id(user, 'saveUserTagsAction'),
    deleteUser: id(user, 'deleteUserAction'),
  }
}

export interface WriterRun {
  acks: Ack[]
  /** Answers that were not "done", and requests that got no answer. */
  failures: { at: number; what: string }[]
  stop(): void
  /** Resolves once `n` writes are acknowledged (rejects if every client has stopped first). */
  acknowledged(n: number): Promise<void>
  finished: Promise<void>
}

const allow = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] })
const done = (r: ActionResult) => (r.outcome === 'redirected' || r.outcome === 'success') && !(r.outcome === 'success' && r.result && 'failure' in r.result && r.result.failure)

/**
 * `clients` clients (one console tab each, sharing root's session) each writing until
 * stopped or until a request fails: a user with tags, a policy with a newer default
 * version attached to it, an access key, new tags, and every second user deleted again.
 */
export function startConsoleWriters(clients: ConsoleClient[], ids: ConsoleActionIds, accountId: string, run: string): WriterRun {
  const acks: Ack[] = []
  const failures: WriterRun['failures'] = []
  const waiting: { n: number; resolve: () => void; reject: (e: Error) => void }[] = []
  let stopping = false
  const ack = (a: Ack) => {
    acks.push(a)
    for (const w of waiting.filter((w) => acks.length >= w.n)) w.resolve()
  }

  async function write(client: ConsoleClient, pagePath: string, actionId: string, fields: [string, string][]): Promise<ActionResult | null> {
    try {
      const { result } = await postServerAction(client, pagePath, actionId, fields)
      if (done(result)) return result
      failures.push({ at: acks.length, what: `${pagePath}: ${JSON.stringify(result)}` })
    } catch (error) {
      failures.push({ at: acks.length, what: `${pagePath}: ${error instanceof Error ? error.message : String(error)}` })
    }
    return null
  }

  async function client(c: ConsoleClient, i: number): Promise<void> {
    for (let j = 0; !stopping; j++) {
      const user = `crash-${run}-${i}-${j}`
      const href = `/users/${user}`
      const policyName = `crash-${run}-${i}-${j}`
      const arn = `arn:aws:iam::${accountId}:policy/${policyName}`
      if (!(await write(c, '/users/create', ids.createUser, [['UserName', user], ['tagKeys[]', 'Client'], ['tagValues[]', String(i)]]))) return
      ack({ kind: 'user', user })
      if (!(await write(c, '/policies/create', ids.createPolicy, [['PolicyName', policyName], ['PolicyDocument', allow('iam:GetUser')]]))) return
      ack({ kind: 'policy', arn })
      const version = [['PolicyArn', arn], ['PolicyDocument', allow('iam:ListUsers')], ['SetAsDefault', 'on']] as [string, string][]
      if (!(await write(c, `/policies/${policyName}/edit`, ids.createPolicyVersion, version))) return
      // A new policy's first new version is v2.
      ack({ kind: 'version', arn, versionId: 'v2' })
      if (!(await write(c, `${href}/add-permissions`, ids.addUserPermissions, [['UserName', user], ['permissionsOption', 'attach'], ['PolicyArns[]', arn]]))) return
      ack({ kind: 'attachment', user, arn })
      const key = await write(c, `${href}?tab=security_credentials`, ids.createAccessKey, [['UserName', user]])
      const accessKeyId = key?.outcome === 'success' ? key.result?.accessKeyId : undefined
      if (typeof accessKeyId !== 'string') return void (key && failures.push({ at: acks.length, what: `create access key answered without a key: ${JSON.stringify(key)}` }))
      ack({ kind: 'accessKey', user, accessKeyId })
      if (!(await write(c, `${href}/tags`, ids.saveUserTags, [['UserName', user], ['tagKeys[]', 'Client'], ['tagValues[]', `${i}-${j}`]]))) return
      ack({ kind: 'tag', user, key: 'Client', value: `${i}-${j}` })
      if (j % 2 === 1) {
        if (!(await write(c, href, ids.deleteUser, [['UserName', user]]))) return
        ack({ kind: 'deletedUser', user })
      }
    }
  }

  const finished = Promise.all(clients.map((c, i) => client(c, i))).then(() => {
    for (const w of waiting) w.reject(new Error(`every client stopped after ${acks.length} acknowledgements: ${failures.slice(0, 3).map((f) => f.what).join('; ')}`))
  })
  return {
    acks,
    failures,
    finished,
    stop: () => void (stopping = true),
    acknowledged: (n) => new Promise((resolve, reject) => (acks.length >= n ? resolve() : waiting.push({ n, resolve, reject }))),
  }
}
