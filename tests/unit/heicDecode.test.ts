import { describe, expect, it } from 'vitest';
import { declaresMoreThanItHas, decodeHeic, decodeHeicInWorker, HeicDecodeError } from '../../electron/services/imaging/heic';
import { realPhoto, truncated } from '../fixtures/makePhotos';

/** Everything written to stdout (console.log and direct writes) while `run` is in progress. */
async function captureStdout(run: () => Promise<unknown>): Promise<string> {
  let captured = '';
  const originalWrite = process.stdout.write.bind(process.stdout);
  const originalLog = console.log;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  }) as typeof process.stdout.write;
  console.log = (...args: unknown[]) => {
    captured += args.map(String).join(' ') + '\n';
  };
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 50)); // worker output arrives asynchronously
  } finally {
    process.stdout.write = originalWrite;
    console.log = originalLog;
  }
  return captured;
}

describe('decodeHeic', () => {
  it('gives identical pixels in a worker thread and in-process', async () => {
    const heif = realPhoto('samplefilehub.heif');
    const inWorker = await decodeHeic(heif, 'worker');
    const inProcess = await decodeHeic(heif, 'in-process');
    expect([inWorker.width, inWorker.height]).toEqual([640, 426]);
    expect(inWorker.data.length).toBe(640 * 426 * 4);
    expect(Buffer.from(inWorker.data).equals(Buffer.from(inProcess.data))).toBe(true);
  });

  it('keeps the main thread free while a worker decodes', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 2);
    try {
      await decodeHeic(realPhoto('samplefilehub.heif'), 'worker');
    } finally {
      clearInterval(timer);
    }
    // Loading and running the WebAssembly decoder takes well over 10 ms; timers keep firing.
    expect(ticks).toBeGreaterThanOrEqual(3);
  });

  it('falls back to "unavailable" when the worker cannot load the decoder module', async () => {
    expect(await decodeHeicInWorker(realPhoto('samplefilehub.heif'), '/nonexistent/heic-decode/index.js')).toBe('unavailable');
  });

  it.each(['worker', 'in-process'] as const)('reports a truncated file as truncated (%s)', async (via) => {
    const err = await decodeHeic(truncated(realPhoto('samplefilehub.heif')), via).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HeicDecodeError);
    expect((err as HeicDecodeError).truncated).toBe(true);
  });

  it.each(['worker', 'in-process'] as const)('keeps libheif failure logs off stdout (%s)', async (via) => {
    const output = await captureStdout(async () => {
      await decodeHeic(truncated(realPhoto('samplefilehub.heif')), via).catch(() => undefined);
      await decodeHeic(realPhoto('samplefilehub.heif').subarray(0, 200), via).catch(() => undefined);
      console.log('unrelated line');
    });
    expect(output).toBe('unrelated line\n');
  });

  it('decodes a HEIF whose major brand heic-decode does not list (heim), via the compatible brands', async () => {
    const heif = Buffer.from(realPhoto('samplefilehub.heif'));
    heif.write('heim', 8, 'latin1');
    const image = await decodeHeic(heif);
    expect([image.width, image.height]).toEqual([640, 426]);
  });
});

describe('declaresMoreThanItHas', () => {
  it('is false for complete files and true for cut-off ones', () => {
    const heif = realPhoto('samplefilehub.heif');
    expect(declaresMoreThanItHas(heif)).toBe(false);
    expect(declaresMoreThanItHas(heif.subarray(0, heif.length - 1))).toBe(true);
    expect(declaresMoreThanItHas(heif.subarray(0, 30))).toBe(true); // meta box header cut
  });

  it('is false for malformed (not truncated) structures, which the decoder reports itself', () => {
    const bad = Buffer.from(realPhoto('samplefilehub.heif'));
    bad.writeUInt32BE(3, 24); // meta box claims a size smaller than its own header
    expect(declaresMoreThanItHas(bad)).toBe(false);
  });
});
