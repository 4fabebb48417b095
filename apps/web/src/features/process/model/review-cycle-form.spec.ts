import type { Session } from '../../../lib/auth';
import { maySetReviewCycle, reviewCycleOf } from './review-cycle-form';

const session = (sub: string, roles: Session['roles'] = []): Session => ({ token: 't', sub, name: sub, roles, method: 'demo' });
const owner = { principal: 'anna', stakeholder: 'ksn' };

describe('the review cycle form', () => {
  it('builds the body of PUT /processes/:id/review-cycle', () => expect(reviewCycleOf({ intervalMonths: ' 24 ', owner: ' eva ' })).toEqual({ body: { intervalMonths: 24, owner: 'eva' } }));
  it.each(['', '0', '121', '1.5', '-3', 'tolv'])('refuses %p months', (m) => expect(reviewCycleOf({ intervalMonths: m, owner: 'eva' })).toEqual({ problems: ['intervalMonths'] }));
  it('takes 1 and 120 months', () => {
    expect(reviewCycleOf({ intervalMonths: '1', owner: 'eva' })).toEqual({ body: { intervalMonths: 1, owner: 'eva' } });
    expect(reviewCycleOf({ intervalMonths: '120', owner: 'eva' })).toEqual({ body: { intervalMonths: 120, owner: 'eva' } });
  });
  it('wants an owner', () => expect(reviewCycleOf({ intervalMonths: '12', owner: ' ' })).toEqual({ problems: ['owner'] }));
  it("offers the form to the domain's setters only: admin, the process's owner, a process owner of its organisation", () => {
    expect(maySetReviewCycle(session('anna'), owner)).toBe(true);
    expect(maySetReviewCycle(session('bjorn', [{ role: 'process-owner', stakeholder: 'ksn' }]), owner)).toBe(true);
    expect(maySetReviewCycle(session('root', [{ role: 'admin' }]), owner)).toBe(true);
    expect(maySetReviewCycle(session('eva', [{ role: 'process-owner', stakeholder: 'uppsalahem' }]), owner)).toBe(false);
    expect(maySetReviewCycle(session('cecilia', [{ role: 'reviewer', stakeholder: 'ksn' }]), owner)).toBe(false);
    expect(maySetReviewCycle(null, owner)).toBe(false);
  });
});
