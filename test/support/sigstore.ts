// Sigstore instances made in the test, offline: certificate authorities,
// logs and a timestamp authority with their keys, and a trusted root that
// names them, so that bundles signed here verify (or fail to) with the
// same @sigstore/verify the action bundles, against nothing but loopback.
// - loggedInstance: as Sigstore's public good works (Fulcio with an SCT from a
//   CT log, a Rekor entry with its signed promise and inclusion proof), made
//   with @sigstore/mock; its CA's organization is "sigstore.mock".
// - githubInstance: as GitHub's own instance works for private repositories (a
//   CA whose organization is "GitHub, Inc.", timestamps from a TSA, no log).
// Statements are signed as DSSE envelopes with node:crypto.
import { createHash, generateKeyPairSync, randomInt, sign, webcrypto, type KeyObject } from 'node:crypto'
import { initializeCA, initializeCTLog, initializeTLog, initializeTSA } from '@sigstore/mock'
import * as x509 from '@peculiar/x509'

export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'
export const IN_TOTO = 'application/vnd.in-toto+json'
const OID = {
  issuer: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16'
}
const LONG_AGO = '2000-01-01T00:00:00Z'

/** What Fulcio writes into a certificate for a GitHub Actions run. */
export interface Identity {
  readonly san: string
  readonly issuer: string
  readonly buildSignerUri?: string
  readonly sourceRepositoryUri?: string
  readonly sourceRepositoryOwnerUri?: string
  readonly runnerEnvironment?: string
}

/** The certificate of `workflow` (owner/repo/.github/workflows/x.yml) run at `ref` on a GitHub-hosted runner. */
export function githubIdentity(workflow: string, ref = 'refs/heads/main', overrides: Partial<Identity> = {}): Identity {
  const [owner, repo] = workflow.split('/')
  return {
    san: `https://github.com/${workflow}@${ref}`,
    issuer: 'https://token.actions.githubusercontent.com',
    buildSignerUri: `https://github.com/${workflow}@${ref}`,
    sourceRepositoryUri: `https://github.com/${owner}/${repo}`,
    sourceRepositoryOwnerUri: `https://github.com/${owner}`,
    runnerEnvironment: 'github-hosted',
    ...overrides
  }
}

/** An in-toto statement about `digest` (sha256:<hex>). */
export function statement(digest: string, predicateType = 'https://slsa.dev/provenance/v1', name = 'registry/team/web'): object {
  const [algorithm, hex] = digest.split(':')
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name, digest: { [algorithm!]: hex } }],
    predicateType,
    predicate: { buildDefinition: { buildType: 'https://actions.github.io/buildtypes/workflow/v1' }, runDetails: {} }
  }
}

export interface SignOptions {
  readonly identity: Identity
  /** Replace the payload after signing: the signature no longer covers what the envelope says. */
  readonly tamper?: (statement: object) => object
}

export interface TestInstance {
  /** One trusted root, as one line of `gh attestation trusted-root` holds it. */
  readonly trustedRoot: object
  sign(signed: object, options: SignOptions): Promise<object>
}

function ecKeys(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' })
}

const b64 = (data: ArrayBufferView | Buffer | string) =>
  (typeof data === 'string' ? Buffer.from(data) : Buffer.from(data.buffer, data.byteOffset, data.byteLength)).toString('base64')
const spki = (key: KeyObject) => key.export({ format: 'der', type: 'spki' })
const sha256 = (data: Buffer | string) => createHash('sha256').update(data).digest()
const pem = (der: Buffer) => `-----BEGIN CERTIFICATE-----\n${der.toString('base64')}\n-----END CERTIFICATE-----\n`

