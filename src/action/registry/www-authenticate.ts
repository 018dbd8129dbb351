// WWW-Authenticate (RFC 9110 §11.6.1), as registries send it on a 401: which
// login a registry asks for (Bearer with its token realm, or Basic). Pure.

/** One challenge of a WWW-Authenticate header: its scheme (lower case) and parameters (names in lower case). */
export interface Challenge {
  readonly scheme: string
  readonly params: Readonly<Record<string, string>>
}

const TOKEN_CHARACTER = /[!#$%&'*+.^_`|~0-9A-Za-z-]/

/**
 * Parses a WWW-Authenticate header (RFC 9110 §11.6.1): one or more challenges,
 * each a scheme and comma-separated `name=value` or `name="quoted"`
 * parameters, the challenges themselves separated by commas. A token68
 * (`Negotiate abc==`) is kept under the parameter name "token68".
 */
export function parseWwwAuthenticate(header: string): Challenge[] {
  const challenges: Array<{ scheme: string; params: Record<string, string> }> = []
  let i = 0
  const skip = (pattern: RegExp) => {
    while (i < header.length && pattern.test(header[i]!)) i++
  }
  const token = () => {
    const start = i
    while (i < header.length && TOKEN_CHARACTER.test(header[i]!)) i++
    return header.slice(start, i)
  }
  while (i < header.length) {
    skip(/[\s,]/)
    const name = token()
    if (name === '') {
      i++ // a character no grammar allows here: step over it rather than loop
      continue
    }
    const afterName = i
    skip(/[ \t]/)
    const current = challenges.at(-1)
    if (header[i] === '=' && current) {
      i++
      skip(/[ \t]/)
      current.params[name.toLowerCase()] = header[i] === '"' ? quotedString() : unquotedValue()
      continue
    }
    i = afterName
    const challenge = { scheme: name.toLowerCase(), params: Object.create(null) as Record<string, string> }
    challenges.push(challenge)
    skip(/[ \t]/)
    // A token68 stands alone after the scheme: letters, digits, -._~+/ and trailing "=".
    const token68 = /^[A-Za-z0-9\-._~+/]+=*(?=[ \t]*(?:,|$))/.exec(header.slice(i))
    if (token68) {
      challenge.params.token68 = token68[0]
      i += token68[0].length
    }
  }
  return challenges

  /** A value without quotes should be a token; a URL left unquoted is read up to the next comma or space all the same. */
  function unquotedValue(): string {
    const start = i
    while (i < header.length && !/[\s,]/.test(header[i]!)) i++
    return header.slice(start, i)
  }

  function quotedString(): string {
    let value = ''
    i++ // the opening quote
    while (i < header.length && header[i] !== '"') {
      if (header[i] === '\\' && i + 1 < header.length) i++
      value += header[i]
      i++
    }
    i++ // the closing quote
    return value
  }
}
