import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { CqrsModule, CommandBus } from '@nestjs/cqrs';

@Injectable()
class Greeter {
  greet(): string {
    return 'hej';
  }
}

@Module({ imports: [CqrsModule], providers: [Greeter] })
class SmokeModule {}

describe('NestJS 12 (ESM-only) under Jest via @swc/jest', () => {
  it('compiles a module with decorator metadata and resolves providers', async () => {
    const moduleRef = await Test.createTestingModule({ imports: [SmokeModule] }).compile();
    expect(moduleRef.get(Greeter).greet()).toBe('hej');
    expect(moduleRef.get(CommandBus)).toBeInstanceOf(CommandBus);
    await moduleRef.close();
  });
});
