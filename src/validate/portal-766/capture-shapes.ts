import { z } from 'zod';

const num = z.number().nullable().optional();

/** A metric of an evaluation page (transparency, dossier-digitized, handling-satisfaction). */
const METRIC = z.looseObject({
  code: z.string().min(1),
  numerator: num,
  denominator: num,
  ratio: num,
  score: num,
  maxScore: num,
  dataQualityStatus: z.string().nullish(),
  dataQualityMessage: z.string().nullish(),
});

const DEPARTMENT = {
  departmentId: z.string().min(1),
  departmentName: z.string().min(1),
  departmentCode: z.string().nullish(),
};

/** A department of an evaluation page, or its overview (the province). */
const EVALUATION_UNIT = z.looseObject({
  ...DEPARTMENT,
  departmentLevel: z.string().nullish(),
  totalScore: num,
  totalMaxScore: num,
  totalDossiers: num,
  metrics: z.array(METRIC),
});

/** `data` of an evaluation page: the province, one record per department, the pagination. */
export const EVALUATION_DATA = z.looseObject({
  overview: EVALUATION_UNIT,
  evaluation: z.array(EVALUATION_UNIT),
  pagination: z.looseObject({ total: z.number(), totalPages: z.number() }).optional(),
});

/** A department of a tree page; its figures are read by name (src/contract/indicator-sets). */
const TREE_UNIT = z.looseObject({ ...DEPARTMENT, level: z.string().nullish() });

/** `data` of a tree page (dvc-progress, provide-online, formality-online-payment). */
export const TREE_DATA = z.looseObject({
  parent: TREE_UNIT,
  children: z.array(TREE_UNIT),
  monthlyChart: z.array(z.looseObject({})).optional(),
});

/** The envelope of every response: {"code":"OK","data":…,"message":"OK"}. */
export const ENVELOPE = z.looseObject({
  code: z.string(),
  data: z.unknown(),
  message: z.string().nullish(),
});

export type EvaluationData = z.infer<typeof EVALUATION_DATA>;
export type EvaluationUnit = EvaluationData['evaluation'][number];
export type TreeData = z.infer<typeof TREE_DATA>;
export type TreeUnit = TreeData['children'][number];
