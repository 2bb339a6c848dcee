/**
 * The Clean Data node inside n8n-core's real WorkflowExecute engine: a chain of operations on
 * workflow JSON fixtures, the Invalid output, pairedItem on every item, the quality report item
 * and hint, and errors naming the item and field, with and without "Continue On Fail".
 */
import type { INodeExecutionData } from 'n8n-workflow';
import { loadWorkflow, runWorkflow } from './harness';

const items = (rows: object[]): INodeExecutionData[] => rows.map((json) => ({ json: json as INodeExecutionData['json'] }));

describe('Clean Data: a chain of operations', () => {
	const dirty = [
		{ name: 'anna SMITH', email: ' Anna.Smith@Example.com ', phone: '030 1234567', segment: 'a', score: '10' },
		{ name: 'ben o\'brien', email: 'ben@example.com', phone: '+49 30 7654321', segment: 'a', score: '' },
		{ name: 'carla', email: 'carla@example', phone: '0301112223', segment: 'a', score: '30' },
		{ name: 'anna smith', email: 'anna.smith@example.com', phone: '', segment: 'b', score: 'N/A' },
		{ name: 'dave', email: 'dave@example.com', phone: '+49 30 5550000', segment: 'b', score: '5000' },
		{ name: 'eve', email: 'eve@example.com', phone: '+49 30 5550001', segment: 'b', score: '20' },
		{ name: 'finn', email: 'finn@example.com', phone: '+49 30 5550002', segment: 'b', score: '22' },
		{ name: 'gus', email: 'gus@example.com', phone: '+49 30 5550003', segment: 'b', score: '24' },
	];

	it('normalises, fills, caps, de-duplicates and validates, pairing every item with its input', async () => {
		const result = await runWorkflow(loadWorkflow('clean-chain.workflow.json'), 'Normalise', items(dirty));
		expect(result.run.status).toBe('success');

		const normalised = result.output('Normalise');
		expect(normalised[0].json).toMatchObject({ name: 'Anna Smith', email: 'anna.smith@example.com', phone: '+49301234567' });
		expect(normalised[1].json.name).toBe("Ben O'Brien");
		// carla@example has no top-level domain: kept and noted.
		expect(normalised[2].json._validation).toEqual([expect.objectContaining({ field: 'email', rule: 'email', value: 'carla@example' })]);
		expect(normalised.map((i) => i.pairedItem)).toEqual(dirty.map((_, item) => ({ item })));

		// Median of segment a's scores (10, 30) is 20; segment b's missing "N/A" gets b's median.
		const filled = result.output('Fill');
		expect(filled[1].json.score).toBe(20);
		expect(filled[3].json.score).toBe(23);

		// 5000 is capped at segment-free Tukey fence of all scores.
		const capped = result.output('Outliers');
		expect(Number(capped[4].json.score)).toBeLessThan(5000);

		// Anna twice: the first is more complete (it has a phone).
		const deduped = result.output('Dedupe');
		expect(deduped.map((i) => i.json.email)).not.toContain(undefined);
		expect(deduped.filter((i) => i.json.email === 'anna.smith@example.com').map((i) => i.pairedItem)).toEqual([{ item: 0 }]);

		const valid = result.output('Validate', 0);
		const invalid = result.output('Validate', 1);
		const report = valid.pop()!;
		expect(invalid.map((i) => i.json.email)).toEqual(['carla@example']);
		expect(invalid[0].pairedItem).toEqual({ item: 2 });
		expect(valid).toHaveLength(6);
		for (const item of [...valid, ...invalid]) expect(item.pairedItem).toEqual({ item: expect.any(Number) });

		expect(report.json.qualityReport).toMatchObject({ recordsIn: 7, recordsOut: 6, invalid: 1 });
		expect(report.pairedItem).toHaveLength(7);
		expect(result.hints('Validate')).toEqual([expect.stringContaining('7 records in, 6 out: 1 invalid.')]);
		expect(result.hints('Fill')[0]).toContain('Filled 2 missing values');
	});
});

describe('Clean Data: bad values', () => {
	const rows = [{ amount: 1 }, { amount: 'twelve' }, { amount: 3 }];

	it('fails naming the item and field', async () => {
		const result = await runWorkflow(loadWorkflow('clean-fail.workflow.json'), 'Fill', items(rows));
		expect(result.run.status).toBe('error');
		expect(result.error('Fill')?.message).toBe('Item 1, field "amount": "twelve" is not a number');
	});

	it('with Continue On Fail, turns the bad item into an error item and cleans the others', async () => {
		const result = await runWorkflow(loadWorkflow('clean-continue.workflow.json'), 'Fill', items([...rows, { amount: null }]));
		const out = result.output('Fill');
		expect(out.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ amount: 1 }, { item: 0 }],
			[{ amount: 3 }, { item: 2 }],
			[{ amount: 2 }, { item: 3 }],
			[{ error: 'Item 1, field "amount": "twelve" is not a number' }, { item: 1 }],
		]);
	});

	it('sends items with a value it cannot normalise to the Invalid output', async () => {
		const result = await runWorkflow(loadWorkflow('clean-route-invalid.workflow.json'), 'Normalise', items([
			{ country: 'Deutschland' },
			{ country: 'Atlantis' },
			{ country: 'usa' },
		]));
		expect(result.output('Normalise', 0).map((i) => [i.json.country, i.pairedItem])).toEqual([
			['DE', { item: 0 }],
			['US', { item: 2 }],
		]);
		const [invalid] = result.output('Normalise', 1);
		expect(invalid.pairedItem).toEqual({ item: 1 });
		expect(invalid.json._validation).toEqual([expect.objectContaining({ field: 'country', rule: 'country', value: 'Atlantis' })]);
	});
});

describe('Clean Data: series', () => {
	it('smooths each store\'s sales in day order into a new field, then flags values out of range', async () => {
		const rows = [
			{ store: 'A', day: 2, sales: 30 },
			{ store: 'B', day: 1, sales: 500 },
			{ store: 'A', day: 1, sales: 10 },
			{ store: 'B', day: 2, sales: 100 },
		];
		const result = await runWorkflow(loadWorkflow('clean-smooth.workflow.json'), 'Smooth', items(rows));
		const smoothed = result.output('Smooth');
		const report = smoothed.pop()!;
		expect(smoothed.map((i) => [i.json.sales_avg, i.pairedItem])).toEqual([
			[20, { item: 0 }],
			[500, { item: 1 }],
			[10, { item: 2 }],
			[300, { item: 3 }],
		]);
		expect(report.json.qualityReport).toMatchObject({ fields: { sales: { smoothed: 2 } } });
		const flagged = result.output('Flag');
		expect(flagged.map((i) => i.json._outliers)).toEqual([undefined, ['sales'], undefined, undefined, undefined]);
		expect(flagged).toHaveLength(5);
		// The report item passes through untouched.
		expect(flagged[4].json).toEqual(report.json);
	});
});
