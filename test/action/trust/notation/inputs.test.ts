// The Notation inputs: both paths needed, with verify, relative to the workspace,
// and the trust policy valid, or the step fails naming the input.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { InputError } from '../../../../src/errors.js'
import { MAX_TRUST_POLICY_BYTES, parseNotationInputs } from '../../../../src/action/trust/notation/inputs.js'
import { trustPolicy } from '../../../support/notation.js'

let workspace: string
beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'notation-inputs-'))
  mkdirSync(join(workspace, '.github/notation/truststore'), { recursive: true })
  writeFileSync(join(workspace, '.github/notation/trustpolicy.json'), trustPolicy({}))
  writeFileSync(join(workspace, 'invalid.json'), '{"version": "1.0", "trustPolicies": []}')
  writeFileSync(join(workspace, 'huge.json'), ' '.repeat(MAX_TRUST_POLICY_BYTES + 1))
  writeFileSync(join(workspace, 'limit.json'), ' '.repeat(MAX_TRUST_POLICY_BYTES))
  symlinkSync(join(workspace, '.github/notation/trustpolicy.json'), join(workspace, 'link.json'))
})
afterAll(() => rmSync(workspace, { recursive: true, force: true }))

describe('parseNotationInputs', () => {
  test('paths relative to the workspace; the policy read and validated', () => {
    const config = parseNotationInputs({ policy: ' .github/notation/trustpolicy.json ', store: '.github/notation/truststore' }, 'digest', workspace)
    expect(config).toMatchObject({
      policyInput: '.github/notation/trustpolicy.json',
      storeInput: '.github/notation/truststore',
      storePath: join(workspace, '.github/notation/truststore')
    })
    expect(config.document.policies[0]!.name).toBe('policy-1')
  })

  test.each<[string, { policy: string; store: string }, 'digest' | undefined, string, string]>([
    ['a policy alone', { policy: 'p.json', store: '' }, 'digest', 'notation-trust-policy', 'needs notation-trust-store as well'],
    ['a store alone', { policy: '', store: 'store' }, 'digest', 'notation-trust-store', 'needs notation-trust-policy as well'],
    ['a store of blanks', { policy: 'p.json', store: '  ' }, 'digest', 'notation-trust-policy', 'needs notation-trust-store as well'],
    [
      'a policy of exactly the largest size, not JSON',
      { policy: 'limit.json', store: '.github/notation/truststore' },
      'digest',
      'notation-trust-policy',
      'limit.json is not valid JSON'
    ],
    ['no verify', { policy: 'p.json', store: 'store' }, undefined, 'notation-trust-policy', 'needs verify (digest or tag)'],
    [
      'a policy that does not exist',
      { policy: 'nowhere.json', store: '.github/notation/truststore' },
      'digest',
      'notation-trust-policy',
      'nowhere.json does not exist (paths are relative to the workspace'
    ],
    [
      'a policy that is a folder',
      { policy: '.github', store: '.github/notation/truststore' },
      'digest',
      'notation-trust-policy',
      'is not a regular file'
    ],
    [
      'a policy that is a symbolic link',
      { policy: 'link.json', store: '.github/notation/truststore' },
      'digest',
      'notation-trust-policy',
      'is not a regular file (symbolic links are not supported)'
    ],
    [
      'a policy too large',
      { policy: 'huge.json', store: '.github/notation/truststore' },
      'digest',
      'notation-trust-policy',
      `is larger than ${MAX_TRUST_POLICY_BYTES} bytes`
    ],
    [
      'an invalid policy',
      { policy: 'invalid.json', store: '.github/notation/truststore' },
      'digest',
      'notation-trust-policy',
      'invalid.json has no trust policy statements'
    ],
    [
      'a store that does not exist',
      { policy: '.github/notation/trustpolicy.json', store: 'nowhere' },
      'digest',
      'notation-trust-store',
      'nowhere does not exist'
    ],
    [
      'a store that is a file',
      { policy: '.github/notation/trustpolicy.json', store: 'invalid.json' },
      'digest',
      'notation-trust-store',
      'is not a folder'
    ]
  ])('refuses %s, naming the input', (_, texts, verify, input, message) => {
    const attempt = () => parseNotationInputs(texts, verify, workspace)
    expect(attempt).toThrow(InputError)
    expect(attempt).toThrow(`Input "${input}": `)
    expect(attempt).toThrow(message)
  })
})
