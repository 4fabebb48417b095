import type { Principal } from '@samsyn/domain';

/** Uppsala (seeds/000): three committees and two municipal companies share the processes of
 * business administration and premises provision. Names are Swedish, as in the case study. */
export const STAKEHOLDERS = [
  { id: 'ksn', name: 'Kommunstyrelsen', kind: 'committee' },
  { id: 'utbn', name: 'Utbildningsnämnden', kind: 'committee' },
  { id: 'ifn', name: 'Idrotts- och fritidsnämnden', kind: 'committee' },
  { id: 'uppsalahem', name: 'Uppsalahem AB', kind: 'company' },
  { id: 'skolfastigheter', name: 'Uppsala kommun Skolfastigheter AB', kind: 'company' },
] as const;

/** A stakeholder's own person: reviews for it and owns its processes. */
const ownerAndReviewer = (id: string, name: string, stakeholder: string): Principal => ({
  id,
  name,
  roles: [
    { role: 'reviewer', stakeholder },
    { role: 'process-owner', stakeholder },
  ],
});

export const PEOPLE: Record<string, Principal> = {
  admin: { id: 'admin', name: 'Samsyn-administratör', roles: [{ role: 'admin' }] },
  anna: { id: 'anna', name: 'Anna Lind', roles: [{ role: 'process-owner', stakeholder: 'ksn' }] },
  bjorn: { id: 'bjorn', name: 'Björn Ek', roles: [{ role: 'reviewer', stakeholder: 'ksn' }] },
  cecilia: ownerAndReviewer('cecilia', 'Cecilia Berg', 'utbn'),
  david: ownerAndReviewer('david', 'David Holm', 'ifn'),
  eva: ownerAndReviewer('eva', 'Eva Sjöberg', 'uppsalahem'),
  fredrik: ownerAndReviewer('fredrik', 'Fredrik Nord', 'skolfastigheter'),
  sara: { id: 'sara', name: 'Sara Wik (objektägare lokalförsörjning)', roles: [] },
  johan: { id: 'johan', name: 'Johan Falk (objektägare fastighetsförvaltning)', roles: [] },
  erik: { id: 'erik', name: 'Erik Strand (förvaltningsledare)', roles: [] },
  maria: { id: 'maria', name: 'Maria Dahl (portföljägare)', roles: [] },
  auditor: { id: 'revisor', name: 'Revisor', roles: [{ role: 'auditor' }] },
  // The object managers of the premises management object (PM3, docs/management-objects.md).
  lena: { id: 'lena', name: 'Lena Lindqvist (objektledare verksamhet lokalförsörjning)', roles: [] },
  isak: { id: 'isak', name: 'Isak Berg (objektledare IT lokalförsörjning)', roles: [] },
};

/** Enköping's PM3-style three-level governance (seeds/004), applied to Uppsala's objects. */
export const BODIES = [
  { id: 'portfolj-va', name: 'Portföljstyrgrupp verksamhetsadministration', level: 'portfolio', parent: null, members: ['maria'] },
  { id: 'forvaltning-lokal', name: 'Förvaltningsstyrgrupp lokalförsörjning', level: 'administration', parent: 'portfolj-va', members: ['erik'] },
  { id: 'objekt-lokal', name: 'Objektstyrgrupp lokalförsörjning', level: 'object', parent: 'forvaltning-lokal', members: ['sara'] },
  { id: 'objekt-fastighet', name: 'Objektstyrgrupp fastighetsförvaltning', level: 'object', parent: 'forvaltning-lokal', members: ['johan'] },
] as const;

export const TERMS = [
  { id: 'lokal', label: 'Lokal', definition: 'Utrymme som hyrs eller ägs för kommunal verksamhet.' },
  { id: 'hyresavtal', label: 'Hyresavtal', definition: 'Avtal om upplåtelse av lokal mot hyra.' },
  { id: 'hyresgast', label: 'Hyresgäst', definition: 'Verksamhet som nyttjar en lokal enligt hyresavtal.' },
  { id: 'felanmalan', label: 'Felanmälan', definition: 'Anmälan om fel eller brist i en lokal.' },
  { id: 'fastighetsobjekt', label: 'Fastighetsobjekt', definition: 'Byggnad eller del av byggnad som förvaltas som en enhet.' },
  { id: 'lokalbehov', label: 'Lokalbehov', definition: 'Verksamhetens behov av lokaler över planeringsperioden.' },
];

export const SYNONYMS = [
  { term: 'hyresgast', stakeholder: 'uppsalahem', label: 'Kund', by: 'eva' },
  { term: 'fastighetsobjekt', stakeholder: 'skolfastigheter', label: 'Hyresobjekt', by: 'fredrik' },
  { term: 'lokal', stakeholder: 'utbn', label: 'Skollokal', by: 'cecilia' },
  { term: 'felanmalan', stakeholder: 'uppsalahem', label: 'Serviceanmälan', by: 'eva' },
];

export const SYSTEMS = [
  { id: 'fastighetssystem', name: 'Fastighetssystem (verksamhetsadministration)', ownerStakeholder: 'ksn', governingBody: 'objekt-lokal' },
  { id: 'ekonomisystem', name: 'Ekonomisystem', ownerStakeholder: 'ksn', governingBody: 'objekt-lokal' },
  { id: 'felanmalningsportal', name: 'Felanmälningsportal', ownerStakeholder: 'uppsalahem', governingBody: 'objekt-fastighet' },
];
