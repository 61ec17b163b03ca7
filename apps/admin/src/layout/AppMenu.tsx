import { Badge, Box } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { createElement, Fragment } from 'react';
import { Menu, useCanAccess, usePermissions, useResourceDefinitions, useTranslate } from 'react-admin';
import { supervisionApi } from '../supervision/api';
import { canAccess } from '../authProvider';
import { AREAS } from '../areas';
import type { MenuEntry, MenuSection } from './area';
import { MenuGroup } from './MenuGroup';

/** A shortcut to a resource's create page, shown to those who may create ("New complaint", "Record payment"). */
const CreateItem = ({ entry }: { entry: Extract<MenuEntry, { create: string }> }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: entry.create, action: 'create' });
  if (!canAccess) return null;
  return (
    <Menu.Item
      to={`/${entry.create}/create`}
      primaryText={translate(entry.label)}
      leftIcon={createElement(entry.icon, { color: 'primary' })}
      sx={{ fontWeight: 600 }}
    />
  );
};

/** A page that is not a resource's list, shown to those who may list the records it is about. */
const PageItem = ({ entry }: { entry: Extract<MenuEntry, { page: string }> }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: entry.resource, action: 'list' });
  if (!canAccess) return null;
  return <Menu.Item to={entry.page} primaryText={translate(entry.label)} leftIcon={createElement(entry.icon)} />;
};

/** How often the menu asks how much work waits for the signed-in staff member. */
const WAITING_REFRESH_MS = 30_000;

/**
 * The inbox's entry with the count of the work waiting for the signed-in staff member (their tasks, their
 * queue, what escalated to them), asked again every half minute and when the window regains the focus.
 */
const InboxLabel = ({ label }: { label: string }) => {
  const translate = useTranslate();
  const { data } = useQuery({ queryKey: ['supervision', 'waiting'], queryFn: supervisionApi.waiting, refetchInterval: WAITING_REFRESH_MS, refetchOnWindowFocus: true });
  const count = data?.total ?? 0;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 2.5 }}>
      {label}
      {count > 0 && (
        <Badge
          badgeContent={count}
          max={999}
          color={data && (data.escalated > 0 || data.overdue > 0) ? 'error' : 'primary'}
          aria-label={translate('estate.supervision.menu.waiting', { count })}
          data-testid="waiting-count"
          sx={{ '& .MuiBadge-badge': { position: 'static', transform: 'none' } }}
        />
      )}
    </Box>
  );
};

/** The resource an entry is about. */
const resourceOf = (entry: MenuEntry) => ('list' in entry ? entry.list : 'create' in entry ? entry.create : entry.resource);

/** A resource's list, when the resource has one (react-admin hides it from those who may not list). */
const ResourceItem = ({ entry }: { entry: Extract<MenuEntry, { list: string }> }) => {
  const translate = useTranslate();
  const resource = useResourceDefinitions()[entry.list];
  if (!resource?.hasList) return null;
  const label = resource.options?.label as string | undefined;
  if (resource.name === 'tasks') return <Menu.ResourceItem name={resource.name} primaryText={<InboxLabel label={translate(label ?? 'resources.tasks.name', { _: label, smart_count: 2 })} />} />;
  return label ? (
    <Menu.ResourceItem name={resource.name} primaryText={translate(label, { _: label })} />
  ) : (
    <Menu.ResourceItem name={resource.name} />
  );
};

const EntryItem = ({ entry }: { entry: MenuEntry }) =>
  'list' in entry ? <ResourceItem entry={entry} /> : 'create' in entry ? <CreateItem entry={entry} /> : <PageItem entry={entry} />;

const entryKey = (entry: MenuEntry) => ('list' in entry ? entry.list : 'create' in entry ? `${entry.create}-create` : entry.page);

/** The menu sections of all areas, in their order. */
const SECTIONS: MenuSection[] = AREAS.flatMap((area) => area.menu).sort((a, b) => a.order - b.order);

/**
 * The menu, built from the areas' sections (see areas.ts). A resource with `options.label` is
 * named by it here (the inbox, the outbox, the escalations, the overdue list), while its pages
 * keep the resource's own name ("Task", "Message"). A few entries are not lists: the "New
 * complaint" and "Record payment" shortcuts, the complaint and fee figures, the cash
 * reconciliation. A section with a `group` folds under one heading (the fee pages).
 */
export const AppMenu = () => {
  const { permissions: role } = usePermissions<string | undefined>();
  return (
    <Menu>
      {SECTIONS.map((section) => {
        const items = section.entries.map((entry) => <EntryItem key={entryKey(entry)} entry={entry} />);
        // A heading with nothing under it for this role (the fees, for a gardener) is not shown at all.
        if (section.group && !section.entries.some((entry) => canAccess(role, resourceOf(entry), 'list'))) return null;
        return section.group ? (
          <MenuGroup
            key={`group-${section.group.name}`}
            name={section.group.name}
            label={section.group.label}
            icon={createElement(section.group.icon)}
          >
            {items}
          </MenuGroup>
        ) : (
          <Fragment key={`section-${section.order}`}>{items}</Fragment>
        );
      })}
    </Menu>
  );
};
