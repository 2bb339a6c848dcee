import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import { unflatten } from '../../../../lib/restructure';
import { forEachItem } from '../../../shared/forEachItem';
import { separatorParameter } from './common';

export const description = updateDisplayOptions({ show: { resource: ['structure'], operation: ['unflatten'] } }, [
	separatorParameter,
]);

export async function execute(this: IExecuteFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
	return await forEachItem(this, items, async (i, item) => {
		const separator = this.getNodeParameter('separator', i) as string;
		return [unflatten(item.json, { separator }) as IDataObject];
	});
}
