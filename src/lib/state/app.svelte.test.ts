import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordAttempt } from '$lib/progress/log.ts';
import { MemoryStorage } from '$lib/storage/store.ts';
import { AppState } from './app.svelte.ts';
import { fakePage, reviewAnswer } from './testing.ts';
import { needsAttention, watched } from './notices.svelte.ts';

const KEY = 'factdeck:v1:progress';

function opened(storage: MemoryStorage): AppState {
	const app = new AppState(storage);
	app.start();
	return app;
}

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('the learner’s progress on a page', () => {
	it('is stored the moment an answer is given, and loaded on the next visit', () => {
		fakePage();
		const storage = new MemoryStorage();
		const first = opened(storage);
		expect(first.progress.attempts).toEqual([]);
		first.update((progress) => recordAttempt(progress, reviewAnswer('length', 1)));
		expect(opened(storage).progress.attempts).toEqual([reviewAnswer('length', 1)]);
	});

	it('shows each answer on the page as it is given', () => {
		fakePage();
		const app = opened(new MemoryStorage());
		const shown: number[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				shown.push(app.progress.attempts.length);
			});
		});
		flushSync();
		app.update((progress) => recordAttempt(progress, reviewAnswer('length', 1)));
		flushSync();
		app.update((progress) => recordAttempt(progress, reviewAnswer('source', 2)));
		flushSync();
		stop();
		expect(shown).toEqual([0, 1, 2]);
	});

	it('takes in an answer given in another tab', () => {
		const page = fakePage();
		const storage = new MemoryStorage();
		const here = opened(storage);
		const there = opened(storage);
		there.update((progress) => recordAttempt(progress, reviewAnswer('length', 1)));
		expect(here.progress.attempts).toEqual([]);
		page.otherTabWrote(KEY, storage.getItem(KEY));
		expect(here.progress.attempts).toEqual([reviewAnswer('length', 1)]);
	});

	it('sets aside stored progress it cannot read, and the banner says so', () => {
		fakePage();
		const storage = new MemoryStorage();
		storage.setItem(KEY, '{"factdeck":"progress", cut off');
		const app = opened(storage);
		expect(app.progress.attempts).toEqual([]);
		const entry = watched.find((w) => w.name === 'progress')!;
		expect(entry.health).toMatchObject({
			state: 'unreadable',
			setAside: {
				raw: '{"factdeck":"progress", cut off',
				reason: 'the saved data is not valid JSON'
			}
		});
		expect(needsAttention(entry.health)).toBe(true);
	});

	it('asks the browser to keep the data, and says whether it promised to', async () => {
		fakePage({ storage: { persist: () => Promise.resolve(true) } });
		const app = opened(new MemoryStorage());
		await vi.waitFor(() => expect(app.persisted).toBe(true));
	});
});
