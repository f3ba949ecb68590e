import { computeDecayFactor, createEmptyCard, fsrs, State, type Card, type FSRS } from 'ts-fsrs';
import { factKey, factOfQuestion, formOfQuestion, type FactKey } from '../ids.ts';
import { usualRating, type Level } from '../questions/forms/form.ts';
import { ratingFor } from '../questions/forms/store.ts';
import { compareAttempts, type Attempt, type Rating } from './model.ts';

export type { FactKey };

/** A fact's memory: its FSRS card, rebuilt from the log, and what the learner did with it. */
export interface FactCard {
	card: Card;
	/** When the fact was first answered (its card created), in ms. */
	introducedAt: number;
	/** How the fact was first met: in a quiz, or as a new fact in the review queue. */
	introducedBy: Attempt['mode'];
}

/** The scheduling choices the learner makes in the settings. */
export interface ScheduleSettings {
	/** Desired retention, 0.80–0.97. */
	retention: number;
}

/** The rating an answer gives its fact: the learner's own, or Good, Hard (typo) or Again. */
export function ratingOf(attempt: Attempt): Rating {
	if (attempt.rating !== undefined) return attempt.rating;
	const form = formOfQuestion(attempt.question);
	return form ? ratingFor(form, attempt) : usualRating(attempt);
}

const schedulers = new Map<number, FSRS>();

/** The FSRS scheduler for a desired retention (ts-fsrs, default weights, learning steps on). */
export function schedulerFor(retention: number): FSRS {
	let scheduler = schedulers.get(retention);
	if (!scheduler) {
		scheduler = fsrs({ request_retention: retention, enable_fuzz: false, enable_short_term: true });
		schedulers.set(retention, scheduler);
	}
	return scheduler;
}

/** The fact a question asks about, when it asks about one (order and match questions ask several). */
export function factKeyOf(questionId: string): FactKey | undefined {
	return factOfQuestion(questionId);
}

/** The outcome of replaying the log: every fact's card, and what retention measurement needs. */
export interface Replay {
	cards: Map<FactKey, FactCard>;
	/** Answers on facts that were in review (not new, not learning), and whether each was right. */
	reviewOutcomes: { at: number; correct: boolean }[];
}

/**
 * Rebuilds every fact's card by replaying the log in order: quiz and review answers on questions
 * about one fact schedule it; cram answers never do. The log is the truth, so undoing an answer
 * or merging another tab's answers gives the exact card that the remaining answers make.
 */
export function replay(attempts: readonly Attempt[], settings: ScheduleSettings): Replay {
	const result: Replay = { cards: new Map(), reviewOutcomes: [] };
	const scheduler = schedulerFor(settings.retention);
	for (const attempt of [...attempts].sort(compareAttempts)) apply(result, attempt, scheduler);
	return result;
}

/** Moves one fact's card by one answer (cram answers and multi-fact questions move nothing). */
function apply(result: Replay, attempt: Attempt, scheduler: FSRS): void {
	if (attempt.mode === 'cram') return;
	const key = factKeyOf(attempt.question);
	if (!key) return;
	const now = new Date(attempt.at);
	const known = result.cards.get(key);
	if (known?.card.state === State.Review)
		result.reviewOutcomes.push({ at: attempt.at, correct: attempt.correct });
	const card = scheduler.next(known?.card ?? createEmptyCard(now), now, ratingOf(attempt)).card;
	result.cards.set(key, {
		card,
		introducedAt: known?.introducedAt ?? attempt.at,
		introducedBy: known?.introducedBy ?? attempt.mode
	});
}

export type { Level };

/** Stability (days) from which a fact is asked as a choice, then recalled (typed or numeric). */
export const LEVELS = { choice: 3, recall: 14 };

/** The level a fact is asked at now. */
export function levelOf(card: Card | undefined): Level {
	const stability = card?.stability ?? 0;
	if (stability >= LEVELS.recall) return 'recall';
	if (stability >= LEVELS.choice) return 'choice';
	return 'true-false';
}

/** The limits of one study day. */
export interface QueueLimits {
	newPerDay: number;
	reviewsPerDay: number;
}

