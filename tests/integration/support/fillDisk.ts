/** Fills a (test-only, tmpfs) file system with one file until only `leaveBytes` are free. */
import { closeSync, openSync, statfsSync, writeSync } from 'node:fs';

export function fallocateSync(file: string, mountPoint: string, leaveBytes: number): void {
  const s = statfsSync(mountPoint);
  const toWrite = s.bavail * s.bsize - leaveBytes;
  const fd = openSync(file, 'w');
  try {
    const block = Buffer.alloc(64 * 1024, 0x5a);
    let left = toWrite;
    while (left > 0) left -= writeSync(fd, block, 0, Math.min(block.length, left));
  } finally {
    closeSync(fd);
  }
}
