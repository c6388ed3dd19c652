'use client'
// "Multi-factor authentication (MFA)": the principal's devices (type, identifier,
// created), "Assign MFA device" (device name, then "Authenticator app" with its QR code,
// the secret key on request and "MFA code 1"/"MFA code 2", or "Passkey or security key"
// registered through the browser) and "Remove". userName undefined = the signed-in
// principal; a name = an administrator managing that user.
import type { ServerAction } from '@/components/ui/action-button'
import { useState, type FormEvent } from 'react'
import { useRouter } from 'next/navigation'
import { startRegistration } from '@simplewebauthn/browser'
import { Button } from '@/components/ui/button'
import { FormStatus, fieldErrorOf } from '@/components/ui/form-status'
import { ReadResultView } from '@/components/read-result-view'
import { Panel } from '@/components/ui/panel'
import { TextField } from '@/components/ui/text-field'
import { IDLE, type FormState } from '@/lib/actions/form-state'
import type { ReadResult } from '@/lib/actions/read-under-gate'
import type { MfaDeviceRow } from './credential-rows'

export interface MfaActions {
  createVirtual: ServerAction
  enable: ServerAction
  startSecurityKey: ServerAction
  finishSecurityKey: ServerAction
  remove: ServerAction
}

function formOf(fields: Record<string, string | undefined>): FormData {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) data.append(k, v)
  return data
}

function resultOf<T>(state: FormState): T | null {
  return state.status === 'success' ? ((state as { result?: T }).result ?? null) : null
}

