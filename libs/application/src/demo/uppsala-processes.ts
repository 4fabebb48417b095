import type { ProcessDefinition } from '@samsyn/domain';

type StepRow = [id: string, name: string, performer: string, terms?: string[], systems?: string[]];
type HandoverRow = [id: string, from: string, to: string, artifact: string];

export interface DemoProcess {
  id: string;
  name: string;
  owner: string;
  ownerPrincipal: string;
  body: string;
  definition: ProcessDefinition;
}

const define = (
  id: string,
  name: string,
  owner: string,
  ownerPrincipal: string,
  body: string,
  purpose: string,
  participants: string[],
  steps: StepRow[],
  handovers: HandoverRow[],
): DemoProcess => ({
  id,
  name,
  owner,
  ownerPrincipal,
  body,
  definition: {
    purpose,
    participants,
    steps: Object.fromEntries(
      steps.map(([sid, sname, performer, terms, systems], i) => [
        sid,
        { name: sname, performer, order: i + 1, ...(terms?.length ? { terms } : {}), ...(systems?.length ? { systems } : {}) },
      ]),
    ),
    handovers: Object.fromEntries(handovers.map(([hid, from, to, artifact]) => [hid, { from, to, artifact }])),
  },
});

/** The eleven shared main processes of business administration and premises provision. */
export const PROCESSES: DemoProcess[] = [
  define('LF-01', 'Lokalbehovsanalys', 'ksn', 'anna', 'objekt-lokal', 'Fastställa verksamheternas lokalbehov för planeringsperioden.',
    ['ksn', 'utbn', 'ifn', 'skolfastigheter'],
    [
      ['inventera', 'Inventera lokalbehov', 'utbn', ['lokalbehov', 'lokal']],
      ['inventera-ifn', 'Inventera lokalbehov idrott och fritid', 'ifn', ['lokalbehov']],
      ['sammanstall', 'Sammanställa lokalförsörjningsplan', 'ksn', ['lokalbehov'], ['fastighetssystem']],
      ['bedom', 'Bedöma befintligt bestånd', 'skolfastigheter', ['fastighetsobjekt']],
    ],
    [['h-behov', 'inventera', 'sammanstall', 'Lokalbehovsunderlag'], ['h-behov-ifn', 'inventera-ifn', 'sammanstall', 'Lokalbehovsunderlag'], ['h-bestand', 'bedom', 'sammanstall', 'Beståndsbedömning']]),
  define('LF-02', 'Inhyrning', 'ksn', 'anna', 'objekt-lokal', 'Hyra in lokaler från externa och kommunala hyresvärdar.',
    ['ksn', 'utbn', 'uppsalahem', 'skolfastigheter'],
    [
      ['bestall', 'Beställa lokal', 'utbn', ['lokal']],
      ['forhandla', 'Förhandla hyresavtal', 'ksn', ['hyresavtal']],
      ['erbjud', 'Lämna hyreserbjudande', 'uppsalahem', ['hyresavtal'], ['fastighetssystem']],
      ['tecken', 'Teckna hyresavtal', 'ksn', ['hyresavtal'], ['fastighetssystem']],
    ],
    [['h-order', 'bestall', 'forhandla', 'Lokalbeställning'], ['h-erbjud', 'erbjud', 'forhandla', 'Hyreserbjudande']]),
  define('LF-03', 'Uthyrning', 'uppsalahem', 'eva', 'objekt-lokal', 'Hyra ut lokaler till verksamheter och externa hyresgäster.',
    ['ksn', 'uppsalahem', 'ifn'],
    [
      ['annonsera', 'Annonsera ledig lokal', 'uppsalahem', ['lokal']],
      ['anmal', 'Anmäla intresse', 'ifn'],
      ['upplat', 'Upplåta lokal', 'uppsalahem', ['hyresavtal', 'hyresgast'], ['fastighetssystem']],
    ],
    [['h-intresse', 'anmal', 'upplat', 'Intresseanmälan']]),
  define('LF-04', 'Avtalshantering', 'ksn', 'anna', 'objekt-lokal', 'Förvalta hyresavtal under hela avtalstiden.',
    ['ksn', 'utbn', 'ifn', 'uppsalahem', 'skolfastigheter'],
    [
      ['registrera', 'Registrera avtal', 'ksn', ['hyresavtal'], ['fastighetssystem']],
      ['bevaka', 'Bevaka uppsägningstider', 'ksn', ['hyresavtal'], ['fastighetssystem']],
      ['omforhandla', 'Omförhandla villkor', 'uppsalahem', ['hyresavtal']],
      ['godkann', 'Godkänna villkor för skollokaler', 'skolfastigheter', ['hyresavtal']],
    ],
    [['h-bevakning', 'bevaka', 'omforhandla', 'Bevakningslista']]),
  define('LF-05', 'Avveckling av lokaler', 'ksn', 'anna', 'objekt-lokal', 'Avveckla lokaler som inte längre behövs.',
    ['ksn', 'utbn', 'skolfastigheter'],
    [
      ['identifiera', 'Identifiera överyta', 'ksn', ['lokal']],
      ['samrad', 'Samråda med verksamhet', 'utbn', ['lokal']],
      ['saga-upp', 'Säga upp hyresavtal', 'skolfastigheter', ['hyresavtal'], ['fastighetssystem']],
    ],
    [['h-overyta', 'identifiera', 'samrad', 'Överytelista'], ['h-beslut', 'samrad', 'saga-upp', 'Avvecklingsbeslut']]),
  define('FF-01', 'Felanmälan', 'uppsalahem', 'eva', 'objekt-fastighet', 'Ta emot, åtgärda och återkoppla fel i lokaler.',
    ['ksn', 'utbn', 'ifn', 'uppsalahem', 'skolfastigheter'],
    [
      ['anmal', 'Anmäla fel', 'utbn', ['felanmalan'], ['felanmalningsportal']],
      ['registrera', 'Registrera felanmälan', 'uppsalahem', ['felanmalan'], ['felanmalningsportal']],
      ['atgarda', 'Åtgärda fel', 'uppsalahem', ['fastighetsobjekt']],
      ['atgarda-skola', 'Åtgärda fel i skollokal', 'skolfastigheter', ['fastighetsobjekt']],
    ],
    [['h-anmalan', 'anmal', 'registrera', 'Felanmälan'], ['h-order', 'registrera', 'atgarda-skola', 'Arbetsorder']]),
  define('FF-02', 'Underhållsplanering', 'skolfastigheter', 'fredrik', 'objekt-fastighet', 'Planera planerat underhåll av beståndet.',
    ['ksn', 'uppsalahem', 'skolfastigheter'],
    [
      ['besiktiga', 'Besiktiga fastighetsobjekt', 'skolfastigheter', ['fastighetsobjekt']],
      ['planera', 'Upprätta underhållsplan', 'skolfastigheter', ['fastighetsobjekt'], ['fastighetssystem']],
      ['prioritera', 'Prioritera åtgärder', 'ksn'],
      ['samordna', 'Samordna med bostadsbestånd', 'uppsalahem'],
    ],
    [['h-plan', 'planera', 'prioritera', 'Underhållsplan']]),
  define('FF-03', 'Investeringsprojekt', 'ksn', 'anna', 'objekt-fastighet', 'Genomföra ny-, till- och ombyggnad.',
    ['ksn', 'utbn', 'skolfastigheter'],
    [
      ['initiera', 'Initiera investering', 'utbn', ['lokalbehov']],
      ['besluta', 'Besluta investering', 'ksn', [], ['ekonomisystem']],
      ['genomfora', 'Genomföra projekt', 'skolfastigheter', ['fastighetsobjekt']],
    ],
    [['h-initiering', 'initiera', 'besluta', 'Investeringsunderlag'], ['h-uppdrag', 'besluta', 'genomfora', 'Projektuppdrag']]),
  define('FF-04', 'Lokalvård', 'skolfastigheter', 'fredrik', 'objekt-fastighet', 'Hålla lokalerna rena enligt avtalad nivå.',
    ['utbn', 'ifn', 'uppsalahem', 'skolfastigheter'],
    [
      ['bestall', 'Beställa lokalvård', 'utbn', ['lokal']],
      ['utfora', 'Utföra lokalvård', 'skolfastigheter', ['lokal']],
      ['utfora-bostad', 'Utföra lokalvård i bostadsnära lokaler', 'uppsalahem', ['lokal']],
      ['kontrollera', 'Kontrollera kvalitet', 'ifn'],
    ],
    [['h-bestallning', 'bestall', 'utfora', 'Lokalvårdsbeställning']]),
  define('FF-05', 'Energiuppföljning', 'uppsalahem', 'eva', 'objekt-fastighet', 'Följa upp energianvändning per fastighetsobjekt.',
    ['ksn', 'uppsalahem', 'skolfastigheter'],
    [
      ['mata', 'Läsa av mätare', 'uppsalahem', ['fastighetsobjekt'], ['fastighetssystem']],
      ['mata-skola', 'Läsa av mätare i skolor', 'skolfastigheter', ['fastighetsobjekt']],
      ['rapportera', 'Rapportera energianvändning', 'ksn', [], ['ekonomisystem']],
    ],
    [['h-matdata', 'mata', 'rapportera', 'Mätdata'], ['h-matdata-skola', 'mata-skola', 'rapportera', 'Mätdata']]),
  define('EK-01', 'Hyresdebitering', 'ksn', 'anna', 'objekt-lokal', 'Debitera internhyra och externa hyror korrekt och i tid.',
    ['ksn', 'utbn', 'ifn', 'uppsalahem'],
    [
      ['underlag', 'Ta fram hyresunderlag', 'uppsalahem', ['hyresavtal'], ['fastighetssystem']],
      ['debitera', 'Debitera hyra', 'ksn', ['hyresgast'], ['ekonomisystem']],
      ['attestera-utbn', 'Attestera hyra utbildning', 'utbn'],
      ['attestera-ifn', 'Attestera hyra idrott och fritid', 'ifn'],
    ],
    [['h-underlag', 'underlag', 'debitera', 'Hyresunderlag'], ['h-faktura', 'debitera', 'attestera-utbn', 'Internfaktura']]),
];
