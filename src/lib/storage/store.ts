import { keptCopyKey, keptCopyPrefix, parseKeptCopyKey } from '../ids.ts';

/** The part of the Web Storage API the store uses, so tests can pass an in-memory one. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	key(index: number): string | null;
	readonly length: number;
}

/** A step that turns a document of one version into the next; pure and idempotent. */
export interface Migration {
	from: number;
	/** The next version's data, or why this data cannot be brought to it. */
	migrate(data: unknown): { data: unknown } | { error: string };
}

/** A record the store could not read, kept as it was. */
export interface Rejected {
	where: string;
	raw: string;
	reason: string;
}

/** How one kind of document is read, written, migrated and merged. */
export interface DocumentSpec<T> {
	/** Short name, part of the storage key (`factdeck:v1:<name>`). */
	name: string;
	version: number;
	/** Steps from older versions, one per version, applied in order. */
	migrations: Migration[];
	empty(): T;
	encode(value: T): unknown;
	/** Reads what it can, record by record; says why when nothing is readable. */
	decode(data: unknown): { value: T; rejected: Rejected[] } | { error: string };
	/** Combines this tab's version with the stored one so neither loses anything. */
	merge(mine: T, stored: T): T;
}

/** Data that could not be read, set aside before anything else was written. */
export interface SetAside {
	/** Storage key holding the original text, when it could be written there. */
	key?: string;
	/** The original text, byte for byte, for a download. */
	raw: string;
	reason: string;
	/** How many records were unreadable (0 when the whole document was). */
	records: number;
}

/** What the learner should know about a document. */
export type Health =
	| { state: 'ok' }
	| { state: 'new' }
	| { state: 'migrated'; from: number; backup?: string }
	| { state: 'repaired'; setAside: SetAside }
	| { state: 'unreadable'; setAside: SetAside }
	/** Unreadable data left in place for want of room to copy it: the session is in memory only. */
	| { state: 'unreadable-kept'; setAside: SetAside }
	| { state: 'newer'; version: number }
	| { state: 'unwritable'; reason: 'quota' | 'unavailable' };

/** The prefix of every key factdeck writes. */
export const PREFIX = 'factdeck:v1:';
/** How many automatic backups of a document are kept. */
export const BACKUPS_KEPT = 3;

/** Whether an error is a storage quota error, under any browser's name for it. */
export function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { name, code } = error as { name?: unknown; code?: unknown };
	return (
		name === 'QuotaExceededError' ||
		name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
		code === 22 ||
		code === 1014
	);
}

/** How every document is stored: its kind, its format version, when, and its data. */
export interface Envelope {
	factdeck: string;
	version: number;
	savedAt: number;
	data: unknown;
}

function isEnvelope(value: unknown, name: string): value is Envelope {
	if (typeof value !== 'object' || value === null) return false;
	const e = value as Record<string, unknown>;
	return (
		e.factdeck === name &&
		Number.isSafeInteger(e.version) &&
		(e.version as number) >= 0 &&
		'data' in e
	);
}

/**
 * One versioned, validated document over a Storage-like object. It never overwrites what it could
 * not read (that is set aside first, or, with no room for a copy, left in place until the learner
 * clears it), never writes over a newer version's data, and keeps working in memory when the
 * browser refuses to store, trying again with the next change or flush.
 *
 * Tabs: every write is a read-merge-write done synchronously, with nothing awaited between the
 * read and the write, the moment a change is made, so an answer is stored before the next event
 * (even a tab closing). A tab that sees another tab's write merges it in; if that write lacked
 * something this tab holds, the tab writes the union back. Merges only add, so the tabs converge
 * and no answer is lost, without a lock.
 */
export class DocumentStore<T> {
	readonly key: string;
	#value: T;
	#health: Health = { state: 'new' };
	#loaded = false;
	#dirty = false;
	/** The pending write replaces the stored document rather than merging with it. */
	#overwrite = false;
	/** What the health was before a write was refused, given back once a write succeeds. */
	#beforeRefusal: Health = { state: 'ok' };
	readonly #listeners = new Set<(value: T, health: Health) => void>();

	constructor(
		private readonly spec: DocumentSpec<T>,
		private readonly env: {
			storage: StorageLike | undefined;
			now: () => number;
		}
	) {
		this.key = PREFIX + spec.name;
		this.#value = spec.empty();
	}

