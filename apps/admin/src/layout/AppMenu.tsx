import AddCircleIcon from '@mui/icons-material/AddCircle';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import type { ReactNode } from 'react';
import { Menu, useCanAccess, useResourceDefinitions, useTranslate } from 'react-admin';
import { COMPLAINT_FIGURES_PATH } from '../complaints';

/** "New complaint" right under the complaints: the reception takes them on the phone. */
const NewComplaintItem = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'complaints', action: 'create' });
  if (!canAccess) return null;
  return (
    <Menu.Item
      to="/complaints/create"
      primaryText={translate('estate.complaints.new')}
      leftIcon={<AddCircleIcon color="primary" />}
      sx={{ fontWeight: 600 }}
    />
  );
};

const ComplaintFiguresItem = () => {
  const translate = useTranslate();
  return (
    <Menu.Item to={COMPLAINT_FIGURES_PATH} primaryText={translate('estate.figures.menu')} leftIcon={<QueryStatsIcon />} />
  );
};

/** Entries that are not resources' lists, placed after a resource's own entry. */
const AFTER: Record<string, ReactNode> = {
  complaints: <NewComplaintItem key="complaints-create" />,
  'complaint-follow-up': <ComplaintFiguresItem key="complaint-figures" />,
};

/**
 * react-admin's menu of the resources that have a list, in their order in App.tsx. A resource
 * with `options.label` is named by it here (the inbox, the outbox, the escalations), while its
 * pages keep the resource's own name ("Task", "Message"). A few entries are not lists: the
 * "New complaint" shortcut and the complaint figures page.
 */
export const AppMenu = () => {
  const resources = useResourceDefinitions();
  const translate = useTranslate();
  return (
    <Menu>
      {Object.values(resources)
        .filter((resource) => resource.hasList)
        .flatMap((resource) => {
          const label = resource.options?.label as string | undefined;
          const item = label ? (
            <Menu.ResourceItem key={resource.name} name={resource.name} primaryText={translate(label, { _: label })} />
          ) : (
            <Menu.ResourceItem key={resource.name} name={resource.name} />
          );
          return AFTER[resource.name] ? [item, AFTER[resource.name]] : [item];
        })}
    </Menu>
  );
};