export function MfaDevicesPanel({ userName, devices, actions }: { userName?: string; devices: ReadResult<MfaDeviceRow[]>; actions: MfaActions }) {
  const [assigning, setAssigning] = useState(false)
  const [notice, setNotice] = useState<FormState>(IDLE)
  const count = devices.ok ? devices.value.length : 0
  return (
    <Panel
      title={`Multi-factor authentication (MFA) (${count})`}
      description="Use MFA to increase the security of your AWS environment. Signing in with MFA requires an authentication code from an MFA device."
      actions={
        assigning ? null : (
          <Button variant="primary" onClick={() => (setAssigning(true), setNotice(IDLE))}>
            Assign MFA device
          </Button>
        )
      }
    >
      <div className="space-y-4">
        <FormStatus state={notice} />
        {assigning ? (
          <AssignMfaDevice
            userName={userName}
            actions={actions}
            onDone={(state) => {
              setAssigning(false)
              setNotice(state)
            }}
          />
        ) : null}
        <ReadResultView result={devices}>
          {(rows) => rows.length === 0 ? (
            <p className="text-console-muted">No MFA devices. Assign an MFA device to improve the security of your AWS environment.</p>
          ) : (
            <table className="w-full text-left">
              <thead>
                <tr className="border-b border-console-line">
                  <th className="py-2">Type</th>
                  <th className="py-2">Identifier</th>
                  <th className="py-2">Created on</th>
                  <th className="py-2">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.serialNumber} className="border-b border-console-line align-top">
                    <td className="py-2">{d.type === 'virtual' ? 'Virtual' : 'Passkey or security key'}</td>
                    <td className="py-2 break-all">
                      <span className="block font-semibold">{d.name}</span>
                      {d.serialNumber}
                    </td>
                    <td className="py-2">{new Date(d.enableDate).toUTCString()}</td>
                    <td className="py-2">
                      <RemoveDevice device={d} userName={userName} action={actions.remove} onRemoved={setNotice} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </ReadResultView>
      </div>
    </Panel>
  )
}

function RemoveDevice({ device, userName, action, onRemoved }: { device: MfaDeviceRow; userName?: string | undefined; action: ServerAction; onRemoved: (s: FormState) => void }) {
  const router = useRouter()
  const [confirming, setConfirming] = useState(false)
  const [state, setState] = useState<FormState>(IDLE)
  const [busy, setBusy] = useState(false)
  async function remove() {
    setBusy(true)
    const result = await action(IDLE, formOf({ UserName: userName, SerialNumber: device.serialNumber }))
    setBusy(false)
    setState(result)
    if (result.status === 'success') {
      setConfirming(false)
      onRemoved(result)
      router.refresh()
    }
  }
  if (!confirming) {
    return (
      <Button onClick={() => setConfirming(true)} aria-label={`Remove ${device.name}`}>
        Remove
      </Button>
    )
  }
  return (
    <div role="dialog" aria-label={`Remove ${device.name}?`} className="space-y-2 rounded-md border border-console-line p-3">
      <p>Remove {device.name}? Signing in will no longer accept this device.</p>
      <FormStatus state={state} />
      <div className="flex gap-2">
        <Button variant="link" onClick={() => setConfirming(false)}>
          Cancel
        </Button>
        <Button variant="danger" onClick={remove} disabled={busy}>
          Remove
        </Button>
      </div>
    </div>
  )
}

type Step = { kind: 'choose' } | { kind: 'authenticator'; deviceName: string; serialNumber: string; qrCodePng: string; secret: string }

function AssignMfaDevice({ userName, actions, onDone }: { userName?: string | undefined; actions: MfaActions; onDone: (s: FormState) => void }) {
  const router = useRouter()
  const [step, setStep] = useState<Step>({ kind: 'choose' })
  const [method, setMethod] = useState<'authenticator' | 'security-key'>('authenticator')
  const [state, setState] = useState<FormState>(IDLE)
  const [busy, setBusy] = useState(false)
  const [showSecret, setShowSecret] = useState(false)
  // A virtual device and a security key take their name in different parameters of their APIs.
  const deviceNameField = method === 'authenticator' ? 'VirtualMFADeviceName' : 'DeviceName'

  function finished(result: FormState) {
    onDone(result)
    router.refresh()
  }

  async function next(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const deviceName = String(new FormData(event.currentTarget).get(deviceNameField) ?? '').trim()
    setBusy(true)
    setState(IDLE)
    if (method === 'authenticator') {
      const created = await actions.createVirtual(IDLE, formOf({ VirtualMFADeviceName: deviceName }))
      setBusy(false)
      const result = resultOf<{ serialNumber: string; qrCodePng: string; secret: string }>(created)
      if (!result) return setState(created)
      setStep({ kind: 'authenticator', deviceName, ...result })
      return
    }
    const started = await actions.startSecurityKey(IDLE, formOf({ UserName: userName }))
    const options = resultOf<{ options: Parameters<typeof startRegistration>[0]['optionsJSON'] }>(started)?.options
    if (!options) {
      setBusy(false)
      return setState(started)
    }
    let response
    try {
      response = await startRegistration({ optionsJSON: options })
    } catch (error) {
      setBusy(false)
      return setState({ status: 'error', code: 'NotAllowed', message: `The passkey or security key was not registered: ${(error as Error).message}` })
    }
    const finishedState = await actions.finishSecurityKey(IDLE, formOf({ UserName: userName, DeviceName: deviceName, response: JSON.stringify(response) }))
    setBusy(false)
    if (finishedState.status === 'success') finished(finishedState)
    else setState(finishedState)
  }

  async function addMfa(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (step.kind !== 'authenticator') return
    const form = new FormData(event.currentTarget)
    setBusy(true)
    const result = await actions.enable(IDLE, formOf({ UserName: userName, SerialNumber: step.serialNumber, AuthenticationCode1: String(form.get('AuthenticationCode1') ?? ''), AuthenticationCode2: String(form.get('AuthenticationCode2') ?? '') }))
    setBusy(false)
    if (result.status === 'success') finished(result)
    else setState(result)
  }

  if (step.kind === 'authenticator') {
    return (
      <form onSubmit={addMfa} aria-label="Set up device" className="space-y-4 rounded-md border border-console-line p-4">
        <h3 className="font-bold">Set up device: {step.deviceName}</h3>
        <ol className="list-decimal space-y-3 pl-5">
          <li>Install a compatible authenticator app on your mobile device or computer.</li>
          <li>
            Open your authenticator app and scan the QR code, or enter the secret key.
            {/* A data: URL PNG from the server; next/image adds nothing for it. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={step.qrCodePng} alt="QR code" width={228} height={228} className="mt-2 border border-console-line" />
            {showSecret ? (
              <p className="mt-2">
                Secret key: <code aria-label="Secret key" className="break-all font-mono">{step.secret}</code>
              </p>
            ) : (
              <Button variant="link" onClick={() => setShowSecret(true)}>
                Show secret key
              </Button>
            )}
          </li>
          <li>Type two consecutive MFA codes below.</li>
        </ol>
        <TextField label="MFA code 1" name="AuthenticationCode1" inputMode="numeric" maxLength={6} required error={fieldErrorOf(state, 'AuthenticationCode1')} />
        <TextField label="MFA code 2" name="AuthenticationCode2" inputMode="numeric" maxLength={6} required error={fieldErrorOf(state, 'AuthenticationCode2')} />
        <FormStatus state={state} fields={['AuthenticationCode1', 'AuthenticationCode2']} />
        <div className="flex justify-end gap-2">
          <Button variant="link" onClick={() => onDone(IDLE)}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={busy}>
            Add MFA
          </Button>
        </div>
      </form>
    )
  }

  return (
    <form onSubmit={next} aria-label="Select MFA device" className="space-y-4 rounded-md border border-console-line p-4">
      <TextField
        label="Device name"
        name={deviceNameField}
        required
        maxLength={128}
        description="Enter a meaningful name to identify this device."
        constraint="Maximum 128 characters. Use alphanumeric and '+ = , . @ - _' characters."
        error={fieldErrorOf(state, deviceNameField)}
      />
      <fieldset className="space-y-2">
        <legend className="font-bold">MFA device</legend>
        <label className="flex gap-2">
          <input type="radio" name="method" checked={method === 'authenticator'} onChange={() => setMethod('authenticator')} className="mt-1" />
          <span>
            <span className="block font-semibold">Authenticator app</span>
            <span className="block text-sm text-console-muted">Authenticate using a code generated by an app installed on your mobile device or computer.</span>
          </span>
        </label>
        <label className="flex gap-2">
          <input type="radio" name="method" checked={method === 'security-key'} onChange={() => setMethod('security-key')} className="mt-1" />
          <span>
            <span className="block font-semibold">Passkey or security key</span>
            <span className="block text-sm text-console-muted">Authenticate using your fingerprint, face, or screen lock, or a FIDO security key.</span>
          </span>
        </label>
      </fieldset>
      <FormStatus state={state} fields={[deviceNameField]} />
      <div className="flex justify-end gap-2">
        <Button variant="link" onClick={() => onDone(IDLE)}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={busy}>
          Next
        </Button>
      </div>
    </form>
  )
}
