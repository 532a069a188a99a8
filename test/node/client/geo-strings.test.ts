/**
 * Coordinates given as strings (`context.geo.lat: "52.5"`) are read as plain decimal numbers
 * only: JavaScript's other number syntaxes (hex, binary, octal, exponents, Infinity) are no place.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { eventLatLng } from '../../../src/client/geo.js';

const at = (lat: unknown, long: unknown = 0) => eventLatLng({ context: { geo: { lat, long } } as never });

describe('eventLatLng with coordinates as strings', () => {
  test('plain decimal strings are read', () => {
    assert.deepEqual(at('52.52', '13.405'), [52.52, 13.405]);
    assert.deepEqual(at('-33.9', '+151.2'), [-33.9, 151.2]);
    assert.deepEqual(at('10', '-180'), [10, -180]);
    assert.deepEqual(at('.5', '5.'), [0.5, 5]);
    assert.deepEqual(at('0090', '0'), [90, 0], 'leading zeros are decimal, not octal');
    assert.deepEqual(at(' 52.5 ', '\t13.4\n'), [52.5, 13.4], 'white space around the number is allowed');
  });

  test('numbers are taken as they are (a JSON number in exponent form is still a number)', () => {
    assert.deepEqual(at(1e1, -1.5e2), [10, -150]);
  });

  test('other number syntaxes, empty and blank strings are no coordinate', () => {
    for (const value of ['0x10', '0X1a', '0b101', '0o17', '1e1', '1E1', '5e-1', 'Infinity', '-Infinity', 'NaN', '', ' ', '\t\n', '1_000', '1,5', '+-1', '.', '-', '1.2.3', '12abc', '١٢']) {
      assert.equal(at(value), undefined, `lat ${JSON.stringify(value)}`);
      assert.equal(at(0, value), undefined, `long ${JSON.stringify(value)}`);
    }
  });
});
