import { afterEach, describe, expect, it, vi } from 'vitest';
import { keptCopyKey, keptCopyPrefix } from '$lib/ids.ts';
import { recordAttempt } from '$lib/progress/log.ts';
import type { Attempt } from '$lib/progress/model.ts';
import { createBackup } from '$lib/storage/backup.ts';
import { listKeys, MemoryStorage } from '$lib/storage/store.ts';
import { LearnerData } from './learner-data.svelte.ts';
import { fakePage, openedApp, reviewAnswer } from './testing.ts';

const saved = vi.hoisted(() => [] as { name: string; content: unknown }[]);
vi.mock('$lib/browser/download.ts', async (original) => ({
	...(await original<typeof import('$lib/browser/download.ts')>()),
	download: (name: string, content: unknown) => saved.push({ name, content })
}));

const NOW = Date.UTC(2026, 10, 28, 9);

/** A page's progress and settings holding `answers`, with the progress page's data panel on them. */
function page(answers: Attempt[], storage = new MemoryStorage()) {
	const opened = openedApp(storage);
	for (const given of answers) opened.app.update((p) => recordAttempt(p, given));
	const data = new LearnerData(
		opened.app,
		opened.settings,
		storage,
		() => NOW,
		() => 0.5
	);
	return { ...opened, data };
}

/** The backup file another browser holding `answers` would export. */
function backupOf(answers: Attempt[]): string {
	const { app, settings } = page(answers);
	return JSON.stringify(createBackup([app.store, settings.store], NOW));
}

const questionsAnswered = (attempts: readonly Attempt[]) => attempts.map((a) => a.question);

afterEach(() => {
	vi.unstubAllGlobals();
	saved.length = 0;
});

describe('the learner’s data on the progress page', () => {
	it('previews a backup without changing anything until the learner chooses', () => {
		fakePage();
		const { app, data, storage } = page([reviewAnswer('length', 1)]);
		const before = storage.getItem('factdeck:v1:progress');
		data.read('backup.json', backupOf([reviewAnswer('length', 1), reviewAnswer('source', 2)]));
		expect(data.pending).toMatchObject({
			file: 'backup.json',
			rejected: 0,
			preview: { incomingAttempts: 2, newAttempts: 1, droppedAttempts: 0 }
		});
		expect(storage.getItem('factdeck:v1:progress')).toBe(before);
		data.cancel();
		expect(data.pending).toBeUndefined();
		expect(questionsAnswered(app.progress.attempts)).toEqual(['danube/length:choice']);
	});

	it('merges a backup into what is here, keeping a backup of what was here first', () => {
		fakePage();
		const { app, data, storage } = page([reviewAnswer('length', 1)]);
		data.read('backup.json', backupOf([reviewAnswer('source', 2)]));
		data.apply('merge');
		expect(questionsAnswered(app.progress.attempts)).toEqual([
			'danube/length:choice',
			'danube/source:choice'
		]);
		expect(data.message).toBe('Imported: 1 answers added. A backup of what was here is kept.');
		expect(data.pending).toBeUndefined();
		expect(listKeys(storage, keptCopyPrefix('backup', 'progress'))).toHaveLength(1);
	});

	it('replaces what is here with a backup, dropping the answers only here', () => {
		fakePage();
		const { app, data, storage } = page([reviewAnswer('length', 1)]);
		data.read('backup.json', backupOf([reviewAnswer('source', 2)]));
		expect(data.pending?.preview?.droppedAttempts).toBe(1);
		data.apply('replace');
		expect(questionsAnswered(app.progress.attempts)).toEqual(['danube/source:choice']);
		expect(data.message).toBe(
			"Replaced with the backup's 1 answers. A backup of what was here is kept."
		);
		const [kept] = listKeys(storage, keptCopyPrefix('backup', 'progress'));
		expect(storage.getItem(kept)).toContain('danube/length:choice');
	});

	it('says why a file is not a backup, and changes nothing', () => {
		fakePage();
		const { app, data, storage } = page([reviewAnswer('length', 1)]);
		const before = storage.getItem('factdeck:v1:progress');
		data.read('notes.json', 'these are my notes');
		expect(data.message).toBe('This file is not a factdeck backup: it is not JSON.');
		data.read('other.json', '{"factdeck":"deck"}');
		expect(data.message).toBe('This file is not a factdeck backup.');
		expect(data.pending).toBeUndefined();
		data.apply('replace');
		expect(storage.getItem('factdeck:v1:progress')).toBe(before);
		expect(app.progress.attempts).toHaveLength(1);
	});

	it('resets progress to nothing, keeping a backup of it in the browser', () => {
		fakePage();
		const { app, data, storage } = page([reviewAnswer('length', 1), reviewAnswer('source', 2)]);
		data.reset();
		expect(app.progress.attempts).toEqual([]);
		expect(data.message).toBe('Your progress is reset. A backup of it is kept in this browser.');
		const [kept] = listKeys(storage, keptCopyPrefix('backup', 'progress'));
		expect(storage.getItem(kept)).toContain('danube/source:choice');
	});

	it('lists data set aside newest first, downloads it exactly as kept, and deletes it', () => {
		fakePage();
		const storage = new MemoryStorage();
		const older = keptCopyKey({ kind: 'set-aside', document: 'settings', at: NOW - 86_400_000 });
		const newer = keptCopyKey({ kind: 'set-aside', document: 'progress', at: NOW - 60_000 });
		storage.setItem(older, '{"theme": cut off');
		storage.setItem(newer, 'not JSON at all');
		const { data } = page([], storage);
		expect(data.setAside).toEqual([]);
		data.refresh();
		expect(data.setAside.map((copy) => copy.key)).toEqual([newer, older]);
		expect(data.setAside[0]).toMatchObject({ document: 'progress', at: NOW - 60_000 });

		data.downloadSetAside(data.setAside[1]);
		expect(saved).toEqual([
			{ name: 'factdeck-settings-set-aside-2026-11-28.txt', content: '{"theme": cut off' }
		]);

		data.removeSetAside(data.setAside[0]);
		expect(storage.getItem(newer)).toBeNull();
		expect(data.setAside.map((copy) => copy.key)).toEqual([older]);
	});

	it('says so when a copy set aside was deleted in another tab, and downloads nothing', () => {
		fakePage();
		const storage = new MemoryStorage();
		const key = keptCopyKey({ kind: 'set-aside', document: 'progress', at: NOW });
		storage.setItem(key, 'not JSON at all');
		const { data } = page([], storage);
		data.refresh();
		storage.removeItem(key);
		data.downloadSetAside(data.setAside[0]);
		expect(saved).toEqual([]);
		expect(data.message).toBe('That copy is no longer in this browser.');
		expect(data.setAside).toEqual([]);
	});
});
