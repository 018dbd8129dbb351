import { registerRelayFunction } from './azure-function.js'

registerRelayFunction()
