import { describe, expect, test } from 'vitest'
import { parseSourceClient } from '../../../src/action/docker-config/source-client.js'

describe('parseSourceClient', () => {
  test.each([
    ['azure/aks', 'azure', true],
    ['azure/app-service/web-apps', 'azure', true],
    ['azureusgov/functions', 'azureusgov', true],
    ['on-prem/jenkins', 'on-prem', true],
    ['github/actions', 'github', false],
    ['acme/deploy_bot.v2', 'acme', false]
  ])('%s is accepted (known cloud: %s)', (text, cloud, known) => {
    expect(parseSourceClient(text)).toEqual({ value: text, cloud, knownCloud: known })
  })

  test('empty means the Docker config is not touched', () => {
    expect(parseSourceClient('')).toBeUndefined()
    expect(parseSourceClient('  ')).toBeUndefined()
  })

  test.each([
    'azure',
    'azure/',
    '/aks',
    'Azure/AKS',
    'azure/aks/x/y',
    'azure/a ks',
    'azure/aks\nX-Other: 1',
    'azure/$(id)',
    `azure/${'a'.repeat(123)}` // 129 characters
  ])('%j is refused, naming the input and the rule', text => {
    expect(() => parseSourceClient(text)).toThrow(
      /^Input "source-client": must be <cloud>\/<service>\[\/<sub-service>\], each part made of lowercase letters/
    )
  })

  test('128 characters is the limit', () => {
    expect(parseSourceClient(`azure/${'a'.repeat(122)}`)?.value).toHaveLength(128)
  })
})
