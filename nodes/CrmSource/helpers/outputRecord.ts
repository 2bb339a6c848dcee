import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { Connector } from './connector';

/** A record as the node outputs it: the CRM's own shape, or the one shape shared by every CRM. */
export function outputRecord(ctx: IExecuteFunctions, connector: Connector, record: Record<string, unknown>, itemIndex: number): IDataObject {
	const normalised = (ctx.getNodeParameter('options', itemIndex, {}) as IDataObject).normalised === true;
	return (normalised ? connector.normalise(record) : record) as IDataObject;
}
