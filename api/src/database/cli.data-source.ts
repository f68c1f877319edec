import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source';

/** For the TypeORM CLI (see README, "Database"): same options as the app. */
export default new DataSource(dataSourceOptions(loadConfig().database));