/** DSSE's pre-authentication encoding: what the signature covers. */
function pae(payloadType: string, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `), payload])
}

function extensionsOf(identity: Identity) {
  const fields: Array<[string, string | undefined]> = [
    [OID.issuer, identity.issuer],
    [OID.buildSignerUri, identity.buildSignerUri],
    [OID.runnerEnvironment, identity.runnerEnvironment],
    [OID.sourceRepositoryUri, identity.sourceRepositoryUri],
    [OID.sourceRepositoryOwnerUri, identity.sourceRepositoryOwnerUri]
  ]
  return fields.filter((field): field is [string, string] => field[1] !== undefined).map(([oid, value]) => ({ oid, value }))
}

function envelope(signed: object, key: KeyObject, tamper?: (statement: object) => object) {
  const payload = Buffer.from(JSON.stringify(signed))
  const signature = sign('sha256', pae(IN_TOTO, payload), key)
  const shown = tamper ? Buffer.from(JSON.stringify(tamper(signed))) : payload
  return {
    payload,
    signature,
    json: { payload: shown.toString('base64'), payloadType: IN_TOTO, signatures: [{ sig: signature.toString('base64'), keyid: '' }] }
  }
}

/**
 * Sigstore's public good, in miniature. `caClock` backdates the certificates
 * it issues (each valid for 10 minutes from then), for a certificate that had
 * expired when the log saw the signature.
 */
export async function loggedInstance(options: { caClock?: Date } = {}): Promise<TestInstance> {
  const ctKeys = ecKeys()
  const tlogKeys = ecKeys()
  const ctLog = await initializeCTLog(ctKeys)
  const ca = await initializeCA(ecKeys(), ctLog, options.caClock)
  const tlogUrl = 'https://rekor.sigstore.test'
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: tlogUrl,
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(spki(tlogKeys.publicKey)), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: LONG_AGO } },
        logId: { keyId: b64(sha256(spki(tlogKeys.publicKey))) }
      }
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: 'https://fulcio.sigstore.test',
        certChain: { certificates: [{ rawBytes: b64(ca.rootCertificate) }] },
        validFor: { start: LONG_AGO }
      }
    ],
    ctlogs: [
      {
        baseUrl: 'https://ctfe.sigstore.test',
        hashAlgorithm: 'SHA2_256',
        publicKey: { rawBytes: b64(ctLog.publicKey), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start: LONG_AGO } },
        logId: { keyId: b64(ctLog.logID) }
      }
    ],
    timestampAuthorities: []
  }
  return {
    trustedRoot,
    async sign(signed, { identity, tamper }) {
      const leaf = ecKeys()
      const certificate = Buffer.from(
        (await ca.issueCertificate({
          publicKey: spki(leaf.publicKey),
          subjectAltName: identity.san,
          extensions: extensionsOf(identity)
        })) as Uint8Array
      )
      const { payload, signature, json } = envelope(signed, leaf.privateKey, tamper)
      // A log made for this entry, so that its clock is now: the certificate was valid when it was logged.
      const tlog = await initializeTLog(tlogUrl, tlogKeys)
      const body = {
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
          signatures: [{ signature: signature.toString('base64'), verifier: b64(pem(certificate)) }],
          payloadHash: { algorithm: 'sha256', value: sha256(payload).toString('hex') },
          envelopeHash: { algorithm: 'sha256', value: sha256(JSON.stringify(json)).toString('hex') }
        }
      }
      const logged = Object.values(await tlog.log(body))[0] as {
        body: string
        integratedTime: number
        logID: string
        logIndex: number
        verification: {
          signedEntryTimestamp: string
          inclusionProof: { logIndex: number; treeSize: number; rootHash: string; hashes: string[]; checkpoint: string }
        }
      }
      const proof = logged.verification.inclusionProof
      return {
        mediaType: BUNDLE_MEDIA_TYPE,
        verificationMaterial: {
          certificate: { rawBytes: certificate.toString('base64') },
          tlogEntries: [
            {
              logIndex: String(logged.logIndex),
              logId: { keyId: Buffer.from(logged.logID, 'hex').toString('base64') },
              kindVersion: { kind: 'dsse', version: '0.0.1' },
              integratedTime: String(logged.integratedTime),
              inclusionPromise: { signedEntryTimestamp: logged.verification.signedEntryTimestamp },
              inclusionProof: {
                logIndex: String(proof.logIndex),
                rootHash: Buffer.from(proof.rootHash, 'hex').toString('base64'),
                treeSize: String(proof.treeSize),
                hashes: proof.hashes,
                checkpoint: { envelope: proof.checkpoint }
              },
              canonicalizedBody: logged.body
            }
          ],
          timestampVerificationData: { rfc3161Timestamps: [] }
        },
        dsseEnvelope: json
      }
    }
  }
}

/**
 * GitHub's own instance, in miniature: a CA of "GitHub, Inc." and a TSA, no
 * transparency log; with another organization, any instance without logs.
 */
export async function githubInstance(organization = 'GitHub, Inc.'): Promise<TestInstance> {
  // The TSA stamps the time of this Date, set to the whole second before each stamp: with milliseconds, asn1js
  // writes the fraction without its trailing zeros (".12Z", as DER requires), which @sigstore/core's parser
  // refuses ("invalid time") one time in ten. Sigstore's own TSA writes whole seconds.
  const clock = new Date()
  const tsa = await initializeTSA(ecKeys(), clock)
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }
  const caKeys = await webcrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])
  const root = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: '01',
      name: `CN=Test GitHub Attestations,O=${organization.replaceAll(',', '\\,')}`,
      notBefore: new Date(Date.now() - 60_000),
      notAfter: new Date(Date.now() + 86_400_000),
      signingAlgorithm: algorithm,
      keys: caKeys,
      extensions: [
        new x509.BasicConstraintsExtension(true, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)
      ]
    },
    webcrypto
  )
  const trustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [
      {
        subject: { organization, commonName: 'Test GitHub Attestations' },
        uri: 'https://fulcio.githubapp.test',
        certChain: { certificates: [{ rawBytes: b64(Buffer.from(root.rawData)) }] },
        validFor: { start: LONG_AGO }
      }
    ],
    ctlogs: [],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: 'https://timestamp.githubapp.test',
        certChain: { certificates: [{ rawBytes: b64(tsa.intCertificate) }, { rawBytes: b64(tsa.rootCertificate) }] },
        validFor: { start: LONG_AGO }
      }
    ]
  }
  return {
    trustedRoot,
    async sign(signed, { identity, tamper }) {
      const leaf = ecKeys()
      const leafPublic = await webcrypto.subtle.importKey('spki', spki(leaf.publicKey), algorithm, true, ['verify'])
      const certificate = await x509.X509CertificateGenerator.create(
        {
          serialNumber: '02',
          issuer: root.subject,
          subject: '',
          notBefore: new Date(Date.now() - 60_000),
          notAfter: new Date(Date.now() + 600_000),
          signingAlgorithm: algorithm,
          publicKey: leafPublic,
          signingKey: caKeys.privateKey,
          extensions: [
            new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
            new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.codeSigning]),
            new x509.SubjectAlternativeNameExtension([{ type: 'url', value: identity.san }], true),
            ...extensionsOf(identity).map(({ oid, value }) => new x509.Extension(oid, false, utf8String(value)))
          ]
        },
        webcrypto
      )
      const { signature, json } = envelope(signed, leaf.privateKey, tamper)
      clock.setTime(Math.floor(Date.now() / 1000) * 1000)
      const timestamp = await tsa.timestamp({
        artifactHash: sha256(signature),
        hashAlgorithmOID: '2.16.840.1.101.3.4.2.1',
        nonce: randomInt(1_000_000),
        policyOID: '1.3.6.1.4.1.57264.2',
        certReq: true
      })
      return {
        mediaType: BUNDLE_MEDIA_TYPE,
        verificationMaterial: {
          certificate: { rawBytes: b64(Buffer.from(certificate.rawData)) },
          tlogEntries: [],
          timestampVerificationData: { rfc3161Timestamps: [{ signedTimestamp: b64(timestamp) }] }
        },
        dsseEnvelope: json
      }
    }
  }
}

/** DER of a UTF8String, as Fulcio encodes its extensions from 1.3.6.1.4.1.57264.1.8 on. */
function utf8String(text: string): Buffer {
  const bytes = Buffer.from(text, 'utf8')
  const length =
    bytes.length < 128
      ? Buffer.from([bytes.length])
      : bytes.length < 256
        ? Buffer.from([0x81, bytes.length])
        : Buffer.from([0x82, bytes.length >> 8, bytes.length & 0xff])
  return Buffer.concat([Buffer.from([0x0c]), length, bytes])
}
