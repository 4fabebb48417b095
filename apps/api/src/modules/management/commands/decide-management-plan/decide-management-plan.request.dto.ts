import { DecidePlanRequestDto } from '../management-dtos';

export class DecideManagementPlanRequestDto extends DecidePlanRequestDto {}
