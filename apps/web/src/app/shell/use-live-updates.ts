import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../../lib/api-client';
import { useSession } from '../../lib/auth';
import { useAsOf } from '../../lib/time-travel';

export type LiveState = 'on' | 'off' | 'paused';

/**
 * GET /events/live as an EventSource: each new event invalidates the reads, so pages update
 * without a reload. The past does not change, so the stream is closed while time-travelling. A
 * refused or closed stream is tolerated: the state says "off" and it reconnects after a pause
 * (EventSource gives up on an HTTP error, so the reconnect is ours).
 */
export const useLiveUpdates = (): LiveState => {
  const queryClient = useQueryClient();
  const session = useSession();
  const asOf = useAsOf();
  const [state, setState] = useState<LiveState>('off');

  useEffect(() => {
    if (!session) return;
    if (asOf !== null) {
      setState('paused');
      return;
    }
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let pending: ReturnType<typeof setTimeout> | undefined;
    let closed = false;
    const connect = () => {
      source = new EventSource(api.liveUrl());
      source.onopen = () => setState('on');
      source.onmessage = () => {
        // A burst of events (one command appends several) becomes one refetch.
        clearTimeout(pending);
        pending = setTimeout(() => void queryClient.invalidateQueries(), 150);
      };
      source.onerror = () => {
        setState('off');
        source?.close();
        if (!closed) retry = setTimeout(connect, 5_000);
      };
    };
    connect();
    return () => {
      closed = true;
      clearTimeout(retry);
      clearTimeout(pending);
      source?.close();
    };
  }, [session?.token, asOf, queryClient]);

  return state;
};
