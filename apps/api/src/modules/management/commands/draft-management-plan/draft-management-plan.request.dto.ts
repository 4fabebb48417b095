import { PlanContentDto } from '../management-dtos';

export class DraftManagementPlanRequestDto extends PlanContentDto {}
