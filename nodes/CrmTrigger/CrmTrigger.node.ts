import type {
	IExecuteFunctions,
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IHookFunctions,
	INodeCredentialTestResult,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { rememberEvents } from './actions/rememberEvents';
import { webhook } from './actions/webhook';
import { crmCallOptions, crmResourceOptions } from '../shared/crmDescriptions';
import { crmProperty } from './helpers/descriptions';

const notHubSpot = { hide: { crm: ['hubspot'] } };

/**
 * Starts the workflow when a CRM calls its webhook URL with change events, after checking the
 * call's signature (HubSpot v3, HMAC) or shared-secret header; polling lives in its own node
 * type, CRM Poll Trigger (see README, "CRM Trigger", for why).
 */
export class CrmTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'CRM Trigger',
		name: 'crmTrigger',
		icon: { light: 'file:crmTrigger.svg', dark: 'file:crmTrigger.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["crm"] + ": " + $parameter["verification"]}}',
		description: 'Starts the workflow when HubSpot, Salesforce, Pipedrive or another CRM sends a signed change event',
		defaults: { name: 'CRM Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'crmWebhookSecretApi', required: true, testedBy: 'crmWebhookSecretTest' },
			{ name: 'crmHubSpotPrivateAppApi', required: true, displayOptions: { show: { crm: ['hubspot'], fetchFullRecord: [true] } } },
			{ name: 'crmSalesforceOAuth2Api', required: true, displayOptions: { show: { crm: ['salesforce'], fetchFullRecord: [true] } } },
			{ name: 'crmPipedriveApi', required: true, displayOptions: { show: { crm: ['pipedrive'], fetchFullRecord: [true] } } },
		],
		// Answered as soon as the execution is registered, with an empty 200: n8n would otherwise send the
		// text "firstEntryJson" (its default for responseData) to the CRM.
		webhooks: [{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', responseData: 'noData', path: 'webhook' }],
		triggerPanel: {
			header: 'Enter the Production URL in the CRM\'s webhook settings',
			executionsHelp: {
				inactive:
					'Use "Listen for test event" and make the CRM send an event to the Test URL to see the items. Publish the workflow and give the CRM the Production URL to run on every event.',
				active: 'The workflow runs on every verified event the CRM sends to the Production URL; calls that fail verification get 401 and start nothing.',
			},
			activationHint: 'Publish the workflow and enter the Production URL in the CRM\'s webhook settings.',
		},
		properties: [
			crmProperty({ includeOther: true }),
			{
				displayName: 'Verification',
				name: 'verification',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'HMAC Signature',
						value: 'hmac',
						description: 'A keyed hash (HMAC) of the raw body, and optionally a timestamp and the URL, in a header',
					},
					{
						name: 'HubSpot Signature V3',
						value: 'hubspotV3',
						description: 'X-HubSpot-Signature-v3 over method, URL, raw body and a timestamp at most 5 minutes old',
					},
					{
						name: 'Shared Secret Header',
						value: 'sharedSecret',
						description: 'A fixed secret in a header (weaker: nothing is signed; use HTTPS)',
					},
				],
				default: 'hubspotV3',
				description: 'How the node checks that a call comes from the CRM; calls that fail get 401 and start no execution',
			},
			{
				displayName: 'Signature Header',
				name: 'signatureHeader',
				type: 'string',
				default: 'X-Signature',
				required: true,
				displayOptions: { show: { verification: ['hmac'] } },
			},
			{
				displayName: 'Signed Content',
				name: 'signedContent',
				type: 'options',
				options: [
					{ name: 'Body', value: 'body', description: 'The raw body only (repeats are still dropped by event ID)' },
					{ name: 'Method + URL + Body + Timestamp', value: 'methodUrlBodyTimestamp', description: 'Concatenated, as HubSpot v3 signs' },
					{ name: 'Timestamp + "." + Body', value: 'timestampDotBody', description: 'As Stripe and this package\'s Third-Party Sync sign' },
				],
				default: 'timestampDotBody',
				description: 'What the sender signs',
				displayOptions: { show: { verification: ['hmac'] } },
			},
			{
				displayName: 'Timestamp Header',
				name: 'timestampHeader',
				type: 'string',
				default: 'X-Timestamp',
				required: true,
				description: 'The header with the signed time (epoch milliseconds or seconds); older than the maximum age is refused',
				displayOptions: { show: { verification: ['hmac'], signedContent: ['timestampDotBody', 'methodUrlBodyTimestamp'] } },
			},
			{
				displayName: 'Signature Encoding',
				name: 'signatureEncoding',
				type: 'options',
				options: [
					{ name: 'Base64', value: 'base64' },
					{ name: 'Hex', value: 'hex' },
				],
				default: 'hex',
				displayOptions: { show: { verification: ['hmac'] } },
			},
			{
				displayName: 'Signature Prefix',
				name: 'signaturePrefix',
				type: 'string',
				default: 'sha256=',
				description: 'Text before the signature in the header; empty for none',
				displayOptions: { show: { verification: ['hmac'] } },
			},
			{
				displayName: 'Hash',
				name: 'hmacAlgorithm',
				type: 'options',
				options: [
					{ name: 'SHA-1 (Legacy Senders Only)', value: 'sha1' },
					{ name: 'SHA-256', value: 'sha256' },
					{ name: 'SHA-512', value: 'sha512' },
				],
				default: 'sha256',
				displayOptions: { show: { verification: ['hmac'] } },
			},
			{
				displayName: 'Header Name',
				name: 'sharedHeader',
				type: 'string',
				default: 'X-Webhook-Secret',
				required: true,
				description: 'The header that carries the shared secret',
				displayOptions: { show: { verification: ['sharedSecret'] } },
			},
			{
				displayName: 'Events Path',
				name: 'eventsPath',
				type: 'string',
				default: '',
				placeholder: 'e.g. data or payload.events',
				description: 'Dotted path of the event or list of events in the JSON body; empty when the body is the event or the list',
				displayOptions: notHubSpot,
			},
			{
				displayName: 'Event ID Field',
				name: 'eventIdField',
				type: 'string',
				default: '',
				placeholder: 'e.g. eventId or meta.event_id',
				description: 'Dotted path of each event\'s unique ID, used to drop repeats; empty uses a hash of the event\'s content',
				displayOptions: notHubSpot,
			},
			{
				displayName: 'Fetch Full Record',
				name: 'fetchFullRecord',
				type: 'boolean',
				default: false,
				description: 'Whether to read each event\'s record from the CRM (normalised shape, in the field "record"); a deleted record gives null',
				displayOptions: { hide: { crm: ['other'] } },
			},
			{
				displayName: 'Object',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: crmResourceOptions,
				default: 'contact',
				description: 'What the events are about (HubSpot events say it themselves)',
				displayOptions: { show: { crm: ['salesforce', 'pipedrive'], fetchFullRecord: [true] } },
			},
			{
				displayName: 'Custom Object',
				name: 'customObject',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'e.g. Project__c or leads',
				displayOptions: { show: { crm: ['salesforce', 'pipedrive'], fetchFullRecord: [true], resource: ['custom'] } },
			},
			{
				displayName: 'Record ID Field',
				name: 'recordIdField',
				type: 'string',
				default: 'id',
				placeholder: 'e.g. meta.entity_id or data.recordId',
				description: 'Dotted path of the record\'s ID in each event',
				displayOptions: { show: { crm: ['salesforce', 'pipedrive'], fetchFullRecord: [true] } },
			},
			{
				displayName: 'Properties',
				name: 'properties',
				type: 'string',
				default: '',
				placeholder: 'e.g. email, firstname, lastname',
				description: 'Fields of the record to read, separated by commas; empty reads the CRM\'s default fields',
				displayOptions: { show: { fetchFullRecord: [true] }, hide: { crm: ['other'] } },
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Max Remembered Events',
						name: 'replayMaxEvents',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 10000,
						description: 'Most event IDs kept for dropping repeats (the oldest are forgotten first); size it to the events of one replay window',
					},
					crmCallOptions[0],
					{
						displayName: 'Public Webhook URL',
						name: 'publicUrl',
						type: 'string',
						default: '',
						placeholder: 'e.g. https://hooks.example.com/webhook/…/webhook',
						description: 'The URL the CRM calls, when it differs from the one n8n shows (a proxy that rewrites it); signatures that cover the URL are checked against it',
					},
					{
						displayName: 'Replay Window (Minutes)',
						name: 'replayWindowMinutes',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 10,
						description: 'An event whose ID was seen this recently is dropped: no execution, answer 200',
					},
					{
						displayName: 'Signature Max Age (Seconds)',
						name: 'maxAgeSeconds',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: 300,
						description: 'How far a signed timestamp may be from now, either way (HubSpot: 5 minutes)',
					},
					crmCallOptions[1],
					{
						displayName: 'Use Forwarded Headers',
						name: 'useForwardedHeaders',
						type: 'boolean',
						default: false,
						description: 'Whether to build the URL the CRM called from X-Forwarded-Proto and X-Forwarded-Host instead of n8n\'s webhook URL (only behind a proxy you trust to set them)',
					},
				],
			},
		],
	};

	webhookMethods = {
		default: {
			/** The CRM's webhook subscription is set up in the CRM (HubSpot app, Salesforce flow, Pipedrive settings), not by n8n. */
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			/** Nothing to create in the CRM (see checkExists). */
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			/** Nothing to remove either; the remembered event ids stay, so republishing does not let repeats through. */
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	methods = {
		credentialTest: {
			/** Webhook secrets are checked when the CRM calls, not against a server: this only checks one is entered. */
			async crmWebhookSecretTest(this: ICredentialTestFunctions, credential: ICredentialsDecrypted): Promise<INodeCredentialTestResult> {
				const data = credential.data ?? {};
				const entered = ['hubspotClientSecret', 'hmacSecret', 'sharedSecret'].filter((field) => String(data[field] ?? '').trim() !== '');
				if (entered.length === 0) return { status: 'Error', message: 'Enter the secret of the verification the CRM Trigger uses' };
				return { status: 'OK', message: 'Saved; the secret is checked on every call the CRM makes' };
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await webhook.call(this);
	}

	/** The execution's first step: passes the events on and remembers their ids in the execution's static data. */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await rememberEvents.call(this);
	}
}
