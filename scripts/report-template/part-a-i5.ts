import { REPORT_FOOTNOTES } from '../../src/catalogue/report-footnotes';

const footnoteId = (key: string) => REPORT_FOOTNOTES.find((f) => f.key === key)!.id;
import { b, fn, h1, h2, h3, h4, i, KEEP, loop, p, ps, raw, unless } from './dsl';

/** Opening paragraph and part A (directive documents, footnotes 1 and 2). */
export const opening = (): string =>
  p(
    '{can_cu} Ủy ban nhân dân (UBND) {dia_ban} báo cáo kết quả công tác cải cách TTHC {ky} (từ ngày {ky_tu_ngay} đến ngày {ky_den_ngay}), cụ thể như sau:',
  ) +
  h1('A. VỀ CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH') +
  p(
    'Thực hiện chỉ đạo của Chính phủ, Thủ tướng Chính phủ, Văn phòng Chính phủ, Bộ Tư pháp, UBND {dia_ban} đã ban hành ',
    '{#co_ke_hoach}{so_ke_hoach} Kế hoạch',
    fn(footnoteId('ke_hoach')),
    '{/co_ke_hoach}{#co_ca_hai} và {/co_ca_hai}{#co_van_ban_chi_dao}các văn bản',
    fn(footnoteId('van_ban')),
    '{/co_van_ban_chi_dao} chỉ đạo, điều hành để triển khai thực hiện công tác kiểm soát TTHC, thực hiện cơ chế một cửa, một cửa liên thông, thực hiện TTHC trên môi trường điện tử và công tác cải cách TTHC trên địa bàn {dia_ban_ngan}.',
  );

