import { ErrorCodes, SYSTEM_PRINCIPAL, type Principal } from '../shared';
import { DeciderSpecification } from '../testing/decider-spec';
import type { NotifyReviewDue, RecordReviewedNoChange, SetReviewCycle } from './process-review.commands';
import { processReviewDecider } from './process-review.decider';
import type { ProcessReviewEvent } from './process-review.events';
import { processReviewStream } from './process-review.stream';
import { reviewDueOn } from './review-due';

const spec = DeciderSpecification.for(processReviewDecider);
const NOW = '2026-03-01T09:00:00.000Z';
const kalle: Principal = { id: 'kalle', roles: [{ role: 'process-owner', stakeholder: 'ksn' }] };
const otherOwner: Principal = { id: 'kim', roles: [{ role: 'process-owner', stakeholder: 'ksn' }] };
const ada: Principal = { id: 'ada', roles: [{ role: 'admin' }] };
const frida: Principal = { id: 'frida', roles: [{ role: 'process-owner', stakeholder: 'fsn' }] };
const process = { exists: true, owner: { principal: 'kalle', stakeholder: 'ksn' } };
const setCycle = (data: Partial<SetReviewCycle['data']> = {}, principal = kalle): SetReviewCycle => ({
  type: 'SetReviewCycle',
  data: { processId: 'VA-01', intervalMonths: 12, owner: 'kalle', process, ...data },
  context: { principal, now: NOW },
});
const notify = (dueOn = '2027-03-01', principal = SYSTEM_PRINCIPAL): NotifyReviewDue => ({ type: 'NotifyReviewDue', data: { processId: 'VA-01', dueOn }, context: { principal, now: NOW } });
const record = (comment = 'Checked against the 2027 ordinance.', principal = kalle): RecordReviewedNoChange => ({
  type: 'RecordReviewedNoChange',
  data: { processId: 'VA-01', comment },
  context: { principal, now: NOW },
});
const cycleSet: ProcessReviewEvent = { type: 'ProcessReviewCycleSet', data: { processId: 'VA-01', intervalMonths: 12, owner: 'kalle', setBy: 'kalle' } };
const due: ProcessReviewEvent = { type: 'ProcessReviewDue', data: { processId: 'VA-01', owner: 'kalle', dueOn: '2027-03-01' } };

describe('Process review decider', () => {
  describe('the cycle', () => {
    it('the process owner sets interval and owner', () => spec.given([]).when(setCycle()).then([cycleSet]));
    it('another process owner of the owning organisation may too', () =>
      spec.given([]).when(setCycle({ owner: 'kim' }, otherOwner)).then([{ type: 'ProcessReviewCycleSet', data: { processId: 'VA-01', intervalMonths: 12, owner: 'kim', setBy: 'kim' } }]));
    it('an admin may', () => spec.given([]).when(setCycle({ intervalMonths: 24 }, ada)).thenEvents((e) => expect(e[0].data).toMatchObject({ intervalMonths: 24, setBy: 'ada' })));
    it('a process owner of another organisation may not', () => spec.given([]).when(setCycle({}, frida)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('an unknown process is not found', () => spec.given([]).when(setCycle({ process: { exists: false, owner: null } })).thenThrows(ErrorCodes.NOT_FOUND));
    it.each([0, 1.5, 121, '12'])('refuses the interval %p', (m) => spec.given([]).when(setCycle({ intervalMonths: m as never })).thenThrows(ErrorCodes.INVALID_INPUT, 'intervalMonths'));
    it('refuses an empty owner', () => spec.given([]).when(setCycle({ owner: '' })).thenThrows(ErrorCodes.INVALID_INPUT, 'owner'));
    it('the same cycle again appends nothing', () => spec.given([cycleSet]).when(setCycle()).then([]));
  });

  describe('due notices', () => {
    it('the process manager notifies the owner of a due day', () => spec.given([cycleSet]).when(notify()).then([due]));
    it('once per due day', () => spec.given([cycleSet, due]).when(notify()).thenThrows(ErrorCodes.ALREADY_REMINDED));
    it('a later due day is notified again', () => spec.given([cycleSet, due]).when(notify('2028-03-01')).thenEvents((e) => expect(e).toHaveLength(1)));
    it('nobody else sends them', () => spec.given([cycleSet]).when(notify('2027-03-01', ada)).thenThrows(ErrorCodes.NOT_ALLOWED));
    it('not without a cycle', () => spec.given([]).when(notify()).thenThrows(ErrorCodes.NO_REVIEW_CYCLE));
    it('refuses a day that does not exist', () => spec.given([cycleSet]).when(notify('2027-02-30')).thenThrows(ErrorCodes.INVALID_INPUT, 'dueOn'));
    it('a changed owner is the one notified', () =>
      spec
        .given([cycleSet, { type: 'ProcessReviewCycleSet', data: { processId: 'VA-01', intervalMonths: 12, owner: 'kim', setBy: 'ada' } }])
        .when(notify())
        .thenEvents((e) => expect(e[0].data).toMatchObject({ owner: 'kim' })));
  });

  describe('reviewed, no change', () => {
    it('the review owner records it with a comment', () =>
      spec.given([cycleSet, due]).when(record()).then([{ type: 'ProcessReviewedNoChange', data: { processId: 'VA-01', comment: 'Checked against the 2027 ordinance.', reviewedBy: 'kalle' } }]));
    it('only the review owner, an admin neither', () => spec.given([cycleSet]).when(record('ok', ada)).thenThrows(ErrorCodes.NOT_ALLOWED, 'kalle'));
    it('not without a cycle', () => spec.given([]).when(record()).thenThrows(ErrorCodes.NO_REVIEW_CYCLE));
    it('refuses an empty comment', () => spec.given([cycleSet]).when(record('  ')).thenThrows(ErrorCodes.INVALID_INPUT, 'comment'));
    it('refuses a comment past 2,000 characters', () => spec.given([cycleSet]).when(record('x'.repeat(2001))).thenThrows(ErrorCodes.INVALID_INPUT, 'comment'));
  });

  it('falls due whole calendar months after the last review, clamped to the month', () => {
    expect(reviewDueOn('2026-03-01T09:00:00.000Z', 12)).toBe('2027-03-01');
    expect(reviewDueOn('2026-01-31T12:00:00.000Z', 1)).toBe('2026-02-28');
    expect(reviewDueOn('2026-11-15T00:00:00.000Z', 3)).toBe('2027-02-15');
  });
  it('names its stream after the process', () => expect(processReviewStream('VA-01')).toBe('process-review-VA-01'));
});
