// The trust store folder, laid out as Notation's: PEM and DER files, what is
// ignored with a warning and what is refused.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadStores, readCertificates } from '../../../../../src/action/trust/notation/policy/trust-store.js'
import { codeSigning, intermediateAuthority, issue, rootAuthority, type Issued } from '../../../../support/notation.js'

let root: Issued
let intermediate: Issued
let leaf: Issued

beforeAll(async () => {
  root = await rootAuthority('C=US, ST=WA, O=Contoso, CN=Root')
  intermediate = await intermediateAuthority(root, 'C=US, ST=WA, O=Contoso, CN=Intermediate')
  leaf = await codeSigning(intermediate, 'C=US, ST=WA, O=Contoso, CN=builder')
})

describe('the trust store folder', () => {
  let folder: string
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'notation-store-'))
  })
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  test('PEM and DER files; sub-folders and other files ignored, with a warning', async () => {
    const store = join(folder, 'x509/ca/mixed')
    mkdirSync(join(store, 'old'), { recursive: true })
    writeFileSync(join(store, 'root.pem'), root.pem)
    writeFileSync(join(store, 'other.cer'), Buffer.concat([intermediate.der, (await rootAuthority('CN=Second')).der]))
    writeFileSync(join(store, 'README.md'), 'certificates of the Contoso CA')
    writeFileSync(join(store, 'old/expired.pem'), root.pem)
    const loaded = loadStores(
      folder,
      [
        { type: 'ca', name: 'mixed' },
        { type: 'tsa', name: 'mixed' }
      ],
      'ca'
    )
    expect(loaded.certificates.map(c => c.describe())).toEqual([
      'C=US, ST=WA, O=Contoso, CN=Intermediate',
      'CN=Second',
      'C=US, ST=WA, O=Contoso, CN=Root'
    ])
    expect(loaded.warnings).toEqual([
      expect.stringContaining('README.md in the trust store ca:mixed'),
      expect.stringContaining('old is a folder inside the trust store ca:mixed')
    ])
  })

  test.each<[string, (store: string) => Promise<void> | void, string]>([
    ['a store that does not exist', () => undefined, 'does not exist'],
    ['a store that is a file', store => writeFileSync(store, root.pem), 'is not a folder'],
    [
      'a store that is a symbolic link',
      store => symlinkSync(join(folder, 'x509/ca/mixed'), store),
      'is not a folder (symbolic links are not supported)'
    ],
    [
      'a certificate file that is a symbolic link',
      store => {
        mkdirSync(store, { recursive: true })
        symlinkSync(join(folder, 'x509/ca/mixed/root.pem'), join(store, 'root.pem'))
      },
      'is a symbolic link, which is not supported'
    ],
    ['an empty store', store => mkdirSync(store, { recursive: true }), 'holds no certificate'],
    [
      'a file that is not a certificate',
      store => {
        mkdirSync(store, { recursive: true })
        writeFileSync(join(store, 'key.pem'), '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n')
      },
      'holds a PEM block "PRIVATE KEY", not a CERTIFICATE'
    ],
    [
      'a leaf that is not self-signed',
      store => {
        mkdirSync(store, { recursive: true })
        writeFileSync(join(store, 'leaf.pem'), leaf.pem)
      },
      'is neither a CA certificate nor a self-signed signing certificate'
    ]
  ])('refuses %s', async (_, make, message) => {
    const name = `case-${Math.random().toString(36).slice(2)}`
    mkdirSync(join(folder, 'x509/ca'), { recursive: true })
    await make(join(folder, 'x509/ca', name))
    expect(() => loadStores(folder, [{ type: 'ca', name }], 'ca')).toThrow(message)
  })

  test('a tsa store holds self-signed roots only', async () => {
    mkdirSync(join(folder, 'x509/tsa/intermediate'), { recursive: true })
    writeFileSync(join(folder, 'x509/tsa/intermediate/ca.pem'), intermediate.pem)
    expect(() => loadStores(folder, [{ type: 'tsa', name: 'intermediate' }], 'tsa')).toThrow('is not a self-signed root, which a tsa store must hold')
  })

  test('garbage that is neither PEM nor DER', () => {
    expect(() => readCertificates(Buffer.from([0x30, 0x84, 0xff]), 'x.crt')).toThrow('x.crt is neither PEM nor DER certificates')
    expect(() => readCertificates(Buffer.from('-----BEGIN CERTIFICATE-----\nAAAA'), 'x.pem')).toThrow('x.pem holds no complete PEM block')
  })

  test('an issued certificate is accepted in the store when it is a CA', async () => {
    const store = join(folder, 'x509/ca/intermediate-only')
    mkdirSync(store, { recursive: true })
    writeFileSync(join(store, 'ca.crt'), intermediate.der)
    expect(loadStores(folder, [{ type: 'ca', name: 'intermediate-only' }], 'ca').certificates).toHaveLength(1)
    void issue
  })
})
