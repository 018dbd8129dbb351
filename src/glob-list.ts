// Glob lists as the action's filters and the relay's routes both read them.
import picomatch from 'picomatch'

/**
 * A list of globs where `*` stays in one path segment, `**` crosses segments
 * and `!` excludes. The constructor throws picomatch's error for a pattern
 * with unbalanced brackets.
 */
export class GlobList {
  private readonly include: Array<(value: string) => boolean>
  private readonly exclude: Array<(value: string) => boolean>

  constructor(
    readonly patterns: readonly string[],
    options: { readonly caseInsensitive?: boolean } = {}
  ) {
    // strictBrackets: an unbalanced [, { or ( throws instead of matching itself, which no name can hold.
    const compile = (glob: string) => picomatch(glob, { dot: true, nocase: options.caseInsensitive ?? false, strictBrackets: true })
    this.include = patterns.filter(p => !p.startsWith('!')).map(compile)
    this.exclude = patterns.filter(p => p.startsWith('!')).map(p => compile(p.slice(1)))
  }

  get isEmpty(): boolean {
    return this.patterns.length === 0
  }

  /** Matches at least one positive pattern (or there is none) and no negative one. */
  matches(value: string): boolean {
    return (this.include.length === 0 || this.include.some(test => test(value))) && !this.exclude.some(test => test(value))
  }

  toString(): string {
    return this.patterns.map(p => `"${p}"`).join(', ')
  }
}
