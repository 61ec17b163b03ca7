import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';
/** Reachable without a token (sign-in and health only). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
