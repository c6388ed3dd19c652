'use client'
// "Access keys": the principal's keys (at most 2) with status and last use, "Create
// access key" (the secret access key shown this once, with "Download .csv file" in
// AWS's format, never again), "Deactivate"/"Activate" and "Delete" (confirmed by
// typing the key's ID, as the console asks).
import type { ServerAction } from '@/components/ui/action-button'
import { useState } from 'react'
import { useRouter } from 'next/navigation'
import { Button } from '@/components/ui/button'
import { FormStatus, fieldErrorOf } from '@/components/ui/form-status'
import { ReadResultView } from '@/components/read-result-view'
import { Panel } from '@/components/ui/panel'
import { TextField } from '@/components/ui/text-field'
import { IDLE, type FormState } from '@/lib/actions/form-state'
import type { ReadResult } from '@/lib/actions/read-under-gate'
import type { AccessKeyRow } from './credential-rows'
import { saveAsFile } from '@/components/ui/save-as-file'

export interface AccessKeyActions {
  create: ServerAction
  update: ServerAction
  remove: ServerAction
}

interface CreatedKey {
  accessKeyId: string
  secretAccessKey: string
  csv: string
  csvFileName: string
}

const MAX_ACCESS_KEYS = 2

function formOf(fields: Record<string, string | undefined>): FormData {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) data.append(k, v)
  return data
}

export function AccessKeysPanel({ userName, keys, actions }: { userName?: string; keys: ReadResult<AccessKeyRow[]>; actions: AccessKeyActions }) {
  const router = useRouter()
  const [state, setState] = useState<FormState>(IDLE)
  const [created, setCreated] = useState<CreatedKey | null>(null)
  const [busy, setBusy] = useState(false)
  const full = keys.ok && keys.value.length >= MAX_ACCESS_KEYS

  async function create() {
    setBusy(true)
    const result = await actions.create(IDLE, formOf({ UserName: userName }))
    setBusy(false)
    const key = result.status === 'success' ? ((result as { result?: CreatedKey }).result ?? null) : null
    setCreated(key)
    setState(key ? IDLE : result)
    router.refresh()
  }

  return (
    <Panel
      title={`Access keys (${keys.ok ? keys.value.length : 0})`}
      description="Use access keys to send programmatic calls to AWS from the AWS CLI, AWS Tools for PowerShell, AWS SDKs, or direct AWS API calls. You can have a maximum of two access keys (active or inactive) at a time."
      actions={
        <Button onClick={create} disabled={busy || full}>
          Create access key
        </Button>
      }
    >
      <div className="space-y-4">
        {full ? <p className="text-sm text-console-muted">You have the maximum of two access keys. Delete one to create another.</p> : null}
        <FormStatus state={state} />
        {created ? <RetrieveAccessKey created={created} onDone={() => setCreated(null)} /> : null}
        <ReadResultView result={keys}>
          {(rows) => rows.length === 0 ? (
            <p className="text-console-muted">No access keys. As a best practice, avoid using long-term credentials like access keys.</p>
          ) : (
            <table className="w-full text-left">
              <thead>
                <tr className="border-b border-console-line">
                  <th className="py-2">Access key ID</th>
                  <th className="py-2">Status</th>
                  <th className="py-2">Created</th>
                  <th className="py-2">Last used</th>
                  <th className="py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((key) => (
                  <AccessKeyTableRow key={key.accessKeyId} row={key} userName={userName} actions={actions} />
                ))}
              </tbody>
            </table>
          )}
        </ReadResultView>
      </div>
    </Panel>
  )
}

