import { ManagementRolesDto } from '../management-dtos';

export class AssignManagementObjectRolesRequestDto extends ManagementRolesDto {}
