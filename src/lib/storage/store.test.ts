import { describe, expect, it } from 'vitest';
import {
	DocumentStore,
	isQuotaError,
	MemoryStorage,
	type DocumentSpec,
	type StorageLike
} from './store.ts';

/** A tiny document for testing the store: a set of words, merged by union. */
interface Words {
	words: string[];
}

const spec: DocumentSpec<Words> = {
	name: 'words',
	version: 2,
	migrations: [{ from: 1, migrate: (data) => ({ words: (data as { list: string[] }).list }) }],
	empty: () => ({ words: [] }),
	encode: (value) => value,
	decode: (data) => {
		const d = data as { words?: unknown };
		if (!Array.isArray(d?.words)) throw new Error('no words');
		const words = d.words.filter((w): w is string => typeof w === 'string');
		const rejected = d.words
			.filter((w) => typeof w !== 'string')
			.map((w, i) => ({ where: `words[${i}]`, raw: JSON.stringify(w), reason: 'not a word' }));
		return { value: { words }, rejected };
	},
	merge: (a, b) => ({ words: [...new Set([...a.words, ...b.words])].sort() })
};

const KEY = 'factdeck:v1:words';
const envelope = (version: number, data: unknown) =>
	JSON.stringify({ factdeck: 'words', version, savedAt: 1, data });

function open(storage: StorageLike, now = 1000) {
	const store = new DocumentStore(spec, { storage, now: () => now });
	store.load();
	return store;
}

