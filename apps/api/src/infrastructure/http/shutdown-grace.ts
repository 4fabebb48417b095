import { Inject, Injectable, type BeforeApplicationShutdown, type OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import type { ApiConfig } from '../config/api-config';
import { API_CONFIG } from '../tokens';

/**
 * Bounds a shutdown (SIGTERM, app.close()). Closing the server waits for every open connection, so
 * one client that never hangs up kept the process alive for as long as it stayed. Endless answers
 * (live-event streams) are ended by their own module before this runs; whatever is still open
 * `shutdownGraceMs` later (a stalled request) has its connection closed.
 */
@Injectable()
export class ShutdownGrace implements BeforeApplicationShutdown, OnApplicationShutdown {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(API_CONFIG) private readonly config: ApiConfig,
  ) {}

  beforeApplicationShutdown(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server || typeof server.closeAllConnections !== 'function') return;
    this.timer = setTimeout(() => server.closeAllConnections(), this.config.shutdownGraceMs ?? 5000);
    // The open connections keep the process alive until then; the timer itself must not.
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
