import type { Area } from '../layout/area';
import buildings from './buildings';
import contacts from './contacts';
import documents from './documents';
import estates from './estates';
import fileLoans from './file-loans';
import households from './households';
import members from './members';
import proxies from './proxies';
import units from './units';

/**
 * The household archive (ARC-1..3): the household's one file, whose members, contacts, proxies
 * and documents have no list of their own (they are its tabs), the file lending register, and the
 * estate's structure.
 */
export const archiveArea: Area = {
  name: 'archive',
  resources: [
    { name: 'households', ...households },
    { name: 'file-loans', ...fileLoans },
    { name: 'buildings', ...buildings },
    { name: 'units', ...units },
    { name: 'estates', ...estates },
    { name: 'members', ...members },
    { name: 'contacts', ...contacts },
    { name: 'proxies', ...proxies },
    { name: 'documents', ...documents },
  ],
  menu: [
    { order: 50, entries: [{ list: 'households' }, { list: 'file-loans' }] },
    { order: 70, entries: [{ list: 'buildings' }, { list: 'units' }, { list: 'estates' }] },
  ],
};
