import type { Identifier } from 'react-admin';
import { API_URL, httpClient } from '../http';
import type { BoardRow, DefectFigure, MoveIn } from './types';

// The move-in's endpoints beyond react-admin's CRUD, through the data provider's httpClient.

const post = async <T>(path: string, body: unknown): Promise<T> => (await httpClient(`${API_URL}${path}`, { method: 'POST', body: JSON.stringify(body) })).json as T;
const get = async <T>(path: string): Promise<T> => (await httpClient(`${API_URL}${path}`)).json as T;

export interface RegistrationForm {
  name?: string;
  phone?: string;
  members: { name: string; relation: string; phone?: string }[];
  contacts: { name: string; relation?: string; phone?: string; emergency?: boolean }[];
  agreements: string[];
}

export const moveInApi = {
  register: (id: Identifier, form: RegistrationForm) => post<MoveIn>(`/move-ins/${encodeURIComponent(id)}/registration`, form),
  issue: (id: Identifier, items: { code: string; count: number }[], receivedBy: string) => post<MoveIn>(`/move-ins/${encodeURIComponent(id)}/issue`, { items, receivedBy }),
  board: () => get<BoardRow[]>('/move-ins/board'),
  defects: () => get<DefectFigure[]>('/move-ins/defects'),
};
