import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import type { SetAside } from '$lib/storage/store.ts';
import { downloadUnreadable, isDownloaded } from './unreadable.svelte.ts';

const saved = vi.hoisted(() => [] as { name: string; content: unknown }[]);
vi.mock('$lib/browser/download.ts', async (original) => ({
	...(await original<typeof import('$lib/browser/download.ts')>()),
	download: (name: string, content: unknown) => saved.push({ name, content })
}));

const setAside = (raw: string): SetAside => ({ raw, reason: 'not valid JSON', records: 0 });

describe('unreadable data kept in place', () => {
	it('is saved exactly as stored, and then counts as downloaded, on the page at once', () => {
		const damaged = setAside('{"factdeck":"progress", cut off');
		const safe: boolean[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				safe.push(isDownloaded('progress', damaged));
			});
		});
		flushSync();
		downloadUnreadable('progress', damaged);
		flushSync();
		stop();
		expect(saved).toEqual([
			{
				name: expect.stringMatching(
					/^factdeck-unreadable-progress-\d{4}-\d\d-\d\d\.txt$/
				) as string,
				content: damaged.raw
			}
		]);
		expect(safe).toEqual([false, true]);
	});

	it('counts as downloaded only while it is the same text, for the same document', () => {
		downloadUnreadable('settings', setAside('first'));
		expect(isDownloaded('settings', setAside('first'))).toBe(true);
		expect(isDownloaded('settings', setAside('changed since'))).toBe(false);
		expect(isDownloaded('progress', setAside('first'))).toBe(false);
	});
});
