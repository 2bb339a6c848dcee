/**
 * The build: type-check and emit declarations with tsc, bundle each node, credential and the
 * library entry with esbuild (papaparse, fast-xml-parser, simple-statistics and the xlsx libraries
 * are inlined, so the packed package has no `dependencies`), and copy icons and codex files.
 */
const { series, parallel, src, dest } = require('gulp');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = __dirname;
const dist = path.join(root, 'dist');

function clean(done) {
	fs.rmSync(dist, { recursive: true, force: true });
	done();
}

function typecheck(done) {
	// Declarations only: esbuild writes the JavaScript.
	execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--emitDeclarationOnly'], {
		cwd: root,
		stdio: 'inherit',
	});
	done();
}

function entryPoints() {
	const pkg = require('./package.json');
	const fromPkg = [...pkg.n8n.nodes, ...pkg.n8n.credentials].map((js) =>
		js.replace(/^dist\//, '').replace(/\.js$/, '.ts'),
	);
	return [...fromPkg, 'lib/index.ts'];
}

async function bundle() {
	await esbuild.build({
		absWorkingDir: root,
		entryPoints: entryPoints(),
		outdir: dist,
		outbase: root,
		bundle: true,
		platform: 'node',
		target: 'node20',
		format: 'cjs',
		// n8n provides n8n-workflow; a second copy would break its instanceof checks on errors.
		external: ['n8n-workflow'],
		legalComments: 'linked',
		logLevel: 'warning',
	});
}

function icons() {
	return src(['nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}', 'nodes/**/*.node.json'], {
		base: root,
		encoding: false,
	}).pipe(dest(dist));
}

exports.build = series(clean, parallel(typecheck, bundle), icons);
exports.default = exports.build;
