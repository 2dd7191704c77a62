import type { GroupDef, PortalEndpoint } from '../../contract/indicator-sets';

/** A sub-indicator of one department as a capture gives it; null stays null. */
export interface PortalSub {
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly ratio: number | null;
  readonly score: number | null;
  /** The maximum the portal printed beside it, when it printed one. */
  readonly max: number | null;
  readonly flag: string | null;
  readonly flagMessage: string | null;
}

/** One department (or the province itself) of a capture. */
export interface PortalUnit {
  /** The portal's departmentId: the key that joins the six pages. */
  readonly id: string;
  readonly name: string;
  /** departmentCode ("H44.07"), where the page gives it. */
  readonly code: string | null;
  readonly level: 'agency' | 'commune' | 'province';
  /** The group's score and the maximum the page printed for it. */
  readonly score: number | null;
  readonly max: number | null;
  /** Sub-indicators by their code in the indicator set. */
  readonly subs: ReadonlyMap<string, PortalSub>;
  /** Dossiers received in the period, where the page counts them (a check of the period). */
  readonly dossiers: number | null;
  /** Where it is in the file: "data.evaluation[12]". */
  readonly at: string;
}

/** One saved page of the portal, read: which group it scores, the province and its departments. */
export interface Capture {
  readonly file: string;
  readonly endpoint: PortalEndpoint;
  readonly group: GroupDef;
  readonly root: PortalUnit;
  readonly units: readonly PortalUnit[];
  /** Months the page's monthly chart has figures for ("07", "08", "09"), or null. */
  readonly months: readonly string[] | null;
  /** The page's pagination, where it has one. */
  readonly pages: { readonly total: number; readonly totalPages: number } | null;
}
