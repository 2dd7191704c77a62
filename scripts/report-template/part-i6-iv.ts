import { b, h2, h3, h4, i, KEEP, loop, p, ps, raw } from './dsl';

/** Part B.I, point 6: dossiers of the province, its agencies and its communes (form 06c). */
export const partI6 = (): string =>
  h3('6. Về tình hình, kết quả giải quyết TTHC') +
  p(
    'UBND {dia_ban} đã chỉ đạo các sở, ban, ngành; UBND các xã, phường tiếp tục đẩy mạnh việc thực hiện kiểm soát TTHC; tiếp nhận, trả kết quả giải quyết TTHC theo cơ chế một cửa, một cửa liên thông.',
  ) +
  p(
    '- Tổng số hồ sơ TTHC đã tiếp nhận từ ngày {ky_tu_ngay} đến ngày {ky_den_ngay}: ',
    b('{hs_tiep_nhan} hồ sơ'),
    ' (',
    i(
      'trong đó: trực tuyến: {hs_truc_tuyen} hồ sơ; trực tiếp và qua dịch vụ bưu chính: {hs_truc_tiep} hồ sơ',
    ),
    '); số từ kỳ trước chuyển qua {hs_ky_truoc} hồ sơ.',
  ) +
  p(
    '+ Số lượng hồ sơ đã giải quyết: {hs_da_giai_quyet} hồ sơ (',
    i(
      'trong đó, giải quyết trước hạn: {hs_truoc_han} hồ sơ; đúng hạn: {hs_dung_han} hồ sơ; quá hạn: {hs_qua_han} hồ sơ',
    ),
    ').',
  ) +
  p(
    '+ Số lượng hồ sơ đang giải quyết: {hs_dang_giai_quyet} hồ sơ (',
    i('trong đó, trong hạn: {hs_trong_han} hồ sơ; quá hạn: {hs_dang_qua_han} hồ sơ'),
    ').',
  ) +
  ps(KEEP, {}, 'Kết quả:') +
  p(
    '- ',
    b('Các sở, ban, ngành thuộc {ubnd_tinh}:'),
    ' Tổng số hồ sơ yêu cầu giải quyết TTHC: ',
    b('{sn_tiep_nhan} hồ sơ'),
    '. Trong đó: số hồ sơ đã giải quyết: {sn_da_giai_quyet} hồ sơ (',
    i(
      'trả trước hạn: {sn_truoc_han} hồ sơ; trả đúng hạn: {sn_dung_han} hồ sơ; trả quá hạn: {sn_qua_han} hồ sơ',
    ),
    '); số hồ sơ đang giải quyết: {sn_dang_giai_quyet} hồ sơ (',
    i('trong hạn: {sn_trong_han} hồ sơ; quá hạn: {sn_dang_qua_han} hồ sơ'),
    ') {qua_han_so_nganh}',
  ) +
  p(
    '- ',
    b('UBND các xã, phường:'),
    ' Tổng số hồ sơ yêu cầu giải quyết TTHC: ',
    b('{xa_tiep_nhan} hồ sơ'),
    '. Trong đó: số hồ sơ đã giải quyết: {xa_da_giai_quyet} hồ sơ (',
    i(
      'trả trước hạn: {xa_truoc_han} hồ sơ; trả đúng hạn: {xa_dung_han} hồ sơ; trả quá hạn: {xa_qua_han} hồ sơ',
    ),
    '); số hồ sơ đang giải quyết: {xa_dang_giai_quyet} hồ sơ (',
    i('trong hạn: {xa_trong_han} hồ sơ; quá hạn: {xa_dang_qua_han} hồ sơ'),
    ') {qua_han_xa} ',
    i('(Có Biểu số {bieu_06c} gửi kèm theo Báo cáo)'),
  ) +
  raw('giai_quyet_khac');

/** Part B.I, points 7 to 11: one-stop centres (staff from data), then the quarter's prose. */
export const partI7to11 = (): string =>
  h3('7. Triển khai cơ chế một cửa, một cửa liên thông trong giải quyết TTHC') +
  h4('7.1. Tình hình tổ chức và hoạt động của Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã') +
  // The lettered points of 7.1 are kept with what follows them, as the headings are.
  loop('co_tru_so', ps(KEEP, {}, i('a) Về trụ sở làm việc.')) + raw('tru_so')) +
  ps(
    KEEP,
    {},
    i(
      '{#co_tru_so}b){/co_tru_so}{^co_tru_so}a){/co_tru_so} Về cơ cấu tổ chức, bộ máy, biên chế và trang thiết bị máy móc của {ten_trung_tam}, cấp xã',
    ),
  ) +
  ps(KEEP, {}, '- ', i('{ten_trung_tam}')) +
  raw('trung_tam_tinh') +
  p(
    '* Biên chế của Trung tâm hiện tại {tt_tinh_tong} người, trong đó: {tt_tinh_cong_chuc} công chức; {tt_tinh_vien_chuc} viên chức và {tt_tinh_hop_dong} hợp đồng lao động.',
  ) +
  ps(KEEP, {}, '- ', i('Trung tâm Phục vụ hành chính công cấp xã')) +
  raw('trung_tam_xa') +
  ps(KEEP, {}, '* Số cán bộ, công chức làm việc tại Trung tâm') +
  p(
    'Tổng số cán bộ, công chức làm việc tại Trung tâm Phục vụ hành chính công cấp xã là {tt_xa_tong} người, gồm {tt_xa_cu} công chức được các phòng chuyên môn cử tham gia và {tt_xa_chuyen_trach} công chức chuyên trách trực tiếp tiếp nhận, trả kết quả giải quyết hồ sơ TTHC.',
  ) +
  loop(
    'co_trang_thiet_bi',
    h4('7.2. Về máy móc trang thiết bị phục vụ hoạt động của Trung tâm') + raw('trang_thiet_bi'),
  ) +
  h3('8. Thực hiện TTHC trên môi trường điện tử') +
  raw('moi_truong_dien_tu') +
  h3('9. Về công tác truyền thông hỗ trợ hoạt động kiểm soát TTHC') +
  raw('truyen_thong') +
  h3('10. Về công tác cải cách TTHC') +
  raw('cai_cach') +
  loop('co_noi_dung_khac', h3('11. Các nội dung khác') + raw('noi_dung_khac'));

/** Parts II to IV and the closing sentence. */
export const partsIItoIV = (): string =>
  h2('II. ĐÁNH GIÁ CHUNG') +
  h3('1. Thuận lợi') +
  raw('thuan_loi') +
  h3('2. Khó khăn, vướng mắc trong quá trình thực hiện') +
  raw('kho_khan') +
  h2('III. PHƯƠNG HƯỚNG NHIỆM VỤ {ky_sau_hoa}') +
  raw('phuong_huong') +
  h2('IV. KIẾN NGHỊ VÀ ĐỀ XUẤT') +
  raw('kien_nghi') +
  // The last paragraph goes over with Nơi nhận and the signature: no page holds them alone.
  ps(
    KEEP,
    {},
    'Trên đây là báo cáo về công tác kiểm soát TTHC, triển khai cơ chế một cửa, một cửa liên thông và thực hiện TTHC trên môi trường điện tử {ky} trên địa bàn {dia_ban}./.',
  );