/** Today's queue: facts due, most at risk first, then new facts, in article order. */
export interface Queue {
	due: FactKey[];
	fresh: FactKey[];
	/** Due facts left for later today by the daily limit. */
	heldBack: number;
	/** Facts in learning that come back later today. */
	later: number;
	/** Reviews and new facts already done today, as the daily limits count them. */
	doneToday: { reviews: number; fresh: number };
	/** Every review answer given today. */
	answeredToday: number;
}

/**
 * Builds the due queue. `facts` lists every fact in article order (new facts are taken from it);
 * `todayStart` is when the learner's study day began. Sorting by retrievability puts the facts
 * most likely forgotten first.
 */
export function buildQueue(options: {
	cards: ReadonlyMap<FactKey, FactCard>;
	facts: readonly FactKey[];
	attempts: readonly Attempt[];
	now: number;
	todayStart: number;
	limits: QueueLimits;
	retention: number;
	/** For each fact, the facts whose answer its questions show (the bank's leak graph). */
	reveals?: ReadonlyMap<FactKey, readonly FactKey[]>;
}): Queue {
	const { cards, facts, attempts, now, todayStart, limits } = options;
	const reveals = options.reveals ?? new Map<FactKey, readonly FactKey[]>();
	const scheduler = schedulerFor(options.retention);
	let reviews = 0;
	let answeredToday = 0;
	/** Facts whose answer a question answered today has shown: they wait for another day. */
	const shown = new Set<FactKey>();
	for (const attempt of attempts)
		if (attempt.mode === 'review' && attempt.at >= todayStart) {
			answeredToday++;
			const key = factKeyOf(attempt.question);
			for (const revealed of (key && reveals.get(key)) || []) shown.add(revealed);
			const card = key ? cards.get(key) : undefined;
			if (card && card.introducedAt < todayStart) reviews++;
		}
	let fresh = 0;
	for (const card of cards.values())
		if (card.introducedBy === 'review' && card.introducedAt >= todayStart) fresh++;

	// FSRS's forgetting curve, R = (1 + factor·t/S)^decay, with its constants worked out once.
	const { decay, factor } = computeDecayFactor(scheduler.parameters.w);
	const dueNow: { key: FactKey; risk: number }[] = [];
	let later = 0;
	const endOfDay = todayStart + 86_400_000;
	for (const [key, { card }] of cards) {
		const due = card.due.getTime();
		if (shown.has(key)) continue;
		if (due <= now) {
			const elapsed = card.last_review
				? Math.max(0, (now - card.last_review.getTime()) / 86_400_000)
				: 0;
			const risk =
				card.state === State.New ? 0 : Math.pow(1 + (factor * elapsed) / card.stability, decay);
			dueNow.push({ key, risk });
		} else if (due < endOfDay) later++;
	}
	dueNow.sort((a, b) => a.risk - b.risk || (a.key < b.key ? -1 : 1));
	const allowed = Math.max(0, limits.reviewsPerDay - reviews);
	const newAllowed = Math.max(0, limits.newPerDay - fresh);
	const freshKeys: FactKey[] = [];
	for (const key of facts) {
		if (freshKeys.length >= newAllowed) break;
		if (!cards.has(key) && !shown.has(key)) freshKeys.push(key);
	}
	return {
		due: revealedFirst(
			dueNow.slice(0, allowed).map((d) => d.key),
			reveals
		),
		fresh: revealedFirst(freshKeys, reveals),
		heldBack: Math.max(0, dueNow.length - allowed),
		later,
		doneToday: { reviews, fresh },
		answeredToday
	};
}

/** For each fact, the facts whose answer one of its questions shows (the questions' `reveals`). */
export function revealsByFact(
	questions: readonly { article: string; facts: readonly string[]; reveals?: readonly string[] }[]
): Map<FactKey, FactKey[]> {
	const map = new Map<FactKey, Set<FactKey>>();
	for (const question of questions) {
		if (question.facts.length !== 1 || !question.reveals) continue;
		const key = factKey(question.article, question.facts[0]);
		const set = map.get(key) ?? new Set<FactKey>();
		for (const fact of question.reveals) set.add(factKey(question.article, fact));
		map.set(key, set);
	}
	return new Map([...map].map(([key, set]) => [key, [...set]]));
}

