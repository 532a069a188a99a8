// Negative controls for the strict-CSP pages (log/csp-frame.ts, security/csp-page.ts): markup from
// a string and eval must both be refused there, or the page's own "no violations" proves nothing.

/** Collects every `securitypolicyviolation` of this document, as "directive: blocked sample at file:line". */
export function watchViolations(): string[] {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    violations.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample} at ${e.sourceFile.replace(location.origin, '')}:${e.lineNumber}`.trim()),
  );
  return violations;
}

/**
 * Tries the two things the policy must refuse, waits for their reports, and returns whether each was
 * refused plus `violations` without the controls' own reports.
 */
export async function cspControls(violations: readonly string[]): Promise<{ trustedTypesEnforced: boolean; evalBlocked: boolean; others: string[] }> {
  let trustedTypesEnforced = false;
  try {
    (document.createElement('div') as unknown as Record<string, unknown>)[`inner${'HTML'}`] = '<b>x</b>';
  } catch {
    trustedTypesEnforced = true;
  }
  let evalBlocked = false;
  try {
    (0, eval)('1');
  } catch {
    evalBlocked = true;
  }
  await new Promise((r) => setTimeout(r, 50));
  const others = violations.filter((v) => !/^require-trusted-types-for|^script-src.*eval/.test(v));
  return { trustedTypesEnforced, evalBlocked, others };
}
