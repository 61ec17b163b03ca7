import type { ResourceProps } from 'react-admin';
import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';

/** Contacts are listed in the household file (no list page of their own). */
const contacts: Omit<ResourceProps, 'name'> = {
  create: ContactCreate,
  edit: ContactEdit,
  recordRepresentation: 'name',
};

export default contacts;
