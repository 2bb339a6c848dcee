import { readOneAnswer } from './readOneAnswer';
import type { PreparedBatch, SyncDestination } from './types';
import { webhookSignature } from './webhookSignature';

export interface SignedWebhookConfig {
	url: string;
	/** The shared secret the receiver verifies with. Never part of any output. */
	secret: string;
	/** Default `X-Signature`. */
	signatureHeader?: string;
	/** Default `X-Timestamp` (epoch milliseconds). */
	timestampHeader?: string;
	/** Default `Idempotency-Key`. */
	idempotencyHeader?: string;
	/** Where the receiver's answer holds an id. Default `id`. */
	responseIdPath?: string;
}

/**
 * A signed webhook destination: each record is POSTed as JSON to `url` with the time in
 * `timestampHeader` (epoch ms) and `signatureHeader: sha256=<hex HMAC-SHA256(secret, timestamp +
 * '.' + body)>` (see `webhookSignature`), so the receiver can check that the body came from us
 * and is fresh; the idempotency key goes in a header, for receivers that de-duplicate
 * deliveries. The signed text is `JSON.stringify(record)`, exactly what the request function
 * sends for a JSON body. Requests are signed when their batch is sent (a resumed run signs anew).
 * A delivery that succeeds counts as created.
 *
 * @example
 * signedWebhook({ url: 'https://hooks.example.com/crm', secret: process.env.HOOK_SECRET });
 */
export function signedWebhook(config: SignedWebhookConfig): SyncDestination {
	// Messages never echo the secret, not even where it was put by mistake.
	if (typeof config.secret !== 'string' || config.secret === '') throw new RangeError('A signed webhook needs a signing secret');
	if (!/^https?:\/\//i.test(config.url)) throw new RangeError(`The webhook URL must start with http:// or https://, got "${config.url.split(config.secret).join('***')}"`);
	const signatureHeader = config.signatureHeader ?? 'X-Signature';
	const timestampHeader = config.timestampHeader ?? 'X-Timestamp';
	return {
		name: 'Webhook',
		label: `webhook:${config.url}:${signatureHeader}:${timestampHeader}`,
		maxBatchSize: 1,
		defaultBatchSize: 100,
		secretHeaders: [signatureHeader],
		secrets: [config.secret],
		prepare(items, context): PreparedBatch {
			const timestamp = String(context.now().getTime());
			return {
				requests: items.map((item) => ({
					request: {
						method: 'POST',
						url: config.url,
						body: item.record,
						headers: {
							[timestampHeader]: timestamp,
							[signatureHeader]: webhookSignature(config.secret, timestamp, JSON.stringify(item.record)),
							[context.idempotencyHeader ?? config.idempotencyHeader ?? 'Idempotency-Key']: item.key,
						},
					},
					items: [item],
				})),
				rejected: [],
			};
		},
		interpret(response) {
			return [{ ...readOneAnswer(response, config.responseIdPath), status: 'created' }];
		},
	};
}
