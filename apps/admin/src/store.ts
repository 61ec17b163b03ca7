import { localStorageStore } from 'react-admin';

/**
 * react-admin's store (list filters, column choices, the UI locale of the session...).
 * Bump the version when a stored shape changes: older values are then dropped.
 * react-admin empties this store on logout.
 */
export const store = localStorageStore('1', 'EstateDesk');
