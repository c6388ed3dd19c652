// Gate-coverage cases for Switch role and Switch back. Each runs in a console session of
// its own caller (callSessionActionAs). Switch role is AssumeRole on the gate-coverage
// role, whose trust policy trusts only EC2: refused for the principal without policies,
// and refused for root before any policy is read (AWS: root cannot switch roles; see
// ACTION_EXPECTATIONS in gate-coverage.test.ts). Switch back asks nothing.
import * as switchRole from '@/app/(console)/switch-role/actions'
import type { Caller } from '@/lib/iam/caller'
import { callSessionActionAs } from '@/tests/support/call-action-as'

const F = 'app/(console)/switch-role/actions.ts'

export const SWITCH_ROLE_ACTION_CASES: Record<string, (caller: Caller) => Promise<unknown>> = {
  [`${F}#switchRoleAction`]: (c) => callSessionActionAs(c, switchRole.switchRoleAction, { account: c.accountId, roleName: 'cov-role', displayName: 'Coverage', color: 'red' }),
  [`${F}#switchBackAction`]: (c) => callSessionActionAs(c, switchRole.switchBackAction, {}),
}
