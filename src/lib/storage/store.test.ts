import * as v from 'valibot';
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
	migrations: [
		{
			from: 1,
			migrate: (data) => {
				const list = (data as { list?: unknown } | null)?.list;
				return Array.isArray(list) ? { data: { words: list } } : { error: 'no list' };
			}
		}
	],
	empty: () => ({ words: [] }),
	encode: (value) => value,
	decode: (data) => {
		const d = data as { words?: unknown };
		if (!Array.isArray(d?.words)) return { error: 'no words' };
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

/** Storage that refuses a write once keys and values would pass `quota` characters, as browsers do. */
class SmallStorage extends MemoryStorage {
	constructor(public quota: number) {
		super();
	}

	get used(): number {
		let used = 0;
		for (let i = 0; i < this.length; i++) {
			const key = this.key(i)!;
			used += key.length + this.getItem(key)!.length;
		}
		return used;
	}

	override setItem(key: string, value: string): void {
		const after = this.used - (this.getItem(key)?.length ?? -key.length) + value.length;
		if (after > this.quota) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
		super.setItem(key, value);
	}
}

/** Unreadable text big enough that storage holding it has no room for a copy of it. */
const GARBAGE = '\u0000garbage '.repeat(100);

/** A storage holding GARBAGE as the document, with room left for small writes but not a copy. */
function fullOfGarbage(): SmallStorage {
	const storage = new SmallStorage(KEY.length + GARBAGE.length + 500);
	storage.setItem(KEY, GARBAGE);
	return storage;
}

/** The document the store wrote under KEY, checked for the shape it writes. */
const StoredWords = v.object({
	version: v.number(),
	data: v.strictObject({ words: v.array(v.string()) })
});
const stored = (storage: StorageLike) => v.parse(StoredWords, JSON.parse(storage.getItem(KEY)!));
const storedWords = (storage: StorageLike) => stored(storage).data.words;
const setAsideKeys = (storage: StorageLike) =>
	[...Array(storage.length).keys()]
		.map((i) => storage.key(i)!)
		.filter((k) => k.startsWith('factdeck:set-aside:'));

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
		expect(stored(storage).data).toEqual({ words: ['bamako'] });
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
		expect(stored(storage).data.words).toEqual(['new']);
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
		expect(stored(storage).version).toBe(2);
	});

	it('sets aside an older version it cannot upgrade, saying why, and stores new answers', () => {
		const storage = new MemoryStorage();
		const raw = envelope(1, { words: ['not', 'a', 'list'] });
		storage.setItem(KEY, raw);
		const store = open(storage, 8);
		expect(store.health).toMatchObject({
			state: 'unreadable',
			setAside: { raw, reason: 'the saved data could not be upgraded: no list' }
		});
		expect(storage.getItem('factdeck:set-aside:words:8')).toBe(raw);
		store.update(() => ({ words: ['new'] }));
		expect(stored(storage).data.words).toEqual(['new']);
	});

	it('sets aside a document of the wrong shape, saying why', () => {
		const storage = new MemoryStorage();
		storage.setItem(KEY, envelope(2, { list: ['old'] }));
		const store = open(storage);
		expect(store.health).toMatchObject({
			state: 'unreadable',
			setAside: { reason: 'the saved data has the wrong shape: no words' }
		});
		expect(store.value.words).toEqual([]);
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
		expect(stored(storage).data.words).toEqual(['first']);
		expect(store.value.words).toEqual(['first']);
		expect(store.health).toEqual({ state: 'new' });
		expect(store.persistent).toBe(true);

		full = true;
		store.update((v) => ({ words: [...v.words, 'second'] }));
		expect(store.health.state).toBe('unwritable');
		full = false;
		store.update((v) => ({ words: [...v.words, 'third'] }));
		expect(stored(storage).data.words).toEqual(['first', 'second', 'third']);
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
		expect(stored(storage).data.words).toEqual(['fresh']);
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
		expect(stored(storage).data.words).toEqual(['stored']);
		readable = true;
		store.flush();
		expect(stored(storage).data.words).toEqual(['mine', 'stored']);
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
		expect(stored(storage).data.words).toEqual(['again-a', 'from-a', 'from-b']);
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
		expect(stored(storage).data.words).toEqual(['mine', 'theirs']);
	});

	it('keeps unreadable data in place when there is no room to copy it, and the answers in memory', () => {
		const storage = fullOfGarbage();
		const store = open(storage);
		expect(store.health).toEqual({
			state: 'unreadable-kept',
			setAside: { raw: GARBAGE, reason: 'the saved data is not valid JSON', records: 0 }
		});
		store.update(() => ({ words: ['meanwhile'] }));
		store.flush();
		expect(storage.getItem(KEY)).toBe(GARBAGE);
		expect(setAsideKeys(storage)).toEqual([]);
		expect(store.value.words).toEqual(['meanwhile']);
		expect(store.health.state).toBe('unreadable-kept');
		expect(store.persistent).toBe(false);
	});

	it('clears unreadable data it could not copy only when asked, then stores the answers given meanwhile', () => {
		const storage = fullOfGarbage();
		const store = open(storage);
		store.update(() => ({ words: ['first'] }));
		store.update((v) => ({ words: [...v.words, 'second'] }));
		expect(storage.getItem(KEY)).toBe(GARBAGE);

		store.clearUnreadable();
		expect(storedWords(storage)).toEqual(['first', 'second']);
		expect(store.health).toEqual({ state: 'ok' });
		expect(store.persistent).toBe(true);
		store.update((v) => ({ words: [...v.words, 'third'] }));
		expect(storedWords(storage)).toEqual(['first', 'second', 'third']);
	});

	it('keeps the readable records of a document it could not copy, and stores them once cleared', () => {
		const raw = envelope(2, { words: ['kept', 404, 'x'.repeat(1000)] });
		const storage = new SmallStorage(KEY.length + raw.length + 500);
		storage.setItem(KEY, raw);
		const store = open(storage);
		expect(store.health).toMatchObject({ state: 'unreadable-kept', setAside: { raw, records: 1 } });
		expect(store.value.words).toEqual(['kept', 'x'.repeat(1000)]);
		store.update((v) => ({ words: [...v.words, 'new'] }));
		expect(storage.getItem(KEY)).toBe(raw);

		store.clearUnreadable();
		expect(storedWords(storage)).toEqual(['kept', 'x'.repeat(1000), 'new']);
	});

	it('sets the data aside and writes as usual once storage has room for a copy', () => {
		const storage = fullOfGarbage();
		const held = open(storage, 7);
		held.update(() => ({ words: ['meanwhile'] }));
		expect(held.health.state).toBe('unreadable-kept');

		// The learner frees space (another site's data, a browser setting).
		storage.quota += GARBAGE.length;
		held.update((v) => ({ words: [...v.words, 'later'] }));
		expect(storage.getItem('factdeck:set-aside:words:7')).toBe(GARBAGE);
		expect(storedWords(storage)).toEqual(['meanwhile', 'later']);
		expect(held.health).toMatchObject({
			state: 'unreadable',
			setAside: { key: 'factdeck:set-aside:words:7' }
		});
	});

	it('says storage refused, not that there is no room, when a copy fails for another reason', () => {
		const storage = new MemoryStorage();
		storage.setItem(KEY, GARBAGE);
		const refusing: StorageLike = {
			getItem: (k) => storage.getItem(k),
			setItem: () => {
				throw new Error('denied by policy');
			},
			removeItem: (k) => storage.removeItem(k),
			key: (i) => storage.key(i),
			get length() {
				return storage.length;
			}
		};
		const store = open(refusing);
		expect(store.health).toEqual({ state: 'unwritable', reason: 'unavailable' });
		expect(storage.getItem(KEY)).toBe(GARBAGE);
	});

	it('does not write a reset or an import over unreadable data it could not copy', () => {
		const storage = fullOfGarbage();
		const store = open(storage);
		store.update(() => ({ words: ['before'] }));
		store.replace({ words: ['imported'] }, 'before-import');
		expect(storage.getItem(KEY)).toBe(GARBAGE);
		expect(store.health.state).toBe('unreadable-kept');

		store.clearUnreadable();
		expect(storedWords(storage)).toEqual(['imported']);
	});

	it('stores this tab’s answers when another tab clears the data neither could read', () => {
		const storage = fullOfGarbage();
		const a = open(storage);
		const b = open(storage);
		a.update(() => ({ words: ['from-a'] }));
		b.update(() => ({ words: ['from-b'] }));

		a.clearUnreadable();
		// The storage events of the other tab: the removal, then the write.
		const written = storage.getItem(KEY);
		b.receive(null);
		b.receive(written);
		expect(b.health).toEqual({ state: 'ok' });
		expect(storedWords(storage)).toEqual(['from-a', 'from-b']);
		a.receive(storage.getItem(KEY));
		expect(a.value.words).toEqual(['from-a', 'from-b']);
	});

	it('takes in the other tab’s write even when it missed the removal', () => {
		const storage = fullOfGarbage();
		const a = open(storage);
		const b = open(storage);
		b.update(() => ({ words: ['from-b'] }));
		a.clearUnreadable();
		b.receive(storage.getItem(KEY));
		expect(b.health).toEqual({ state: 'ok' });
		expect(storedWords(storage)).toEqual(['from-b']);
	});

	it('removes nothing another tab wrote after clearing, merging with it instead', () => {
		const storage = fullOfGarbage();
		const a = open(storage);
		const b = open(storage);
		a.update(() => ({ words: ['from-a'] }));
		b.update(() => ({ words: ['from-b'] }));
		b.clearUnreadable();
		// a clears before the storage events of b's clearing reach it.
		a.clearUnreadable();
		expect(storedWords(storage)).toEqual(['from-a', 'from-b']);
		expect(a.health).toEqual({ state: 'ok' });
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
