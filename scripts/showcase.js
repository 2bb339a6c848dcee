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

module.exports = { showcase };
