import { createHash } from 'node:crypto';

/**
 * The socket files a LibreOffice (7.x, on Unix) makes in /tmp, whatever TMPDIR says: one for
 * its single-instance pipe, named after the MD5 of the profile's URL in UTF-16 (each byte in hex
 * without padding), and one per `--accept=pipe,name=…`. A LibreOffice that ends cleanly removes
 * them; a killed one (a timeout, Ctrl+C) leaves them behind, so they are registered as
 * temporary files of the run and removed after a kill. A LibreOffice that names them otherwise
 * only leaves files this does not find: removing a missing path is a no-op.
 */
export function officePipes(profileUrl: string, pipeNames: readonly string[] = []): string[] {
  const uid = process.getuid?.() ?? 0;
  const digest = createHash('md5').update(Buffer.from(profileUrl, 'utf16le')).digest();
  const hash = [...digest].map((b) => b.toString(16)).join('');
  return [`SingleOfficeIPC_${hash}`, ...pipeNames].map((n) => `/tmp/OSL_PIPE_${uid}_${n}`);
}
