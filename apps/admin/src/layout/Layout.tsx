import type { Theme } from '@mui/material';
import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';
import { DocumentTitle } from './DocumentTitle';
import { Sidebar } from './Sidebar';

/**
 * On a tablet or a phone the page never grows wider than the screen (react-admin's layout is as wide as its widest
 * content): the content column may shrink, and a table wider than it scrolls inside its own box, under its list's
 * filters and buttons. A desk screen keeps react-admin's layout (the tables' headers stay on top while scrolling).
 */
const fitTheScreen = (theme: Theme) => ({
  [theme.breakpoints.down('lg')]: {
    minWidth: 0,
    '& .RaLayout-content, & .RaList-main, & .RaShow-main, & .RaEdit-main, & .RaCreate-main': { minWidth: 0 },
    '& .RaDataTable-tableWrapper, & .RaDatagrid-tableWrapper': { overflowX: 'auto' },
  },
});

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={AppMenu} sidebar={Sidebar} sx={fitTheScreen}>
    <DocumentTitle />
    {children}
  </RaLayout>
);
