import { liveAttempts } from '$lib/progress/derive.ts';
import { replay, type Replay } from '$lib/progress/schedule.ts';
import type { AppState } from './app.svelte.ts';
import type { SettingsState } from './settings.svelte.ts';

/** The schedule as this tab's data makes it now: loaded on demand by pages that show due counts. */
export function currentReplay(app: AppState, settings: SettingsState): Replay {
	return replay(liveAttempts(app.progress), { retention: settings.value.retention });
}

/** How many facts are due now, among `facts` when given. */
export function dueCount(result: Replay, now: number, facts?: ReadonlySet<string>): number {
	let count = 0;
	for (const [key, { card }] of result.cards)
		if (card.due.getTime() <= now && (!facts || facts.has(key))) count++;
	return count;
}
