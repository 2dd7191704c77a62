import { z } from 'zod';
import { GROUP_COLUMNS } from './indicator-sets';
import { isMetric, subMetric, SUB_FIELDS } from './footnote-metrics';
import { DEFAULT_TARGETS, TARGETS_SCHEMA } from './targets';

/** Helpers a footnote template may call, besides handlebars' own if, unless, each and with. */
export const FOOTNOTE_HELPERS = [
  'number',
  'count',
  'percent',
  'unit',
  'qualifier',
  'list',
  'grouped',
  'join',
  'part',
] as const;

/** Block helpers whose first argument names one of the rule's lists (optional for `part`). */
export const LIST_HELPERS = ['list', 'grouped', 'part'] as const;

export const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with'] as const;

const RULE_NAME = /^[a-z0-9][a-z0-9_-]*$/;
const LIST_NAME = /^[a-z][a-z0-9_]*$/;

const WHERE_KEYS = [
  'below',
  'above',
  'highest',
  'lowest',
  'belowNationalAverage',
  'belowProvince',
  'belowTarget',
  'band',
  'bandAtLeast',
  'missing',
  'flag',
] as const;

/** The classification bands a condition may name (docs/footnote-rules.md, "Rating bands"). */
export const BAND_LABELS = ['xuất sắc', 'tốt', 'khá', 'trung bình', 'yếu'] as const;

/** Metrics the national averages of TrungBinh766 exist for. */
const AVERAGED: readonly string[] = ['tong_diem', ...GROUP_COLUMNS];

/** Which units of the group a list keeps; exactly one condition. */
const WHERE = z
  .strictObject({
    /** Metric strictly below the value. */
    below: z.number().optional(),
    /** Metric strictly above the value. */
    above: z.number().optional(),
    /** The N highest values (ties with the N-th are kept). */
    highest: z.int().positive().optional(),
    /** The N lowest values (ties with the N-th are kept). */
    lowest: z.int().positive().optional(),
    /** Total or group score below the national average of the unit's group (TrungBinh766). */
    belowNationalAverage: z.literal(true).optional(),
    /** Below the province's own figure of the same metric (its row TINH). */
    belowProvince: z.literal(true).optional(),
    /** Below its target (`targets`). */
    belowTarget: z.literal(true).optional(),
    /** Classified in exactly this band (by total score). */
    band: z.enum(BAND_LABELS).optional(),
    /** Classified in this band or a better one. */
    bandAtLeast: z.enum(BAND_LABELS).optional(),
    /** Units the data holds whose metric is blank (a unit without any reading is not listed). */
    missing: z.literal(true).optional(),
    /** Sub-indicator readings carrying this data-quality flag of the portal. */
    flag: z.string().trim().min(1).optional(),
  })
  .refine((w) => WHERE_KEYS.filter((k) => w[k] !== undefined).length === 1, {
    message: `Cần đúng một điều kiện: ${WHERE_KEYS.join(', ')}.`,
  });

const ORDER = z.strictObject({
  /**
   * registry: agencies in DonVi order, then communes by registry code; rank; metric; data: the
   * order of the rows in the table the metric comes from.
   */
  by: z.enum(['metric', 'rank', 'registry', 'data']),
  direction: z.enum(['asc', 'desc']).default('asc'),
});

const LIST = z
  .strictObject({
    group: z.enum(['so_nganh', 'xa_phuong', 'both']),
    /** A column of ChiSo766 or ChiTieuDonVi, so_chi_tieu_chua_dat, or `<chỉ số thành phần>.<trường>`. */
    metric: z.string().superRefine((m, ctx) => {
      if (!isMetric(m))
        ctx.addIssue({
          code: 'custom',
          message: `"${m}" không phải chỉ số của dữ liệu`,
          params: { metric: m },
        });
    }),
    /** Absent: every unit of the group that has a value for the metric. */
    where: WHERE.optional(),
    order: ORDER.default({ by: 'registry', direction: 'asc' }),
    limit: z.int().positive().optional(),
    /** Written after the last item when `limit` cut the list. */
    more: z.string().default('…'),
    /** Words in brackets after a unit's name, by unit code (ma_don_vi). */
    qualifiers: z.record(z.string().min(1), z.string().trim().min(1)).default({}),
  })
  .superRefine((l, ctx) => {
    if (l.where?.belowNationalAverage && !AVERAGED.includes(l.metric))
      ctx.addIssue({
        code: 'custom',
        path: ['where', 'belowNationalAverage'],
        message: `Điểm trung bình cả nước chỉ có cho: ${AVERAGED.join(', ')}.`,
      });
    if (l.where?.flag !== undefined && !subMetric(l.metric))
      ctx.addIssue({
        code: 'custom',
        path: ['where', 'flag'],
        message:
          'Cảnh báo của Cổng gắn với chỉ số thành phần: dùng metric dạng dong_bo_ho_so.ty_le.',
      });
  });

/** One footnote: named lists of units and the template that phrases them. */
export const FOOTNOTE_RULE = z.strictObject({
  /** Identifies the footnote: the letter places it with the marker [^name]. */
  name: z.string().regex(RULE_NAME, {
    message: 'Tên quy tắc gồm chữ thường không dấu, số, "-" và "_" (ví dụ: xep_hang_thap).',
  }),
  lists: z
    .record(
      z
        .string()
        .regex(LIST_NAME, {
          message: 'Tên danh sách gồm chữ thường không dấu, số và "_", bắt đầu bằng chữ.',
        })
        .refine((k) => !(FOOTNOTE_HELPERS as readonly string[]).includes(k), {
          message: 'Tên danh sách trùng tên một hàm của mẫu câu.',
        }),
      LIST,
    )
    .refine((lists) => Object.keys(lists).length > 0, { message: 'Cần ít nhất một danh sách.' }),
  /** Handlebars; line breaks and runs of spaces become one space. */
  template: z.string().trim().min(1),
});

/** A footnote rule file (chu-thich.yaml or .json), as an official writes it. */
export const FOOTNOTE_RULES_FILE = z.strictObject({
  targets: TARGETS_SCHEMA.default(DEFAULT_TARGETS),
  /** Names are unique: validate/footnote-rules checks it, even when other fields are wrong. */
  rules: z.array(FOOTNOTE_RULE).min(1),
});

export type FootnoteRulesFile = z.output<typeof FOOTNOTE_RULES_FILE>;
export type FootnoteRule = FootnoteRulesFile['rules'][number];
export type FootnoteList = FootnoteRule['lists'][string];
export type ListWhere = NonNullable<FootnoteList['where']>;
export type ListOrder = FootnoteList['order'];

/** A validated rule file with the name it was read from, for the locations of issues. */
export interface FootnoteRuleSet extends FootnoteRulesFile {
  readonly file: string;
}

/** Every key the format knows, at any level: suggestions for a misspelt one come from here. */
export const RULE_FILE_KEYS: readonly string[] = [
  ...FOOTNOTE_RULES_FILE.keyof().options,
  ...FOOTNOTE_RULE.keyof().options,
  ...LIST.keyof().options,
  ...WHERE_KEYS,
  ...ORDER.keyof().options,
  ...SUB_FIELDS,
];

/** Names of the rule file inside a dataset folder, in the order they are looked for. */
export const FOOTNOTE_RULES_FILES = ['chu-thich.yaml', 'chu-thich.yml', 'chu-thich.json'] as const;
