// The simulator operations answer with AWS's response; the console's simulator also
// draws each result's evaluation path, which needs the engine's whole evaluation (what
// every policy type found, not only the statements that decided). It travels with the
// response as a non-enumerable property: JSON.stringify (the event history's
// responseElements, the API's serializer) leaves it out, as the response AWS defines has
// no such field.
import type { SimulateCustomPolicyResponse, SimulationExplanation } from '@/lib/policy'

const EXPLANATIONS = 'explanations'

export function withExplanations({ response, explanations }: { response: SimulateCustomPolicyResponse; explanations: SimulationExplanation[] }): SimulateCustomPolicyResponse {
  Object.defineProperty(response, EXPLANATIONS, { value: explanations, enumerable: false })
  return response
}

/** The evaluation behind each action and resource of a simulator response, in its order; none for a response that did not come from a simulator operation. */
export function explanationsOf(response: SimulateCustomPolicyResponse): SimulationExplanation[] {
  return (response as { [EXPLANATIONS]?: SimulationExplanation[] })[EXPLANATIONS] ?? []
}
