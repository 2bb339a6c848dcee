import type { IDataObject, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { verifyHmacSignature, verifyHubSpotV3, verifySharedSecret, type SignedContent, type VerifyResult } from '../../../lib/trigger';
import type { IncomingRequest } from './request';

/** The node's verification settings, read once per request. */
export interface VerificationSettings {
	verification: 'hubspotV3' | 'hmac' | 'sharedSecret';
	signatureHeader: string;
	signedContent: SignedContent;
	signatureEncoding: 'hex' | 'base64';
	signaturePrefix: string;
	timestampHeader: string;
	hmacAlgorithm: 'sha1' | 'sha256' | 'sha512';
	secretHeader: string;
	maxAgeMs: number;
}

const SECRET_FIELDS = { hubspotV3: 'hubspotClientSecret', hmac: 'hmacSecret', sharedSecret: 'sharedSecret' } as const;
const SECRET_NAMES = { hubspotV3: 'HubSpot Client Secret', hmac: 'HMAC Secret', sharedSecret: 'Shared Secret' } as const;

/**
 * The verdict on a request: its signature (HubSpot v3 or HMAC, over the raw body and, where
 * signed, the URL it was sent to and a fresh timestamp) or its shared-secret header, compared in
 * constant time. A setting that cannot work (the credential's secret for this mode empty, no
 * header name, a timestamp that is not signed) is a NodeOperationError, so the mistake shows as a
 * failed execution instead of every CRM call being refused 401 without a trace.
 */
export function verifyRequest(node: INode, req: IncomingRequest, url: string, settings: VerificationSettings, credentials: IDataObject): VerifyResult {
	const field = SECRET_FIELDS[settings.verification];
	const secret = typeof credentials[field] === 'string' ? (credentials[field] as string) : '';
	if (secret.trim() === '') {
		throw new NodeOperationError(node, `The webhook secret credential has no ${SECRET_NAMES[settings.verification]}`, {
			description: 'Every call is refused until it is set: enter it in the CRM Integration: Webhook Secret credential.',
		});
	}
	const request = { method: req.method, url, rawBody: req.rawBody, headers: req.headers };
	try {
		if (settings.verification === 'hubspotV3') return verifyHubSpotV3(request, secret, { maxAgeMs: settings.maxAgeMs });
		if (settings.verification === 'sharedSecret') return verifySharedSecret(req.headers, { header: settings.secretHeader, secret });
		return verifyHmacSignature(request, {
			secret,
			header: settings.signatureHeader,
			algorithm: settings.hmacAlgorithm,
			encoding: settings.signatureEncoding,
			prefix: settings.signaturePrefix,
			signed: settings.signedContent,
			timestampHeader: settings.signedContent === 'body' ? undefined : settings.timestampHeader,
			maxAgeMs: settings.maxAgeMs,
		});
	} catch (error) {
		throw new NodeOperationError(node, (error as Error).message, { description: 'Check the verification settings of the CRM Trigger.' });
	}
}
