import { h } from '../../common/dom';
import type { RouteContext } from '../routes';
import { navigationFor } from '../routes';

/** /console/: what this role can do, one card per screen in its navigation. */
export function render(ctx: RouteContext): void {
  ctx.title('Home');
  const items = navigationFor(ctx.session.roles);
  ctx.main.append(
    h('h1', { tabindex: -1 }, 'What do you want to do?'),
    h('p', {}, `Signed in as ${ctx.session.username} (${ctx.session.roles.map(roleName).join(', ')}).`),
    items.length
      ? h('ul', { class: 'nhsuk-grid-row nhsuk-card-group' }, ...items.map((r) => h('li', { class: 'nhsuk-grid-column-one-half nhsuk-card-group__item' },
        h('div', { class: 'nhsuk-card nhsuk-card--clickable' }, h('div', { class: 'nhsuk-card__content' },
          h('h2', { class: 'nhsuk-card__heading nhsuk-heading-m' }, h('a', { class: 'nhsuk-card__link', href: r.path }, r.nav!.label)))))))
      : h('p', {}, 'There is nothing for your role in the console yet. The API is open to you as the contract says.'));
}

export function roleName(role: string): string {
  return ({ LINK_WORKER: 'link worker', COORDINATOR: 'coordinator', GROUP_EDITOR: 'community group', EVALUATOR: 'evaluator', ADMIN: 'administrator', RESIDENT: 'resident' } as Record<string, string>)[role] ?? role;
}
