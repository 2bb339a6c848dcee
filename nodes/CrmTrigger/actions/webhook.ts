import type { IDataObject, INode, INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { VerifyFailureReason } from '../../../lib/trigger';
import { splitList } from '../../shared/splitList';
import { OBJECT_TYPES, triggerConnector, type TriggerConnector, type TriggerCrm } from '../helpers/connector';
import { readEvents, type TriggerEvent } from '../helpers/events';
import { triggerNodeError } from '../helpers/nodeError';
import { calledUrl, incomingRequest, type OutgoingResponse } from '../helpers/request';
import { verifyRequest, type VerificationSettings } from '../helpers/verify';
import { REPLAY_KEY, replayGuardOf } from './rememberEvents';

/** The credential with the webhook secrets (CRM Integration: Webhook Secret API). */
export const WEBHOOK_SECRET_CREDENTIAL = 'crmWebhookSecretApi';

/**
 * Serves one call of the CRM:
 * 1. Verifies it (signature over the raw body, the URL it was sent to and a fresh timestamp, or a
 *    shared-secret header). A request that fails gets 401 with the reason and starts no execution.
 * 2. Reads its events from the same raw bytes: HubSpot's JSON array, or for other CRMs the JSON
 *    body or the list at the events path.
 * 3. Drops events whose id was seen within the replay window (kept, bounded, in the workflow's
 *    static data). When every event is a repeat the answer is 200 and no execution starts.
 * 4. With Fetch Full Record, reads each event's record through the CRM Source connector, in the
 *    normalised shape; a record that no longer exists (a deletion event) gets `record: null`.
 * 5. Starts one execution with one item per new event; n8n answers 200 once it is registered.
 *    (A delivery of repeats only is answered 200 with `{ received, duplicates }`.)
 * The ids are remembered only once everything above succeeded: when a step fails the execution
 * shows the error, the CRM gets a 5xx and retries, and the retry is not dropped as a repeat.
 * The execution records them again in its own static data (`rememberEvents`), so a later node
 * that saves static data does not overwrite them.
 */
export async function webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const node = this.getNode();
	const req = await incomingRequest(this);
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const settings = verificationSettings(this, options);
	const credentials = (await this.getCredentials(WEBHOOK_SECRET_CREDENTIAL)) as IDataObject;
	const url = calledUrl(this, req, { publicUrl: options.publicUrl as string | undefined, useForwardedHeaders: options.useForwardedHeaders === true });
	const verdict = verifyRequest(node, req, url, settings, credentials);
	if (!verdict.ok) {
		refuse(this.getResponseObject() as unknown as OutgoingResponse, verdict.reason);
		return { noWebhookResponse: true };
	}

	const crm = this.getNodeParameter('crm') as TriggerCrm | 'other';
	const fetch = crm !== 'other' && (this.getNodeParameter('fetchFullRecord', false) as boolean);
	// HubSpot events name their object; for the others it is chosen in the node, for fetching.
	const objectType = fetch && crm !== 'hubspot' ? genericObjectType(this, node, crm as TriggerCrm) : '';
	let events: TriggerEvent[];
	try {
		events = readEvents(
			crm,
			req.rawBody,
			{
				eventsPath: this.getNodeParameter('eventsPath', '') as string,
				eventIdField: this.getNodeParameter('eventIdField', '') as string,
				recordIdField: this.getNodeParameter('recordIdField', '') as string,
			},
			objectType,
		);
	} catch (error) {
		throw new NodeOperationError(node, (error as Error).message, { description: 'The call was verified, but its body is not the events expected: check the CRM and the events settings.' });
	}

	const staticData = this.getWorkflowStaticData('node');
	const guard = replayGuardOf(staticData, options);
	const fresh = events.filter((event) => !guard.seen(event.eventId));
	if (fresh.length === 0) {
		staticData[REPLAY_KEY] = guard.toJSON() as unknown as IDataObject;
		return { webhookResponse: { received: events.length, duplicates: events.length } };
	}

	const items: INodeExecutionData[] = [];
	const connectors = new Map<string, TriggerConnector>();
	for (const event of fresh) {
		const json: IDataObject = { ...event.json };
		if (fetch) json.record = await fetchRecord(this, crm as TriggerCrm, event, connectors, options);
		items.push({ json });
	}
	staticData[REPLAY_KEY] = guard.toJSON() as unknown as IDataObject;
	// n8n answers 200 once the execution is registered (empty body: responseData 'noData').
	return { workflowData: [items] };
}

/** Answers 401 with why (never with anything secret), and no execution starts. */
function refuse(res: OutgoingResponse, reason: VerifyFailureReason): void {
	res.writeHead(401, { 'Content-Type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify({ error: 'Unauthorized', reason }));
}

function verificationSettings(ctx: IWebhookFunctions, options: IDataObject): VerificationSettings {
	const text = (name: string, fallback: string) => String(ctx.getNodeParameter(name, fallback) ?? fallback).trim();
	return {
		verification: ctx.getNodeParameter('verification', 'hubspotV3') as VerificationSettings['verification'],
		signatureHeader: text('signatureHeader', 'X-Signature'),
		signedContent: ctx.getNodeParameter('signedContent', 'timestampDotBody') as VerificationSettings['signedContent'],
		signatureEncoding: ctx.getNodeParameter('signatureEncoding', 'hex') as VerificationSettings['signatureEncoding'],
		signaturePrefix: String(ctx.getNodeParameter('signaturePrefix', '') ?? ''),
		timestampHeader: text('timestampHeader', 'X-Timestamp'),
		hmacAlgorithm: ctx.getNodeParameter('hmacAlgorithm', 'sha256') as VerificationSettings['hmacAlgorithm'],
		secretHeader: text('sharedHeader', 'X-Webhook-Secret'),
		maxAgeMs: Math.max(1, Number(options.maxAgeSeconds ?? 300)) * 1000,
	};
}

/** The object type the events of a CRM other than HubSpot are about (they do not say it in one way). */
function genericObjectType(ctx: IWebhookFunctions, node: INode, crm: TriggerCrm): string {
	const resource = ctx.getNodeParameter('resource', 'contact') as string;
	if (resource === 'custom') return String(ctx.getNodeParameter('customObject', '')).trim();
	const type = OBJECT_TYPES[crm][resource];
	if (!type) throw new NodeOperationError(node, `${crm} has no ${resource} object; use Custom Object with the object's name`);
	return type;
}

/**
 * The event's record in the normalised shape: `null` when the event names no record or the
 * record no longer exists (a deletion, a merge); any other failure is an error.
 */
async function fetchRecord(ctx: IWebhookFunctions, crm: TriggerCrm, event: TriggerEvent, connectors: Map<string, TriggerConnector>, options: IDataObject): Promise<IDataObject | null> {
	if (event.objectId === '' || event.objectType === '') return null;
	try {
		let connector = connectors.get(event.objectType);
		if (!connector) {
			connector = await triggerConnector(ctx, crm, event.objectType, options);
			connectors.set(event.objectType, connector);
		}
		const properties = splitList(ctx.getNodeParameter('properties', ''));
		const record = await connector.getRecord(event.objectId, { properties: properties.length ? properties : undefined });
		return connector.normalise(record) as unknown as IDataObject;
	} catch (error) {
		if ((error as { code?: string }).code === 'NOT_FOUND' || (error as { status?: number }).status === 404) return null;
		throw triggerNodeError(ctx.getNode(), error as Error);
	}
}