function RetrieveAccessKey({ created, onDone }: { created: CreatedKey; onDone: () => void }) {
  const [show, setShow] = useState(false)
  const download = () => saveAsFile(created.csv, 'text/csv', created.csvFileName)
  return (
    <section aria-label="Retrieve access keys" className="space-y-3 rounded-md border border-green-700 bg-green-50 p-4">
      <h3 className="font-bold">Retrieve access keys</h3>
      <p>This is the only time that the secret access key can be viewed or downloaded. You cannot recover it later. However, you can create a new access key any time.</p>
      <dl className="grid grid-cols-2 gap-4">
        <div>
          <dt className="text-sm text-console-muted">Access key</dt>
          <dd className="font-mono" aria-label="Access key">
            {created.accessKeyId}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-console-muted">Secret access key</dt>
          <dd className="font-mono break-all">
            {show ? (
              <span aria-label="Secret access key">{created.secretAccessKey}</span>
            ) : (
              <>
                {'*'.repeat(16)}{' '}
                <Button variant="link" onClick={() => setShow(true)}>
                  Show
                </Button>
              </>
            )}
          </dd>
        </div>
      </dl>
      <div className="flex gap-2">
        <Button onClick={download}>Download .csv file</Button>
        <Button variant="primary" onClick={onDone}>
          Done
        </Button>
      </div>
    </section>
  )
}

function AccessKeyTableRow({ row, userName, actions }: { row: AccessKeyRow; userName?: string | undefined; actions: AccessKeyActions }) {
  const router = useRouter()
  const [state, setState] = useState<FormState>(IDLE)
  const [deleting, setDeleting] = useState(false)
  const [busy, setBusy] = useState(false)

  async function run(action: ServerAction, fields: Record<string, string>) {
    setBusy(true)
    const result = await action(IDLE, formOf({ UserName: userName, AccessKeyId: row.accessKeyId, ...fields }))
    setBusy(false)
    setState(result)
    if (result.status === 'success') {
      setDeleting(false)
      router.refresh()
    }
  }

  const lastUsed = row.lastUsedDate
    ? `${new Date(row.lastUsedDate).toUTCString()}${row.lastUsedService ? ` (${row.lastUsedService}${row.lastUsedRegion ? `, ${row.lastUsedRegion}` : ''})` : ''}`
    : 'Never'
  return (
    <tr className="border-b border-console-line align-top">
      <td className="py-2 font-mono">{row.accessKeyId}</td>
      <td className="py-2">{row.status}</td>
      <td className="py-2">{new Date(row.createDate).toUTCString()}</td>
      <td className="py-2">{lastUsed}</td>
      <td className="space-y-2 py-2">
        <div className="flex gap-2">
          <Button
            onClick={() => run(actions.update, { Status: row.status === 'Active' ? 'Inactive' : 'Active' })}
            disabled={busy}
            aria-label={`${row.status === 'Active' ? 'Deactivate' : 'Activate'} ${row.accessKeyId}`}
          >
            {row.status === 'Active' ? 'Deactivate' : 'Activate'}
          </Button>
          <Button onClick={() => (setDeleting(true), setState(IDLE))} aria-label={`Delete ${row.accessKeyId}`}>
            Delete
          </Button>
        </div>
        {deleting ? (
          <form
            role="dialog"
            aria-label={`Delete ${row.accessKeyId}?`}
            className="space-y-2 rounded-md border border-console-line p-3"
            onSubmit={(e) => {
              e.preventDefault()
              void run(actions.remove, { confirmation: String(new FormData(e.currentTarget).get('confirmation') ?? '') })
            }}
          >
            <p>{row.status === 'Active' ? 'Before you delete an access key, deactivate it. ' : ''}To confirm deletion, enter the access key ID in the text input field.</p>
            <TextField label="Access key ID" name="confirmation" autoComplete="off" error={fieldErrorOf(state, 'confirmation')} />
            <div className="flex gap-2">
              <Button variant="link" onClick={() => setDeleting(false)}>
                Cancel
              </Button>
              <Button type="submit" variant="danger" disabled={busy}>
                Delete
              </Button>
            </div>
          </form>
        ) : null}
        <FormStatus state={state} fields={['confirmation']} />
      </td>
    </tr>
  )
}
