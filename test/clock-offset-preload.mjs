// `node --import ./test/clock-offset-preload.mjs`: shifts this process's clock by
// EV_TEST_CLOCK_OFFSET_DAYS (see test/clock-offset.mjs).
import { clockOffsetMs, installClockOffset } from './clock-offset.mjs';

installClockOffset(globalThis, clockOffsetMs());
