/**
 * The node's outputs for its parameters: a second output "Invalid" for Validate, and for
 * Normalise Text when invalid values are sent there. n8n evaluates this in the editor from
 * the function's source text, so it must stay self-contained plain JavaScript.
 */
export function cleanDataOutputs(parameters: { operation?: string; options?: { onInvalid?: string } }) {
	if (parameters.operation === 'validate') {
		return [
			{ type: 'main', displayName: 'Valid' },
			{ type: 'main', displayName: 'Invalid' },
		];
	}
	if (parameters.operation === 'normaliseText' && parameters.options && parameters.options.onInvalid === 'invalid') {
		return [
			{ type: 'main', displayName: 'Normalised' },
			{ type: 'main', displayName: 'Invalid' },
		];
	}
	return [{ type: 'main' }];
}
