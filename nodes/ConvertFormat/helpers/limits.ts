import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { InputLimits } from '../../../lib/core/limits';
import { DEFAULT_LIMITS } from '../../../lib/core/limits';

const MB = 1024 * 1024;

/**
 * The size-limit options every reading operation offers. n8n's lint wants literal defaults; a
 * node test checks they equal the library's DEFAULT_LIMITS.
 */
export const limitOptions: INodeProperties[] = [
	{
		displayName: 'Max File Size (MB)',
		name: 'maxInputMb',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 512,
		description: 'Larger inputs are refused with an error instead of filling the memory of n8n',
	},
	{
		displayName: 'Max Line Size (MB)',
		name: 'maxLineMb',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 16,
		description: 'A longer line or field is refused with an error naming the line',
	},
	{
		displayName: 'Max Records',
		name: 'maxRecords',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 5000000,
		description: 'More records than this in one input are refused with an error',
	},
];

/** Reads the limit options (inside the `options` collection) of item `i`. */
export function readLimits(ctx: IExecuteFunctions, i: number): InputLimits {
	const o = ctx.getNodeParameter('options', i, {}) as { maxInputMb?: number; maxLineMb?: number; maxRecords?: number };
	return {
		maxInputBytes: (o.maxInputMb ?? DEFAULT_LIMITS.maxInputBytes / MB) * MB,
		maxLineBytes: (o.maxLineMb ?? DEFAULT_LIMITS.maxLineBytes / MB) * MB,
		maxRecords: o.maxRecords ?? DEFAULT_LIMITS.maxRecords,
	};
}
