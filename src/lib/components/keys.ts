// The keyboard of the screens that ask questions (quiz and review), defined once.
import { responseFromKey } from '$lib/questions/grade.ts';
import type { ClientQuestion, Response } from '$lib/questions/types.ts';

/** A key press as a question screen reads it. */
export interface KeyPress {
	key: string;
	/** Ctrl, Meta or Alt held: a shortcut of the browser's, not the screen's. */
	modified: boolean;
	/** In a text field, a text area or a list: the key is the field's. */
	typing: boolean;
	/** On a button, a link or a summary: Enter is the control's own. */
	onControl: boolean;
}

/** What a key asks of a question screen. */
export type KeyAction =
	| { kind: 'help' }
	| { kind: 'check' }
	| { kind: 'next' }
	| { kind: 'respond'; response: Response }
	/** A key once the question is answered, for the screen's own use (review rates with 1–4). */
	| { kind: 'after'; key: string };

/**
 * The key map: `?` the shortcut list, Enter checks the answer and then goes on, and before
 * that the keys the question's form takes (1–4 or A–D for an option, T or F for a statement).
 */
export function keyAction(
	press: KeyPress,
	question: ClientQuestion | undefined,
	answered: boolean
): KeyAction | undefined {
	if (press.modified || press.typing) return undefined;
	if (press.key === '?') return { kind: 'help' };
	if (!question) return undefined;
	if (press.key === 'Enter')
		return press.onControl ? undefined : { kind: answered ? 'next' : 'check' };
	if (answered) return { kind: 'after', key: press.key.toLowerCase() };
	const response = responseFromKey(question, press.key);
	return response && { kind: 'respond', response };
}

/** What a question screen does with its keys: callbacks, so a screen is a plain object. */
export interface KeyScreen {
	/** The question on screen, if any. */
	question: () => ClientQuestion | undefined;
	/** Whether it takes no more answer: answered, or out of time. */
	answered: () => boolean;
	respond: (response: Response) => void;
	check: () => void;
	next: () => void;
	/** Shows the shortcut list; a screen without one leaves `?` alone. */
	help?: () => void;
	/** Uses a key pressed once the question is answered; true when it did. */
	after?: (key: string) => boolean;
	/** True while the keys belong to something else, such as an open dialog. */
	paused?: () => boolean;
}

/** The keydown handler of a question screen, for `<svelte:window onkeydown>`. */
export function questionKeys(screen: KeyScreen): (event: KeyboardEvent) => void {
	return (event) => {
		if (screen.paused?.()) return;
		const target = event.target as Partial<Element> | null;
		const matches = (selector: string) => target?.matches?.(selector) ?? false;
		const press: KeyPress = {
			key: event.key,
			modified: event.ctrlKey || event.metaKey || event.altKey,
			typing: matches('input[type="text"], textarea, select'),
			onControl: matches('button, a, summary')
		};
		const action = keyAction(press, screen.question(), screen.answered());
		if (!action || !perform(screen, action)) return;
		event.preventDefault();
	};
}

/** Carries out an action; false when the screen has no use for it. */
function perform(screen: KeyScreen, action: KeyAction): boolean {
	switch (action.kind) {
		case 'help':
			screen.help?.();
			return !!screen.help;
		case 'check':
			screen.check();
			return true;
		case 'next':
			screen.next();
			return true;
		case 'respond':
			screen.respond(action.response);
			return true;
		case 'after':
			return screen.after?.(action.key) ?? false;
	}
}
