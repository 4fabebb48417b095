import { PlanContentDto } from '../management-dtos';

export class ReviseManagementPlanRequestDto extends PlanContentDto {}
