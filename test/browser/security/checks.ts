/** The assertions of the XSS suite, shared by every component's file. */
import { expect } from '@open-wc/testing';
import { type Finding, inspect, isSafeLink, links } from './inspect.js';
import { pwned } from './harness.js';

/** Where findings were made, with what (deduplicated, at most 20 shown). */
export class Findings {
  readonly #all = new Map<string, number>();
  checks = 0;

  /** Inspects `root` (and everything below it) and records what it finds under `label`. */
  scan(root: Node, label: string): void {
    this.checks++;
    const found: Finding[] = inspect(root);
    for (const link of links(root)) if (!isSafeLink(link)) found.push({ problem: `link to ${link.slice(0, 60)}`, where: label });
    for (const f of found) {
      const key = `${label}: ${f.problem} at ${f.where}`;
      this.#all.set(key, (this.#all.get(key) ?? 0) + 1);
    }
  }

  get list(): string[] {
    return [...this.#all.keys()];
  }

  /** Fails with the findings (if any) and when a payload ran. */
  async expectNone(): Promise<void> {
    // Payloads that execute do so a little later (error events of images, timers).
    await new Promise((r) => setTimeout(r, 50));
    expect(this.list.slice(0, 20), `${this.list.length} findings in ${this.checks} scans`).to.deep.equal([]);
    expect(pwned(), 'a payload ran (window.__evPwned is set)').to.equal(false);
  }
}

/** Payloads not found as text under `root` (each must be rendered, as text). */
export function missingText(text: string, payloads: Iterable<string>): string[] {
  const missing: string[] = [];
  for (const payload of payloads) if (!text.includes(payload)) missing.push(payload);
  return missing;
}
