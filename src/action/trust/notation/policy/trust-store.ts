// The trust store: a folder laid out as Notation's (`x509/ca/NAME/`,
// `x509/signingAuthority/NAME/`, `x509/tsa/NAME/`), each named store holding
// certificates in .pem, .crt or .cer files, PEM or DER. As the specification
// says: symbolic links are refused, sub-folders ignored (with a warning), a
// certificate that is not a CA must be a self-signed signing certificate, and a
// `tsa` store holds self-signed roots only. Reads only the folder it is given.
import { lstatSync, readdirSync, readFileSync } from 'node:fs'
import { extname, join } from 'node:path'
import { Certificate, CertificateError } from '../x509/certificate.js'
import { DerError, parseAt } from '../x509/der.js'
import type { StoreReference, StoreType } from './trust-policy.js'

/** The trust store cannot be read as the policy needs it: a configuration error, never a signature's fault. */
export class TrustStoreError extends Error {
  override readonly name = 'TrustStoreError'
}

export interface LoadedStores {
  readonly certificates: readonly Certificate[]
  /** Things ignored on the way, for the log. */
  readonly warnings: readonly string[]
}

const CERTIFICATE_FILES = new Set(['.pem', '.crt', '.cer'])

/** Every certificate of the stores of `type` that the policy names, each store read once. */
export function loadStores(root: string, stores: readonly StoreReference[], type: StoreType): LoadedStores {
  const certificates: Certificate[] = []
  const warnings: string[] = []
  const names = [...new Set(stores.filter(store => store.type === type).map(store => store.name))]
  for (const name of names) {
    const folder = join(root, 'x509', type, name)
    const what = `the trust store ${type}:${name} (${folder})`
    let stat
    try {
      stat = lstatSync(folder)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new TrustStoreError(code === 'ENOENT' ? `${what} does not exist` : `${what} cannot be read (${code ?? String(error)})`)
    }
    if (stat.isSymbolicLink() || !stat.isDirectory()) throw new TrustStoreError(`${what} is not a folder (symbolic links are not supported)`)
    const found: Certificate[] = []
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name)
      if (entry.isSymbolicLink()) throw new TrustStoreError(`${path} in ${what} is a symbolic link, which is not supported`)
      if (entry.isDirectory()) {
        warnings.push(`${path} is a folder inside ${what}: ignored, as Notation ignores it`)
        continue
      }
      if (!entry.isFile() || !CERTIFICATE_FILES.has(extname(entry.name).toLowerCase())) {
        warnings.push(`${path} in ${what} is not a .pem, .crt or .cer file: ignored`)
        continue
      }
      for (const certificate of readCertificates(readFileSync(path), path)) {
        checkTrusted(certificate, type, path)
        found.push(certificate)
      }
    }
    if (found.length === 0) throw new TrustStoreError(`${what} holds no certificate`)
    certificates.push(...found)
  }
  return { certificates, warnings }
}

/** One or more certificates, PEM blocks or concatenated DER. */
export function readCertificates(bytes: Buffer, path: string): Certificate[] {
  const text = bytes.toString('latin1')
  const parse = (der: Uint8Array, index: number) => {
    try {
      return Certificate.parse(der, `certificate ${index + 1} of ${path}`)
    } catch (error) {
      if (error instanceof CertificateError) throw new TrustStoreError(error.message)
      throw error
    }
  }
  if (text.includes('-----BEGIN')) {
    const blocks = [...text.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \1-----/g)]
    if (blocks.length === 0) throw new TrustStoreError(`${path} holds no complete PEM block`)
    const other = blocks.find(block => block[1] !== 'CERTIFICATE')
    if (other) throw new TrustStoreError(`${path} holds a PEM block "${other[1]}", not a CERTIFICATE`)
    return blocks.map((block, index) => parse(Buffer.from(block[2]!.replace(/\s+/g, ''), 'base64'), index))
  }
  const certificates: Certificate[] = []
  for (let at = 0; at < bytes.length;) {
    let end
    try {
      end = parseAt(bytes, at, 0, path).end
    } catch (error) {
      if (error instanceof DerError) throw new TrustStoreError(`${path} is neither PEM nor DER certificates`)
      throw error
    }
    certificates.push(parse(bytes.subarray(at, end), certificates.length))
    at = end
  }
  if (certificates.length === 0) throw new TrustStoreError(`${path} is empty`)
  return certificates
}

function checkTrusted(certificate: Certificate, type: StoreType, path: string): void {
  const selfSigned = certificate.isIssuedBy(certificate)
  if (type === 'tsa' && !selfSigned)
    throw new TrustStoreError(`${path}: ${certificate.describe()} is not a self-signed root, which a tsa store must hold`)
  if (!certificate.x509.ca && !selfSigned) {
    throw new TrustStoreError(`${path}: ${certificate.describe()} is neither a CA certificate nor a self-signed signing certificate`)
  }
}
