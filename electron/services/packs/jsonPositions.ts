/**
 * A small JSON parser that remembers where every value and key is, so a pack problem can be
 * reported as "pack.json:12:5" rather than "department.phone". JSON.parse gives neither the
 * position of a value nor, on every Node version, a line and column for a syntax error.
 */

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface PositionedJson {
  readonly value: unknown;
  /** Position of the value at a path (key "a\u0000b\u00001" for ["a","b",1]); "" is the whole file. */
  positionOf(path: readonly PropertyKey[]): Position;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly position: Position,
  ) {
    super(message);
  }
}

const pathKey = (path: readonly PropertyKey[]) => path.map(String).join('\u0000');

export function parseJsonWithPositions(text: string): PositionedJson {
  const src = text.replace(/^\uFEFF/, '');
  const values = new Map<string, Position>();
  const keys = new Map<string, Position>();
  let i = 0;

  const positionAt = (offset: number): Position => {
    let line = 1;
    let column = 1;
    for (let k = 0; k < offset && k < src.length; k++) {
      if (src[k] === '\n') {
        line++;
        column = 1;
      } else column++;
    }
    return { line, column };
  };
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, positionAt(at));
  };
  const skipWs = () => {
    while (i < src.length && (src[i] === ' ' || src[i] === '\t' || src[i] === '\n' || src[i] === '\r')) i++;
  };
  const describe = () => (i >= src.length ? 'the end of the file' : `"${src[i]}"`);

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    while (i < src.length) {
      const c = src[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = src[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(src.slice(i + 2, i + 6), 16));
          i += 6;
        } else fail('invalid escape in text (write \\\\ for a backslash)');
        continue;
      }
      if (c === '\n' || c.charCodeAt(0) < 0x20) fail('text in quotes must end on the same line (a closing " is missing)', start);
      out += c;
      i++;
    }
    return fail('text in quotes is not closed (a closing " is missing)', start);
  };

  const parseValue = (path: PropertyKey[]): unknown => {
    skipWs();
    values.set(pathKey(path), positionAt(i));
    const c = src[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      skipWs();
      if (src[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipWs();
        if (src[i] !== '"') fail(`expected a key in quotes but found ${describe()}${src[i] === '}' ? ' (a comma before } is not allowed)' : ''}`);
        const keyAt = i;
        const key = parseString();
        keys.set(pathKey([...path, key]), positionAt(keyAt));
        skipWs();
        if (src[i] !== ':') fail(`expected ":" after "${key}" but found ${describe()}`);
        i++;
        if (Object.prototype.hasOwnProperty.call(obj, key)) fail(`"${key}" appears twice in the same object`, keyAt);
        obj[key] = parseValue([...path, key]);
        skipWs();
        if (src[i] === ',') {
          i++;
          continue;
        }
        if (src[i] === '}') {
          i++;
          return obj;
        }
        fail(`expected "," or "}" but found ${describe()}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      skipWs();
      if (src[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue([...path, arr.length]));
        skipWs();
        if (src[i] === ',') {
          i++;
          skipWs();
          if (src[i] === ']') fail('a comma before ] is not allowed');
          continue;
        }
        if (src[i] === ']') {
          i++;
          return arr;
        }
        fail(`expected "," or "]" but found ${describe()}`);
      }
    }
    if (c === '"') return parseString();
    const literal = /^(true|false|null|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?)/.exec(src.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      const word = literal[0];
      return word === 'true' ? true : word === 'false' ? false : word === 'null' ? null : Number(word);
    }
    return fail(`expected a value (text in quotes, a number, true, false, null, { or [) but found ${describe()}`);
  };

  const value = parseValue([]);
  skipWs();
  if (i < src.length) fail(`unexpected ${describe()} after the end of the JSON`);

  return {
    value,
    positionOf(path) {
      // The nearest recorded ancestor: a missing key is reported at the object that lacks it.
      for (let n = path.length; n >= 0; n--) {
        const k = pathKey(path.slice(0, n));
        const at = values.get(k);
        if (at) return n === path.length ? (keys.get(k) ?? at) : at;
      }
      return { line: 1, column: 1 };
    },
  };
}
