import type { DocumentSpec } from '../storage/store.ts';
import { decodeProgress, encodeProgress, migrateProgressV1, PROGRESS_VERSION } from './codec.ts';
import { mergeProgress, newGeneration } from './log.ts';
import { emptyProgress, type Progress } from './model.ts';

/** How the progress document is stored: `factdeck:v1:progress`. */
export function progressDocument(clock: {
	now: () => number;
	random: () => number;
}): DocumentSpec<Progress> {
	return {
		name: 'progress',
		version: PROGRESS_VERSION,
		migrations: [{ from: 1, migrate: migrateProgressV1 }],
		empty: () => emptyProgress(newGeneration(clock.now(), clock.random)),
		encode: encodeProgress,
		decode: (data) => {
			const { progress, rejected } = decodeProgress(data);
			return { value: progress, rejected };
		},
		merge: mergeProgress
	};
}
