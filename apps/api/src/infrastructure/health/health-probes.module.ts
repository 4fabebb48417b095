import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthProbesController } from './health-probes.controller';

/** /health/live and /health/ready. Terminus's own logger is off: the checks log their causes to ours, without addresses. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthProbesController],
})
export class HealthProbesModule {}
