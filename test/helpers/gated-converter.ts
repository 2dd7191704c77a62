import type { PdfConversion, PdfConverter, PdfJob } from '../../src/render/pdf/converter/converter';

/**
 * A real converter behind a gate: each call waits until the test opens the gate, so a browser
 * test can look at a build's progress while it is certainly running, then let it finish.
 */
export class GatedConverter implements PdfConverter {
  readonly kind;
  private opened!: () => void;
  private gate = new Promise<void>((done) => (this.opened = done));
  private arrived: (() => void)[] = [];
  calls = 0;

  constructor(private readonly inner: PdfConverter) {
    this.kind = inner.kind;
  }

  async convert(jobs: readonly PdfJob[]): Promise<PdfConversion> {
    this.calls++;
    for (const a of this.arrived.splice(0)) a();
    await this.gate;
    return this.inner.convert(jobs);
  }

  /** Resolves once a call is waiting at the gate. */
  waiting(): Promise<void> {
    return this.calls > 0 ? Promise.resolve() : new Promise((done) => this.arrived.push(done));
  }

  /** Lets the waiting call (and every later one) through; the gate closes again with `shut`. */
  open(): void {
    this.opened();
  }

  shut(): void {
    this.calls = 0;
    this.gate = new Promise<void>((done) => (this.opened = done));
  }

  close(): Promise<void> {
    this.opened();
    return this.inner.close();
  }
}
