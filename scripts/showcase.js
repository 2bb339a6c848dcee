/**
 * Runs the showcase workflow once through its webhook and describes, for a person, what went in
 * and what came out.
 */
const fs = require('node:fs');
const path = require('node:path');
const { postWebhook } = require('./n8n-instance');

const DEMO_CSV = path.join(__dirname, '../examples/data/contacts.csv');

async function showcase(url) {
	const csv = fs.readFileSync(DEMO_CSV);
	const res = await postWebhook(url, 'crm/showcase', csv, 'text/csv');
	const text = await res.text();
	if (!res.ok) throw new Error(`showcase failed: ${res.status} ${text}`);
	const items = JSON.parse(text);
	const lines = [];
	lines.push('\nShowcase: "Showcase: messy contact export to typed, nested records"');
	lines.push(
		`  In:  ${path.relative(process.cwd(), DEMO_CSV)} (${csv.length} bytes, semicolon-separated, BOM, German numbers and dates,\n` +
			'       a duplicate contact in other spelling, an email domain typo, missing employee counts)',
	);
	lines.push('  Steps: Convert Format (read CSV) → Clean Data (normalise names and emails) → Convert Format (field types)');
	lines.push('         → Clean Data (fill missing employees with the median, remove duplicates) → Convert Format (rename, nest)');
	lines.push(`  Out: ${items.length} items`);
	for (const item of items) {
		const city = item.address?.city ?? '?';
		const problems = (item._conversionErrors ?? []).map((e) => `${e.field}: ${e.reason}`);
		lines.push(
			`   - ${item.Name} <${item.email}>, ${city}: revenue ${JSON.stringify(item.annual_revenue)}, ` +
				`employees ${JSON.stringify(item.employees)}, newsletter ${JSON.stringify(item.newsletter)}, signed up ${JSON.stringify(item.signed_up)}` +
				(problems.length ? `\n       kept as is: ${problems.join('; ')}` : ''),
		);
	}
	return lines.join('\n');
}

const ERP_CSV = path.join(__dirname, '../examples/data/erp-customers.csv');

/**
 * Runs the pipeline showcase once: HubSpot contacts from the mock CRM and the ERP customer CSV,
 * cleaned, fused into golden customers and synced to the mock customer API; describes what
 * happened at each step.
 */
async function showcasePipeline(url, { crm, sink }) {
	const erpCsv = fs.readFileSync(ERP_CSV, 'utf8');
	const res = await postWebhook(url, 'crm/pipeline', JSON.stringify({ erpCsv }), 'application/json');
	const text = await res.text();
	if (!res.ok) throw new Error(`pipeline showcase failed: ${res.status} ${text}`);
	const synced = JSON.parse(text);
	const contacts = crm.records('hubspot', 'contacts').length;
	const erpRows = erpCsv.trim().split('\n').length - 1;
	const byStatus = {};
	for (const item of synced) byStatus[item._sync.status] = (byStatus[item._sync.status] ?? 0) + 1;
	const stored = sink.records('customers');
	const lines = [];
	lines.push('\nShowcase: "the whole pipeline" (CRM Source → Clean Data → Fuse Records → Convert Format → Third-Party Sync)');
	lines.push(`  In:  ${contacts} HubSpot contacts (mock CRM) and ${erpRows} ERP customers (${path.relative(process.cwd(), ERP_CSV)})`);
	lines.push(`  Out: ${synced.length} golden customers, synced to the customer API: ${Object.entries(byStatus).map(([s, n]) => `${n} ${s}`).join(', ')}`);
	lines.push(`       the API now holds ${stored.length} customers; run it again and nothing changed is sent twice`);
	for (const item of synced.slice(0, 5)) lines.push(`   - ${item.first_name} ${item.last_name} <${item.email}>, ${item.company ?? '?'}: ${item._sync.status} as ${item._sync.destinationId}`);
	if (synced.length > 5) lines.push(`   … and ${synced.length - 5} more`);
	return lines.join('\n');
}

module.exports = { showcase, showcasePipeline };
