import { describe, expect, it } from 'vitest';
import { takeBridgeToken, TOKEN_STORAGE_KEY, type TokenEnvironment } from '../../../renderer/src/api/bridgeToken';

function environment(hash: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored ? [[TOKEN_STORAGE_KEY, stored]] : []);
  const replaced: string[] = [];
  const env: TokenEnvironment = {
    location: { hash, pathname: '/', search: '' },
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    history: { state: null, replaceState: (_state, _title, url) => void replaced.push(String(url)) },
  };
  return { env, storage, replaced };
}

const TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

describe('takeBridgeToken', () => {
  it('takes the token from the hash, keeps it for reloads and removes it from the address', () => {
    const { env, storage, replaced } = environment(`#token=${TOKEN}`);
    expect(takeBridgeToken(env)).toBe(TOKEN);
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe(TOKEN);
    expect(replaced).toEqual(['/']);
  });

  it('keeps any other hash parameter when removing the token', () => {
    const { env, replaced } = environment(`#token=${TOKEN}&view=print`);
    expect(takeBridgeToken(env)).toBe(TOKEN);
    expect(replaced).toEqual(['/#view=print']);
  });

  it('uses the stored token after a reload, leaving a route hash alone', () => {
    const { env, replaced } = environment('#/cases/12', TOKEN);
    expect(takeBridgeToken(env)).toBe(TOKEN);
    expect(replaced).toEqual([]);
  });

  it('prefers a new token in the address over an old stored one', () => {
    const { env, storage } = environment(`#token=${TOKEN}`, 'old0token0value');
    expect(takeBridgeToken(env)).toBe(TOKEN);
    expect(storage.get(TOKEN_STORAGE_KEY)).toBe(TOKEN);
  });

  it.each([['#token='], ['#token=short'], ['#token=has%20space%20in%20it'], ['#token=<script>alert(1)</script>']])(
    'ignores a malformed token in %s',
    (hash) => {
      const { env, storage } = environment(hash);
      expect(takeBridgeToken(env)).toBeNull();
      expect(storage.size).toBe(0);
    },
  );

  it('returns null when there is no token anywhere', () => {
    expect(takeBridgeToken(environment('').env)).toBeNull();
  });
});
