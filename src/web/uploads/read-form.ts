import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { CSRF_FIELD, csrfValid } from '../security/csrf';
import { extensionOf } from './safe-name';

/** What a form's file field accepts. */
export interface FileField {
  readonly extensions: readonly string[];
  readonly required?: boolean;
  /** Several files under the one field (check-format). */
  readonly multiple?: boolean;
}

export type FormSpec = Readonly<Record<string, FileField>>;

/** A file received: where it was stored (a name of the server's), and the name it came with. */
export interface Received {
  readonly field: string;
  /** The name the browser gave: shown to the official, never used as a path. */
  readonly original: string;
  readonly extension: string;
  readonly path: string;
  readonly size: number;
}

/** Why a form was not taken; the words are the page's (texts.ts). */
export type FormRefusal =
  | { readonly kind: 'csrf' | 'too-large' | 'too-many' | 'not-multipart' | 'broken' }
  | { readonly kind: 'extension'; readonly field: string; readonly original: string }
  | { readonly kind: 'missing' | 'empty'; readonly field: string };

export type FormRead =
  | {
      readonly ok: true;
      readonly fields: Readonly<Record<string, string>>;
      readonly files: readonly Received[];
    }
  | { readonly ok: false; readonly refusal: FormRefusal };

const CODES = {
  FST_REQ_FILE_TOO_LARGE: 'too-large',
  FST_FILES_LIMIT: 'too-many',
  FST_PARTS_LIMIT: 'too-many',
  FST_FIELDS_LIMIT: 'too-many',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'not-multipart',
} as const;

const CODES_KINDS = CODES as Readonly<Record<string, 'too-large' | 'too-many' | 'not-multipart'>>;

const refusalOf = (err: unknown): FormRefusal => ({
  kind: CODES_KINDS[(err as { code?: string }).code ?? ''] ?? 'broken',
});

/**
 * Reads a multipart form. The CSRF token must be its first part (every form of the app puts
 * it first), so that nothing is written for a request that did not come from one of our pages.
 * Each file is streamed to `folder()` (made on the first file) under a name of the server's,
 * `upload-<n>`; the upload limits of the multipart plugin stop a file past the size allowed.
 * What the request still sends after a refusal is read and dropped, so the browser gets the
 * answer instead of a broken connection.
 */
export async function readForm(
  request: FastifyRequest,
  spec: FormSpec,
  guard: { readonly secret: Buffer; readonly session: string },
  folder: () => string,
): Promise<FormRead> {
  const fields: Record<string, string> = {};
  const files: Received[] = [];
  let refusal: FormRefusal | null = null;
  let first = true;
  try {
    for await (const part of request.parts()) {
      if (refusal) {
        if (part.type === 'file') part.file.resume();
        continue;
      }
      if (first) {
        first = false;
        const token = part.type === 'field' ? part.value : undefined;
        if (part.fieldname !== CSRF_FIELD || !csrfValid(guard.secret, guard.session, token)) {
          refusal = { kind: 'csrf' };
          if (part.type === 'file') part.file.resume();
          continue;
        }
      }
      if (part.type === 'field') {
        if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        continue;
      }
      const field = spec[part.fieldname];
      // A file input left empty arrives as a part with no name and no bytes.
      if (part.filename === '') {
        part.file.resume();
        continue;
      }
      const extension = extensionOf(part.filename);
      if (!field || !field.extensions.includes(extension)) {
        refusal = { kind: 'extension', field: part.fieldname, original: part.filename };
        part.file.resume();
        continue;
      }
      if (!field.multiple && files.some((f) => f.field === part.fieldname)) {
        refusal = { kind: 'too-many' };
        part.file.resume();
        continue;
      }
      const path = join(folder(), `upload-${files.length + 1}`);
      await pipeline(part.file, createWriteStream(path, { mode: 0o600 }));
      if (part.file.truncated) {
        refusal = { kind: 'too-large' };
        continue;
      }
      const size = statSync(path).size;
      if (size === 0) refusal = { kind: 'empty', field: part.fieldname };
      files.push({ field: part.fieldname, original: part.filename, extension, path, size });
    }
  } catch (err) {
    refusal ??= refusalOf(err);
  }
  if (first && !refusal) refusal = { kind: 'csrf' };
  if (refusal) return { ok: false, refusal };
  for (const [name, field] of Object.entries(spec))
    if (field.required && !files.some((f) => f.field === name))
      return { ok: false, refusal: { kind: 'missing', field: name } };
  return { ok: true, fields, files };
}
