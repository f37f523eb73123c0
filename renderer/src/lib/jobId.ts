/**
 * A job id ties progress events to the call that started them. getRandomValues works in every
 * context (randomUUID needs a secure one, which a custom protocol may not count as).
 */
export function newJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
