/** Wrong passwords allowed from one address before it must wait. */
const TRIES = 5;
const WINDOW_MS = 15 * 60_000;

/**
 * Slows down guessing: after 5 wrong passwords from one address within 15 minutes, that
 * address is refused until the window has passed.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  private recent(address: string): number[] {
    const since = this.now() - WINDOW_MS;
    const times = (this.failures.get(address) ?? []).filter((t) => t > since);
    if (times.length > 0) this.failures.set(address, times);
    else this.failures.delete(address);
    return times;
  }

  /** Whether this address may try now. */
  allowed(address: string): boolean {
    return this.recent(address).length < TRIES;
  }

  failed(address: string): void {
    this.failures.set(address, [...this.recent(address), this.now()]);
  }

  succeeded(address: string): void {
    this.failures.delete(address);
  }
}
