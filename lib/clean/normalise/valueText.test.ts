import { valueText } from './valueText';

describe('valueText', () => {
	it('passes text unchanged, spaces included', () => {
		expect(valueText(' a@b.de ', 'an email')).toEqual({ ok: true, value: ' a@b.de ' });
		expect(valueText('', 'an email')).toEqual({ ok: true, value: '' });
	});

	it('reads finite numbers and big integers as their digits', () => {
		expect(valueText(4930123456, 'a phone number')).toEqual({ ok: true, value: '4930123456' });
		expect(valueText(12n, 'a phone number')).toEqual({ ok: true, value: '12' });
	});

	it('fails everything else, naming the kind', () => {
		expect(valueText(null, 'an email')).toEqual({ ok: false, reason: 'null is not an email' });
		expect(valueText(undefined, 'a URL')).toEqual({ ok: false, reason: 'undefined is not a URL' });
		expect(valueText(NaN, 'a phone number')).toEqual({ ok: false, reason: 'NaN is not a phone number' });
		expect(valueText(true, 'a country')).toEqual({ ok: false, reason: 'true is not a country' });
		expect(valueText({ a: 1 }, 'a country')).toEqual({ ok: false, reason: 'an object is not a country' });
	});
});
