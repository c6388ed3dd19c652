// Action names match case-insensitively, with `*` and `?`:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
// ("Action names are case insensitive"; "You can use wildcards (* or ?) as part of the
// action name"). A `*` may span the service prefix's colon: "*" and "s3*" are legal.

import { compileGlob, type StringMatcher } from './wildcard'

/** Matcher over the LOWER-CASED request action (lower-case it once per request). */
export function compileActionPattern(pattern: string): StringMatcher {
  return compileGlob(pattern.toLowerCase())
}

export function actionMatches(pattern: string, action: string): boolean {
  return compileActionPattern(pattern)(action.toLowerCase())
}
