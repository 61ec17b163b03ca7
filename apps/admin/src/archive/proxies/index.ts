import type { ResourceProps } from 'react-admin';
import { ProxyCreate } from './ProxyCreate';
import { ProxyEdit } from './ProxyEdit';

/** Proxies are listed in the household file (no list page of their own). */
const proxies: Omit<ResourceProps, 'name'> = {
  create: ProxyCreate,
  edit: ProxyEdit,
  recordRepresentation: 'name',
};

export default proxies;
