/**
 * The demo development plans: a small, true story of the plan lifecycle in the demo
 * organisation, dated from the day the demo data is loaded. Data only (plus the dating
 * helpers); `demo-plans.loader.ts` writes it as if each step had been made in the UI.
 *
 * - Gitte Hansen (reports to Morten Skov Jensen) has a plan waiting in Morten's inbox.
 * - Sofie Lindberg (reports to Jan Mortensen) has an active plan: approved about two months
 *   ago, seats on two sessions, one activity on a waiting list, one activity done.
 * - Marie Fog (also Jan's) started a plan a few weeks later on two of the same sessions, so
 *   HR's participant list shows more than one name.
 * - Louise Damgaard (Morten's) has had her plan returned with a comment.
 * - Kasper Juhl (Jan's) completed last year's plan.
 * Camilla Nørgaard has no plan: she makes hers in the demo (and in the e2e journey).
 */
import { addDays, addMonths } from '../catalogue/local-date';

export interface DemoGoal {
  competencyKey: string;
  what: string;
  measure: string;
  byDate: string;
  behaviourKeys: string[];
  at: Date;
}

export type DemoItem = {
  at: Date;
  competencyKeys: string[];
  behaviourKeys?: string[];
} & (
  | {
      kind: 'offer';
      code: string;
      /** index among the offer's sessions by date */ session?: number;
      text?: string;
    }
  | { kind: 'on-the-job'; behaviourKey: string; text: string; hours: number }
  | { kind: 'other'; text: string; costDkk: number; hours: number }
);

export interface DemoPlanStory {
  leaderEmail: string;
  managerEmail: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  budgetDkk: number | null;
  hours: number | null;
  created: Date;
  goals: DemoGoal[];
  items: DemoItem[];
  submitted?: Date;
  returned?: { at: Date; comment: string };
  approved?: { at: Date; comment: string | null };
  activated?: Date;
  followUps?: { date: string; note: string; at: Date; by: 'leader' | 'manager' }[];
  /** Items (by index) marked done. */
  done?: { item: number; at: Date; evidence: string }[];
  notes?: { item: number; at: Date; learned: string; changed: string }[];
  completed?: Date;
}

/** The leaders whose plans the story writes (it is loaded only if all of them exist). */
export const DEMO_PLAN_LEADERS = [
  'gitte.hansen@ikast-brande.dk',
  'sofie.lindberg@ikast-brande.dk',
  'marie.fog@ikast-brande.dk',
  'louise.damgaard@ikast-brande.dk',
  'kasper.juhl@ikast-brande.dk',
];

const MORTEN = 'morten.jensen@ikast-brande.dk';
const JAN = 'jan.mortensen@ikast-brande.dk';

