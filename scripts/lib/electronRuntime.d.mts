// Types for electronRuntime.mjs (plain JavaScript so `npm start` runs on Node without a build).
export declare const ELECTRON_UNAVAILABLE_MESSAGE: string;

export declare function findElectronBinary(io: {
  readonly electronDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly exists: (file: string) => boolean;
  readonly readText: (file: string) => string | null;
}): { ok: true; path: string } | { ok: false; reason: string };

export declare function nativeCachePaths(root: string): {
  readonly dir: string;
  readonly binding: string;
  readonly stamp: string;
  readonly workDir: string;
};

export interface NativeBuildKey {
  readonly electron: string;
  readonly betterSqlite3: string;
  readonly platform: string;
  readonly arch: string;
}

export declare function nativeBuildKey(opts: {
  readonly electronVersion: string;
  readonly betterSqliteVersion: string;
  readonly platform: string;
  readonly arch: string;
}): NativeBuildKey;

export declare function isNativeBuildCurrent(stampText: string | null | undefined, expected: NativeBuildKey): boolean;

export declare function isCopiedForNativeBuild(relative: string): boolean;
