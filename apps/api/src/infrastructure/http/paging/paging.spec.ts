import { ApiError } from '../../errors/api-error';
import { nextPageLink } from './next-page-link';
import { INVALID_CURSOR, isPaged, pageRequest, takePage } from './paging';

/** The paging helper every list read uses (docs/api.md "Paging"). */
describe('paging', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it('walks a list page by page through the cursors it hands out, and hands none out at the end', () => {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = takePage(items, pageRequest({ limit: '2', after }));
      seen.push(...page.items);
      pages++;
      after = page.next ?? undefined;
    } while (after !== undefined);
    expect([seen, pages]).toEqual([items, 3]);
    expect(takePage(items, pageRequest({ limit: '5' })).next).toBeNull();
  });

  it('without limit answers the whole list, from the cursor on when one is given', () => {
    expect(isPaged({})).toBe(false);
    expect(takePage(items, pageRequest({}))).toEqual({ items, next: null });
    const second = takePage(items, pageRequest({ limit: '3' })).next!;
    expect(takePage(items, pageRequest({ after: second }))).toEqual({ items: ['d', 'e'], next: null });
  });

  it('refuses a cursor it did not hand out with 400 INVALID_CURSOR on the field after', () => {
    for (const after of ['bm90LWEtY3Vyc29y', 'MTI', Buffer.from('o1:01').toString('base64url'), Buffer.from('o1:-1').toString('base64url')]) {
      let thrown: unknown;
      try {
        pageRequest({ after });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(ApiError);
      expect((thrown as ApiError).toBody()).toMatchObject({ statusCode: 400, code: INVALID_CURSOR, details: [{ field: 'after' }] });
    }
  });

  it('the Link keeps every other parameter of the request and replaces the cursor', () => {
    expect(nextPageLink('/catalogue?format=csv&locale=sv&limit=2&after=old', 'new')).toBe('</catalogue?format=csv&locale=sv&limit=2&after=new>; rel="next"');
    expect(nextPageLink('/webhooks/w/deliveries?limit=1', '42', 'before')).toBe('</webhooks/w/deliveries?limit=1&before=42>; rel="next"');
  });
});
