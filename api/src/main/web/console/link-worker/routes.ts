import { registerRoute } from '../routes';

/** The link worker's screens. */
export {};
void registerRoute;