/** Part B.I, points 1 to 5. */
export const partI1to5 = (): string =>
  h1('B. CÁC NHIỆM VỤ CỤ THỂ') +
  h2('I. TÌNH HÌNH, KẾT QUẢ CÔNG TÁC KIỂM SOÁT TTHC') +
  h3('1. Đánh giá tác động TTHC quy định tại dự thảo văn bản quy phạm pháp luật (QPPL)') +
  raw('danh_gia_tac_dong') +
  p(
    'Kết quả: Đã thực hiện đánh giá tác động {dt_danh_gia} TTHC quy định tại dự thảo văn bản quy phạm pháp luật {danh_gia_tac_dong_ket_qua}',
  ) +
  h3('2. Thẩm định, thẩm tra TTHC quy định tại dự thảo văn bản QPPL') +
  loop(
    'co_du_thao',
    p(
      'Trong {ky}, các cơ quan, đơn vị đã dự thảo trình Hội đồng nhân dân, UBND {dia_ban} {dt_mo_ta} có chứa đựng {dt_tthc} TTHC.',
    ),
  ) +
  unless(
    'co_du_thao',
    p(
      'Trong {ky}, không có dự thảo văn bản QPPL có quy định TTHC trình Hội đồng nhân dân, UBND {dia_ban}.',
    ),
  ) +
  p('(Có Biểu số {bieu_ii_02c} gửi kèm Báo cáo)') +
  h3('3. Về công bố, công khai thủ tục hành chính') +
  h4('a) Về công bố TTHC:') +
  ps(
    KEEP,
    {},
    'Tổng số Quyết định công bố TTHC/danh mục TTHC đã được ban hành trong {ky} là: {cb_quyet_dinh} Quyết định, trong đó:',
  ) +
  p('- Tổng số văn bản QPPL có quy định TTHC được công bố là: {cb_van_ban} văn bản.') +
  p(
    '- Tổng số TTHC/danh mục TTHC được công bố trong {ky}: {cb_tthc} TTHC (trong đó: {cb_sua_doi} TTHC được sửa đổi, bổ sung và thay thế; {cb_moi} TTHC ban hành mới; {cb_bai_bo} TTHC bị bãi bỏ).',
  ) +
  ps(
    KEEP,
    {},
    '- Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương: ',
    b('{tthc_dia_phuong} TTHC'),
    '; trong đó:',
  ) +
  p(
    '+ TTHC do cơ quan Trung ương ban hành thuộc thẩm quyền giải quyết của địa phương là: {tthc_tw} TTHC (trong đó, cấp tỉnh: {tthc_tw_tinh} TTHC; cấp xã: {tthc_tw_xa} TTHC);',
  ) +
  p(
    '+ TTHC do địa phương ban hành (TTHC đặc thù): {tthc_dac_thu} TTHC (trong đó, cấp tỉnh: {tthc_dac_thu_tinh} TTHC; cấp xã: {tthc_dac_thu_xa} TTHC).',
  ) +
  p('(Có Biểu số {bieu_ii_03b} gửi kèm Báo cáo)') +
  h4('b) Về công khai, nhập dữ liệu TTHC trên Cơ sở dữ liệu quốc gia về TTHC:') +
  raw('cong_khai') +
  p('+ TTHC được giải quyết theo hình thức liên thông cùng cấp: {lt_cung_cap} TTHC.') +
  p(
    '+ TTHC được giải quyết theo hình thức liên thông giữa các cấp chính quyền: {lt_cac_cap} TTHC.',
  ) +
  raw('nhom_lien_thong') +
  h3('4. Kết quả rà soát, cắt giảm, đơn giản hóa quy định TTHC') +
  h4(
    'a) Kết quả rà soát, cắt giảm, đơn giản hóa quy định kinh doanh theo Nghị quyết số 68/NQ-CP ngày 12/5/2020 của Chính phủ:',
  ) +
  p('- Số lượng quy định kinh doanh đã được cắt giảm, đơn giản hóa: {kd_cat_giam}.') +
  h4(
    'b) Kết quả rà soát, đơn giản hóa TTHC nội bộ theo Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ ban hành Kế hoạch rà soát, đơn giản hóa TTHC nội bộ trong hệ thống cơ quan hành chính nhà nước giai đoạn 2022-2025:',
  ) +
  p(
    '- Số lượng TTHC nội bộ trong hệ thống cơ quan hành chính nhà nước công bố trong {ky}: Chủ tịch {ubnd_tinh} đã ban hành {nb_quyet_dinh} Quyết định công bố TTHC nội bộ',
    fn(footnoteId('noi_bo')),
    ', với {nb_tong} TTHC (công bố mới, sửa đổi, bổ sung: {nb_moi} TTHC; bãi bỏ: {nb_bai_bo} TTHC).',
  ) +
  p(
    '- Lũy kế từ ngày {ngay_hai_cap} đến nay: Tổng số TTHC nội bộ đã công bố thực hiện cho {dia_ban} (mới): {nb_luy_ke} TTHC.',
  ) +
  raw('noi_bo') +
  h4(
    'c) Kết quả thực thi phương án phân cấp trong giải quyết TTHC theo Quyết định số 1015/QĐ-TTg ngày 30/8/2022 của Thủ tướng Chính phủ:',
  ) +
  p('- Số lượng TTHC đã được thực thi phương án phân cấp: {tthc_phan_cap}.') +
  raw('nghi_quyet_dan_cu') +
  h3('5. Về tiếp nhận và xử lý phản ánh, kiến nghị (PAKN) về TTHC') +
  raw('pakn_chi_dao') +
  loop(
    'co_pakn',
    p(
      'Kết quả: Trong {ky}, trên Cổng Dịch vụ công quốc gia, {dia_ban} đã tiếp nhận {pakn_tong} PAKN về quy định, chính sách, thủ tục trong thực hiện TTHC lĩnh vực {pakn_linh_vuc}. {pakn_tiep_nhan_giai_quyet}/{pakn_tong} (đạt {pakn_ty_le_tiep_nhan}) các PAKN đã được cơ quan có thẩm quyền tiếp nhận, giải quyết{#co_pakn_da_xu_ly} và {pakn_ty_le_cong_khai} PAKN đã xử lý được công khai theo quy định{/co_pakn_da_xu_ly}.',
    ) +
      p(
        'Trong đó: Số PAKN về quy định hành chính: {pakn_quy_dinh} PAKN; số PAKN về hành vi hành chính: {pakn_hanh_vi} PAKN. Số PAKN đã xử lý đúng hạn: {pakn_dung_han} PAKN{#co_pakn_qua_han}; số PAKN đã xử lý quá hạn: {pakn_qua_han} PAKN{/co_pakn_qua_han}; số PAKN đang xử lý trong hạn: {pakn_trong_han} PAKN{#co_pakn_dang_qua_han}; số PAKN đang xử lý quá hạn: {pakn_dang_qua_han} PAKN{/co_pakn_dang_qua_han} ',
        i('(Có Biểu số {bieu_05b} gửi kèm theo)'),
        '.',
      ),
  ) +
  unless(
    'co_pakn',
    p('Kết quả: Trong {ky}, không có PAKN về quy định hành chính được tiếp nhận.'),
  ) +
  raw('pakn_noi_dung');
