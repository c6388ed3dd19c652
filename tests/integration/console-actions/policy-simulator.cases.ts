// Gate-coverage cases for the policy simulator's server action: "Run simulation" of a
// pasted policy (SimulateCustomPolicy) and of the gate-coverage test's user (its policies
// read through the gated operations, then SimulatePrincipalPolicy).
import * as simulator from '@/app/(console)/policy-simulator/actions'
import type { Caller } from '@/lib/iam/caller'
import { callActionAs } from '@/tests/support/call-action-as'

const F = 'app/(console)/policy-simulator/actions.ts'
const ALLOW_LIST_USERS = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*' }] })

export const POLICY_SIMULATOR_ACTION_CASES: Record<string, (caller: Caller) => Promise<unknown>> = {
  [`${F}#runSimulationAction`]: (c) => callActionAs(c, simulator.runSimulationAction, { 'PolicyInputList[]': [ALLOW_LIST_USERS], 'ActionNames[]': ['iam:ListUsers'] }),
}
