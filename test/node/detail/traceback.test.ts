import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseLegacyException, parseTraceback, tracebackText } from '../../../src/components/detail/traceback.js';
import { TRACEBACK, legacyExceptionEvent } from '../../fixtures/detail-events.js';

describe('parseTraceback', () => {
  test('reads exception_to_string output: frames with code, library frames, multi-line final message', () => {
    const parsed = parseTraceback(TRACEBACK)!;
    assert.equal(parsed.preamble, '');
    assert.deepEqual(parsed.causes, []);
    assert.equal(parsed.error.type, 'netaddr.core.AddrFormatError');
    assert.equal(parsed.error.message, "invalid IPNetwork 10.0.0.0/33\nwhile evaluating 'require-vpn'");
    assert.deepEqual(
      parsed.error.frames.map((f) => [f.file, f.line, f.fn, f.code.length, f.library]),
      [
        ['/authentik/policies/expression/evaluator.py', 52, 'evaluate', 1, false],
        ['/authentik/lib/expression/evaluator.py', 301, 'evaluate', 1, false],
        ['PolicyExpression: require-vpn', 3, 'handler', 0, false],
        ['/usr/local/lib/python3.12/site-packages/netaddr/ip/__init__.py', 1012, '__init__', 1, true],
        ['/usr/local/lib/python3.12/site-packages/netaddr/strategy/ipv4.py', 119, 'str_to_int', 1, true],
      ],
    );
    assert.equal(parsed.error.frames[0]!.code[0], 'result = super().evaluate(expression_source)');
    assert.equal(tracebackText(parsed), TRACEBACK);
  });

  test('keeps Python 3.11 caret lines with their frame, and reads chained exceptions', () => {
    const text = [
      'Traceback (most recent call last):',
      '  File "/app/a.py", line 3, in <module>',
      '    x = {}["k"]',
      '        ~~^^^^^',
      "KeyError: 'k'",
      '',
      'During handling of the above exception, another exception occurred:',
      '',
      'Traceback (most recent call last):',
      '  File "/app/b.py", line 9, in run',
      '    raise ValueError("bad")',
      'ValueError: bad',
    ].join('\n');
    const parsed = parseTraceback(text)!;
    assert.equal(parsed.causes.length, 1);
    assert.equal(parsed.causes[0]!.type, 'KeyError');
    assert.equal(parsed.causes[0]!.link, 'During handling of the above exception, another exception occurred:');
    assert.deepEqual(parsed.causes[0]!.frames[0]!.code, ['x = {}["k"]', '    ~~^^^^^']);
    assert.equal(parsed.error.type, 'ValueError');
    assert.equal(parsed.error.message, 'bad');
  });

  test('text that is not a traceback is not parsed; odd final lines keep their text', () => {
    assert.equal(parseTraceback('Outpost has no healthy instance'), null);
    assert.equal(parseTraceback(''), null);
    const odd = parseTraceback('Traceback (most recent call last):\n  File "x.py", line 1, in f\n    g()\nsomething went wrong: badly')!;
    assert.equal(odd.error.type, '');
    assert.equal(odd.error.message, 'something went wrong: badly');
    const pre = parseTraceback('Task failed\nTraceback (most recent call last):\n  File "x.py", line 1, in f\nKeyboardInterrupt')!;
    assert.equal(pre.preamble, 'Task failed');
    assert.equal(pre.error.type, 'KeyboardInterrupt');
    assert.equal(pre.error.message, '');
  });

  test('reads the legacy exception dict and rejects other shapes', () => {
    const parsed = parseLegacyException(legacyExceptionEvent().context.exception)!;
    assert.equal(parsed.error.type, 'django.db.utils.OperationalError');
    assert.match(parsed.error.message, /timeout expired/);
    assert.deepEqual(
      parsed.error.frames.map((f) => [f.line, f.fn, f.library]),
      [
        [88, '__call__', false],
        [275, 'connect', true],
        [119, 'connect', true],
      ],
    );
    assert.equal(parseLegacyException('boom'), null);
    assert.equal(parseLegacyException({ frames: [] }), null);
    assert.equal(parseLegacyException({ exc_type: 'X', frames: ['junk', { lineno: 'NaN' }] })!.error.frames.length, 1);
  });
});
