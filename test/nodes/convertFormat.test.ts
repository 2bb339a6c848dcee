/**
 * The Convert Format node inside n8n-core's real WorkflowExecute engine: workflow JSON fixtures,
 * binary data in and out (inline, and in n8n's filesystem store), pairedItem, errors naming the
 * item, and "Continue On Fail".
 */
import type { INodeExecutionData } from 'n8n-workflow';
import { binaryBuffer, fileItem, loadWorkflow, runWorkflow, useFilesystemBinaryStore } from './harness';

const CSV = 'id;name;note\n1;Ada;"two\nlines"\n2;=Grace;plain\n';

describe('File to Items and Items to File: CSV', () => {
	it('reads a CSV file into items paired with the input item, writes it back and reads it again', async () => {
		const result = await runWorkflow(loadWorkflow('csv-round-trip.workflow.json'), 'Read CSV', [fileItem(CSV, 'in.csv', 'text/csv')]);
		expect(result.run.status).toBe('success');

		const read = result.output('Read CSV');
		expect(read.map((i) => i.json)).toEqual([
			{ id: '1', name: 'Ada', note: 'two\nlines' },
			{ id: '2', name: '=Grace', note: 'plain' },
		]);
		expect(read.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);

		const [file] = result.output('Write CSV');
		expect(file.json).toEqual({ fileName: 'out.csv', records: 2 });
		expect(file.pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
		expect(file.binary!.file).toMatchObject({ mimeType: 'text/csv', fileName: 'out.csv' });
		const text = (await binaryBuffer(file.binary!.file)).toString('utf8');
		// Formula injection is neutralised by default.
		expect(text).toBe('id,name,note\r\n1,Ada,"two\nlines"\r\n2,\'=Grace,plain\r\n');

		expect(result.output('Read Back').map((i) => i.json)).toEqual([
			{ id: '1', name: 'Ada', note: 'two\nlines' },
			{ id: '2', name: "'=Grace", note: 'plain' },
		]);
	});

	it('reads each input item\'s own file, pairing records with their item', async () => {
		const result = await runWorkflow(loadWorkflow('read-csv.workflow.json'), 'Read CSV', [
			fileItem('a,b\n1,2\n', 'one.csv', 'text/csv'),
			fileItem('a\tb\n3\t4\n5\t6\n', 'two.tsv', 'text/tab-separated-values'),
		]);
		const out = result.output('Read CSV');
		expect(out.map((i) => [i.json, i.pairedItem])).toEqual([
			[{ a: '1', b: '2' }, { item: 0 }],
			[{ a: '3', b: '4' }, { item: 1 }],
			[{ a: '5', b: '6' }, { item: 1 }],
		]);
	});

	it('streams a file kept in n8n\'s filesystem binary store', async () => {
		const store = await useFilesystemBinaryStore();
		const lines = ['id,email'];
		for (let i = 0; i < 20_000; i++) lines.push(`${i},user${i}@example.com`);
		const stored = await store.store(
			{ type: 'execution', workflowId: 'test', executionId: 'test-execution' },
			Buffer.from(lines.join('\n')),
			{ fileName: 'big.csv', mimeType: 'text/csv', data: '' },
		);
		expect(stored.id).toBeDefined();
		const result = await runWorkflow(loadWorkflow('read-csv.workflow.json'), 'Read CSV', [{ json: {}, binary: { data: stored } }]);
		const out = result.output('Read CSV');
		expect(out).toHaveLength(20_000);
		expect(out[19_999].json).toEqual({ id: '19999', email: 'user19999@example.com' });
	});

	it('fails with an error naming the item and the line of a malformed file', async () => {
		const result = await runWorkflow(loadWorkflow('read-csv.workflow.json'), 'Read CSV', [
			fileItem('a,b\n1,2\n', 'ok.csv', 'text/csv'),
			fileItem('a,b\n1,2\n3,4,5\n', 'bad.csv', 'text/csv'),
		]);
		expect(result.run.status).toBe('error');
		const error = result.error('Read CSV') as Error & { context?: { itemIndex?: number } };
		expect(error.message).toMatch(/Item 1/);
		expect(error.message).toMatch(/line 3/);
		expect(error.context?.itemIndex).toBe(1);
	});

	it('with Continue On Fail keeps the good items and adds an error item for the bad one', async () => {
		const result = await runWorkflow(loadWorkflow('read-csv-continue.workflow.json'), 'Read CSV', [
			fileItem('a,b\n1,2\n', 'ok.csv', 'text/csv'),
			fileItem('a,b\n"unclosed\n', 'bad.csv', 'text/csv'),
			fileItem('a,b\n5,6\n', 'ok2.csv', 'text/csv'),
		]);
		expect(result.run.status).toBe('success');
		const out = result.output('Read CSV');
		expect(out.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(out[0].json).toEqual({ a: '1', b: '2' });
		expect(out[1].json.error).toMatch(/quoted field is not closed.*line 2/);
		expect(out[2].json).toEqual({ a: '5', b: '6' });
	});

	it('names a missing binary field', async () => {
		const result = await runWorkflow(loadWorkflow('read-csv.workflow.json'), 'Read CSV', [{ json: { no: 'file' } }]);
		expect(result.error('Read CSV')?.message).toMatch(/data/);
	});
});

describe('File to Items and Items to File: XLSX, XML, JSON, NDJSON', () => {
	const contacts: INodeExecutionData[] = [
		{ json: { name: 'Ada', employees: 120, active: true, revenue: 1234.5 } },
		{ json: { name: 'Grace', employees: 45, active: false, revenue: 0.25 } },
	];

	it('round-trips items through an Excel file with values and types intact', async () => {
		const result = await runWorkflow(loadWorkflow('xlsx-round-trip.workflow.json'), 'Write XLSX', contacts);
		const [file] = result.output('Write XLSX');
		expect(file.binary!.data.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		expect(file.binary!.data.fileName).toBe('data.xlsx');
		expect(result.output('Read XLSX').map((i) => i.json)).toEqual(contacts.map((i) => i.json));
	});

	it('round-trips nested items through XML, one-element lists staying lists', async () => {
		const items = [
			{ json: { name: 'Ada', address: { city: 'London' }, phone: ['1', '2'] } },
			{ json: { name: 'Grace & <Co>', address: { city: 'Arlington' }, phone: ['3'] } },
		];
		const result = await runWorkflow(loadWorkflow('xml-round-trip.workflow.json'), 'Write XML', items);
		const [file] = result.output('Write XML');
		const xml = (await binaryBuffer(file.binary!.data)).toString('utf8');
		expect(xml).toContain('<contacts>');
		expect(xml).toContain('Grace &amp; &lt;Co&gt;');
		expect(result.output('Read XML').map((i) => i.json)).toEqual(items.map((i) => i.json));
	});

	it('reads records at a JSON path and round-trips them through NDJSON', async () => {
		const doc = { data: { contacts: [{ id: 1, tags: ['a'] }, { id: 2, nested: { x: null } }] } };
		const result = await runWorkflow(loadWorkflow('json-ndjson.workflow.json'), 'Read JSON', [
			fileItem(JSON.stringify(doc), 'contacts.json', 'application/json'),
		]);
		expect(result.output('Read JSON').map((i) => i.json)).toEqual(doc.data.contacts);
		const [file] = result.output('Write NDJSON');
		expect(file.binary!.data.mimeType).toBe('application/x-ndjson');
		expect(result.output('Read NDJSON').map((i) => i.json)).toEqual(doc.data.contacts);
	});
});

describe('Field Type: Convert', () => {
	const input: INodeExecutionData[] = [
		{ json: { revenue: '1.234,5', active: 'ja', since: '10.12.2023', staff: '3' } },
		{ json: { revenue: 'lots', active: 'no', since: '31.02.2024', staff: '' } },
	];

	it('converts numbers, booleans, dates and integers', async () => {
		const result = await runWorkflow(loadWorkflow('convert-keep.workflow.json'), 'Convert', [input[0]]);
		expect(result.output('Convert')[0].json).toEqual({
			revenue: 1234.5,
			active: true,
			since: '2023-12-10T00:00:00.000+01:00',
			staff: 3,
		});
	});

	it('fails the item naming the item and the field when a value cannot convert', async () => {
		const result = await runWorkflow(loadWorkflow('convert-fail.workflow.json'), 'Convert', input);
		const error = result.error('Convert')!;
		expect(error.message).toMatch(/Item 1: field "revenue"/);
	});

	it('with Continue On Fail outputs the good item and an error item naming the field', async () => {
		const result = await runWorkflow(loadWorkflow('convert-continue.workflow.json'), 'Convert', input);
		const out = result.output('Convert');
		expect(out[0].json.revenue).toBe(1234.5);
		expect(out[1].json.error).toMatch(/field "revenue"/);
		expect(out.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('keeps values that cannot convert and lists them on the item', async () => {
		const result = await runWorkflow(loadWorkflow('convert-keep.workflow.json'), 'Convert', input);
		const second = result.output('Convert')[1].json;
		expect(second).toMatchObject({ revenue: 'lots', active: false, since: '31.02.2024', staff: null });
		expect((second._conversionErrors as Array<{ field: string }>).map((e) => e.field)).toEqual(['revenue', 'since']);
	});
});

describe('Structure', () => {
	it('splits, renames, flattens, nests, maps values, builds and reads a dictionary, and collects', async () => {
		const input: INodeExecutionData[] = [
			{
				json: {
					source: 'crm',
					contacts: [
						{ mail: 'ada@example.com', address: { country: 'Germany' } },
						{ mail: 'grace@example.com', address: { country: 'Peru' } },
					],
				},
			},
		];
		const result = await runWorkflow(loadWorkflow('structure.workflow.json'), 'Split', input);
		expect(result.output('Split').map((i) => i.json)).toEqual([
			{ source: 'crm', mail: 'ada@example.com', address: { country: 'Germany' } },
			{ source: 'crm', mail: 'grace@example.com', address: { country: 'Peru' } },
		]);
		expect(result.output('Flatten')[0].json).toEqual({ source: 'crm', email: 'ada@example.com', 'address.country': 'Germany' });
		expect(result.output('Map Country').map((i) => (i.json.address as { country: string }).country)).toEqual(['DE', 'Peru']);
		const dictionary = result.output('To Dictionary');
		expect(dictionary).toHaveLength(1);
		expect(Object.keys(dictionary[0].json)).toEqual(['ada@example.com', 'grace@example.com']);
		expect(dictionary[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
		expect(result.output('To Items').map((i) => i.json.email)).toEqual(['ada@example.com', 'grace@example.com']);
		const [collected] = result.output('Collect');
		expect((collected.json.contacts as unknown[]).length).toBe(2);
	});
});

describe('Text Field', () => {
	it('reads CSV text from a webhook body, writes items as XML text and reads that back', async () => {
		const result = await runWorkflow(loadWorkflow('text-field.workflow.json'), 'Text to Items', [
			{ json: { body: { payload: 'name,city\nAda,London\nGrace,Arlington\n' } } },
		]);
		expect(result.output('Text to Items').map((i) => i.json)).toEqual([
			{ name: 'Ada', city: 'London' },
			{ name: 'Grace', city: 'Arlington' },
		]);
		const [text] = result.output('Items to Text');
		expect(text.json.xml).toMatch(/^<\?xml[^>]*\?><people><person><name>Ada<\/name>/);
		expect(result.output('XML Text to Items').map((i) => i.json)).toEqual([
			{ name: 'Ada', city: 'London' },
			{ name: 'Grace', city: 'Arlington' },
		]);
	});

	it('names the field when it holds no text', async () => {
		const result = await runWorkflow(loadWorkflow('text-field.workflow.json'), 'Text to Items', [{ json: { body: {} } }]);
		expect(result.error('Text to Items')?.message).toMatch(/Item 0: field "body.payload" holds no text/);
	});
});

describe('hostile input', () => {
	it('refuses XML entity expansion, naming the item, and keeps the other items with Continue On Fail', async () => {
		const laughs =
			'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' +
			'<items><item>&lol2;</item></items>';
		const workflow = loadWorkflow('xml-round-trip.workflow.json');
		const reader = workflow.nodes.find((n) => n.name === 'Read XML')!;
		reader.onError = 'continueRegularOutput';
		reader.parameters = { ...reader.parameters, options: {} };
		const result = await runWorkflow(workflow, 'Read XML', [
			fileItem(laughs, 'laughs.xml', 'application/xml'),
			fileItem('<items><item><a>1</a></item></items>', 'ok.xml', 'application/xml'),
		]);
		const out = result.output('Read XML');
		expect(out[0].json.error).toMatch(/entit/i);
		expect(out[0].json.error).not.toMatch(/lollollol/);
		expect(out[1].json).toEqual({ a: '1' });
	});

	it('stops a 100 MB single-line file at the line limit with an error naming line 1', async () => {
		const store = await useFilesystemBinaryStore();
		const stored = await store.store(
			{ type: 'execution', workflowId: 'test', executionId: 'test-execution' },
			Buffer.alloc(100 * 1024 * 1024, 'a'),
			{ fileName: 'one-line.csv', mimeType: 'text/csv', data: '' },
		);
		const result = await runWorkflow(loadWorkflow('read-csv.workflow.json'), 'Read CSV', [{ json: {}, binary: { data: stored } }]);
		expect(result.error('Read CSV')?.message).toMatch(/Item 0: .*line 1/);
	});

	it('fails invalid UTF-8 with the line unless replacing is chosen', async () => {
		const bytes = Buffer.concat([Buffer.from('name\nAda\nB'), Buffer.from([0xc3, 0x28]), Buffer.from('b\n')]);
		const failing = await runWorkflow(loadWorkflow('read-csv.workflow.json'), 'Read CSV', [fileItem(bytes, 'bad.csv', 'text/csv')]);
		expect(failing.error('Read CSV')?.message).toMatch(/line 3/);

		const workflow = loadWorkflow('read-csv.workflow.json');
		workflow.nodes[0].parameters = { ...workflow.nodes[0].parameters, options: { replaceInvalid: true } };
		const replaced = await runWorkflow(workflow, 'Read CSV', [fileItem(bytes, 'bad.csv', 'text/csv')]);
		expect(replaced.output('Read CSV').map((i) => i.json.name)).toEqual(['Ada', 'B\ufffd(b']);
	});

	it('keeps __proto__ columns as ordinary fields', async () => {
		const result = await runWorkflow(loadWorkflow('read-csv.workflow.json'), 'Read CSV', [
			fileItem('__proto__,constructor,name\nx,y,Ada\n', 'proto.csv', 'text/csv'),
		]);
		const [item] = result.output('Read CSV');
		expect(({} as Record<string, unknown>).x).toBeUndefined();
		expect(Object.keys(item.json)).toEqual(['__proto__', 'constructor', 'name']);
		expect(item.json.name).toBe('Ada');
	});
});
