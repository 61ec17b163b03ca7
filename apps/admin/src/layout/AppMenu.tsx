import AddCircleIcon from '@mui/icons-material/AddCircle';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import PaymentsIcon from '@mui/icons-material/Payments';
import PointOfSaleIcon from '@mui/icons-material/PointOfSale';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import StackedBarChartIcon from '@mui/icons-material/StackedBarChart';
import type { ReactElement } from 'react';
import { Menu, useCanAccess, useResourceDefinitions, useTranslate, type ResourceDefinition } from 'react-admin';
import { CASH_RECONCILIATION_PATH } from '../cash-handovers/paths';
import { COMPLAINT_FIGURES_PATH } from '../complaints';
import { FEE_FIGURES_PATH } from '../fees/paths';
import { MenuGroup } from './MenuGroup';

/** A shortcut to a resource's create page, shown to those who may create ("New complaint", "Record payment"). */
const CreateItem = ({ resource, label, icon }: { resource: string; label: string; icon: ReactElement }) => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  if (!canAccess) return null;
  return <Menu.Item to={`/${resource}/create`} primaryText={translate(label)} leftIcon={icon} sx={{ fontWeight: 600 }} />;
};

/** A page that is not a resource's list. */
const PageItem = ({ to, label, icon }: { to: string; label: string; icon: ReactElement }) => {
  const translate = useTranslate();
  return <Menu.Item to={to} primaryText={translate(label)} leftIcon={icon} />;
};

/** Entries that are not resources' lists, placed before or after a resource's own entry. */
const BEFORE: Record<string, ReactElement> = {
  'dunning-ladders': (
    <CreateItem key="payments-create" resource="payments" label="estate.payments.record" icon={<PointOfSaleIcon color="primary" />} />
  ),
};
const AFTER: Record<string, ReactElement> = {
  complaints: <CreateItem key="complaints-create" resource="complaints" label="estate.complaints.new" icon={<AddCircleIcon color="primary" />} />,
  'complaint-follow-up': <PageItem key="complaint-figures" to={COMPLAINT_FIGURES_PATH} label="estate.figures.menu" icon={<QueryStatsIcon />} />,
  'cash-handovers': (
    <PageItem key="cash-reconciliation" to={CASH_RECONCILIATION_PATH} label="estate.reconciliation.title" icon={<FactCheckIcon />} />
  ),
  'meter-readings': <PageItem key="fee-figures" to={FEE_FIGURES_PATH} label="estate.fee_figures.title" icon={<StackedBarChartIcon />} />,
};

/** Resources listed together under a folding heading, at the place of the first of them. */
const GROUPS: { name: string; label: string; icon: ReactElement; resources: readonly string[] }[] = [
  {
    name: 'fees',
    label: 'estate.fees.menu',
    icon: <PaymentsIcon />,
    resources: ['dunning-ladders', 'payments', 'bills', 'cash-handovers', 'bank-debit-imports', 'billing-runs', 'charge-items', 'meter-readings'],
  },
];

const ResourceItem = ({ resource }: { resource: ResourceDefinition }) => {
  const translate = useTranslate();
  const label = resource.options?.label as string | undefined;
  return label ? (
    <Menu.ResourceItem name={resource.name} primaryText={translate(label, { _: label })} />
  ) : (
    <Menu.ResourceItem name={resource.name} />
  );
};

const itemsOf = (resource: ResourceDefinition): ReactElement[] => [
  ...(BEFORE[resource.name] ? [BEFORE[resource.name]] : []),
  <ResourceItem key={resource.name} resource={resource} />,
  ...(AFTER[resource.name] ? [AFTER[resource.name]] : []),
];

/**
 * react-admin's menu of the resources that have a list, in their order in App.tsx. A resource
 * with `options.label` is named by it here (the inbox, the outbox, the escalations, the overdue
 * list), while its pages keep the resource's own name ("Task", "Message"). A few entries are not
 * lists: the "New complaint" and "Record payment" shortcuts, the complaint and fee figures, the
 * cash reconciliation. The fee pages fold under one heading.
 */
export const AppMenu = () => {
  const resources = Object.values(useResourceDefinitions()).filter((resource) => resource.hasList);
  return (
    <Menu>
      {resources.flatMap((resource) => {
        const group = GROUPS.find((candidate) => candidate.resources.includes(resource.name));
        if (!group) return itemsOf(resource);
        if (resources.find((other) => group.resources.includes(other.name)) !== resource) return [];
        return [
          <MenuGroup key={`group-${group.name}`} name={group.name} label={group.label} icon={group.icon}>
            {resources.filter((member) => group.resources.includes(member.name)).flatMap(itemsOf)}
          </MenuGroup>,
        ];
      })}
    </Menu>
  );
};
