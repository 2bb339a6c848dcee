/**
 * The Fuse Records node inside n8n-core's real WorkflowExecute engine, fed by two branches (one
 * per source) or one input naming the source: append, join on keys, match and merge into golden
 * records, scored pairs, pairedItem back to every input item, and the blocking limit error.
 */
import type { INodeExecutionData } from 'n8n-workflow';
import { loadWorkflow, runWorkflowFrom } from './harness';

const items = (rows: object[]): INodeExecutionData[] => rows.map((json) => ({ json: json as INodeExecutionData['json'] }));

const crm = [
	{ id: 'C1', first_name: 'Jon', last_name: 'Smith', email: 'jon.smith@acme.com', city: 'Berlin', phone: '+4930111', revenue: 100, tags: 'vip', country: 'DE' },
	{ id: 'C2', first_name: 'Anna', last_name: 'Müller', email: 'anna@globex.de', city: 'Hamburg', phone: '', revenue: 50, tags: 'lead', country: 'DE' },
	{ id: 'C3', first_name: 'Carlos', last_name: 'Ruiz', email: 'carlos@initech.es', city: 'Madrid', phone: '+3491222', revenue: 10, tags: '', country: 'ES' },
];
const erp = [
	{ id: 'E7', first_name: 'John', last_name: 'Smith', email: 'JON.SMITH@ACME.COM', mail: 'Jon.Smith@acme.com', city: 'Berlin', phone: '+4930999', revenue: 120, tags: 'key account', country: 'DE' },
	{ id: 'E8', first_name: 'Anna', last_name: 'Mueller', email: 'anna@globex.de', mail: 'anna@globex.de', city: 'Hamburg', phone: '+4940333', revenue: 40, tags: 'lead', country: 'DE' },
	{ id: 'E9', first_name: 'Wei', last_name: 'Chen', email: 'wei@hooli.cn', mail: 'wei@hooli.cn', city: 'Beijing', phone: '', revenue: 70, tags: '', country: 'CN' },
];

const run = (fixture: string) =>
	runWorkflowFrom(loadWorkflow(fixture), [
		{ node: 'CRM', items: items(crm) },
		{ node: 'ERP', items: items(erp) },
	]);

describe('Fuse Records: append and join', () => {
	it('stacks both sources, naming the source and pairing with the input', async () => {
		const out = (await run('fuse-append.workflow.json')).output('Fuse');
		expect(out.map((i) => [i.json.id, i.json._source, i.pairedItem])).toEqual([
			['C1', 'crm', { item: 0 }],
			['C2', 'crm', { item: 1 }],
			['C3', 'crm', { item: 2 }],
			['E7', 'erp', { item: 0, input: 1 }],
			['E8', 'erp', { item: 1, input: 1 }],
			['E9', 'erp', { item: 2, input: 1 }],
		]);
	});

	it('joins on email addresses (case ignored), full outer, clashes chosen by source priority', async () => {
		const out = (await run('fuse-join.workflow.json')).output('Fuse');
		expect(out.map((i) => i.pairedItem)).toEqual([
			[{ item: 0 }, { item: 0, input: 1 }],
			[{ item: 1 }, { item: 1, input: 1 }],
			{ item: 2 },
			{ item: 2, input: 1 },
		]);
		// erp wins by default, crm for phone (where it has one).
		expect(out[0].json).toMatchObject({ first_name: 'John', revenue: 120, phone: '+4930111' });
		expect(out[1].json).toMatchObject({ last_name: 'Mueller', phone: '+4940333' });
		expect(out[2].json.id).toBe('C3');
		expect(out[3].json.id).toBe('E9');
	});
});

describe('Fuse Records: match and merge', () => {
	it('merges the records of one customer into a golden record with cluster and lineage', async () => {
		const result = await run('fuse-match.workflow.json');
		const out = result.output('Fuse');
		expect(out).toHaveLength(4);
		const jon = out.find((i) => i.json.email === 'jon.smith@acme.com')!;
		expect(jon.json).toMatchObject({ id: 'C1', first_name: 'Jon', revenue: 120, tags: 'vip, key account' });
		expect(jon.json._cluster).toMatchObject({
			size: 2,
			members: [
				{ source: 'crm', index: 0, id: 'C1' },
				{ source: 'erp', index: 0, id: 'E7' },
			],
		});
		expect(jon.json._lineage).toMatchObject({ revenue: { strategy: 'max', sources: [{ source: 'erp', index: 0 }] } });
		expect(jon.pairedItem).toEqual([{ item: 0 }, { item: 0, input: 1 }]);
		const anna = out.find((i) => i.json.first_name === 'Anna')!;
		expect((anna.json._cluster as { size: number }).size).toBe(2);
		// Every input item is in exactly one golden record.
		const paired = out.flatMap((i) => [i.pairedItem].flat()).map((p) => `${(p as { input?: number }).input ?? 0}:${(p as { item: number }).item}`);
		expect(paired.sort()).toEqual(['0:0', '0:1', '0:2', '1:0', '1:1', '1:2']);
		expect(result.hints('Fuse')[0]).toContain('6 records in, 4 golden records (2 from two or more records)');
	});

	it('outputs scored pairs for review, best first, with each comparison\'s level', async () => {
		const out = (await run('fuse-pairs.workflow.json')).output('Fuse');
		expect(out.length).toBeGreaterThanOrEqual(2);
		expect(out[0].json).toMatchObject({ linked: true, left: { source: 'crm' }, right: { source: 'erp' } });
		const scores = out.map((i) => i.json.matchProbability as number);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
		expect(Object.keys(out[0].json.comparisons as object)).toEqual(['first_name', 'last_name', 'email', 'city']);
		expect(out[0].pairedItem).toHaveLength(2);
	});

	it('stops with an error naming a blocking rule that makes too many pairs', async () => {
		const result = await run('fuse-limit.workflow.json');
		expect(result.error('Fuse')?.message).toMatch(/blocking rule "country = country" would make 4 candidate pairs, more than the limit of 3/);
	});

	it('takes the sources from a field of one input', async () => {
		const rows = [...crm.map((r) => ({ ...r, system: 'crm' })), ...erp.map((r) => ({ ...r, system: 'erp' }))];
		const result = await runWorkflowFrom(loadWorkflow('fuse-field.workflow.json'), [{ node: 'Records', items: items(rows) }]);
		const out = result.output('Fuse');
		expect(out).toHaveLength(4);
		const jon = out.find((i) => i.json.email === 'jon.smith@acme.com')!;
		expect(jon.pairedItem).toEqual([{ item: 0 }, { item: 3 }]);
	});
});
