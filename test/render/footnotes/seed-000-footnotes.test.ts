import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ReportModel } from '../../../src/compute/report-model';
import { parseRulesText, readRulesFile } from '../../../src/ingest/read-rules';
import type { Issue } from '../../../src/issues/issue';
import { footnoteTexts, type FootnoteText } from '../../helpers/footnote-texts';
import { validateFootnoteRules } from '../../../src/validate/footnote-rules';
import { modelOf, SAMPLE_766 } from '../../helpers/load-sample';

// The four footnotes of seed 000 (công văn on Decision 766, Lào Cai, as of 25/8/2025), typed
// from the seed with its line breaks joined. The program must write them from the data, except
// where the seed departs from the official names; each departure is listed below with its reason.
const SEED = {
  xep_hang_thap:
    'Một số sở, ban, ngành, địa phương xếp thứ hạng thấp: UBND các xã: Ngũ Chỉ Sơn (xếp thứ 90); ' +
    'Tân Hợp (xếp thứ 91); Xuân Ái (xếp thứ 92); Văn Bàn (xếp thứ 93); Bảo Nhai (xếp thứ 94); ' +
    'Cầu Thia (xếp thứ 95); Hưng Khánh (xếp thứ 96); Tằng Lỏong (xếp thứ 97); Tà Xi Láng (xếp thứ 98); ' +
    'Thượng Bằng La (xếp thứ 99); Một số sở, ban, ngành có tổng điểm các chỉ số thấp dưới mức trung ' +
    'bình của cả nước: Sở Nông nghiệp và môi trường; Sở Công thương; Sở Tư pháp; Ban Quản lý các ' +
    'khu công nghiệp…',
  ho_so_qua_han:
    'Một số sở, ban, ngành, địa phương có hồ sơ quá hạn nhiều: Sở Nông nghiệp và Môi trường 303 hồ ' +
    'sơ, UBND phường Lào Cai 148 hồ sơ, UBND xã Lục Yên 146 hồ sơ, UBND phường Cam Đường 101 hồ sơ, ' +
    'UBND xã Bảo Hà 80 hồ sơ, UBND xã Gia Phú 68 hồ sơ…',
  nop_truc_tuyen_thap:
    'Một số sở, ban, ngành, địa phương tỷ lệ nộp hồ sơ trực tuyến thấp: Sở Công thương, Sở Tư pháp, ' +
    'Ban Quản lý các khu công nghiệp; UBND các xã, phường: Nghĩa Tâm, Cam Đường, Cầu Thia, Chấn ' +
    'Thịnh, Tú Lệ, Hưng Khánh, Thượng Bằng La.',
  so_hoa_thap:
    'Một số sở, ban, ngành, địa phương có Tỷ lệ số hóa hồ sơ thấp: Sở Nội vụ, Ban Quản lý Khu kinh ' +
    'tế, Sở Tư pháp, Sở Giáo dục và đào tạo, Sở Nông nghiệp và môi trường, Sở Khoa học và công ' +
    'nghệ, Sở Ngoại vụ, Ban Quản lý khu công nghiệp; UBND các xã, phường: Xuân Ái, Bảo Thắng, Sơn ' +
    'Lương, Gia Hội, Hưng Khánh, Yên Bình, Bảo Nhai, Văn Bàn, Cầu Thia, Tân Hợp, Tằng Lỏong.',
} as const;

type Key = keyof typeof SEED;

/** Where the generated text departs from the seed, and why. Each `from` must occur in the seed. */
const DEVIATIONS: Record<Key, readonly (readonly [from: string, to: string])[]> = {
  xep_hang_thap: [
    // Cầu Thia is a phường (registry 04681, "Phường Cầu Thia"), so the heading names both kinds,
    // as the seed itself does in footnotes 3 and 4, which also list Cầu Thia.
    ['UBND các xã: Ngũ', 'UBND các xã, phường: Ngũ'],
    // Registry spelling of 02908 "Xã Tằng Loỏng".
    ['Tằng Lỏong', 'Tằng Loỏng'],
    // Official agency names (REFERENCE §5, Phụ lục II of Nghị định 30/2020).
    ['Sở Nông nghiệp và môi trường', 'Sở Nông nghiệp và Môi trường'],
    ['Sở Công thương', 'Sở Công Thương'],
  ],
  ho_so_qua_han: [],
  nop_truc_tuyen_thap: [['Sở Công thương', 'Sở Công Thương']],
  so_hoa_thap: [
    ['Sở Giáo dục và đào tạo', 'Sở Giáo dục và Đào tạo'],
    ['Sở Nông nghiệp và môi trường', 'Sở Nông nghiệp và Môi trường'],
    ['Sở Khoa học và công nghệ', 'Sở Khoa học và Công nghệ'],
    // The unit's name in DonVi, which the seed itself writes in footnotes 1 and 3.
    ['Ban Quản lý khu công nghiệp', 'Ban Quản lý các khu công nghiệp'],
    ['Tằng Lỏong', 'Tằng Loỏng'],
  ],
};

function expected(key: Key): string {
  let text: string = SEED[key];
  for (const [from, to] of DEVIATIONS[key]) {
    if (!text.includes(from)) throw new Error(`"${from}" is not in seed footnote ${key}`);
    text = text.split(from).join(to);
  }
  return text;
}

const RULES_FILE = join(SAMPLE_766, 'chu-thich.yaml');
let model: ReportModel;
let footnotes: FootnoteText[];
let issues: Issue[];
beforeAll(async () => {
  model = await modelOf(SAMPLE_766);
  const read = readRulesFile(RULES_FILE);
  const { rules, issues: ruleIssues } = validateFootnoteRules(read.raw!);
  expect([...read.issues, ...ruleIssues]).toEqual([]);
  ({ footnotes, issues } = footnoteTexts(model, rules!));
});

test('the sample rules write four footnotes, in the order of the seed, without issues', () => {
  expect(issues).toEqual([]);
  expect(footnotes.map((f) => f.key)).toEqual([
    'xep_hang_thap',
    'ho_so_qua_han',
    'nop_truc_tuyen_thap',
    'so_hoa_thap',
  ]);
});

test.each(Object.keys(SEED) as Key[])('footnote %s equals the seed (official names)', (key) => {
  expect(footnotes.find((f) => f.key === key)?.text).toBe(expected(key));
});

test('the official spelling is written, never the seed’s', () => {
  const all = footnotes.map((f) => f.text).join('\n');
  for (const wrong of ['Lỏong', 'Sở Công thương', 'và môi trường', 'và đào tạo', 'và công nghệ'])
    expect(all).not.toContain(wrong);
});

test('the same rules written as JSON give the same rule set and the same footnotes', () => {
  const json = JSON.stringify(parse(readFileSync(RULES_FILE, 'utf8')), null, 2);
  const fromJson = validateFootnoteRules(parseRulesText(json, 'chu-thich.json', 'json').raw!);
  const fromYaml = validateFootnoteRules(readRulesFile(RULES_FILE).raw!);
  expect({ ...fromJson.rules, file: '' }).toEqual({ ...fromYaml.rules, file: '' });
  expect(footnoteTexts(model, fromJson.rules!).footnotes).toEqual(footnotes);
});