describe('DocumentStore', () => {
	it('starts empty on a fresh browser and stores each change at once', () => {
		const storage = new MemoryStorage();
		const store = open(storage);
		expect(store.health).toEqual({ state: 'new' });
		store.update((v) => ({ words: [...v.words, 'bamako'] }));
		expect(JSON.parse(storage.getItem(KEY)!).data).toEqual({ words: ['bamako'] });
	});

	it('writes nothing before it has loaded', () => {
		const storage = new MemoryStorage();
		const store = new DocumentStore(spec, { storage, now: () => 1 });
		expect(() => store.update((v) => v)).toThrow(/before it was loaded/);
		expect(storage.length).toBe(0);
	});

	it('sets unreadable data aside byte for byte and never writes over it unsaved', () => {
		const storage = new MemoryStorage();
		storage.setItem(KEY, '{"factdeck":"words", truncated');
		const store = open(storage, 42);
		expect(store.health.state).toBe('unreadable');
		expect(storage.getItem('factdeck:set-aside:words:42')).toBe('{"factdeck":"words", truncated');
		store.update(() => ({ words: ['new'] }));
		expect(JSON.parse(storage.getItem(KEY)!).data.words).toEqual(['new']);
	});

	it('keeps unreadable data in place when there is no room to set it aside', () => {
		const storage = new MemoryStorage();
		storage.setItem(KEY, 'not json');
		const full: StorageLike = {
			getItem: (k) => storage.getItem(k),
			setItem: () => {
				throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
			},
			removeItem: (k) => storage.removeItem(k),
			key: (i) => storage.key(i),
			get length() {
				return storage.length;
			}
		};
		const store = open(full);
		store.update(() => ({ words: ['x'] }));
		expect(storage.getItem(KEY)).toBe('not json');
		expect(store.value.words).toEqual(['x']);
		expect(store.persistent).toBe(false);
		const health = store.health;
		expect(health.state === 'unwritable' || health.state === 'unreadable').toBe(true);
	});

	it('repairs record by record and sets the original aside', () => {
		const storage = new MemoryStorage();
		const raw = envelope(2, { words: ['a', 7, 'b'] });
		storage.setItem(KEY, raw);
		const store = open(storage, 5);
		expect(store.value.words).toEqual(['a', 'b']);
		expect(store.health).toMatchObject({ state: 'repaired', setAside: { records: 1, raw } });
		expect(storage.getItem('factdeck:set-aside:words:5')).toBe(raw);
	});

	it('reads a newer version but never writes over it', () => {
		const storage = new MemoryStorage();
		const raw = envelope(9, { words: ['future'] });
		storage.setItem(KEY, raw);
		const store = open(storage);
		expect(store.health).toEqual({ state: 'newer', version: 9 });
		expect(store.value.words).toEqual(['future']);
		store.update((v) => ({ words: [...v.words, 'mine'] }));
		expect(store.value.words).toEqual(['future', 'mine']);
		expect(storage.getItem(KEY)).toBe(raw);
	});

	it('migrates an older version after keeping a backup of it', () => {
		const storage = new MemoryStorage();
		const raw = envelope(1, { list: ['old'] });
		storage.setItem(KEY, raw);
		const store = open(storage, 77);
		expect(store.value.words).toEqual(['old']);
		expect(store.health).toMatchObject({ state: 'migrated', from: 1 });
		expect(storage.getItem('factdeck:backup:words:77:before-migration-from-v1')).toBe(raw);
		expect(JSON.parse(storage.getItem(KEY)!).version).toBe(2);
	});

	it('keeps the session in memory when the browser refuses a write, under any name', () => {
		for (const error of [
			{ name: 'QuotaExceededError' },
			{ name: 'NS_ERROR_DOM_QUOTA_REACHED' },
			{ code: 22 },
			{ code: 1014 }
		]) {
			expect(isQuotaError(error)).toBe(true);
			const storage = new MemoryStorage();
			const store = open(storage);
			storage.setItem = () => {
				throw Object.assign(new Error('quota'), error);
			};
			store.update(() => ({ words: ['kept'] }));
			expect(store.value.words).toEqual(['kept']);
			expect(store.health).toEqual({ state: 'unwritable', reason: 'quota' });
		}
		expect(isQuotaError(new Error('other'))).toBe(false);
	});

	it('writes again once the storage has room after a failed write', () => {
		const storage = new MemoryStorage();
		const store = open(storage);
		const setItem = storage.setItem.bind(storage);
		let full = true;
		storage.setItem = (key, value) => {
			if (full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
			setItem(key, value);
		};
		store.update(() => ({ words: ['first'] }));
		expect(store.health).toEqual({ state: 'unwritable', reason: 'quota' });
		expect(storage.getItem(KEY)).toBeNull();

		full = false;
		store.flush();
		expect(JSON.parse(storage.getItem(KEY)!).data.words).toEqual(['first']);
		expect(store.value.words).toEqual(['first']);
		expect(store.health).toEqual({ state: 'new' });
		expect(store.persistent).toBe(true);

		full = true;
		store.update((v) => ({ words: [...v.words, 'second'] }));
		expect(store.health.state).toBe('unwritable');
		full = false;
		store.update((v) => ({ words: [...v.words, 'third'] }));
		expect(JSON.parse(storage.getItem(KEY)!).data.words).toEqual(['first', 'second', 'third']);
		expect(store.health).toEqual({ state: 'new' });
	});

	it('retries a refused replace as a replace, not a merge with what it replaced', () => {
		const storage = new MemoryStorage();
		const store = open(storage);
		store.update(() => ({ words: ['old'] }));
		const setItem = storage.setItem.bind(storage);
		let full = true;
		storage.setItem = (key, value) => {
			if (full && key === KEY)
				throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
			setItem(key, value);
		};
		store.replace({ words: ['fresh'] }, 'before-reset');
		expect(store.health.state).toBe('unwritable');
		full = false;
		store.flush();
		expect(JSON.parse(storage.getItem(KEY)!).data.words).toEqual(['fresh']);
	});

	it('never writes over data it could not read when it loaded', () => {
		const storage = new MemoryStorage();
		storage.setItem(KEY, envelope(2, { words: ['stored'] }));
		let readable = false;
		const flaky: StorageLike = {
			getItem: (k) => {
				if (!readable) throw new Error('denied');
				return storage.getItem(k);
			},
			setItem: (k, v) => storage.setItem(k, v),
			removeItem: (k) => storage.removeItem(k),
			key: (i) => storage.key(i),
			get length() {
				return storage.length;
			}
		};
		const store = open(flaky);
		store.update(() => ({ words: ['mine'] }));
		expect(JSON.parse(storage.getItem(KEY)!).data.words).toEqual(['stored']);
		readable = true;
		store.flush();
		expect(JSON.parse(storage.getItem(KEY)!).data.words).toEqual(['mine', 'stored']);
	});

	it('works in memory when storage is unavailable', () => {
		const store = new DocumentStore(spec, { storage: undefined, now: () => 1 });
		store.load();
		store.update(() => ({ words: ['only-here'] }));
		expect(store.health).toEqual({ state: 'unwritable', reason: 'unavailable' });
		expect(store.value.words).toEqual(['only-here']);
	});

	it('loses no answer when two tabs write in turn', () => {
		const storage = new MemoryStorage();
		const a = open(storage);
		const b = open(storage);
		a.update((v) => ({ words: [...v.words, 'from-a'] }));
		b.update((v) => ({ words: [...v.words, 'from-b'] }));
		a.update((v) => ({ words: [...v.words, 'again-a'] }));
		expect(JSON.parse(storage.getItem(KEY)!).data.words).toEqual(['again-a', 'from-a', 'from-b']);
	});

	it('writes the union back when another tab’s write lacked something', () => {
		const storage = new MemoryStorage();
		const a = open(storage);
		a.update(() => ({ words: ['mine'] }));
		// Another tab overwrote with a stale copy (the race a storage event reveals).
		const stale = envelope(2, { words: ['theirs'] });
		storage.setItem(KEY, stale);
		a.receive(stale);
		expect(a.value.words).toEqual(['mine', 'theirs']);
		expect(JSON.parse(storage.getItem(KEY)!).data.words).toEqual(['mine', 'theirs']);
	});

	it('keeps only the newest three backups', () => {
		const storage = new MemoryStorage();
		storage.setItem(KEY, envelope(2, { words: [] }));
		let now = 0;
		const store = new DocumentStore(spec, { storage, now: () => ++now });
		store.load();
		for (let i = 0; i < 5; i++) store.backup('import');
		const backups = [...Array(storage.length).keys()]
			.map((i) => storage.key(i)!)
			.filter((k) => k.startsWith('factdeck:backup:'));
		expect(backups.sort()).toEqual([
			'factdeck:backup:words:3:import',
			'factdeck:backup:words:4:import',
			'factdeck:backup:words:5:import'
		]);
	});
});
