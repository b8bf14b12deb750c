import { registerRoute } from '../routes';

/** A voluntary group's screens (GROUP_EDITOR). */
export {};
void registerRoute;
