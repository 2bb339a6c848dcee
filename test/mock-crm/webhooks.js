'use strict';
/**
 * HubSpot webhook sender: POSTs a JSON array of events to a target URL, signed like HubSpot
 * (v3: base64 HMAC-SHA256 of method + uri + body + timestamp keyed with the app's client secret;
 * v1 header too), with knobs for a stale timestamp, a bad signature, a tampered body, duplicate
 * delivery, reordering and HubSpot-style retries (any status but 2xx/400/401/403/404/405).
 */
const crypto = require('node:crypto');

// HubSpot signs the URI with these escapes decoded (its validation guide's table).
const DECODE = { '%3A': ':', '%2F': '/', '%3F': '?', '%40': '@', '%21': '!', '%24': '$', '%27': '\'', '%28': '(', '%29': ')', '%2A': '*', '%2C': ',', '%3B': ';' };

function signatureUri(uri) {
	return String(uri).replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (m) => DECODE[m.toUpperCase()]);
}

/** X-HubSpot-Signature-v3 for a request. */
function signV3(secret, method, uri, body, timestamp) {
	return crypto.createHmac('sha256', String(secret)).update(`${method}${signatureUri(uri)}${body}${timestamp}`, 'utf8').digest('base64');
}

/** X-HubSpot-Signature v1: sha256 hex of secret + body. */
function signV1(secret, body) {
	return crypto.createHash('sha256').update(`${secret}${body}`, 'utf8').digest('hex');
}

/** X-HubSpot-Signature v2: sha256 hex of secret + method + uri + body. */
function signV2(secret, method, uri, body) {
	return crypto.createHash('sha256').update(`${secret}${method}${uri}${body}`, 'utf8').digest('hex');
}

const NO_RETRY = new Set([400, 401, 403, 404, 405]);

/**
 * Sends the events. Options: `{ targetUrl, events?, clientSecret, method? ('POST'), stale?,
 * badSignature?, tamperBody?, duplicate?, reorder?, retries? (0), retryDelayMs? (0) }`.
 * Resolves with `{ events, deliveries: [{ attempt, status, body, error?, timestamp, signature }] }`.
 */
async function emitHubSpotWebhook(mock, options) {
	const { targetUrl, clientSecret } = options || {};
	if (!targetUrl || !clientSecret) throw new Error('targetUrl and clientSecret are required');
	const method = (options.method || 'POST').toUpperCase();
	const state = mock.state;
	const events = (options.events && options.events.length ? options.events : [{}]).map((e) => ({
		eventId: ++state.webhookEventCounter,
		subscriptionId: 12345,
		portalId: 62515,
		appId: 54321,
		occurredAt: mock.nowMs(),
		subscriptionType: 'contact.creation',
		attemptNumber: 0,
		objectId: 1,
		changeSource: 'CRM',
		changeFlag: 'NEW',
		...e,
	}));
	if (options.reorder) events.reverse();
	const deliveries = [];
	const sendOnce = async (attempt) => {
		const body = JSON.stringify(events.map((e) => ({ ...e, attemptNumber: attempt })));
		// Real time, not the virtual clock: receivers compare it with their own clock (5-minute window).
		const timestamp = String(options.stale ? Date.now() - 6 * 60 * 1000 : Date.now());
		const secret = options.badSignature ? `${clientSecret}-wrong` : clientSecret;
		const signature = signV3(secret, method, targetUrl, body, timestamp);
		const sent = options.tamperBody ? body.replace(/"objectId":(\d+)/, (_, n) => `"objectId":${Number(n) + 1}`) : body;
		const headers = {
			'Content-Type': 'application/json',
			'X-HubSpot-Signature-v3': signature,
			'X-HubSpot-Request-Timestamp': timestamp,
			'X-HubSpot-Signature-Version': 'v1',
			'X-HubSpot-Signature': signV1(secret, body),
			'User-Agent': 'HubSpot Connect 2.0 (http://dev.hubspot.com/) (namespace: webhooks-nio) - WebhooksExecutorDaemon-executor',
		};
		const delivery = { attempt, timestamp, signature };
		try {
			const res = await fetch(targetUrl, { method, headers, body: method === 'GET' ? undefined : sent });
			delivery.status = res.status;
			delivery.body = await res.text();
		} catch (e) {
			delivery.status = 0;
			delivery.error = String((e && e.cause && e.cause.code) || (e && e.message) || e);
		}
		deliveries.push(delivery);
		return delivery.status;
	};
	const retries = Number(options.retries || 0);
	for (let attempt = 0; attempt <= retries; attempt++) {
		const status = await sendOnce(attempt);
		if ((status >= 200 && status < 300) || NO_RETRY.has(status)) break;
		if (attempt < retries && options.retryDelayMs) await new Promise((r) => setTimeout(r, options.retryDelayMs));
	}
	if (options.duplicate) await sendOnce(0);
	return { events, deliveries };
}

module.exports = { emitHubSpotWebhook, signV3, signV1, signV2, signatureUri };
