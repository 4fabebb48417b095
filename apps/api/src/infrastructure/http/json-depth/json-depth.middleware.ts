import { ApiError, ApiErrorCodes } from '../../errors/api-error';
import type { HttpRequest, HttpResponse, NextFunction } from '../express-types';
import { nestsDeeperThan } from './json-depth';

/**
 * Runs right after the JSON body parser, before any pipe, transformer or validator: those (and
 * the JSON-safe copy of answers) recurse once per level, so a few KB of `[[[[…]]]]` used to
 * overflow the stack and answer 500. No route needs more than a handful of levels.
 */
export const jsonDepthMiddleware =
  (maxDepth: number) =>
  (req: HttpRequest, _res: HttpResponse, next: NextFunction): void => {
    if (nestsDeeperThan(req.body, maxDepth)) {
      next(
        new ApiError(
          400,
          ApiErrorCodes.JSON_TOO_DEEP,
          `the JSON body nests deeper than ${maxDepth} levels / JSON-innehållet är nästlat djupare än ${maxDepth} nivåer`,
          { maxDepth },
        ),
      );
      return;
    }
    next();
  };
