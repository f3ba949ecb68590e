import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PUSHED, readPushed, readReply, REPLIES, UNREADABLE } from './replies.ts';

const events = Object.keys(REPLIES) as (keyof typeof REPLIES)[];

describe('what a live page reads from the server', () => {
	it('passes on a refusal with the server’s own sentence', () => {
		for (const event of events)
			expect(readReply(event, { ok: false, error: 'That game has ended.' })).toEqual({
				ok: false,
				error: 'That game has ended.'
			});
	});

	it('reads a reply whole, and says a reply missing its data cannot be read', () => {
		expect(readReply('create', { ok: true, code: '123456', token: 'abc' })).toEqual({
			ok: true,
			code: '123456',
			token: 'abc'
		});
		expect(readReply('create', { ok: true, code: '123456' })).toEqual({
			ok: false,
			error: UNREADABLE
		});
		expect(readReply('join', { ok: true, seat: { id: 'a', name: 'Ana', token: 't' } })).toEqual({
			ok: false,
			error: UNREADABLE
		});
		expect(readReply('act', 'ok')).toEqual({ ok: false, error: UNREADABLE });
	});

	it('drops a pushed view it cannot read, so the page keeps what it shows', () => {
		expect(readPushed('answered', 3)).toEqual({ ok: 3 });
		expect(readPushed('answered', '3')).toBeUndefined();
		expect(readPushed('game', { phase: 'lobby', index: -1, total: 5 })).toBeUndefined();
		expect(readPushed('host', null)).toBeUndefined();
	});

	it('never throws, whatever arrives', () => {
		const pushed = Object.keys(PUSHED) as (keyof typeof PUSHED)[];
		fc.assert(
			fc.property(
				fc.constantFrom(...events),
				fc.constantFrom(...pushed),
				fc.anything(),
				(e, p, data) => {
					const reply = readReply(e, data);
					expect(reply.ok || typeof reply.error === 'string').toBe(true);
					readPushed(p, data);
				}
			)
		);
	});
});
