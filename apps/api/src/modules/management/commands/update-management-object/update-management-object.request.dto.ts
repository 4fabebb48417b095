import { ManagementScopeDto } from '../management-dtos';

/** The whole scope, as PUT replaces it: the same scope again appends nothing. */
export class UpdateManagementObjectRequestDto extends ManagementScopeDto {}
