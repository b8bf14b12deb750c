// How an app calls Signpost with the generated types and openapi-fetch: type-checked in the build
// (npm run typecheck), so a contract change that breaks these calls breaks the build. Not shipped.
import createClient from "openapi-fetch";
import type { components, paths } from "../../../target/generated-sources/typescript/signpost";

type Schemas = components["schemas"];
export type ServiceHit = Schemas["ServiceHit"];
export type AccessibilityFeature = Schemas["AccessibilityFeature"];

/** One typed client for any Signpost host (the contract's server is relative: "/"). */
export function signpost(baseUrl: string, accessToken?: string) {
  return createClient<paths>({
    baseUrl,
    headers: accessToken === undefined ? {} : { Authorization: `Bearer ${accessToken}` },
  });
}

/** A resident's search near a point for places with the given accessibility features. */
export async function placesWith(baseUrl: string, lat: number, lon: number, features: AccessibilityFeature[]): Promise<ServiceHit[]> {
  const { data, error } = await signpost(baseUrl).GET("/search/services", {
    params: { query: { lat, lon, accessibility: features, limit: 20 } },
  });
  if (error !== undefined) {
    // problem+json (RFC 9457): each field at fault, with what is wrong with it
    const fields = (error.errors ?? []).map((e) => `${e.field}: ${e.detail}`);
    throw new Error(`${error.title} (${error.status}) ${fields.join("; ")}`);
  }
  return data.results;
}

/** Sign in: the body and the tokens are the contract's. */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const { data, error } = await signpost(baseUrl).POST("/login", { body: { username, password } });
  if (error !== undefined) {
    throw new Error(`sign-in refused: ${error.title}`);
  }
  return data.access_token;
}

// The types hold the contract's rules: each line below must NOT compile (tsc fails if one does).
// @ts-expect-error an accessibility feature the contract does not list
export const unlisted: AccessibilityFeature = "wheelchair_ramp";
// @ts-expect-error a path the contract does not have
export const noSuchPath = () => signpost("/").GET("/search/everything");
// @ts-expect-error a search result has no free-text "capacity" field
export const noCapacity = (hit: ServiceHit): string => hit.capacity;
