// GitHub's names as the attestation inputs and the certificate write them:
// what both the parser of the inputs and the judge of a certificate read.
// Pure constants.

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com'
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'
export const COSIGN_SIGNATURE = 'https://sigstore.dev/cosign/sign/v1'
export const GITHUB = 'https://github.com/'

// GitHub's names: an owner is 1-39 of [A-Za-z0-9-]; a repository 1-100 of [A-Za-z0-9._-].
const OWNER = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})'
const REPO = '[A-Za-z0-9._-]{1,100}'
const WORKFLOW_FILE = '\\.github/workflows/[A-Za-z0-9._/-]{1,255}\\.ya?ml'
/** A workflow's ref as Fulcio writes it: a branch, a tag or a pull request's ref, or a commit (a reusable workflow pinned by SHA). */
const REF = '(?:refs/(?:heads|tags|pull)/[A-Za-z0-9._/+-]{1,255}|[0-9a-f]{40})'

export const OWNER_PATTERN = new RegExp(`^${OWNER}$`)
export const REPOSITORY_PATTERN = new RegExp(`^${OWNER}/${REPO}$`)
/** owner/repo/.github/workflows/<file>[@<ref>], the groups being the repository, the path and the ref. */
export const WORKFLOW_PATTERN = new RegExp(`^(${OWNER}/${REPO})/(${WORKFLOW_FILE})(?:@(${REF}))?$`)
/** The signer-workflow output: a workflow at a ref, as the certificate of a GitHub Actions run names it. */
export const SIGNER_WORKFLOW_OUTPUT = new RegExp(`^${OWNER}/${REPO}/${WORKFLOW_FILE}@${REF}$`)

/** The part of a https://github.com/ URL after the host, or undefined for anything else. */
export function githubPath(uri: string | undefined): string | undefined {
  return uri?.startsWith(GITHUB) ? uri.slice(GITHUB.length) : undefined
}
