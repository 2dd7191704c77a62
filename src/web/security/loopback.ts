import { isIP } from 'node:net';

/**
 * Whether an address to listen on reaches only this machine: 127.0.0.0/8, ::1, localhost.
 * @example isLoopback('127.0.0.1') // true
 * @example isLoopback('0.0.0.0') // false
 */
export function isLoopback(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '::1') return true;
  return isIP(h) === 4 && h.startsWith('127.');
}
