import { IDLE_MS, type Answer, type Game, type Player } from '../lib/live/game.ts';

/**
 * Where live games are kept: in this process's memory, or in Redis so that any number of
 * processes share them. Every write that two processes could race on is atomic here: a new game
 * by its code, a game's change by its revision, a player by their name, an answer by its player.
 */
export interface GameStore {
	/** Saves a new game; false when its join code is taken. */
	create(game: Game): Promise<boolean>;
	game(code: string): Promise<Game | undefined>;
	/** Saves a change made to revision `game.revision - 1`; false when someone changed it first. */
	replace(game: Game): Promise<boolean>;
	players(code: string): Promise<Player[]>;
	countPlayers(code: string): Promise<number>;
	/** Adds a player under their name's key; false when the name is taken. */
	addPlayer(code: string, key: string, player: Player): Promise<boolean>;
	/** Saves an answer; false when the player has already answered that question. */
	addAnswer(code: string, answer: Answer): Promise<boolean>;
	answers(code: string, index: number): Promise<Answer[]>;
	countAnswers(code: string, index: number): Promise<number>;
	hasAnswered(code: string, index: number, player: string): Promise<boolean>;
	/** Codes of every game kept. */
	codes(): Promise<string[]>;
	delete(code: string): Promise<void>;
	close(): Promise<void>;
}

interface Kept {
	game: Game;
	players: Map<string, Player>;
	answers: Map<number, Map<string, Answer>>;
	touched: number;
}

/** Games in this process's memory: the default, for one process. */
export class MemoryStore implements GameStore {
	readonly #games = new Map<string, Kept>();

	constructor(private readonly clock: () => number = Date.now) {}

	#kept(code: string): Kept | undefined {
		const kept = this.#games.get(code);
		if (kept) kept.touched = this.clock();
		return kept;
	}

	create(game: Game): Promise<boolean> {
		if (this.#games.has(game.code)) return Promise.resolve(false);
		this.#games.set(game.code, {
			game,
			players: new Map(),
			answers: new Map(),
			touched: this.clock()
		});
		return Promise.resolve(true);
	}

	game(code: string): Promise<Game | undefined> {
		return Promise.resolve(this.#games.get(code)?.game);
	}

	replace(game: Game): Promise<boolean> {
		const kept = this.#kept(game.code);
		if (!kept || kept.game.revision !== game.revision - 1) return Promise.resolve(false);
		kept.game = game;
		return Promise.resolve(true);
	}

	players(code: string): Promise<Player[]> {
		return Promise.resolve([...(this.#games.get(code)?.players.values() ?? [])]);
	}

	countPlayers(code: string): Promise<number> {
		return Promise.resolve(this.#games.get(code)?.players.size ?? 0);
	}

	addPlayer(code: string, key: string, player: Player): Promise<boolean> {
		const kept = this.#kept(code);
		if (!kept || kept.players.has(key)) return Promise.resolve(false);
		kept.players.set(key, player);
		return Promise.resolve(true);
	}

	addAnswer(code: string, answer: Answer): Promise<boolean> {
		const kept = this.#kept(code);
		if (!kept) return Promise.resolve(false);
		const answers = kept.answers.get(answer.index) ?? new Map<string, Answer>();
		kept.answers.set(answer.index, answers);
		if (answers.has(answer.player)) return Promise.resolve(false);
		answers.set(answer.player, answer);
		return Promise.resolve(true);
	}

	answers(code: string, index: number): Promise<Answer[]> {
		return Promise.resolve([...(this.#games.get(code)?.answers.get(index)?.values() ?? [])]);
	}

	countAnswers(code: string, index: number): Promise<number> {
		return Promise.resolve(this.#games.get(code)?.answers.get(index)?.size ?? 0);
	}

	hasAnswered(code: string, index: number, player: string): Promise<boolean> {
		return Promise.resolve(this.#games.get(code)?.answers.get(index)?.has(player) ?? false);
	}

	codes(): Promise<string[]> {
		return Promise.resolve([...this.#games.keys()]);
	}

	delete(code: string): Promise<void> {
		this.#games.delete(code);
		return Promise.resolve();
	}

	/** Codes of the games no one has touched for an hour: Redis lets such keys expire. */
	idle(now: number): string[] {
		return [...this.#games]
			.filter(([, kept]) => now - kept.touched >= IDLE_MS)
			.map(([code]) => code);
	}

	close(): Promise<void> {
		this.#games.clear();
		return Promise.resolve();
	}
}
