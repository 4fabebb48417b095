import { Module } from '@nestjs/common';
import { DefineTermHandler } from './commands/define-term/define-term.handler';
import { DefineTermHttpController } from './commands/define-term/define-term.http.controller';
import { DeprecateTermHandler } from './commands/deprecate-term/deprecate-term.handler';
import { DeprecateTermHttpController } from './commands/deprecate-term/deprecate-term.http.controller';
import { MapSynonymHandler } from './commands/map-synonym/map-synonym.handler';
import { MapSynonymHttpController } from './commands/map-synonym/map-synonym.http.controller';
import { ReviseTermHandler } from './commands/revise-term/revise-term.handler';
import { ReviseTermHttpController } from './commands/revise-term/revise-term.http.controller';
import { ListTermsHandler } from './queries/list-terms/list-terms.handler';
import { ListTermsHttpController } from './queries/list-terms/list-terms.http.controller';

@Module({
  controllers: [DefineTermHttpController, DeprecateTermHttpController, MapSynonymHttpController, ReviseTermHttpController, ListTermsHttpController],
  providers: [DefineTermHandler, DeprecateTermHandler, MapSynonymHandler, ReviseTermHandler, ListTermsHandler],
})
export class TermsModule {}
