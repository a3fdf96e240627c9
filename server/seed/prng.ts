/** A small seeded PRNG (mulberry32): the same seed gives the same data set on every machine. */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Whether an event of probability `p` happens. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** `count` digits as a string. */
  digits(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) {
      out += String(this.int(0, 9));
    }
    return out;
  }

  /** `count` upper-case letters. */
  letters(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) {
      out += String.fromCharCode(65 + this.int(0, 25));
    }
    return out;
  }
}
