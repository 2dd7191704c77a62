import { z } from 'zod';
import { MAX_COUNT } from '../../contract/cell-limits';
import type { ColumnDef } from '../../contract/column';
import { toNfc } from '../../format';
import { cellText } from '../../domain/cell-text';
import type { RawCell } from '../../domain/raw-table';
import { readDate } from './read-date';
import { readNumber } from './read-number';

/**
 * The zod schema of one column: takes a non-blank raw cell, returns the typed value.
 * Failures carry our issue code in `params.code` (see `cell-issue.ts`).
 */
export function columnSchema(col: ColumnDef): z.ZodType {
  switch (col.type) {
    case 'text':
      // The length is checked before (read-cell.ts), where the message can give it. A date cell
      // in a text column is written as the sheet shows it, never as JavaScript writes a Date.
      return z.preprocess((v) => toNfc(cellText(v as RawCell).trim()), z.string());
    case 'enum': {
      const options = col.options ?? [];
      const byLabel = (v: unknown) => {
        const text = cellText(v as RawCell).trim();
        const hit = options.find(
          (o) => o.value === text || o.label.toLowerCase() === toNfc(text).toLowerCase(),
        );
        return hit ? hit.value : text;
      };
      return z.preprocess(byLabel, z.enum(options.map((o) => o.value) as [string, ...string[]]));
    }
    case 'date':
      return z.preprocess(
        (v) => readDate(v) ?? v,
        z.custom((v) => typeof v === 'object' && v !== null && 'day' in v, {
          params: { code: 'INVALID_DATE' },
        }),
      );
    case 'count':
    case 'decimal':
    case 'percent': {
      const type = col.type;
      let schema = z.number().nonnegative();
      if (col.type === 'count') schema = schema.int();
      const max = col.max ?? (col.type === 'count' ? MAX_COUNT : undefined);
      if (max !== undefined) schema = schema.max(max);
      return z.preprocess((v) => readNumber(v, type)?.value ?? v, schema);
    }
  }
}

/**
 * The value `columnSchema(col)` gives a cell that it accepts, found without zod for a text and a
 * number within its column's bounds; undefined for anything else (a date, an option, a number
 * out of bounds, no number at all), which the schema then reads and, if need be, refuses with
 * its own message. A table's cells are nearly all of these kinds, and zod's parse, run for the
 * first time at every command, cost more than reading them (docs/performance.md).
 */
export function plainValue(cell: unknown, col: ColumnDef): string | number | undefined {
  switch (col.type) {
    case 'text':
      // The schema's own preprocessing; z.string() takes any text.
      return toNfc(cellText(cell as RawCell).trim());
    case 'count':
    case 'decimal':
    case 'percent': {
      const n = readNumber(cell, col.type)?.value;
      if (n === undefined || !Number.isFinite(n) || n < 0) return undefined;
      if (col.type === 'count' && !Number.isSafeInteger(n)) return undefined;
      const max = col.max ?? (col.type === 'count' ? MAX_COUNT : undefined);
      return max === undefined || n <= max ? n : undefined;
    }
    default:
      return undefined;
  }
}
