/** The bell's placement assertions (browser tests only: it uses the test runner's `expect`; helpers.ts stays importable by bench pages). */
import { expect } from '@open-wc/testing';
import type { EvNotificationBell } from '../../../src/components/notification-bell/notification-bell.js';
import { bellButton, panel, viewport } from './helpers.js';

/** The panel is directly above or below the bell (a margin apart), overlaps it sideways, and is entirely on the screen. */
export function expectBeside(el: EvNotificationBell): void {
  const b = bellButton(el).getBoundingClientRect();
  const p = panel(el).getBoundingClientRect();
  const { width, height } = viewport();
  const at = `bell ${[b.left, b.top, b.right, b.bottom]}, panel ${[p.left, p.top, p.right, p.bottom]}, viewport ${width}×${height}`;
  const below = p.top >= b.bottom && p.top - b.bottom <= 12;
  const above = p.bottom <= b.top && b.top - p.bottom <= 12;
  expect(below || above, `the panel right above or below the bell (${at})`).to.equal(true);
  expect(p.left < b.right && p.right > b.left, `the panel beside the bell, not off to the side (${at})`).to.equal(true);
  expect(p.top >= 0 && p.bottom <= height && p.left >= 0 && p.right <= width, `the panel on the screen (${at})`).to.equal(true);
}
