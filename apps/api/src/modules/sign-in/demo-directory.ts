import { Inject, Injectable, Optional } from '@nestjs/common';
import { STAKEHOLDERS } from '@samsyn/application/demo/uppsala-registers';
import type { Principal } from '@samsyn/domain/shared';
import type { ReadModelQueries } from '@samsyn/projections/read-model-queries.port';
import { demoPrincipals } from '../../bootstrap/demo-tokens';
import type { ApiConfig } from '../../infrastructure/config/api-config';
import { API_CONFIG, READ_MODEL_QUERIES } from '../../infrastructure/tokens';
import { DEMO_TOKEN_SIGNER, type DemoTokenSigner } from './sign-in.tokens';

export interface DemoPerson {
  id: string;
  name: string;
  roles: { role: string; stakeholder?: string; stakeholderName?: string }[];
  bodies: { id: string; name: string; level: string }[];
}

interface Named {
  id: string;
  name: string;
}
interface BodyRow extends Named {
  level: string;
  members: string[];
}

/**
 * Demo sign-in is on only when the server runs the demo (SAMSYN_DEMO=1), signs its own tokens,
 * and the store holds the demo's organisations: a production store started with the default
 * SAMSYN_DEMO=1 but holding other data must not hand out tokens for the demo's people.
 */
@Injectable()
export class DemoDirectory {
  constructor(
    @Inject(API_CONFIG) private readonly config: ApiConfig,
    @Inject(READ_MODEL_QUERIES) private readonly queries: ReadModelQueries,
    @Optional() @Inject(DEMO_TOKEN_SIGNER) readonly signer?: DemoTokenSigner,
  ) {}

  async isOn(): Promise<boolean> {
    if (!this.config.demo || !this.signer) return false;
    const held = new Set(((await this.queries.stakeholders()) as Named[]).map((s) => s.id));
    return STAKEHOLDERS.every((s) => held.has(s.id));
  }

  principal(id: string): Principal | undefined {
    return demoPrincipals().find((p) => p.id === id);
  }

  /** The people with their roles named from the registers, and the bodies whose members they are now. */
  async people(): Promise<DemoPerson[]> {
    const stakeholders = (await this.queries.stakeholders()) as Named[];
    const bodies = (await this.queries.bodies()) as BodyRow[];
    const nameOf = (id: string) => stakeholders.find((s) => s.id === id)?.name;
    return demoPrincipals().map((p) => ({
      id: p.id,
      name: p.name ?? p.id,
      roles: p.roles.map((r) => ('stakeholder' in r ? { role: r.role, stakeholder: r.stakeholder, stakeholderName: nameOf(r.stakeholder) } : { role: r.role })),
      bodies: bodies.filter((b) => b.members.includes(p.id)).map((b) => ({ id: b.id, name: b.name, level: b.level })),
    }));
  }
}
