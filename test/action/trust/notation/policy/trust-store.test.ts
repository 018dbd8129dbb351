// The trust store folder, laid out as Notation's: PEM and DER files, what is
// ignored with a warning and what is refused.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { loadStores, readCertificates, TrustStoreError } from '../../../../../src/action/trust/notation/policy/trust-store.js'
import { codeSigning, intermediateAuthority, issue, rootAuthority, selfSignedSigner, type Issued } from '../../../../support/notation.js'

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

  test('a store named twice is read once; extensions in capitals count; what is not a regular file is ignored', () => {
    const store = join(folder, 'x509/ca/twice')
    mkdirSync(store, { recursive: true })
    writeFileSync(join(store, 'ROOT.PEM'), root.pem)
    execFileSync('mkfifo', [join(store, 'pipe.pem')])
    const loaded = loadStores(
      folder,
      [
        { type: 'ca', name: 'twice' },
        { type: 'ca', name: 'twice' }
      ],
      'ca'
    )
    expect(loaded.certificates.map(c => c.describe())).toEqual(['C=US, ST=WA, O=Contoso, CN=Root'])
    expect(loaded.warnings).toEqual([`${join(store, 'pipe.pem')} in the trust store ca:twice (${store}) is not a .pem, .crt or .cer file: ignored`])
  })

  test('files are read in the order of their names, whatever order the folder lists them in', async () => {
    const store = join(folder, 'x509/ca/ordered')
    mkdirSync(store, { recursive: true })
    // Written out of order: a folder lists its files in the order they were made (or its reverse), not by name.
    writeFileSync(join(store, 'b.pem'), intermediate.pem)
    writeFileSync(join(store, 'a.pem'), root.pem)
    writeFileSync(join(store, 'c.pem'), (await rootAuthority('CN=Third')).pem)
    expect(loadStores(folder, [{ type: 'ca', name: 'ordered' }], 'ca').certificates.map(c => c.describe())).toEqual([
      'C=US, ST=WA, O=Contoso, CN=Root',
      'C=US, ST=WA, O=Contoso, CN=Intermediate',
      'CN=Third'
    ])
  })

  test('the certificate of a file that cannot be read is named by its place in the file', () => {
    const pem = `${root.pem}-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n`
    expect(() => readCertificates(Buffer.from(pem), 'x.pem')).toThrow('certificate 2 of x.pem')
    expect(() => readCertificates(Buffer.concat([root.der, Buffer.from('3000', 'hex')]), 'x.cer')).toThrow('certificate 2 of x.cer')
  })

  test('a trust store path that cannot be read for another reason than its absence says why', () => {
    const file = join(folder, 'not-a-folder')
    writeFileSync(file, '')
    expect(() => loadStores(file, [{ type: 'ca', name: 'x' }], 'ca')).toThrow(
      `the trust store ca:x (${join(file, 'x509/ca/x')}) cannot be read (ENOTDIR)`
    )
  })

  test('a self-signed signing certificate is trusted in a ca store, as notation cert generate-test makes one', async () => {
    const store = join(folder, 'x509/ca/generated')
    mkdirSync(store, { recursive: true })
    writeFileSync(join(store, 'generated.crt'), (await selfSignedSigner('CN=generate-test')).pem)
    expect(loadStores(folder, [{ type: 'ca', name: 'generated' }], 'ca').certificates.map(c => c.describe())).toEqual(['CN=generate-test'])
  })

  test.each<[string, Buffer | string, string]>([
    ['an empty file', Buffer.alloc(0), 'x.crt is empty'],
    [
      'a PEM CERTIFICATE block that is DER of something else',
      '-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n',
      'certificate 1 of x.crt'
    ],
    ['DER of something else', Buffer.from('3000', 'hex'), 'certificate 1 of x.crt'],
    ['a certificate and then garbage', '', 'x.crt is neither PEM nor DER certificates'],
    ['PEM blocks whose END names another type', '-----BEGIN CERTIFICATE-----\nMAA=\n-----END PRIVATE KEY-----\n', 'x.crt holds no complete PEM block']
  ])('readCertificates refuses %s with a TrustStoreError', (name, bytes, message) => {
    const input = name === 'a certificate and then garbage' ? Buffer.concat([root.der, Buffer.from([0xff])]) : Buffer.from(bytes)
    expect(() => readCertificates(input, 'x.crt')).toThrow(TrustStoreError)
    expect(() => readCertificates(input, 'x.crt')).toThrow(message)
  })

  test('readCertificates: PEM blocks with line breaks and text around them, and concatenated DER, in order', () => {
    const pem = `subject=${root.subject}\n${root.pem}\nsome text\n${intermediate.pem.replace(/\n/g, '\r\n')}`
    expect(readCertificates(Buffer.from(pem), 'x.pem').map(c => c.describe())).toEqual([
      'C=US, ST=WA, O=Contoso, CN=Root',
      'C=US, ST=WA, O=Contoso, CN=Intermediate'
    ])
    expect(readCertificates(Buffer.concat([intermediate.der, root.der]), 'x.cer').map(c => c.describe())).toEqual([
      'C=US, ST=WA, O=Contoso, CN=Intermediate',
      'C=US, ST=WA, O=Contoso, CN=Root'
    ])
  })

  test('an issued certificate is accepted in the store when it is a CA', async () => {
    const store = join(folder, 'x509/ca/intermediate-only')
    mkdirSync(store, { recursive: true })
    writeFileSync(join(store, 'ca.crt'), intermediate.der)
    expect(loadStores(folder, [{ type: 'ca', name: 'intermediate-only' }], 'ca').certificates).toHaveLength(1)
    void issue
  })
})
