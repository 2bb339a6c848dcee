/**
 * The local stand-ins the demo and the e2e tests run the examples against: the mock CRM
 * (HubSpot, Salesforce, Pipedrive, REST personalities) seeded with the demo's CRM contacts, and the
 * sink mock as the third-party API; plus the n8n credentials that point at them.
 */
const fs = require('node:fs');
const path = require('node:path');
const { startMockCrm } = require('../test/mock-crm');
const { startMockSink } = require('../test/mock-sink');
const { createCredentials } = require('./n8n-instance');

const CRM_CONTACTS = path.join(__dirname, '../examples/data/crm-contacts.json');

/** The demo's CRM contacts (examples/data/crm-contacts.json) as HubSpot records. */
function hubspotContacts() {
	return JSON.parse(fs.readFileSync(CRM_CONTACTS, 'utf8')).map((c) => ({
		properties: { email: c.email, firstname: c.first_name, lastname: c.last_name, phone: c.phone, company: c.company, city: c.city },
		updatedAt: c.updated_at,
		createdAt: c.updated_at,
	}));
}

/** Starts both mocks (seeded); `stop()` closes them. */
async function startDemoServices() {
	const crm = await startMockCrm({ clock: 'real' });
	crm.seed('hubspot', 'contacts', hubspotContacts());
	const sink = await startMockSink({ token: 'sink-token' });
	return {
		crm,
		sink,
		async stop() {
			await crm.close();
			await sink.close();
		},
	};
}

/** The credentials the examples use, created in the n8n at `url`, pointing at the mocks. */
async function createDemoCredentials(url, apiKey, { crm, sink }) {
	return await createCredentials(url, apiKey, {
		crmHubSpotPrivateAppApi: { name: 'HubSpot (mock CRM)', data: { accessToken: 'pat-test-token', baseUrl: crm.url } },
		crmSalesforceOAuth2Api: {
			name: 'Salesforce (mock CRM)',
			data: { loginUrl: crm.url, grantType: 'clientCredentials', clientId: 'sf-client-id', clientSecret: 'sf-client-secret' },
		},
		crmThirdPartyApi: { name: 'Customer API (sink mock)', data: { baseUrl: sink.url, authType: 'bearer', token: 'sink-token', testPath: '/api/customers' } },
		// The CRM Trigger example: the client secret the mock CRM signs HubSpot webhooks with (emitHubSpotWebhook).
		crmWebhookSecretApi: { name: 'HubSpot app webhook secret (mock CRM)', data: { hubspotClientSecret: 'hubspot-app-client-secret' } },
	});
}

module.exports = { startDemoServices, createDemoCredentials, hubspotContacts };
