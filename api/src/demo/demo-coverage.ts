/**
 * What the demo adds for Overblik: approved and active plans in Børn og Unge that move the
 * director's projected coverage (and three in Arbejdsmarked), and her target for the area. Data only; the demo loader
 * writes the plans with the same writer as the other demo plans (demo-plans-writer.ts).
 *
 * The plans use offers on demand (mentoring, coaching, job rotation, e-learning) and learning
 * on the job, so they book no seats: the sessions' seats stay as the catalogue journeys
 * expect them.
 */
import { addDays, addMonths } from '../catalogue/local-date';
import type { DemoGoal, DemoItem, DemoPlanStory } from './demo-plans';

const HANNE = 'hanne.kirkegaard@ikast-brande.dk';
const MORTEN = 'morten.jensen@ikast-brande.dk';
const LARS = 'lars.nielsen@ikast-brande.dk';
const HELLE = 'helle.poulsen@ikast-brande.dk';
const STEFFEN = 'steffen.madsen@ikast-brande.dk';
const RIKKE = 'rikke.jakobsen@ikast-brande.dk';
const KIM = 'kim.rasmussen@ikast-brande.dk';
const MARIA = 'maria.christiansen@ikast-brande.dk';
const JAN = 'jan.mortensen@ikast-brande.dk';
const DORTE = 'dorte.husted@ikast-brande.dk';

/** Leader, the manager who approved, which plan shape, and whether it is under way. */
const PLANS: { leader: string; manager: string; shape: 'drive' | 'across'; active: boolean }[] = [
  { leader: LARS, manager: HANNE, shape: 'drive', active: true },
  { leader: 'anders.kjeldsen@ikast-brande.dk', manager: LARS, shape: 'across', active: true },
  { leader: 'mette.bach@ikast-brande.dk', manager: LARS, shape: 'drive', active: false },
  { leader: 'karina.dahl@ikast-brande.dk', manager: HELLE, shape: 'drive', active: true },
  { leader: 'peter.skov@ikast-brande.dk', manager: HELLE, shape: 'across', active: false },
  { leader: 'susanne.iversen@ikast-brande.dk', manager: STEFFEN, shape: 'drive', active: true },
  { leader: 'mikkel.ravn@ikast-brande.dk', manager: STEFFEN, shape: 'across', active: true },
  { leader: 'birthe.hald@ikast-brande.dk', manager: STEFFEN, shape: 'drive', active: false },
  { leader: 'jesper.winther@ikast-brande.dk', manager: RIKKE, shape: 'across', active: true },
  { leader: 'martin.due@ikast-brande.dk', manager: RIKKE, shape: 'drive', active: true },
  { leader: 'annette.bisgaard@ikast-brande.dk', manager: RIKKE, shape: 'drive', active: false },
  { leader: KIM, manager: MORTEN, shape: 'across', active: true },
  { leader: 'heidi.soerensen@ikast-brande.dk', manager: KIM, shape: 'drive', active: true },
  { leader: 'rune.fisker@ikast-brande.dk', manager: KIM, shape: 'across', active: false },
  { leader: 'jane.holst@ikast-brande.dk', manager: MARIA, shape: 'drive', active: true },
  { leader: 'malene.friis@ikast-brande.dk', manager: MARIA, shape: 'across', active: true },
  { leader: 'ulrik.kvist@ikast-brande.dk', manager: MARIA, shape: 'across', active: false },
  // Arbejdsmarked has Sofie's and Marie's plans; with only those two, the kommune's budget
  // minus Børn og Unge's would be theirs, so Børn og Unge's would be hidden (docs/coverage.md).
  { leader: 'allan.thygesen@ikast-brande.dk', manager: JAN, shape: 'across', active: true },
  { leader: 'bo.laursen@ikast-brande.dk', manager: DORTE, shape: 'drive', active: true },
  { leader: 'maja.dalsgaard@ikast-brande.dk', manager: DORTE, shape: 'across', active: false },
];

/** The leaders of the Overblik plans (loaded only if all of them exist and have none). */
export const DEMO_COVERAGE_PLAN_LEADERS = PLANS.map((p) => p.leader);

/** The director's target for her area: 80 % meet target in hedekraft by the end of next year. */
export function demoCoverageTarget(today: string) {
  return {
    unitRef: 'unit-boern-og-unge',
    competencyKey: 'hedekraft',
    targetPercent: 80,
    dueDate: `${Number(today.slice(0, 4)) + 1}-12-31`,
    note: 'Vi vil være et område, hvor nye idéer bliver til virkelighed: hedekraft i hele Børn og Unge.',
    setByEmail: 'birgitte.mikkelsen@ikast-brande.dk',
  };
}

