// Test-runner-only clock offset: runs a suite as if today were N days later (or earlier), to
// prove no test depends on the date it runs on. Off unless EV_TEST_CLOCK_OFFSET_DAYS is set:
//
//   EV_TEST_CLOCK_OFFSET_DAYS=120 npx wtr --files 'test/browser/log/**/*.test.ts'
//   EV_TEST_CLOCK_OFFSET_DAYS=120 node scripts/test-node.mjs
//
// web-test-runner.config.mjs shifts its own process (the reference servers' "now") and injects
// the same shift into every test page before the test framework loads; scripts/test-node.mjs
// preloads test/clock-offset-preload.mjs. Only the wall clock moves (`Date.now()`, `new Date()`,
// `Date()`); `performance.now()` and timers are untouched. Not shifted: frames a test opens
// (`srcdoc`, the security suite's CSP pages), which run on the real clock, self-consistently.

/** The offset of this run in ms (0: off), from EV_TEST_CLOCK_OFFSET_DAYS. */
export function clockOffsetMs(env = process.env) {
  const raw = env.EV_TEST_CLOCK_OFFSET_DAYS;
  if (raw === undefined || raw === '') return 0;
  const days = Number(raw);
  if (!Number.isFinite(days)) throw new Error(`EV_TEST_CLOCK_OFFSET_DAYS is not a number: ${raw}`);
  return Math.round(days * 86_400_000);
}

/**
 * Replaces `global.Date` by one whose "now" is `offsetMs` later. Self-contained (its source is
 * injected into test pages as is). Dates built from arguments are unchanged.
 */
export function installClockOffset(global, offsetMs) {
  const RealDate = global.Date;
  if (!offsetMs || RealDate.evClockOffsetMs !== undefined) return;
  const realNow = RealDate.now.bind(RealDate);
  const now = () => realNow() + offsetMs;
  // On the real Date, so a test that swaps `Date.now` (and puts back what it found) still can.
  RealDate.now = now;
  const Shifted = new Proxy(RealDate, {
    construct(target, args, newTarget) {
      return Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget === Shifted ? target : newTarget);
    },
    apply(target) {
      return new target(now()).toString();
    },
    get(target, prop) {
      if (prop === 'evClockOffsetMs') return offsetMs;
      return Reflect.get(target, prop, target);
    },
  });
  global.Date = Shifted;
}

/** A classic `<script>` for a test page's head that shifts the page's clock (empty when off). */
export function clockOffsetScript(offsetMs) {
  if (!offsetMs) return '';
  return `<script>(${installClockOffset.toString()})(globalThis, ${offsetMs});</script>`;
}
