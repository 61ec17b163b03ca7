import { Menu, useResourceDefinitions, useTranslate } from 'react-admin';

/**
 * react-admin's menu of the resources that have a list, in their order in App.tsx. A resource
 * with `options.label` is named by it here (the inbox, the outbox, the escalations), while its
 * pages keep the resource's own name ("Task", "Message").
 */
export const AppMenu = () => {
  const resources = useResourceDefinitions();
  const translate = useTranslate();
  return (
    <Menu>
      {Object.values(resources)
        .filter((resource) => resource.hasList)
        .map((resource) => {
          const label = resource.options?.label as string | undefined;
          return label ? (
            <Menu.ResourceItem key={resource.name} name={resource.name} primaryText={translate(label, { _: label })} />
          ) : (
            <Menu.ResourceItem key={resource.name} name={resource.name} />
          );
        })}
    </Menu>
  );
};
