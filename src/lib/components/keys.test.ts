import { describe, expect, it, vi, type Mock } from 'vitest';
import { keyAction, questionKeys, type KeyPress, type KeyScreen } from './keys.ts';
import { choice, chosenCloze, falseStatement, typed, typedCloze } from './questions.fixture.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
	key,
	modified: false,
	typing: false,
	onControl: false,
	...more
});

describe('the key map of the question screens', () => {
	it('picks an option of a choice question with 1–4 or A–D, within the options shown', () => {
		expect(keyAction(press('1'), choice, false)).toEqual({
			kind: 'respond',
			response: { form: 'choice', option: 0 }
		});
		expect(keyAction(press('C'), choice, false)).toEqual({
			kind: 'respond',
			response: { form: 'choice', option: 2 }
		});
		expect(keyAction(press('e'), choice, false)).toBeUndefined();
	});

	it('judges a statement with T and F', () => {
		expect(keyAction(press('t'), falseStatement, false)).toEqual({
			kind: 'respond',
			response: { form: 'true-false', value: true }
		});
		expect(keyAction(press('F'), falseStatement, false)).toEqual({
			kind: 'respond',
			response: { form: 'true-false', value: false }
		});
	});

	it('fills a blank with the option its letter picks, and leaves a typed blank to typing', () => {
		expect(keyAction(press('b'), chosenCloze, false)).toEqual({
			kind: 'respond',
			response: { form: 'cloze', text: 'trains and advises' }
		});
		expect(keyAction(press('d'), chosenCloze, false)).toBeUndefined();
		expect(keyAction(press('a'), typedCloze, false)).toBeUndefined();
		expect(keyAction(press('a'), typed, false)).toBeUndefined();
	});

	it('checks the answer with Enter, then goes on with Enter', () => {
		expect(keyAction(press('Enter'), typed, false)).toEqual({ kind: 'check' });
		expect(keyAction(press('Enter'), typed, true)).toEqual({ kind: 'next' });
	});

	it('leaves Enter to the button or link it is pressed on', () => {
		expect(keyAction(press('Enter', { onControl: true }), choice, false)).toBeUndefined();
	});

	it('leaves every key to a field being typed in, and to the browser when Ctrl, Meta or Alt is held', () => {
		for (const key of ['a', '1', 'Enter', '?']) {
			expect(keyAction(press(key, { typing: true }), choice, false)).toBeUndefined();
			expect(keyAction(press(key, { modified: true }), choice, false)).toBeUndefined();
		}
	});

	it('opens the shortcut list with ?, with or without a question on screen', () => {
		expect(keyAction(press('?'), choice, false)).toEqual({ kind: 'help' });
		expect(keyAction(press('?'), undefined, false)).toEqual({ kind: 'help' });
		expect(keyAction(press('Enter'), undefined, false)).toBeUndefined();
	});

	it('changes no answer once it is checked, and hands the keys to the screen instead', () => {
		expect(keyAction(press('B'), choice, true)).toEqual({ kind: 'after', key: 'b' });
		expect(keyAction(press('3'), falseStatement, true)).toEqual({ kind: 'after', key: '3' });
	});
});

/** A keydown event as the handler reads it, pressed on an element matching `on`. */
function keydown(key: string, on = 'body') {
	return {
		key,
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		target: { matches: (selector: string) => selector.split(', ').includes(on) },
		preventDefault: vi.fn()
	} as unknown as Omit<KeyboardEvent, 'preventDefault'> & { preventDefault: Mock };
}

function screen(more: Partial<KeyScreen> = {}): KeyScreen {
	return {
		question: () => choice,
		answered: () => false,
		respond: vi.fn(),
		check: vi.fn(),
		next: vi.fn(),
		...more
	};
}

describe('the keydown handler of a question screen', () => {
	it('gives the response a key picks to the screen and keeps the key from the page', () => {
		const quiz = screen();
		const event = keydown('b');
		questionKeys(quiz)(event);
		expect(quiz.respond).toHaveBeenCalledWith({ form: 'choice', option: 1 });
		expect(event.preventDefault).toHaveBeenCalled();
	});

	it('lets a text field have its keys, Enter included', () => {
		const quiz = screen();
		for (const key of ['b', 'Enter']) {
			const event = keydown(key, 'input[type="text"]');
			questionKeys(quiz)(event);
			expect(event.preventDefault).not.toHaveBeenCalled();
		}
		expect(quiz.respond).not.toHaveBeenCalled();
		expect(quiz.check).not.toHaveBeenCalled();
	});

	it('leaves ? alone on a screen with no shortcut list, and opens the list on one that has it', () => {
		const review = keydown('?');
		questionKeys(screen())(review);
		expect(review.preventDefault).not.toHaveBeenCalled();
		const help = vi.fn();
		const quiz = keydown('?');
		questionKeys(screen({ help }))(quiz);
		expect(help).toHaveBeenCalled();
		expect(quiz.preventDefault).toHaveBeenCalled();
	});

	it('rates with a key once answered when the screen takes it, and lets other keys pass', () => {
		const after = vi.fn((key: string) => key === '3');
		const review = screen({ answered: () => true, after });
		const rated = keydown('3');
		questionKeys(review)(rated);
		expect(after).toHaveBeenCalledWith('3');
		expect(rated.preventDefault).toHaveBeenCalled();
		const other = keydown('x');
		questionKeys(review)(other);
		expect(other.preventDefault).not.toHaveBeenCalled();
		expect(review.respond).not.toHaveBeenCalled();
	});

	it('does nothing while another part of the page holds the keys', () => {
		const quiz = screen({ paused: () => true });
		const event = keydown('Enter');
		questionKeys(quiz)(event);
		expect(quiz.check).not.toHaveBeenCalled();
		expect(event.preventDefault).not.toHaveBeenCalled();
	});
});
