import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSettings, DEFAULT_SETTINGS, readSettingNumber, SETTING_RANGES } from './settings.ts';

describe('numbers typed into the settings', () => {
	it('take a value within its range and refuse one outside it, blank or not whole', () => {
		expect(readSettingNumber('retention', '0.85')).toBe(0.85);
		expect(readSettingNumber('retention', '0.79')).toBeUndefined();
		expect(readSettingNumber('newPerDay', '1000')).toBe(1000);
		expect(readSettingNumber('newPerDay', '1001')).toBeUndefined();
		expect(readSettingNumber('newPerDay', '2.5')).toBeUndefined();
		expect(readSettingNumber('dayStartHour', ' ')).toBeUndefined();
		expect(readSettingNumber('dayStartHour', 'NaN')).toBeUndefined();
	});

	it('accept exactly what a stored settings document may hold', () => {
		const fields = Object.keys(SETTING_RANGES) as (keyof typeof SETTING_RANGES)[];
		fc.assert(
			fc.property(fc.constantFrom(...fields), fc.double({ min: -20, max: 20_000 }), (field, n) => {
				const typed = readSettingNumber(field, String(n));
				const stored = decodeSettings({ ...DEFAULT_SETTINGS, [field]: n });
				expect(typed !== undefined).toBe(stored.rejected.length === 0);
			})
		);
	});
});
