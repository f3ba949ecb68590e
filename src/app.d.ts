// Types shared by the whole app: https://svelte.dev/docs/kit/types#app.d.ts

declare module 'virtual:factdeck/content' {
	/** Every article folder under questions/, validated when the module is built. */
	const corpus: import('$lib/content/corpus.ts').Corpus;
	export default corpus;
}
