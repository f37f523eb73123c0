/**
 * A line-aware, incremental CSV reader: text goes in by chunks (a whole string or a file stream),
 * records come out numbered by the SOURCE LINE they start on (1-based, the header counts), so every
 * message names a line the user can find in an editor — not a record index, which drifts as soon as
 * a value holds a line break.
 *
 * It also catches the "runaway" quoted field: one stray `"` in a real export opens a field that
 * swallows the following records until the next quote. Papaparse reports that as ONE bad row and
 * every row number after it is off. Here a quoted field is a runaway when its continuation lines
 * look like records of their own (as many delimiters as the header), when it never closes, or
 * when it grows past MAX_FIELD_LINES / MAX_RECORD_CHARS; all of its lines are rejected, one
 * rejected record per line, with the line span in the message. The cap also bounds memory.
 */

/** A multi-line value longer than this is not a value a case export holds. */
export const MAX_FIELD_LINES = 50;
export const MAX_RECORD_CHARS = 256 * 1024;
const DELIMITERS = [',', ';', '\t', '|'] as const;

export interface LineRecord {
  /** The source line the record starts on (1-based; the header line counts). */
  readonly line: number;
  readonly cells: string[];
  /** Set when the record cannot be read as CSV; the cells are then a best effort. */
  readonly problem?: string;
}

type State = 'start' | 'unquoted' | 'quoted' | 'quoteInQuoted';

export class CsvLineReader {
  private pending = '';
  private lineNo = 0;
  private delimiter: string | null = null;
  private headerCount = 0;
  private started = false;
  // The record being assembled.
  private state: State = 'start';
  private cells: string[] = [];
  private field = '';
  private startLine = 0;
  private rawLines: string[] = [];
  private chars = 0;
  private recordLike = 0;
  private strayQuote = false;

  /** Feeds text; returns the records completed by it. */
  push(chunk: string): LineRecord[] {
    if (!this.started) {
      chunk = chunk.replace(/^\uFEFF/, '');
      this.started = chunk.length > 0;
    }
    this.pending += chunk;
    const out: LineRecord[] = [];
    let from = 0;
    for (;;) {
      const m = /\r\n|\r|\n/g;
      m.lastIndex = from;
      const hit = m.exec(this.pending);
      if (!hit) break;
      // A chunk ending in \r may be the first half of \r\n: wait for the next chunk.
      if (hit[0] === '\r' && hit.index === this.pending.length - 1) break;
      this.line(this.pending.slice(from, hit.index), out);
      from = hit.index + hit[0].length;
    }
    this.pending = this.pending.slice(from);
    return out;
  }

  /** Flushes the last line; an unclosed quoted field at the end of the file is reported here. */
  end(): LineRecord[] {
    const out: LineRecord[] = [];
    if (this.pending.length) this.line(this.pending.replace(/\r$/, ''), out);
    this.pending = '';
    if (this.state === 'quoted') {
      this.runaway(out, this.rawLines.length > 1
        ? `lines ${this.startLine}–${this.lineNo}: a quoted field opened on line ${this.startLine} is never closed (a " is missing); ${this.swallowed()} record(s) swallowed`
        : 'cannot be read as CSV: a quoted field is never closed (a " is missing)');
    }
    return out;
  }

  get delimiterUsed(): string {
    return this.delimiter ?? ',';
  }

