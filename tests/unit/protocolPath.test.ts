/**
 * The app:// path check on real folders, real files and real symlinks (made in a temp dir per
 * run). Layout:
 *   <tmp>/dist/index.html, app.js, assets/logo.svg, %2e%2e/trap.txt, Case Files/notice.txt
 *   <tmp>/dist/link-out   -> <tmp>/secret            (symlink leading outside: refused)
 *   <tmp>/dist/link-in    -> <tmp>/dist/assets       (symlink staying inside: allowed)
 *   <tmp>/dist-evil/steal.txt                         (sibling whose name starts with "dist")
 *   <tmp>/secret/passwords.txt
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP } from '../../electron/csp';
import { contentTypeFor, isInside, resolveContained, serveAppRequest } from '../../electron/protocolPath';

let tmp: string;
let root: string;

beforeAll(() => {
  tmp = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'caseready-protocol-')));
  root = path.join(tmp, 'dist');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  mkdirSync(path.join(root, '%2e%2e'));
  mkdirSync(path.join(root, 'Case Files'));
  mkdirSync(path.join(tmp, 'dist-evil'));
  mkdirSync(path.join(tmp, 'secret'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>CaseReady</title>');
  writeFileSync(path.join(root, 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(path.join(root, '%2e%2e', 'trap.txt'), 'a folder literally named %2e%2e');
  writeFileSync(path.join(root, 'Case Files', 'notice.txt'), 'spaces');
  writeFileSync(path.join(tmp, 'dist-evil', 'steal.txt'), 'sibling');
  writeFileSync(path.join(tmp, 'secret', 'passwords.txt'), 'hunter2');
  symlinkSync(path.join(tmp, 'secret'), path.join(root, 'link-out'), 'dir');
  symlinkSync(path.join(root, 'assets'), path.join(root, 'link-in'), 'dir');
  symlinkSync(path.join(tmp, 'secret', 'passwords.txt'), path.join(root, 'innocent.js'), 'file');
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('resolveContained', () => {
  it('serves index.html for "/" and for the empty path', async () => {
    expect(await resolveContained(root, '/')).toBe(path.join(root, 'index.html'));
    expect(await resolveContained(root, '')).toBe(path.join(root, 'index.html'));
  });

  it('serves files and nested files', async () => {
    expect(await resolveContained(root, '/app.js')).toBe(path.join(root, 'app.js'));
    expect(await resolveContained(root, '/assets/logo.svg')).toBe(path.join(root, 'assets', 'logo.svg'));
  });

  it('decodes percent-escapes once (a space in a folder name)', async () => {
    expect(await resolveContained(root, '/Case%20Files/notice.txt')).toBe(path.join(root, 'Case Files', 'notice.txt'));
  });

  it.each([
    ['../', '/../secret/passwords.txt'],
    ['../ deep', '/assets/../../secret/passwords.txt'],
    ['%2e%2e/', '/%2e%2e/secret/passwords.txt'],
    ['%2e%2e%2f', '/%2e%2e%2fsecret%2fpasswords.txt'],
    ['%2E%2E uppercase', '/%2E%2E/secret/passwords.txt'],
    ['..%5c (backslash)', '/..%5csecret%5cpasswords.txt'],
    ['literal backslash', '/..\\secret\\passwords.txt'],
    ['sibling folder sharing the prefix', '/../dist-evil/steal.txt'],
    ['NUL byte', '/index.html%00.png'],
    ['raw NUL byte', '/index.html\0'],
    ['absolute after the leading slash', '//etc/passwd'],
    ['encoded absolute', '/%2fetc%2fpasswd'],
    ['Windows drive', '/C:/Windows/win.ini'],
    ['malformed escape', '/%E0%A4%A'],
  ])('refuses traversal: %s', async (_why, pathname) => {
    expect(await resolveContained(root, pathname)).toBeNull();
  });

  it('does not turn double-encoding (%252e%252e) into traversal: it names a literal folder', async () => {
    expect(await resolveContained(root, '/%252e%252e/secret/passwords.txt')).toBeNull();
    expect(await resolveContained(root, '/%252e%252e/trap.txt')).toBe(path.join(root, '%2e%2e', 'trap.txt'));
  });

  it('refuses a symlink inside the root that points outside it (folder and file)', async () => {
    expect(await resolveContained(root, '/link-out/passwords.txt')).toBeNull();
    expect(await resolveContained(root, '/innocent.js')).toBeNull();
  });

  it('allows a symlink that stays inside the root, returning the real path', async () => {
    expect(await resolveContained(root, '/link-in/logo.svg')).toBe(path.join(root, 'assets', 'logo.svg'));
  });

  it('works when the root itself is reached through a symlink', async () => {
    const alias = path.join(tmp, 'alias-to-dist');
    symlinkSync(root, alias, 'dir');
    expect(await resolveContained(alias, '/app.js')).toBe(path.join(root, 'app.js'));
    expect(await resolveContained(alias, '/../secret/passwords.txt')).toBeNull();
  });

  it('returns null for a missing file, a directory, and a missing root', async () => {
    expect(await resolveContained(root, '/nope.js')).toBeNull();
    expect(await resolveContained(root, '/assets')).toBeNull();
    expect(await resolveContained(path.join(tmp, 'no-such-root'), '/index.html')).toBeNull();
  });

  it('serves index.html of a sub-folder for a trailing slash only if it exists', async () => {
    expect(await resolveContained(root, '/assets/')).toBeNull();
  });
});

describe('isInside', () => {
  it('uses path.relative, so a sibling that shares the prefix is outside', () => {
    expect(isInside('/a/dist', '/a/dist-evil/x')).toBe(false);
    expect(isInside('/a/dist', '/a/dist/x')).toBe(true);
    expect(isInside('/a/dist', '/a/dist')).toBe(true);
    expect(isInside('/a/dist', '/a')).toBe(false);
    expect(isInside('/a/dist', '/a/dist/..foo')).toBe(true);
  });
});

describe('serveAppRequest', () => {
  it('answers 200 with the bytes, the Content-Type and the CSP header', async () => {
    const res = await serveAppRequest(root, 'GET', 'app://caseready/app.js');
    expect(res.status).toBe(200);
    expect(res.body?.toString()).toBe('console.log(1)');
    expect(res.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['Content-Security-Policy']).toBe(APP_CSP);
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(res.headers['Content-Length']).toBe('14');
  });

  it('serves index.html for the bare origin', async () => {
    const res = await serveAppRequest(root, 'GET', 'app://caseready/');
    expect(res.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(res.body?.toString()).toContain('<title>CaseReady</title>');
  });

  it('answers HEAD without a body', async () => {
    const res = await serveAppRequest(root, 'HEAD', 'app://caseready/index.html');
    expect(res.status).toBe(200);
    expect(res.body).toBeUndefined();
  });

  it.each([
    ['a missing file', 'GET', 'app://caseready/missing.js', 404],
    ['traversal through the URL parser', 'GET', 'app://caseready/%2e%2e%2fsecret%2fpasswords.txt', 404],
    ['another host', 'GET', 'app://evil/index.html', 404],
    ['another scheme', 'GET', 'file:///index.html', 404],
    ['an unparseable URL', 'GET', 'app://[bad', 404],
    ['a POST', 'POST', 'app://caseready/index.html', 405],
  ])('refuses %s with the CSP still set', async (_why, method, url, status) => {
    const res = await serveAppRequest(root, method, url);
    expect(res.status).toBe(status);
    expect(res.headers['Content-Security-Policy']).toBe(APP_CSP);
    expect(res.body?.toString()).not.toContain('hunter2');
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b/chunk.MJS', 'text/javascript; charset=utf-8'],
    ['style.css', 'text/css; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['photo.JPG', 'image/jpeg'],
    ['icon.svg', 'image/svg+xml'],
    ['README', 'application/octet-stream'],
    ['archive.tar.gz', 'application/octet-stream'],
  ])('%s -> %s', (file, type) => expect(contentTypeFor(file)).toBe(type));
});
