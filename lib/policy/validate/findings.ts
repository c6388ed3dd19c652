// Collects findings with their JSON path and source range, in Access Analyzer's shape.
import type { Finding, FindingType, SourcePosition } from '../types'

export interface Located {
  start: SourcePosition
  end: SourcePosition
}

export class Findings {
  readonly list: Finding[] = []

  add(findingType: FindingType, issueCode: string, findingDetails: string, path: string, at: Located): void {
    this.list.push({ findingType, issueCode, findingDetails, path, start: at.start, end: at.end })
  }

  error(issueCode: string, findingDetails: string, path: string, at: Located): void {
    this.add('ERROR', issueCode, findingDetails, path, at)
  }

  securityWarning(issueCode: string, findingDetails: string, path: string, at: Located): void {
    this.add('SECURITY_WARNING', issueCode, findingDetails, path, at)
  }

  warning(issueCode: string, findingDetails: string, path: string, at: Located): void {
    this.add('WARNING', issueCode, findingDetails, path, at)
  }

  suggestion(issueCode: string, findingDetails: string, path: string, at: Located): void {
    this.add('SUGGESTION', issueCode, findingDetails, path, at)
  }
}

const SEVERITY: Record<FindingType, number> = { ERROR: 0, SECURITY_WARNING: 1, WARNING: 2, SUGGESTION: 3 }

/** Findings in document order; at one position the most severe first. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort((a, b) =>
    a.start.line - b.start.line || a.start.column - b.start.column || SEVERITY[a.findingType] - SEVERITY[b.findingType] || a.issueCode.localeCompare(b.issueCode))
}
