// Every page is built to static HTML; the app needs no server.
export const prerender = true;
