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

/** Each setting's schema: a bad one falls back to its default alone. */
const FIELDS: { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> } = {
	theme: v.picklist(['system', 'light', 'dark']),
	retention: v.pipe(v.number(), v.minValue(0.8), v.maxValue(0.97)),
	newPerDay: Int(0, 1000),
	reviewsPerDay: Int(0, 10_000),
	dayStartHour: Int(0, 23),
	twoButton: v.boolean(),
	updatedAt: Int(0, Number.MAX_SAFE_INTEGER)
};

/** Reads settings field by field: an unreadable field takes its default and is reported. */
export function decodeSettings(data: unknown): { value: Settings; rejected: Rejected[] } {
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		throw new Error('settings are not an object');
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
