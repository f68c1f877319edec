import type { CompetencyView, PlanItemView, PlanView } from '@lederloeft/contracts';
import { formatNumber, formatPeriod, formatPrice } from '../../catalogue/data-access/offer-format';
import type { LanguageService } from '../../i18n/language.service';
import type { UiKey } from '../../i18n/ui-key';
import { GROUP_LABELS, ITEM_GROUPS, itemGroup, itemTitle } from './plan-format';

/** How the page shows a plan: texts in the current language, framework titles resolved. */
export interface PlanTexts {
  language: LanguageService;
  competency: (key: string) => CompetencyView | undefined;
}

/** Budget and hours used against the plan's limits. */
export function planMeters(plan: PlanView, { language }: PlanTexts) {
  const lang = language.lang();
  const meter = (label: UiKey, used: number, limit: number | null, money: boolean) => {
    const show = (n: number) => (money ? formatPrice(n, lang) : formatNumber(n, lang));
    return {
      label,
      used,
      limit,
      over: limit !== null && used > limit,
      text:
        limit === null
          ? language.t('planPage.noLimit', { used: show(used) })
          : language.t('planPage.ofLimit', { used: show(used), limit: show(limit) }),
    };
  };
  return [
    meter('planPage.budget', plan.totals.costDkk, plan.budgetDkk, true),
    meter('planPage.hours', plan.totals.hours, plan.hours, false),
  ];
}

/** The items in their 70-20-10 groups (empty groups stay, so the balance shows). */
export function itemGroups(plan: PlanView, texts: PlanTexts) {
  const lang = texts.language.lang();
  return ITEM_GROUPS.map((group) => {
    const items = plan.items.filter((i) => itemGroup(i) === group);
    return {
      group,
      label: GROUP_LABELS[group],
      items: items.map((item, index) => ({
        item,
        title: itemTitle(item),
        first: index === 0,
        last: index === items.length - 1,
        competencies: addresses(item, texts),
        cost: formatPrice(item.costDkk, lang),
        hours: formatNumber(item.hours, lang),
        session: item.session ? `${formatPeriod(item.session)}, ${item.session.place}` : null,
        seat: seatText(plan, item, texts),
      })),
    };
  });
}

export function goalRows(plan: PlanView, texts: PlanTexts) {
  return plan.goals.map((goal) => {
    const competency = texts.competency(goal.competencyKey);
    return {
      goal,
      name: competency ? texts.language.pick(competency.title) : goal.competencyKey,
      behaviours: goal.behaviourKeys.map((key) => behaviourText(competency, key, texts)),
    };
  });
}

function addresses(item: PlanItemView, texts: PlanTexts) {
  return item.competencyKeys.map((key) => {
    const competency = texts.competency(key);
    return {
      name: competency ? texts.language.pick(competency.title) : key,
      behaviours: item.behaviourKeys
        .filter((b) => !competency || competency.behaviours.some((x) => x.key === b))
        .map((b) => behaviourText(competency, b, texts)),
    };
  });
}

function behaviourText(
  competency: CompetencyView | undefined,
  key: string,
  { language }: PlanTexts,
): string {
  const behaviour = competency?.behaviours.find((b) => b.key === key);
  return behaviour ? language.pick(behaviour.text) : key;
}

/** The seat: booked or the place in line; before approval, that it will be requested. */
function seatText(plan: PlanView, item: PlanItemView, { language }: PlanTexts): string | null {
  if (item.booking) {
    return item.booking.status === 'waiting'
      ? language.t('plans.seat.waiting', { position: item.booking.queuePosition ?? '?' })
      : language.t(`plans.seat.${item.booking.status}`);
  }
  const shaping = ['draft', 'submitted', 'returned'].includes(plan.status);
  return item.session && shaping ? language.t('planPage.items.seatPending') : null;
}
