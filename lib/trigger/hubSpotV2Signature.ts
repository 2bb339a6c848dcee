import { createHash } from 'node:crypto';

/**
 * HubSpot's legacy v2 signature (`X-HubSpot-Signature` with `X-HubSpot-Signature-Version: v2`):
 * the hex SHA-256 of client secret + method + URI + body, the URI exactly as called. Kept to
 * check our reading of HubSpot's request-validation page against its published example and to
 * explain a rejected legacy request; never used to accept one, because v2 signs no timestamp
 * and a captured request would verify forever (`verifyHubSpotV3` accepts v3 only).
 * Source: https://developers.hubspot.com/docs/faq/v2-request-validation
 *
 * @example
 * hubSpotV2Signature('yyyyyyyy-yyyy-yyyy-yyyy-yyyyyyyyyyyy', 'GET', 'https://www.example.com/webhook_uri', '');
 * // 'eee2dddcc73c94d699f5e395f4b9d454a069a6855fbfa152e91e88823087200e'
 */
export function hubSpotV2Signature(clientSecret: string, method: string, uri: string, body: string | Buffer): string {
	return createHash('sha256').update(`${clientSecret}${method}${uri}`, 'utf8').update(body).digest('hex');
}
