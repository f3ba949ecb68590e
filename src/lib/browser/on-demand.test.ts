import { describe, expect, it } from 'vitest';
import { onDemand } from './on-demand.ts';

describe('code loaded on demand', () => {
	it('is given as loaded', async () => {
		expect(await onDemand(() => Promise.resolve({ default: 'view' }))).toEqual({ default: 'view' });
	});

	it('gives the learner a sentence when it does not arrive', async () => {
		const missing = () =>
			Promise.reject(new TypeError('Failed to fetch dynamically imported module: /_app/x.js'));
		expect(await onDemand(missing)).toEqual({
			error: 'Part of this page could not be loaded. Check the connection and reload the page.'
		});
	});
});
