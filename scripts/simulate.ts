// npm run --silent simulate -- FILE.json     one SimulateCustomPolicy request -> its response
// npm run --silent simulate -- --batch       one request per stdin line -> one response per line
//
// Requests and responses have the shape of IAM's SimulateCustomPolicy (see
// lib/policy/simulate/simulate-types.ts). Bad input answers with AWS's error shape
// ({"Error": {"Code": "MalformedPolicyDocument" | "InvalidInput", ...}}) and exit code 1;
// never with a stack trace.

import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { isSimulateError, simulateCustomPolicy } from '../lib/policy/index'
import type { SimulateCustomPolicyResponse, SimulateErrorResponse } from '../lib/policy/index'

type Response = SimulateCustomPolicyResponse | SimulateErrorResponse

function inputError(message: string): SimulateErrorResponse {
  return { Error: { Type: 'Sender', Code: 'InvalidInput', Message: message } }
}

export function simulateText(text: string): Response {
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch (e) {
    return inputError(`The request is not valid JSON: ${(e as Error).message}`)
  }
  try {
    return simulateCustomPolicy(input)
  } catch (e) {
    // The engine never throws on input; if it ever does, answer in AWS's shape anyway.
    return { Error: { Type: 'Sender', Code: 'InvalidInput', Message: `The request could not be simulated: ${(e as Error).message}` } }
  }
}

async function main(argv: string[]): Promise<number> {
  const usage = 'usage: npm run --silent simulate -- FILE.json | --batch'
  if (argv.length !== 1 || argv[0] === '--help' || argv[0] === '-h') {
    process.stderr.write(`${usage}\n`)
    return argv[0] === '--help' || argv[0] === '-h' ? 0 : 1
  }
  if (argv[0] === '--batch') {
    let failed = false
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity })
    for await (const line of rl) {
      if (!line.trim()) continue
      const r = simulateText(line)
      if (isSimulateError(r)) failed = true
      process.stdout.write(`${JSON.stringify(r)}\n`)
    }
    return failed ? 1 : 0
  }
  let text: string
  try {
    text = readFileSync(argv[0], 'utf8')
  } catch (e) {
    const r = inputError(`Cannot read ${argv[0]}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`)
    return 1
  }
  const r = simulateText(text)
  process.stdout.write(`${JSON.stringify(r, null, 2)}\n`)
  return isSimulateError(r) ? 1 : 0
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('scripts/simulate.ts')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code
  })
}
