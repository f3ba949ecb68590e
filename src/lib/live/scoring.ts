/** How a live game scores right answers. */
export type Scoring = 'speed' | 'accuracy';

/** Points for a fully right answer before any speed or streak bonus is worked out. */
export const FULL_POINTS = 1000;
/** The extra points each right answer in a row after the first brings, in speed mode. */
export const STREAK_STEP = 100;
/** The largest streak bonus. */
export const STREAK_CAP = 500;
/** The window speed is measured against when a question has no time limit, in seconds. */
export const UNTIMED_WINDOW = 30;

/** What one answer earned. */
export interface Points {
	/** Points for the answer itself (credit, and speed in speed mode). */
	base: number;
	/** Points for the streak of right answers this answer extends. */
	streak: number;
}

/**
 * Points for an answer: in speed mode a right answer earns from 1,000 (at once) down to 500 (at
 * the last moment), times its credit (partial for order and match), plus 100 for each right
 * answer in a row before it, up to 500; in accuracy mode, 1,000 times its credit and nothing else.
 */
export function pointsFor(options: {
	scoring: Scoring;
	/** The grader's credit, 0–1. */
	credit: number;
	/** Time taken, in ms. */
	ms: number;
	/** Seconds the question gives; 0 for no limit. */
	seconds: number;
	/** Right answers in a row before this one. */
	streak: number;
}): Points {
	const credit = Math.min(1, Math.max(0, options.credit));
	if (credit === 0) return { base: 0, streak: 0 };
	if (options.scoring === 'accuracy') return { base: Math.round(FULL_POINTS * credit), streak: 0 };
	const window = (options.seconds || UNTIMED_WINDOW) * 1000;
	const late = Math.min(1, Math.max(0, options.ms) / window);
	return {
		base: Math.round(FULL_POINTS * credit * (1 - late / 2)),
		streak: credit === 1 ? Math.min(STREAK_CAP, options.streak * STREAK_STEP) : 0
	};
}

/** The rule as players and teachers read it on screen. */
export function scoringRule(scoring: Scoring): string {
	return scoring === 'speed'
		? 'A right answer earns up to 1,000 points: the faster, the more (500 at the last second). Each right answer in a row adds 100 more, up to 500.'
		: 'A right answer earns 1,000 points, a partly right one its share; speed does not count.';
}
