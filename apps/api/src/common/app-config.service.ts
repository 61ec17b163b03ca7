import { Injectable } from '@nestjs/common';
import type { AppConfig } from '../../../common/config';

/** The validated configuration (apps/common/config.ts), injectable. */
@Injectable()
export class AppConfigService {
  constructor(readonly values: AppConfig) {}
}
