// `npm run live`: builds the site if needed, then runs the live server (TypeScript, through tsx) in this process.
import { register } from 'tsx/esm/api';
import { buildIfStale } from './build-if-stale.js';

buildIfStale();
register();
await import('../src/live/main.ts');
