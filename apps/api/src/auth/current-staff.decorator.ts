import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Department, Language, StaffRole } from '../../../../prisma/client';

/** The signed-in staff member, as carried by the token. */
export interface StaffPrincipal {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
  department: Department;
  language: Language;
}

export const CurrentStaff = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): StaffPrincipal => ctx.switchToHttp().getRequest().staff,
);