/**
 * Puts each fact after the facts in the list whose answer its questions show, so a review never
 * shows an answer before asking it; otherwise keeps the list's order. In a cycle one fact is
 * asked first and the other, its answer shown, waits for another day (see `buildQueue`).
 */
export function revealedFirst(
	list: readonly FactKey[],
	reveals: ReadonlyMap<FactKey, readonly FactKey[]>
): FactKey[] {
	const inList = new Set(list);
	const placed = new Set<FactKey>();
	const visiting = new Set<FactKey>();
	const out: FactKey[] = [];
	const visit = (key: FactKey) => {
		if (placed.has(key) || visiting.has(key)) return;
		visiting.add(key);
		for (const revealed of reveals.get(key) ?? []) if (inList.has(revealed)) visit(revealed);
		visiting.delete(key);
		placed.add(key);
		out.push(key);
	};
	for (const key of list) visit(key);
	return out;
}

/** Reviews falling due on each of the next `days` study days (overdue ones count today). */
export function forecast(
	cards: ReadonlyMap<FactKey, FactCard>,
	todayStart: number,
	days = 30
): number[] {
	const counts = new Array<number>(days).fill(0);
	for (const { card } of cards.values()) {
		const day = Math.floor((card.due.getTime() - todayStart) / 86_400_000);
		if (day < days) counts[Math.max(0, day)]++;
	}
	return counts;
}

/** The share of answers right on facts that were in review, over the answers since `since`. */
export function measuredRetention(
	outcomes: Replay['reviewOutcomes'],
	since: number
): { right: number; total: number } {
	const recent = outcomes.filter((o) => o.at >= since);
	return { right: recent.filter((o) => o.correct).length, total: recent.length };
}

/**
 * Keeps a replay up to date as the log grows. Answers appended after the last one replayed are
 * applied one by one; anything else (an undo, a rating changed, another tab's older answers, a
 * new retention) replays the whole log, which stays the truth.
 */
export class Replayer {
	#replayed: Attempt[] = [];
	#retention = NaN;
	#result: Replay = { cards: new Map(), reviewOutcomes: [] };

	/** The replay of `attempts` under `settings`. */
	update(attempts: readonly Attempt[], settings: ScheduleSettings): Replay {
		const sorted = [...attempts].sort(compareAttempts);
		const old = this.#replayed;
		// The answers replayed are all still there, in order, each with the rating it had.
		const appended =
			settings.retention === this.#retention &&
			sorted.length >= old.length &&
			old.every(
				(a, i) =>
					sorted[i] === a || (compareAttempts(sorted[i], a) === 0 && sorted[i].rating === a.rating)
			);
		if (!appended) {
			this.#result = replay(sorted, settings);
		} else if (sorted.length > old.length) {
			const next: Replay = {
				cards: new Map(this.#result.cards),
				reviewOutcomes: [...this.#result.reviewOutcomes]
			};
			const scheduler = schedulerFor(settings.retention);
			for (const attempt of sorted.slice(old.length)) apply(next, attempt, scheduler);
			this.#result = next;
		}
		this.#replayed = sorted;
		this.#retention = settings.retention;
		return this.#result;
	}
}

/**
 * When the learner's current study day began: at `hour` local time (the offset from UTC given
 * in minutes), today if that hour has passed, else yesterday.
 */
export function studyDayStart(now: number, hour: number, utcOffsetMinutes: number): number {
	const local = now + utcOffsetMinutes * 60_000;
	const midnight = Math.floor(local / 86_400_000) * 86_400_000;
	let start = midnight + hour * 3_600_000;
	if (start > local) start -= 86_400_000;
	return start - utcOffsetMinutes * 60_000;
}

/** The questions on each fact, for picking one to review it with. */
export function questionsByFact<Q extends { id: string }>(
	questions: readonly Q[]
): Map<FactKey, Q[]> {
	const byFact = new Map<FactKey, Q[]>();
	for (const question of questions) {
		const key = factKeyOf(question.id);
		if (key) byFact.set(key, [...(byFact.get(key) ?? []), question]);
	}
	return byFact;
}

/** Facts by key, for looking up what explains an answer. */
export function factsByKey<F extends { article: string; id: string }>(
	facts: readonly F[]
): Map<FactKey, F> {
	return new Map(facts.map((fact) => [factKey(fact.article, fact.id), fact]));
}
