import { AsOfQueryDto } from '../../../../infrastructure/http/as-of';

/** `?asOf=` cuts the story at an instant; `?asOfPosition=` also proves it against the tree then. */
export class GetEvidencePackRequestDto extends AsOfQueryDto {}
