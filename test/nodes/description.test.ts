/** The Convert Format node's description: every operation offered is routed, defaults agree with lib/. */
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
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
