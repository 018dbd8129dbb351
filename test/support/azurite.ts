// Azurite for the tests: scripts/azurite.mjs, typed; a file that starts it kills what it left running when it ends.
import './children.js'
import { startAzurite as start, uniqueStorageName as unique } from '../../scripts/azurite.mjs'

export type Azurite = Awaited<ReturnType<typeof start>>
export const startAzurite: () => Promise<Azurite> = start
export const uniqueStorageName: () => string = unique
