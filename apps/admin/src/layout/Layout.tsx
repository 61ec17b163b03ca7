import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { DocumentTitle } from './DocumentTitle';

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar}>
    <DocumentTitle />
    {children}
  </RaLayout>
);
