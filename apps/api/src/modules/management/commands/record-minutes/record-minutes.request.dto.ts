import { RecordMinutesRequestDto as MinutesShape } from '../management-dtos';

export class RecordMinutesRequestDto extends MinutesShape {}
