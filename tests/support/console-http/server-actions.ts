// Calls the console's server actions over HTTP the way its forms do with JavaScript on:
// a POST to the page the form is on with the `Next-Action` header naming the action,
// `Accept: text/x-component`, an Origin equal to the host (Next refuses cross-origin
// actions), and React's encodeReply body for useActionState's (previousState, formData):
// field "0" is the argument list `[{"status":"idle"},"$K1"]` and the form's fields follow
// as "_1_<name>" (react-server-dom-webpack: "$K" + id refers to the FormData whose entries
// are prefixed "_" + id + "_").
//
// Action ids are per build: they are read from .next/server/server-reference-manifest.json
// by file and export name, as the page's client bundle would reference them.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { ConsoleClient, ConsoleResponse } from './console-client'

interface ManifestEntry {
  filename?: string
  exportedName?: string
}

export function loadServerActionIds(buildDir: string): (filename: string, exportedName: string) => string {
  const manifest = JSON.parse(readFileSync(path.join(buildDir, 'server/server-reference-manifest.json'), 'utf8')) as { node: Record<string, ManifestEntry> }
  const ids = new Map<string, string>()
  for (const [id, entry] of Object.entries(manifest.node)) ids.set(`${entry.filename}#${entry.exportedName}`, id)
  return (filename, exportedName) => {
    const id = ids.get(`${filename}#${exportedName}`)
    if (!id) throw new Error(`no server action ${exportedName} of ${filename} in the build's manifest (rebuild with --build?)`)
    return id
  }
}

function multipart(fields: [name: string, value: string][]): { body: Buffer; contentType: string } {
  const boundary = `----bench${randomBytes(12).toString('hex')}`
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
  return { body: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` }
}

/** What a form shows after its action: the FormState, or that the action redirected. */
export type ActionResult =
  | { outcome: 'redirected'; to: string }
  | { outcome: 'success'; result?: Record<string, unknown> }
  | { outcome: 'error'; code: string; message: string }
  | { outcome: 'unreadable'; detail: string }

// The action's return value is one row of the RSC payload: `<id>:{"status":...}`, or the
// `a` field of row 0 when it is small enough to be inlined.
function formStateOf(body: string): ActionResult {
  for (const line of body.split('\n')) {
    const colon = line.indexOf(':')
    if (colon < 0 || line[colon + 1] !== '{') continue
    let row: Record<string, unknown>
    try {
      row = JSON.parse(line.slice(colon + 1)) as Record<string, unknown>
    } catch {
      continue
    }
    const state = (typeof row.a === 'object' && row.a !== null ? row.a : row) as { status?: unknown; code?: unknown; message?: unknown; result?: unknown }
    if (state.status === 'success') return { outcome: 'success', ...(typeof state.result === 'object' && state.result !== null ? { result: state.result as Record<string, unknown> } : {}) }
    if (state.status === 'error') return { outcome: 'error', code: String(state.code), message: String(state.message) }
  }
  return { outcome: 'unreadable', detail: body.slice(0, 300) }
}

export async function postServerAction(
  client: ConsoleClient,
  pagePath: string,
  actionId: string,
  fields: [name: string, value: string][],
): Promise<{ response: ConsoleResponse; result: ActionResult }> {
  const { body, contentType } = multipart([...fields.map(([name, value]): [string, string] => [`_1_${name}`, value]), ['0', JSON.stringify([{ status: 'idle' }, '$K1'])]])
  const response = await client.post(pagePath, {
    headers: { 'next-action': actionId, accept: 'text/x-component', origin: client.origin, 'content-type': contentType },
    body,
  })
  const redirect = response.headers['x-action-redirect']
  if (response.status === 200 && typeof redirect === 'string') return { response, result: { outcome: 'redirected', to: redirect } }
  if (response.status !== 200) return { response, result: { outcome: 'unreadable', detail: `HTTP ${response.status}: ${response.body.slice(0, 300)}` } }
  return { response, result: formStateOf(response.body) }
}
