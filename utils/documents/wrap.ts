import { shape, textWidth, type FaceSet, type Segment } from './faces';

/** A run of text in the regular or bold face. */
export interface Run {
  text: string;
  bold?: boolean;
}

type Word = Segment[];

/** Width of a line (or word) of segments at `size` points. */
export function lineWidth(segments: Segment[], size: number): number {
  return segments.reduce((sum, s) => sum + textWidth(s.face, s.text, size), 0);
}

/**
 * Breaks runs into lines no wider than `width` points, greedily at spaces. A word wider than
 * a whole line (a long e-mail address) is cut where it must be, so nothing runs off the page.
 */
export function wrapRuns(faces: FaceSet, runs: Run[], size: number, width: number): Segment[][] {
  const space = textWidth(faces.regular, ' ', size);
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  let used = 0;
  const flush = (): void => {
    lines.push(mergeSegments(line));
    line = [];
    used = 0;
  };
  for (let word of toWords(faces, runs)) {
    let w = lineWidth(word, size);
    while (w > width) {
      if (line.length) flush();
      const [head, tail] = splitWord(word, size, width);
      line = head;
      flush();
      word = tail;
      w = lineWidth(word, size);
    }
    if (line.length && used + space + w > width) flush();
    if (line.length) {
      line.push({ text: ' ', face: faces.regular });
      used += space;
    }
    line.push(...word);
    used += w;
  }
  if (line.length) flush();
  return lines;
}

function toWords(faces: FaceSet, runs: Run[]): Word[] {
  const words: Word[] = [];
  let current: Word = [];
  for (const run of runs) {
    for (const part of run.text.split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s+$/.test(part)) {
        if (current.length) words.push(current);
        current = [];
      } else current.push(...shape(faces, part, run.bold ?? false));
    }
  }
  if (current.length) words.push(current);
  return words;
}

/** Cuts a word so its head fits in `room` points (always at least one character). */
function splitWord(word: Word, size: number, room: number): [Word, Word] {
  const chars = word.flatMap((s) => [...s.text].map((ch) => ({ text: ch, face: s.face })));
  let used = 0;
  let i = 0;
  for (; i < chars.length; i++) {
    const w = textWidth(chars[i]!.face, chars[i]!.text, size);
    if (i > 0 && used + w > room) break;
    used += w;
  }
  return [mergeSegments(chars.slice(0, i)), mergeSegments(chars.slice(i))];
}

function mergeSegments(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.face === s.face) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
