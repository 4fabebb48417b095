import { Module } from '@nestjs/common';
import { SAMSYN_APPLICATION } from '../../infrastructure/tokens';
import { TERM_USE_CASES } from './terms.di-tokens';
import { DefineTermHttpController } from './commands/define-term/define-term.http.controller';
import { DeprecateTermHttpController } from './commands/deprecate-term/deprecate-term.http.controller';
import { MapSynonymHttpController } from './commands/map-synonym/map-synonym.http.controller';
import { ReviseTermHttpController } from './commands/revise-term/revise-term.http.controller';
import { ListTermsHandler } from './queries/list-terms/list-terms.query-handler';
import { ListTermsHttpController } from './queries/list-terms/list-terms.http.controller';

import { GetTermHandler } from './queries/get-term/get-term.query-handler';
import { GetTermHttpController } from './queries/get-term/get-term.http.controller';

@Module({
  controllers: [GetTermHttpController, DefineTermHttpController, DeprecateTermHttpController, MapSynonymHttpController, ReviseTermHttpController, ListTermsHttpController],
  providers: [GetTermHandler, { provide: TERM_USE_CASES, useExisting: SAMSYN_APPLICATION }, ListTermsHandler],
})
export class TermsModule {}
