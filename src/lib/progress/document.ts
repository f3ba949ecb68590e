import type { DocumentSpec } from '../storage/store.ts';
import { decodeProgress, encodeProgress, migrateProgressV1, PROGRESS_VERSION } from './codec.ts';
import { newGeneration } from '../ids.ts';
import { mergeProgress } from './log.ts';
import { emptyProgress, type Progress } from './model.ts';

/** How the progress document is stored: `factdeck:v1:progress`. */
export function progressDocument(random: () => number): DocumentSpec<Progress> {
	return {
		name: 'progress',
		version: PROGRESS_VERSION,
		migrations: [{ from: 1, migrate: migrateProgressV1 }],
		// A document never stored begins at time 0: meeting another tab's first one resets nothing.
		empty: () => emptyProgress(newGeneration(0, random)),
		encode: encodeProgress,
		decode: (data) => {
			const read = decodeProgress(data);
			return 'error' in read ? read : { value: read.progress, rejected: read.rejected };
		},
		merge: mergeProgress
	};
}