  private line(text: string, out: LineRecord[]): void {
    this.lineNo += 1;
    if (this.delimiter === null) {
      if (text.trim() === '') return;
      this.delimiter = guessDelimiter(text);
    }
    const continuing = this.state === 'quoted';
    if (!continuing) {
      this.startLine = this.lineNo;
      this.rawLines = [];
      this.chars = 0;
      this.recordLike = 0;
      this.strayQuote = false;
    } else {
      this.field += '\n';
      if (this.headerCount > 1 && countOf(text, this.delimiter) >= Math.max(2, this.headerCount - 1)) this.recordLike += 1;
    }
    this.rawLines.push(text);
    this.chars += text.length;
    this.scan(text);
    if (this.state === 'quoted') {
      if (this.rawLines.length > MAX_FIELD_LINES || this.chars > MAX_RECORD_CHARS) {
        this.runaway(out, `lines ${this.startLine}–${this.lineNo}: a quoted field opened on line ${this.startLine} runs on for ${this.rawLines.length} lines without closing; ${this.swallowed()} record(s) swallowed`);
      }
      return;
    }
    this.cells.push(this.field);
    const cells = this.cells;
    this.cells = [];
    this.field = '';
    this.state = 'start';
    const multi = this.rawLines.length > 1;
    if (multi && (this.recordLike >= 2 || (this.recordLike >= 1 && this.strayQuote))) {
      this.runaway(out, `lines ${this.startLine}–${this.lineNo}: a quoted field opened on line ${this.startLine} never closed properly; ${this.swallowed()} record(s) swallowed`);
      return;
    }
    if (this.headerCount === 0) this.headerCount = cells.length;
    if (cells.every((c) => c.trim() === '')) return; // a blank line (or only delimiters): skipped, still counted
    out.push(this.strayQuote
      ? { line: this.startLine, cells, problem: 'cannot be read as CSV: a closing " is followed by more text (a quote inside a value must be doubled: "")' }
      : { line: this.startLine, cells });
  }

  /** Slices fields out by indexOf rather than char by char: far less garbage on big files. */
  private scan(text: string): void {
    const d = this.delimiter!;
    const n = text.length;
    let i = 0;
    while (i < n) {
      switch (this.state) {
        case 'start':
          if (text[i] === '"') {
            this.state = 'quoted';
            i += 1;
            break;
          }
          this.state = 'unquoted';
          break;
        case 'unquoted': {
          const j = text.indexOf(d, i);
          if (j < 0) {
            this.field += text.slice(i);
            i = n;
          } else {
            this.cells.push(this.field + text.slice(i, j));
            this.field = '';
            this.state = 'start';
            i = j + 1;
          }
          break;
        }
        case 'quoted': {
          const j = text.indexOf('"', i);
          if (j < 0) {
            this.field += text.slice(i);
            i = n;
          } else {
            this.field += text.slice(i, j);
            this.state = 'quoteInQuoted';
            i = j + 1;
          }
          break;
        }
        case 'quoteInQuoted': {
          const ch = text[i];
          if (ch === '"') {
            this.field += '"';
            this.state = 'quoted';
            i += 1;
          } else if (ch === d) {
            this.cells.push(this.field);
            this.field = '';
            this.state = 'start';
            i += 1;
          } else {
            this.strayQuote = true;
            this.state = 'unquoted';
          }
          break;
        }
      }
    }
  }

  /** Rejects every non-blank line of the record being assembled, then starts afresh. */
  private runaway(out: LineRecord[], message: string): void {
    const d = this.delimiter ?? ',';
    this.rawLines.forEach((raw, i) => {
      if (raw.trim() !== '') out.push({ line: this.startLine + i, cells: looseCells(raw, d), problem: message });
    });
    this.rawLines = [];
    this.cells = [];
    this.field = '';
    this.state = 'start';
  }

  private swallowed(): number {
    return Math.max(0, this.rawLines.filter((l) => l.trim() !== '').length - 1);
  }
}

/** One line's cells for the errors file, quotes honoured but never running past the line. */
export function looseCells(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { field += '"'; i += 1; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) { cells.push(field); field = ''; }
    else field += ch;
  }
  cells.push(field);
  return cells;
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === ch) n += 1;
  return n;
}

/** The delimiter of the header line: the candidate found most often outside quotes. */
function guessDelimiter(header: string): string {
  const outside = header.replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const n = countOf(outside, d);
    if (n > bestCount) { best = d; bestCount = n; }
  }
  return best;
}
