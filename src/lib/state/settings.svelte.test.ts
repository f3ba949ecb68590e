import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '$lib/progress/settings.ts';
import { MemoryStorage } from '$lib/storage/store.ts';
import { fakePage } from './testing.ts';
import { watched } from './notices.svelte.ts';
import { SettingsState } from './settings.svelte.ts';

const KEY = 'factdeck:v1:settings';

function opened(storage: MemoryStorage): SettingsState {
	const settings = new SettingsState(storage);
	settings.start();
	return settings;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('the learner’s settings on a page', () => {
	it('keep a changed setting for the next visit, and the others as they were', () => {
		fakePage();
		const storage = new MemoryStorage();
		opened(storage).update({ retention: 0.85 });
		const again = opened(storage);
		expect(again.value.retention).toBe(0.85);
		expect(again.value.newPerDay).toBe(DEFAULT_SETTINGS.newPerDay);
	});

	it('take a setting changed in another tab', () => {
		const page = fakePage();
		const storage = new MemoryStorage();
		const here = opened(storage);
		opened(storage).update({ twoButton: true });
		page.otherTabWrote(KEY, storage.getItem(KEY));
		expect(here.value.twoButton).toBe(true);
	});

	it('are replaced whole on a change, never changed in place', () => {
		fakePage();
		const settings = opened(new MemoryStorage());
		const before = settings.value;
		settings.update({ dayStartHour: 6 });
		expect(before.dayStartHour).toBe(DEFAULT_SETTINGS.dayStartHour);
		expect(settings.value.dayStartHour).toBe(6);
		// The stored document itself, not a deep proxy of it.
		expect(settings.value).toBe(settings.store.value);
	});

	it('fall back to the default for a stored setting out of range, and the banner says so', () => {
		fakePage();
		const storage = new MemoryStorage();
		storage.setItem(
			KEY,
			JSON.stringify({
				factdeck: 'settings',
				version: 1,
				savedAt: 1,
				data: { ...DEFAULT_SETTINGS, retention: 5, newPerDay: 7 }
			})
		);
		const settings = opened(storage);
		expect(settings.value.retention).toBe(DEFAULT_SETTINGS.retention);
		expect(settings.value.newPerDay).toBe(7);
		expect(watched.find((w) => w.name === 'settings')?.health.state).toBe('repaired');
	});
});
