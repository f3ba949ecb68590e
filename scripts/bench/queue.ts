import { buildQueue, replay, type FactCard } from '../../src/lib/progress/schedule.ts';
import type { Attempt } from '../../src/lib/progress/model.ts';

const DAY = 86_400_000;

/** `size` fact cards in every state, due from a month ago to two months ahead, and today's log. */
export function syntheticCards(size: number, now: number) {
	// A few real cards from FSRS, copied with their due dates spread out.
	const templates: Attempt[] = [];
	for (let i = 0; i < 40; i++)
		for (let r = 0; r < (i % 5) + 1; r++)
			templates.push({
				at: now - 200 * DAY + r * 9 * DAY + i * 1000,
				question: `bench/t${i}:choice`,
				response: 0,
				correct: (i + r) % 4 !== 0,
				score: (i + r) % 4 !== 0 ? 1 : 0,
				ms: 3000,
				mode: 'review'
			});
	const base = [...replay(templates, { retention: 0.9 }).cards.values()];
	const cards = new Map<string, FactCard>();
	for (let i = 0; i < size; i++) {
		const template = base[i % base.length];
		const due = new Date(now - 30 * DAY + ((i * 7919) % 90) * DAY + (i % 1440) * 60_000);
		cards.set(`bench/f${i}`, { ...template, card: { ...template.card, due } });
	}
	const facts = [...cards.keys(), ...Array.from({ length: size / 10 }, (_, i) => `bench/new${i}`)];
	return { cards, facts, attempts: templates.slice(-100) };
}

/** Builds today's queue once from prepared cards. */
export function queueOnce(prepared: ReturnType<typeof syntheticCards>, now: number) {
	return buildQueue({
		...prepared,
		now,
		todayStart: now - 6 * 3_600_000,
		limits: { newPerDay: 20, reviewsPerDay: 200 },
		retention: 0.9
	});
}
