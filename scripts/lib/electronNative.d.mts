// Types for electronNative.mjs.
export declare function readText(file: string): string | null;
export declare function ensureElectronSqlite(root: string, log?: (line: string) => void): Promise<string>;
