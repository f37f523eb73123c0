import { describe, expect, it } from 'vitest';
import { createProgressThrottle, parseCallOptions, type ProgressUpdate, type ThrottleClock } from '../../electron/callProgress';

/** A hand-driven clock: time moves only when the test says so, timers fire in order. */
function manualClock() {
  let now = 0;
  let timers: Array<{ at: number; fn: () => void; id: number }> = [];
  let nextId = 1;
  const clock: ThrottleClock = {
    now: () => now,
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimer: (id) => {
      timers = timers.filter((t) => t.id !== id);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    const due = timers.filter((t) => t.at <= now).sort((a, b) => a.at - b.at);
    timers = timers.filter((t) => t.at > now);
    for (const t of due) t.fn();
  };
  return { clock, advance, pendingTimers: () => timers.length };
}

function recorder() {
  const seen: ProgressUpdate[] = [];
  return { seen, emit: (u: ProgressUpdate) => seen.push(u) };
}

describe('createProgressThrottle', () => {
  it('sends the first update at once and at most one per interval after that', () => {
    const { clock, advance } = manualClock();
    const { seen, emit } = recorder();
    const t = createProgressThrottle(emit, 100, clock);
    for (let i = 1; i <= 50; i++) {
      t.report(i, 1000, `item ${i}`);
      advance(4); // 50 reports in 200 ms
    }
    // t=0 first, then one per 100 ms slot: at most 3 in 200 ms.
    expect(seen.length).toBeLessThanOrEqual(3);
    expect(seen[0]).toEqual({ done: 1, total: 1000, message: 'item 1' });
  });

  it('holds an early update and sends the newest one when its slot opens', () => {
    const { clock, advance } = manualClock();
    const { seen, emit } = recorder();
    const t = createProgressThrottle(emit, 100, clock);
    t.report(1, 10, 'a');
    advance(10);
    t.report(2, 10, 'b');
    advance(10);
    t.report(3, 10, 'c');
    expect(seen.map((u) => u.message)).toEqual(['a']);
    advance(80);
    expect(seen.map((u) => u.message)).toEqual(['a', 'c']);
  });

  it('always sends the final update immediately and cancels the held one', () => {
    const { clock, advance, pendingTimers } = manualClock();
    const { seen, emit } = recorder();
    const t = createProgressThrottle(emit, 100, clock);
    t.report(1, 3, 'one');
    t.report(2, 3, 'two');
    t.report(3, 3, 'done');
    expect(seen.map((u) => u.message)).toEqual(['one', 'done']);
    expect(pendingTimers()).toBe(0);
    advance(500);
    expect(seen.map((u) => u.message)).toEqual(['one', 'done']);
  });

  it('sends nothing after dispose, not even a held update', () => {
    const { clock, advance } = manualClock();
    const { seen, emit } = recorder();
    const t = createProgressThrottle(emit, 100, clock);
    t.report(1, 10, 'a');
    t.report(2, 10, 'held');
    t.dispose();
    advance(200);
    t.report(10, 10, 'late');
    expect(seen.map((u) => u.message)).toEqual(['a']);
  });

  it('works with real timers too', async () => {
    const { seen, emit } = recorder();
    const t = createProgressThrottle(emit, 20);
    t.report(1, 5, 'a');
    t.report(2, 5, 'b');
    await new Promise((r) => setTimeout(r, 60));
    expect(seen.map((u) => u.message)).toEqual(['a', 'b']);
    t.dispose();
  });
});

describe('parseCallOptions', () => {
  it.each([[undefined], [null], [{}], [{ jobId: undefined }]])('treats %j as "no progress"', (raw) => {
    expect(parseCallOptions(raw)).toEqual({ ok: true, value: { jobId: null } });
  });

  it('accepts a short token job id', () => {
    expect(parseCallOptions({ jobId: 'import-7_b' })).toEqual({ ok: true, value: { jobId: 'import-7_b' } });
  });

  it.each([
    ['a string', 'job'],
    ['a number', 7],
    ['an array', ['job']],
    ['a numeric jobId', { jobId: 7 }],
    ['an empty jobId', { jobId: '' }],
    ['a jobId with markup', { jobId: '<img src=x>' }],
    ['an overlong jobId', { jobId: 'x'.repeat(65) }],
  ])('refuses %s with VALIDATION', (_why, raw) => {
    const parsed = parseCallOptions(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.code).toBe('VALIDATION');
  });
});
