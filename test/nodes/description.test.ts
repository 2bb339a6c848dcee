/** The Convert Format node's description: every operation offered is routed, defaults agree with lib/. */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { runInNewContext } from 'node:vm';
import { DEFAULT_LIMITS } from '../../lib/core/limits';
import { ConvertFormat } from '../../nodes/ConvertFormat/ConvertFormat.node';
import { limitOptions } from '../../nodes/ConvertFormat/helpers/limits';
import * as fieldTypes from '../../nodes/ConvertFormat/actions/fieldTypes/FieldTypes.resource';
import * as fileToItems from '../../nodes/ConvertFormat/actions/fileToItems/FileToItems.resource';
import * as itemsToFile from '../../nodes/ConvertFormat/actions/itemsToFile/ItemsToFile.resource';
import * as structure from '../../nodes/ConvertFormat/actions/structure/Structure.resource';
import * as textField from '../../nodes/ConvertFormat/actions/textField/TextField.resource';

const modules: Record<string, Record<string, unknown>> = { fieldTypes, fileToItems, itemsToFile, structure, textField };
const { properties } = new ConvertFormat().description;

function optionsOf(property: INodeProperties | undefined): string[] {
	return ((property?.options ?? []) as INodePropertyOptions[]).map((o) => String(o.value));
}

test('every resource and operation in the description has an execute function', () => {
	const resources = optionsOf(properties.find((p) => p.name === 'resource'));
	expect(resources.sort()).toEqual(Object.keys(modules).sort());
	for (const resource of resources) {
		const operationProperty = properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
		);
		const operations = optionsOf(operationProperty);
		expect(operations.length).toBeGreaterThan(0);
		for (const operation of operations) {
			const handler = modules[resource][operation] as { execute?: unknown } | undefined;
			expect({ resource, operation, execute: typeof handler?.execute }).toEqual({ resource, operation, execute: 'function' });
		}
	}
});

test('the size-limit options default to the library limits', () => {
	const defaults = Object.fromEntries(limitOptions.map((p) => [p.name, p.default]));
	const MB = 1024 * 1024;
	expect(defaults).toEqual({
		maxInputMb: DEFAULT_LIMITS.maxInputBytes / MB,
		maxLineMb: DEFAULT_LIMITS.maxLineBytes / MB,
		maxRecords: DEFAULT_LIMITS.maxRecords,
	});
});

test('the node is usable as an AI tool and has light and dark icons', () => {
	const { description } = new ConvertFormat();
	expect(description.usableAsTool).toBe(true);
	expect(description.icon).toEqual({ light: 'file:convertFormat.svg', dark: 'file:convertFormat.dark.svg' });
});

describe('Clean Data description', () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { CleanData } = require('../../nodes/CleanData/CleanData.node') as typeof import('../../nodes/CleanData/CleanData.node');
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { cleanDataOutputs } = require('../../nodes/CleanData/helpers/outputs') as typeof import('../../nodes/CleanData/helpers/outputs');
	const { description } = new CleanData();

	test('every operation has an execute function and its own parameters', async () => {
		const operations = optionsOf(description.properties.find((p) => p.name === 'operation'));
		expect(operations.sort()).toEqual(['deduplicate', 'fillMissing', 'normaliseText', 'outliers', 'smooth', 'validate']);
		for (const operation of operations) {
			const module = (await import(`../../nodes/CleanData/actions/${operation}.operation`)) as { execute?: unknown; description?: unknown[] };
			expect({ operation, execute: typeof module.execute }).toEqual({ operation, execute: 'function' });
			expect(module.description?.length).toBeGreaterThan(0);
		}
	});

	test('Validate, and Normalise Text sending invalid values apart, have a second output "Invalid"', () => {
		// n8n evaluates the outputs expression from the function's source text: it must run on its own.
		const outputs = runInNewContext(`(${String(cleanDataOutputs)})`) as typeof cleanDataOutputs;
		expect(description.outputs).toBe(`={{(${String(cleanDataOutputs)})($parameter)}}`);
		expect(outputs({ operation: 'validate' }).map((o) => o.displayName)).toEqual(['Valid', 'Invalid']);
		expect(outputs({ operation: 'normaliseText', options: { onInvalid: 'invalid' } })).toHaveLength(2);
		expect(outputs({ operation: 'normaliseText', options: { onInvalid: 'keep' } })).toHaveLength(1);
		expect(outputs({ operation: 'fillMissing' })).toEqual([{ type: 'main' }]);
	});

	test('the node is usable as an AI tool and has light and dark icons', () => {
		expect(description.usableAsTool).toBe(true);
		expect(description.icon).toEqual({ light: 'file:cleanData.svg', dark: 'file:cleanData.dark.svg' });
	});
});
