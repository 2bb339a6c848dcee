/**
 * `npm start`: a local n8n 2.40.7 with this package installed as a community package, the example
 * workflows imported and active, and the showcase run once with the demo data. Ctrl-C stops it all.
 */
const fs = require('node:fs');
const path = require('node:path');
const { startN8n, setupOwner, importWorkflows, freePort } = require('./n8n-instance');
const { startDemoServices, createDemoCredentials } = require('./demo-services');
const { showcase, showcasePipeline } = require('./showcase');

async function main() {
	const port = Number(process.env.N8N_PORT) || (await portOr(5678));
	console.log('Starting n8n 2.40.7 with n8n-nodes-crm-integration (first run installs n8n into a cache: ~5 minutes)…');
	const services = await startDemoServices();
	console.log(`Mock CRM (HubSpot, Salesforce, Pipedrive, REST): ${services.crm.url}; mock customer API: ${services.sink.url}`);
	const n8n = await startN8n({ port });
	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		console.log('\nStopping n8n and the mock services…');
		await n8n.stop();
		await services.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);

	try {
		const owner = await setupOwner(n8n.url);
		const credentials = await createDemoCredentials(n8n.url, owner.apiKey, services);
		const workflows = await importWorkflows(n8n.url, owner.apiKey, undefined, credentials);
		console.log(`\nn8n is running: ${n8n.url}`);
		console.log(`Log in as ${owner.email} / ${owner.password}`);
		console.log('Example workflows (active, called through their webhooks):');
		for (const wf of workflows) console.log(`  - ${wf.name}  (${n8n.url}/workflow/${wf.id})`);
		console.log(await showcase(n8n.url));
		console.log(await showcasePipeline(n8n.url, services));
		console.log(`\nn8n log: ${n8n.logFile}`);
		if (process.env.CRM_DEMO_EXIT) return await stop();
		console.log('Press Ctrl-C to stop.');
	} catch (error) {
		console.error(error);
		await n8n.stop();
		await services.stop();
		process.exit(1);
	}
}

async function portOr(preferred) {
	const net = require('node:net');
	const free = await new Promise((resolve) => {
		const s = net.createServer().once('error', () => resolve(false));
		s.listen(preferred, '127.0.0.1', () => s.close(() => resolve(true)));
	});
	return free ? preferred : await freePort();
}

if (!fs.existsSync(path.join(__dirname, '../dist/nodes'))) {
	console.error('Run `npm run build` first (npm start does it for you).');
	process.exit(1);
}
main();
