// n8n's own lint preset for community packages, in its self-hosted form: papaparse, fast-xml-parser,
// the xlsx libraries and libphonenumber-js are imported by lib/ and bundled into dist, which the
// n8n Cloud preset's import allow-list forbids. Everything else in the preset applies unchanged.
import { configWithoutCloudSupport } from '@n8n/node-cli/eslint';

export default [
	{ ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
	...configWithoutCloudSupport,
	{
		// lib/ must not import n8n-workflow (it is usable outside n8n), so it cannot throw
		// NodeApiError/NodeOperationError: it throws FormatError, which the nodes wrap with the item.
		files: ['lib/**/*.ts', 'test/**/*.ts'],
		rules: { '@n8n/community-nodes/require-node-api-error': 'off' },
	},
	{
		// Tests and benchmarks are not shipped: they may print and use the host freely, including
		// starting a fresh Node process to measure memory without a Jest worker's leftovers.
		files: ['test/**/*.ts', 'bench/**/*.ts', '**/*.test.ts'],
		rules: { 'no-console': 'off', '@n8n/community-nodes/no-dangerous-functions': 'off' },
	},
];
