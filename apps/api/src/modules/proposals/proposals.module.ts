import { Module } from '@nestjs/common';
import { SAMSYN_APPLICATION } from '../../infrastructure/tokens';
import { PROPOSAL_USE_CASES } from './proposals.di-tokens';
import { AmendProposalHttpController } from './commands/amend-proposal/amend-proposal.http.controller';
import { DecideProposalHttpController } from './commands/decide-proposal/decide-proposal.http.controller';
import { ProposeFromBpmnService } from './commands/propose-from-bpmn/propose-from-bpmn.service';
import { ProposeFromBpmnHttpController } from './commands/propose-from-bpmn/propose-from-bpmn.http.controller';
import { ReviewProposalHttpController } from './commands/review-proposal/review-proposal.http.controller';
import { SubmitProposalHttpController } from './commands/submit-proposal/submit-proposal.http.controller';
import { WithdrawProposalHttpController } from './commands/withdraw-proposal/withdraw-proposal.http.controller';
import { ReminderProcessManager } from './process-managers/send-reminders/reminder.process-manager';
import { SendReminderHandler } from './process-managers/send-reminders/send-reminder.handler';
import { OverdueReviewProcessManager } from './process-managers/escalate-overdue/overdue-review.process-manager';
import { RecoveryProcessManager } from './process-managers/recover-pending/recovery.process-manager';
import { GetProposalHandler } from './queries/get-proposal/get-proposal.query-handler';
import { GetProposalHttpController } from './queries/get-proposal/get-proposal.http.controller';
import { ListProposalsHandler } from './queries/list-proposals/list-proposals.query-handler';
import { ListProposalsHttpController } from './queries/list-proposals/list-proposals.http.controller';
import { PreviewProposalHttpController } from './queries/preview-proposal/preview-proposal.http.controller';

@Module({
controllers: [AmendProposalHttpController, DecideProposalHttpController, ReviewProposalHttpController, SubmitProposalHttpController, ProposeFromBpmnHttpController, WithdrawProposalHttpController, GetProposalHttpController, ListProposalsHttpController, PreviewProposalHttpController],
  providers: [{ provide: PROPOSAL_USE_CASES, useExisting: SAMSYN_APPLICATION }, ProposeFromBpmnService, GetProposalHandler, ListProposalsHandler, OverdueReviewProcessManager, RecoveryProcessManager, SendReminderHandler, ReminderProcessManager],
  exports: [OverdueReviewProcessManager, RecoveryProcessManager, ReminderProcessManager],
})
export class ProposalsModule {}
