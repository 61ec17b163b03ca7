import type { ResourceProps } from 'react-admin';

/**
 * Documents live in the household file (Documents tab): uploaded as multipart/form-data and
 * downloaded with the Bearer token, both outside the CRUD pages. Registered so that labels,
 * references and deletion work.
 */
const documents: Omit<ResourceProps, 'name'> = {
  recordRepresentation: 'title',
};

export default documents;
