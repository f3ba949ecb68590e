import { createClient } from 'redis';
import { IDLE_MS, type Answer, type Game, type Player } from '../lib/live/game.ts';
import type { GameStore } from './store.ts';

/** A connected node-redis client, as the store and the Socket.IO adapter share it. */
export type Redis = ReturnType<typeof createClient>;

const gameKey = (code: string) => `live:${code}:game`;
const playersKey = (code: string) => `live:${code}:players`;
const answersKey = (code: string, index: number) => `live:${code}:answers:${index}`;

// Replaces a game only at the revision it was read at, and keeps every key of the game alive for
// another hour: the compare-and-set that lets processes share a game without a lock.
const REPLACE = `
local current = redis.call('GET', KEYS[1])
if not current then return 0 end
if cjson.decode(current).revision ~= tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
for i = 2, #KEYS do redis.call('PEXPIRE', KEYS[i], ARGV[3]) end
return 1
`;

/**
 * Games in Redis, shared by every process that connects to it: each game is a JSON string changed
 * by compare-and-set, a hash of players by name and a hash of answers per question by player. Every
 * key expires an hour after the game was last touched.
 */
export class RedisStore implements GameStore {
	constructor(private readonly redis: Redis) {}

	/** Connects to `url` and returns the store with its client. */
	static async connect(url: string): Promise<RedisStore> {
		const client: Redis = createClient({ url });
		client.on('error', (error: Error) => console.error(`Redis: ${error.message}`));
		await client.connect();
		return new RedisStore(client);
	}

	get client(): Redis {
		return this.redis;
	}

	async create(game: Game) {
		const set = await this.redis.set(gameKey(game.code), JSON.stringify(game), {
			NX: true,
			PX: IDLE_MS
		});
		return set === 'OK';
	}

	async game(code: string) {
		const text = await this.redis.get(gameKey(code));
		return text ? (JSON.parse(text) as Game) : undefined;
	}

	async replace(game: Game) {
		const keys = [gameKey(game.code), playersKey(game.code)];
		for (let i = 0; i <= Math.max(0, game.index); i++) keys.push(answersKey(game.code, i));
		const done = await this.redis.eval(REPLACE, {
			keys,
			arguments: [JSON.stringify(game), String(game.revision - 1), String(IDLE_MS)]
		});
		return done === 1;
	}

	async players(code: string) {
		return Object.values(await this.redis.hGetAll(playersKey(code))).map(
			(text) => JSON.parse(text) as Player
		);
	}

	async countPlayers(code: string) {
		return this.redis.hLen(playersKey(code));
	}

	async addPlayer(code: string, key: string, player: Player) {
		const [added] = await this.redis
			.multi()
			.hSetNX(playersKey(code), key, JSON.stringify(player))
			.pExpire(playersKey(code), IDLE_MS)
			.pExpire(gameKey(code), IDLE_MS)
			.exec();
		return Number(added) === 1;
	}

	async addAnswer(code: string, answer: Answer) {
		const key = answersKey(code, answer.index);
		const [added] = await this.redis
			.multi()
			.hSetNX(key, answer.player, JSON.stringify(answer))
			.pExpire(key, IDLE_MS)
			.pExpire(gameKey(code), IDLE_MS)
			.exec();
		return Number(added) === 1;
	}

	async answers(code: string, index: number) {
		return (await this.redis.hVals(answersKey(code, index))).map(
			(text) => JSON.parse(text) as Answer
		);
	}

	async countAnswers(code: string, index: number) {
		return this.redis.hLen(answersKey(code, index));
	}

	async hasAnswered(code: string, index: number, player: string) {
		return (await this.redis.hExists(answersKey(code, index), player)) === 1;
	}

	async codes() {
		const codes: string[] = [];
		for await (const keys of this.redis.scanIterator({ MATCH: 'live:*:game', COUNT: 500 }))
			for (const key of keys) codes.push(key.split(':')[1]);
		return codes;
	}

	async delete(code: string) {
		const game = await this.game(code);
		const keys = [gameKey(code), playersKey(code)];
		for (let i = 0; i < (game?.total ?? 0); i++) keys.push(answersKey(code, i));
		await this.redis.del(keys);
	}

	async close() {
		await this.redis.quit();
	}
}
