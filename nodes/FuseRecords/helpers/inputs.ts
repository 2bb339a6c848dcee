/**
 * The node's inputs for its parameters: one per source (2 to 5, Merge-style), or a single input
 * whose items name their source in a field. n8n evaluates this in the editor from the function's
 * source text, so it must stay self-contained plain JavaScript.
 */
export function fuseRecordsInputs(parameters: { sourcesFrom?: string; numberInputs?: number; sourceNames?: string }) {
	if (parameters.sourcesFrom === 'field') return [{ type: 'main', displayName: 'Records' }];
	const names = String(parameters.sourceNames || '')
		.split(',')
		.map((name) => name.trim());
	const count = parameters.numberInputs || 2;
	const inputs = [];
	for (let i = 0; i < count; i++) inputs.push({ type: 'main', displayName: names[i] || 'Input ' + (i + 1) });
	return inputs;
}
