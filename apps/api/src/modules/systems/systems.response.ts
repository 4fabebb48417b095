import { ApiProperty } from '@nestjs/swagger';
import { nullableString } from '../../infrastructure/swagger/schema-helpers';

/** OpenAPI: the system register (GET /systems; libs/projections/src/directory/system-register.view.ts) and a system's writes (SystemState). */
export class SystemOwnerSchema {
  @ApiProperty() stakeholder: string;
  @ApiProperty() principal: string;
}

export class SystemStepUseSchema {
  @ApiProperty() processId: string;
  @ApiProperty() stepId: string;
  @ApiProperty() step: string;
  @ApiProperty() performer: string;
}

export class SystemUseSchema {
  @ApiProperty({ type: [String] }) processes: string[];
  @ApiProperty({ type: [SystemStepUseSchema] }) steps: SystemStepUseSchema[];
  @ApiProperty({ type: [String] }) stakeholders: string[];
}

export class SystemResponse {
  @ApiProperty({ example: 'fastighetssystem' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: SystemOwnerSchema }) owner: SystemOwnerSchema;
  @ApiProperty() governingBody: string;
  @ApiProperty({ enum: ['active', 'retired'] }) status: string;
  @ApiProperty(nullableString) retiredReason: string | null;
  @ApiProperty({ type: SystemUseSchema }) usedIn: SystemUseSchema;
}