	get value(): T {
		return this.#value;
	}

	get health(): Health {
		return this.#health;
	}

	/** Whether changes reach storage; false when read-only, when storage refused, or held up. */
	get persistent(): boolean {
		return (
			this.#loaded &&
			this.#health.state !== 'newer' &&
			this.#health.state !== 'unwritable' &&
			this.#health.state !== 'unreadable-kept'
		);
	}

	/** Calls `listener` after every change, from this tab or another. */
	subscribe(listener: (value: T, health: Health) => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	#notify(): void {
		for (const listener of this.#listeners) listener(this.#value, this.#health);
	}

	/** Reads the document. Until this has run, the store writes nothing. */
	load(): T {
		const raw = this.#read();
		if (raw === undefined) {
			this.#health = { state: 'unwritable', reason: 'unavailable' };
		} else if (raw === null) {
			this.#health = { state: 'new' };
		} else {
			const { value, health } = this.#interpret(raw);
			this.#value = value;
			this.#health = health;
		}
		this.#loaded = true;
		if (
			this.#health.state === 'migrated' ||
			this.#health.state === 'repaired' ||
			this.#health.state === 'unreadable'
		)
			this.#dirty = true;
		this.#notify();
		this.save();
		return this.#value;
	}

	/** Applies a change in memory and stores it at once. */
	update(change: (value: T) => T): void {
		if (!this.#loaded) throw new Error(`${this.key} changed before it was loaded`);
		this.#value = change(this.#value);
		this.#dirty = true;
		this.#notify();
		this.save();
	}

	/** Replaces the whole document (an import or a reset), keeping a backup of what was there. */
	replace(value: T, reason: string): void {
		if (!this.#loaded) throw new Error(`${this.key} replaced before it was loaded`);
		this.backup(reason);
		this.#value = value;
		this.#dirty = true;
		this.#notify();
		this.save(true);
	}

	/**
	 * Stores pending changes, merged with what is stored now; a no-op when nothing is pending.
	 * After a refused write it tries again, so a tab whose storage has room again saves again.
	 */
	save(overwrite = false): void {
		if (!this.#loaded || !this.#dirty || this.#health.state === 'newer' || !this.env.storage)
			return;
		this.#write(overwrite || this.#overwrite);
	}

	/** Stores anything still pending (page hidden or closed): a refused write may work now. */
	flush(): void {
		this.save();
	}

	/**
	 * Removes unreadable data that there was no room to set aside, once the learner has downloaded
	 * it or agreed to lose it, then stores the session kept in memory meanwhile.
	 */
	clearUnreadable(): void {
		const health = this.#health;
		if (health.state !== 'unreadable-kept' || !this.env.storage) return;
		// Only the text the learner was offered: another tab may have cleared it and written since.
		if (this.#read() === health.setAside.raw) {
			try {
				this.env.storage.removeItem(this.key);
			} catch {
				// Still there: the write below finds it and keeps it, and the health says so.
			}
		}
		this.#dirty = true;
		this.#resume();
	}

	/** Takes up writing again once the data this tab could not read is gone. */
	#resume(): void {
		this.#health = { state: 'ok' };
		this.save();
		this.#notify();
	}

	/** Takes in what another tab wrote (a `storage` event for this key). */
	receive(raw: string | null): void {
		if (!this.#loaded) return;
		if (raw === null) {
			// Another tab cleared what neither could read: this tab's session can be stored now.
			if (this.#health.state === 'unreadable-kept') this.#resume();
			return;
		}
		const { value, health } = this.#interpret(raw, false);
		if (health.state === 'newer') {
			this.#health = health;
			this.#notify();
			return;
		}
		if (health.state !== 'ok' && health.state !== 'migrated') return;
		// Readable data replaced what this tab could not read: its writes can go ahead.
		if (this.#health.state === 'unreadable-kept') this.#health = { state: 'ok' };
		const merged = this.spec.merge(this.#value, value);
		this.#value = merged;
		// The other tab's write lacked something this tab holds: write the union back.
		if (JSON.stringify(this.spec.encode(merged)) !== JSON.stringify(this.spec.encode(value))) {
			this.#dirty = true;
			this.save();
		}
		this.#notify();
	}

	/** The document as it is now, in memory, in its stored shape: what an export writes. */
	snapshot(): Envelope {
		return {
			factdeck: this.spec.name,
			version: this.spec.version,
			savedAt: this.env.now(),
			data: this.spec.encode(this.#value)
		};
	}

	/**
	 * Reads a document from elsewhere (an imported file) the way a load would, without touching
	 * storage: migrated if older, refused if newer or unreadable, repaired record by record.
	 */
	readForeign(envelope: unknown): { value: T; rejected: Rejected[] } | { error: string } {
		const { value, health, rejected } = this.#interpret(JSON.stringify(envelope) ?? '', false);
		if (health.state === 'newer')
			return { error: `it was made by a newer version of factdeck (format ${health.version})` };
		if (health.state === 'unreadable') return { error: health.setAside.reason };
		return { value, rejected };
	}

	/** Copies the stored text to a backup key, keeping the newest few. Returns the key, if written. */
	backup(reason: string): string | undefined {
		const raw = this.#read();
		if (!raw || !this.env.storage) return undefined;
		const key = keptCopyKey({
			kind: 'backup',
			document: this.spec.name,
			at: this.env.now(),
			reason
		});
		try {
			this.env.storage.setItem(key, raw);
		} catch {
			return undefined;
		}
		const at = (key: string) => parseKeptCopyKey(key)?.at ?? 0;
		const backups = listKeys(this.env.storage, keptCopyPrefix('backup', this.spec.name)).sort(
			(a, b) => at(b) - at(a)
		);
		for (const old of backups.slice(BACKUPS_KEPT)) this.env.storage.removeItem(old);
		return key;
	}

	#read(): string | null | undefined {
		try {
			if (!this.env.storage) return undefined;
			return this.env.storage.getItem(this.key);
		} catch {
			return undefined;
		}
	}

	#interpret(raw: string, sideEffects = true): { value: T; health: Health; rejected: Rejected[] } {
		const empty = this.spec.empty();
		let parsed: unknown;
		try {
			parsed = JSON.parse(raw);
		} catch {
			return this.#unreadable(raw, 'the saved data is not valid JSON', sideEffects);
		}
		if (!isEnvelope(parsed, this.spec.name))
			return this.#unreadable(raw, 'the saved data is not a factdeck document', sideEffects);
		if (parsed.version > this.spec.version) {
			// A newer format may not read at all; read-only with nothing is still no loss.
			const newer = this.spec.decode(parsed.data);
			const value = 'error' in newer ? empty : newer.value;
			return { value, health: { state: 'newer', version: parsed.version }, rejected: [] };
		}
		let data = parsed.data;
		let backupKey: string | undefined;
		if (parsed.version < this.spec.version) {
			if (sideEffects) backupKey = this.backup(`before-migration-from-v${parsed.version}`);
			for (const step of this.spec.migrations) {
				if (step.from < parsed.version || step.from >= this.spec.version) continue;
				const migrated = step.migrate(data);
				if ('error' in migrated)
					return this.#unreadable(
						raw,
						`the saved data could not be upgraded: ${migrated.error}`,
						sideEffects
					);
				data = migrated.data;
			}
		}
		const decoded = this.spec.decode(data);
		if ('error' in decoded)
			return this.#unreadable(
				raw,
				`the saved data has the wrong shape: ${decoded.error}`,
				sideEffects
			);
		if (decoded.rejected.length > 0) {
			const reason = `${decoded.rejected.length} record${decoded.rejected.length === 1 ? '' : 's'} could not be read (${decoded.rejected[0].where}: ${decoded.rejected[0].reason})`;
			return {
				value: decoded.value,
				health: this.#damaged(
					'repaired',
					{ raw, reason, records: decoded.rejected.length },
					sideEffects
				),
				rejected: decoded.rejected
			};
		}
		if (parsed.version < this.spec.version)
			return {
				value: decoded.value,
				health: { state: 'migrated', from: parsed.version, backup: backupKey },
				rejected: []
			};
		return { value: decoded.value, health: { state: 'ok' }, rejected: [] };
	}

	#unreadable(
		raw: string,
		reason: string,
		sideEffects: boolean
	): { value: T; health: Health; rejected: Rejected[] } {
		return {
			value: this.spec.empty(),
			health: this.#damaged('unreadable', { raw, reason, records: 0 }, sideEffects),
			rejected: []
		};
	}

	/** Sets unreadable text aside when `write`; with no room for the copy, it is kept in place. */
	#damaged(
		state: 'repaired' | 'unreadable',
		setAside: SetAside,
		write: boolean
	): Extract<Health, { setAside: SetAside }> {
		if (!write || !this.env.storage) return { state, setAside };
		const key = keptCopyKey({ kind: 'set-aside', document: this.spec.name, at: this.env.now() });
		try {
			this.env.storage.setItem(key, setAside.raw);
		} catch (error) {
			// Nowhere to keep a copy: the original stays where it is and nothing is written over it.
			return { state: isQuotaError(error) ? 'unreadable-kept' : state, setAside };
		}
		return { state, setAside: { ...setAside, key } };
	}

	/** Writes this tab's value, merged with what is stored unless `overwrite` (a replace). */
	#write(overwrite: boolean): void {
		const storage = this.env.storage;
		if (!storage) return;
		// A refused replace stays a replace when it is tried again.
		this.#overwrite = overwrite;
		const current = this.#read();
		// What is stored cannot be read, so it cannot be checked: never write over it blind.
		if (current === undefined) return this.#refused('unavailable');
		let value = this.#value;
		const stored = current ? this.#interpret(current, false) : undefined;
		const health = stored?.health ?? { state: 'new' };
		if (health.state === 'newer') {
			this.#health = health;
			this.#notify();
			return;
		}
		if (
			stored &&
			!overwrite &&
			(health.state === 'ok' || health.state === 'migrated' || health.state === 'repaired')
		)
			value = this.spec.merge(value, stored.value);
		if (
			current &&
			(health.state === 'repaired' || health.state === 'unreadable') &&
			!this.#keptAside(current)
		) {
			// Unreadable data not yet copied anywhere: keep it aside before writing over it.
			const damaged = this.#damaged(health.state, health.setAside, true);
			this.#health = damaged;
			if (damaged.state === 'unreadable-kept') return this.#notify();
			if (!damaged.setAside.key) return this.#refused('unavailable');
		} else if (this.#health.state === 'unreadable-kept') {
			// What this tab could not read is gone (another tab cleared it): its session can go in.
			this.#health = { state: 'ok' };
		}
		const envelope: Envelope = {
			factdeck: this.spec.name,
			version: this.spec.version,
			savedAt: this.env.now(),
			data: this.spec.encode(value)
		};
		try {
			storage.setItem(this.key, JSON.stringify(envelope));
		} catch (error) {
			return this.#refused(isQuotaError(error) ? 'quota' : 'unavailable');
		}
		this.#value = value;
		this.#dirty = false;
		this.#overwrite = false;
		if (this.#health.state === 'unwritable') this.#health = this.#beforeRefusal;
		this.#notify();
	}

	/** Keeps the session in memory after a refused write; the next save tries again. */
	#refused(reason: 'quota' | 'unavailable'): void {
		if (this.#health.state !== 'unwritable') this.#beforeRefusal = this.#health;
		this.#health = { state: 'unwritable', reason };
		this.#notify();
	}

	/** Whether this unreadable text has already been copied somewhere safe. */
	#keptAside(raw: string): boolean {
		const health = this.#health;
		return (
			(health.state === 'repaired' || health.state === 'unreadable') &&
			!!health.setAside.key &&
			health.setAside.raw === raw
		);
	}
}

/** Every key of a storage that starts with `prefix`. */
export function listKeys(storage: StorageLike, prefix: string): string[] {
	const keys: string[] = [];
	for (let i = 0; i < storage.length; i++) {
		const key = storage.key(i);
		if (key?.startsWith(prefix)) keys.push(key);
	}
	return keys;
}

/** A Storage-like object kept in memory: for tests, and for browsers where storage is off. */
export class MemoryStorage implements StorageLike {
	readonly #items = new Map<string, string>();

	get length(): number {
		return this.#items.size;
	}

	getItem(key: string): string | null {
		return this.#items.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		this.#items.set(key, String(value));
	}

	removeItem(key: string): void {
		this.#items.delete(key);
	}

	key(index: number): string | null {
		return [...this.#items.keys()][index] ?? null;
	}
}
