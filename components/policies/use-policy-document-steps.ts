'use client'

import { useActionState, useCallback, useEffect, useState } from 'react'
import type { ServerAction } from '@/components/ui/action-button'
import { fieldErrorOf } from '@/components/ui/form-status'
import { IDLE } from '@/lib/actions/form-state'

/**
 * The state of a two-step policy form (the document in the editor, then the review): Next
 * waits for the editor to have no blocking findings, and IAM's refusal of the document
 * (size quota, malformed) takes the user back to the editor, where it is shown.
 */
export function usePolicyDocumentSteps(action: ServerAction) {
  const [step, setStep] = useState(0)
  const [blocking, setBlocking] = useState(true)
  const [state, formAction, pending] = useActionState(action, IDLE)
  const onBlockingChange = useCallback((b: boolean) => setBlocking(b), [])
  const documentError = fieldErrorOf(state, 'PolicyDocument')
  useEffect(() => {
    if (documentError) setStep(0)
  }, [state, documentError])
  return { step, setStep, blocking, onBlockingChange, state, formAction, pending, documentError }
}
