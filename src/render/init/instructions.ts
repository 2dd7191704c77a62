import type { TableDef } from '../../contract/table';
import { TABLES } from '../../contract/tables';
import { periodCode } from '../../domain/period';
import type { Province } from '../../domain/registry';
import { formatPeriodTitle } from '../../format';
import type { Period } from '../../format/calendar-types';

/** One line of the HuongDan sheet; headings are printed bold. */
export interface InstructionLine {
  readonly text: string;
  readonly heading?: boolean;
}

/** The HuongDan sheet: what the workbook is for and how to fill, check and use it. */
export function instructionLines(
  province: Province,
  period: Period,
  communeCount: number,
): InstructionLine[] {
  const tables: readonly TableDef[] = TABLES;
  const h = (text: string): InstructionLine => ({ text, heading: true });
  const t = (text: string): InstructionLine => ({ text });
  return [
    h('DỮ LIỆU BÁO CÁO CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH'),
    t('Bảng tính này chứa số liệu để công cụ tthc lập báo cáo TTHC và công văn về Bộ chỉ số 766.'),
    t(`Tỉnh, thành phố: ${province.name} (mã ${province.code})`),
    t(`Kỳ báo cáo: ${formatPeriodTitle(period)} (${periodCode(period)})`),
    t(''),
    h('CÁC TRANG DỮ LIỆU'),
    ...tables.map((d) => t(`• ${d.id} — ${d.title}${d.required ? ' (bắt buộc)' : ''}: ${d.hint}`)),
    t(''),
    h('CÁCH ĐIỀN'),
    t('• Không đổi tên trang và không sửa dòng tiêu đề (dòng 1); chỉ điền từ dòng 2.'),
    t('• Di chuột vào ô tiêu đề để xem mã cột, hướng dẫn, ví dụ và các mã được chọn.'),
    t('• Ngày ghi theo dạng dd/mm/yyyy, ví dụ 25/01/2026.'),
    t('• Số ghi liền, không dùng dấu phân cách hàng nghìn: 1250, không ghi 1.250 hay 1,250.'),
    t('• Cột có danh sách: chọn mã trong danh sách thả xuống (ví dụ xa, phuong, co_quan).'),
    t(
      '• Trang ThongTin và SoLieu: mỗi dòng một trường; chỉ điền cột "Giá trị", giữ nguyên cột "Trường".',
    ),
    t(
      `• Trang DonVi đã có sẵn ${communeCount} xã, phường, đặc khu theo danh mục 2025; bổ sung các sở, ban, ngành (loại co_quan, mã tự đặt, không trùng).`,
    ),
    t(
      '• Hồ sơ lấy từ nhiều hệ thống: sao chép trang HoSo thành các trang HoSo-<nguồn> (ví dụ HoSo-igate, HoSo-vnpt); số liệu được cộng theo đơn vị và lĩnh vực.',
    ),
    t(
      '• Ô số lượng để trống được đọc là 0: không cần gõ số 0. Riêng các cột tổng (ghi "Để trống để tính") để trống thì công cụ tự cộng từ các cột thành phần.',
    ),
    t(
      '• Dòng chỉ có mã đơn vị mà chưa điền số liệu nào được bỏ qua, kèm cảnh báo; đơn vị có số liệu bằng 0 thì gõ 0 vào ít nhất một ô của dòng.',
    ),
    t(
      '• Cột "Kiểm tra" (màu xám, ở cuối các trang HoSo, PAKN, CongBo, DuThao) tự tính: khi các cột tổng không khớp với các cột thành phần, ô này ghi tổng nào sai và cả dòng chuyển màu đỏ. Sửa số liệu cho đến khi ô trống; không cần điền hay xóa cột này.',
    ),
    t('• Bảng không có số liệu thì để trống; ô không bắt buộc có thể để trống.'),
    t(''),
    h('KIỂM TRA VÀ LẬP BÁO CÁO'),
    t('Kiểm tra dữ liệu:  tthc validate --data <tệp.xlsx>'),
    t('Lập báo cáo:  tthc build --data <tệp.xlsx> --out output'),
  ];
}
