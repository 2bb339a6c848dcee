/** Three levels: unit (lib/), node (our nodes inside n8n-core's WorkflowExecute), e2e (real n8n). */
const tsJest = ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node16', esModuleInterop: true, target: 'es2022' } }];
const common = {
	testEnvironment: 'node',
	transform: { '^.+\\.ts$': tsJest },
	moduleFileExtensions: ['ts', 'js', 'json'],
};
module.exports = {
	projects: [
		{ ...common, displayName: 'unit', testMatch: ['<rootDir>/lib/**/*.test.ts'] },
		{ ...common, displayName: 'node', testMatch: ['<rootDir>/test/nodes/**/*.test.ts'], setupFiles: ['<rootDir>/test/nodes/setup.ts'] },
		{ ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
	],
};
