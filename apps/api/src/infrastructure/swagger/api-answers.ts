import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/**
 * OpenAPI: what a 2xx answer is, with its headers, so that a generated client knows the body's
 * type (docs/openapi.md). Only decorators: the routes' behaviour is docs/api.md's.
 */
type Model = Type<unknown>;

const ETAG_WRITE = { description: 'the written stream\'s revision, e.g. "3": send it back as If-Match', schema: { type: 'string' } };
const ETAG_READ = { description: '"<stream revision>-<body digest>": If-Match for a write, If-None-Match for a cheap re-read (304)', schema: { type: 'string' } };
const REPLAYED = { description: '"true" when an Idempotency-Key replayed the first answer (nothing was appended)', schema: { type: 'string', enum: ['true'] } };
const LINK = { description: 'Link: <…>; rel="next" when there is a next page', schema: { type: 'string' } };
const VARY = { description: 'Accept, Accept-Language: JSON or CSV, and the CSV form', schema: { type: 'string' } };

const schemaOf = (model: Model | [Model]) =>
  Array.isArray(model) ? { type: 'array' as const, items: { $ref: getSchemaPath(model[0]) } } : { $ref: getSchemaPath(model) };

const modelsOf = (model: Model | [Model]): Model[] => (Array.isArray(model) ? [model[0]] : [model]);

export interface ApiWriteAnswerOptions {
  status?: 200 | 201;
  description?: string;
}

/** A write's answer: the resource after the write, with `ETag: "<stream revision>"`. */
export const ApiWriteAnswer = (model: Model | [Model], opts: ApiWriteAnswerOptions = {}): MethodDecorator =>
  applyDecorators(
    ApiExtraModels(...modelsOf(model)),
    ApiResponse({
      status: opts.status ?? 200,
      description: opts.description ?? 'the resource after the write',
      headers: { ETag: ETAG_WRITE, 'Idempotent-Replayed': REPLAYED },
      content: { 'application/json': { schema: schemaOf(model) } },
    }),
  );

export interface ApiReadAnswerOptions {
  description?: string;
  /** CSV too, for `Accept: text/csv` or `?format=csv` (docs/api.md "Reads"). */
  csv?: boolean;
  /** A versioned read: `ETag` on the answer, `If-None-Match` understood (304). */
  etag?: boolean;
  /** A paged list: `Link: <…>; rel="next"`. */
  paged?: boolean;
  /** Another representation beside JSON (HTML minutes), as a string. */
  alsoAs?: string;
}

/** A read's `200`: its JSON body (and its CSV, when it has one) with the headers it sends. */
export const ApiReadAnswer = (model: Model | [Model], opts: ApiReadAnswerOptions = {}): MethodDecorator => {
  const headers: Record<string, unknown> = {};
  if (opts.etag) headers.ETag = ETAG_READ;
  if (opts.paged) headers.Link = LINK;
  if (opts.csv) headers.Vary = VARY;
  const content: Record<string, unknown> = { 'application/json': { schema: schemaOf(model) } };
  if (opts.csv) content['text/csv'] = { schema: { type: 'string', description: 'RFC 4180 CSV (UTF-8 with BOM, ";" and decimal comma for locale=sv)' } };
  if (opts.alsoAs) content[opts.alsoAs] = { schema: { type: 'string' } };
  const decorators = [
    ApiExtraModels(...modelsOf(model)),
    ApiResponse({ status: 200, description: opts.description ?? 'the answer', headers: headers as never, content: content as never }),
  ];
  if (opts.etag) {
    decorators.push(
      ApiHeader({ name: 'If-None-Match', required: false, description: 'the ETag of a copy held: 304 while it is current' }),
      ApiResponse({ status: 304, description: 'Not Modified: the copy named by If-None-Match is current', headers: { ETag: ETAG_READ } as never }),
    );
  }
  return applyDecorators(...decorators);
};

/** A non-JSON answer (BPMN XML, HTML, an event stream): its media type, the body a string. */
export const ApiTextAnswer = (mediaType: string, description: string, opts: { etag?: boolean } = {}): MethodDecorator =>
  ApiResponse({
    status: 200,
    description,
    headers: (opts.etag ? { ETag: ETAG_READ } : {}) as never,
    content: { [mediaType]: { schema: { type: 'string' } } },
  });
