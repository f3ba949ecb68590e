import { liveAttempts } from '$lib/progress/derive.ts';
import { rateAttempt, recordAttempt, undoAttempt } from '$lib/progress/log.ts';
import { attemptKey, factKey, factOfQuestion, type FactKey } from '$lib/ids.ts';
import { storedPrecision, type Attempt, type Rating } from '$lib/progress/model.ts';
import {
	buildQueue,
	factsByKey,
	levelOf,
	revealsByFact,
	questionsByFact,
	ratingOf,
	Replayer,
	studyDayStart,
	type Level
} from '$lib/progress/schedule.ts';
import {
	decodeResponse,
	encodeResponse,
	grade,
	isAnswerable,
	levelOfQuestion
} from '$lib/questions/grade.ts';
import type { BankFile, FactView } from '$lib/questions/library.ts';
import { createRng, seedFrom, shuffle } from '$lib/questions/random.ts';
import type { ClientQuestion, Response, Verdict } from '$lib/questions/types.ts';
import type { AppState } from './app.svelte.ts';
import { localOffset } from '$lib/browser/clock.ts';
import type { SettingsState } from './settings.svelte.ts';

/** The facts a deck's questions ask, each once: what a cram session on the deck walks. */
export function factsAsked(questions: readonly ClientQuestion[]): FactKey[] {
	const keys = questions.flatMap((q) => q.facts.map((fact) => factKey(q.article, fact)));
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a local set, spread and dropped
	return [...new Set(keys)];
}

const FALLBACK: Record<Level, Level[]> = {
	'true-false': ['true-false', 'choice', 'recall'],
	choice: ['choice', 'true-false', 'recall'],
	recall: ['recall', 'choice', 'true-false']
};

/**
 * A review session: the due queue rebuilt from the log after every answer, one fact at a time
 * in a form that suits its stability, the learner's rating, and undo of the last answer. In cram
 * mode it walks a deck's facts instead, and nothing it records moves the schedule.
 */
export class ReviewSession {
	readonly #replayer = new Replayer();
	readonly #byFact: ReadonlyMap<FactKey, ClientQuestion[]>;
	readonly #facts: ReadonlyMap<FactKey, FactView>;
	/** For each fact, the facts whose answer its questions show. */
	readonly #reveals: ReadonlyMap<FactKey, FactKey[]>;
	/** The fact on screen and the question asking it. */
	current = $state<{ fact: FactKey; question: ClientQuestion } | undefined>();
	draft = $state<Response | undefined>();
	/** The answer given to the question on screen, once given. */
	answered = $state<Attempt | undefined>();
	/** The last answer of this session, which Undo takes back. */
	last = $state<Attempt | undefined>();
	/** Facts left in a cram session, in the order they come. */
	#cram: FactKey[] | undefined;
	#shownAt = Date.now();

	constructor(
		private readonly app: AppState,
		private readonly settings: SettingsState,
		bank: BankFile,
		cramFacts?: FactKey[]
	) {
		const byFact = questionsByFact(bank.questions);
		this.#byFact = byFact;
		this.#facts = factsByKey(bank.facts);
		this.#reveals = revealsByFact(bank.questions);
		this.order = bank.order.filter((key) => byFact.has(key));
		this.#cram =
			cramFacts &&
			shuffle(
				cramFacts.filter((key) => byFact.has(key)),
				createRng(Date.now())
			);
		this.next();
	}

	readonly order: FactKey[];

	get cramming(): boolean {
		return this.#cram !== undefined;
	}

