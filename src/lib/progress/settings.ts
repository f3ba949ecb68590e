import * as v from 'valibot';
import type { DocumentSpec, Rejected } from '../storage/store.ts';

/** The learner's choices, kept in `factdeck:v1:settings`. */
export interface Settings {
	theme: 'system' | 'light' | 'dark';
	/** FSRS desired retention, 0.80–0.97. */
	retention: number;
	newPerDay: number;
	reviewsPerDay: number;
	/** The hour (0–23, local time) at which a study day begins. */
	dayStartHour: number;
	/** Rate reviews pass/fail (Again or Good) instead of with four buttons. */
	twoButton: boolean;
	/** When the learner last changed a setting, for merging tabs: the later change wins. */
	updatedAt: number;
}

export const DEFAULT_SETTINGS: Settings = {
	theme: 'system',
	retention: 0.9,
	newPerDay: 20,
	reviewsPerDay: 200,
	dayStartHour: 4,
	twoButton: false,
	updatedAt: 0
};

const Int = (min: number, max: number) =>
	v.pipe(v.number(), v.safeInteger(), v.minValue(min), v.maxValue(max));

/** The numeric settings' ranges: what the schema accepts and the settings page offers. */
export const SETTING_RANGES = {
	retention: { min: 0.8, max: 0.97, whole: false },
	newPerDay: { min: 0, max: 1000, whole: true },
	reviewsPerDay: { min: 0, max: 10_000, whole: true },
	dayStartHour: { min: 0, max: 23, whole: true }
} as const;

/** A setting that holds a number. */
export type NumericSetting = keyof typeof SETTING_RANGES;

const ranged = (field: NumericSetting) => {
	const { min, max, whole } = SETTING_RANGES[field];
	return whole ? Int(min, max) : v.pipe(v.number(), v.minValue(min), v.maxValue(max));
};

/** Reads a number typed for a numeric setting: the value, or what it must be when it is not allowed. */
export function readSettingNumber(
	field: NumericSetting,
	text: string
): { value: number } | { error: string } {
	const value = Number(text);
	if (text.trim() !== '' && v.is(ranged(field), value)) return { value };
	const { min, max, whole } = SETTING_RANGES[field];
	return { error: `must be ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}` };
}

/** Each setting's schema: a bad one falls back to its default alone. */
const FIELDS: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
	theme: v.picklist(['system', 'light', 'dark']),
	retention: ranged('retention'),
	newPerDay: ranged('newPerDay'),
	reviewsPerDay: ranged('reviewsPerDay'),
	dayStartHour: ranged('dayStartHour'),
	twoButton: v.boolean(),
	updatedAt: Int(0, Number.MAX_SAFE_INTEGER)
};

/** Reads settings field by field: an unreadable field takes its default and is reported. */
export function decodeSettings(
	data: unknown
): { value: Settings; rejected: Rejected[] } | { error: string } {
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		return { error: 'settings are not an object' };
	const given = data as Record<string, unknown>;
	const value = { ...DEFAULT_SETTINGS };
	const rejected: Rejected[] = [];
	for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
		if (!Object.hasOwn(given, key)) continue;
		const parsed = v.safeParse(FIELDS[key], given[key]);
		if (parsed.success) (value as Record<string, unknown>)[key] = parsed.output;
		else
			rejected.push({
				where: key,
				raw: JSON.stringify(given[key]) ?? 'undefined',
				reason: parsed.issues[0].message
			});
	}
	return { value, rejected };
}

/** How settings are stored: the later change wins when two tabs differ. */
export const settingsDocument: DocumentSpec<Settings> = {
	name: 'settings',
	version: 1,
	migrations: [],
	empty: () => ({ ...DEFAULT_SETTINGS }),
	encode: (value) => value,
	decode: decodeSettings,
	merge: (mine, stored) => (stored.updatedAt > mine.updatedAt ? stored : mine)
};
