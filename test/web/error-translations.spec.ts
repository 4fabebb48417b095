import { ErrorCodes } from '@samsyn/domain/shared/domain-error';
import { ApiErrorCodes } from '../../apps/api/src/infrastructure/errors/api-error';
import en from '../../apps/web/src/i18n/en/errors.json';
import sv from '../../apps/web/src/i18n/sv/errors.json';

/** Every code the API can answer with gets a sentence in both languages (issue 11). */
describe('the web application translates every error code', () => {
  const codes = [...new Set([...Object.values(ErrorCodes), ...Object.values(ApiErrorCodes)])];

  it.each(codes)('%s has a Swedish and an English sentence', (code) => {
    expect((sv.codes as Record<string, string>)[code]).toEqual(expect.any(String));
    expect((en.codes as Record<string, string>)[code]).toEqual(expect.any(String));
  });

  it('both languages have the same keys', () => {
    expect(Object.keys(sv.codes).sort()).toEqual(Object.keys(en.codes).sort());
  });
});
