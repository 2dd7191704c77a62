import type { Attachment } from '../contract/letter';
import { DEFAULT_TARGETS } from '../contract/targets';
import { fillForms } from '../forms';
import type { Issue } from '../issues/issue';
import type { PackageInputs } from '../validate/package/package-inputs';
import { buildModel } from './build-model';
import { complianceAnnex } from './compliance-annex';
import { letterModel } from './letter-model';
import type { LetterFootnote, PackageModel } from './package-model';
import { quarterlyReport } from './quarterly-report';
import { rankingAnnex } from './ranking-annex';
import { ruleFootnotes } from './rule-footnotes';

/**
 * The package model from the checked inputs, computed once: the report model and its forms, the
 * report's resolved content, the ranking and compliance annexes, the letter with the footnotes
 * its rules write. Pure: no clock, no file; every problem met on the way is returned, located.
 */
export function assemblePackage(inputs: PackageInputs): { model: PackageModel; issues: Issue[] } {
  const issues: Issue[] = [];
  const report = inputs.dataset ? buildModel(inputs.dataset) : null;
  let quarterly: PackageModel['quarterly'] = null;
  if (report?.dossiers && inputs.report) {
    const made = quarterlyReport(report, inputs.report);
    quarterly = made.quarterly;
    issues.push(...made.issues);
  }
  let letter: PackageModel['letter'] = null;
  if (inputs.letter) {
    let notes = new Map<string, LetterFootnote>();
    if (report && inputs.rules) {
      const footnotes = ruleFootnotes(report, inputs.rules);
      notes = footnotes.footnotes;
      issues.push(...footnotes.issues);
    }
    const made = letterModel(inputs.letter, inputs.registry, report, notes);
    letter = made.letter;
    issues.push(...made.issues);
  }
  const targets = inputs.rules?.targets ?? DEFAULT_TARGETS;
  // The letter says what goes with it; without a letter, or a letter that does not say, every
  // annex the data allows, as before letters chose (issue 14).
  const chosen = inputs.letter?.frame.kem_theo;
  const sends = (a: Attachment) => chosen === undefined || chosen.includes(a);
  return {
    model: {
      report,
      forms: report ? fillForms(report) : [],
      quarterly,
      ranking: report?.index766?.province && sends('xep_hang') ? rankingAnnex(report) : null,
      compliance:
        report && sends('chi_tieu_don_vi') ? complianceAnnex(report.indicators, targets) : null,
      letter,
      annexFrame: letter?.frame ?? report?.frame ?? null,
    },
    issues,
  };
}
