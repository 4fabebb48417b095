import type { ApiConfig } from '../../../infrastructure/config/api-config';
import { DEFAULT_LIVE_STREAM_LIMITS, type LiveStreamLimitSettings } from '../limits/live-stream-limits';

export interface LiveEventSettings extends LiveStreamLimitSettings {
  /** A comment frame to every stream this often, so proxies and clients see it is alive; 0: none. */
  heartbeatMs: number;
  /** A client that lets more than this pile up unread in its socket's buffer is disconnected. */
  maxBufferedBytes: number;
  /** A resuming client that missed more events than this gets a `reset` frame instead of the events. */
  maxCatchUp: number;
}

export const DEFAULT_LIVE_EVENT_SETTINGS: LiveEventSettings = {
  ...DEFAULT_LIVE_STREAM_LIMITS,
  heartbeatMs: 15_000,
  maxBufferedBytes: 1024 * 1024,
  maxCatchUp: 10_000,
};

export const liveEventSettings = (config: ApiConfig): LiveEventSettings => ({ ...DEFAULT_LIVE_EVENT_SETTINGS, ...config.liveStreams });
