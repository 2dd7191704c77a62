import type { IndicatorSet, SubIndicatorDef } from './indicator-set';

const HO_SO = 'hồ sơ TTHC tiếp nhận';

/** A sub-indicator the portal gives as a metric of an evaluation page. */
const metric = (
  code: string,
  portal: string,
  name: string,
  max: number,
  numerator: string,
  denominator: string,
): SubIndicatorDef => ({ code, name, max, numerator, denominator, portal: { metric: portal } });

/**
 * The six groups the national portal scores since 2026, with their sub-indicators, as its
 * reporting API returns them (the captures of test/fixtures/portal-766/, described in
 * /work/shared/portal-766/README.md §5). Sub-indicators worth 0 are shown by the portal without
 * points (monitoring only). The online-payment split 6 + 2 + 2 and the meaning of its two
 * procedure ratios are the public project's reading of the API, not an official text.
 */
export const SET_2026: IndicatorSet = {
  id: '2026',
  name: 'Bộ chỉ số 766 (6 nhóm, từ năm 2026)',
  from: { year: 2026, month: 1, day: 1 },
  groups: [
    {
      column: 'cong_khai_minh_bach',
      name: 'Công khai, minh bạch',
      letterName: 'Công khai minh bạch',
      max: 18,
      portal: 'transparency',
      subIndicators: [
        metric(
          'cong_bo_dung_han',
          'PUBLISH_ON_TIME',
          'Tỷ lệ TTHC công bố đúng hạn',
          6,
          'TTHC công bố đúng hạn',
          'TTHC phải công bố',
        ),
        metric(
          'cong_khai_dung_han',
          'PUBLIC_UPDATE_ON_TIME',
          'Tỷ lệ TTHC cập nhật, công khai đúng hạn',
          4,
          'TTHC cập nhật, công khai đúng hạn',
          'TTHC phải cập nhật, công khai',
        ),
        metric(
          'cong_khai_day_du',
          'PUBLIC_CONTENT_FULL',
          'Tỷ lệ TTHC công khai đầy đủ nội dung',
          2,
          'TTHC công khai đầy đủ nội dung',
          'TTHC công khai',
        ),
        metric(
          'dong_bo_ho_so',
          'DOSSIER_SYNC',
          'Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG',
          6,
          'hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia',
          'hồ sơ theo báo cáo tổng hợp quốc gia',
        ),
      ],
    },
    {
      column: 'tien_do_giai_quyet',
      name: 'Tiến độ giải quyết',
      letterName: 'Tiến độ giải quyết',
      max: 20,
      portal: 'dvc-progress-tree',
      subIndicators: [
        {
          code: 'giai_quyet_dung_han',
          name: 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn',
          max: 20,
          numerator: 'hồ sơ giải quyết trước hạn, đúng hạn',
          denominator: HO_SO,
          portal: { numerator: 'totalOnTime', denominator: 'totalReceived', score: 'score' },
        },
        {
          code: 'qua_han',
          name: 'Hồ sơ giải quyết quá hạn',
          max: 0,
          numerator: 'hồ sơ quá hạn',
          denominator: HO_SO,
          portal: { numerator: 'totalOverdue', denominator: 'totalReceived' },
        },
      ],
    },
    {
      column: 'dich_vu_cong_truc_tuyen',
      name: 'Dịch vụ công trực tuyến',
      letterName: 'Dịch vụ công trực tuyến',
      max: 12,
      portal: 'provide-online-tree',
      subIndicators: [
        {
          code: 'dvc_toan_trinh',
          name: 'Tỷ lệ hồ sơ trực tuyến toàn trình trên hồ sơ của TTHC đủ điều kiện',
          max: 12,
          numerator: '',
          denominator: '',
          portal: { score: 'totalScore' },
        },
      ],
    },
    {
      column: 'thanh_toan_truc_tuyen',
      name: 'Thanh toán trực tuyến',
      letterName: 'Thanh toán trực tuyến',
      max: 10,
      portal: 'formality-online-payment-tree',
      subIndicators: [
        {
          code: 'ho_so_thanh_toan_truc_tuyen',
          name: 'Tỷ lệ hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến',
          max: 6,
          numerator: 'hồ sơ thanh toán trực tuyến thành công',
          denominator: 'hồ sơ có nghĩa vụ tài chính',
          portal: {
            numerator: 'totalDossierOnlinePaymentSuccess',
            denominator: 'totalDossierFinancialObligation',
          },
        },
        {
          code: 'tthc_co_thanh_toan',
          name: 'Tỷ lệ TTHC có phát sinh thanh toán trực tuyến',
          max: 2,
          numerator: 'TTHC có hồ sơ thanh toán trực tuyến thành công',
          denominator: 'TTHC có phí, lệ phí',
          portal: {
            numerator: 'totalDossierOnlineFormalityPaymentSuccess',
            denominator: 'totalFeeFormality',
          },
        },
        {
          code: 'tthc_thu_phi_tren_cong',
          name: 'Tỷ lệ TTHC có nghĩa vụ tài chính được cung cấp trên Cổng',
          max: 2,
          numerator: 'TTHC có hồ sơ thu phí, lệ phí trên Cổng',
          denominator: 'TTHC có phí, lệ phí',
          portal: { numerator: 'totalFeeDossierFormality', denominator: 'totalFeeFormality' },
        },
      ],
    },
    {
      column: 'so_hoa_ho_so',
      name: 'Số hóa hồ sơ',
      letterName: 'Số hóa hồ sơ',
      max: 22,
      portal: 'dossier-digitized',
      subIndicators: [
        metric(
          'ket_qua_dien_tu',
          'ORIGINAL_RESULT_AVAILABLE',
          'Tỷ lệ hồ sơ TTHC có cấp kết quả giải quyết điện tử',
          6,
          'hồ sơ có kết quả giải quyết điện tử',
          HO_SO,
        ),
        metric(
          'so_hoa_thanh_phan',
          'SO_HOA_GIAY_TO_GIAI_QUYET',
          'Tỷ lệ hồ sơ TTHC thực hiện số hóa hồ sơ',
          4,
          'hồ sơ được số hóa',
          HO_SO,
        ),
        metric(
          'tai_su_dung',
          'REUSED_DIGITIZED_DATA',
          'Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
          2,
          'hồ sơ sử dụng lại dữ liệu số hóa',
          HO_SO,
        ),
        metric(
          'ket_noi_kho_du_lieu',
          'SYNCED_WITH_DVCQG_PERSONAL_STORAGE',
          'Tỷ lệ hồ sơ TTHC được số hóa có kết nối, chia sẻ dữ liệu phục vụ tái sử dụng',
          4,
          'hồ sơ số hóa kết nối kho dữ liệu cá nhân trên Cổng Dịch vụ công quốc gia',
          HO_SO,
        ),
        metric(
          'dan_cu_ho_so',
          'CITIZEN_DATA_CONNECTED_DOSSIER',
          'Tỷ lệ hồ sơ TTHC có sử dụng thông tin, dữ liệu dân cư',
          2,
          'hồ sơ sử dụng dữ liệu dân cư',
          HO_SO,
        ),
        metric(
          'dan_cu_tthc',
          'CITIZEN_DATA_CONNECTED_FORMALITY',
          'Tỷ lệ TTHC triển khai kết nối, chia sẻ dữ liệu dân cư',
          2,
          'TTHC kết nối dữ liệu dân cư',
          'TTHC',
        ),
        metric(
          'chung_thuc_dien_tu',
          'ELECTRONIC_CERTIFIED_COPY',
          'Tỷ lệ cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính',
          2,
          '',
          '',
        ),
      ],
    },
    {
      column: 'muc_do_hai_long',
      name: 'Mức độ hài lòng',
      letterName: 'Mức độ hài lòng',
      max: 18,
      portal: 'handling-satisfaction',
      subIndicators: [
        metric(
          'hai_long_giai_quyet',
          'DOSSIER_RECEIVING_SATISFACTION',
          'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC',
          6,
          'hồ sơ được đánh giá hài lòng',
          HO_SO,
        ),
        metric(
          'pakn_dung_han',
          'PETITION_PROCESSING_ON_TIME',
          'Tỷ lệ PAKN xử lý đúng hạn',
          6,
          'PAKN xử lý đúng hạn',
          'PAKN',
        ),
        metric(
          'hai_long_pakn',
          'PETITION_HANDLING_SATISFACTION',
          'Tỷ lệ hài lòng trong xử lý PAKN',
          6,
          'PAKN được đánh giá hài lòng',
          'PAKN',
        ),
        metric(
          'pakn_ve_tthc',
          'PETITION_CLASSIFICATION_TTHC',
          'Tỷ lệ PAKN về quy định, thủ tục hành chính',
          0,
          'PAKN về quy định, TTHC',
          'PAKN',
        ),
        metric(
          'pakn_ve_can_bo',
          'PETITION_CLASSIFICATION_STAFF',
          'Tỷ lệ PAKN về hành vi cán bộ, công chức, viên chức',
          0,
          'PAKN về hành vi cán bộ, công chức, viên chức',
          'PAKN',
        ),
      ],
    },
  ],
  total: { compose: 'sum', max: 100 },
  source:
    'Cổng Dịch vụ công quốc gia, trang đánh giá Bộ chỉ số (API reporting/evaluation), ảnh chụp ngày 26/9/2026 (Phú Thọ).',
};
