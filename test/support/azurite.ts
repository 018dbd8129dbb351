// Azurite for the tests: scripts/azurite.mjs, typed.
import { startAzurite as start, uniqueStorageName as unique } from '../../scripts/azurite.mjs'

export type Azurite = Awaited<ReturnType<typeof start>>
export const startAzurite: () => Promise<Azurite> = start
export const uniqueStorageName: () => string = unique
