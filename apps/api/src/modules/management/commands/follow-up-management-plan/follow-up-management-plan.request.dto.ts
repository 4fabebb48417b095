import { FollowUpRequestDto } from '../management-dtos';

export class FollowUpManagementPlanRequestDto extends FollowUpRequestDto {}