	/** Every fact's card, from the log. */
	readonly replay = $derived.by(() =>
		this.#replayer.update(liveAttempts(this.app.progress), {
			retention: this.settings.value.retention
		})
	);

	/** Today's queue. */
	readonly queue = $derived.by(() => {
		const now = Date.now();
		const { dayStartHour, newPerDay, reviewsPerDay } = this.settings.value;
		return buildQueue({
			cards: this.replay.cards,
			facts: this.order,
			attempts: liveAttempts(this.app.progress),
			now,
			todayStart: studyDayStart(now, dayStartHour, localOffset(now)),
			limits: { newPerDay, reviewsPerDay },
			retention: this.settings.value.retention,
			reveals: this.#reveals
		});
	});

	/** The facts left in a cram session. */
	get cramLeft(): number {
		return this.#cram?.length ?? 0;
	}

	fact(key: FactKey): FactView | undefined {
		return this.#facts.get(key);
	}

	/** The question that asks a fact at the level its card calls for, varied between reviews. */
	questionFor(fact: FactKey): ClientQuestion | undefined {
		const questions = this.#byFact.get(fact) ?? [];
		const card = this.replay.cards.get(fact)?.card;
		for (const level of FALLBACK[levelOf(card)]) {
			const fitting = questions.filter((q) => levelOfQuestion(q) === level);
			if (fitting.length > 0) {
				const rng = createRng(seedFrom(`${fact}#${card?.reps ?? 0}`));
				return fitting[rng.int(0, fitting.length - 1)];
			}
		}
		return questions[0];
	}

	/** Shows the next fact: due reviews first, then new facts (or the next fact to cram). */
	next(now = Date.now()): void {
		const fact = this.#cram ? this.#cram.shift() : (this.queue.due[0] ?? this.queue.fresh[0]);
		const question = fact ? this.questionFor(fact) : undefined;
		this.current = fact && question ? { fact, question } : undefined;
		this.draft = undefined;
		this.answered = undefined;
		this.#shownAt = now;
	}

	get canSubmit(): boolean {
		return !!this.current && !this.answered && isAnswerable(this.current.question, this.draft);
	}

	/** Whether the question on screen is answered: it takes no other answer. */
	get closed(): boolean {
		return !!this.answered;
	}

	/** The response the question on screen shows: the one given once answered, else the draft. */
	get response(): Response | undefined {
		if (!this.current || !this.answered) return this.draft;
		return decodeResponse(this.current.question.form, this.answered.response);
	}

	/** The verdict on the answer on screen. */
	get verdict(): Verdict | undefined {
		const response = this.answered && this.response;
		return this.current && response && grade(this.current.question, response);
	}

	/** Grades the draft and records it at once: a review, or cram practice. */
	submit(now = Date.now()): void {
		if (!this.current || !this.canSubmit || !this.draft) return;
		const verdict = grade(this.current.question, this.draft);
		const attempt: Attempt = {
			at: now,
			question: this.current.question.id,
			response: encodeResponse(this.draft),
			correct: verdict.correct,
			score: verdict.score,
			...(verdict.match ? { match: verdict.match } : {}),
			ms: Math.max(0, now - this.#shownAt),
			mode: this.cramming ? 'cram' : 'review'
		};
		this.app.update((progress) => recordAttempt(progress, attempt));
		this.answered = storedPrecision(attempt);
		this.last = this.answered;
	}

	/** The rating in force: the learner's, or the one the answer implies. */
	get rating(): Rating | undefined {
		return this.answered && ratingOf(this.answered);
	}

	/**
	 * Rates the answer on screen. The rating the answer implies, chosen back after another, is kept
	 * as the learner's too: merging with what is stored only adds, so a cleared one would come back.
	 */
	rate(rating: Rating): void {
		const answered = this.answered;
		if (!answered || this.cramming) return;
		this.app.update((progress) => rateAttempt(progress, attemptKey(answered), rating));
		this.answered = { ...answered, rating };
		this.last = this.answered;
	}

	/** Takes back the last answer and shows its fact again. */
	undo(now = Date.now()): void {
		const last = this.last;
		if (!last) return;
		this.app.update((progress) => undoAttempt(progress, attemptKey(last)));
		const fact = factOfQuestion(last.question);
		const question = fact ? this.#byFact.get(fact)?.find((q) => q.id === last.question) : undefined;
		// In cram, the fact that had come up goes back to wait its turn.
		if (this.#cram && this.current && this.current.fact !== fact)
			this.#cram.unshift(this.current.fact);
		this.current = fact && question ? { fact, question } : undefined;
		this.draft = undefined;
		this.answered = undefined;
		this.last = undefined;
		this.#shownAt = now;
	}
}
