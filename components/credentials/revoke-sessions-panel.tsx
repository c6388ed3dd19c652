// An administrator ends every console session of a user at once (the user must sign
// in again); gated as iam:PutUserPolicy on the user, see lib/iam/sessions/revoke-user-sessions.ts.
import { ActionButton, type ServerAction } from '@/components/ui/action-button'
import { Panel } from '@/components/ui/panel'

export function RevokeSessionsPanel({ userName, action }: { userName: string; action: ServerAction }) {
  return (
    <Panel title="Active sessions" description={`End every console session of ${userName}. Sessions signed in before now stop working at once; ${userName} can sign in again.`}>
      <ActionButton action={action} fields={{ UserName: userName }} label="Revoke active sessions" />
    </Panel>
  )
}