/** The stories, dated from `today` (the Danish date of the load). */
export function demoPlanStories(today: string): DemoPlanStory[] {
  /** A moment `days` days before today at `time` (UTC, so 09:15 is a Danish morning). */
  const ago = (days: number, time: string) => new Date(`${addDays(today, -days)}T${time}:00Z`);
  const on = (iso: string, time: string) => new Date(`${iso}T${time}:00Z`);
  const monthStart = `${today.slice(0, 8)}01`;
  const yearOf = (months: number) => addMonths(monthStart, months);
  const lastYear = String(Number(today.slice(0, 4)) - 1);
  const ly = (mmdd: string) => `${lastYear}-${mmdd}`;

  // A plan year from the start of this month; Sofie's and Marie's began two months ago.
  const thisYear = { start: monthStart, end: addDays(yearOf(12), -1) };
  const running = { start: yearOf(-2), end: addDays(yearOf(10), -1) };

  return [
    {
      leaderEmail: 'gitte.hansen@ikast-brande.dk',
      managerEmail: MORTEN,
      title: 'Flere idéer fra personalegruppen og et stærkere netværk',
      periodStart: thisYear.start,
      periodEnd: thisYear.end,
      budgetDkk: 15000,
      hours: 70,
      created: ago(6, '12:40'),
      goals: [
        {
          competencyKey: 'hedekraft',
          what: 'Medarbejderne i Mælkebøtten kommer selv med idéer til hverdagen med børnene, og vi afprøver de bedste i små forsøg i stedet for at vente på det store projekt.',
          measure:
            'Idéer er et fast punkt på hvert personalemøde. Mindst seks idéer er afprøvet og evalueret i perioden og står i referaterne, og svaret på "Min leder efterspørger mine idéer" i trivselsmålingen stiger fra 3,2 til mindst 3,8.',
          byDate: addDays(yearOf(10), -1),
          behaviourKeys: ['hedekraft.efterlyse-ideer', 'hedekraft.afproeve-ideer'],
          at: ago(6, '12:55'),
        },
        {
          competencyKey: 'paa-tvaers',
          what: 'Jeg bruger de andre dagtilbudsledere som sparringspartnere, når noget er svært, i stedet for at løse det alene.',
          measure:
            'Jeg har deltaget i mindst fire netværksmøder, drøftet mindst to konkrete sager med en kollega fra netværket og gennemført én fælles aktivitet med Engesvang Børnehus.',
          byDate: addDays(yearOf(11), -1),
          behaviourKeys: ['paa-tvaers.kontakt-andre-ledere', 'paa-tvaers.netvaerksmoeder'],
          at: ago(6, '13:05'),
        },
      ],
      items: [
        {
          kind: 'on-the-job',
          behaviourKey: 'hedekraft.efterlyse-ideer',
          text: 'Have et fast punkt på personalemøderne: Efterlyse idéer. Hver stue tager én idé med, og vi vælger sammen, hvilken vi prøver af den næste måned.',
          hours: 10,
          competencyKeys: ['hedekraft'],
          behaviourKeys: ['hedekraft.efterlyse-ideer'],
          at: ago(6, '13:12'),
        },
        {
          kind: 'on-the-job',
          behaviourKey: 'hedekraft.afproeve-ideer',
          text: 'Afprøve månedens idé i fire uger og evaluere den kort på næste personalemøde: Gjorde det en forskel for børnene? Skal vi fortsætte, justere eller stoppe?',
          hours: 6,
          competencyKeys: ['hedekraft'],
          behaviourKeys: ['hedekraft.afproeve-ideer'],
          at: ago(6, '13:20'),
        },
        {
          kind: 'offer',
          code: 'IBK-NET-01',
          session: 1,
          text: 'Holdet i Brande passer med mine mødedage.',
          competencyKeys: ['paa-tvaers'],
          behaviourKeys: ['paa-tvaers.netvaerksmoeder', 'paa-tvaers.kontakt-andre-ledere'],
          at: ago(5, '08:30'),
        },
        {
          kind: 'offer',
          code: 'IBK-COACH-01',
          text: 'Tre samtaler i foråret om at slippe kontrollen og give medarbejderne plads til at prøve ting af.',
          competencyKeys: ['hedekraft'],
          behaviourKeys: ['hedekraft.vaere-modig'],
          at: ago(5, '08:45'),
        },
        {
          kind: 'offer',
          code: 'IBK-INNO-02',
          session: 0,
          competencyKeys: ['hedekraft'],
          behaviourKeys: ['hedekraft.afproeve-ideer'],
          at: ago(5, '08:52'),
        },
        {
          kind: 'on-the-job',
          behaviourKey: 'paa-tvaers.kontakt-andre-ledere',
          text: 'Ringe til en kollega fra netværket, før jeg træffer beslutning i en svær personalesag, og tilbyde det samme den anden vej.',
          hours: 4,
          competencyKeys: ['paa-tvaers'],
          behaviourKeys: ['paa-tvaers.kontakt-andre-ledere'],
          at: ago(5, '09:05'),
        },
      ],
      submitted: ago(2, '14:10'),
    },
    {
      leaderEmail: 'sofie.lindberg@ikast-brande.dk',
      managerEmail: JAN,
      title: 'Idéer og borgerinddragelse i Team Unge',
      periodStart: running.start,
      periodEnd: running.end,
      budgetDkk: 5000,
      hours: 80,
      created: ago(74, '08:10'),
      goals: [
        {
          competencyKey: 'hedekraft',
          what: 'Medarbejderne i Team Unge foreslår og afprøver selv nye måder at få kontakt til de unge, der ikke møder op.',
          measure:
            'Idéer er et fast punkt på teammødet hver anden uge. Mindst fire idéer er afprøvet, og udeblivelser fra første samtale falder fra 28 % til under 20 %.',
          byDate: addDays(yearOf(6), -1),
          behaviourKeys: ['hedekraft.efterlyse-ideer', 'hedekraft.afproeve-ideer'],
          at: ago(74, '08:25'),
        },
        {
          competencyKey: 'borgerne-i-centrum',
          what: 'De unge oplever, at de bliver hørt, og at vi taler et sprog, de forstår. Vi koordinerer med uddannelsesvejledningen og psykiatrien i stedet for at sende de unge videre.',
          measure:
            'Ungepanelet deltager i et teammøde hvert kvartal, mindst 80 % af de unge svarer ja til "Jeg blev lyttet til" i den korte måling efter samtalen, og sager med mere end to aktører får et relationelt koordineringsmøde.',
          byDate: addDays(yearOf(9), -1),
          behaviourKeys: [
            'borgerne-i-centrum.borgeren-som-samarbejdspartner',
            'borgerne-i-centrum.koordinere-for-borgeren',
          ],
          at: ago(74, '08:40'),
        },
      ],
      items: [
        {
          kind: 'on-the-job',
          behaviourKey: 'hedekraft.efterlyse-ideer',
          text: 'Have et fast punkt på teammøderne hver anden uge: Efterlyse idéer. Spørgsmålet er det samme hver gang: Hvad kunne vi gøre anderledes for de unge, der ikke dukker op?',
          hours: 8,
          competencyKeys: ['hedekraft'],
          behaviourKeys: ['hedekraft.efterlyse-ideer'],
          at: ago(74, '08:50'),
        },
        {
          kind: 'offer',
          code: 'IBK-INNO-01',
          session: 0,
          text: 'Metoder til at få flere idéer frem på teammøderne.',
          competencyKeys: ['hedekraft'],
          behaviourKeys: ['hedekraft.generere-nye-ideer', 'hedekraft.efterlyse-ideer'],
          at: ago(74, '09:02'),
        },
        {
          kind: 'offer',
          code: 'IBK-BORGER-02',
          session: 0,
          text: 'Mange af vores unge har sager hos både os, uddannelsesvejledningen og psykiatrien.',
          competencyKeys: ['borgerne-i-centrum'],
          behaviourKeys: ['borgerne-i-centrum.koordinere-for-borgeren'],
          at: ago(74, '09:10'),
        },
        {
          kind: 'offer',
          code: 'IBK-BORGER-01',
          session: 1,
          text: 'Vi gennemgår de unges vej fra første henvendelse til første samtale.',
          competencyKeys: ['borgerne-i-centrum', 'hedekraft'],
          behaviourKeys: [
            'borgerne-i-centrum.borgerens-besoeg',
            'borgerne-i-centrum.borgeren-som-samarbejdspartner',
          ],
          at: ago(73, '13:30'),
        },
        {
          kind: 'on-the-job',
          behaviourKey: 'borgerne-i-centrum.borgeren-som-samarbejdspartner',
          text: 'Invitere to unge fra ungepanelet med til teammødet én gang i kvartalet og lade dem fortælle, hvordan de oplever vores breve og samtaler.',
          hours: 6,
          competencyKeys: ['borgerne-i-centrum'],
          behaviourKeys: ['borgerne-i-centrum.borgeren-som-samarbejdspartner'],
          at: ago(73, '13:45'),
        },
      ],
      submitted: ago(71, '14:05'),
      approved: {
        at: ago(60, '10:20'),
        comment:
          'Godt arbejde, Sofie. Jeg kan især lide, at du vil bruge ungepanelet. Tag erfaringerne med på afdelingsmødet, så de andre teams kan lære af dem. Aftal, hvem der dækker ind, mens du er på kursus.',
      },
      activated: ago(59, '08:05'),
      followUps: [
        {
          date: addDays(today, -21),
          note: 'Status på planen: idépunktet kører, og ungepanelet har været med én gang. Sofie fortæller om erfaringerne på næste afdelingsmøde.',
          at: ago(58, '09:30'),
          by: 'manager',
        },
        {
          date: addDays(today, 40),
          note: 'Midtvejsopfølgning: fremmødet, ungepanelet og hvad vi har lært af de afprøvede idéer.',
          at: ago(21, '11:15'),
          by: 'leader',
        },
      ],
      done: [
        {
          item: 0,
          at: ago(30, '15:20'),
          evidence:
            'Punktet har stået på dagsordenen til alle teammøder i to måneder. Vi har samlet 11 idéer i referaterne og afprøvet tre af dem, bl.a. en sms dagen før og første samtale på ungdomsskolen i stedet for på jobcentret.',
        },
      ],
      notes: [
        {
          item: 0,
          at: ago(30, '15:35'),
          learned:
            'Det virker bedre, når jeg stiller ét konkret spørgsmål i stedet for at spørge bredt, om nogen har en idé. De stille medarbejdere kommer også på banen, når alle får to minutter til at skrive først.',
          changed:
            'Jeg sender spørgsmålet ud dagen før mødet, og vi starter med to minutters stille skrivning. Jeg siger ikke min egen idé, før de andre har talt.',
        },
        {
          item: 4,
          at: ago(12, '14:50'),
          learned:
            'De to unge fra ungepanelet sagde ret direkte, at vores indkaldelsesbrev lyder som en trussel. Det havde ingen af os set.',
          changed:
            'Vi har skrevet indkaldelsen om sammen med dem, og nu sender vi også en sms med rådgiverens navn og billede. Vi ser på fremmødet igen om tre måneder.',
        },
      ],
    },
    {
      leaderEmail: 'marie.fog@ikast-brande.dk',
      managerEmail: JAN,
      title: 'Min første plan som teamleder',
      periodStart: running.start,
      periodEnd: running.end,
      budgetDkk: null,
      hours: 50,
      created: ago(52, '09:00'),
      goals: [
        {
          competencyKey: 'borgerne-i-centrum',
          what: 'Borgerne i Team Beskæftigelse møder én plan, også når flere afdelinger er involveret.',
          measure:
            'Alle sager med mere end to aktører har en fælles plan og en tovholder, og det tjekker vi på teammødet hver måned.',
          byDate: addDays(yearOf(8), -1),
          behaviourKeys: ['borgerne-i-centrum.koordinere-for-borgeren'],
          at: ago(52, '09:15'),
        },
        {
          competencyKey: 'hedekraft',
          what: 'Jeg tager imod medarbejdernes idéer med et "ja, og …" og giver dem en prøveperiode, før jeg siger nej.',
          measure: 'Mindst tre idéer fra medarbejderne er afprøvet i teamet inden sommerferien.',
          byDate: addDays(yearOf(7), -1),
          behaviourKeys: ['hedekraft.imoedekomme-nye-ideer'],
          at: ago(52, '09:25'),
        },
      ],
      items: [
        {
          kind: 'offer',
          code: 'IBK-BORGER-02',
          session: 0,
          competencyKeys: ['borgerne-i-centrum'],
          behaviourKeys: ['borgerne-i-centrum.koordinere-for-borgeren'],
          at: ago(52, '09:35'),
        },
        {
          kind: 'offer',
          code: 'IBK-INNO-01',
          session: 0,
          competencyKeys: ['hedekraft'],
          behaviourKeys: ['hedekraft.imoedekomme-nye-ideer'],
          at: ago(52, '09:40'),
        },
        {
          kind: 'on-the-job',
          behaviourKey: 'hedekraft.imoedekomme-nye-ideer',
          text: 'Svare "ja, og …" før jeg siger nej til en idé fra en medarbejder, og aftale en prøveperiode på en måned.',
          hours: 4,
          competencyKeys: ['hedekraft'],
          behaviourKeys: ['hedekraft.imoedekomme-nye-ideer'],
          at: ago(52, '09:50'),
        },
      ],
      submitted: ago(49, '13:00'),
      approved: { at: ago(45, '08:40'), comment: null },
      activated: ago(44, '10:10'),
      followUps: [
        {
          date: addDays(today, 25),
          note: 'Første opfølgning: hvordan går det med de fælles planer?',
          at: ago(44, '10:20'),
          by: 'leader',
        },
      ],
    },
    {
      leaderEmail: 'louise.damgaard@ikast-brande.dk',
      managerEmail: MORTEN,
      title: 'Udviklingsplan for det kommende år',
      periodStart: thisYear.start,
      periodEnd: thisYear.end,
      budgetDkk: null,
      hours: null,
      created: ago(16, '19:40'),
      goals: [
        {
          competencyKey: 'handlekraft',
          what: 'Jeg bliver en bedre leder for mine medarbejdere.',
          measure: 'Det kan mærkes i huset.',
          byDate: addDays(yearOf(10), -1),
          behaviourKeys: [],
          at: ago(16, '19:55'),
        },
      ],
      items: [
        {
          kind: 'offer',
          code: 'DIL-LM1',
          session: 0,
          competencyKeys: ['handlekraft'],
          at: ago(16, '20:05'),
        },
        {
          kind: 'offer',
          code: 'DIL-PL2',
          session: 0,
          competencyKeys: ['handlekraft'],
          at: ago(16, '20:10'),
        },
        {
          kind: 'offer',
          code: 'DIL-VM-COA',
          session: 1,
          competencyKeys: ['handlekraft'],
          at: ago(16, '20:14'),
        },
      ],
      submitted: ago(12, '07:50'),
      returned: {
        at: ago(9, '11:30'),
        comment:
          'Tak for planen, Louise. Tre diplommoduler på ét år er for meget oven i udbygningen af børnehuset i foråret. Vælg det modul, der giver mest mening nu – jeg vil foreslå Ledelse og medarbejdere 1 – og tilføj læring i hverdagen, fx at du giver medarbejderne råderum i planlægningen af udbygningen. Målet skal også være mere konkret: Hvad vil medarbejderne opleve anderledes, og hvordan kan vi se det?',
      },
    },
    {
      leaderEmail: 'kasper.juhl@ikast-brande.dk',
      managerEmail: JAN,
      title: `Udviklingsplan ${lastYear}: Mål og samarbejde på tværs`,
      periodStart: ly('01-01'),
      periodEnd: ly('12-31'),
      budgetDkk: 2000,
      hours: 40,
      created: on(ly('01-14'), '09:00'),
      goals: [
        {
          competencyKey: 'handlekraft',
          what: 'Medarbejderne i Virksomhedsservice ved, hvilke mål vi arbejder efter, og hvordan det går.',
          measure:
            'Status på tavlemødet hver måned, og "Jeg kender målene for mit arbejde" stiger fra 3,1 til mindst 4,0 i trivselsmålingen i november.',
          byDate: ly('11-30'),
          behaviourKeys: [
            'handlekraft.foelge-op-paa-maal',
            'handlekraft.italesaette-ambitionsniveau',
          ],
          at: on(ly('01-14'), '09:20'),
        },
        {
          competencyKey: 'paa-tvaers',
          what: 'Vi løser flere virksomhedssager sammen med Team Unge og Team Sygedagpenge i stedet for hver for sig.',
          measure: 'Mindst ti fælles virksomhedsbesøg med et andet team i løbet af året.',
          byDate: ly('12-15'),
          behaviourKeys: ['paa-tvaers.flere-fagligheder', 'paa-tvaers.nysgerrig-paa-andre'],
          at: on(ly('01-14'), '09:35'),
        },
      ],
      items: [
        {
          kind: 'on-the-job',
          behaviourKey: 'handlekraft.foelge-op-paa-maal',
          text: 'Holde et kort tavlemøde den første mandag i måneden med status på placeringer og virksomhedsaftaler.',
          hours: 12,
          competencyKeys: ['handlekraft'],
          behaviourKeys: ['handlekraft.foelge-op-paa-maal'],
          at: on(ly('01-14'), '09:45'),
        },
        {
          kind: 'offer',
          code: 'IBK-EL-03',
          competencyKeys: ['handlekraft'],
          behaviourKeys: ['handlekraft.foelge-op-paa-maal'],
          at: on(ly('01-14'), '09:50'),
        },
        {
          kind: 'offer',
          code: 'IBK-ROT-01',
          text: 'En dag hos lederen af Team Sygedagpenge.',
          competencyKeys: ['paa-tvaers'],
          behaviourKeys: ['paa-tvaers.nysgerrig-paa-andre'],
          at: on(ly('01-15'), '08:30'),
        },
        {
          kind: 'on-the-job',
          behaviourKey: 'paa-tvaers.flere-fagligheder',
          text: 'Tage en kollega fra Team Unge med på virksomhedsbesøg, når virksomheden søger unge til job, elev- eller lærepladser.',
          hours: 10,
          competencyKeys: ['paa-tvaers'],
          behaviourKeys: ['paa-tvaers.flere-fagligheder'],
          at: on(ly('01-15'), '08:40'),
        },
      ],
      submitted: on(ly('01-21'), '13:15'),
      approved: {
        at: on(ly('01-28'), '10:00'),
        comment: 'Fin og realistisk plan. Godt, at du vil samarbejde mere med Team Unge.',
      },
      activated: on(ly('01-29'), '08:15'),
      followUps: [
        {
          date: ly('06-12'),
          note: 'Halvårsstatus: tavlemøderne og de fælles virksomhedsbesøg.',
          at: on(ly('01-29'), '08:30'),
          by: 'manager',
        },
        {
          date: ly('11-27'),
          note: 'Afslutning af planen og resultatet af trivselsmålingen.',
          at: on(ly('06-12'), '11:00'),
          by: 'manager',
        },
      ],
      done: [
        {
          item: 1,
          at: on(ly('03-18'), '14:00'),
          evidence:
            'E-læringen er gennemført i marts. MUS-skabelonen i teamet er ændret, så samtalen starter med medarbejderens egne mål.',
        },
        {
          item: 2,
          at: on(ly('04-24'), '15:30'),
          evidence:
            'En dag hos lederen af Team Sygedagpenge den 23. april. Den har ført til en fast fælles visitation af sager med delvis raskmelding.',
        },
        {
          item: 3,
          at: on(ly('11-20'), '13:10'),
          evidence:
            'Tolv fælles virksomhedsbesøg med Team Unge og Team Sygedagpenge. Fem unge fik læreplads eller job gennem besøgene.',
        },
        {
          item: 0,
          at: on(ly('12-03'), '09:40'),
          evidence:
            'Tavlemøder holdt hver måned fra marts. Trivselsmålingen i november gav 4,1 på "Jeg kender målene for mit arbejde".',
        },
      ],
      notes: [
        {
          item: 2,
          at: on(ly('04-24'), '15:45'),
          learned:
            'Sygedagpengeteamet sidder med mange af de samme virksomheder som os, men vi har aldrig talt sammen om dem.',
          changed:
            'Vi holder nu en fælles visitation hver anden uge, og jeg ringer til min kollega, før vi går ind i en ny virksomhedsaftale.',
        },
      ],
      completed: on(ly('12-10'), '14:20'),
    },
  ];
}
