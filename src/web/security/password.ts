import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';

/** A password as the server keeps it: scrypt with a salt of its own; the text itself is dropped. */
export interface PasswordHash {
  readonly salt: Buffer;
  readonly hash: Buffer;
}

const KEY_LENGTH = 32;

/** scrypt's default cost (N = 16384): some 50 ms per try, which makes guessing slow. */
export function hashPassword(password: string): PasswordHash {
  const salt = randomBytes(16);
  return { salt, hash: scryptSync(password.normalize('NFC'), salt, KEY_LENGTH) };
}

/** Whether `password` is the one hashed, compared in constant time. */
export function checkPassword(password: string, stored: PasswordHash): boolean {
  const hash = scryptSync(password.normalize('NFC'), stored.salt, KEY_LENGTH);
  return timingSafeEqual(hash, stored.hash);
}

// No 0/O, 1/l/I: read aloud or copied from a screen without mistakes.
const LETTERS = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A password for the session when none was set: 4 groups of 4 letters (about 79 bits), told
 * once at start-up to whoever starts the server.
 */
export function newAccessPassword(): string {
  const group = () => Array.from({ length: 4 }, () => LETTERS[randomInt(LETTERS.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}
