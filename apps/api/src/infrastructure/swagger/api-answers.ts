import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/**
 * OpenAPI: what a 2xx answer is, with its headers, so that a generated client knows the body's
 * type (docs/openapi.md). Only decorators: the routes' behaviour is docs/api.md's.
 */
type Model = Type<unknown>;

const ETAG_WRITE = { description: 'the written stream\'s revision, e.g. "3": send it back as If-Match', schema: { type: 'string' } };
const ETAG_READ = {
  description: 'a digest of the bytes sent, "<digest>", led by the stream revision for one stream\'s resource ("<revision>-<digest>": If-Match for a write); If-None-Match with it: 304 while current (docs/read-etags.md)',
  schema: { type: 'string' },
};
const REPLAYED = { description: '"true" when an Idempotency-Key replayed the first answer (nothing was appended)', schema: { type: 'string', enum: ['true'] } };
const LINK = { description: 'Link: <…>; rel="next" when there is a next page', schema: { type: 'string' } };
const VARY = { description: 'Accept, Accept-Language: JSON or CSV, and the CSV form', schema: { type: 'string' } };
const LOCATION = { description: 'the path of the created resource\'s GET, whose answer this body is', schema: { type: 'string' } };
/** `?table=` without CSV: the table's rows as flat JSON records (infrastructure/http/csv/flat-rows.ts). */
const SCALAR = [{ type: 'string', nullable: true }, { type: 'number' }, { type: 'boolean' }];
/** A cell: a plain value (null for a missing one), or a list of plain values. */
const CELL = { oneOf: [...SCALAR, { type: 'array', items: { oneOf: SCALAR } }] };
/** A named component, so that a generated client tells the rows from the read's own answer. */
export const TABLE_ROW_SCHEMA = { name: 'TableRow', schema: { type: 'object', additionalProperties: CELL } } as const;
const TABLE_ROWS = {
  type: 'array',
  description: '?table=<name> without CSV: that table\'s rows as flat JSON records (docs/reports.md)',
  items: { $ref: `#/components/schemas/${TABLE_ROW_SCHEMA.name}` },
};

const schemaOf = (model: Model | [Model]) =>
  Array.isArray(model) ? { type: 'array' as const, items: { $ref: getSchemaPath(model[0]) } } : { $ref: getSchemaPath(model) };

const modelsOf = (model: Model | [Model]): Model[] => (Array.isArray(model) ? [model[0]] : [model]);

export interface ApiWriteAnswerOptions {
  status?: 200 | 201;
  description?: string;
  /** A create: `Location` of the resource's GET (docs/api.md "Writes"). */
  location?: boolean;
}

/** A write's answer: the resource after the write (as its GET shows it), with `ETag: "<stream revision>"`. */
export const ApiWriteAnswer = (model: Model | [Model], opts: ApiWriteAnswerOptions = {}): MethodDecorator =>
  applyDecorators(
    ApiExtraModels(...modelsOf(model)),
    ApiResponse({
      status: opts.status ?? 200,
      description: opts.description ?? 'the resource after the write',
      headers: { ETag: ETAG_WRITE, 'Idempotent-Replayed': REPLAYED, ...(opts.location ? { Location: LOCATION } : {}) },
      content: { 'application/json': { schema: schemaOf(model) } },
    }),
  );

export interface ApiReadAnswerOptions {
  description?: string;
  /** CSV too, for `Accept: text/csv` or `?format=csv` (docs/api.md "Reads"), and `?table=` as JSON rows. */
  csv?: boolean;
  /** A paged list (`limit`, `after`; docs/api.md "Paging"): `Link: <…>; rel="next"`. */
  paged?: boolean;
  /** Another representation beside JSON (HTML minutes), as a string. */
  alsoAs?: string;
}

/** Every read answers `ETag` (a digest of its bytes) and `304` to a current `If-None-Match` (docs/read-etags.md). */
const conditional = (): MethodDecorator[] => [
  ApiHeader({ name: 'If-None-Match', required: false, description: 'the ETag of a copy held: 304 while it is current' }),
  ApiResponse({ status: 304, description: 'Not Modified: the copy named by If-None-Match is current', headers: { ETag: ETAG_READ } as never }),
];

/** A read's `200`: its JSON body (and its CSV, when it has one) with the headers it sends. */
export const ApiReadAnswer = (model: Model | [Model], opts: ApiReadAnswerOptions = {}): MethodDecorator => {
  const headers: Record<string, unknown> = { ETag: ETAG_READ };
  if (opts.paged) headers.Link = LINK;
  if (opts.csv) headers.Vary = VARY;
  // OpenAPI cannot key a schema by a query parameter: with tables, JSON is the answer or `?table=`'s rows.
  const json = opts.csv ? { anyOf: [schemaOf(model), TABLE_ROWS] } : schemaOf(model);
  const content: Record<string, unknown> = { 'application/json': { schema: json } };
  if (opts.csv) content['text/csv'] = { schema: { type: 'string', description: 'RFC 4180 CSV (UTF-8 with BOM, ";" and decimal comma for locale=sv)' } };
  if (opts.alsoAs) content[opts.alsoAs] = { schema: { type: 'string' } };
  return applyDecorators(
    ApiExtraModels(...modelsOf(model)),
    ApiResponse({ status: 200, description: opts.description ?? 'the answer', headers: headers as never, content: content as never }),
    ...conditional(),
  );
};

/**
 * A non-JSON answer (BPMN XML, HTML, an event stream): its media type, the body a string; with its
 * ETag and 304 unless it never ends (`conditional: false`, the live event stream).
 */
export const ApiTextAnswer = (mediaType: string, description: string, opts: { conditional?: boolean } = {}): MethodDecorator => {
  const answered = opts.conditional ?? true;
  return applyDecorators(
    ApiResponse({
      status: 200,
      description,
      headers: (answered ? { ETag: ETAG_READ } : {}) as never,
      content: { [mediaType]: { schema: { type: 'string' } } },
    }),
    ...(answered ? conditional() : []),
  );
};
