import type { ResourceProps } from 'react-admin';
import { MemberCreate } from './MemberCreate';
import { MemberEdit } from './MemberEdit';

/** Members are listed in the household file (no list page of their own). */
const members: Omit<ResourceProps, 'name'> = {
  create: MemberCreate,
  edit: MemberEdit,
  recordRepresentation: 'name',
};

export default members;
