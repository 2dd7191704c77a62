import type { Location } from '../issues/location';
import { lastAtOrBefore, sentenceStarts } from './sentences';

/** Where a footnote mark stood in a block's text, and the footnote it calls. */
export interface NoteMark {
  readonly at: number;
  readonly footnote: number;
}

/** What a reader sees as one unit of a draft: a paragraph of the body or a footnote. */
export interface TextBlock {
  readonly place: 'paragraph' | 'footnote';
  /** 1-based, as the reader counts: non-empty paragraphs of the body; footnotes by their number. */
  readonly number: number;
  /** NFC text on one line, footnote marks taken out (their places are in `notes`). */
  readonly text: string;
  readonly notes: readonly NoteMark[];
  /** Offsets where each sentence starts; the first is 0. */
  readonly sentences: readonly number[];
  /** A table cell: its figures describe its row, not the document's totals. */
  readonly inTable?: boolean;
}

/** A document under audit, as text: its body paragraphs and footnotes. */
export interface Draft {
  /** File as shown to the user. */
  readonly file: string;
  readonly paragraphs: readonly TextBlock[];
  readonly footnotes: readonly TextBlock[];
  /** Province named in a content file's frame ("tinh: Lào Cai"), when there is one. */
  readonly provinceHint?: string;
}

const MARK = /\[\^(\d+)\]/g;

/**
 * A block from raw text with footnote marks written "[^n]" (n = the footnote's number):
 * the marks are taken out of the text and remembered with their offsets.
 */
export function makeBlock(place: TextBlock['place'], number: number, raw: string): TextBlock {
  const notes: NoteMark[] = [];
  let text = '';
  let last = 0;
  const flat = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  for (const m of flat.matchAll(MARK)) {
    text += flat.slice(last, m.index);
    notes.push({ at: text.length, footnote: Number(m[1]) });
    last = m.index + m[0].length;
  }
  text += flat.slice(last);
  return { place, number, text, notes, sentences: sentenceStarts(text) };
}

/** Characters of text of a draft, body and footnotes. */
export const draftLength = (d: Draft): number =>
  [...d.paragraphs, ...d.footnotes].reduce((n, b) => n + b.text.length, 0);

/** All blocks of a draft, body first. */
export const blocksOf = (d: Draft): readonly TextBlock[] => [...d.paragraphs, ...d.footnotes];

/**
 * The location of an offset of a block: "đoạn 17, câu 2" or "chú thích 3, câu 1".
 * @example locate(draft, block, 0) // { file: 'bao-cao.docx', paragraph: 12, sentence: 1 }
 */
export function locate(draft: Draft, block: TextBlock, offset: number): Location {
  const sentence = lastAtOrBefore(block.sentences, offset) + 1;
  return block.place === 'paragraph'
    ? { file: draft.file, paragraph: block.number, sentence }
    : { file: draft.file, footnote: block.number, sentence };
}
