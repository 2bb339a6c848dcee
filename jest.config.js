/** Three levels: unit (lib/), node (our nodes inside n8n-core's WorkflowExecute), e2e (real n8n). */
const tsJest = ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node16', esModuleInterop: true, target: 'es2022' } }];
const common = {
	testEnvironment: 'node',
	transform: { '^.+\\.ts$': tsJest },
	moduleFileExtensions: ['ts', 'js', 'json'],
};
module.exports = {
	// Property tests run hundreds of cases; on a busy 2-core machine Jest's 5 s default is not
	// enough. This is the harness's give-up time, not a speed requirement.
	testTimeout: 60_000,
	projects: [
		{ ...common, displayName: 'unit', testMatch: ['<rootDir>/lib/**/*.test.ts'] },
		{ ...common, displayName: 'node', testMatch: ['<rootDir>/test/nodes/**/*.test.ts'], setupFiles: ['<rootDir>/test/nodes/setup.ts'] },
		{ ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
	],
};
