import type { Dataset } from '../../domain/dataset';

/** A dataset of a part of the period (a quarter, or 6 months), checked by itself, and its path. */
export interface Part {
  /** As given on the command line, to name its places. */
  readonly path: string;
  readonly dataset: Dataset;
}
