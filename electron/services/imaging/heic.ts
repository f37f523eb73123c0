/**
 * HEIC (iPhone) decoding. sharp's prebuilt libvips has no HEVC decoder (patent licensing), so
 * HEIC goes through heic-decode, which is libheif + libde265 compiled to WebAssembly, and the
 * resulting RGBA pixels are handed to sharp as raw input.
 *
 * Orientation: libheif applies the HEIF `irot`/`imir` transform properties while decoding (its
 * default; checked by a test that adds an `irot` box to a real HEIF file). Those boxes, not
 * EXIF, are what orient a HEIF image, and iPhones write both, so the decoded pixels are already
 * upright: rotating again by EXIF Orientation would turn them sideways.
 *
 * Where it runs: the WebAssembly decode is synchronous and slow (measured on this 2-core
 * machine: about 1.4 s for a 12 MP HEIC), and WebAssembly memory never shrinks once grown. So
 * each decode runs in a short-lived worker thread: the main process (Electron IPC, the HTTP
 * bridge) stays responsive, and the decoder's memory is returned when the worker exits. If the
 * worker cannot load the decoder (a packaging layout where the module path does not resolve),
 * the same decode runs in-process instead.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import decodeHeicWasm from 'heic-decode';
import { readFtypBrands } from './detectImageType';

export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export class HeicDecodeError extends Error {
  constructor(
    message: string,
    /** The file ends before the boxes it declares: a cut-off copy or download. */
    readonly truncated: boolean,
  ) {
    super(message);
    this.name = 'HeicDecodeError';
  }
}

// heic-decode only accepts these *major* brands, while libheif itself reads any HEIF file.
const MAJOR_BRANDS_HEIC_DECODE_ACCEPTS = new Set(['mif1', 'msf1', 'heic', 'heix', 'hevc', 'hevx']);

export type HeicDecodeVia = 'worker' | 'in-process';

export async function decodeHeic(bytes: Buffer, via: HeicDecodeVia = 'worker'): Promise<RgbaImage> {
  const truncated = declaresMoreThanItHas(bytes);
  let input = bytes;
  const major = readFtypBrands(bytes)?.[0];
  if (major !== undefined && !MAJOR_BRANDS_HEIC_DECODE_ACCEPTS.has(major)) {
    // E.g. `heim` or a vendor brand with `heic` among the compatible brands: present the copy
    // as generic HEIF (`mif1`, which every HEIF file conforms to). The original is untouched.
    input = Buffer.from(bytes);
    input.write('mif1', 8, 'latin1');
  }
  try {
    const modulePath = via === 'worker' ? heicDecodeModulePath() : null;
    const fromWorker = modulePath ? await decodeHeicInWorker(input, modulePath) : 'unavailable';
    const image = fromWorker === 'unavailable' ? await withLibheifLogsSilenced(() => decodeHeicWasm({ buffer: input })) : fromWorker;
    if (!(image.width > 0 && image.height > 0 && image.data.length === image.width * image.height * 4)) {
      throw new Error(`libheif returned an unexpected ${image.width}x${image.height} image`);
    }
    return { width: image.width, height: image.height, data: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength) };
  } catch (err) {
    throw new HeicDecodeError(err instanceof Error ? err.message : String(err), truncated);
  }
}

/** Absolute path of heic-decode, for the worker (whose own `require` resolves from the cwd). */
function heicDecodeModulePath(): string | null {
  try {
    return typeof __filename === 'string' ? createRequire(__filename).resolve('heic-decode') : null;
  } catch {
    return null;
  }
}

// Plain CommonJS evaluated by the worker. libheif-js reports failures with console.log; here it
// is silenced for this thread only (the failure still arrives as a rejected promise).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
console.log = () => {};
let decode = null;
try {
  decode = require(workerData.modulePath);
} catch (err) {
  parentPort.postMessage({ ok: false, stage: 'load', message: String((err && err.message) || err) });
}
if (decode) {
  decode({ buffer: workerData.bytes }).then(
    (img) => parentPort.postMessage({ ok: true, width: img.width, height: img.height, data: img.data }, [img.data.buffer]),
    (err) => parentPort.postMessage({ ok: false, stage: 'decode', message: String((err && err.message) || err) }),
  );
}
`;

type WorkerReply =
  | { ok: true; width: number; height: number; data: Uint8ClampedArray }
  | { ok: false; stage: 'load' | 'decode'; message: string };

/** Decodes in a fresh worker thread; 'unavailable' when the worker cannot load the decoder. */
export function decodeHeicInWorker(bytes: Uint8Array, modulePath: string): Promise<RgbaImage | 'unavailable'> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { modulePath, bytes } });
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      finish();
      void worker.terminate();
    };
    worker.once('message', (reply: WorkerReply) =>
      settle(() => {
        if (reply.ok) resolve({ width: reply.width, height: reply.height, data: new Uint8Array(reply.data.buffer, reply.data.byteOffset, reply.data.byteLength) });
        else if (reply.stage === 'load') resolve('unavailable');
        else reject(new Error(reply.message));
      }),
    );
    // An uncaught error inside libheif (e.g. a WebAssembly trap on hostile input) ends the worker.
    worker.once('error', (err) => settle(() => reject(err)));
    worker.once('exit', (code) => settle(() => reject(new Error(`the HEIC decoder stopped unexpectedly (exit code ${code})`))));
  });
}

/**
 * True when a top-level ISO-BMFF box (ftyp, meta, mdat, ...) claims to run past the end of the
 * file. libheif reports that only as a log line, so the structure is checked here to tell a
 * cut-off file ("ends early") from otherwise damaged data.
 */
export function declaresMoreThanItHas(bytes: Uint8Array): boolean {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at < bytes.length) {
    if (at + 8 > bytes.length) return true; // a box header cut in half
    let size = view.getUint32(at);
    if (size === 1) {
      if (at + 16 > bytes.length) return true;
      size = Number(view.getBigUint64(at + 8));
    } else if (size === 0) {
      return false; // "extends to the end of the file"
    }
    if (size < 8) return false; // malformed, not truncated: let the decoder say so
    if (at + size > bytes.length) return true;
    at += size;
  }
  return false;
}

/**
 * libheif-js reports failures with console.log ("Could not parse HEIF file ..."), which would
 * land in the CLI's stdout. While a decode runs, lines starting with its known prefixes are
 * dropped (the failure still arrives as a rejected promise); every other line passes through.
 */
const LIBHEIF_LOG_PREFIXES = [
  'Decoding image failed',
  'Could not parse HEIF file',
  'Could not create HEIF context',
  'Error loading image ids',
  'No images found',
  'Could not get image data',
];
let activeDecodes = 0;
let originalLog: typeof console.log | null = null;

async function withLibheifLogsSilenced<T>(run: () => Promise<T>): Promise<T> {
  if (activeDecodes++ === 0) {
    const passThrough = console.log;
    originalLog = passThrough;
    console.log = (...args: unknown[]) => {
      const first = args[0];
      if (typeof first === 'string' && LIBHEIF_LOG_PREFIXES.some((prefix) => first.startsWith(prefix))) return;
      passThrough(...args);
    };
  }
  try {
    return await run();
  } finally {
    // libheif logs a failure just before it rejects, so by now its lines have been filtered.
    if (--activeDecodes === 0 && originalLog) {
      console.log = originalLog;
      originalLog = null;
    }
  }
}
