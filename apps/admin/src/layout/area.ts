import type { SvgIconProps } from '@mui/material';
import type { ComponentType } from 'react';
import type { ResourceProps } from 'react-admin';

type Icon = ComponentType<SvgIconProps>;

/** One entry of the menu (layout/AppMenu). */
export type MenuEntry =
  /** A resource's list, named by the resource's `options.label` when it has one. */
  | { list: string }
  /** A shortcut to a resource's create page ("New complaint"), shown to those who may create. */
  | { create: string; label: string; icon: Icon }
  /** A page that is not a list; shown to those who may list `resource` (the records it is about). */
  | { page: string; label: string; icon: Icon; resource: string };

/** A run of consecutive menu entries; an area may have several, at different places of the menu. */
export interface MenuSection {
  /** The place in the menu: the sections of all areas are shown sorted by `order`. */
  order: number;
  /** Folds the entries under one heading (layout/MenuGroup); `name` keys its open state. */
  group?: { name: string; label: string; icon: Icon };
  entries: MenuEntry[];
}

/** A custom route of the app (a page that is not a resource's). */
export interface AreaRoute {
  path: string;
  component: ComponentType;
}

/**
 * One area of the back office (`src/<area>/index.ts`), the same as the API's: its resources,
 * registered in this order, with or without pages (a resource without a list has no menu entry
 * but is registered so that its labels, references and deletion work); its custom routes; and
 * its places in the menu. Its messages are `<area>/i18n.en.ts` and `<area>/i18n.zh.ts`, merged
 * by `i18n/en.ts` and `i18n/zh.ts`.
 */
export interface Area {
  name: string;
  resources: ResourceProps[];
  routes?: AreaRoute[];
  menu: MenuSection[];
  /** The page its users start on after signing in: for those who may list `resource` (layout/Home). */
  landing?: { path: string; resource: string };
}
