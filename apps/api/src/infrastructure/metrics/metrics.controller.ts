import { Controller, Get, Header, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { HttpResponse as Response } from '../http/express-types';
import { Public } from '../auth/auth.decorators';
import type { ApiMetrics } from './metrics';

export const API_METRICS = Symbol('ApiMetrics');

@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(API_METRICS) private readonly metrics: ApiMetrics) {}

  @Public()
  @Get()
  @Header('Cache-Control', 'no-store')
  async scrape(@Res() res: Response): Promise<void> {
    res.setHeader('Content-Type', this.metrics.registry.contentType);
    res.send(await this.metrics.registry.metrics());
  }
}
