/**
 * The sync engine behind the Third-Party Sync node: destinations declared as data (a generic
 * REST API, HubSpot batch upsert, Salesforce collection upsert, a signed webhook) and
 * `syncRecords`, which batches, throttles, retries, de-duplicates by idempotency key, detects
 * changes by content hash and checkpoints, so each record is at the destination once in effect.
 */
export { syncRecords } from './syncRecords';
export { restDestination, type RestDestinationConfig } from './restDestination';
export { hubspotUpsert, type HubspotUpsertConfig } from './hubspotUpsert';
export { salesforceUpsert, type SalesforceUpsertConfig } from './salesforceUpsert';
export { signedWebhook, type SignedWebhookConfig } from './signedWebhook';
export { recordHash } from './recordHash';
export { idempotencyKey } from './idempotencyKey';
export { webhookSignature } from './webhookSignature';
export { fillUrlTemplate } from './fillUrlTemplate';
export { fillBodyTemplate } from './fillBodyTemplate';
export { readOneAnswer, saysCreated } from './readOneAnswer';
export { readBatchAnswer, type BatchAnswerOptions } from './readBatchAnswer';
export { keyedItems, type KeyedItems } from './keyedItems';
export { deliverItems, type DeliveryContext } from './deliverItems';
export { rateLimiter } from './rateLimiter';
export { runInOrder } from './runInOrder';
export { requestSlots } from './requestSlots';
export { runKey } from './runKey';
export { boundedHashes } from './boundedHashes';
export { acknowledgeBatch, checkpointOutcomes } from './checkpointOutcomes';
export { checkpointProgress, type CheckpointProgress } from './checkpointProgress';
export { redactRequest } from './redactRequest';
export type {
	CheckpointStore,
	DryRunRequest,
	PreparedBatch,
	PreparedRequest,
	PrepareContext,
	RecordOutcome,
	SyncCheckpoint,
	SyncDestination,
	SyncError,
	SyncItem,
	SyncOptions,
	SyncRecordResult,
	SyncResult,
} from './types';
