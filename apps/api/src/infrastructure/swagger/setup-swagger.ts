import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { TABLE_ROW_SCHEMA } from './api-answers';
import { DEFINITION_SCHEMAS } from './definition.schema';
import { REFERENCED_MODELS } from './schema-helpers';

/**
 * A readable operationId, the name a generated client gives the call: one use case per controller
 * (docs/api.md), so `SubmitProposalHttpController` → `submitProposal`. A controller with several
 * routes names each in its @ApiOperation({ operationId }); test/openapi checks they are unique.
 */
export const operationIdOf = (controllerKey: string, methodKey: string): string => {
  const base = controllerKey.replace(/(Http)?Controller$/, '');
  return base.length > 0 ? base[0].toLowerCase() + base.slice(1) : methodKey;
};

export const buildOpenApiDocument = (app: INestApplication): OpenAPIObject => {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Samsyn')
      .setDescription(
        'Event-sourced process harmonization. Writes answer with ETag "<stream revision>", accept If-Match and Idempotency-Key; ' +
          'every read accepts asOf / asOfPosition. Errors: {statusCode, code, message, details?}. A typed client: docs/openapi.md.',
      )
      .setVersion('0.1.0')
      .setLicense('UNLICENSED', 'https://spdx.org/licenses/')
      // Relative: the document is right on whichever host and port served it.
      .addServer('/', 'the server that serves this document')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .addSecurityRequirements('bearer')
      .build(),
    { operationIdFactory: operationIdOf, extraModels: [...DEFINITION_SCHEMAS, ...REFERENCED_MODELS] },
  );
  // Not a class: a row's columns are its table's (ApiReadAnswer's `csv`).
  document.components!.schemas![TABLE_ROW_SCHEMA.name] = TABLE_ROW_SCHEMA.schema as never;
  return document;
};

/** UI at /docs, document at /docs-json; neither needs a token. */
export const setupSwagger = (app: INestApplication): OpenAPIObject => {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', yamlDocumentUrl: 'docs-yaml' });
  return document;
};
