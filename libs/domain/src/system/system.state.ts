export interface SystemState {
  exists: boolean;
  id: string;
  name: string;
  ownerStakeholder: string;
  ownerPrincipal: string;
  governingBody: string;
  retired: boolean;
}
