import { bundles, buildBundle } from './bundles.mjs'

for (const bundle of bundles) buildBundle(bundle.entry, bundle.out, bundle.externals)
