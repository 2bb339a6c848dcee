import { recordPosition } from './recordPosition';

describe('recordPosition', () => {
	it('reads the last-modified property as ISO or epoch ms', () => {
		expect(recordPosition({ id: '7', properties: { lastmodifieddate: '2024-05-01T10:00:00.000Z' } }, 'lastmodifieddate')).toEqual({ at: 1714557600000, id: '7' });
		expect(recordPosition({ id: 8, properties: { hs_lastmodifieddate: '1714557600000' } }, 'hs_lastmodifieddate')).toEqual({ at: 1714557600000, id: '8' });
	});

	it('falls back to updatedAt and fails clearly without either', () => {
		expect(recordPosition({ id: '7', properties: {}, updatedAt: '2024-05-01T10:00:00Z' }, 'lastmodifieddate').at).toBe(1714557600000);
		expect(() => recordPosition({ id: '7', properties: { lastmodifieddate: null } }, 'lastmodifieddate')).toThrow('HubSpot record 7 has no readable lastmodifieddate');
	});
});
