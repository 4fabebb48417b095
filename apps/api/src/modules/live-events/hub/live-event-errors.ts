import type { ServerResponse } from 'node:http';
import { ApiError } from '../../../infrastructure/errors/api-error';

export const LIVE_EVENT_ERROR_CODES = { LIVE_STREAM_LIMIT: 'LIVE_STREAM_LIMIT', SHUTTING_DOWN: 'SHUTTING_DOWN' } as const;

/** Open streams end only when their clients leave, so a slot is unlikely to free up sooner. */
export const LIVE_STREAM_RETRY_AFTER_SECONDS = 30;

const MESSAGES = {
  principal: (limit: number) => ({
    en: `you already have ${limit} live-event streams open; close one and try again`,
    sv: `du har redan ${limit} öppna händelseströmmar; stäng en och försök igen`,
  }),
  total: (limit: number) => ({
    en: `the server already serves ${limit} live-event streams; try again later`,
    sv: `servern har redan ${limit} öppna händelseströmmar; försök igen senare`,
  }),
  shuttingDown: { en: 'the server is shutting down; reconnect in a moment', sv: 'servern stängs av; anslut igen om en stund' },
};

/** 429 LIVE_STREAM_LIMIT with Retry-After; `details.messages` says it in Swedish and English. */
export const liveStreamLimitError = (res: ServerResponse, scope: 'principal' | 'total', limit: number): ApiError => {
  res.setHeader('Retry-After', String(LIVE_STREAM_RETRY_AFTER_SECONDS));
  const messages = MESSAGES[scope](limit);
  return new ApiError(429, LIVE_EVENT_ERROR_CODES.LIVE_STREAM_LIMIT, messages.en, { scope, limit, retryAfterSeconds: LIVE_STREAM_RETRY_AFTER_SECONDS, messages });
};

export const shuttingDownError = (res: ServerResponse): ApiError => {
  res.setHeader('Retry-After', '5');
  return new ApiError(503, LIVE_EVENT_ERROR_CODES.SHUTTING_DOWN, MESSAGES.shuttingDown.en, { messages: MESSAGES.shuttingDown });
};
