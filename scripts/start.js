// `npm start`: builds the site when the build is missing or older than its sources, then serves it.
import { buildIfStale } from './build-if-stale.js';
import { serve } from './serve.js';

buildIfStale();
await serve({ port: Number(process.env.PORT ?? 4321) });
