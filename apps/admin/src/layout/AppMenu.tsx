import { Badge, Box } from '@mui/material';
import ListIcon from '@mui/icons-material/ViewList';
import { createElement, Fragment, type ComponentType } from 'react';
import { Menu, useCanAccess, usePermissions, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';
import { useTaskCounts } from '../work/tasks/api';
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

/**
 * The open work a menu entry holds for the signed-in staff member: the inbox (their tasks, their queue, what
 * escalated to them), the managers' escalations. The counts are asked every 15 seconds and when the window
 * regains the focus (work/tasks/api), one request for the whole menu.
 */
const useMenuCount = (resource: string) => {
  const { data } = useTaskCounts();
  const count = (resource === 'tasks' ? data?.waiting : data?.menu[resource]) ?? 0;
  const urgent = resource !== 'tasks' || (data != null && (data.views.escalated > 0 || data.views.overdue > 0));
  return { count, color: urgent ? ('error' as const) : ('primary' as const) };
};

/** The entry's label with its count beside it (the menu open). */
const CountedLabel = ({ label, resource }: { label: string; resource: string }) => {
  const translate = useTranslate();
  const { count, color } = useMenuCount(resource);
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 2.5 }}>
      {label}
      {count > 0 && (
        <Badge
          badgeContent={count}
          max={999}
          color={color}
          aria-label={translate('estate.supervision.menu.waiting', { count })}
          data-testid={resource === 'tasks' ? 'waiting-count' : `menu-count-${resource}`}
          sx={{ '& .MuiBadge-badge': { position: 'static', transform: 'none' } }}
        />
      )}
    </Box>
  );
};

/** The entry's icon, carrying the count when the menu is folded to icons (a tablet). */
const CountedIcon = ({ icon, resource }: { icon: ComponentType; resource: string }) => {
  const [open] = useSidebarState();
  const { count, color } = useMenuCount(resource);
  if (open || count === 0) return createElement(icon);
  return (
    <Badge badgeContent={count} max={99} color={color} data-testid={`menu-icon-count-${resource}`}>
      {createElement(icon)}
    </Badge>
  );
};

/** The menu entries whose label carries a count of open work. */
const COUNTED = new Set(['tasks', 'escalations']);

/** The resource an entry is about. */
const resourceOf = (entry: MenuEntry) => ('list' in entry ? entry.list : 'create' in entry ? entry.create : entry.resource);

/** A resource's list, when the resource has one (react-admin hides it from those who may not list). */
const ResourceItem = ({ entry }: { entry: Extract<MenuEntry, { list: string }> }) => {
  const translate = useTranslate();
  const resource = useResourceDefinitions()[entry.list];
  if (!resource?.hasList) return null;
  const label = resource.options?.label as string | undefined;
  if (COUNTED.has(resource.name)) {
    const text = translate(label ?? `resources.${resource.name}.name`, { _: label, smart_count: 2 });
    return (
      <Menu.ResourceItem
        name={resource.name}
        primaryText={<CountedLabel label={text} resource={resource.name} />}
        leftIcon={<CountedIcon icon={resource.icon ?? ListIcon} resource={resource.name} />}
      />
    );
  }
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
