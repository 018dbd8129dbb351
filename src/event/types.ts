export const ACR_ACTIONS = ['push', 'delete', 'quarantine', 'chart_push', 'chart_delete', 'ping'] as const
export type AcrAction = (typeof ACR_ACTIONS)[number]

export function isAcrAction(value: unknown): value is AcrAction {
  return (ACR_ACTIONS as readonly unknown[]).includes(value)
}

/** How the event arrived; kept in the `json` output to help debugging a relay. */
export type Shape = 'native' | 'event-grid' | 'cloudevents' | 'wrapper'

/** One ACR event, every field validated. Absent fields were absent in the payload. */
import type { Artifact } from './artifact.js'

export interface AcrEvent {
  readonly shape: Shape
  readonly action: AcrAction
  readonly id?: string
  readonly timestamp?: string
  readonly repository?: string
  readonly tag?: string
  readonly digest?: string
  readonly mediaType?: string
  readonly size?: number
  /** `request.host`: absent on chart events. */
  readonly registry?: string
  readonly chart?: { readonly name?: string; readonly version?: string }
  /** What was pushed or deleted, from the action, media type and tag (event/artifact.ts); absent on ping. */
  readonly artifact?: Artifact
  /** The registry's Azure region (Event Grid's data.location). */
  readonly location?: string
  /** The connected registry that sent the event (connectedRegistry.name, or connectedregistry). */
  readonly connectedRegistry?: string
  /** Free text: who pushed (actor.name); only ever written into the `json` output. */
  readonly actor?: string
  /** Free text: only ever written into the `json` output. */
  readonly request?: { readonly id?: string; readonly method?: string; readonly userAgent?: string }
}