const GOAL: Record<string, Omit<DemoGoal, 'at' | 'byDate'>> = {
  handlekraft: {
    competencyKey: 'handlekraft',
    what: 'Mine medarbejdere ved, hvad vi skal nå i år, og hvordan det går undervejs.',
    measure: 'Målene er gennemgået på et personalemøde, og vi følger op på dem hver måned.',
    behaviourKeys: ['handlekraft.foelge-op-paa-maal'],
  },
  hedekraft: {
    competencyKey: 'hedekraft',
    what: 'Vi afprøver flere af medarbejdernes idéer i stedet for at gøre, som vi plejer.',
    measure: 'Mindst fire idéer er afprøvet og evalueret i løbet af perioden.',
    behaviourKeys: ['hedekraft.afproeve-ideer'],
  },
  'paa-tvaers': {
    competencyKey: 'paa-tvaers',
    what: 'Jeg bruger ledere fra andre enheder som sparring, når en opgave er svær.',
    measure: 'Jeg har drøftet mindst tre konkrete sager med en leder fra en anden enhed.',
    behaviourKeys: ['paa-tvaers.kontakt-andre-ledere'],
  },
  'borgerne-i-centrum': {
    competencyKey: 'borgerne-i-centrum',
    what: 'Børn og forældre er med, når vi finder løsninger, der handler om dem.',
    measure: 'Forældrene er inddraget i alle handleplaner, og tilfredsheden stiger i målingen.',
    behaviourKeys: ['borgerne-i-centrum.borgeren-som-samarbejdspartner'],
  },
};

/** The stories, dated from `today`: approved about a month ago, most of them under way. */
export function demoCoveragePlanStories(today: string): DemoPlanStory[] {
  const ago = (days: number, time: string) => new Date(`${addDays(today, -days)}T${time}:00Z`);
  const monthStart = `${today.slice(0, 8)}01`;
  const periodStart = addMonths(monthStart, -1);
  const periodEnd = addDays(addMonths(monthStart, 11), -1);
  const byDate = addDays(addMonths(monthStart, 10), -1);
  return PLANS.map((p, i): DemoPlanStory => {
    const at = (days: number, minute: number) =>
      ago(days, `0${8 + (i % 2)}:${String(10 + minute).padStart(2, '0')}`);
    const items: DemoItem[] =
      p.shape === 'drive'
        ? [
            {
              kind: 'offer',
              code: 'IBK-COACH-01',
              competencyKeys: ['handlekraft', 'hedekraft'],
              at: at(40, 0),
            },
            {
              kind: 'offer',
              code: 'IBK-ROT-01',
              text: 'En dag hos en leder i Kultur og Fritid.',
              competencyKeys: ['paa-tvaers', 'hedekraft'],
              at: at(40, 5),
            },
            {
              kind: 'on-the-job',
              behaviourKey: 'hedekraft.afproeve-ideer',
              text: 'Afprøve én af medarbejdernes idéer hver måned og evaluere den på næste møde.',
              hours: 8,
              competencyKeys: ['hedekraft'],
              behaviourKeys: ['hedekraft.afproeve-ideer'],
              at: at(40, 10),
            },
          ]
        : [
            {
              kind: 'offer',
              code: 'IBK-MENTOR-01',
              competencyKeys: ['paa-tvaers', 'handlekraft', 'borgerne-i-centrum'],
              at: at(40, 0),
            },
            {
              kind: 'offer',
              code: 'IBK-EL-02',
              competencyKeys: ['borgerne-i-centrum', 'handlekraft'],
              at: at(40, 5),
            },
            {
              kind: 'on-the-job',
              behaviourKey: 'paa-tvaers.kontakt-andre-ledere',
              text: 'Ringe til en leder i en anden enhed, før en svær sag bliver besluttet.',
              hours: 6,
              competencyKeys: ['paa-tvaers'],
              behaviourKeys: ['paa-tvaers.kontakt-andre-ledere'],
              at: at(40, 10),
            },
          ];
    const focus = [...new Set(items.flatMap((item) => item.competencyKeys))];
    return {
      leaderEmail: p.leader,
      managerEmail: p.manager,
      title: p.shape === 'drive' ? 'Handlekraft og nye idéer i hverdagen' : 'Sparring på tværs',
      periodStart,
      periodEnd,
      budgetDkk: p.shape === 'drive' ? 15000 : 5000,
      hours: 40,
      created: at(41, 0),
      goals: focus.map((key, g) => ({ ...GOAL[key], byDate, at: at(41, 5 + g) })),
      items,
      submitted: at(38, 0),
      approved: { at: at(33, 0), comment: null },
      ...(p.active ? { activated: at(30, 0) } : {}),
    };
  });
}
