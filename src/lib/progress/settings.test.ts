import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSettings, DEFAULT_SETTINGS, readSettingNumber, SETTING_RANGES } from './settings.ts';

describe('numbers typed into the settings', () => {
	it('take a value within its range and refuse one outside it, blank or not whole, saying what it must be', () => {
		expect(readSettingNumber('retention', '0.85')).toEqual({ value: 0.85 });
		expect(readSettingNumber('retention', '0.79')).toEqual({
			error: 'must be a number from 0.8 to 0.97'
		});
		expect(readSettingNumber('newPerDay', '1000')).toEqual({ value: 1000 });
		const newPerDay = { error: 'must be a whole number from 0 to 1000' };
		expect(readSettingNumber('newPerDay', '1001')).toEqual(newPerDay);
		expect(readSettingNumber('newPerDay', '2.5')).toEqual(newPerDay);
		expect(readSettingNumber('dayStartHour', ' ')).toHaveProperty('error');
		expect(readSettingNumber('dayStartHour', 'NaN')).toHaveProperty('error');
	});

	it('accept exactly what a stored settings document may hold', () => {
		const fields = Object.keys(SETTING_RANGES) as (keyof typeof SETTING_RANGES)[];
		fc.assert(
			fc.property(fc.constantFrom(...fields), fc.double({ min: -20, max: 20_000 }), (field, n) => {
				const typed = readSettingNumber(field, String(n));
				const stored = decodeSettings({ ...DEFAULT_SETTINGS, [field]: n });
				expect('value' in typed).toBe('rejected' in stored && stored.rejected.length === 0);
			})
		);
	});
});
