import { Module } from '@nestjs/common';
import { AmendProposalHandler } from './commands/amend-proposal/amend-proposal.handler';
import { AmendProposalHttpController } from './commands/amend-proposal/amend-proposal.http.controller';
import { DecideProposalHandler } from './commands/decide-proposal/decide-proposal.handler';
import { DecideProposalHttpController } from './commands/decide-proposal/decide-proposal.http.controller';
import { ProposeFromBpmnHandler } from './commands/propose-from-bpmn/propose-from-bpmn.handler';
import { ProposeFromBpmnHttpController } from './commands/propose-from-bpmn/propose-from-bpmn.http.controller';
import { ReviewProposalHandler } from './commands/review-proposal/review-proposal.handler';
import { ReviewProposalHttpController } from './commands/review-proposal/review-proposal.http.controller';
import { SubmitProposalHandler } from './commands/submit-proposal/submit-proposal.handler';
import { SubmitProposalHttpController } from './commands/submit-proposal/submit-proposal.http.controller';
import { WithdrawProposalHandler } from './commands/withdraw-proposal/withdraw-proposal.handler';
import { WithdrawProposalHttpController } from './commands/withdraw-proposal/withdraw-proposal.http.controller';
import { EscalateOverdueHandler } from './process-managers/escalate-overdue/escalate-overdue.handler';
import { ReminderProcessManager } from './process-managers/send-reminders/reminder.process-manager';
import { SendReminderHandler } from './process-managers/send-reminders/send-reminder.handler';
import { OverdueReviewProcessManager } from './process-managers/escalate-overdue/overdue-review.process-manager';
import { PendingSettlementProcessManager } from './process-managers/settle-pending/pending-settlement.process-manager';
import { SettlePendingHandler } from './process-managers/settle-pending/settle-pending.handler';
import { GetProposalHandler } from './queries/get-proposal/get-proposal.handler';
import { GetProposalHttpController } from './queries/get-proposal/get-proposal.http.controller';
import { ListProposalsHandler } from './queries/list-proposals/list-proposals.handler';
import { ListProposalsHttpController } from './queries/list-proposals/list-proposals.http.controller';
import { PreviewProposalHttpController } from './queries/preview-proposal/preview-proposal.http.controller';

@Module({
controllers: [AmendProposalHttpController, DecideProposalHttpController, ReviewProposalHttpController, SubmitProposalHttpController, ProposeFromBpmnHttpController, WithdrawProposalHttpController, GetProposalHttpController, ListProposalsHttpController, PreviewProposalHttpController],
  providers: [AmendProposalHandler, DecideProposalHandler, ReviewProposalHandler, SubmitProposalHandler, ProposeFromBpmnHandler, WithdrawProposalHandler, EscalateOverdueHandler, GetProposalHandler, ListProposalsHandler, OverdueReviewProcessManager, SettlePendingHandler, PendingSettlementProcessManager, SendReminderHandler, ReminderProcessManager],
  exports: [OverdueReviewProcessManager, PendingSettlementProcessManager, ReminderProcessManager],
})
export class ProposalsModule {}
