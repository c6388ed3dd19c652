// Policy variables in Resource and in condition values: ${name} or ${name, 'default'}, only
// in 2012-10-17 policies. IAM treats a malformed variable as literal text, so these are
// WARNINGs (Access Analyzer lists them as errors) with Access Analyzer's codes.
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html
import type { Findings } from './findings'
import type { StringItem } from './json-values'

export function checkVariables(item: StringItem, version: string, findings: Findings): void {
  const value = item.value
  const open = value.indexOf('${')
  if (open === -1) return
  if (version !== '2012-10-17') {
    findings.warning('VARIABLE_UNSUPPORTED_IN_VERSION', 'To include variables in your policy, use the policy version 2012-10-17 or later.', item.path, item.node)
    return
  }
  let i = open
  while (i !== -1) {
    const close = value.indexOf('}', i)
    if (close === -1) {
      findings.warning('MISSING_BRACE_IN_VARIABLE', 'The policy variable is missing a closing curly brace. Add } after the variable text.', item.path, item.node)
      return
    }
    const body = value.slice(i + 2, close)
    const [name, ...rest] = body.split(',')
    if (body.trim() === '') {
      findings.warning('EMPTY_VARIABLE', 'Empty policy variable. Remove the variable structure or provide a variable within the structure.', item.path, item.node)
    } else if (name.trim() !== name || /\s/.test(name)) {
      findings.warning('UNSUPPORTED_SPACE_IN_VARIABLE', 'A space is not supported within the policy variable text. Remove the space.', item.path, item.node)
    } else if (rest.length) {
      const fallback = rest.join(',').trim()
      if (!/^'.*'$/.test(fallback)) findings.warning('MISSING_QUOTE_IN_VARIABLE', 'The policy variable default value must begin and end with a single quote. Add the missing quote.', item.path, item.node)
    }
    i = value.indexOf('${', close)
  }
}
