/**
 * The HTTP bridge prints `http://127.0.0.1:<port>/#token=<hex>`. The token is taken out of the
 * hash once, kept in sessionStorage so a reload keeps working, and removed from the address bar
 * so it does not end up in screenshots, bookmarks or the history list.
 */
export const TOKEN_STORAGE_KEY = 'caseready.bridgeToken';

export interface TokenEnvironment {
  readonly location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly history: Pick<History, 'replaceState' | 'state'>;
}

export function takeBridgeToken(env: TokenEnvironment): string | null {
  const params = new URLSearchParams(env.location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (fromHash && /^[0-9A-Za-z_-]{8,256}$/.test(fromHash)) {
    env.storage.setItem(TOKEN_STORAGE_KEY, fromHash);
    params.delete('token');
    const rest = params.toString();
    env.history.replaceState(env.history.state, '', `${env.location.pathname}${env.location.search}${rest ? `#${rest}` : ''}`);
    return fromHash;
  }
  return env.storage.getItem(TOKEN_STORAGE_KEY);
}
