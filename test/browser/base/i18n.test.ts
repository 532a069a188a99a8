import { expect } from '@open-wc/testing';
import '../../../src/define.js';
import '../../../src/i18n/locales/de.js';
import { registeredLanguages, resolveTranslation } from '../../../src/i18n/translation.js';

/** Every leaf path of a translation object, with the leaf's type. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) for (const [p, t] of leaves(child, `${path}.${key}`)) out.set(p, t);
  } else {
    out.set(path, typeof value);
  }
  return out;
}

describe('translations', () => {
  it('German is registered and complete: every English string has a German one of the same kind', () => {
    expect(registeredLanguages()).to.include('de');
    const en = leaves(resolveTranslation('en'));
    const de = resolveTranslation('de');
    const deLeaves = leaves(de);
    const missing: string[] = [];
    const untranslated: string[] = [];
    for (const [path, type] of en) {
      if (deLeaves.get(path) !== type) missing.push(path);
    }
    // Same-as-English strings are allowed only where the word is the same in German.
    const same = new Set(['.common.httpStatus']);
    const english = resolveTranslation('en') as unknown as Record<string, Record<string, unknown>>;
    const german = de as unknown as Record<string, Record<string, unknown>>;
    for (const [path, type] of en) {
      if (type !== 'string' || same.has(path)) continue;
      const get = (root: unknown) => path.slice(1).split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], root);
      if (get(english) === get(german) && String(get(english)).length > 3) untranslated.push(path);
    }
    expect(missing, 'missing German strings').to.deep.equal([]);
    expect(untranslated, 'strings still in English').to.deep.equal([]);
  });

  it('regional tags fall back to the language', () => {
    expect(resolveTranslation('de-AT').common.retry).to.equal('Erneut versuchen');
    expect(resolveTranslation('fr').common.retry).to.equal('Retry');
  });
});
