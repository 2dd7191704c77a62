/** Vietnamese reasons for the file-system errors an official can meet and act on. */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'không có quyền truy cập',
  EPERM: 'không có quyền truy cập',
  ENOENT: 'không tồn tại',
  ENOTDIR: 'một phần của đường dẫn không phải là thư mục',
  EISDIR: 'đây là thư mục, không phải tệp',
  ENOSPC: 'ổ đĩa đã đầy',
  EDQUOT: 'đã hết dung lượng được cấp trên ổ đĩa',
  EROFS: 'ổ đĩa chỉ cho phép đọc',
  EBUSY: 'tệp đang được chương trình khác mở (ví dụ Excel hoặc Word); đóng tệp rồi chạy lại',
  EMFILE: 'mở quá nhiều tệp cùng lúc',
  ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài',
  EEXIST: 'đã có tệp hoặc thư mục cùng tên',
  EXDEV: 'không chuyển được tệp giữa hai ổ đĩa',
};

/** The errno code of a Node file-system error, if `err` is one. */
export const errnoCode = (err: unknown): string | undefined => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
};

/**
 * Why a file could not be read or written, in Vietnamese, with the system's code for support.
 * @example ioReason({ code: 'ENOSPC' }) // 'ổ đĩa đã đầy (ENOSPC)'
 */
export function ioReason(err: unknown): string {
  const code = errnoCode(err);
  if (code) return `${REASONS[code] ?? 'lỗi hệ thống tệp'} (${code})`;
  return err instanceof Error ? err.message : String(err);
}
