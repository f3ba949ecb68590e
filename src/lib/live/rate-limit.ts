/** A token bucket per key (an address): `burst` at once, then `perMinute` refilled evenly. */
export class RateLimit {
	readonly #buckets = new Map<string, { tokens: number; at: number }>();

	constructor(
		private readonly burst: number,
		private readonly perMinute: number
	) {}

	/** Takes one token for `key` at `now`; false when the key has none left. */
	take(key: string, now: number): boolean {
		const bucket = this.#buckets.get(key) ?? { tokens: this.burst, at: now };
		const refilled = Math.min(
			this.burst,
			bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000
		);
		const allowed = refilled >= 1;
		this.#buckets.set(key, { tokens: allowed ? refilled - 1 : refilled, at: now });
		return allowed;
	}

	/** Forgets keys whose buckets are full again, so the map does not grow without end. */
	sweep(now: number): void {
		for (const [key, bucket] of this.#buckets)
			if (bucket.tokens + ((now - bucket.at) * this.perMinute) / 60_000 >= this.burst)
				this.#buckets.delete(key);
	}
}
