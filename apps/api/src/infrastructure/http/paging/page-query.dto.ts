import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { AsOfQueryDto } from '../as-of';
import { CsvQueryDto } from '../csv/csv-query.dto';

export const MAX_PAGE_SIZE = 1000;

export interface PageQuery {
  limit?: string;
  after?: string;
}

type Constructor<T = object> = new (...args: any[]) => T;

/**
 * `?limit=&after=` of every list read (docs/api.md "Paging"). Without either the answer is the
 * whole list, as docs/api.md defined it before paging; `after` is the cursor a `Link: rel="next"`
 * hands out, to be passed back as it is. A mixin, so that the plain and the CSV reads' queries
 * both get it; the audit log and a stakeholder's history page by global position instead.
 */
export const Paged = <T extends Constructor>(Base: T) => {
  class PagedQuery extends Base implements PageQuery {
    @ApiPropertyOptional({ description: `page size, 1–${MAX_PAGE_SIZE} (default: the whole list, from after on when given)` })
    @IsOptional()
    @Matches(/^(?:[1-9]\d{0,2}|1000)$/, { message: `limit must be an integer from 1 to ${MAX_PAGE_SIZE}` })
    limit?: string;

    @ApiPropertyOptional({ description: 'opaque cursor: where the page starts, as the previous page\'s Link: <…>; rel="next" gives it' })
    @IsOptional()
    @Matches(/^[A-Za-z0-9_-]{1,64}$/, { message: 'after must be a cursor from a Link: rel="next" header' })
    after?: string;
  }
  return PagedQuery;
};

export class PageQueryDto extends Paged(AsOfQueryDto) {}

/** A list or report that also answers CSV: its list, or the chosen table's rows, paged. */
export class PagedCsvQueryDto extends Paged(CsvQueryDto) {}
