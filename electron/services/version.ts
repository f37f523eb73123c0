/** Injected by esbuild from package.json at build time; vitest runs from source and sees 'dev'. */
declare const __CASEREADY_VERSION__: string | undefined;
export const VERSION: string = typeof __CASEREADY_VERSION__ === 'string' ? __CASEREADY_VERSION__ : '0.0.0-dev';
