/**
 * A minimal EventSource stand-in for Node (which has none before v22): reads a text/event-stream
 * response with fetch and hands each `data:` payload to `onData`. Enough for the bridge's
 * one-line JSON messages; it does not reconnect.
 */
export function openSseWithFetch(url: string, onData: (data: unknown) => void): { close(): void; ready: Promise<void> } {
  const abort = new AbortController();
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  void (async () => {
    try {
      const response = await fetch(url, { signal: abort.signal });
      markReady();
      if (!response.body) return;
      const decoder = new TextDecoder();
      let buffer = '';
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trimStart())
            .join('\n');
          if (data) onData(data);
        }
      }
    } catch {
      markReady(); // aborted on close, or the server went away
    }
  })();
  return { close: () => abort.abort(), ready };
}
