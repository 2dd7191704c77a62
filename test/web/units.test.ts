// The small pieces the routes rely on: escaping, names made safe, the cookie, places shown.
import { makeIssue } from '../../src/issues/issue';
import { cellOf, columnHeader, errorsFirst, issueTable } from '../../src/web/pages/issue-table';
import { escapeHtml, html } from '../../src/web/pages/html';
import { scrubIssue } from '../../src/web/jobs/scrub-paths';
import { readCookie, sessionCookie } from '../../src/web/security/cookie';
import { csrfToken, csrfValid } from '../../src/web/security/csrf';
import { isLoopback } from '../../src/web/security/loopback';
import { csvName } from '../../src/web/uploads/dataset-zip';
import { baseName, extensionOf, safeStem } from '../../src/web/uploads/safe-name';

test('every value put into a page is escaped, unless it is markup the app built', () => {
  const name = '<img src=x onerror=alert(1)>"';
  expect(html`<td title="${name}">${name}</td>`.text).toBe(
    '<td title="&lt;img src=x onerror=alert(1)&gt;&quot;">&lt;img src=x onerror=alert(1)&gt;&quot;</td>',
  );
  expect(html`<p>${html`<b>${'a&b'}</b>`}</p>`.text).toBe('<p><b>a&amp;b</b></p>');
  expect(escapeHtml("'")).toBe('&#39;');
});

test('names from a request become names of the server', () => {
  expect(safeStem('Dữ liệu Lào Cai 2026-Q1.xlsx', 'du-lieu')).toBe('du-lieu-lao-cai-2026-q1');
  expect(safeStem('../../etc/passwd', 'du-lieu')).toBe('passwd');
  expect(safeStem('..\\..\\windows\\win.ini', 'x')).toBe('win');
  expect(safeStem('....xlsx', 'du-lieu')).toBe('du-lieu');
  expect(safeStem('Đắk Lắk.json', 'x')).toBe('dak-lak');
  expect(baseName('a/b\\c.docx')).toBe('c.docx');
  expect(extensionOf('Bao Cao.DOCX')).toBe('.docx');
  expect(extensionOf('khong-duoi')).toBe('');
  expect(csvName('HoSo-iGate.csv')).toBe('HoSo-iGate.csv');
  expect(csvName('Hồ sơ.csv')).toBe('Ho-so.csv');
  expect(csvName('.csv')).toBeNull();
});

test('the session cookie: read among others, written with its flags', () => {
  expect(readCookie('a=1; tthc_phien=abc_-; b=2', 'tthc_phien')).toBe('abc_-');
  expect(readCookie('tthc_phienx=1', 'tthc_phien')).toBeUndefined();
  expect(sessionCookie('tthc_phien', 'abc', 7200)).toBe(
    'tthc_phien=abc; Max-Age=7200; Path=/; HttpOnly; SameSite=Lax',
  );
  expect(() => sessionCookie('tthc_phien', 'a;b', 1)).toThrow();
});

test('a CSRF token belongs to its session and its server', () => {
  const secret = Buffer.alloc(32, 1);
  const token = csrfToken(secret, 'phien-a');
  expect(csrfValid(secret, 'phien-a', token)).toBe(true);
  expect(csrfValid(secret, 'phien-b', token)).toBe(false);
  expect(csrfValid(Buffer.alloc(32, 2), 'phien-a', token)).toBe(false);
  expect(csrfValid(secret, 'phien-a', undefined)).toBe(false);
});

test('what counts as this machine', () => {
  expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].map(isLoopback)).toEqual([
    true,
    true,
    true,
    true,
    true,
  ]);
  expect(['0.0.0.0', '192.168.1.10', '::', 'example.com'].map(isLoopback)).toEqual([
    false,
    false,
    false,
    false,
  ]);
});

describe('places in the issue table', () => {
  const cell = makeIssue(
    'NOT_A_NUMBER',
    { value: 'x', header: 'Tiếp nhận trực tuyến' },
    {
      file: 'du-lieu.xlsx',
      format: 'xlsx',
      table: 'HoSo',
      row: 22,
      column: 'tiep_nhan_truc_tuyen',
      cell: 'D22',
    },
  );

  test('a workbook cell as Sheet!Cell, its column by its Vietnamese header', () => {
    expect(cellOf(cell.location!)).toBe('HoSo!D22');
    expect(columnHeader(cell.location!)).toBe('Tiếp nhận trực tuyến');
    // A CSV file of a second source of the table: the table's header still.
    expect(
      columnHeader({
        file: 'HoSo-igate.csv',
        format: 'csv',
        row: 3,
        column: 'tiep_nhan_truc_tiep',
      }),
    ).toBe('Tiếp nhận trực tiếp và qua BCCI');
    expect(columnHeader({ file: 'x.csv', format: 'csv', column: 'khong_co' })).toBeUndefined();
  });

  test('errors before warnings, each in the order found', () => {
    const w = makeIssue(
      'SOURCE_NAME_MISMATCH',
      { name: 'a', named: 'b', found: 'c' },
      { file: 'a' },
    );
    const e2 = { ...cell, message: 'hai' };
    expect(errorsFirst([w, cell, e2])).toEqual([cell, e2, w]);
    const table = issueTable([w, cell]).text;
    expect(table.indexOf('NOT_A_NUMBER')).toBeLessThan(table.indexOf('SOURCE_NAME_MISMATCH'));
  });

  test('the server’s folders are taken out of what is shown', () => {
    const issue = makeIssue(
      'CONTENT_FILE_MISSING',
      { path: '/srv/tthc/jobs/abc/input/noi-dung.md' },
      { file: '/srv/tthc/jobs/abc/input/noi-dung.md' },
    );
    const shown = scrubIssue(issue, ['/srv/tthc/jobs/abc/input', '/srv/tthc/jobs/abc']);
    expect(shown.location?.file).toBe('noi-dung.md');
    expect(shown.message).not.toContain('/srv/');
  });
});
