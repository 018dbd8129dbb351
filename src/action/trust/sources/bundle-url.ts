// An attestation whose bundle GitHub's API does not hold inline: `"bundle":
// null` beside a `bundle_url`, a pre-signed, time-limited address in GitHub's
// blob storage, on another host than the API's. The bundle there is the same
// Sigstore bundle, snappy-compressed (block format, Content-Type
// application/x-snappy), or plain JSON. The address was written by GitHub, in
// an answer read over TLS with the token, not by the event's sender; it is
// pre-signed, so nothing is sent with it: no token, no Authorization, no
// cookie. Everything read is capped before it is kept: the answer by what a
// snappy block of MAX_SIGNATURE_BYTES can take, the decompressed bundle by
// MAX_SIGNATURE_BYTES, read from the block's header before any byte is
// allocated for it.
import { decompress, decompressedLength } from '@stablelib/snappy/lib/decompress.js'
import { headerText, isSecureHop, RedirectRefused, sendFollowingRedirects, TransportError } from '../../http/transport.js'
import { MAX_SIGNATURE_BYTES } from './referrers.js'

/** The most a snappy block of MAX_SIGNATURE_BYTES can take (snappy's MaxEncodedLen: 32 + n + n/6): a longer answer is cut off, unread. */
export const MAX_COMPRESSED_BUNDLE_BYTES = 32 + MAX_SIGNATURE_BYTES + Math.floor(MAX_SIGNATURE_BYTES / 6)
export const MAX_BUNDLE_URL_REDIRECTS = 3

/**
 * A bundle fetched from its bundle_url: its JSON; a refusal of that
 * attestation alone (what it pointed at is not a bundle this action reads);
 * or `unavailable`, the storage could not answer (no connection, a timeout,
 * a status other than 200), which fails the step unless another bundle passes.
 */
export type FetchedBundle = { readonly json: unknown } | { readonly refusal: string } | { readonly unavailable: string }

export interface BundleUrlFetch {
  /** The API's host: plain http is allowed only from a loopback API to a loopback host (the tests). */
  readonly apiHost: string
  readonly timeoutMs: number
}

/** Fetches and decodes the bundle at `address`, with no credential of any kind. */
export async function fetchBundleUrl(address: string, options: BundleUrlFetch): Promise<FetchedBundle> {
  let url: URL
  try {
    url = new URL(address)
  } catch {
    return { refusal: 'an attestation from GitHub has a bundle_url that is not a URL' }
  }
  const where = `the bundle of an attestation from GitHub at ${url.host}`
  if (!isSecureHop(url, options.apiHost)) {
    return { refusal: `${where} is not at an https address (${url.protocol}): it was not fetched` }
  }
  let answer
  try {
    answer = await sendFollowingRedirects(
      url,
      // No Authorization, nor any other credential: the address is pre-signed.
      {
        method: 'GET',
        headers: { accept: 'application/x-snappy, application/json' },
        maxBytes: MAX_COMPRESSED_BUNDLE_BYTES,
        timeoutMs: options.timeoutMs
      },
      // Any host, as blob storage redirects where it keeps the blob; each hop over https (transport.ts checks it before connecting).
      { maxRedirects: MAX_BUNDLE_URL_REDIRECTS, allows: () => true }
    )
  } catch (error) {
    if (error instanceof RedirectRefused) {
      return { refusal: `${where} redirected elsewhere (${error.refusal.kind}): not followed` }
    }
    if (error instanceof TransportError) {
      const failure = error.failure
      if (failure.kind === 'too-large') {
        return { refusal: `${where} is larger than ${failure.maxBytes} bytes: not read` }
      }
      const why = failure.timedOut ? `no answer within ${options.timeoutMs / 1000}s` : (failure.code ?? failure.message)
      return {
        unavailable: `Cannot fetch the bundle of an attestation from GitHub at ${url.host} (${why}): check that the runner reaches ${url.host}; nothing was assumed verified`
      }
    }
    throw error
  }
  if (answer.status !== 200) {
    return {
      unavailable: `GitHub's storage at ${url.host} answered HTTP ${answer.status} for the bundle of an attestation (its address is valid for a short time: run the job again); nothing was assumed verified`
    }
  }
  return decodeBundle(answer.body, headerText(answer.headers['content-type']), where)
}

/**
 * The bundle's JSON from what the storage answered: snappy's block format
 * when it says application/x-snappy, or when the answer is not JSON text;
 * JSON as it is otherwise. Both capped at MAX_SIGNATURE_BYTES.
 */
export function decodeBundle(body: Buffer, contentType: string, where: string): FetchedBundle {
  const mediaType = contentType.split(';')[0]!.trim().toLowerCase()
  const looksLikeJson = /^\s*\{/.test(body.subarray(0, 64).toString('latin1'))
  let text: Buffer
  if (mediaType === 'application/x-snappy' || !looksLikeJson) {
    let length: number
    try {
      length = decompressedLength(body)
    } catch (error) {
      return { refusal: `${where} is neither JSON nor snappy-compressed (${(error as Error).message})` }
    }
    // Before any byte is allocated for it: the header says how large the bundle will be.
    if (length > MAX_SIGNATURE_BYTES) {
      return { refusal: `${where} would decompress to ${length} bytes, more than the ${MAX_SIGNATURE_BYTES} this action reads: not decompressed` }
    }
    try {
      const decoded = decompress(body)
      text = Buffer.from(decoded.buffer, decoded.byteOffset, decoded.length)
    } catch (error) {
      return { refusal: `${where} is not a valid snappy block (${(error as Error).message})` }
    }
  } else {
    if (body.length > MAX_SIGNATURE_BYTES) {
      return { refusal: `${where} is ${body.length} bytes, more than the ${MAX_SIGNATURE_BYTES} this action reads: not read` }
    }
    text = body
  }
  try {
    return { json: JSON.parse(text.toString('utf8')) as unknown }
  } catch {
    return { refusal: `${where} is not JSON once decoded` }
  }
}
