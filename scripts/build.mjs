import { rmSync } from 'node:fs'
import { bundles, buildBundle } from './bundles.mjs'

// A chunk that a change renumbers would otherwise stay behind and fail the dist check.
rmSync('dist', { recursive: true, force: true })
for (const bundle of bundles) buildBundle(bundle.entry, bundle.out, bundle.externals)
