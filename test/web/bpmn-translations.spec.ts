import { REFUSAL_TEMPLATES, WARNING_TEMPLATES } from '../../libs/bpmn/src/import-messages';
import en from '../../apps/web/src/i18n/en/bpmn.json';
import sv from '../../apps/web/src/i18n/sv/bpmn.json';

/** The parameters a sentence names: `{{name}}`. */
const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]))].sort();

/**
 * Every code the BPMN import warns or refuses with gets a sentence in both languages (issue 16),
 * and each sentence names only parameters the import gives (so none shows as "{{x}}").
 */
describe('the web application translates every BPMN import warning and refusal', () => {
  const warnings = Object.entries(WARNING_TEMPLATES);
  it.each(warnings)('warning %s has a Swedish and an English sentence with its parameters', (code, template) => {
    for (const lang of [sv, en]) {
      const text = (lang.warnings as Record<string, string>)[code];
      expect(text).toEqual(expect.any(String));
      expect(placeholders(text)).toEqual(placeholders(template));
    }
  });

  const refusals = Object.entries(REFUSAL_TEMPLATES).flatMap(([code, reasons]) => Object.entries(reasons).map(([reason, template]) => [code, reason, template as string] as const));
  it.each(refusals)('refusal %s (%s) has a Swedish and an English sentence with its parameters', (code, reason, template) => {
    for (const lang of [sv, en]) {
      const text = (lang.refusals as Record<string, Record<string, string>>)[code]?.[reason];
      expect(text).toEqual(expect.any(String));
      expect(placeholders(text)).toEqual(placeholders(template));
    }
  });

  it('both languages have the same keys, and no sentence for a code the import does not have', () => {
    expect(Object.keys(sv.warnings).sort()).toEqual(Object.keys(WARNING_TEMPLATES).sort());
    expect(Object.keys(en.warnings).sort()).toEqual(Object.keys(WARNING_TEMPLATES).sort());
    const reasons = (r: Record<string, Record<string, string>>) => Object.entries(r).flatMap(([c, rs]) => Object.keys(rs).map((k) => `${c}.${k}`)).sort();
    expect(reasons(sv.refusals)).toEqual(refusals.map(([c, r]) => `${c}.${r}`).sort());
    expect(reasons(en.refusals)).toEqual(reasons(sv.refusals));
    expect(Object.keys(sv).sort()).toEqual(Object.keys(en).sort());
  });
});
