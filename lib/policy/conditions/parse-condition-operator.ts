export type SetOperator = 'ForAllValues' | 'ForAnyValue'

export interface ParsedConditionOperator {
  /** As written in the policy, e.g. 'ForAnyValue:StringLikeIfExists'. */
  name: string
  /** Without set operator and IfExists, e.g. 'StringLike'. */
  base: string
  ifExists: boolean
  setOperator?: SetOperator
}

const IF_EXISTS = 'IfExists'

/**
 * Split an operator name into set operator, base and IfExists, or undefined when the name is not
 * an IAM condition operator. Names are matched case-sensitively, as written in AWS's reference.
 * `IfExists` may follow any operator except Null:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
 */
export function parseConditionOperator(
  name: string,
  isBaseOperator: (base: string) => boolean,
): ParsedConditionOperator | undefined {
  let rest = name
  let setOperator: SetOperator | undefined
  const colon = name.indexOf(':')
  if (colon !== -1) {
    const prefix = name.slice(0, colon)
    if (prefix !== 'ForAllValues' && prefix !== 'ForAnyValue') return undefined
    setOperator = prefix
    rest = name.slice(colon + 1)
  }
  let base = rest
  let ifExists = false
  if (!isBaseOperator(rest) && rest.endsWith(IF_EXISTS)) {
    base = rest.slice(0, -IF_EXISTS.length)
    ifExists = true
    if (base === 'Null') return undefined
  }
  if (!isBaseOperator(base)) return undefined
  return setOperator ? { name, base, ifExists, setOperator } : { name, base, ifExists }
}
