import { CONTENT_SECTIONS } from '../../contract/content-sections';

/**
 * An empty content file (noi-dung.md) for a new dataset: a short guide, then every section's
 * heading with the place it fills in the report. The official writes under each heading.
 */
export function contentSkeleton(periodTitle: string): string {
  const guide = [
    `Lời văn báo cáo kiểm soát TTHC ${periodTitle} (phần thay đổi theo từng kỳ; xem docs/report.md)`,
    '',
    '- Mỗi mục bắt đầu bằng "## tên_mục"; giữ nguyên tên mục. Mục ghi "(bắt buộc)" phải có nội dung; mục khác để trống nếu kỳ này không có nội dung (mục ghi "(bỏ cả tiêu đề khi trống)" không hiện trong báo cáo).',
    '- Mỗi dòng dưới một mục là một đoạn văn; *nghiêng*, **đậm**.',
    '- Số liệu từ dữ liệu: {{ten_so_lieu}}, ví dụ {{hs_tiep_nhan}} hồ sơ.',
    '- [^dia_gioi] đặt chú thích các Quyết định về TTHC không phụ thuộc địa giới hành chính.',
    '',
  ];
  const note = { required: ' (bắt buộc)', heading: ' (bỏ cả tiêu đề khi trống)', optional: '' };
  const sections = CONTENT_SECTIONS.map((s) => `## ${s.key} — ${s.place}${note[s.need]}\n`);
  return `${[...guide, ...sections].join('\n')}`;
}
