/**
 * Webhook verification for the CRM Trigger: HubSpot v3 signatures, generic HMAC signatures and
 * shared-secret headers checked in constant time against the raw body, stale or future
 * timestamps rejected, repeated event ids dropped, and the events of a delivery read into items.
 */
export { verifyHubSpotV3, HUBSPOT_SIGNATURE_HEADER, HUBSPOT_TIMESTAMP_HEADER, type HubSpotV3Options } from './verifyHubSpotV3';
export { verifyHmacSignature, type HmacSignatureConfig, type SignedContent } from './verifyHmacSignature';
export { verifySharedSecret, type SharedSecretConfig } from './verifySharedSecret';
export { hubSpotV2Signature } from './hubSpotV2Signature';
export { hubSpotSignatureUri } from './hubSpotSignatureUri';
export { timestampProblem, MAX_TIMESTAMP_AGE_MS } from './timestampProblem';
export { constantTimeEqual } from './constantTimeEqual';
export { headerValue } from './headerValue';
export { rawBodyBytes } from './rawBodyBytes';
export { ReplayGuard, type ReplayGuardOptions, type ReplayGuardState } from './ReplayGuard';
export { parseHubSpotEvents, type HubSpotEvent } from './parseHubSpotEvents';
export { parseGenericEvents, type GenericEvent, type GenericEventsOptions } from './parseGenericEvents';
export { hubSpotObjectType } from './hubSpotObjectType';
export { readJsonBody } from './readJsonBody';
export type { VerifyFailureReason, VerifyResult, WebhookHeaders, WebhookRequest } from './types';
